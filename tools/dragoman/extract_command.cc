// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman extract [INPUT...]         articles in (text, HTML, JSONL, WARC; files, directories, globs,
//                                     stdin), one "type":"article" JSON record per article out
// dragoman extract --explain PAGE     how the HTML extractor treated each text block of one page
// dragoman eval-extract fundus|readability|reuters|speed [--shared DIR] [-v]
// dragoman extract --eval SET         extraction figures on the development sets in ../shared

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "eval/extraction_scorer.h"
#include "ingest/byte_stream.h"
#include "ingest/html_reader.h"
#include "ingest/input_reader.h"
#include "output/jsonl_writer.h"
#include "tools/dragoman/command_registry.h"

namespace dragoman {
namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string date;
  std::string explain;
  std::string eval;  // --eval SET: the same as `dragoman eval-extract SET`
  std::string shared;
  size_t max_page_bytes = 16u << 20;
};

struct EvalExtractArgs {
  std::string set;
  std::string shared;
  bool verbose = false;
  int runs = 5;
};
int RunEvalExtract(const EvalExtractArgs& args);

int RunExtract(const ExtractArgs& args) {
  if (!args.eval.empty()) {
    EvalExtractArgs e;
    e.set = args.eval;
    e.shared = args.shared;
    return RunEvalExtract(e);
  }
  if (!args.explain.empty()) {
    auto bytes = ReadWholeFile(args.explain, args.max_page_bytes);
    if (!bytes.ok()) {
      std::cerr << "dragoman extract: " << bytes.status().message() << "\n";
      return 1;
    }
    std::string trace;
    HtmlReadOptions opt;
    opt.known_date = args.date;
    opt.trace = &trace;
    Article a;
    Status s = ReadHtml(*bytes, opt, &a);
    std::cout << trace;
    if (!s.ok()) {
      std::cerr << "dragoman extract: " << args.explain << ": " << s.message() << "\n";
      return 1;
    }
    std::cout << ArticleRecord(a) << "\n";
    return 0;
  }
  InputOptions options;
  options.default_date = args.date;
  options.max_page_bytes = args.max_page_bytes;
  InputReader reader(args.inputs, options, [](const std::string& m) { std::cerr << "skipped: " << m << "\n"; });
  InputItem item;
  size_t articles = 0, bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  std::string out;
  while (reader.Next(&item)) {
    bytes += item.bytes;
    out = ArticleRecord(item.article);
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    ++articles;
  }
  std::fflush(stdout);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "dragoman extract: %zu articles, %zu skipped inputs; %.1f MB read, %.1f MB/s\n", articles,
               reader.skipped(), bytes / 1e6, secs > 0 ? bytes / secs / 1e6 : 0.0);
  return reader.skipped() > 0 ? 1 : 0;
}

CommandRegistrar extract_registrar("extract", [](CLI::App* app, const EngineOptions*) {
  auto* cmd = app->add_subcommand(
      "extract", "Read articles (text, HTML, JSONL, WARC; files, directories, globs, stdin) and print their records");
  auto args = std::make_shared<ExtractArgs>();
  cmd->add_option("inputs", args->inputs, "Inputs (default: stdin)");
  cmd->add_option("--date", args->date, "Publication or crawl date YYYY-MM-DD for inputs without one")
      ->check([](const std::string& d) { return IsIsoDate(d) ? "" : "want YYYY-MM-DD"; });
  cmd->add_option("--explain", args->explain, "Show what became of each text block of one HTML page");
  cmd->add_option("--max-page-bytes", args->max_page_bytes, "Refuse pages (and records) larger than this");
  cmd->add_option("--eval", args->eval, "Score extraction on a development set instead: fundus|readability|reuters|speed");
  cmd->add_option("--shared", args->shared, "With --eval: the shared reference directory (default: ../shared)");
  return CommandRun{cmd, [args] { return RunExtract(*args); }};
});

// --- eval-extract ---------------------------------------------------------------------------------

// $DRAGOMAN_SHARED, else ../shared from the working directory (the project root).
std::string DefaultShared() {
  if (const char* env = std::getenv("DRAGOMAN_SHARED"); env != nullptr && *env != '\0') return env;
  return "../shared";
}

