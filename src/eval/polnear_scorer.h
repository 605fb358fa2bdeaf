// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// PolnearScorer: scores attributed quotes against PolNeAR (Newell et al., LREC 2018), a corpus of
// US political news with every attribution annotated in BRAT standoff:
//
//   file      := line*
//   line      := text_bound | event | other
//   text_bound:= 'T' ID TAB TYPE ' ' RANGE (';' RANGE)* TAB TEXT     TYPE: Source | Cue | Content | …
//   RANGE     := BEGIN ' ' END          (character offsets, [BEGIN, END), into the article's .txt)
//   event     := 'E' ID TAB 'Attribution:T' N (' ' ROLE ':T' N)*       ROLE: (Source | Cue | Content) [DIGITS]
//
// A numbered role is a further piece of the same role ("Content:T18 Content2:T22": one content in two
// pieces, as when a quote is interrupted by its frame); its spans join the first's.
//
// The corpus directory holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann; an article annotated
// by several annotators is scored against the first .ann file in name order. Offsets are converted to
// byte offsets of the UTF-8 text.
//
// Measures (words are maximal runs of letters and digits; punctuation never counts):
//   - content exact: a predicted content matches a gold one when both cover the same words;
//   - content overlap: when they share at least one word (pairs matched one-to-one, largest overlap
//     first);
//   - speaker accuracy: among overlap-matched pairs whose gold attribution has a source, the share
//     whose predicted speaker shares a word with the gold source.
// Quotes that share a cue form one predicted attribution (a quote interrupted by its frame, a
// direct quote inside the reported speech it belongs to), as PolNeAR annotates them.

#ifndef DRAGOMAN_EVAL_POLNEAR_SCORER_H_
#define DRAGOMAN_EVAL_POLNEAR_SCORER_H_

#include <string>
#include <vector>

#include "dragoman/quote.h"
#include "dragoman/status.h"

namespace dragoman {

// One attribution: byte ranges of the article text (a content may be discontinuous).
struct PolnearAttribution {
  std::vector<Span> content;
  std::vector<Span> source;  // empty: an attribution with no source
  std::vector<Span> cue;
};

struct PolnearArticle {
  std::string name;  // "breitbart_2016-09-12_stealth-over-health-hillary-clin"
  std::string date;  // YYYY-MM-DD from the name, or empty
  std::string text;  // the article, as in text/NAME.txt
  std::vector<PolnearAttribution> gold;
};

// Reads `dir` (a PolNeAR compartment such as data/dev). Fails if it has no text/ and attributions/
// folders or no article can be read; a malformed line is skipped and reported in `problems`
// ("FILE:LINE: reason").
Result<std::vector<PolnearArticle>> LoadPolnear(const std::string& dir, std::vector<std::string>* problems);

// Turns an article's quotes into predicted attributions (grouped by cue).
std::vector<PolnearAttribution> AttributionsFromQuotes(const std::vector<Quote>& quotes);

struct PrfCount {
  size_t tp_predicted = 0, tp_gold = 0, predicted = 0, gold = 0;
  double precision() const { return predicted ? double(tp_predicted) / predicted : 0; }
  double recall() const { return gold ? double(tp_gold) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct PolnearReport {
  size_t articles = 0;
  PrfCount exact, overlap;
  size_t speaker_pairs = 0, speaker_correct = 0;  // overlap-matched pairs with a gold source
  // Overlap recall by kind of gold attribution: content with quote marks (a direct quote, whole or
  // partial), and the rest (reported speech, stances, findings).
  size_t gold_direct = 0, gold_direct_matched = 0;
  double direct_recall() const { return gold_direct ? double(gold_direct_matched) / gold_direct : 0; }
  double other_recall() const {
    const size_t g = overlap.gold - gold_direct, m = overlap.tp_gold - gold_direct_matched;
    return g ? double(m) / g : 0;
  }
  double speaker_accuracy() const { return speaker_pairs ? double(speaker_correct) / speaker_pairs : 0; }
};

// Scores one article's predictions against its gold and adds the counts to `report`. `misses`, if not
// null, receives one line per unmatched gold and predicted attribution (for error analysis).
void ScorePolnearArticle(const PolnearArticle& article, const std::vector<PolnearAttribution>& predicted,
                         PolnearReport* report, std::vector<std::string>* misses);

}  // namespace dragoman

#endif  // DRAGOMAN_EVAL_POLNEAR_SCORER_H_
