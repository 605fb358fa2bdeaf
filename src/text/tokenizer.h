// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Tokenizer: splits normalised text into word and punctuation tokens with byte offsets.
//
// Rules (news English):
//   - white space separates tokens; every punctuation mark is a token of its own, except:
//   - hyphens, apostrophes and dots inside a word stay in it ("al-Sarraj", "O'Brien", "U.S.");
//   - a final dot stays on a known abbreviation or on single-letter initials ("Gen.", "U.S.", "J.");
//   - digits keep their separators ("1,000", "3.5", "11:01");
//   - clitics are split: "Haftar's" → "Haftar" "'s", "won't" → "wo" "n't", "they're" → "they" "'re",
//     "rebels'" → "rebels" "'".
//   - bytes ≥ 0x80 are letters (the normaliser has already turned Unicode punctuation into ASCII).

#ifndef DRAGOMAN_TEXT_TOKENIZER_H_
#define DRAGOMAN_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/token.h"

namespace dragoman {

// Appends the tokens of text[begin, end) to `out`. `lower` is the lower-cased copy of `text` (same
// length, same offsets); token.text and token.lower are views into `text` and `lower`, which must
// outlive the tokens. token.lemma is set to token.lower; pos is left kUnknown.
void Tokenize(std::string_view text, std::string_view lower, uint32_t begin, uint32_t end,
              std::vector<Token>* out);

// ASCII lower-casing, byte for byte (other bytes unchanged): the `lower` text Tokenize expects.
void LowerAscii(std::string_view text, std::string* out);

// True for the abbreviations that keep their final dot ("gen.", "u.s."), given lower case.
bool IsAbbreviation(std::string_view lower_with_dot);

}  // namespace dragoman

#endif  // DRAGOMAN_TEXT_TOKENIZER_H_
