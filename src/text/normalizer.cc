// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/normalizer.h"

#include <cstring>

namespace dragoman {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
size_t Utf8Length(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return n;
}

struct Replacement {
  const char* utf8;
  const char* ascii;
};

// Multi-byte characters rewritten to ASCII. "\x01" stands for white space.
constexpr Replacement kReplacements[] = {
    {"\u201C", "\""}, {"\u201D", "\""}, {"\u201E", "\""}, {"\u201F", "\""}, {"\u00AB", "\""},
    {"\u00BB", "\""}, {"\u2039", "\""}, {"\u203A", "\""}, {"\u2018", "'"},  {"\u2019", "'"},
    {"\u201A", "'"},  {"\u201B", "'"},  {"\u2032", "'"},  {"\u2013", "-"},  {"\u2014", "-"},
    {"\u2012", "-"},  {"\u2015", "-"},  {"\u2212", "-"},  {"\u2026", "..."}, {"\u00A0", "\x01"},
    {"\u2002", "\x01"}, {"\u2003", "\x01"}, {"\u2009", "\x01"}, {"\u200A", "\x01"},
    {"\u202F", "\x01"}, {"\u3000", "\x01"}, {"\u200B", ""},  {"\uFEFF", ""},
};

}  // namespace

void NormalizedText::Push(char c, uint32_t orig_begin, uint32_t orig_end) {
  text_.push_back(c);
  orig_begin_.push_back(orig_begin);
  orig_end_.push_back(orig_end);
}

void NormalizedText::Append(std::string_view input, uint32_t begin, uint32_t end) {
  if (!text_.empty()) {
    Push('\n', begin, begin);
    Push('\n', begin, begin);
  }
  const size_t start_size = text_.size();
  int pending_newlines = -1;  // -1: no pending white space; else newlines seen in the run
  uint32_t ws_begin = begin;
  auto flush_space = [&](uint32_t at) {
    if (pending_newlines < 0) return;
    if (text_.size() > start_size) {
      if (pending_newlines >= 2) {
        Push('\n', ws_begin, at);
        Push('\n', ws_begin, at);
      } else {
        Push(' ', ws_begin, at);
      }
    }
    pending_newlines = -1;
  };
  auto note_space = [&](uint32_t at, bool newline) {
    if (pending_newlines < 0) {
      pending_newlines = 0;
      ws_begin = at;
    }
    if (newline) ++pending_newlines;
  };

  size_t i = begin;
  while (i < end) {
    unsigned char c = input[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      note_space(i, false);
      ++i;
      continue;
    }
    if (c == '\n') {
      note_space(i, true);
      ++i;
      continue;
    }
    if (c == '\'' && i + 1 < end && input[i + 1] == '\'') {  // ANSA's ''quote''
      flush_space(i);
      Push('"', i, i + 2);
      i += 2;
      continue;
    }
    if (c < 0x80) {
      flush_space(i);
      Push(c < 0x20 ? ' ' : static_cast<char>(c), i, i + 1);
      ++i;
      continue;
    }
    size_t n = Utf8Length(input, i);
    if (n == 0) {
      flush_space(i);
      Push('?', i, i + 1);
      ++i;
      continue;
    }
    std::string_view ch = input.substr(i, n);
    const Replacement* rep = nullptr;
    for (const Replacement& r : kReplacements) {
      if (ch == r.utf8) {
        rep = &r;
        break;
      }
    }
    if (rep != nullptr && std::strcmp(rep->ascii, "\x01") == 0) {
      note_space(i, false);
    } else if (rep != nullptr) {
      const size_t len = std::strlen(rep->ascii);
      if (len > 0) flush_space(i);
      for (size_t k = 0; k < len; ++k) Push(rep->ascii[k], i, i + n);
    } else {
      flush_space(i);
      for (size_t k = 0; k < n; ++k) Push(input[i + k], i + k, i + k + 1);
    }
    i += n;
  }
}

uint32_t NormalizedText::OriginalOffset(uint32_t pos) const {
  if (pos < orig_begin_.size()) return orig_begin_[pos];
  return orig_end_.empty() ? 0 : orig_end_.back();
}

uint32_t NormalizedText::OriginalEnd(uint32_t pos) const {
  if (pos == 0) return orig_begin_.empty() ? 0 : orig_begin_[0];
  return orig_end_[pos - 1];
}

}  // namespace dragoman
