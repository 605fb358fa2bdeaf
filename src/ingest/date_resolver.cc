// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/date_resolver.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace dragoman {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (!IsDigit(c) || v > 100000) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

constexpr const char* kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
constexpr const char* kWeekdayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// 0..6 for a weekday name or 3-letter abbreviation ("Mon", "Tues", "Thurs"), else -1.
int WeekdayFromName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return -1;
  std::string lower = LowerCopy(word);
  for (int d = 0; d < 7; ++d) {
    std::string_view name = kWeekdayNames[d];
    if (lower == name || lower == name.substr(0, 3)) return d;
    if ((d == 1 && lower == "tues") || (d == 3 && (lower == "thur" || lower == "thurs"))) return d;
  }
  return -1;
}

// Words that may surround a date in a date line and say nothing about it.
bool IsDateNoise(std::string_view lower) {
  static constexpr const char* kNoise[] = {
      "published", "updated",  "posted", "last", "modified", "on",   "at",   "date", "first", "created",
      "gmt",       "utc",      "bst",    "cet",  "cest",     "est",  "edt",  "pst",  "pdt",   "cst",
      "cdt",       "mst",      "mdt",    "et",   "pt",       "ct",   "ist",  "aest", "aedt",  "jst",
      "z",         "msk",      "eet",    "eest", "hkt",      "sgt",  "wib",  "sast", "wat",   "eat",
      "-",         "|",        "\xE2\x80\x94",   "\xE2\x80\x93", "\xC2\xB7", "/", "time", "of", "the"};
  for (const char* n : kNoise) {
    if (lower == n) return true;
  }
  // "+0200", "+02:00", "-05:00"
  if (lower.size() >= 5 && (lower[0] == '+' || lower[0] == '-') && IsDigit(lower[1])) return true;
  if (lower.size() >= 4 && lower.compare(0, 3, "gmt") == 0) return true;  // "GMT+2"
  if (lower.size() >= 4 && lower.compare(0, 3, "utc") == 0) return true;
  return false;
}

// "HH:MM", "HH:MM:SS", "H:MM" (and "HH.MM" when allow_dot). Sets hour and minute.
bool ParseClock(std::string_view s, bool allow_dot, int* hour, int* minute) {
  size_t sep = s.find(':');
  if (sep == std::string_view::npos && allow_dot) sep = s.find('.');
  if (sep == std::string_view::npos || sep == 0 || sep > 2) return false;
  std::string_view h = s.substr(0, sep), rest = s.substr(sep + 1);
  if (rest.size() < 2 || !AllDigits(h) || !AllDigits(rest.substr(0, 2))) return false;
  std::string_view tail = rest.substr(2);
  if (!tail.empty()) {
    if (tail[0] != ':' || tail.size() < 3 || !AllDigits(tail.substr(1, 2))) return false;
    tail.remove_prefix(3);
    if (!tail.empty() && tail[0] == '.') {  // fractional seconds
      tail.remove_prefix(1);
      while (!tail.empty() && IsDigit(tail[0])) tail.remove_prefix(1);
    }
    if (!tail.empty()) return false;
  }
  int hh = ToInt(h), mm = ToInt(rest.substr(0, 2));
  if (hh < 0 || hh > 24 || mm < 0 || mm > 59) return false;
  *hour = hh;
  *minute = mm;
  return true;
}

// Day number with an optional ordinal suffix ("4", "04", "4th", "21st"), 1..31, else 0.
int DayNumber(std::string_view s) {
  if (s.size() > 2) {
    std::string suffix = LowerCopy(s.substr(s.size() - 2));
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") s.remove_suffix(2);
  }
  if (s.empty() || s.size() > 2 || !AllDigits(s)) return 0;
  int d = ToInt(s);
  return d >= 1 && d <= 31 ? d : 0;
}

// ISO 8601 date with optional time and zone, at the start of s. Returns bytes consumed, 0 if none.
size_t ParseIsoPrefix(std::string_view s, DateTime* out) {
  // YYYY-MM-DD or YYYY/MM/DD (also one-digit month/day).
  size_t i = 0;
  if (s.size() < 8 || !AllDigits(s.substr(0, 4))) return 0;
  char sep = s[4];
  if (sep != '-' && sep != '/' && sep != '.') return 0;
  i = 5;
  size_t m0 = i;
  while (i < s.size() && IsDigit(s[i]) && i - m0 < 2) ++i;
  if (i == m0 || i >= s.size() || s[i] != sep) return 0;
  int month = ToInt(s.substr(m0, i - m0));
  ++i;
  size_t d0 = i;
  while (i < s.size() && IsDigit(s[i]) && i - d0 < 2) ++i;
  if (i == d0 || (i < s.size() && IsDigit(s[i]))) return 0;
  int day = ToInt(s.substr(d0, i - d0));
  CivilDate d{ToInt(s.substr(0, 4)), month, day};
  if (!d.valid()) return 0;
  out->date = d;
  out->has_year = true;
  // Time: "T11:01:00", " 11:01".
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ') && i + 3 < s.size() && IsDigit(s[i + 1])) {
    size_t t0 = i + 1, t = t0;
    while (t < s.size() && (IsDigit(s[t]) || s[t] == ':' || s[t] == '.')) ++t;
    int h, m;
    if (ParseClock(s.substr(t0, t - t0), false, &h, &m)) {
      out->hour = h;
      out->minute = m;
      i = t;
      // Zone: Z, +hh:mm, +hhmm, -hh.
      if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
      } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        size_t z = i + 1;
        while (z < s.size() && (IsDigit(s[z]) || s[z] == ':') && z - i <= 6) ++z;
        if (z > i + 2) i = z;
      }
    }
  }
  return i;
}

