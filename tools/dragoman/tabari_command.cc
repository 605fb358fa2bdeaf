// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman tabari ...: TABARI and PETRARCH dictionaries and TABARI's own coding rules.
//   tabari validate --project Validate.project [--text FILE] [--all] [--mismatches] [--engine]
//       run TABARI's validation suite; print records, expected, found, missing, extra by category
//       (--engine: code with Dragoman's engine and the --dict dictionaries, for comparison)
//   tabari load [--petrarch] PATH...
//       import dictionaries (a .project, a dictionary file, a PETRARCH directory) and print what
//       was read, what was skipped (FILE:LINE: reason) and how long it took
//   tabari code --project P [FILE]
//       code TABARI text records ("YYMMDD id" line, text, blank line) with TABARI's rules;
//       one "DATE<TAB>ID<TAB>SOURCE<TAB>TARGET<TAB>CODE" line per event on stdout
//   tabari code --engine FILE
//       code the same records with Dragoman's engine and the global --dict/--no-default-dict
//       dictionaries (tabari:PROJECT, petrarch:DIR, ...); JSON Lines as `dragoman code` writes

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "code/tabari_coder.h"
#include "eval/tabari_validation.h"
#include "ingest/tabari_text_reader.h"
#include "lexicon/petrarch_importer.h"
#include "lexicon/tabari_importer.h"
#include "output/jsonl_writer.h"
#include "tools/dragoman/command_registry.h"

