// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Article: one news story as read from its input, with every part located in the input bytes.

#ifndef DRAGOMAN_ARTICLE_H_
#define DRAGOMAN_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dragoman {

// A byte range [begin, end) in Article::raw.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

// What a span of the raw text is.
enum class PartKind {
  kTitle,
  kSubtitle,
  kDateLine,  // "04 August, 11:01"
  kCaption,   // a photo caption (kept once even when printed twice)
  kBody,      // a body paragraph
  kDropped,   // boilerplate: copyright, footer, site menus, the second copy of a caption
};

struct ArticlePart {
  PartKind kind = PartKind::kBody;
  Span span;
  std::string why;  // for kDropped: the rule that dropped it ("copyright", "footer", "duplicate")
};

struct Article {
  // Caller-supplied metadata (from JSONL fields or command-line options).
  std::string id;      // input "id", or the file name
  std::string url;
  std::string source;  // outlet / site name
  std::string raw;     // the input text, exactly as given: every span points into it

  // Found by the reader (or supplied: a supplied title wins).
  std::string title;
  std::string subtitle;
  std::string date;  // YYYY-MM-DD, or empty when unknown
  bool date_inferred = false;  // the year (or the whole date) did not come from the text
  std::string time;            // HH:MM, or empty
  std::string dateline_place;  // "MOSCOW", or empty
  Span dateline_span;          // the dateline text ("MOSCOW -") in raw

  std::vector<ArticlePart> parts;  // in input order
};

}  // namespace dragoman

#endif  // DRAGOMAN_ARTICLE_H_
