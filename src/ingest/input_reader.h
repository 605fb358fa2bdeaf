// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// InputReader: the articles of a batch, one at a time, from files and standard input.
//   - a file ending in .jsonl, or standard input whose first non-blank byte is '{', holds one JSON
//     object per line: {"id", "text", "date" (YYYY-MM-DD), "title"?, "url"?, "source"?};
//   - any other file (or other standard input) is one plain-text article; its id is the file name.
// A record that cannot be used (unreadable file, bad JSON, missing "text", bad date) is reported
// through the error callback as "NAME:LINE: message" and skipped; reading goes on.

#ifndef DRAGOMAN_INGEST_INPUT_READER_H_
#define DRAGOMAN_INGEST_INPUT_READER_H_

#include <cstdio>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "dragoman/article.h"

namespace dragoman {

struct InputItem {
  Article article;
  std::string date;  // the known publication date for this article (record's "date" or --date)
};

class InputReader {
 public:
  using ErrorFn = std::function<void(const std::string& message)>;
  // `paths`: files; empty or "-" means standard input. `default_date`: --date, may be empty.
  InputReader(std::vector<std::string> paths, std::string default_date, ErrorFn on_error);
  ~InputReader();

  // The next article; false at the end of all inputs.
  bool Next(InputItem* item);
  size_t skipped() const { return skipped_; }

 private:
  bool OpenNext();
  void Error(const std::string& message);

  std::vector<std::string> paths_;
  std::string default_date_;
  ErrorFn on_error_;
  size_t next_path_ = 0;
  size_t skipped_ = 0;
  // The JSONL stream being read, if any.
  std::unique_ptr<std::istream> owned_stream_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_name_;
  size_t jsonl_line_ = 0;
  std::string pending_text_;  // plain-text standard input read while sniffing
};

// True if `date` is YYYY-MM-DD with a valid month and day.
bool IsIsoDate(const std::string& date);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_INPUT_READER_H_
