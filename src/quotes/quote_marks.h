// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// QuoteMarks: finds the direct-quote regions of an article's normalised text, before any sentence is
// analysed. The normaliser has already turned every double mark (" “ ” „ « » ‹ › and ANSA's '') into
// `"` and every single mark (‘ ’ ‚ ‛) into `'`; the raw text, reached through the offset map, still
// tells an opening ‘ from a closing ’ or an apostrophe.
//
// Rules:
//   - a mark preceded by white space, a paragraph start or an opening bracket and followed by a
//     non-space is an opening; one preceded by a non-space and followed by white space, punctuation or
//     the paragraph end is a closing; any other double mark closes when a quote is open and opens
//     otherwise (a curly mark's own direction decides first);
//   - double quotes nest one level (a quote inside a quote is part of the outer one);
//   - a quote still open at a paragraph end continues into the next paragraph when that paragraph
//     starts with an opening mark (the news convention), or when its first mark is a closing one
//     (ANSA's style: no mark at the start of the continued paragraph); otherwise it ends there;
//   - single quotes: ‘…’, and ASCII '…' only between word boundaries ('no' but not rebels' or '90s),
//     outside double quotes.
// Cost: one pass over the text.

#ifndef DRAGOMAN_QUOTES_QUOTE_MARKS_H_
#define DRAGOMAN_QUOTES_QUOTE_MARKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/normalizer.h"

namespace dragoman {

// One direct quote in normalised-text offsets.
struct QuoteRegion {
  uint32_t open = 0;           // the opening mark
  uint32_t close = 0;          // the closing mark, or the paragraph end of an unterminated quote
  uint32_t content_begin = 0;  // after the opening mark
  uint32_t content_end = 0;    // before the closing mark
  bool closed = false;         // ended by a closing mark
  bool single = false;         // ‘…’ or '…'
  int paragraphs = 1;          // how many paragraphs it spans
};

// The top-level quote regions of `text` (paragraphs separated by "\n\n"), in order. `raw` and `norm`
// (may be null) give the original characters behind each normalised mark.
std::vector<QuoteRegion> FindQuoteRegions(std::string_view text, std::string_view raw, const NormalizedText* norm);

}  // namespace dragoman

#endif  // DRAGOMAN_QUOTES_QUOTE_MARKS_H_
