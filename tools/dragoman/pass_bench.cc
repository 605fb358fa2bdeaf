// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "tools/dragoman/pass_bench.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
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
  // Wall time and this thread's CPU time of each run: the CPU time leaves out the time the
  // neighbours on a shared machine held the core, which is most of the wall clock's noise here.
  std::vector<double> t_off, t_on, c_off, c_on;
  size_t quotes = 0, places = 0, sentences = 0;
  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
  };
  double cpu = 0;  // CPU seconds of the last run
  auto run = [&](Coder& coder, bool count) {
    const double cpu_start = cpu_now();
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < texts.size(); ++i) {
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
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    cpu = cpu_now() - cpu_start;
    return wall;
  };
  for (int r = 0; r < std::max(1, args.runs); ++r) {
    // Alternate which setting goes first, so that neither always runs on a cache the other warmed.
    if (r % 2 == 1 && args.only.empty()) {
      t_on.push_back(run(**coder_on, false));
      c_on.push_back(cpu);
      t_off.push_back(run(**coder_off, false));
      c_off.push_back(cpu);
    } else {
      cpu = 0;
      t_off.push_back(args.only == "on" ? 0.0 : run(**coder_off, false));
      c_off.push_back(cpu);
      cpu = 0;
      t_on.push_back(args.only == "off" ? 0.0 : run(**coder_on, r == 0));
      c_on.push_back(cpu);
    }
    std::fprintf(stderr, "\rrun %d/%d: off %.3f s, on %.3f s   ", r + 1, args.runs, t_off.back(), t_on.back());
  }
  std::fprintf(stderr, "\n");
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  const double m_off = median(t_off), m_on = median(t_on);
  // Each run's off and on codings are neighbours in time: the median of their ratios is steadier than
  // the ratio of the medians when the machine's load changes during the session.
  std::vector<double> paired, paired_cpu;
  for (size_t i = 0; i < t_off.size(); ++i) {
    if (t_on[i] > 0) paired.push_back(t_off[i] / t_on[i]);
    if (c_on[i] > 0) paired_cpu.push_back(c_off[i] / c_on[i]);
  }
  const double b_off = *std::min_element(t_off.begin(), t_off.end()), b_on = *std::min_element(t_on.begin(), t_on.end());
  std::printf("corpus: %s — %zu articles, %zu sentences, %.2f MB; %zu quotes and %zu place mentions found\n",
              args.corpus.c_str(), texts.size(), sentences, bytes / 1e6, quotes, places);
  std::printf("%s off: median %.3f s (%.0f sentences/s), best %.3f s\n", pass, m_off, sentences / m_off, b_off);
  std::printf("%s on:  median %.3f s (%.0f sentences/s), best %.3f s\n", pass, m_on, sentences / m_on, b_on);
  std::printf("throughput with %s: %.1f %% of without (median), %.1f %% (best)\n", pass, 100 * m_off / m_on,
              100 * b_off / b_on);
  if (!paired.empty() && !paired_cpu.empty()) {
    std::printf("paired runs: %.1f %% (median of the runs' ratios, wall time), %.1f %% (CPU time; medians %.3f s off, "
                "%.3f s on)\n",
                100 * median(paired), 100 * median(paired_cpu), median(c_off), median(c_on));
  }
  return 0;
}

}  // namespace dragoman