int RunEvalExtract(const EvalExtractArgs& args) {
  const std::string shared = args.shared.empty() ? DefaultShared() : args.shared;
  const std::string ext = shared + "/eval/dev/extraction";
  if (args.set == "fundus") {
    auto pages = LoadFundus(ext + "/fundus-evaluation");
    if (!pages.ok()) {
      std::cerr << "dragoman eval-extract: " << pages.status().ToString() << "\n";
      return 2;
    }
    FundusReport r = EvaluateFundus(*pages);
    if (args.verbose) {
      for (const auto& [name, s] : r.per_page) {
        std::printf("  %-32s P %.3f R %.3f F1 %.3f\n", name.c_str(), s.precision, s.recall, s.f1);
      }
    }
    std::printf("fundus-evaluation body text (ROUGE-LSum): %zu pages (%zu refused)\n", r.pages, r.failed);
    std::printf("  mean P %.4f  R %.4f  F1 %.4f   median F1 %.4f\n", r.mean_precision, r.mean_recall, r.mean_f1,
                r.median_f1);
    return 0;
  }
  if (args.set == "readability") {
    auto pages = LoadReadability(ext + "/mozilla-readability-test-pages");
    if (!pages.ok()) {
      std::cerr << "dragoman eval-extract: " << pages.status().ToString() << "\n";
      return 2;
    }
    ReadabilityReport r = EvaluateReadability(*pages);
    if (args.verbose) {
      for (const std::string& m : r.misses) std::printf("  miss %s\n", m.c_str());
    }
    std::printf("mozilla-readability-test-pages metadata: %zu pages (%zu refused)\n", r.pages, r.failed);
    for (auto [name, acc] : {std::pair<const char*, const FieldAccuracy*>{"title", &r.title},
                             {"byline", &r.byline}, {"date", &r.date}}) {
      std::printf("  %-7s accuracy %.3f (%zu/%zu)  lenient %.3f  given where gold has none: %zu\n", name,
                  acc->accuracy(), acc->correct, acc->expected, acc->lenient_accuracy(), acc->spurious);
    }
    return 0;
  }
  if (args.set == "reuters") {
    auto stories = LoadReuters(shared + "/corpus/reut2-000.sgm");
    if (!stories.ok()) {
      std::cerr << "dragoman eval-extract: " << stories.status().ToString() << "\n";
      return 2;
    }
    ReutersReport r = EvaluateReuters(*stories);
    if (args.verbose) {
      for (const std::string& m : r.misses) std::printf("  miss %s\n", m.c_str());
    }
    std::printf("Reuters-21578 reut2-000.sgm datelines: %zu stories\n", r.stories);
    std::printf("  place accuracy %.4f (%zu/%zu)\n", r.place_accuracy(), r.place_correct, r.stories);
    std::printf("  date accuracy  %.4f (%zu/%zu); %zu dates read from the dateline\n", r.date_accuracy(),
                r.date_correct, r.with_gold_date, r.date_from_dateline);
    return 0;
  }
  if (args.set == "speed") {
    std::vector<std::string> html;
    auto fundus = LoadFundus(ext + "/fundus-evaluation");
    if (fundus.ok()) {
      for (FundusPage& p : *fundus) html.push_back(std::move(p.html));
    }
    auto readability = LoadReadability(ext + "/mozilla-readability-test-pages");
    if (readability.ok()) {
      for (ReadabilityPage& p : *readability) html.push_back(std::move(p.html));
    }
    if (html.empty()) {
      std::cerr << "dragoman eval-extract: no pages under " << ext << "\n";
      return 2;
    }
    SpeedReport r = BenchmarkExtraction(html, args.runs);
    std::printf("HTML extraction speed, one thread: %zu pages, %.1f MB, median page %.0f KB\n", r.pages, r.megabytes,
                r.median_page_kb);
    std::printf("  median of %d runs: %.3f s CPU (%.3f s wall) = %.0f pages/s per core, %.1f MB/s "
                "(= %.0f pages/s at 100 KB a page)\n",
                args.runs, r.median_cpu_seconds, r.median_seconds, r.pages_per_second, r.mb_per_second,
                r.pages_per_second_at_100kb);
    return 0;
  }
  std::cerr << "dragoman eval-extract: unknown set '" << args.set << "' (fundus, readability, reuters, speed)\n";
  return 2;
}

CommandRegistrar eval_extract_registrar("eval-extract", [](CLI::App* app, const EngineOptions*) {
  auto* cmd = app->add_subcommand("eval-extract", "Score article extraction on the development sets in ../shared");
  auto args = std::make_shared<EvalExtractArgs>();
  cmd->add_option("set", args->set, "fundus (body F1), readability (title/byline/date), reuters (datelines), speed")
      ->required();
  cmd->add_option("--shared", args->shared, "The shared reference directory (default: ../shared)");
  cmd->add_flag("-v,--verbose", args->verbose, "List per-page scores or misses");
  cmd->add_option("--runs", args->runs, "Timing runs for 'speed' (the median is reported)");
  return CommandRun{cmd, [args] { return RunEvalExtract(*args); }};
});

}  // namespace
}  // namespace dragoman
