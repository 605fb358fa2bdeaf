// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// TabariCoder: a TABARI-compatible coding path for dictionaries imported with tabari_importer.h.
// It codes a sentence the way TABARI's own rules (as its validation suite documents them) say:
// sparse, dictionary-driven pattern matching over the words of the sentence, not Dragoman's
// clause analysis. Our own reading of the rules; no TABARI code is used.
//
// Per sentence (record):
//   1. words: upper case; hyphens and '_' split words; "'S" stays on its word (a noun ending);
//      a sentence shorter than SET: MINIMUM WORDS is not coded;
//   2. comma-delimited clauses are deleted by their length (COMMA: MIN/MAX internal, EMIN/EMAX at
//      the end, BMIN/BMAX at the beginning);
//   3. dictionary phrases are found left to right, longest first: actors (dated codes chosen on the
//      record's date; "---" actors are nouns), agents (composed with the actor they touch: "Arnor
//      security officials" → ARNGOV, "human rights activists in Arnor" → NGMARN, FORMER → ELI),
//      verbs (not when capitalised inside a mixed-case sentence, after THE/A/AN, or in <NOUN>),
//      pronouns, conjunctions;
//   4. compound actors: actors joined by AND/OR/NOR and commas (determiners and <ADJECTIVE> words may
//      stand between); other conjunctions split the sentence into clauses (not between two
//      <NOUN>/<ADJECTIVE> words);
//   5. complexity: VERBS[n] or more verbs, CONJ[n] or more clause conjunctions, a +++ actor,
//      no actor before the verb with NOACTPRIOR → the sentence is not coded; a ### actor or verb
//      discards it;
//   6. per clause (SET: CODE BY CLAUSE, the default), the first verb that yields an event; with CODE
//      BY SENTENCE the first in the sentence; with CODE ALL every verb (only '!' verbs when any);
//      subordinate ('?') verbs code only through a pattern or when nothing else does. The longest
//      matching pattern wins (words before '*' matched backwards from the verb, words after it
//      forwards; '_' forbids words between). Source: '$', else the first actor of the clause before
//      the verb, else the previous clause's source, else DEFAULT SOURCE with PRIOR, else the first
//      actor after the verb. Target: '+', else the first actor after the verb, else DEFAULT TARGET
//      with AFTER, else the next actor after the source. Passive verbs (WAS/WERE/... + verb + BY
//      actor) swap them. '%' codes the members of a compound with each other. Paired codes [a:b]
//      add the reverse event with b. Pronouns take the first actor of the sentence, or with
//      FORWARD: the previous record's source (actor code only).
//
// Setting DRAGOMAN_TABARI_TRACE in the environment prints each sentence's tags, mentions, verbs and
// clauses to stderr (a debugging aid for dictionary writers).

#ifndef DRAGOMAN_CODE_TABARI_CODER_H_
#define DRAGOMAN_CODE_TABARI_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dragoman/article.h"
#include "lexicon/tabari_importer.h"

namespace dragoman {

struct TabariEvent {
  std::string source, target, code;
  std::string verb;     // the verb's root as written in the dictionary
  std::string pattern;  // the pattern text, or empty for the verb's own code
  SourceLine where;     // the verb or pattern line
  // Bytes of the text given to Code(): the verb's first word, and the words of the actor mention
  // that carries each code (empty for a default or forwarded actor).
  Span verb_span, source_span, target_span;
  bool operator==(const TabariEvent& o) const { return source == o.source && target == o.target && code == o.code; }
};

struct TabariResult {
  std::vector<TabariEvent> events;
  bool complex = false;  // not coded: too complex (+++)
  bool discard = false;  // not coded: discard code (###)
  bool too_short = false;
  std::string reason;    // why nothing was coded, when nothing was
};

class TabariCoder {
 public:
  // `dict` must outlive the coder. Options are passed per call (validation records change them).
  explicit TabariCoder(const LegacyDictionary* dict);
  ~TabariCoder();
  TabariCoder(const TabariCoder&) = delete;
  TabariCoder& operator=(const TabariCoder&) = delete;

  // Codes one record's text. `date` is YYYYMMDD (0: unknown: undated codes). `story` groups records
  // for pronoun forwarding (FORWARD:); pass "" to disable it.
  TabariResult Code(std::string_view text, DateInt date, const TabariOptions& options, const std::string& story);

  // Forgets the actor forwarded from the previous record.
  void ResetForwarding();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_CODE_TABARI_CODER_H_
