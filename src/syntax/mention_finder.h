// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// MentionFinder: turns the lexicon's name hits and the tagged tokens of a sentence into actor
// mentions, composing agents with what owns them and resolving pronouns and bare agents
// ("he", "the diplomat") against the article's earlier mentions (Discourse).
//
// Composition (doc/design.md has the table):
//   Italian ambassador → ITA + GOV      Haftar's forces → LBY + MIL     his forces → (he) + MIL
//   prime minister Al Sarraj → Sarraj's code on the date               the Russians → RUS (plural)
//   the Italian mission → ITA as a modifier (not a participant head)

#ifndef DRAGOMAN_SYNTAX_MENTION_FINDER_H_
#define DRAGOMAN_SYNTAX_MENTION_FINDER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/lexicon.h"
#include "syntax/sentence_analysis.h"

namespace dragoman {

// What earlier sentences of the article said about actors, for coreference.
struct DiscourseEntity {
  std::string text;
  std::string code;
  std::string entity;
  std::vector<const SourceLine*> records;
  bool person = false;
  bool plural = false;
  bool individual = false;  // a named person or a singular person noun ("the Italian ambassador")
  uint32_t begin = 0, end = 0;  // the mention's byte range in the normalised text
};

class Discourse {
 public:
  // How far back (in entities) pronouns and nominals look for an antecedent.
  static constexpr size_t kWindow = 64;

  void Clear() {
    entities_.clear();
    country_counts_.clear();
  }
  void Add(DiscourseEntity e);
  const std::vector<DiscourseEntity>& entities() const { return entities_; }
  // Country blocks named so far, with how often.
  const std::vector<std::pair<std::string, int>>& country_counts() const { return country_counts_; }

 private:
  std::vector<DiscourseEntity> entities_;
  std::vector<std::pair<std::string, int>> country_counts_;
};

// The country block of a code ("LBY" of "LBYMIL"), or empty for transnational and role-only codes.
std::string CodeCountry(const std::string& code);
// The first role block of a code ("MIL" of "LBYMIL", "IGO" of "IGOUNO"), or empty.
std::string CodeRole(const std::string& code);

// True for singular nouns that denote one person ("ambassador", "diplomat", "envoy", "general"):
// "the diplomat" and "he" refer back to such mentions, not to "the government".
bool IsPersonNoun(std::string_view lower);

// Fills analysis->mentions and analysis->mention_at from `hits`. `date` is the article date
// (YYYYMMDD or 0). Resolves pronouns and bare agents against `discourse` and the sentence's own
// earlier mentions, then adds this sentence's resolved mentions to `discourse`. First-person pronouns
// (we, us, our, I, me, my) become mentions with no code: only the quote finder, which knows who is
// speaking, gives them one. Antecedents are recorded in Mention::antecedent_begin/end.
// `context_country` (the dateline's country, or empty) places bare agents that nothing else resolves
// ("police", "civilians" in a story datelined OUAGADOUGOU → BFACOP, BFACVL).
void FindMentions(const Lexicon& lexicon, const std::vector<NameHit>& hits, DateInt date,
                  const std::string& context_country, Discourse* discourse, SentenceAnalysis* analysis);

}  // namespace dragoman

#endif  // DRAGOMAN_SYNTAX_MENTION_FINDER_H_