// Splits a date line into words: white space and commas separate; a trailing comma is dropped.
std::vector<std::string_view> DateWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsSpace(s[i]) || s[i] == ',')) ++i;
    size_t b = i;
    while (i < s.size() && !IsSpace(s[i]) && s[i] != ',') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

}  // namespace

bool CivilDate::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

std::string CivilDate::ToString() const {
  if (!valid()) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(const CivilDate& d) {
  int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int Weekday(const CivilDate& d) {
  int64_t days = DaysFromCivil(d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!AllDigits(text.substr(0, 4)) || !AllDigits(text.substr(5, 2)) || !AllDigits(text.substr(8, 2))) {
    return std::nullopt;
  }
  CivilDate d{ToInt(text.substr(0, 4)), ToInt(text.substr(5, 2)), ToInt(text.substr(8, 2))};
  if (!d.valid()) return std::nullopt;
  return d;
}

int MonthFromName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > 9) return 0;
  std::string lower = LowerCopy(word);
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kMonthNames[m];
    if (lower == name || (lower.size() == 3 && name.substr(0, 3) == lower) || (lower == "sept" && m == 8)) {
      return m + 1;
    }
  }
  return 0;
}

int InferYear(int month, int day, const CivilDate& context) {
  if (!context.valid()) return 0;
  const int64_t anchor = DaysFromCivil(context);
  int best = 0;
  int64_t best_dist = 0;
  for (int y = context.year - 1; y <= context.year + 1; ++y) {
    CivilDate d{y, month, std::min(day, DaysInMonth(y, month))};
    if (!d.valid()) continue;
    int64_t dist = std::llabs(DaysFromCivil(d) - anchor);
    if (best == 0 || dist < best_dist) {
      best = y;
      best_dist = dist;
    }
  }
  return best;
}

std::string DateTime::ToTime() const {
  if (hour < 0 || minute < 0) return "";
  char buf[24];
  std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  return buf;
}

std::optional<DateTime> ParseDateTime(std::string_view text, bool allow_compact) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  if (text.empty() || text.size() > 100) return std::nullopt;
  DateTime dt;
  // ISO 8601 first (possibly followed by noise).
  if (size_t n = ParseIsoPrefix(text, &dt); n > 0) {
    for (std::string_view w : DateWords(text.substr(n))) {
      if (!IsDateNoise(LowerCopy(w))) return std::nullopt;
    }
    return dt;
  }
  if (allow_compact && text.size() >= 8 && AllDigits(text.substr(0, 8)) &&
      (text.size() == 8 || !IsDigit(text[8]))) {
    CivilDate d{ToInt(text.substr(0, 4)), ToInt(text.substr(4, 2)), ToInt(text.substr(6, 2))};
    if (d.valid() && text.size() == 8) {
      dt.date = d;
      dt.has_year = true;
      return dt;
    }
  }
  // "By Staff Reporter | March 10, 2021": the part after the last bar.
  if (size_t bar = text.rfind('|'); bar != std::string_view::npos && bar + 1 < text.size()) {
    std::optional<DateTime> tail = ParseDateTime(text.substr(bar + 1), allow_compact);
    if (tail) return tail;
  }
  int year = 0, month = 0, day = 0, hour = -1, minute = -1;
  bool pm = false, am = false;
  std::vector<std::string_view> words = DateWords(text);
  if (words.empty() || words.size() > 9) return std::nullopt;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    if (w.size() > 1 && w.back() == ':' && IsAlpha(w[w.size() - 2])) w.remove_suffix(1);  // "Updated:"
    std::string lower = LowerCopy(w);
    if (lower == "pm" || lower == "p.m." || lower == "p.m") {
      pm = true;
      continue;
    }
    if (lower == "am" || lower == "a.m." || lower == "a.m") {
      am = true;
      continue;
    }
    // "3:46PM", "11:01am"
    if (lower.size() > 2 && (lower.ends_with("pm") || lower.ends_with("am")) && IsDigit(lower[0])) {
      int h, m;
      if (ParseClock(std::string_view(lower).substr(0, lower.size() - 2), true, &h, &m) && hour < 0) {
        hour = h;
        minute = m;
        (lower.ends_with("pm") ? pm : am) = true;
        continue;
      }
    }
    if (int m = MonthFromName(w); m > 0 && month == 0) {
      month = m;
      continue;
    }
    if (WeekdayFromName(w) >= 0) continue;
    // US numeric "08/04/2017" (month first) or European "04.08.2017".
    if (w.size() >= 8 && w.size() <= 10 && (w.find('/') != std::string_view::npos || w.find('.') != std::string_view::npos)) {
      char sep = w.find('/') != std::string_view::npos ? '/' : '.';
      size_t a = w.find(sep), b = w.find(sep, a + 1);
      if (a != std::string_view::npos && b != std::string_view::npos) {
        int x = ToInt(w.substr(0, a)), y = ToInt(w.substr(a + 1, b - a - 1)), z = ToInt(w.substr(b + 1));
        if (x > 0 && y > 0 && z >= 1000 && month == 0 && day == 0) {
          bool day_first = sep == '.' || x > 12;
          month = day_first ? y : x;
          day = day_first ? x : y;
          year = z;
          continue;
        }
      }
    }
    int h, m;
    if (hour < 0 && ParseClock(w, month > 0 && day > 0, &h, &m)) {
      hour = h;
      minute = m;
      continue;
    }
    if (int d = DayNumber(w); d > 0 && day == 0 && !(AllDigits(w) && w.size() == 4)) {
      day = d;
      continue;
    }
    if (AllDigits(w) && w.size() == 4 && year == 0) {
      year = ToInt(w);
      continue;
    }
    if (IsDateNoise(lower)) continue;
    return std::nullopt;
  }
  if (month == 0 || day == 0) return std::nullopt;
  if (hour >= 0) {
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
  }
  dt.has_year = year != 0;
  dt.date = CivilDate{year, month, day};
  if (dt.has_year ? !dt.date.valid() : day > DaysInMonth(2000, month)) return std::nullopt;
  if (year != 0 && (year < 1900 || year > 2200)) return std::nullopt;
  dt.hour = hour;
  dt.minute = minute;
  return dt;
}

