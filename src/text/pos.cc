// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/token.h"

namespace dragoman {

const char* PosName(Pos pos) {
  switch (pos) {
    case Pos::kUnknown: return "UNK";
    case Pos::kNoun: return "NN";
    case Pos::kProperNoun: return "NNP";
    case Pos::kPronoun: return "PRP";
    case Pos::kPossPronoun: return "PRP$";
    case Pos::kVerb: return "VB";
    case Pos::kVerbPast: return "VBD";
    case Pos::kVerbPastPart: return "VBN";
    case Pos::kVerbGerund: return "VBG";
    case Pos::kModal: return "MD";
    case Pos::kAdjective: return "JJ";
    case Pos::kAdverb: return "RB";
    case Pos::kDeterminer: return "DT";
    case Pos::kPreposition: return "IN";
    case Pos::kTo: return "TO";
    case Pos::kConjunction: return "CC";
    case Pos::kNumber: return "CD";
    case Pos::kPossessive: return "POS";
    case Pos::kWh: return "WH";
    case Pos::kParticle: return "RP";
    case Pos::kPunct: return "PUNCT";
  }
  return "UNK";
}

}  // namespace dragoman
