// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// SentenceAnalysis: what the syntax stage knows about one sentence — its tokens, the actor mentions
// (noun phrases that denote actors), the verb groups and the clause boundaries — the input of the
// event coder. All indexes are token indexes into `tokens`.

#ifndef DRAGOMAN_SYNTAX_SENTENCE_ANALYSIS_H_
#define DRAGOMAN_SYNTAX_SENTENCE_ANALYSIS_H_

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "lexicon/dictionary.h"
#include "text/token.h"

namespace dragoman {

struct Mention {
  uint32_t begin = 0;  // token range of the whole mention ("the Italian ambassador to Tripoli" → "Italian ambassador")
  uint32_t end = 0;
  std::string code;     // CAMEO actor code on the article's date; may be a bare role ("GOV")
  std::string entity;   // named actor's canonical name, if any
  std::vector<const SourceLine*> records;  // dictionary records used
  bool person = false;
  bool plural = false;
  bool pronoun = false;     // he, they, his (resolved or not)
  bool possessor = false;   // "Italy's mission": the actor owns the head, it is not the head
  bool modifier = false;    // "the Italian mission": an adjective on a non-actor head
  bool locative = false;    // after in/at/near/off/from…: a place, not a participant
  bool in_pp = false;       // after another preposition ("talks with X")
  bool capital = false;     // a capital city name
  int group = -1;           // mentions joined by and/or share a group id (their first member's index)
  std::string resolved_from;  // pronoun or nominal: the antecedent's text
  // Pronouns, nominals and short names ("Dengov" after "Lev Dengov"): the normalised-text byte range
  // [antecedent_begin, antecedent_end) of the earlier mention they refer to; both 0 when none.
  uint32_t antecedent_begin = 0;
  uint32_t antecedent_end = 0;
};

struct VerbGroup {
  uint32_t begin = 0;  // first token (auxiliary, modal, "to")
  uint32_t end = 0;    // one past the head (and particle)
  uint32_t head = 0;   // the main verb
  bool finite = false;
  bool infinitive = false;  // "to" + verb
  bool participle = false;  // a bare -ed/-ing form with no auxiliary
  bool passive = false;
  bool negated = false;
  bool modal_future = false;        // will, would, shall, 'll
  bool modal_hypothetical = false;  // could, might, may
  bool modal_obligation = false;    // must, should, ought
  bool speech = false;              // head lemma in &speech
  int governor = -1;                // infinitives: the verb group they complement
};

enum TokenFlag : uint8_t {
  kFlagBoundary = 1,   // a clause boundary: subject and target searches stop here
  kFlagFrame = 2,      // part of a reported-speech frame (", the diplomat said,")
  kFlagSkip = 4,       // parenthetical or appositive: searches step over it
  kFlagRelative = 8,   // a comma-delimited relative clause (", which supports X,"): the main clause's
                       // subject search steps over it
};

struct SentenceAnalysis {
  std::span<const Token> tokens;
  std::vector<Mention> mentions;
  std::vector<VerbGroup> verbs;
  std::vector<uint8_t> flags;           // per token
  std::vector<int> mention_at;          // per token: index of the mention covering it, or -1
};

}  // namespace dragoman

#endif  // DRAGOMAN_SYNTAX_SENTENCE_ANALYSIS_H_
