// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Plain-text story reader: finds the parts of a scraped or wire story in Article::raw.
//
// Shapes it reads (see tests/ingest/plain_text_reader_test.cc for examples):
//   - scraped stories: a title line, a sub-headline line, a date line ("04 August, 11:01",
//     "August 4, 2017", "2017-08-04 11:01"), a photo caption (often printed twice on one line),
//     body paragraphs, then a copyright line and site footer lines;
//   - wire stories: the first paragraph opens with a dateline ("MOSCOW - ", "KYIV, March 3 (Reuters) - ",
//     "TREVISO, Italy, March 2 - "; see ParseDateline in ingest/date_resolver.h);
//   - anything else: every paragraph is body.
// Paragraphs are separated by blank lines; a single newline is a hard wrap inside a paragraph.

#ifndef DRAGOMAN_INGEST_PLAIN_TEXT_READER_H_
#define DRAGOMAN_INGEST_PLAIN_TEXT_READER_H_

#include <string>

#include "dragoman/article.h"

namespace dragoman {

// Fills article->parts, and title, subtitle, date, time, the dateline (place, region, and its date
// when the story has no date line: "MOSCOW, Aug 4 (Reuters) -") and a guessed language where the
// text has them.
// `known_date` (YYYY-MM-DD or empty) is the publication date given by the caller: it supplies the
// year of a date line without one; with no date line it is the article's date. A title or date
// already set on the article is kept. Never fails: text it cannot place is body.
void ReadPlainText(const std::string& known_date, Article* article);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_PLAIN_TEXT_READER_H_
