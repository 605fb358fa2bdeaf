// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// InputReader: the articles of a batch, one at a time, from files, directories, globs and standard
// input. The format of each input is read from its first bytes (after gunzipping a gzip file), the
// name only breaking ties:
//   - "WARC/1."                        → WARC records (ingest/warc_reader.h); each HTTP response
//                                        with an HTML body is one article, other records are passed over;
//   - '{' (or a .jsonl/.ndjson name)   → JSON Lines, one article per line:
//                                        {"id", "text" or "html", "date" (YYYY-MM-DD or an ISO
//                                        timestamp), "title"?, "url"?, "source"?, "content_type"?};
//   - an HTML start (<!doctype html>, <html>, <head>, ...; or a .html/.htm name) → one HTML page;
//   - anything else that is text       → one plain-text article (ingest/plain_text_reader.h).
// A directory stands for the regular files below it (recursively, in name order, hidden files left
// out); an argument that names no file but contains * ? or [ is a glob.
//
// Every article comes out with its parts read (title, captions, body, ...), ready for the Coder.
// An input or record that cannot be used is reported through the error callback as
// "NAME: reason", "NAME:LINE: reason" (JSONL) or "NAME: record N at byte B: reason" (WARC) and
// skipped; reading goes on with the next record or input. Memory is bounded by max_page_bytes per
// article: larger pages, lines and records are skipped without being held in memory.

#ifndef DRAGOMAN_INGEST_INPUT_READER_H_
#define DRAGOMAN_INGEST_INPUT_READER_H_

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dragoman/article.h"

namespace dragoman {

struct InputOptions {
  // --date: the publication (or crawl) date of inputs that carry none; YYYY-MM-DD or empty. A WARC
  // record's WARC-Date is used before it.
  std::string default_date;
  // Pages, plain-text files, JSONL lines and WARC records larger than this are skipped.
  size_t max_page_bytes = 16u << 20;
};

struct InputItem {
  Article article;
  std::string date;   // the known publication date for this article (record's "date", WARC-Date, or --date)
  size_t bytes = 0;   // input bytes the article was read from (the page, the line, the file)
};

class InputReader {
 public:
  using ErrorFn = std::function<void(const std::string& message)>;
  // `inputs`: files, directories, globs; empty or "-" means standard input.
  InputReader(std::vector<std::string> inputs, InputOptions options, ErrorFn on_error);
  // The same with default options and `default_date` as --date.
  InputReader(std::vector<std::string> inputs, std::string default_date, ErrorFn on_error);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // The next article; false at the end of all inputs.
  bool Next(InputItem* item);
  // Inputs and records reported and skipped so far.
  size_t skipped() const { return skipped_; }
  // WARC records passed over because they hold no HTML page (requests, metadata, images, redirects).
  size_t passed_over() const { return passed_over_; }

 private:
  class Source;
  class JsonlSource;
  class WarcSource;
  class SingleSource;

  bool OpenNext();
  void Error(const std::string& message);

  std::vector<std::string> inputs_;
  InputOptions options_;
  ErrorFn on_error_;
  size_t next_input_ = 0;
  std::vector<std::string> expanded_;  // files of the current directory or glob argument
  size_t next_expanded_ = 0;
  size_t skipped_ = 0;
  size_t passed_over_ = 0;
  std::unique_ptr<Source> source_;
};

// True if `date` is YYYY-MM-DD with a valid month and day.
bool IsIsoDate(const std::string& date);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_INPUT_READER_H_
