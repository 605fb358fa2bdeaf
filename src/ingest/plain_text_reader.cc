// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/plain_text_reader.h"

#include "ingest/date_resolver.h"
#include "ingest/language_guess.h"

#include <cctype>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

namespace dragoman {
namespace {

struct Block {
  uint32_t begin;  // first non-blank byte
  uint32_t end;    // one past the last non-blank byte
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Paragraph blocks: runs of non-blank lines, trimmed.
std::vector<Block> SplitBlocks(std::string_view raw) {
  std::vector<Block> blocks;
  size_t i = 0;
  const size_t n = raw.size();
  while (i < n) {
    // Skip blank lines.
    size_t line = i;
    size_t eol = raw.find('\n', line);
    if (eol == std::string_view::npos) eol = n;
    bool blank = true;
    for (size_t k = line; k < eol; ++k) blank = blank && IsBlank(raw[k]);
    if (blank) {
      i = eol + 1;
      continue;
    }
    // A block runs until the next blank line.
    size_t end = eol;
    size_t next = eol + 1;
    while (next < n) {
      size_t e2 = raw.find('\n', next);
      if (e2 == std::string_view::npos) e2 = n;
      bool b2 = true;
      for (size_t k = next; k < e2; ++k) b2 = b2 && IsBlank(raw[k]);
      if (b2) break;
      end = e2;
      next = e2 + 1;
    }
    uint32_t b = static_cast<uint32_t>(line), e = static_cast<uint32_t>(end);
    while (b < e && IsBlank(raw[b])) ++b;
    while (e > b && IsBlank(raw[e - 1])) --e;
    blocks.push_back({b, e});
    i = next;
  }
  return blocks;
}

constexpr const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                   "july",    "august",   "september", "october", "november", "december"};

// Month number (1-12) of a month name or its 3-letter abbreviation ("Aug", "Aug."), else 0.
int MonthNumber(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kMonths[m];
    if (lower == name || (lower.size() == 3 && name.substr(0, 3) == lower) ||
        (lower == "sept" && m == 8)) {
      return m + 1;
    }
  }
  return 0;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsBlank(s[i]) || s[i] == ',')) ++i;
    size_t b = i;
    while (i < s.size() && !IsBlank(s[i]) && s[i] != ',') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsTime(std::string_view s) {  // 11:01
  size_t colon = s.find(':');
  return colon != std::string_view::npos && colon >= 1 && colon <= 2 && s.size() == colon + 3 &&
         AllDigits(s.substr(0, colon)) && AllDigits(s.substr(colon + 1));
}

struct DateLine {
  int year = 0, month = 0, day = 0;
  std::string time;
};

// Reads a block that is only a date: "04 August, 11:01", "August 4, 2017 11:01", "2017-08-04".
bool ParseDateLine(std::string_view text, DateLine* out) {
  // "By Staff Reporter | March 10, 2021": the part after the last bar.
  if (size_t bar = text.rfind('|'); bar != std::string_view::npos && bar + 1 < text.size()) {
    text.remove_prefix(bar + 1);
  }
  if (text.size() > 48) return false;
  std::vector<std::string_view> all = Words(text);
  std::vector<std::string_view> words;
  for (std::string_view w : all) {
    std::string lower(w);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "published" || lower == "updated" || lower == "posted" || lower == "on" || lower == "at" ||
        lower == "gmt" || lower == "utc" || lower == "cet" || lower == "est" || lower == "edt" ||
        lower == "bst" || lower == "-" || lower == "|" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93") {
      continue;
    }
    words.push_back(w);
  }
  if (words.empty() || words.size() > 5) return false;
  DateLine d;
  for (std::string_view w : words) {
    if (IsTime(w)) {
      d.time = std::string(w);
    } else if (int m = MonthNumber(w); m > 0 && d.month == 0) {
      d.month = m;
    } else if (AllDigits(w) && w.size() <= 2 && d.day == 0) {
      d.day = std::stoi(std::string(w));
    } else if (AllDigits(w) && w.size() == 4 && d.year == 0) {
      d.year = std::stoi(std::string(w));
    } else if (w.size() == 10 && w[4] == '-' && w[7] == '-' && AllDigits(w.substr(0, 4)) &&
               AllDigits(w.substr(5, 2)) && AllDigits(w.substr(8, 2))) {
      d.year = std::stoi(std::string(w.substr(0, 4)));
      d.month = std::stoi(std::string(w.substr(5, 2)));
      d.day = std::stoi(std::string(w.substr(8, 2)));
    } else if (w == "-" || w == "|") {
      continue;
    } else {
      return false;
    }
  }
  if (d.month == 0 || d.day < 1 || d.day > 31) return false;
  *out = d;
  return true;
}

bool ContainsCaseless(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k]) {
      ++k;
    }
    if (k == needle.size()) return true;
  }
  return false;
}

bool IsCopyright(std::string_view text) {
  return text.find("\xC2\xA9") != std::string_view::npos || ContainsCaseless(text, "copyright") ||
         ContainsCaseless(text, "all rights reserved");
}

bool EndsSentence(std::string_view text) {
  while (!text.empty() && (text.back() == '"' || text.back() == '\'' || text.back() == ')')) {
    text.remove_suffix(1);
  }
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?' ||
                           text.back() == ':');
}

// "X X": the same text printed twice, separated by white space. Returns the length of X, or 0.
size_t RepeatedHalf(std::string_view text) {
  if (text.size() < 20) return 0;
  size_t half = text.size() / 2;
  for (size_t cut = half - 1; cut <= half + 1 && cut < text.size(); ++cut) {
    if (!IsBlank(text[cut])) continue;
    std::string_view a = text.substr(0, cut);
    std::string_view b = text.substr(cut + 1);
    while (!b.empty() && IsBlank(b.front())) b.remove_prefix(1);
    if (a == b) return a.size();
  }
  return 0;
}

