// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "tools/dragoman/pass_bench.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <vector>

#include "ingest/input_reader.h"
#include "util/zip_reader.h"

namespace dragoman {

int RunPassBench(const char* command, const char* pass, const EngineOptions& off, const EngineOptions& on,
                 const PassBenchArgs& args) {
  std::vector<std::string> texts, errors;
  if (args.corpus.size() > 4 && args.corpus.compare(args.corpus.size() - 4, 4, ".zip") == 0) {
    auto entries = ReadZip(args.corpus, &errors);
    if (!entries.ok()) {
      std::cerr << command << ": " << entries.status().ToString() << "\n";
      return 2;
    }
    for (ZipEntry& z : *entries) {
      if (z.name.size() > 4 && z.name.compare(z.name.size() - 4, 4, ".txt") == 0) texts.push_back(std::move(z.data));
    }
  } else {
    InputReader reader({args.corpus}, "", [&](const std::string& m) { errors.push_back(m); });
    InputItem item;
    while (reader.Next(&item)) texts.push_back(std::move(item.article.raw));
  }
  for (const std::string& e : errors) std::cerr << "skipped: " << e << "\n";
  if (args.limit > 0 && texts.size() > static_cast<size_t>(args.limit)) texts.resize(args.limit);
  if (texts.empty()) {
    std::cerr << command << ": no articles in " << args.corpus << "\n";
    return 2;
  }
  auto engine_off = Engine::Create(off);
  auto engine_on = Engine::Create(on);
  if (!engine_off.ok() || !engine_on.ok()) {
    std::cerr << command << ": " << (engine_off.ok() ? engine_on.status() : engine_off.status()).ToString() << "\n";
    return 2;
  }
  auto coder_off = (*engine_off)->NewCoder();
  auto coder_on = (*engine_on)->NewCoder();
  if (!coder_off.ok() || !coder_on.ok()) return 2;
  size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  // Each run codes the corpus once with each setting, in turns of `chunk` articles (which setting
  // goes first alternates from turn to turn and from run to run): the machine's load, which changes
  // over seconds on a shared machine, then falls on both settings alike, where timing whole passes
  // over the corpus one after the other let it favour either.
  const size_t chunk = args.chunk > 0 ? static_cast<size_t>(args.chunk) : texts.size();
  std::vector<double> t_off, t_on;
  size_t quotes = 0, places = 0, sentences = 0;
  auto code = [&](Coder& coder, size_t b, size_t e, bool count) {
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = b; i < e; ++i) {
      Article a;
      a.id = std::to_string(i);
      a.raw = texts[i];
      CodedArticle c = coder.Code(std::move(a), "2005-01-01");
      if (count) {
        quotes += c.quotes.size();
        places += c.places.size();
        sentences += c.sentences.size();
      }
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  const bool do_off = args.only != "on", do_on = args.only != "off";
  for (int r = 0; r < std::max(1, args.runs); ++r) {
    double off = 0, on = 0;
    for (size_t b = 0, turn = 0; b < texts.size(); b += chunk, ++turn) {
      const size_t e = std::min(texts.size(), b + chunk);
      if ((turn + r) % 2 == 1 && do_off && do_on) {
        on += code(**coder_on, b, e, r == 0);
        off += code(**coder_off, b, e, false);
      } else {
        if (do_off) off += code(**coder_off, b, e, !do_on && r == 0);
        if (do_on) on += code(**coder_on, b, e, r == 0);
      }
    }
    t_off.push_back(off);
    t_on.push_back(on);
    std::fprintf(stderr, "\rrun %d/%d: off %.3f s, on %.3f s   ", r + 1, args.runs, off, on);
  }
  std::fprintf(stderr, "\n");
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  const double m_off = median(t_off), m_on = median(t_on);
  const double b_off = *std::min_element(t_off.begin(), t_off.end()), b_on = *std::min_element(t_on.begin(), t_on.end());
  // The runs' own ratios: their median is steadier than the ratio of the medians.
  std::vector<double> paired;
  for (size_t i = 0; i < t_off.size(); ++i) {
    if (t_on[i] > 0) paired.push_back(t_off[i] / t_on[i]);
  }
  std::printf("corpus: %s — %zu articles, %zu sentences, %.2f MB; %zu quotes and %zu place mentions found\n",
              args.corpus.c_str(), texts.size(), sentences, bytes / 1e6, quotes, places);
  if (do_off) std::printf("%s off: median %.3f s (%.0f sentences/s), best %.3f s\n", pass, m_off, sentences / m_off, b_off);
  if (do_on) std::printf("%s on:  median %.3f s (%.0f sentences/s), best %.3f s\n", pass, m_on, sentences / m_on, b_on);
  if (do_off && do_on) {
    std::printf("throughput with %s: %.1f %% of without (median), %.1f %% (best)\n", pass, 100 * m_off / m_on,
                100 * b_off / b_on);
    std::printf("runs' own ratios: median %.1f %%, range %.1f–%.1f %% (turns of %zu articles)\n", 100 * median(paired),
                100 * *std::min_element(paired.begin(), paired.end()), 100 * *std::max_element(paired.begin(), paired.end()),
                chunk);
  }
  return 0;
}

}  // namespace dragoman