namespace {

// A place word of a dateline: capitals (ASCII or not), digits, and . ' - / &; no ASCII lower case.
bool IsCapsWord(std::string_view w) {
  if (w.empty() || w.size() > 24) return false;
  int upper = 0;
  for (char c : w) {
    if (IsLower(c)) return false;
    if (IsUpper(c)) {
      ++upper;
    } else if (!(static_cast<unsigned char>(c) >= 0x80 || c == '.' || c == '\'' || c == '-' || c == '/' ||
                 c == '&')) {
      return false;
    }
  }
  return upper >= 1 || static_cast<unsigned char>(w[0]) >= 0x80;
}

// A region of a dateline: "Italy", "Pa.", "MICH.", "N.Y.", "New South Wales": at most 4 words, each
// starting with a capital.
bool IsRegion(std::string_view s) {
  std::vector<std::string_view> words = DateWords(s);
  if (words.empty() || words.size() > 4 || s.size() > 32) return false;
  for (std::string_view w : words) {
    if (!(IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80)) {
      if (!(w == "of" || w == "de" || w == "del" || w == "la")) return false;
    }
    for (char c : w) {
      if (!(IsAlpha(c) || c == '.' || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80)) return false;
    }
  }
  return true;
}

// "Feb 26", "March  2", "2 March", "Aug. 4", "August 4, 2017" as one comma-free piece (the year may be
// the next piece). Sets month and day.
bool IsDatelineDate(std::string_view s, int* month, int* day) {
  std::vector<std::string_view> words = DateWords(s);
  if (words.size() != 2) return false;
  int m = MonthFromName(words[0]), d = DayNumber(words[1]);
  if (m == 0 || d == 0) {
    m = MonthFromName(words[1]);
    d = DayNumber(words[0]);
  }
  if (m == 0 || d == 0 || d > DaysInMonth(2000, m)) return false;
  *month = m;
  *day = d;
  return true;
}

// "Va. Feb 26": a region followed by a date in one comma-free piece. Appends the region to *region.
bool SplitRegionDate(std::string_view piece, std::string* region, int* month, int* day) {
  std::vector<std::string_view> words = DateWords(piece);
  if (words.size() < 3 || words.size() > 5) return false;
  const std::string_view date(words[words.size() - 2].data(),
                              static_cast<size_t>(words.back().data() + words.back().size() - words[words.size() - 2].data()));
  const std::string_view reg(piece.data(), static_cast<size_t>(words[words.size() - 2].data() - piece.data()));
  if (!IsDatelineDate(date, month, day) || !IsRegion(reg)) return false;
  std::string_view r = reg;
  while (!r.empty() && IsSpace(r.back())) r.remove_suffix(1);
  if (!region->empty()) *region += ", ";
  *region += std::string(r);
  return true;
}

// "Narch 2": a capitalised word and a day number where a date belongs, the month misspelt.
bool IsMisspeltDate(std::string_view s) {
  std::vector<std::string_view> words = DateWords(s);
  return words.size() == 2 && IsAlpha(words[0][0]) && words[0].size() <= 9 && DayNumber(words[1]) > 0;
}

// Length of the dash at s[i] ("-", "--", en or em dash), or 0.
size_t DashAt(std::string_view s, size_t i) {
  if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) return 3;
  size_t j = i;
  while (j < s.size() && s[j] == '-' && j - i < 3) ++j;
  return j - i;
}

}  // namespace

