// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Token: one word or punctuation mark of a sentence, with its byte span in the normalised text.
// Tokens are plain values; the text they point into is owned by the Document that holds them.

#ifndef DRAGOMAN_TEXT_TOKEN_H_
#define DRAGOMAN_TEXT_TOKEN_H_

#include <cstdint>
#include <string_view>

namespace dragoman {

// Penn-Treebank-like part of speech, reduced to what the syntax stage needs.
enum class Pos : uint8_t {
  kUnknown = 0,
  kNoun,         // NN, NNS: common noun
  kProperNoun,   // NNP, NNPS
  kPronoun,      // PRP: he, they, we, it
  kPossPronoun,  // PRP$: his, their, our
  kVerb,         // VB, VBP, VBZ: base or present
  kVerbPast,     // VBD
  kVerbPastPart, // VBN
  kVerbGerund,   // VBG
  kModal,        // MD: will, would, can, could, may, might, must, shall, should
  kAdjective,    // JJ, JJR, JJS
  kAdverb,       // RB, RBR, RBS (including "not", "n't", "never")
  kDeterminer,   // DT, PDT, WDT: the, a, this, which (as determiner)
  kPreposition,  // IN (also subordinating conjunctions: that, because, if, while)
  kTo,           // TO
  kConjunction,  // CC: and, or, but
  kNumber,       // CD
  kPossessive,   // POS: 's, '
  kWh,           // WP, WRB: who, whom, whose, where, when, why, how
  kParticle,     // RP: up, out, off (after a verb)
  kPunct,        // any punctuation, including quote marks
};

const char* PosName(Pos pos);  // "NN", "NNP", ... for explain output; never null

struct Token {
  uint32_t begin = 0;        // byte offset of the first byte, in the normalised text
  uint32_t end = 0;          // one past the last byte
  std::string_view text;     // the token's bytes (a view into the normalised text)
  std::string_view lower;    // lower-cased form (view into the Document's string arena)
  std::string_view lemma;    // lemma for verbs and nouns (view into a lexicon or the arena); == lower if none
  Pos pos = Pos::kUnknown;
  bool capitalized = false;  // first character is an upper-case letter
  bool all_caps = false;     // two or more letters, all upper case
  bool sentence_initial = false;
};

}  // namespace dragoman

#endif  // DRAGOMAN_TEXT_TOKEN_H_
