// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman quotes: measures the quote finder.
//   dragoman quotes --polnear ../shared/eval/dev/quotes/PolNeAR/data/dev [--errors FILE] [--half 1|2]
//       content P/R/F1 (exact and word overlap) and speaker accuracy (src/eval/polnear_scorer.h), on
//       all articles or on the first or second half of them by name (look at errors on one half,
//       check on the other);
//   dragoman quotes --bench ../shared/corpus/bbc-fulltext.zip [--runs 5] [--limit N] [--chunk 100]
//       one thread, the quote pass off and on taking turns of --chunk articles; medians, best times,
//       the ratio and the median of the runs' own ratios (tools/dragoman/pass_bench.h).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "eval/polnear_scorer.h"
#include "ingest/input_reader.h"
#include "output/quote_record.h"
#include "tools/dragoman/pass_bench.h"
#include "tools/dragoman/command_registry.h"
#include "tools/dragoman/commands.h"
#include "util/zip_reader.h"

namespace dragoman {
namespace {

struct QuotesArgs {
  std::string polnear;
  std::string errors;
  std::string dump;
  std::string bench;
  int runs = 5;
  int chunk = PassBenchArgs{}.chunk;  // --bench: articles per turn of each setting
  int limit = 0;
  int half = 0;      // --polnear: 1 or 2 to score only that half of the articles (sorted by name)
  std::string only;  // --bench: "off" or "on" to time one setting only (for instruction counts)
};

// The article of a PolNeAR text: every line is a paragraph (PolNeAR writes one paragraph per line,
// some files with blank lines between) and a body part, the headline too (PolNeAR annotates
// attributions in headlines).
Article PolnearArticleInput(const PolnearArticle& p) {
  Article a;
  a.id = p.name;
  a.raw = p.text;
  const std::string& t = a.raw;
  size_t b = 0;
  while (b < t.size()) {
    size_t e = t.find('\n', b);
    if (e == std::string::npos) e = t.size();
    size_t s = b, f = e;
    while (s < f && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t' || t[s] == '\r')) ++s;
    while (f > s && (t[f - 1] == ' ' || t[f - 1] == '\n' || t[f - 1] == '\t' || t[f - 1] == '\r')) --f;
    if (f > s) a.parts.push_back({PartKind::kBody, {static_cast<uint32_t>(s), static_cast<uint32_t>(f)}, ""});
    b = e + 1;
  }
  return a;
}

int RunPolnear(const EngineOptions& options, const QuotesArgs& args) {
  std::vector<std::string> problems;
  auto gold = LoadPolnear(args.polnear, &problems);
  for (const std::string& p : problems) std::cerr << "skipped: " << p << "\n";
  if (!gold.ok()) {
    std::cerr << "dragoman quotes: " << gold.status().ToString() << "\n";
    return 2;
  }
  OpenedCoder opened;
  if (!OpenCoder(options, &opened)) return 2;
  Coder* coder = opened.coder.get();
  PolnearReport report;
  std::vector<std::string> misses;
  std::ofstream dump;
  if (!args.dump.empty()) dump.open(args.dump);
  size_t quotes = 0, direct = 0, resolved = 0;
  int done = 0;
  const size_t half_size = (gold->size() + 1) / 2;
  for (size_t i = 0; i < gold->size(); ++i) {
    const PolnearArticle& p = (*gold)[i];
    if (args.half == 1 && i >= half_size) break;
    if (args.half == 2 && i < half_size) continue;
    if (args.limit > 0 && done++ >= args.limit) break;
    CodedArticle coded = coder->Code(PolnearArticleInput(p), p.date);
    for (const Quote& q : coded.quotes) {
      if (dump.is_open()) dump << QuoteRecord(q) << "\n";
      ++quotes;
      direct += q.direct;
      resolved += !q.speaker.code.empty();
    }
    ScorePolnearArticle(p, AttributionsFromQuotes(coded.quotes), &report, args.errors.empty() ? nullptr : &misses);
  }
  std::printf("dragoman quotes on %s: %zu articles, %zu quotes (%zu direct, %zu with an actor code)\n",
              args.polnear.c_str(), report.articles, quotes, direct, resolved);
  auto line = [](const char* name, const PrfCount& c) {
    std::printf("  content %-8s P %.3f  R %.3f  F1 %.3f   (matched %zu of %zu predicted, %zu of %zu gold)\n", name,
                c.precision(), c.recall(), c.f1(), c.tp_predicted, c.predicted, c.tp_gold, c.gold);
  };
  line("exact", report.exact);
  line("overlap", report.overlap);
  std::printf("  speaker accuracy %.3f   (%zu of %zu overlap-matched attributions with a gold source)\n",
              report.speaker_accuracy(), report.speaker_correct, report.speaker_pairs);
  std::printf("  overlap recall: %.3f on the %zu gold attributions with quote marks, %.3f on the %zu others\n",
              report.direct_recall(), report.gold_direct, report.other_recall(),
              report.overlap.gold - report.gold_direct);
  if (!args.errors.empty()) {
    std::ofstream out(args.errors);
    for (const std::string& m : misses) out << m << "\n";
    if (!out) {
      std::cerr << "dragoman quotes: cannot write " << args.errors << "\n";
      return 1;
    }
  }
  return 0;
}

// Codes the corpus with the quote pass off and on, alternating run by run (and which goes first) so
// that both settings see the same machine load, and prints the median and best time of each and the
// throughput ratio.
int RunQuotesBench(const EngineOptions& options, const QuotesArgs& args) {
  EngineOptions off = options, on = options;
  off.find_quotes = false;
  on.find_quotes = true;
  return RunPassBench("dragoman quotes", "quotes", off, on, {args.bench, args.runs, args.limit, args.only, args.chunk});
}

CommandRegistrar reg("quotes", [](CLI::App* app, const EngineOptions* options) {
  auto* cmd = app->add_subcommand("quotes", "Measure quote attribution: PolNeAR scores, or throughput with and without");
  auto args = std::make_shared<QuotesArgs>();
  auto* polnear = cmd->add_option("--polnear", args->polnear, "A PolNeAR compartment (data/dev) to score on");
  auto* bench = cmd->add_option("--bench", args->bench, "A corpus to time with the quote pass off and on");
  polnear->excludes(bench);
  cmd->add_option("--errors", args->errors, "Write missed, extra and wrongly attributed quotes here");
  cmd->add_option("--dump", args->dump, "Write the quote records (JSON Lines) of every article here");
  cmd->add_option("--runs", args->runs, "Timed runs per setting for --bench");
  cmd->add_option("--limit", args->limit, "Use only the first N articles");
  cmd->add_option("--chunk", args->chunk, "--bench: articles per turn of each setting (0: whole runs)");
  cmd->add_option("--half", args->half, "--polnear: score only the first (1) or second (2) half of the articles, by name")
      ->check(CLI::IsMember({1, 2}));
  cmd->add_option("--only", args->only, "--bench: time only one setting (off or on)")->check(CLI::IsMember({"off", "on"}));
  return CommandRun{cmd, [args, options] {
                      if (!args->polnear.empty()) return RunPolnear(*options, *args);
                      if (!args->bench.empty()) return RunQuotesBench(*options, *args);
                      std::cerr << "dragoman quotes: give --polnear DIR or --bench CORPUS\n";
                      return 2;
                    }};
});

}  // namespace
}  // namespace dragoman
