// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// HTML reader: one web page in, one Article out: the decoded text of its title, standfirst, byline,
// captions and body paragraphs, with the metadata the page states (meta tags, JSON-LD, <time>).
//
// How (details in doc/ingestion.md):
//   1. Charset: byte-order mark, HTTP Content-Type, <meta charset>, else sniffed; decoded to UTF-8
//      (ingest/charset.h). libxml2's HTML parser then reads the page in recovery mode, as a stream of
//      SAX events into a compact element tree: no DOM, script and style content skipped, elements
//      nested deeper than max_depth folded into their ancestor, nothing recursive.
//   2. Text blocks: the text of each block-level element, white space collapsed, with its length,
//      link text length and the element that holds it. Elements that are hidden (hidden, aria-hidden,
//      display:none) give no text.
//   3. Main content: each element is scored by the prose below it (long, sentence-like, few links)
//      minus the noise below it (link lists, short fragments, and everything under elements whose
//      tag, role, class or id says navigation, footer, sidebar, related links, comments, share bars,
//      ads, cookie banners, newsletters, pop-ups); the best-scoring element is the article body. Its
//      blocks are kept as body paragraphs unless they are the headline, byline, a date, link-heavy,
//      a boilerplate line ("Advertisement", "Read more"), or a duplicate; figure captions go to
//      captions (once).
//   4. Metadata: title (JSON-LD headline, og:title, the <h1>, <title> without the site name), byline
//      (JSON-LD author, meta author, rel/itemprop/class author or byline elements), publication date
//      and time (JSON-LD datePublished, article:published_time and other meta tags, <time datetime>,
//      the URL, a date line near the title), site name, language, canonical URL, and a wire dateline
//      at the start of the body ("MOSCOW, Aug 4 (Reuters) -").
// Article::raw becomes the decoded text: title, subtitle, byline, date line, captions, body
// paragraphs and the dropped boilerplate (for inspection), each a block separated by a blank line;
// every part's span points into it.

#ifndef DRAGOMAN_INGEST_HTML_READER_H_
#define DRAGOMAN_INGEST_HTML_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dragoman/article.h"
#include "dragoman/status.h"

namespace dragoman {

struct HtmlReadOptions {
  // Pages larger than this (before decoding) are refused: ReadHtml returns kInvalidArgument.
  size_t max_bytes = 16u << 20;
  // Elements nested deeper than this are folded into their ancestor at this depth (their text is kept).
  int max_depth = 256;
  // More elements than this are folded into their parent (bounds memory on pathological pages).
  size_t max_elements = 1u << 20;
  // The HTTP Content-Type of the page, if known (its charset outranks the page's <meta>).
  std::string content_type;
  // YYYY-MM-DD: the crawl or publication context. It supplies the year of a date written without
  // one, and is the article's date (flagged inferred) when the page states none. May be empty.
  std::string known_date;
  // At most this many bytes of dropped boilerplate are kept in Article::raw for inspection.
  size_t max_dropped_bytes = 32u << 10;
  // When not null, a table of every text block and what became of it is appended (for debugging
  // the extractor: `dragoman extract --explain`).
  std::string* trace = nullptr;
};

// True if `bytes` starts like an HTML document: after white space, a byte-order mark and comments,
// "<!doctype html", "<html", "<head", "<body", "<meta", "<title", or "<?xml" followed by "<html"
// within the first 1 KB.
bool LooksLikeHtml(std::string_view bytes);

// Reads one HTML page into *article. Keeps article->id, url and source if already set (a page's
// canonical URL fills an empty url); sets raw, parts, format and every metadata field it finds.
// Returns kInvalidArgument (and leaves *article unspecified) if the page is empty, binary, larger
// than options.max_bytes, or has no text at all. Never throws; never recurses over the page's
// structure.
Status ReadHtml(std::string_view bytes, const HtmlReadOptions& options, Article* article);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_HTML_READER_H_