// A place word in title case ("Toronto", "Winnipeg"): a capital, then letters, dots, apostrophes.
bool IsTitleWord(std::string_view w) {
  if (w.size() < 2 || w.size() > 24 || !(IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80)) return false;
  for (char c : w) {
    if (!(IsAlpha(c) || c == '.' || c == '\'' || c == '-' || static_cast<unsigned char>(c) >= 0x80)) return false;
  }
  return true;
}

bool ParseDateline(std::string_view text, Dateline* out) {
  // Most paragraphs have no dash near their start, and a dateline needs one (after a place of at
  // most 48 bytes, within 90 more): refuse those without reading words.
  const std::string_view head = text.substr(0, 48 + 90 + 3);
  if (head.find('-') == std::string_view::npos && head.find("\xE2\x80\x93") == std::string_view::npos &&
      head.find("\xE2\x80\x94") == std::string_view::npos) {
    return false;
  }
  // The place: up to 4 words in capitals ("MOSCOW", "RIO DE JANEIRO"), or in title case ("Toronto")
  // when a date or an agency follows.
  size_t i = 0;
  size_t place_end = 0;
  int words = 0, upper = 0;
  bool all_caps = true;
  while (i < text.size() && words < 4) {
    size_t b = i;
    while (i < text.size() && !IsSpace(text[i]) && text[i] != ',' && text[i] != '(') ++i;
    std::string_view w = text.substr(b, i - b);
    // A word ending in a dash ("MOSCOW-") is the place followed by the dash.
    std::string_view core = w;
    while (!core.empty() && core.back() == '-') core.remove_suffix(1);
    const bool caps = !core.empty() && IsCapsWord(core);
    const bool title = !caps && !core.empty() && IsTitleWord(core) && (words == 0 || !all_caps);
    if (!caps && !title) {
      i = b;
      break;
    }
    if (title) all_caps = false;
    for (char c : core) upper += IsUpper(c) ? 1 : 0;
    ++words;
    place_end = b + core.size();
    if (core.size() != w.size()) {
      i = place_end;
      break;
    }
    if (i < text.size() && text[i] == ' ' && i + 1 < text.size() && !IsSpace(text[i + 1])) {
      ++i;  // one space between place words
      continue;
    }
    break;
  }
  if (words == 0 || (all_caps && upper < 2) || place_end > 48) return false;
  Dateline d;
  d.place = std::string(text.substr(0, place_end));
  // Strip a trailing "/" from "MOSCOW/".
  while (!d.place.empty() && (d.place.back() == '/' || d.place.back() == '-')) d.place.pop_back();
  i = place_end;
  // The dash ends the dateline; it must come within 90 bytes.
  size_t dash = std::string_view::npos, dash_len = 0;
  for (size_t k = i; k < text.size() && k < place_end + 90; ++k) {
    if (text[k] == '\n' && k + 1 < text.size() && text[k + 1] == '\n') break;
    size_t n = DashAt(text, k);
    if (n == 0) continue;
    const bool ascii = text[k] == '-';
    const bool before_ok = k == 0 || IsSpace(text[k - 1]) || text[k - 1] == ')' || IsDigit(text[k - 1]) ||
                           IsUpper(text[k - 1]) || text[k - 1] == '.';
    // After the dash: a space, the end, or (after " -") the story's first letter ("NEW YORK, March 2 -The").
    const bool after_ok = k + n >= text.size() || IsSpace(text[k + n]) || !ascii ||
                          (k > 0 && IsSpace(text[k - 1]) && (IsUpper(text[k + n]) || text[k + n] == '"'));
    if (before_ok && after_ok) {
      dash = k;
      dash_len = n;
      break;
    }
    k += n - 1;
  }
  if (dash == std::string_view::npos) return false;
  // Between the place and the dash: [, REGION]* [, DATE [, YEAR]] [(AGENCY)].
  std::string_view middle = text.substr(i, dash - i);
  while (!middle.empty() && IsSpace(middle.back())) middle.remove_suffix(1);
  if (!middle.empty() && middle.back() == ')') {
    size_t open = middle.rfind('(');
    if (open == std::string_view::npos || middle.size() - open > 32) return false;
    d.agency = std::string(middle.substr(open + 1, middle.size() - open - 2));
    if (d.agency.empty()) return false;
    for (char c : d.agency) {
      if (!(IsAlpha(c) || c == ' ' || c == '-' || c == '.' || c == '&' || c == '/')) return false;
    }
    middle = middle.substr(0, open);
    while (!middle.empty() && IsSpace(middle.back())) middle.remove_suffix(1);
  }
  while (!middle.empty() && IsSpace(middle.front())) middle.remove_prefix(1);
  if (!middle.empty()) {
    if (middle.front() != ',') return false;
    middle.remove_prefix(1);
    int regions = 0;
    bool have_date = false;
    size_t start = 0;
    while (start <= middle.size()) {
      size_t comma = middle.find(',', start);
      if (comma == std::string_view::npos) comma = middle.size();
      std::string_view piece = middle.substr(start, comma - start);
      while (!piece.empty() && IsSpace(piece.front())) piece.remove_prefix(1);
      while (!piece.empty() && IsSpace(piece.back())) piece.remove_suffix(1);
      int m, dd;
      if (!have_date && IsDatelineDate(piece, &m, &dd)) {
        d.month = m;
        d.day = dd;
        have_date = true;
      } else if (have_date && d.year == 0 && piece.size() == 4 && AllDigits(piece)) {
        d.year = ToInt(piece);
      } else if (!have_date && regions < 2 && IsRegion(piece)) {
        if (!d.region.empty()) d.region += ", ";
        d.region += std::string(piece);
        ++regions;
      } else if (!have_date && regions < 2 && SplitRegionDate(piece, &d.region, &m, &dd)) {
        d.month = m;  // "Va. Feb 26": a region and the date without a comma between them
        d.day = dd;
        have_date = true;
      } else if (!have_date && IsMisspeltDate(piece)) {
        have_date = true;  // "Narch 2", "Marc 3": a date we cannot read; the story's date stays unknown
      } else {
        return false;
      }
      start = comma + 1;
    }
  }
  // A place in title case needs a date or an agency to be a dateline ("Toronto, Feb 26 -").
  if (!all_caps && d.month == 0 && d.agency.empty()) return false;
  d.text_length = dash + dash_len;
  size_t j = d.text_length;
  while (j < text.size() && IsSpace(text[j])) ++j;
  d.length = j;
  // The story goes on after it in running text: a headline in capitals with a dash
  // ("ECONOMIC SPOTLIGHT - BUNDESBANK ...", "U.S. SUGAR IMPORTS DOWN IN WEEK - USDA") is not a dateline.
  {
    std::string_view rest = text.substr(j, 80);
    bool lower = false, letters = false;
    for (char c : rest) {
      lower = lower || IsLower(c) || static_cast<unsigned char>(c) >= 0x80;
      letters = letters || IsAlpha(c);
    }
    if (!lower && letters) return false;
    if (rest.empty()) return false;
  }
  *out = std::move(d);
  return true;
}

