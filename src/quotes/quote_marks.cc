// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "quotes/quote_marks.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace dragoman {
namespace {

enum class MarkKind { kOpen, kClose, kEither };

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

// Opening, closing or either, from the characters around text[p] within [pb, pe).
MarkKind Classify(std::string_view text, uint32_t p, uint32_t pb, uint32_t pe) {
  const char prev = p > pb ? text[p - 1] : '\0';
  const char next = p + 1 < pe ? text[p + 1] : '\0';
  const bool left_open = prev == '\0' || IsSpace(prev) || std::strchr("([{-/\"'", prev) != nullptr;
  const bool right_closed = next == '\0' || IsSpace(next) || std::strchr(".,;:!?)]}-\"'", next) != nullptr;
  if (left_open && !right_closed) return MarkKind::kOpen;
  if (!left_open && right_closed) return MarkKind::kClose;
  return MarkKind::kEither;
}

// The original character behind normalised position p, as a small code: 'o' for ‘, 'c' for ’,
// 'a' for an ASCII apostrophe, '?' otherwise.
char SingleMarkSource(std::string_view raw, const NormalizedText* norm, uint32_t p) {
  if (norm == nullptr) return 'a';
  const uint32_t o = norm->OriginalOffset(p);
  if (o >= raw.size()) return '?';
  if (raw[o] == '\'') return 'a';
  if (o + 3 <= raw.size() && raw.compare(o, 3, "\xE2\x80\x98") == 0) return 'o';
  if (o + 3 <= raw.size() && raw.compare(o, 3, "\xE2\x80\x99") == 0) return 'c';
  return '?';
}

// Whether the original character behind the normalised double mark at p is the ASCII '"' (as
// opposed to a typographic mark: “ ” „ « » or ANSA's ''). Without a map every mark counts as ASCII.
bool AsciiDoubleMark(std::string_view raw, const NormalizedText* norm, uint32_t p) {
  if (norm == nullptr) return true;
  const uint32_t o = norm->OriginalOffset(p);
  return o < raw.size() && raw[o] == '"';
}

// The position of the first `c` at or after `from`, or text.size().
uint32_t NextOf(std::string_view text, char c, uint32_t from) {
  if (from >= text.size()) return static_cast<uint32_t>(text.size());
  const void* p = std::memchr(text.data() + from, c, text.size() - from);
  return p == nullptr ? static_cast<uint32_t>(text.size())
                      : static_cast<uint32_t>(static_cast<const char*>(p) - text.data());
}

struct Paragraph {
  uint32_t begin, end;
};

}  // namespace