namespace {

struct TabariArgs {
  std::string project, text;
  bool all = false, mismatches = false, petrarch = false, engine = false;
  std::vector<std::string> paths;
};

void PrintScoreLine(const char* name, const dragoman::TabariScore& s) {
  const double pct = s.expected ? 100.0 * s.found / s.expected : 100.0;
  std::printf("%-10s %7zu %8zu %6zu %7zu %6zu %9zu  %6.1f%%\n", name, s.records, s.expected, s.found, s.missing(),
              s.extra, s.extra_unscored, pct);
}

int RunValidate(const dragoman::EngineOptions& options, const TabariArgs& a) {
  if (a.project.empty()) {
    std::cerr << "dragoman tabari validate: --project is required\n";
    return 2;
  }
  dragoman::TabariValidationOptions o;
  o.text = a.text;
  o.all_records = a.all;
  std::unique_ptr<dragoman::Engine> engine;
  if (a.engine) {
    auto e = dragoman::Engine::Create(options);
    if (!e.ok()) {
      std::cerr << "dragoman: " << e.status().ToString() << "\n";
      return 2;
    }
    engine = std::move(e.value());
    o.engine = engine.get();
  }
  auto r = dragoman::RunTabariValidation(a.project, o);
  if (!r.ok()) {
    std::cerr << "dragoman: " << r.status().ToString() << "\n";
    return 2;
  }
  for (const std::string& p : r->problems) std::cerr << "problem: " << p << "\n";
  if (a.mismatches) {
    for (const std::string& m : r->mismatches) std::cout << m << "\n";
    std::cout << "\n";
  }
  std::printf("%-10s %7s %8s %6s %7s %6s %9s  %7s\n", "category", "records", "expected", "found", "missing", "extra",
              "unscored", "found%");
  for (const auto& [cat, s] : r->by_category) PrintScoreLine(cat.c_str(), s);
  PrintScoreLine("TOTAL", r->total);
  const auto& t = r->total;
  std::printf("\n%zu records coded (%zu options records); %zu of %zu expected triples found (%.1f%%), %zu extra "
              "(%.1f%% of expected); %zu switched-off expectations (-{...}) not scored, %zu more events in the "
              "records that carry them (%zu extra in all: %.1f%%); %.3f s\n",
              t.records, r->option_records, t.found, t.expected, t.expected ? 100.0 * t.found / t.expected : 0.0,
              t.extra, t.expected ? 100.0 * t.extra / t.expected : 0.0, t.switched_off, t.extra_unscored,
              t.extra + t.extra_unscored, t.expected ? 100.0 * (t.extra + t.extra_unscored) / t.expected : 0.0,
              r->seconds);
  return 0;
}

int RunLoad(const TabariArgs& a) {
  int rc = 0;
  for (const std::string& path : a.paths) {
    dragoman::LegacyDictionary dict;
    dragoman::LegacyLoadStats stats;
    std::vector<std::string> errors;
    dragoman::LegacyImportOptions options;
    const bool petrarch = a.petrarch || path.rfind("petrarch:", 0) == 0;
    std::string p = path;
    if (p.rfind("petrarch:", 0) == 0) p = p.substr(9);
    if (p.rfind("tabari:", 0) == 0) p = p.substr(7);
    dragoman::Status st = petrarch ? dragoman::LoadPetrarch(p, options, &dict, &errors, &stats)
                                   : dragoman::LoadTabari(p, options, &dict, &errors, &stats);
    if (!st.ok()) {
      std::cerr << "dragoman: " << st.ToString() << "\n";
      rc = 2;
      continue;
    }
    for (const std::string& e : errors) std::cout << e << "\n";
    dragoman::DictionaryData data;
    std::vector<std::string> dropped;
    dragoman::LegacyToDictionaryData(dict, &data, &dropped);
    std::fprintf(stderr,
                 "%s: %zu actors (%zu names), %zu agents, %zu verbs, %zu patterns, %zu synsets, %zu time phrases, "
                 "%zu nouns/adjectives, %zu discards, %zu transformations; %zu lines skipped, %zu Latin-1 lines "
                 "converted; read in %.3f s\n",
                 path.c_str(), stats.actors, stats.actor_names, stats.agents, stats.verbs, stats.patterns, stats.synsets,
                 stats.times, stats.nouns, stats.discards, stats.transformations, stats.skipped, stats.latin1_lines,
                 stats.seconds);
    std::fprintf(stderr, "  as Dragoman records: %zu actors, %zu agents, %zu verbs, %zu sets\n", data.actors.size(),
                 data.agents.size(), data.verbs.size(), data.sets.size());
    for (const std::string& d : dropped) std::fprintf(stderr, "  left out: %s\n", d.c_str());
  }
  return rc;
}

// TABARI text records through Dragoman's engine.
int RunEngineCode(const dragoman::EngineOptions& options, const TabariArgs& a) {
  std::vector<std::string> errors;
  auto records = dragoman::ReadTabariText(a.text, &errors);
  if (!records.ok()) {
    std::cerr << "dragoman: " << records.status().ToString() << "\n";
    return 2;
  }
  for (const std::string& e : errors) std::cerr << "skipped: " << e << "\n";
  auto engine = dragoman::Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "dragoman: " << engine.status().ToString() << "\n";
    return 2;
  }
  for (const std::string& p : (*engine)->load_report().problems) std::cerr << "dictionary: " << p << "\n";
  auto coder = (*engine)->NewCoder();
  if (!coder.ok()) {
    std::cerr << "dragoman: " << coder.status().ToString() << "\n";
    return 2;
  }
  std::ifstream in(a.text, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  int ref = dragoman::LegacyReferenceYear(dragoman::ReadLegacyLines(ss.str(), nullptr));
  if (ref == 0) ref = 2012;
  size_t events = 0;
  for (const dragoman::TabariRecord& r : *records) {
    dragoman::Article article;
    article.id = r.id;
    article.raw = r.text + "\n";
    dragoman::CodedArticle coded = (*coder)->Code(std::move(article), dragoman::TabariDateToIso(r.date, ref));
    std::string out = dragoman::ArticleRecord(coded) + "\n";
    for (const dragoman::Event& e : coded.events) out += dragoman::EventRecord(e) + "\n";
    events += coded.events.size();
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  std::fprintf(stderr, "dragoman tabari code --engine: %zu records, %zu events\n", records->size(), events);
  return 0;
}

int RunTabariCode(const TabariArgs& a) {
  if (a.project.empty()) {
    std::cerr << "dragoman tabari code: --project is required\n";
    return 2;
  }
  dragoman::LegacyDictionary dict;
  dragoman::LegacyLoadStats stats;
  std::vector<std::string> errors;
  dragoman::Status st = dragoman::LoadTabari(a.project, {}, &dict, &errors, &stats);
  if (!st.ok()) {
    std::cerr << "dragoman: " << st.ToString() << "\n";
    return 2;
  }
  for (const std::string& e : errors) std::cerr << "dictionary: " << e << "\n";
  std::string text = a.text;
  if (text.empty()) {
    auto p = dragoman::ReadTabariProject(a.project);
    if (p.ok()) text = p->text;
  }
  auto records = dragoman::ReadTabariText(text, &errors);
  if (!records.ok()) {
    std::cerr << "dragoman: " << records.status().ToString() << "\n";
    return 2;
  }
  dragoman::TabariCoder coder(&dict);
  size_t events = 0;
  int ref = 0;
  {
    std::ifstream in(text, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ref = dragoman::LegacyReferenceYear(dragoman::ReadLegacyLines(ss.str(), nullptr));
  }
  if (ref == 0) ref = 2012;
  for (const dragoman::TabariRecord& r : *records) {
    dragoman::DateInt date = 0;
    dragoman::ParseLegacyDate(r.date.size() == 6 || r.date.size() == 8 ? r.date : r.date.substr(0, 6), ref, &date);
    // Records of one story (the ID up to its last '-') may forward pronouns (FORWARD:).
    const size_t dash = r.id.rfind('-');
    dragoman::TabariResult res = coder.Code(r.text, date, dict.options, dash == std::string::npos ? r.id : r.id.substr(0, dash));
    for (const dragoman::TabariEvent& e : res.events) {
      std::printf("%s\t%s\t%s\t%s\t%s\n", r.date.c_str(), r.id.c_str(), e.source.c_str(), e.target.c_str(), e.code.c_str());
      ++events;
    }
  }
  std::fprintf(stderr, "dragoman tabari code: %zu records, %zu events\n", records->size(), events);
  return 0;
}

dragoman::CommandRegistrar reg("tabari", [](CLI::App* app, const dragoman::EngineOptions* options) {
  auto* cmd = app->add_subcommand("tabari", "TABARI/PETRARCH dictionaries and TABARI's validation suite");
  cmd->require_subcommand(1);
  auto args = std::make_shared<TabariArgs>();
  auto* validate = cmd->add_subcommand("validate", "Run TABARI's validation suite and score it by category");
  validate->add_option("--project", args->project, "TABARI .project file (e.g. ../shared/reference/tabari/Validate.project)");
  validate->add_option("--text", args->text, "Validation text (default: the project's <textfile>)");
  validate->add_flag("--all", args->all, "Also the records after FINAL-01");
  validate->add_flag("--mismatches", args->mismatches, "Print every record whose events differ");
  validate->add_flag("--engine", args->engine,
                     "Code with Dragoman's engine and the --dict dictionaries (for comparison)");
  auto* load = cmd->add_subcommand("load", "Import dictionaries and report counts, skipped lines and times");
  load->add_option("paths", args->paths, "A .project, dictionary file, or PETRARCH directory")->required();
  load->add_flag("--petrarch", args->petrarch, "Read PETRARCH formats (also: petrarch:PATH)");
  auto* code = cmd->add_subcommand("code", "Code TABARI text records with TABARI's rules");
  code->add_option("--project", args->project, "TABARI .project file");
  code->add_option("text", args->text, "Text file (default: the project's <textfile>)");
  code->add_flag("--engine", args->engine, "Code with Dragoman's engine and the --dict dictionaries instead");
  return dragoman::CommandRun{cmd, [args, validate, load, code, options] {
                                if (*validate) return RunValidate(*options, *args);
                                if (*load) return RunLoad(*args);
                                if (*code && args->engine) return RunEngineCode(*options, *args);
                                if (*code) return RunTabariCode(*args);
                                return 2;
                              }};
});

}  // namespace
