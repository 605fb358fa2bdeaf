// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/normalizer.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

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

bool IsReplaced(std::string_view ch) {
  for (const Replacement& r : kReplacements) {
    if (ch == r.utf8) return true;
  }
  return false;
}

}  // namespace

void NormalizedText::Append(std::string_view input, uint32_t begin, uint32_t end) {
  // Room for the part up front (the text rarely grows beyond its input), doubling so that many
  // small parts do not reallocate each time.
  const size_t want = text_.size() + (end - begin) + 2;
  if (text_.capacity() < want) {
    const size_t cap = std::max(want, 2 * text_.capacity());
    text_.reserve(cap);
    orig_begin_.reserve(cap);
    orig_end_.reserve(cap);
  }
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
  size_t nfc_checked_until = 0;  // input checked for NFC up to here
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
    // A run of non-ASCII characters that is not in NFC ("e" + combining acute) is composed; every byte
    // of the composed run maps to the whole input run.
    if (n > 1 && i >= nfc_checked_until) {
      size_t run_end = i;
      while (run_end < end && static_cast<unsigned char>(input[run_end]) >= 0x80) {
        size_t m = Utf8Length(input, run_end);
        if (m == 0 || IsReplaced(input.substr(run_end, m))) break;
        run_end += m;
      }
      nfc_checked_until = run_end;
      // A combining mark may follow an ASCII base letter: the run then starts at that letter.
      uint32_t run_begin = static_cast<uint32_t>(i);
      const bool ascii_base = text_.size() > start_size && orig_end_.back() == i &&
                              std::isalpha(static_cast<unsigned char>(text_.back()));
      if (ascii_base) run_begin = orig_begin_.back();
      std::string_view run = input.substr(run_begin, run_end - run_begin);
      UErrorCode status = U_ZERO_ERROR;
      const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
      if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(run, status) && U_SUCCESS(status)) {
        std::string composed;
        icu::StringByteSink<std::string> sink(&composed);
        nfc->normalizeUTF8(0, run, sink, nullptr, status);
        if (U_SUCCESS(status)) {
          if (ascii_base) {
            text_.pop_back();
            orig_begin_.pop_back();
            orig_end_.pop_back();
          } else {
            flush_space(run_begin);
          }
          for (char c : composed) Push(c, run_begin, static_cast<uint32_t>(run_end));
          i = run_end;
          continue;
        }
      }
    }
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
