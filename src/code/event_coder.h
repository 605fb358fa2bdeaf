// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// EventCoder: verb and noun patterns → CAMEO events with source, target and mode, for one analysed
// sentence. The rules (doc/design.md, "Coding"):
//   - every verb group whose head lemma anchors a `verb` record is tried; reporting verbs (&speech)
//     are frames, not events;
//   - the pattern with the most elements that matches the clause after the verb wins; `+` is the
//     target; with no `+`, the target is the clause's object; the source is the clause subject
//     (the by-phrase for passives), or the controller of an infinitive;
//   - the mode comes from the verb group and what governs it (negation, will/would, could/may,
//     &intend / &threaten / &deny / &allege words); an intended or threatened act is recoded to its
//     CAMEO intent or threat code (04x → 036, 06x → 031x, 07x → 033x, 18x–20x → 138x, 16x → 131x);
//     a refused cooperative act ("will not negotiate", "refused to allow") to its 12x rejection;
//   - compound actors ("Russia and Turkey") give one event per member; an event needs a source; it
//     needs a target too unless a pattern (not a default code) matched without one; source and target
//     codes must differ.

#ifndef DRAGOMAN_CODE_EVENT_CODER_H_
#define DRAGOMAN_CODE_EVENT_CODER_H_

#include <string>
#include <vector>

#include "dragoman/event.h"
#include "lexicon/lexicon.h"
#include "syntax/sentence_analysis.h"

namespace dragoman {

struct CodedEvent {
  int source = -1;  // mention indexes
  int target = -1;  // -1: no target in the text (a pattern matched without one)
  uint32_t anchor = 0;      // the verb or noun token
  uint32_t anchor_end = 0;  // one past the anchor (particles included)
  std::string code;         // the final CAMEO code
  std::string note;         // how the code was changed by the mode, if it was
  EventMode mode = EventMode::kAsserted;
  const VerbRecord* record = nullptr;
  const VerbPattern* pattern = nullptr;  // nullptr: the anchor's default code
  double confidence = 0;
};

// Codes one sentence. `trace`, if not null, receives one line per anchor tried, saying what was coded
// or why nothing was (for `dragoman explain`).
void CodeSentence(const Lexicon& lexicon, const SentenceAnalysis& analysis, std::vector<CodedEvent>* out,
                  std::vector<std::string>* trace);

// The CAMEO code an act takes when it is intended or threatened rather than done ("195" intended →
// "1384"); the code itself when there is no such mapping.
std::string IntentCode(const std::string& code, EventMode mode);

// The CAMEO rejection (12x) of a cooperative act that is refused ("will not negotiate": 046 → 125,
// "refused to allow inspectors": 0355 → 120); the code itself for acts that are not cooperative.
std::string RefusalCode(const std::string& code);

}  // namespace dragoman

#endif  // DRAGOMAN_CODE_EVENT_CODER_H_