std::vector<QuoteRegion> FindQuoteRegions(std::string_view text, std::string_view raw, const NormalizedText* norm) {
  std::vector<QuoteRegion> out;
  std::vector<Paragraph> paras;
  {
    uint32_t b = 0;
    const uint32_t n = static_cast<uint32_t>(text.size());
    while (b <= n) {
      size_t e = text.find("\n\n", b);
      if (e == std::string_view::npos) e = n;
      paras.push_back({b, static_cast<uint32_t>(e)});
      b = static_cast<uint32_t>(e) + 2;
    }
  }
  // The first double mark of a paragraph and its kind (kEither when there is none: npos).
  auto first_mark = [&](const Paragraph& p, uint32_t* at) -> bool {
    for (uint32_t k = p.begin; k < p.end; ++k) {
      if (text[k] == '"') {
        *at = k;
        return true;
      }
    }
    return false;
  };

  // The next " and ' at or after the scan position.
  uint32_t next_double = NextOf(text, '"', 0), next_single = NextOf(text, '\'', 0);
  int open_depth = 0;            // 0, 1 or 2
  uint32_t outer_open = 0;       // the outer quote's opening mark
  int outer_paragraphs = 1;
  bool skip_first_open = false;  // a continued quote's re-opening mark at the paragraph start
  for (size_t pi = 0; pi < paras.size(); ++pi) {
    const Paragraph& para = paras[pi];
    for (uint32_t k = para.begin; k < para.end; ++k) {
      // Only marks matter: jump to the next one (memchr is vectorised).
      if (next_double < k) next_double = NextOf(text, '"', k);
      if (next_single < k) next_single = NextOf(text, '\'', k);
      k = std::min(next_double, next_single);
      if (k >= para.end) break;
      const char c = text[k];
      if (c == '"') {
        const MarkKind kind = Classify(text, k, para.begin, para.end);
        if (skip_first_open) {
          skip_first_open = false;
          if (kind != MarkKind::kClose) continue;  // the re-opening mark of a continued quote
        }
        const bool opens = kind == MarkKind::kOpen || (kind == MarkKind::kEither && open_depth == 0);
        if (opens) {
          if (open_depth == 0) {
            outer_open = k;
            outer_paragraphs = 1;
          }
          if (open_depth < 2) ++open_depth;
        } else if (open_depth == 2) {
          open_depth = 1;
        } else if (open_depth == 1) {
          QuoteRegion r;
          r.open = outer_open;
          r.close = k;
          r.content_begin = outer_open + 1;
          r.content_end = k;
          r.closed = true;
          r.paragraphs = outer_paragraphs;
          out.push_back(r);
          open_depth = 0;
        }
        continue;
      }
      if (c != '\'' || open_depth > 0) continue;
      // Single quotes, top level only.
      const char src = SingleMarkSource(raw, norm, k);
      const char prev = k > para.begin ? text[k - 1] : '\0';
      const char next = k + 1 < para.end ? text[k + 1] : '\0';
      const bool left_open = prev == '\0' || IsSpace(prev) || prev == '(' || prev == '-';
      if (!(left_open && (src == 'o' || (src == 'a' && std::isalpha(static_cast<unsigned char>(next)))))) continue;
      if (next == '\0' || IsSpace(next)) continue;
      for (uint32_t q = k + 1; q < para.end; ++q) {
        if (text[q] == '"') break;
        if (text[q] != '\'') continue;
        const char s = SingleMarkSource(raw, norm, q);
        if (s == 'o') break;
        const char before = text[q - 1];
        const char after = q + 1 < para.end ? text[q + 1] : '\0';
        if (IsSpace(before) || IsWordByte(after)) continue;  // an apostrophe: rebels' / don't
        if (src == 'a' && s != 'a') continue;
        // A plural possessive ("the rebels' demands") closes nothing when a word follows it.
        if (after != '\0' && !IsSpace(after) && std::strchr(".,;:!?)-", after) == nullptr) continue;
        if (src == 'a' && (before == 's' || before == 'S') && after == ' ' && q + 2 < para.end &&
            std::islower(static_cast<unsigned char>(text[q + 2]))) {
          continue;
        }
        QuoteRegion r;
        r.open = k;
        r.close = q;
        r.content_begin = k + 1;
        r.content_end = q;
        r.closed = true;
        r.single = true;
        out.push_back(r);
        k = q;
        break;
      }
    }
    if (open_depth == 0) continue;
    // A quote open at the paragraph end.
    bool continues = false;
    if (pi + 1 < paras.size()) {
      const Paragraph& next = paras[pi + 1];
      uint32_t at = 0;
      if (first_mark(next, &at)) {
        const MarkKind kind = Classify(text, at, next.begin, next.end);
        // A paragraph that opens with a mark of another style than the open quote's ("…" then
        // “…”) starts a quote of its own: the open one was an excerpt left unclosed.
        const bool same_style = AsciiDoubleMark(raw, norm, at) == AsciiDoubleMark(raw, norm, outer_open);
        if (at == next.begin && kind != MarkKind::kClose && same_style) {
          continues = true;
          skip_first_open = true;
        } else if (kind == MarkKind::kClose) {
          continues = true;
        }
      }
    }
    if (continues) {
      open_depth = 1;
      ++outer_paragraphs;
      continue;
    }
    QuoteRegion r;
    r.open = outer_open;
    r.close = para.end;
    r.content_begin = outer_open + 1;
    r.content_end = para.end;
    r.closed = false;
    r.paragraphs = outer_paragraphs;
    out.push_back(r);
    open_depth = 0;
  }
  return out;
}

}  // namespace dragoman
