// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// SentenceSplitter: ICU's English sentence break rules, with breaks suppressed after the titles and
// abbreviations of news text ("Gen.", "Lt. Col.", "U.S.", "St."), and never across a paragraph break.

#ifndef DRAGOMAN_TEXT_SENTENCE_SPLITTER_H_
#define DRAGOMAN_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct SentenceBounds {
  uint32_t begin;  // byte offsets into the text given to Split
  uint32_t end;    // trailing white space excluded
};

class SentenceSplitter {
 public:
  // Builds the ICU iterator; fails only if ICU's data is missing.
  static Result<std::unique_ptr<SentenceSplitter>> Create();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Appends the sentences of `text` (normalised UTF-8; "\n\n" separates paragraphs) to `out`.
  // Not thread-safe: use one SentenceSplitter per thread.
  void Split(std::string_view text, std::vector<SentenceBounds>* out);

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_TEXT_SENTENCE_SPLITTER_H_
