// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman geo --corpus FILE.xml [--corpus ...] [--errors FILE] [--limit N]
// Codes each article of toponym corpora in the LGL / TR-News XML format (eval/geo_scorer.h) and
// prints, per corpus, toponym recognition precision, recall and F1 (exact spans) and resolution
// accuracy within 161 km, with the gazetteer's load time and size. --errors writes one line per
// missed, extra or far-off toponym. Exit code 0, or 2 when the engine or a corpus cannot be read.
//
// dragoman geo --bench ../shared/corpus/bbc-fulltext.zip [--runs 5] [--limit N] [--only off|on] [--chunk 100]
// What places cost: one thread, the pipeline without a gazetteer and with it taking turns of --chunk
// articles in one process (tools/dragoman/pass_bench.h); medians, best times and ratios.

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "eval/geo_scorer.h"
#include "tools/dragoman/command_registry.h"
#include "tools/dragoman/pass_bench.h"

namespace dragoman {
namespace {

struct GeoArgs {
  std::vector<std::string> corpora;
  std::string errors;
  int limit = 0;
  std::string bench;  // --bench CORPUS: time the pipeline without and with places
  int runs = 5;
  int chunk = PassBenchArgs{}.chunk;  // --bench: articles per turn of each setting
  std::string only;
};

int RunGeo(const EngineOptions& options, const GeoArgs& args) {
  auto engine = Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "dragoman geo: " << engine.status().ToString() << "\n";
    return 2;
  }
  const LoadReport& lr = (*engine)->load_report();
  if (lr.places == 0) {
    std::cerr << "dragoman geo: this build has no gazetteer (configured with -DDRAGOMAN_GAZETTEER=OFF)\n";
    return 2;
  }
  std::fprintf(stderr, "gazetteer: %zu places, %.1f MB, loaded in %.3f s\n", lr.places, lr.gazetteer_bytes / 1e6,
               lr.gazetteer_seconds);
  auto coder = (*engine)->NewCoder();
  if (!coder.ok()) {
    std::cerr << "dragoman geo: " << coder.status().ToString() << "\n";
    return 2;
  }
  std::FILE* err = nullptr;
  if (!args.errors.empty()) {
    err = std::fopen(args.errors.c_str(), "w");
    if (err == nullptr) {
      std::cerr << "dragoman geo: " << args.errors << ": cannot open for writing\n";
      return 2;
    }
  }
  int rc = 0;
  for (const std::string& path : args.corpora) {
    GeoCorpusStats stats;
    auto corpus = LoadGeoCorpus(path, &stats);
    if (!corpus.ok()) {
      std::cerr << "dragoman geo: " << corpus.status().ToString() << "\n";
      rc = 2;
      continue;
    }
    GeoReport report;
    std::vector<GeoMistake> mistakes;
    size_t articles = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const GeoGoldArticle& g : *corpus) {
      if (args.limit > 0 && articles >= static_cast<size_t>(args.limit)) break;
      CodedArticle coded = (*coder)->Code(GeoCorpusArticle(g), "");
      ScoreGeoArticle(g, GeoPredictions(coded), &report, err ? &mistakes : nullptr);
      ++articles;
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Score& r = report.recognition;
    std::printf("%s: %zu articles, %zu gold toponyms (%zu offsets realigned, %zu unaligned dropped), %zu predicted\n",
                path.c_str(), articles, r.gold, stats.realigned, stats.unaligned, r.predicted);
    std::printf("  recognition  P %.3f  R %.3f  F1 %.3f  (exact spans)\n", r.precision(), r.recall(), r.f1());
    std::printf("  resolution   acc@161km %.3f (%zu/%zu recognised with coordinates); over all gold with "
                "coordinates %.3f (%zu); median error %.0f km\n",
                report.accuracy_161(), report.within_161, report.resolvable, report.accuracy_161_all(),
                report.gold_with_point, report.median_error_km());
    std::printf("  resolution   counting a gold country, admin1 or continent resolved to that entity as right: %.3f (%zu/%zu)\n",
                report.accuracy_entity(), report.entity_match, report.resolvable);
    std::printf("  %.2f s, %.0f articles/s\n", secs, secs > 0 ? articles / secs : 0.0);
    if (err) {
      for (const GeoMistake& m : mistakes) {
        std::fprintf(err, "%s\t%s\t%s\t%s\t%s\n", m.kind.c_str(), path.c_str(), m.article_id.c_str(), m.text.c_str(),
                     m.detail.c_str());
      }
    }
  }
  if (err) std::fclose(err);
  return rc;
}

CommandRegistrar reg("geo", [](CLI::App* app, const EngineOptions* options) {
  auto* cmd = app->add_subcommand("geo", "Score place recognition and resolution on toponym corpora (LGL, TR-News XML)");
  auto args = std::make_shared<GeoArgs>();
  auto* corpus = cmd->add_option("--corpus", args->corpora, "Corpus XML file (repeatable)");
  auto* bench = cmd->add_option("--bench", args->bench, "A news corpus to time without and with places");
  corpus->excludes(bench);
  cmd->add_option("--errors", args->errors, "Write misses, extras and far-off resolutions here (TSV)");
  cmd->add_option("--limit", args->limit, "Use only the first N articles (of each corpus)");
  cmd->add_option("--runs", args->runs, "--bench: timed runs per setting");
  cmd->add_option("--chunk", args->chunk, "--bench: articles per turn of each setting (0: whole runs)");
  cmd->add_option("--only", args->only, "--bench: time only one setting (off or on)")->check(CLI::IsMember({"off", "on"}));
  return CommandRun{cmd, [args, options] {
                      if (!args->bench.empty()) {
                        EngineOptions off = *options, on = *options;
                        off.gazetteer_path = "none";
                        return RunPassBench("dragoman geo", "places", off, on, {args->bench, args->runs, args->limit, args->only, args->chunk});
                      }
                      if (args->corpora.empty()) {
                        std::cerr << "dragoman geo: give --corpus FILE.xml or --bench CORPUS\n";
                        return 2;
                      }
                      return RunGeo(*options, *args);
                    }};
});

}  // namespace
}  // namespace dragoman