// Length of a leading dateline ("MOSCOW - ", "KYIV, March 3 (Reuters) - ") up to the start of the
// story, or 0; fills *dl.
size_t DatelineLength(std::string_view text, Dateline* dl) {
  return ParseDateline(text, dl) ? dl->length : 0;
}

}  // namespace

void ReadPlainText(const std::string& known_date, Article* article) {
  const std::string_view raw = article->raw;
  std::vector<Block> blocks = SplitBlocks(raw);
  auto text_of = [&](const Block& b) { return raw.substr(b.begin, b.end - b.begin); };
  auto add = [&](PartKind kind, uint32_t b, uint32_t e, std::string why = "") {
    article->parts.push_back({kind, {b, e}, std::move(why)});
  };

  // 1. The date line, if one of the first blocks is only a date.
  int date_block = -1;
  DateLine date_line;
  for (size_t i = 0; i < blocks.size() && i < 5; ++i) {
    if (ParseDateLine(text_of(blocks[i]), &date_line)) {
      date_block = static_cast<int>(i);
      break;
    }
  }
  // 2. The first body block: the first one with a dateline, else the first that reads as prose
  //    after the date line (or from the start when there is no date line).
  int body_start = -1;
  for (size_t i = 0; i < blocks.size(); ++i) {
    Dateline dl;
    if (DatelineLength(text_of(blocks[i]), &dl) > 0) {
      body_start = static_cast<int>(i);
      break;
    }
  }
  if (body_start < 0) body_start = date_block >= 0 ? date_block + 1 : 0;

  // 3. The end of the body: a copyright line; every block after it is footer.
  int copyright = -1;
  for (size_t i = static_cast<size_t>(body_start); i < blocks.size(); ++i) {
    if (IsCopyright(text_of(blocks[i]))) {
      copyright = static_cast<int>(i);
      break;
    }
  }
  // Without a copyright line, trailing short blocks that are not prose are footer.
  int body_end = copyright >= 0 ? copyright : static_cast<int>(blocks.size());
  if (copyright < 0) {
    while (body_end > body_start + 1) {
      std::string_view t = text_of(blocks[body_end - 1]);
      if (t.size() > 60 || EndsSentence(t)) break;
      --body_end;
    }
  }

  // Header blocks (before the body): title, subtitle, date line, captions.
  int header_count = 0;
  for (int i = 0; i < body_start && i < static_cast<int>(blocks.size()); ++i) {
    const Block& b = blocks[i];
    std::string_view t = text_of(b);
    if (i == date_block) {
      add(PartKind::kDateLine, b.begin, b.end);
      continue;
    }
    size_t half = RepeatedHalf(t);
    bool after_date = date_block >= 0 && i > date_block;
    if (half > 0 || after_date) {
      // A caption: once, the second copy dropped.
      uint32_t keep_end = half > 0 ? b.begin + static_cast<uint32_t>(half) : b.end;
      add(PartKind::kCaption, b.begin, keep_end);
      if (half > 0) {
        uint32_t second = keep_end;
        while (second < b.end && IsBlank(raw[second])) ++second;
        add(PartKind::kDropped, second, b.end, "duplicate caption");
      }
      continue;
    }
    if (header_count == 0) {
      add(PartKind::kTitle, b.begin, b.end);
      if (article->title.empty()) article->title = std::string(t);
    } else if (header_count == 1) {
      add(PartKind::kSubtitle, b.begin, b.end);
      article->subtitle = std::string(t);
    } else {
      add(PartKind::kBody, b.begin, b.end);
    }
    ++header_count;
  }
  Dateline dateline;
  bool has_dateline = false;
  for (int i = body_start; i < static_cast<int>(blocks.size()); ++i) {
    const Block& b = blocks[i];
    if (i == body_start) {
      if (DatelineLength(text_of(b), &dateline) > 0) {
        article->dateline_place = dateline.place;
        article->dateline_region = dateline.region;
        article->dateline_span = {b.begin, b.begin + static_cast<uint32_t>(dateline.text_length)};
        has_dateline = true;
      }
    }
    if (i < body_end) {
      add(PartKind::kBody, b.begin, b.end);
    } else {
      add(PartKind::kDropped, b.begin, b.end, i == copyright ? "copyright" : "footer");
    }
  }

  // The date: the date line's day and month, the year from the line or the caller's date.
  if (article->date.empty()) {
    int known_year = 0;
    if (known_date.size() >= 4) known_year = std::atoi(known_date.substr(0, 4).c_str());
    if (date_block >= 0) {
      int year = date_line.year != 0 ? date_line.year : known_year;
      if (year != 0) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, date_line.month, date_line.day);
        article->date = buf;
        article->date_inferred = date_line.year == 0;
      }
      article->time = date_line.time;
    } else if (has_dateline && dateline.month > 0) {
      // "MOSCOW, Aug 4 (Reuters) -": the story's own date; the year from the line or the context.
      std::optional<CivilDate> known = ParseIsoDate(known_date);
      int year = dateline.year != 0 ? dateline.year : known ? InferYear(dateline.month, dateline.day, *known) : 0;
      if (year != 0) {
        CivilDate d{year, dateline.month, std::min(dateline.day, DaysInMonth(year, dateline.month))};
        article->date = d.ToString();
        article->date_inferred = dateline.year == 0;
      }
    }
    if (article->date.empty() && !known_date.empty()) {
      article->date = known_date;
      article->date_inferred = true;
    }
  }
  if (article->language.empty()) article->language = GuessLanguage(raw.substr(0, 20000));
}

}  // namespace dragoman
