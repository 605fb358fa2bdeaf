// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// TabariTextReader: TABARI's text input format.
//
//   record   := header text-line* blank-line
//   header   := DATE WS ID (WS more)?      DATE is YYMMDD (or YYYYMMDD when the file says so)
//   text     := any lines; "/* ... */" comments (which may span lines) are not part of the text
//
// Lines before the first header that do not look like one ('#' banners, blank lines) are ignored.
// A header whose date is not six or eight digits ("9501201") is still a record: the date is read
// from its first six digits and the record is reported. CRLF and Latin-1 bytes are handled as in
// the dictionary importers.

#ifndef DRAGOMAN_INGEST_TABARI_TEXT_READER_H_
#define DRAGOMAN_INGEST_TABARI_TEXT_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct TabariRecord {
  std::string date;      // as written ("950101", "20150607")
  std::string id;        // "DEMO-01"
  std::string header;    // the whole header line
  std::string text;      // the text lines joined by '\n', comments removed
  std::string comments;  // the text of the /* */ comments, joined by '\n'
  int line = 0;          // line of the header
};

// Parses TABARI text. Problems (a header with a malformed date) go to `errors` as "NAME:LINE: ...".
std::vector<TabariRecord> ParseTabariText(const std::string& name, std::string_view bytes,
                                          std::vector<std::string>* errors);

// Reads and parses a file. Fails only when it cannot be read.
Result<std::vector<TabariRecord>> ReadTabariText(const std::string& path, std::vector<std::string>* errors);

// The ISO date (YYYY-MM-DD) of a record date: eight digits as written, six digits with the century
// of ResolveYear(yy, reference_year) (lexicon/tabari_importer.h). Empty if not a date.
std::string TabariDateToIso(std::string_view date, int reference_year);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_TABARI_TEXT_READER_H_
