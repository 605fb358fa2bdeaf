// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman eval: codes the gold items with the engine and prints precision, recall and F1.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "eval/scorer.h"
#include "tools/dragoman/commands.h"

namespace dragoman {

void AddEvalOptions(CLI::App* app, EvalArgs* args) {
  app->add_option("--plover", args->plover, "PLOVER gold records (PLOVER_GSR_CAMEO.txt)");
  app->add_option("--gold", args->jsonl, "Our JSONL gold (tests/fixtures/gold/stories.jsonl)");
  app->add_option("--errors", args->errors, "Write each item's gold and predicted events here");
  app->add_option("--half", args->half,
                  "Score only half of the items in file order: 1 the first ceil(n/2), 2 the rest "
                  "(a dev/held-out split)")
      ->check(CLI::Range(1, 2));
}

namespace {

void Print(const char* name, const Score& s) {
  std::printf("  %-22s P %.3f  R %.3f  F1 %.3f   (tp %zu, predicted %zu, gold %zu)\n", name, s.precision(),
              s.recall(), s.f1(), s.tp, s.predicted, s.gold);
}

}  // namespace

int RunEval(const EngineOptions& options, const EvalArgs& args) {
  if (args.plover.empty() == args.jsonl.empty()) {
    std::cerr << "dragoman eval: give exactly one of --plover FILE or --gold FILE\n";
    return 2;
  }
  OpenedCoder opened;
  if (!OpenCoder(options, &opened)) return 2;
  Coder* coder = opened.coder.get();
  const bool plover = !args.plover.empty();
  auto gold = plover ? LoadPloverGold(args.plover) : LoadJsonlGold(args.jsonl);
  if (!gold.ok()) {
    std::cerr << "dragoman eval: " << gold.status().ToString() << "\n";
    return 2;
  }
  std::ofstream errors;
  if (!args.errors.empty()) errors.open(args.errors);
  EvalReport report;
  size_t sentences = 0, empty_sentences = 0;
  const size_t first_half = (gold->size() + 1) / 2;
  for (size_t index = 0; index < gold->size(); ++index) {
    if (args.half == 1 && index >= first_half) break;
    if (args.half == 2 && index < first_half) continue;
    const GoldItem& item = (*gold)[index];
    Article article;
    article.id = item.id;
    std::string date = item.date;
    if (plover) {
      article.raw = item.text;
      article.parts.push_back({PartKind::kBody, {0, static_cast<uint32_t>(item.text.size())}, ""});
      date = "";  // the gold's dates are placeholders; roles are coded undated
    } else {
      std::filesystem::path p = std::filesystem::path(args.jsonl).parent_path().parent_path() / item.file;
      std::ifstream in(p, std::ios::binary);
      if (!in) {
        std::cerr << "dragoman eval: " << p.string() << ": cannot open (gold item " << item.id << ")\n";
        continue;
      }
      std::stringstream ss;
      ss << in.rdbuf();
      article.raw = ss.str();
    }
    CodedArticle coded = coder->Code(std::move(article), date);
    for (const CodedSentence& cs : coded.sentences) {
      ++sentences;
      empty_sentences += cs.events == 0 ? 1 : 0;
    }
    std::vector<ScoredEvent> predicted;
    for (const Event& e : coded.events) {
      ScoredEvent s;
      s.source = e.source.code;
      s.target = e.target.code;
      s.code = e.cameo_code;
      predicted.push_back(s);
    }
    ScoreItem(predicted, item, &report);
    if (errors.is_open()) {
      errors << "== " << item.id << "\n";
      if (plover) errors << "   " << item.text << "\n";
      for (const ScoredEvent& g : item.events) {
        errors << "   gold " << (g.category.empty() ? g.code : g.category) << " ";
        for (const auto& s : g.sources) errors << s << ",";
        errors << " -> ";
        for (const auto& t : g.targets) errors << t << ",";
        errors << "\n";
      }
      for (const Event& e : coded.events) {
        errors << "   pred " << e.cameo_code << " " << PloverGoldCategory(e.cameo_code) << " " << e.source.code
               << " -> " << e.target.code << " [" << EventModeName(e.mode) << "] " << e.rule.pattern << "\n";
      }
    }
  }
  std::printf("dragoman eval on %s%s: %zu items, %zu with no event predicted (%.1f %%)\n",
              plover ? args.plover.c_str() : args.jsonl.c_str(),
              args.half == 1 ? " (first half)" : args.half == 2 ? " (second half)" : "", report.items,
              report.items_without_prediction,
              report.items ? 100.0 * report.items_without_prediction / report.items : 0.0);
  std::printf("  sentences coded nothing: %zu of %zu (%.1f %%)\n", empty_sentences, sentences,
              sentences ? 100.0 * empty_sentences / sentences : 0.0);
  Print(plover ? "PLOVER category" : "CAMEO root", report.root);
  if (!plover) Print("full CAMEO code", report.full);
  Print(plover ? "category + countries" : "root + countries", report.with_actors);
  return 0;
}

}  // namespace dragoman
