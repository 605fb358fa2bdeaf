// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Event-level scoring against gold.
//
// Gold comes in two formats:
//   - PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt: a JSON array; one sentence and one event a
//     record, in PLOVER categories, with source and target actor lists);
//   - our own JSONL (tests/fixtures/gold/README.md): one article a line with its CAMEO events.
// A predicted event matches a gold event of the same item when their categories agree at the level
// scored: the CAMEO root (or, for PLOVER gold, the PLOVER category of the root), the full CAMEO code,
// and "with actors": root plus the source and target countries (the first three letters of the
// codes). Each gold event is matched at most once, by its own coding or one of its "alt" codings.

#ifndef DRAGOMAN_EVAL_SCORER_H_
#define DRAGOMAN_EVAL_SCORER_H_

#include <string>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct ScoredEvent {
  std::string source;    // actor code ("HUNGOV"); alternatives for gold compound actors
  std::vector<std::string> sources;  // gold only: any of these may match
  std::vector<std::string> targets;
  std::string target;
  std::string code;      // CAMEO code (predicted; own gold)
  std::string category;  // PLOVER gold category ("AGREE"); empty for CAMEO gold
  std::vector<ScoredEvent> alternatives;  // gold only: other acceptable codings ("alt" in our gold)
};

struct GoldItem {
  std::string id;
  std::string text;  // the sentence (PLOVER) or empty (own gold: the article is a file)
  std::string file;  // own gold: the story file, relative to the gold file's folder's parent
  std::string date;
  std::vector<ScoredEvent> events;
};

// Reads PLOVER gold; the DOCUMENT record is skipped.
Result<std::vector<GoldItem>> LoadPloverGold(const std::string& path);
// Reads our JSONL gold.
Result<std::vector<GoldItem>> LoadJsonlGold(const std::string& path);

// The PLOVER category of the gold set for a CAMEO code ("0361" → "AGREE", "19" → "FIGHT").
std::string PloverGoldCategory(const std::string& cameo_code);

struct Score {
  size_t tp = 0, predicted = 0, gold = 0;
  double precision() const { return predicted ? static_cast<double>(tp) / predicted : 0; }
  double recall() const { return gold ? static_cast<double>(tp) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct EvalReport {
  Score root;         // category / root level
  Score full;         // full CAMEO code (own gold only)
  Score with_actors;  // root + source and target countries
  size_t items = 0;
  size_t items_without_prediction = 0;
};

// Adds the scores of one item: `predicted` events against `gold`.
void ScoreItem(const std::vector<ScoredEvent>& predicted, const GoldItem& gold, EvalReport* report);

}  // namespace dragoman

#endif  // DRAGOMAN_EVAL_SCORER_H_
