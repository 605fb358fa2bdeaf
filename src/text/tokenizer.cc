// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <string>

namespace dragoman {
namespace {

inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsWordByte(unsigned char c) { return IsAlpha(c) || IsDigit(c) || c >= 0x80; }
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

constexpr std::array<std::string_view, 64> kAbbrev = {
    "gen.", "lt.",   "col.",  "maj.",  "capt.", "cmdr.", "adm.",  "brig.", "sgt.",  "cpl.", "gov.",
    "sen.", "rep.",  "rev.",  "dr.",   "mr.",   "mrs.",  "ms.",   "prof.", "hon.",  "amb.", "pres.",
    "st.",  "mt.",   "ft.",   "jr.",   "sr.",   "no.",   "jan.",  "feb.",  "mar.",  "apr.", "jun.",
    "jul.", "aug.",  "sep.",  "sept.", "oct.",  "nov.",  "dec.",  "inc.",  "corp.", "co.",  "ltd.",
    "vs.",  "a.m.",  "p.m.",  "e.g.",  "i.e.",  "etc.",  "messrs.", "mme.", "fr.",  "calif.",
    "fla.", "mass.", "wash.", "pa.",   "va.",   "tex.",  "lieut.", "sgt.", "supt.", "insp.",
};

}  // namespace

bool IsAbbreviation(std::string_view lower_with_dot) {
  return std::find(kAbbrev.begin(), kAbbrev.end(), lower_with_dot) != kAbbrev.end();
}

void LowerAscii(std::string_view text, std::string* out) {
  out->resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    (*out)[i] = IsUpper(c) ? static_cast<char>(c | 0x20) : static_cast<char>(c);
  }
}

void Tokenize(std::string_view text, std::string_view lower, uint32_t begin, uint32_t end,
              std::vector<Token>* out) {
  auto emit = [&](uint32_t b, uint32_t e) {
    Token t;
    t.begin = b;
    t.end = e;
    t.text = text.substr(b, e - b);
    t.lower = lower.substr(b, e - b);
    t.lemma = t.lower;
    const unsigned char c0 = text[b];
    t.capitalized = IsUpper(c0);
    int letters = 0, upper = 0;
    for (uint32_t k = b; k < e; ++k) {
      unsigned char c = text[k];
      if (IsAlpha(c)) {
        ++letters;
        upper += IsUpper(c) ? 1 : 0;
      }
    }
    t.all_caps = letters >= 2 && upper == letters;
    out->push_back(t);
  };

  uint32_t i = begin;
  while (i < end) {
    unsigned char c = text[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (!IsWordByte(c)) {
      // "n't" is handled with words; a leading apostrophe clitic: 's 're 've 'll 'd 'm.
      if (c == '\'' && i + 1 < end && IsAlpha(text[i + 1]) && !out->empty() &&
          out->back().end == i) {
        uint32_t j = i + 1;
        while (j < end && IsAlpha(text[j])) ++j;
        std::string_view cl = lower.substr(i, j - i);
        if (cl == "'s" || cl == "'re" || cl == "'ve" || cl == "'ll" || cl == "'d" || cl == "'m") {
          emit(i, j);
          i = j;
          continue;
        }
      }
      // "..." and "--" stay together.
      uint32_t j = i + 1;
      if (c == '.' || c == '-') {
        while (j < end && static_cast<unsigned char>(text[j]) == c) ++j;
      }
      emit(i, j);
      i = j;
      continue;
    }
    // A word: letters, digits and joiners inside it.
    uint32_t j = i;
    while (j < end) {
      unsigned char d = text[j];
      if (IsWordByte(d)) {
        ++j;
        continue;
      }
      if ((d == '-' || d == '\'' || d == '.' || d == ',' || d == ':' || d == '/' || d == '&') &&
          j + 1 < end && IsWordByte(text[j + 1])) {
        bool prev_digit = IsDigit(text[j - 1]), next_digit = IsDigit(text[j + 1]);
        if ((d == ',' || d == ':' || d == '/') && !(prev_digit && next_digit)) break;
        if (d == '.' && !(prev_digit && next_digit)) {
          // Inside initials ("U.S", "A.Q.") only when single letters alternate with dots.
          bool initial = (j - i == 1) || (j >= i + 2 && text[j - 2] == '.');
          if (!initial) break;
        }
        if (d == '\'') {
          // "Haftar's", "rebels'": the clitic is its own token; "O'Brien" stays whole.
          uint32_t k = j + 1;
          while (k < end && IsAlpha(text[k])) ++k;
          std::string_view cl = lower.substr(j, k - j);
          if (cl == "'s" || cl == "'re" || cl == "'ve" || cl == "'ll" || cl == "'d" || cl == "'m") {
            break;
          }
        }
        if (d == '&' && !(IsUpper(text[j - 1]) && IsUpper(text[j + 1]))) break;  // "AT&T"
        j += 2;
        continue;
      }
      break;
    }
    // A final dot on initials or a known abbreviation.
    if (j < end && text[j] == '.') {
      bool initials = (j - i == 1 && IsUpper(text[i])) || (j >= i + 2 && text[j - 2] == '.');
      std::string_view with_dot = lower.substr(i, j + 1 - i);
      if (initials || IsAbbreviation(with_dot)) ++j;
    }
    // "n't" clitic: "don't" → "do" "n't", "won't" → "wo" "n't", "can't" → "ca" "n't".
    if (j - i >= 4 && lower.substr(j - 3, 3) == "n't") {
      emit(i, j - 3);
      emit(j - 3, j);
    } else if (j < end && text[j] == '\'' && j - i >= 2 && lower[j - 1] == 'n' &&
               j + 1 < end && lower[j + 1] == 't' && (j + 2 >= end || !IsAlpha(text[j + 2]))) {
      emit(i, j - 1);
      emit(j - 1, j + 2);
      j += 2;
    } else {
      emit(i, j);
    }
    i = j;
  }
}

}  // namespace dragoman
