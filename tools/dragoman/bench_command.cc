// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman bench: codes a whole corpus several times on one thread and prints the median
// throughput (articles/s, sentences/s, MB/s), with progress on stderr. With --windows-ab N: the
// passes sentence by sentence against windows of N sentences, in turns within one process.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "ingest/input_reader.h"
#include "pipeline/parallel_coder.h"
#include "tools/dragoman/commands.h"
#include "tools/dragoman/pass_bench.h"
#include "util/zip_reader.h"

namespace dragoman {

void AddBenchOptions(CLI::App* app, BenchArgs* args) {
  app->add_option("--corpus", args->corpus, "A .zip of text files, a .jsonl file, or a directory")->required();
  app->add_option("--runs", args->runs, "Timed runs (the median is reported)");
  app->add_option("--limit", args->limit, "Use only the first N articles");
  app->add_option("--threads", args->threads,
                  "Coding threads (1 = the single-core figure); several (--threads 1,2) are timed in "
                  "alternation within each run, and their speed-ups reported as ratios of medians")
      ->delimiter(',')
      ->check(CLI::Range(1, 256));
  app->add_option("--windows-ab", args->windows_ab,
                  "Time one thread with every pass sentence by sentence against passes over windows of N "
                  "sentences, in turns within one process")
      ->check(CLI::Range(2, 4096));
}

namespace {

double PeakRssMb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

}  // namespace

int RunBench(const EngineOptions& options, const BenchArgs& args) {
  if (args.windows_ab > 0) {
    EngineOptions by_sentence = options, windows = options;
    by_sentence.sentence_window = 1;
    windows.sentence_window = args.windows_ab;
    PassBenchArgs pass_args;
    pass_args.corpus = args.corpus;
    pass_args.runs = args.runs;
    pass_args.limit = args.limit;
    return RunPassBench("dragoman bench", "windows", by_sentence, windows, pass_args);
  }
  std::vector<std::string> texts;
  std::vector<std::string> errors;
  if (args.corpus.size() > 4 && args.corpus.compare(args.corpus.size() - 4, 4, ".zip") == 0) {
    auto entries = ReadZip(args.corpus, &errors);
    if (!entries.ok()) {
      std::cerr << "dragoman bench: " << entries.status().ToString() << "\n";
      return 2;
    }
    for (ZipEntry& e : *entries) {
      if (e.name.size() > 4 && e.name.compare(e.name.size() - 4, 4, ".txt") == 0) texts.push_back(std::move(e.data));
    }
  } else {
    std::vector<std::string> paths;
    if (std::filesystem::is_directory(args.corpus)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(args.corpus)) {
        if (e.is_regular_file()) paths.push_back(e.path().string());
      }
      std::sort(paths.begin(), paths.end());
    } else {
      paths.push_back(args.corpus);
    }
    InputReader reader(paths, "", [&](const std::string& m) { errors.push_back(m); });
    InputItem item;
    while (reader.Next(&item)) texts.push_back(std::move(item.article.raw));
  }
  for (const std::string& e : errors) std::cerr << "skipped: " << e << "\n";
  if (args.limit > 0 && texts.size() > static_cast<size_t>(args.limit)) texts.resize(args.limit);
  if (texts.empty()) {
    std::cerr << "dragoman bench: no articles in " << args.corpus << "\n";
    return 2;
  }
  size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();

  auto engine = Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "dragoman: " << engine.status().ToString() << "\n";
    return 2;
  }
  // Each run times every thread count once, in turn, so that a noisy machine slows them alike.
  const std::vector<int>& counts = args.threads;
  std::vector<std::unique_ptr<ParallelCoder>> coders;
  for (int t : counts) coders.push_back(std::make_unique<ParallelCoder>(**engine, t));
  std::vector<std::vector<double>> seconds(counts.size());
  size_t sentences = 0, events = 0;
  const int runs = std::max(1, args.runs);
  for (int run = 0; run < runs; ++run) {
    for (size_t c = 0; c < counts.size(); ++c) {
      sentences = events = 0;
      size_t next = 0, done = 0;
      const auto start = std::chrono::steady_clock::now();
      Status status = coders[c]->Run(
          [&](CodingJob* job) {
            if (next >= texts.size()) return false;
            job->article = Article();
            job->article.id = std::to_string(next);
            job->article.raw = texts[next++];
            job->date = "2005-01-01";
            return true;
          },
          [&](CodedArticle&& coded) {
            sentences += coded.sentences.size();
            events += coded.events.size();
            ++done;
            if (done % 500 == 0 || done == texts.size()) {
              double el = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
              double rate = done / el;
              std::fprintf(stderr, "\rrun %d/%d, %d thread(s): %zu/%zu articles, %.0f articles/s, ETA %.1f s   ",
                           run + 1, runs, counts[c], done, texts.size(), rate, (texts.size() - done) / rate);
            }
          });
      if (!status.ok()) {
        std::cerr << "dragoman bench: " << status.ToString() << "\n";
        return 2;
      }
      seconds[c].push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
  }
  std::fprintf(stderr, "\n");
  const LoadReport& load = (*engine)->load_report();
  std::printf("corpus: %s — %zu articles, %zu sentences, %.2f MB; %zu events\n", args.corpus.c_str(), texts.size(),
              sentences, bytes / 1e6, events);
  std::printf("dictionary + gazetteer load: %.3f s (gazetteer %.3f s, %zu places, %.1f MB)\n", load.seconds,
              load.gazetteer_seconds, load.places, load.gazetteer_bytes / 1e6);
  std::vector<double> medians;
  for (size_t c = 0; c < counts.size(); ++c) {
    std::vector<double> sorted = seconds[c];
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    medians.push_back(median);
    std::printf("%d thread(s), runs (s):", counts[c]);
    for (double s : seconds[c]) std::printf(" %.3f", s);
    std::printf("\n  median of %zu: %.0f articles/s, %.0f sentences/s, %.2f MB/s", seconds[c].size(),
                texts.size() / median, sentences / median, bytes / median / 1e6);
    if (c > 0) std::printf("; %.2fx the %d-thread median", medians[0] / median, counts[0]);
    std::printf("\n");
  }
  std::printf("peak RSS: %.0f MB\n", PeakRssMb());
  return 0;
}

}  // namespace dragoman