const char* DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

namespace {

struct Tok {
  uint32_t begin, end;
  std::string lower;
  bool capital = false;  // first letter upper case
  bool number = false;   // digits, maybe with an ordinal suffix
  bool comma_before = false;  // a comma (and only spaces) between the previous token and this one
  bool joined = false;        // only spaces (or nothing) between the previous token and this one
};

std::vector<Tok> TokensOf(std::string_view text) {
  std::vector<Tok> toks;
  size_t i = 0;
  size_t prev_end = 0;
  while (i < text.size()) {
    char c = text[i];
    if (IsAlpha(c) || IsDigit(c)) {
      size_t b = i;
      while (i < text.size() && (IsAlpha(text[i]) || IsDigit(text[i]))) ++i;
      Tok t;
      t.begin = static_cast<uint32_t>(b);
      t.end = static_cast<uint32_t>(i);
      t.lower = LowerCopy(text.substr(b, i - b));
      t.capital = IsUpper(c);
      t.number = IsDigit(c);
      // The gap since the previous token: spaces only (joined), a comma and spaces (comma_before),
      // or an abbreviation's dot and spaces after a month ("Aug. 4": joined).
      if (!toks.empty()) {
        std::string_view gap = text.substr(prev_end, b - prev_end);
        size_t dots = 0, commas = 0, other = 0;
        for (char g : gap) {
          if (g == '.') {
            ++dots;
          } else if (g == ',') {
            ++commas;
          } else if (!IsSpace(g)) {
            ++other;
          }
        }
        const bool month_dot = dots == 1 && gap.front() == '.' && MonthFromName(toks.back().lower) > 0;
        t.joined = other == 0 && commas == 0 && (dots == 0 || month_dot) && gap.size() <= 3;
        t.comma_before = other == 0 && commas == 1 && (dots == 0 || month_dot) && gap.size() <= 4;
      }
      toks.push_back(std::move(t));
      prev_end = i;
    } else {
      ++i;
    }
  }
  return toks;
}

int SmallNumber(const std::string& w) {
  static constexpr const char* kWords[] = {"zero", "one", "two",   "three", "four",   "five",  "six",
                                           "seven", "eight", "nine", "ten",  "eleven", "twelve"};
  if (w == "a" || w == "an") return 1;
  if (w == "several" || w == "few") return -1;
  for (int n = 0; n <= 12; ++n) {
    if (w == kWords[n]) return n;
  }
  if (AllDigits(w) && w.size() <= 3) return ToInt(w);
  return -1;
}

CivilDate AddDays(const CivilDate& d, int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

CivilDate MondayOf(const CivilDate& d) { return AddDays(d, -Weekday(d)); }

CivilDate AddMonths(const CivilDate& d, int n) {
  int total = d.year * 12 + (d.month - 1) + n;
  int y = total / 12, m = total % 12 + 1;
  return CivilDate{y, m, std::min(d.day, DaysInMonth(y, m))};
}

DateReference DayRef(const CivilDate& d) {
  DateReference r;
  r.first = r.last = d;
  r.precision = DatePrecision::kDay;
  return r;
}

DateReference WeekRef(const CivilDate& any_day) {
  DateReference r;
  r.first = MondayOf(any_day);
  r.last = AddDays(r.first, 6);
  r.precision = DatePrecision::kWeek;
  return r;
}

DateReference MonthRef(int year, int month) {
  DateReference r;
  r.first = CivilDate{year, month, 1};
  r.last = CivilDate{year, month, DaysInMonth(year, month)};
  r.precision = DatePrecision::kMonth;
  return r;
}

DateReference YearRef(int year) {
  DateReference r;
  r.first = CivilDate{year, 1, 1};
  r.last = CivilDate{year, 12, 31};
  r.precision = DatePrecision::kYear;
  return r;
}

// The weekday `wd` relative to the anchor: kPast → on or before (0..6 days back); kFuture → after
// (1..7 days ahead); `strict` excludes the anchor itself.
CivilDate WeekdayNear(const CivilDate& anchor, int wd, bool future, bool strict) {
  int a = Weekday(anchor);
  if (future) {
    int ahead = (wd - a + 7) % 7;
    if (ahead == 0 && strict) ahead = 7;
    return AddDays(anchor, ahead);
  }
  int back = (a - wd + 7) % 7;
  if (back == 0 && strict) back = 7;
  return AddDays(anchor, -back);
}

// The year of `month` (without a year) relative to the anchor.
int MonthYear(int month, const CivilDate& anchor, TimeDirection dir) {
  if (dir == TimeDirection::kPast) return month <= anchor.month ? anchor.year : anchor.year - 1;
  if (dir == TimeDirection::kFuture) return month >= anchor.month ? anchor.year : anchor.year + 1;
  int diff = month - anchor.month;  // nearest, ties to the past
  if (diff > 6) return anchor.year - 1;
  if (diff < -6) return anchor.year + 1;
  if (diff == 6) return anchor.year - 1;
  return anchor.year;
}

int DayYear(int month, int day, const CivilDate& anchor, TimeDirection dir) {
  if (dir == TimeDirection::kUnknown) return InferYear(month, day, anchor);
  const int64_t a = DaysFromCivil(anchor);
  for (int y : {anchor.year, anchor.year - 1, anchor.year + 1}) {
    CivilDate d{y, month, std::min(day, DaysInMonth(y, month))};
    int64_t x = DaysFromCivil(d);
    if (dir == TimeDirection::kPast && x <= a && a - x < 366) return y;
    if (dir == TimeDirection::kFuture && x >= a && x - a < 366) return y;
  }
  return InferYear(month, day, anchor);
}

bool IsYearToken(const Tok& t) {
  if (!t.number || t.lower.size() != 4 || !AllDigits(t.lower)) return false;
  int y = ToInt(t.lower);
  return y >= 1800 && y <= 2200;
}

}  // namespace

std::vector<DateReference> FindDateReferences(std::string_view text, const CivilDate& anchor,
                                              TimeDirection direction) {
  std::vector<DateReference> out;
  if (!anchor.valid()) return out;
  std::vector<Tok> t = TokensOf(text);
  const size_t n = t.size();
  auto word = [&](size_t k) -> const std::string& {
    static const std::string kEmpty;
    return k < n ? t[k].lower : kEmpty;
  };
  auto joined = [&](size_t k) { return k < n && t[k].joined; };
  auto month_at = [&](size_t k) { return k < n && t[k].capital && !t[k].number ? MonthFromName(t[k].lower) : 0; };
  auto emit = [&](size_t first, size_t last, DateReference r) {
    r.begin = t[first].begin;
    r.end = t[last].end;
    // "Aug." keeps its dot when it ends the expression.
    if (r.end < text.size() && text[r.end] == '.' && MonthFromName(t[last].lower) > 0 && t[last].lower.size() <= 4) {
      ++r.end;
    }
    r.text = std::string(text.substr(r.begin, r.end - r.begin));
    if (r.first.valid() && r.last.valid()) out.push_back(std::move(r));
  };
  const bool future = direction == TimeDirection::kFuture;

  size_t k = 0;
  while (k < n) {
    const std::string& w = t[k].lower;
    // Leading "on" is part of a day expression ("on Monday", "on 3 August").
    size_t s = k;
    size_t c = k;
    if (w == "on" && k + 1 < n && joined(k + 1)) c = k + 1;
    const std::string& cw = word(c);

    // today / tonight / yesterday / tomorrow
    if (c == k && (cw == "today" || cw == "tonight")) {
      emit(k, k, DayRef(anchor));
      ++k;
      continue;
    }
    if (c == k && cw == "yesterday") {
      emit(k, k, DayRef(AddDays(anchor, -1)));
      ++k;
      continue;
    }
    if (c == k && cw == "tomorrow") {
      emit(k, k, DayRef(AddDays(anchor, 1)));
      ++k;
      continue;
    }
    if (cw == "the" && word(c + 1) == "day" && joined(c + 1) && joined(c + 2) && joined(c + 3) &&
        ((word(c + 2) == "before" && word(c + 3) == "yesterday") || (word(c + 2) == "after" && word(c + 3) == "tomorrow"))) {
      emit(s, c + 3, DayRef(AddDays(anchor, word(c + 2) == "before" ? -2 : 2)));
      k = c + 4;
      continue;
    }
    // this morning / this afternoon / this evening; last night
    if (c == k && cw == "this" && joined(k + 1) &&
        (word(k + 1) == "morning" || word(k + 1) == "afternoon" || word(k + 1) == "evening")) {
      emit(k, k + 1, DayRef(anchor));
      k += 2;
      continue;
    }
    if (c == k && cw == "last" && joined(k + 1) && word(k + 1) == "night") {
      emit(k, k + 1, DayRef(AddDays(anchor, -1)));
      k += 2;
      continue;
    }
    // [last|next|this|on] Weekday [morning|afternoon|evening|night]
    {
      size_t q = c;
      std::string mod;
      if (c == k && (cw == "last" || cw == "next" || cw == "this" || cw == "past" || cw == "coming") && joined(k + 1)) {
        mod = cw;
        q = k + 1;
      }
      int wd = q < n && t[q].capital ? WeekdayFromName(t[q].lower) : -1;
      if (wd >= 0 && t[q].lower.size() >= 6) {  // full names only in running text
        CivilDate d;
        if (mod == "last" || mod == "past") {
          d = WeekdayNear(anchor, wd, false, true);
        } else if (mod == "next" || mod == "coming") {
          d = WeekdayNear(anchor, wd, true, true);
        } else {
          d = WeekdayNear(anchor, wd, future, future);
        }
        size_t e = q;
        if (joined(q + 1) && (word(q + 1) == "morning" || word(q + 1) == "afternoon" || word(q + 1) == "evening" ||
                              word(q + 1) == "night")) {
          e = q + 1;
        }
        emit(s, e, DayRef(d));
        k = e + 1;
        continue;
      }
    }
    // [earlier|later] (last|this|next) (week|month|year)
    {
      size_t q = k;
      if ((w == "earlier" || w == "later") && joined(k + 1) && word(k + 1) == "this") q = k + 1;
      const std::string& m = word(q);
      const std::string& unit = word(q + 1);
      if ((m == "last" || m == "this" || m == "next" || m == "past") && joined(q + 1) &&
          (unit == "week" || unit == "month" || unit == "year")) {
        int step = m == "last" ? -1 : m == "next" ? 1 : 0;
        bool ok = !(m == "past");  // "the past week" is a span up to now, not a calendar week
        if (ok) {
          DateReference r;
          if (unit == "week") {
            r = WeekRef(AddDays(anchor, 7 * step));
          } else if (unit == "month") {
            CivilDate x = AddMonths(CivilDate{anchor.year, anchor.month, 1}, step);
            r = MonthRef(x.year, x.month);
          } else {
            r = YearRef(anchor.year + step);
          }
          emit(k, q + 1, r);
          k = q + 2;
          continue;
        }
      }
    }
    // N days/weeks/months/years ago
    {
      int num = SmallNumber(w);
      const std::string& unit = word(k + 1);
      if (num > 0 && joined(k + 1) && joined(k + 2) && word(k + 2) == "ago") {
        DateReference r;
        bool ok = true;
        if (unit == "day" || unit == "days") {
          r = DayRef(AddDays(anchor, -num));
        } else if (unit == "week" || unit == "weeks") {
          r = WeekRef(AddDays(anchor, -7 * num));
        } else if (unit == "month" || unit == "months") {
          CivilDate x = AddMonths(CivilDate{anchor.year, anchor.month, 1}, -num);
          r = MonthRef(x.year, x.month);
        } else if (unit == "year" || unit == "years") {
          r = YearRef(anchor.year - num);
        } else {
          ok = false;
        }
        if (ok) {
          emit(k, k + 2, r);
          k += 3;
          continue;
        }
      }
    }
    // Month Day[, Year] | Month Year
    if (int mo = month_at(c); mo > 0) {
      if (joined(c + 1) && c + 1 < n && t[c + 1].number && DayNumber(t[c + 1].lower) > 0 && !IsYearToken(t[c + 1])) {
        int day = DayNumber(t[c + 1].lower);
        size_t e = c + 1;
        int year = 0;
        if (c + 2 < n && (t[c + 2].comma_before || t[c + 2].joined) && IsYearToken(t[c + 2])) {
          year = ToInt(t[c + 2].lower);
          e = c + 2;
        }
        if (day <= DaysInMonth(2000, mo)) {
          bool inferred = year == 0;
          if (year == 0) year = DayYear(mo, day, anchor, direction);
          DateReference r = DayRef(CivilDate{year, mo, std::min(day, DaysInMonth(year, mo))});
          r.year_inferred = inferred;
          emit(s, e, r);
          k = e + 1;
          continue;
        }
      }
      if (c + 1 < n && joined(c + 1) && IsYearToken(t[c + 1])) {
        size_t b = k;
        if (c == k && k > 0 && joined(k) &&
            (word(k - 1) == "in" || word(k - 1) == "since" || word(k - 1) == "until" || word(k - 1) == "by")) {
          b = k;  // the preposition is not part of the expression
        }
        emit(b, c + 1, MonthRef(ToInt(t[c + 1].lower), mo));
        k = c + 2;
        continue;
      }
      // "in August", "last August", "early March": a month without day or year.
      const std::string& prev = k > 0 ? word(k - 1) : std::string();
      if (c == k && k > 0 && joined(k) && t[k].lower.size() >= 3 &&
          (prev == "in" || prev == "since" || prev == "until" || prev == "during" || prev == "early" ||
           prev == "late" || prev == "mid" || prev == "last" || prev == "next" || prev == "this" || prev == "by" ||
           prev == "of" || prev == "from" || prev == "through")) {
        int year = prev == "last"   ? (mo < anchor.month ? anchor.year : anchor.year - 1)
                   : prev == "next" ? (mo > anchor.month ? anchor.year : anchor.year + 1)
                                    : MonthYear(mo, anchor, direction);
        DateReference r = MonthRef(year, mo);
        r.year_inferred = true;
        size_t b = (prev == "last" || prev == "next" || prev == "this") ? k - 1 : k;
        emit(b, k, r);
        ++k;
        continue;
      }
    }
    // Day [of] Month [Year]
    if (c < n && t[c].number && DayNumber(t[c].lower) > 0 && !IsYearToken(t[c])) {
      size_t q = c + 1;
      if (word(q) == "of" && joined(q)) ++q;
      if (int mo = month_at(q); mo > 0 && joined(q)) {
        int day = DayNumber(t[c].lower);
        if (day <= DaysInMonth(2000, mo)) {
          size_t e = q;
          int year = 0;
          if (q + 1 < n && (t[q + 1].joined || t[q + 1].comma_before) && IsYearToken(t[q + 1])) {
            year = ToInt(t[q + 1].lower);
            e = q + 1;
          }
          bool inferred = year == 0;
          if (year == 0) year = DayYear(mo, day, anchor, direction);
          DateReference r = DayRef(CivilDate{year, mo, std::min(day, DaysInMonth(year, mo))});
          r.year_inferred = inferred;
          emit(s, e, r);
          k = e + 1;
          continue;
        }
      }
    }
    // in YYYY
    if ((w == "in" || w == "since" || w == "during" || w == "until") && k + 1 < n && joined(k + 1) &&
        IsYearToken(t[k + 1])) {
      // Not "in 2016 dollars"-style noun modifiers: accept anyway; the year is the year.
      emit(k + 1, k + 1, YearRef(ToInt(t[k + 1].lower)));
      k += 2;
      continue;
    }
    ++k;
  }
  return out;
}

std::optional<DateReference> ResolveDateExpression(std::string_view expression, const CivilDate& anchor,
                                                   TimeDirection direction) {
  std::string_view e = expression;
  while (!e.empty() && IsSpace(e.front())) e.remove_prefix(1);
  while (!e.empty() && (IsSpace(e.back()) || e.back() == ',' || e.back() == '.')) e.remove_suffix(1);
  // Month expressions need the preposition before them ("in August"): keep it in the text searched.
  std::vector<DateReference> refs = FindDateReferences(e, anchor, direction);
  for (DateReference& r : refs) {
    std::string_view before = e.substr(0, r.begin);
    std::string_view after = e.substr(r.end);
    auto only_words = [](std::string_view s, std::initializer_list<std::string_view> allowed) {
      std::vector<std::string_view> ws = DateWords(s);
      for (std::string_view w : ws) {
        std::string l = LowerCopy(w);
        bool ok = false;
        for (std::string_view a : allowed) ok = ok || l == a;
        if (!ok) return false;
      }
      return true;
    };
    if (only_words(before, {"in", "on", "since", "until", "by", "during", "early", "late", "mid", "of", "from",
                            "through"}) &&
        only_words(after, {})) {
      return r;
    }
  }
  return std::nullopt;
}

std::optional<CivilDate> DateFromUrl(std::string_view url) {
  // /YYYY/MM/DD/, /YYYY-MM-DD, /YYYYMMDD/
  for (size_t i = 0; i + 8 <= url.size(); ++i) {
    if ((url[i] != '/' && url[i] != '-' && url[i] != '_') || i + 1 >= url.size()) continue;
    std::string_view s = url.substr(i + 1);
    if (s.size() < 8 || !AllDigits(s.substr(0, 4))) continue;
    int y = ToInt(s.substr(0, 4));
    if (y < 1990 || y > 2100) continue;
    if (s.size() >= 10 && (s[4] == '/' || s[4] == '-') && IsDigit(s[5]) && IsDigit(s[6]) && s[7] == s[4] &&
        IsDigit(s[8]) && IsDigit(s[9]) && (s.size() == 10 || !IsDigit(s[10]))) {
      CivilDate d{y, ToInt(s.substr(5, 2)), ToInt(s.substr(8, 2))};
      if (d.valid()) return d;
    }
    if (AllDigits(s.substr(0, 8)) && (s.size() == 8 || s[8] == '/' || s[8] == '-' || s[8] == '_' || s[8] == '.')) {
      CivilDate d{y, ToInt(s.substr(4, 2)), ToInt(s.substr(6, 2))};
      if (d.valid()) return d;
    }
  }
  return std::nullopt;
}

}  // namespace dragoman
