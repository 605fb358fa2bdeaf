// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Article: one news story as read from its input, with every part located in the input text.
//
// Article::raw is the article's text: for a plain-text input, the bytes exactly as given; for an HTML
// page (or a WARC response record), the text the HTML reader decoded from the page (UTF-8, entities
// resolved, one block per paragraph, blocks separated by blank lines). Every Span, in the parts and
// in the dateline, points into raw; nothing points into the HTML.

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
  kBody,      // a body paragraph (an inline sub-heading of the body is a body paragraph too)
  kDropped,   // boilerplate: copyright, footer, site menus, the second copy of a caption
  kByline,    // "By Jane Doe and John Roe"
};

struct ArticlePart {
  PartKind kind = PartKind::kBody;
  Span span;
  std::string why;  // for kDropped: the rule that dropped it ("copyright", "footer", "duplicate caption", ...)
};

// The input format an article was read from.
enum class ArticleFormat { kPlainText, kHtml };

struct Article {
  // Caller-supplied metadata (from JSONL fields, WARC headers or command-line options).
  std::string id;      // input "id", the file name, or the WARC record id
  std::string url;     // input "url", WARC-Target-URI, or the page's canonical URL
  std::string source;  // input "source": the outlet as the caller names it
  std::string raw;     // the article text: every span points into it (see the file comment)

  // Found by the reader (or supplied: a supplied title wins).
  std::string title;
  std::string subtitle;  // sub-headline / standfirst
  std::string byline;    // "Jane Doe, John Roe" (without "By"), or empty
  std::string site;      // the site's own name ("The Guardian"), or the URL's host, or empty
  std::string language;  // BCP 47 tag as declared ("en", "en-GB"), or a guess from the text, or empty
  std::string date;      // YYYY-MM-DD, or empty when unknown
  bool date_inferred = false;  // the year (or the whole date) did not come from the article
  std::string time;            // HH:MM, or empty
  std::string date_time;       // the full timestamp as published ("2017-08-04T11:01:00+02:00"), or empty
  std::string dateline_place;  // "MOSCOW", or empty
  std::string dateline_region; // "Italy" in "TREVISO, Italy, March 2 -", or empty
  Span dateline_span;          // the dateline text ("MOSCOW -") in raw

  std::vector<ArticlePart> parts;  // in text order

  // Where the article came from, for messages: "feed.warc.gz: record 12 at byte 48213".
  std::string origin;
  ArticleFormat format = ArticleFormat::kPlainText;
};

}  // namespace dragoman

#endif  // DRAGOMAN_ARTICLE_H_
