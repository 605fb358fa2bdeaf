// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Normalizer: rewrites a span of input bytes into the engine's normalised text and keeps, for every
// normalised byte, the offset of the input byte it came from.
//
// What it does (and nothing more):
//   - ANSA's doubled apostrophes '' and typographic quotes (“ ” „ « » ‹ ›) become ";
//     ‘ ’ ‚ become '; en and em dashes become -; NO-BREAK and other Unicode spaces become a space;
//     the ellipsis becomes "...";
//   - runs of white space inside a paragraph (including single hard-wrap newlines) become one space;
//     a blank line (two or more newlines) ends a paragraph: it becomes "\n\n";
//   - leading and trailing white space of the whole span is dropped;
//   - invalid UTF-8 bytes become '?' (one per byte), so the output is valid UTF-8 and maps 1:1;
//   - text not in Unicode NFC (decomposed accents, "e" + U+0301) is composed (ICU); every byte of a
//     composed run maps to the whole run of input bytes it came from.
// Every output byte maps to input bytes, so spans map back exactly:
//   original [OriginalOffset(b), OriginalEnd(e)) is the source of normalised [b, e).

#ifndef DRAGOMAN_TEXT_NORMALIZER_H_
#define DRAGOMAN_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dragoman {

class NormalizedText {
 public:
  NormalizedText() = default;

  // Appends the normalisation of input[begin, end) (offsets into `input`, which is the whole
  // original text). A paragraph break "\n\n" is inserted between two appended spans.
  void Append(std::string_view input, uint32_t begin, uint32_t end);

  const std::string& text() const { return text_; }

  // Offset in the original input of normalised byte `pos` (pos may equal text().size(): then the
  // end of the last mapped byte).
  uint32_t OriginalOffset(uint32_t pos) const;
  // One past the original byte(s) that produced normalised byte `pos - 1`: use for span ends.
  uint32_t OriginalEnd(uint32_t pos) const;

 private:
  void Push(char c, uint32_t orig_begin, uint32_t orig_end) {
    text_.push_back(c);
    orig_begin_.push_back(orig_begin);
    orig_end_.push_back(orig_end);
  }

  std::string text_;
  std::vector<uint32_t> orig_begin_;  // per normalised byte: first original byte
  std::vector<uint32_t> orig_end_;    // per normalised byte: one past its last original byte
};

}  // namespace dragoman

#endif  // DRAGOMAN_TEXT_NORMALIZER_H_
