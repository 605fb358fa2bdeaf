// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// TABARI dictionary files (formats: tabari_importer.h and doc/legacy_formats.md). The readers are
// line-oriented: a record is a line, or for actors a name line with its "+SYNONYM" and indented
// "[CODE]" lines. Nothing here recurses over input.

#include "lexicon/tabari_importer.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lexicon/petrarch_importer.h"
#include "util/zip_reader.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = 0;
    if (c < 0x80) {
      n = 0;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
    } else {
      return false;
    }
    if (i + n >= s.size() + (n == 0 ? 1 : 0) && n > 0) return false;
    for (size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    i += n + 1;
  }
  return true;
}

std::string Latin1ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// "FILE:LINE: reason: text"
std::string Problem(const std::string& name, int line, const std::string& reason, std::string_view text) {
  return name + ":" + std::to_string(line) + ": " + reason + ": " + LegacyTrim(text);
}

// Text before a ';' comment (TABARI) — a ';' inside brackets is kept.
std::string StripSemicolonComment(std::string_view s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') ++depth;
    if (s[i] == ']' && depth > 0) --depth;
    if (s[i] == ';' && depth == 0) return std::string(s.substr(0, i));
  }
  return std::string(s);
}

// Text before a '#' comment that starts a line or follows white space (PETRARCH and TABARI
// files edited by PETRARCH tools).
std::string StripHashComment(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) return std::string(s.substr(0, i));
  }
  return std::string(s);
}

// The newest year 1900–2099 written in the file's comment lines ("LAST UPDATE: 30 April 2015",
// "Generated at: Tue May 15 16:50:32 2012", "~~FINISH 15:23 CST Tue 30 Dec 2008"), or 0.
int ReferenceYearFromComments(const std::vector<std::string>& lines) {
  int best = 0;
  for (const std::string& l : lines) {
    const size_t start = l.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    const char c = l[start];
    std::string_view body;
    if (c == '#' || c == ';' || l.compare(start, 2, "~~") == 0) {
      body = l;
    } else {
      const size_t semi = l.find(';');
      if (semi == std::string::npos) continue;
      body = std::string_view(l).substr(semi);
    }
    for (size_t i = 0; i + 4 <= body.size(); ++i) {
      if ((i > 0 && std::isdigit(static_cast<unsigned char>(body[i - 1]))) ||
          (i + 4 < body.size() && std::isdigit(static_cast<unsigned char>(body[i + 4])))) {
        continue;
      }
      if (!(body.compare(i, 2, "19") == 0 || body.compare(i, 2, "20") == 0)) continue;
      bool digits = true;
      for (size_t k = 0; k < 4; ++k) digits = digits && std::isdigit(static_cast<unsigned char>(body[i + k]));
      if (digits) best = std::max(best, std::stoi(std::string(body.substr(i, 4))));
    }
  }
  return best;
}

int CurrentYear() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

int ReferenceYear(const LegacyImportOptions& options, const std::vector<std::string>& lines) {
  if (options.two_digit_year_reference > 0) return options.two_digit_year_reference;
  const int y = ReferenceYearFromComments(lines);
  return y > 0 ? y : CurrentYear();
}

// The day before YYYYMMDD.
DateInt DayBefore(DateInt d) {
  int y = d / 10000, m = (d / 100) % 100, day = d % 100;
  if (day > 1) return d - 1;
  if (--m == 0) {
    m = 12;
    --y;
  }
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  day = kDays[m - 1] + ((m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) ? 1 : 0);
  return y * 10000 + m * 100 + day;
}

// One code block "[USAGOV 991201-010114]" body → spans; false with `reason` when malformed.
bool ParseCodeBlock(std::string_view body, int ref_year, std::vector<LegacyCodeSpan>* out, std::string* reason) {
  std::string s = LegacyTrim(body);
  // The code: letters, digits, '~', '/', '-', '#', '+' up to the first white space, '<', '>'.
  size_t i = 0;
  while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i])) && s[i] != '<' && s[i] != '>') ++i;
  std::string code = s.substr(0, i);
  std::string rest = LegacyTrim(std::string_view(s).substr(i));
  if (code.empty()) {
    *reason = "code block without a code";
    return false;
  }
  const bool special = code == "---" || code == "###" || code == "+++";
  if (!special) {
    if (std::isdigit(static_cast<unsigned char>(code[0]))) {
      *reason = "code block without a code";
      return false;
    }
    // A date glued to the code ("AAA950601-990815").
    for (char c : code) {
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '~' || c == '/' || c == '_')) {
        *reason = "malformed code '" + code + "'";
        return false;
      }
    }
    if (std::isdigit(static_cast<unsigned char>(code[0]))) {
      *reason = "code block without a code";
      return false;
    }
    size_t digits = 0;
    for (char c : code) digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
    if (digits >= 4) {
      *reason = "malformed code '" + code + "' (a date glued to the code?)";
      return false;
    }
  }
  DateInt from = 0, to = 0;
  if (!rest.empty()) {
    std::string compact;
    for (char c : rest) {
      if (!std::isspace(static_cast<unsigned char>(c))) compact.push_back(c);
    }
    auto date = [&](std::string_view d, DateInt* v) {
      if (!ParseLegacyDate(d, ref_year, v)) {
        *reason = "malformed date '" + std::string(d) + "' (want YYMMDD or YYYYMMDD)";
        return false;
      }
      return true;
    };
    if (compact[0] == '<') {
      DateInt d = 0;
      if (!date(std::string_view(compact).substr(1), &d)) return false;
      to = DayBefore(d);  // "<D": strictly before D; bounds are stored inclusive
    } else if (compact[0] == '>') {
      DateInt d = 0;
      if (!date(std::string_view(compact).substr(1), &d)) return false;
      from = d;
    } else {
      const size_t dash = compact.find('-');
      if (dash == std::string::npos) {
        *reason = "malformed date restriction '" + rest + "'";
        return false;
      }
      if (!date(std::string_view(compact).substr(0, dash), &from)) return false;
      if (!date(std::string_view(compact).substr(dash + 1), &to)) return false;
      // A range runs forward in time: a six-digit start read after its end is a century earlier
      // ("980101-470121" in a 2012 file: 1898 to 1947).
      if (to < from && dash == 6) from -= 1000000;
      if (to < from) {
        *reason = "date range ends before it starts '" + rest + "'";
        return false;
      }
    }
  }
  std::stringstream ss(code);
  std::string part;
  std::vector<LegacyCodeSpan> spans;
  while (std::getline(ss, part, '/')) {
    if (part.empty()) continue;
    spans.push_back({part, from, to});
  }
  if (spans.empty()) {
    *reason = "code block without a code";
    return false;
  }
  *out = std::move(spans);
  return true;
}

// All "[...]" groups of a line, with the text before the first one.
struct Bracketed {
  std::string head;
  std::vector<std::string> blocks;
  bool unbalanced = false;
};
Bracketed SplitBrackets(std::string_view line) {
  Bracketed b;
  size_t i = line.find('[');
  b.head = std::string(line.substr(0, i == std::string_view::npos ? line.size() : i));
  while (i != std::string_view::npos) {
    const size_t j = line.find(']', i);
    if (j == std::string_view::npos) {
      b.unbalanced = true;
      break;
    }
    b.blocks.emplace_back(line.substr(i + 1, j - i - 1));
    i = line.find('[', j);
  }
  return b;
}

void SortPatterns(LegacyVerb* v) {
  std::stable_sort(v->patterns.begin(), v->patterns.end(), [](const LegacyPattern& a, const LegacyPattern& b) {
    return a.text.size() > b.text.size();
  });
}


}  // namespace

Result<std::string> ReadLegacyFile(const std::string& path) {
  std::error_code ec;
  if (fs::path(path).extension() == ".zip") {
    std::vector<std::string> zip_errors;
    Result<std::vector<ZipEntry>> z = ReadZip(path, &zip_errors);
    if (!z.ok()) return z.status();
    if (z->empty()) return Status::DataError(path + ": zip archive holds no readable file");
    std::string all;
    for (const ZipEntry& e : *z) all += e.data + "\n";
    return all;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int LegacyReferenceYear(const std::vector<std::string>& lines) { return ReferenceYearFromComments(lines); }

std::string LegacyTrim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string LegacyUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> ReadLegacyLines(std::string_view bytes, size_t* latin1_lines) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= bytes.size()) {
    size_t nl = bytes.find('\n', start);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(start, nl - start);
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsValidUtf8(line)) {
      lines.emplace_back(line);
    } else {
      lines.push_back(Latin1ToUtf8(line));
      if (latin1_lines != nullptr) ++*latin1_lines;
    }
    if (nl == bytes.size()) break;
    start = nl + 1;
  }
  if (!lines.empty() && lines.back().empty() && !bytes.empty() && bytes.back() == '\n') lines.pop_back();
  return lines;
}

int ResolveYear(int yy, int reference_year) {
  const int last = reference_year + 10;  // the newest year a two-digit year can mean
  int year = (last / 100) * 100 + yy;
  if (year > last) year -= 100;
  return year;
}

bool ParseLegacyDate(std::string_view d, int reference_year, DateInt* out) {
  if (d.size() != 6 && d.size() != 8) return false;
  for (char c : d) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  int year = 0, month = 0, day = 0;
  if (d.size() == 6) {
    year = ResolveYear(std::stoi(std::string(d.substr(0, 2))), reference_year);
    month = std::stoi(std::string(d.substr(2, 2)));
    day = std::stoi(std::string(d.substr(4, 2)));
  } else {
    year = std::stoi(std::string(d.substr(0, 4)));
    month = std::stoi(std::string(d.substr(4, 2)));
    day = std::stoi(std::string(d.substr(6, 2)));
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  *out = year * 10000 + month * 100 + day;
  return true;
}

std::vector<LegacyWord> ParseLegacyPhrase(std::string_view text) {
  std::vector<LegacyWord> words;
  std::string cur;
  auto flush = [&](bool underscore, bool adjacent) {
    if (cur.empty()) return;
    LegacyWord w;
    w.match = LegacyWord::kStem;
    if (cur.back() == '=') {
      cur.pop_back();
      w.match = LegacyWord::kExact;
    } else if (cur.back() == '~') {
      cur.pop_back();
    } else if (underscore) {
      w.match = LegacyWord::kWord;
    }
    while (cur.size() > 1 && cur.back() == '-') cur.pop_back();  // "ANTI-": the coder drops the hyphen too
    w.text = LegacyUpper(cur);
    w.adjacent_next = adjacent;
    cur.clear();
    if (!w.text.empty()) words.push_back(std::move(w));
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_') {
      const bool adjacent = i + 1 < text.size() && !std::isspace(static_cast<unsigned char>(text[i + 1]));
      // "WORD~_" keeps the stem; "WORD_" is the word.
      flush(cur.empty() || cur.back() != '~', adjacent);
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      flush(false, false);
    } else if (c == '-' && !cur.empty() && i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i + 1]))) {
      // Hyphenated names ("BARAD-DUR") are read as adjacent words, as the coder splits text hyphens.
      flush(true, true);
    } else {
      cur.push_back(c);
    }
  }
  flush(false, false);
  return words;
}

namespace {

// Pattern tokenizer with an explicit stack for { | } groups (no recursion over input).
bool ParseElements(std::string_view text, bool petrarch, std::vector<LegacyElement>* out, std::string* error) {
  struct Frame {
    std::vector<std::vector<LegacyElement>> alternatives;
    char close;
  };
  std::vector<Frame> stack;
  auto current = [&]() -> std::vector<LegacyElement>& {
    if (stack.empty()) return *out;
    return stack.back().alternatives.back();
  };
  std::string word;
  auto flush_word = [&](bool underscore, bool adjacent) {
    if (word.empty()) return;
    LegacyElement e;
    if (word[0] == '&') {
      e.kind = LegacyElement::kSynset;
      e.name = LegacyUpper(word);
    } else {
      e.kind = LegacyElement::kWord;
      std::vector<LegacyWord> w = ParseLegacyPhrase(word + (underscore ? "_" : ""));
      if (w.empty()) {
        word.clear();
        return;
      }
      e.word = w[0];
    }
    e.adjacent_next = adjacent;
    word.clear();
    current().push_back(std::move(e));
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool next_is_space = i + 1 >= text.size() || std::isspace(static_cast<unsigned char>(text[i + 1]));
    if (c == '_') {
      if (!word.empty()) {
        flush_word(word.back() != '~', !next_is_space);
      } else if (!current().empty()) {
        current().back().adjacent_next = !next_is_space;
      }
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      flush_word(false, false);
    } else if (c == '{' || c == '(') {
      flush_word(false, false);
      if (c == '(' && !petrarch) {
        word.push_back(c);
        continue;
      }
      stack.push_back({{{}}, c == '{' ? '}' : ')'});
    } else if (c == '|' && !stack.empty() && stack.back().close == '}') {
      flush_word(false, false);
      stack.back().alternatives.emplace_back();
    } else if ((c == '}' || c == ')') && !stack.empty() && stack.back().close == c) {
      flush_word(false, false);
      Frame f = std::move(stack.back());
      stack.pop_back();
      LegacyElement e;
      if (petrarch && (f.alternatives.size() == 1)) {
        // PETRARCH: {A B} is a noun phrase, (A B) a prepositional phrase: the words in order.
        for (LegacyElement& sub : f.alternatives[0]) {
          sub.noun_phrase = c == '}';
          sub.prep_phrase = c == ')';
          current().push_back(std::move(sub));
        }
        continue;
      }
      e.kind = LegacyElement::kAlternatives;
      for (auto& alt : f.alternatives) {
        if (!alt.empty()) e.alternatives.push_back(std::move(alt));
      }
      if (e.alternatives.empty()) continue;  // "{}": nothing
      current().push_back(std::move(e));
    } else if ((c == '+' || c == '$' || c == '%' || c == '^' || c == '*') && word.empty()) {
      LegacyElement e;
      e.kind = c == '+' ? LegacyElement::kTarget
               : c == '$' ? LegacyElement::kSource
               : c == '%' ? LegacyElement::kCompound
               : c == '^' ? LegacyElement::kSkip
                          : LegacyElement::kVerb;
      current().push_back(std::move(e));
    } else if (c == '}' || c == ')' || c == '|') {
      *error = std::string("unbalanced '") + c + "'";
      return false;
    } else {
      word.push_back(c);
    }
  }
  flush_word(false, false);
  if (!stack.empty()) {
    *error = std::string("unclosed '") + (stack.back().close == '}' ? "{" : "(") + "'";
    return false;
  }
  return true;
}

}  // namespace

bool ParseLegacyPattern(std::string_view text, bool implicit_verb, LegacyPattern* out, std::string* error) {
  std::vector<LegacyElement> elements;
  if (!ParseElements(text, implicit_verb, &elements, error)) return false;
  size_t verb = elements.size();
  for (size_t i = 0; i < elements.size(); ++i) {
    if (elements[i].kind == LegacyElement::kVerb) {
      verb = i;
      break;
    }
  }
  if (verb == elements.size()) {
    if (!implicit_verb) {
      *error = "pattern without '*'";
      return false;
    }
    out->upper = std::move(elements);
    out->lower.clear();
    return true;
  }
  out->lower.assign(std::make_move_iterator(elements.begin()), std::make_move_iterator(elements.begin() + verb));
  // The verb element's own '_' (IN_* or *_HOPE) is kept on the last lower element / as a marker.
  LegacyElement verb_el = elements[verb];
  out->upper.clear();
  if (verb_el.adjacent_next) {
    LegacyElement marker;
    marker.kind = LegacyElement::kVerb;
    marker.adjacent_next = true;
    out->upper.push_back(marker);  // a leading kVerb in `upper` means "first element adjacent"
  }
  for (size_t i = verb + 1; i < elements.size(); ++i) out->upper.push_back(std::move(elements[i]));
  return true;
}

bool ParseLegacyCode(std::string_view body, LegacyCode* out) {
  std::string s = LegacyTrim(body);
  if (s.empty()) return false;
  LegacyCode c;
  if (!s.empty() && s.back() == '?') {
    c.subordinate = true;
    s.pop_back();
  } else if (!s.empty() && s.back() == '!') {
    c.dominant = true;
    s.pop_back();
  }
  const size_t colon = s.find(':');
  if (colon != std::string::npos) {
    c.code = LegacyTrim(s.substr(0, colon));
    c.paired = LegacyTrim(s.substr(colon + 1));
  } else {
    c.code = LegacyTrim(s);
  }
  if (c.code.empty() && c.paired.empty()) return false;
  *out = c;
  return true;
}

void ParseTabariActors(const std::string& name, std::string_view text, const LegacyImportOptions& options,
                       LegacyDictionary* dict, std::vector<std::string>* errors, LegacyLoadStats* stats) {
  std::vector<std::string> lines = ReadLegacyLines(text, &stats->latin1_lines);
  const int ref_year = ReferenceYear(options, lines);
  enum Section { kNone, kNoun, kAdjective } section = kNone;
  LegacyActor* open = nullptr;  // the entry that "+" and "[...]" lines extend
  auto close_open = [&]() {
    if (open != nullptr && open->codes.empty()) {
      errors->push_back(Problem(name, open->where.line, "actor without a code", "entry skipped"));
      ++stats->skipped;
      dict->actors.pop_back();
    }
    open = nullptr;
  };
  for (size_t li = 0; li < lines.size(); ++li) {
    const int lineno = static_cast<int>(li) + 1;
    const std::string& raw = lines[li];
    if (raw.rfind("~~", 0) == 0) break;  // ~~FINISH
    std::string line = LegacyTrim(StripSemicolonComment(StripHashComment(raw)));
    if (line.empty()) continue;
    const std::string upper = LegacyUpper(line);
    if (upper == "<NOUN>") { close_open(); section = kNoun; continue; }
    if (upper == "<ADJECTIVE>") { close_open(); section = kAdjective; continue; }
    if (upper == "</NOUN>" || upper == "</ADJECTIVE>") { section = kNone; continue; }
    if (section != kNone) {
      for (const LegacyWord& w : ParseLegacyPhrase(line)) {
        (section == kNoun ? dict->nouns : dict->adjectives).push_back(w.text);
        ++stats->nouns;
      }
      continue;
    }
    if (line[0] == '+') {  // synonym of the open entry
      if (open == nullptr) {
        errors->push_back(Problem(name, lineno, "synonym without an actor", raw));
        ++stats->skipped;
        continue;
      }
      Bracketed b = SplitBrackets(line.substr(1));
      std::vector<LegacyWord> phrase = ParseLegacyPhrase(b.head);
      if (phrase.empty()) {
        errors->push_back(Problem(name, lineno, "empty synonym", raw));
        ++stats->skipped;
        continue;
      }
      open->phrases.push_back(std::move(phrase));
      ++stats->actor_names;
      continue;
    }
    Bracketed b = SplitBrackets(line);
    if (b.unbalanced) {
      errors->push_back(Problem(name, lineno, "unbalanced '['", raw));
      ++stats->skipped;
      continue;
    }
    if (LegacyTrim(b.head).empty() && !b.blocks.empty()) {  // code lines of the open entry
      if (open == nullptr) {
        errors->push_back(Problem(name, lineno, "code line without an actor", raw));
        ++stats->skipped;
        continue;
      }
      for (const std::string& blk : b.blocks) {
        std::vector<LegacyCodeSpan> spans;
        std::string reason;
        if (!ParseCodeBlock(blk, ref_year, &spans, &reason)) {
          errors->push_back(Problem(name, lineno, reason, "[" + blk + "]"));
          ++stats->skipped;
          continue;
        }
        open->codes.push_back(std::move(spans));
      }
      continue;
    }
    // Name lines without codes before a code line name one actor (PETRARCH writes synonyms so).
    if (open != nullptr && open->codes.empty() && b.blocks.empty()) {
      std::vector<LegacyWord> phrase = ParseLegacyPhrase(b.head);
      if (!phrase.empty()) {
        open->phrases.push_back(std::move(phrase));
        ++stats->actor_names;
        continue;
      }
    }
    // A new entry.
    close_open();
    std::vector<LegacyWord> phrase = ParseLegacyPhrase(b.head);
    if (phrase.empty()) {
      errors->push_back(Problem(name, lineno, "entry without a name", raw));
      ++stats->skipped;
      continue;
    }
    LegacyActor a;
    a.phrases.push_back(std::move(phrase));
    a.where = {name, lineno};
    for (const std::string& blk : b.blocks) {
      std::vector<LegacyCodeSpan> spans;
      std::string reason;
      if (!ParseCodeBlock(blk, ref_year, &spans, &reason)) {
        errors->push_back(Problem(name, lineno, reason, "[" + blk + "]"));
        ++stats->skipped;
        continue;
      }
      a.codes.push_back(std::move(spans));
    }
    dict->actors.push_back(std::move(a));
    open = &dict->actors.back();
    ++stats->actors;
    ++stats->actor_names;
    // A one-line entry with codes may still take synonyms and code lines that follow it.
  }
  close_open();
}

namespace {

// Agent lines: "NAME_WORDS [~GOV]" with optional PETRARCH "!SUBST!" sets.
void ParseAgentsImpl(const std::string& name, std::string_view text, LegacyDictionary* dict,
                     std::vector<std::string>* errors, LegacyLoadStats* stats) {
  std::vector<std::string> lines = ReadLegacyLines(text, &stats->latin1_lines);
  std::map<std::string, std::vector<std::string>> subst;  // "!PERSON!" → members
  LegacyAgent* open = nullptr;
  for (size_t li = 0; li < lines.size(); ++li) {
    const int lineno = static_cast<int>(li) + 1;
    const std::string& raw = lines[li];
    if (raw.rfind("~~", 0) == 0) break;
    std::string line = LegacyTrim(StripSemicolonComment(StripHashComment(raw)));
    if (line.empty()) continue;
    if (line[0] == '<') continue;  // <!-- --> or section tags
    if (line[0] == '!' && line.find('=') != std::string::npos) {  // !PERSON! = MAN, MEN, ...
      const size_t eq = line.find('=');
      std::string key = LegacyTrim(line.substr(0, eq));
      std::vector<std::string> members;
      std::stringstream ss(line.substr(eq + 1));
      std::string m;
      while (std::getline(ss, m, ',')) {
        m = LegacyTrim(m);
        if (!m.empty()) members.push_back(LegacyUpper(m));
      }
      if (key.size() < 3 || key.back() != '!' || members.empty()) {
        errors->push_back(Problem(name, lineno, "malformed substitution set", raw));
        ++stats->skipped;
        continue;
      }
      subst[key] = std::move(members);
      continue;
    }
    if (line[0] == '+' && open != nullptr) {  // synonym line
      open->phrases.push_back(ParseLegacyPhrase(LegacyTrim(line.substr(1))));
      continue;
    }
    Bracketed b = SplitBrackets(line);
    if (b.unbalanced || b.blocks.empty()) {
      errors->push_back(Problem(name, lineno, b.unbalanced ? "unbalanced '['" : "agent without a code", raw));
      ++stats->skipped;
      open = nullptr;
      continue;
    }
    std::string code = LegacyTrim(b.blocks[0]);
    code.erase(std::remove_if(code.begin(), code.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
               code.end());
    if (code.empty() || (code.front() != '~' && code.back() != '~')) {
      errors->push_back(Problem(name, lineno, "agent code without '~' (want [~SUFFIX] or [PREFIX~])", raw));
      ++stats->skipped;
      open = nullptr;
      continue;
    }
    // Expand !SUBST! sets. A set name inside a word ("AD!MINIST!RATIVE") is a damaged literal:
    // it is read as the literal name ("ADMINISTRATIVE") and reported.
    std::vector<std::string> heads{LegacyTrim(b.head)};
    std::set<std::string> reported;
    for (size_t guard = 0; guard < 8; ++guard) {
      bool changed = false;
      std::vector<std::string> next;
      for (const std::string& h : heads) {
        const size_t p = h.find('!');
        const size_t q = p == std::string::npos ? p : h.find('!', p + 1);
        if (q == std::string::npos) {
          next.push_back(h);
          continue;
        }
        changed = true;
        const std::string key = h.substr(p, q - p + 1);
        const bool inside_word = q + 1 < h.size() && std::isalpha(static_cast<unsigned char>(h[q + 1])) && p > 0 &&
                                 std::isalpha(static_cast<unsigned char>(h[p - 1]));
        auto it = subst.find(key);
        if (it == subst.end() || inside_word) {
          if (reported.insert(key).second) errors->push_back(Problem(name, lineno,
                                    it == subst.end() ? "unknown substitution " + key + " read as a literal"
                                                      : "substitution " + key + " inside a word read as the literal " +
                                                            key.substr(1, key.size() - 2),
                                    raw));
          next.push_back(h.substr(0, p) + key.substr(1, key.size() - 2) + h.substr(q + 1));
          continue;
        }
        for (const std::string& m : it->second) next.push_back(h.substr(0, p) + m + h.substr(q + 1));
      }
      heads = std::move(next);
      if (!changed) break;
    }
    LegacyAgent a;
    a.code = code;
    a.where = {name, lineno};
    for (const std::string& h : heads) {
      std::vector<LegacyWord> phrase = ParseLegacyPhrase(h);
      if (!phrase.empty()) a.phrases.push_back(std::move(phrase));
    }
    if (a.phrases.empty()) {
      errors->push_back(Problem(name, lineno, "agent without a name", raw));
      ++stats->skipped;
      open = nullptr;
      continue;
    }
    dict->agents.push_back(std::move(a));
    open = &dict->agents.back();
    ++stats->agents;
  }
}

}  // namespace

void ParseTabariAgents(const std::string& name, std::string_view text, LegacyDictionary* dict,
                       std::vector<std::string>* errors, LegacyLoadStats* stats) {
  ParseAgentsImpl(name, text, dict, errors, stats);
}

void ParseTabariVerbs(const std::string& name, std::string_view text, LegacyDictionary* dict,
                      std::vector<std::string>* errors, LegacyLoadStats* stats) {
  std::vector<std::string> lines = ReadLegacyLines(text, &stats->latin1_lines);
  enum Section { kNone, kSynsets, kTime } section = kNone;
  std::string synset;  // open synset name
  LegacyVerb* verb = nullptr;
  auto finish_verb = [&]() {
    if (verb != nullptr) SortPatterns(verb);
    verb = nullptr;
  };
  for (size_t li = 0; li < lines.size(); ++li) {
    const int lineno = static_cast<int>(li) + 1;
    const std::string& raw = lines[li];
    if (raw.rfind("~~", 0) == 0) break;
    std::string line = LegacyTrim(StripSemicolonComment(raw));
    if (line.empty()) continue;
    const std::string upper = LegacyUpper(line);
    if (upper == "<SYNSETS>") { finish_verb(); section = kSynsets; continue; }
    if (upper == "</SYNSETS>") { section = kNone; synset.clear(); continue; }
    if (upper == "<TIME>") { finish_verb(); section = kTime; continue; }
    if (upper == "</TIME>") { section = kNone; continue; }
    if (section == kSynsets) {
      if (line[0] == '&') {
        synset = LegacyUpper(LegacyTrim(line));
        if (!synset.empty() && synset.back() == '_') synset.pop_back();
        dict->synsets[synset];
        ++stats->synsets;
      } else if (line[0] == '+' && !synset.empty()) {
        LegacyPattern p;
        std::string err;
        std::vector<LegacyElement> member;
        if (!ParseElements(line.substr(1), false, &member, &err) || member.empty()) {
          errors->push_back(Problem(name, lineno, "malformed synset member" + (err.empty() ? "" : ": " + err), raw));
          ++stats->skipped;
          continue;
        }
        dict->synsets[synset].push_back(std::move(member));
      } else {
        errors->push_back(Problem(name, lineno, "synset line outside a synset", raw));
        ++stats->skipped;
      }
      continue;
    }
    if (section == kTime) {
      Bracketed b = SplitBrackets(line);
      if (b.blocks.empty()) {
        errors->push_back(Problem(name, lineno, "time phrase without a shift", raw));
        ++stats->skipped;
        continue;
      }
      LegacyTimePhrase t;
      std::string head = LegacyTrim(b.head);
      if (!head.empty() && head[0] == '-') head = LegacyTrim(head.substr(1));
      std::string stripped;
      for (char c : head) {
        if (c != '*') stripped.push_back(c);
      }
      t.words = ParseLegacyPhrase(stripped);
      t.shift = LegacyTrim(b.blocks[0]);
      t.where = {name, lineno};
      if (!t.words.empty()) {
        dict->times.push_back(std::move(t));
        ++stats->times;
      }
      continue;
    }
    Bracketed b = SplitBrackets(line);
    if (line[0] == '{') {  // irregular forms of the open verb
      const size_t close = line.find('}');
      if (verb == nullptr || close == std::string::npos) {
        errors->push_back(Problem(name, lineno, verb == nullptr ? "forms without a verb" : "unclosed '{'", raw));
        ++stats->skipped;
        continue;
      }
      std::stringstream ss(line.substr(1, close - 1));
      std::string f;
      while (ss >> f) {
        std::vector<LegacyWord> form = ParseLegacyPhrase(f);
        if (!form.empty()) verb->roots.push_back(std::move(form));
      }
      continue;
    }
    if (b.unbalanced || b.blocks.empty()) {
      errors->push_back(Problem(name, lineno, b.unbalanced ? "unbalanced '['" : "entry without a [code]", raw));
      ++stats->skipped;
      continue;
    }
    LegacyCode code;
    if (!ParseLegacyCode(b.blocks[0], &code)) {
      errors->push_back(Problem(name, lineno, "empty code", raw));
      ++stats->skipped;
      continue;
    }
    if (line[0] == '-') {  // pattern
      if (verb == nullptr) {
        errors->push_back(Problem(name, lineno, "pattern without a verb", raw));
        ++stats->skipped;
        continue;
      }
      LegacyPattern p;
      std::string err;
      std::string body = LegacyTrim(b.head.substr(1));
      if (!ParseLegacyPattern(body, false, &p, &err)) {
        errors->push_back(Problem(name, lineno, err, raw));
        ++stats->skipped;
        continue;
      }
      p.code = code;
      p.text = body;
      p.where = {name, lineno};
      verb->patterns.push_back(std::move(p));
      ++stats->patterns;
      continue;
    }
    finish_verb();
    std::vector<LegacyWord> root = ParseLegacyPhrase(b.head);
    if (root.empty()) {
      errors->push_back(Problem(name, lineno, "verb without a root", raw));
      ++stats->skipped;
      continue;
    }
    LegacyVerb v;
    v.roots.push_back(std::move(root));
    v.code = code;
    v.where = {name, lineno};
    dict->verbs.push_back(std::move(v));
    verb = &dict->verbs.back();
    ++stats->verbs;
  }
  finish_verb();
}

bool ApplyTabariOption(std::string_view line_in, TabariOptions* o, std::string* error) {
  std::string line = LegacyUpper(LegacyTrim(line_in));
  if (line.empty() || line.rfind("//", 0) == 0) return true;
  auto number_after = [&](const std::string& key, int* out) {
    const size_t p = line.find(key);
    if (p == std::string::npos) return false;
    size_t q = p + key.size();
    while (q < line.size() && (line[q] == ' ' || line[q] == '=' || line[q] == '[')) ++q;
    size_t e = q;
    while (e < line.size() && std::isdigit(static_cast<unsigned char>(line[e]))) ++e;
    if (e == q) return false;
    *out = std::stoi(line.substr(q, e - q));
    return true;
  };
  auto bracket_after = [&](const std::string& key, std::string* out) {
    const size_t p = line.find(key);
    if (p == std::string::npos) return false;
    const size_t a = line.find('[', p), z = line.find(']', p);
    if (a == std::string::npos || z == std::string::npos || z < a) return false;
    *out = LegacyTrim(line.substr(a + 1, z - a - 1));
    return true;
  };
  const bool truthy = line.find("TRUE") != std::string::npos;
  if (line.rfind("COMPLEX:", 0) == 0) {
    o->complex_verbs = 0;
    o->complex_conj = 0;
    number_after("VERBS", &o->complex_verbs);
    number_after("CONJ", &o->complex_conj);
    o->no_actor_prior = line.find("NOACTPRIOR") != std::string::npos;
    return true;
  }
  if (line.rfind("DEFAULT:", 0) == 0) {
    if (line.find("OFF") != std::string::npos) {
      o->default_source.clear();
      o->default_target.clear();
      o->default_prior = o->default_after = false;
      return true;
    }
    bracket_after("SOURCE", &o->default_source);
    bracket_after("TARGET", &o->default_target);
    o->default_prior = line.find("PRIOR") != std::string::npos;
    o->default_after = line.find("AFTER") != std::string::npos;
    return true;
  }
  if (line.rfind("COMMA:", 0) == 0) {
    if (line.find("OFF") != std::string::npos) {
      o->comma_off = true;
      return true;
    }
    o->comma_off = false;
    // Keys must be read longest first: "EMIN" contains "MIN".
    std::string rest = line;
    auto take = [&](const std::string& key, int* out) {
      const size_t p = rest.find(" " + key);
      if (p == std::string::npos) return;
      size_t q = p + key.size() + 1;
      while (q < rest.size() && (rest[q] == ' ' || rest[q] == '=')) ++q;
      size_t e = q;
      while (e < rest.size() && std::isdigit(static_cast<unsigned char>(rest[e]))) ++e;
      if (e > q) *out = std::stoi(rest.substr(q, e - q));
    };
    take("EMIN", &o->comma_emin);
    take("EMAX", &o->comma_emax);
    take("BMIN", &o->comma_bmin);
    take("BMAX", &o->comma_bmax);
    take("MIN", &o->comma_min);
    take("MAX", &o->comma_max);
    return true;
  }
  if (line.rfind("FORWARD:", 0) == 0) {
    o->forward = line.find(" OFF") == std::string::npos;
    return true;
  }
  if (line.rfind("SET:", 0) == 0) {
    if (line.find("CODE BY SENTENCE") != std::string::npos) o->code_by = TabariOptions::kBySentence;
    else if (line.find("CODE BY CLAUSE") != std::string::npos) o->code_by = TabariOptions::kByClause;
    else if (line.find("CODE ALL") != std::string::npos) o->code_by = TabariOptions::kAll;
    else if (line.find("CONVERT AGENT") != std::string::npos) o->convert_agent = truthy;
    else if (line.find("MINIMUM WORDS") != std::string::npos) number_after("MINIMUM WORDS", &o->minimum_words);
    else if (line.find("YYYY") != std::string::npos) o->yyyy = truthy;
    else if (line.find("TIME SHIFT") != std::string::npos) o->time_shift = truthy;
    return true;  // other SET: switches do not change coding
  }
  if (line.rfind("LABEL:", 0) == 0 || line.rfind("OUTPUT:", 0) == 0 || line.rfind("~~", 0) == 0) return true;
  *error = "unknown option";
  return false;
}

void ParseTabariOptions(const std::string& name, std::string_view text, TabariOptions* options,
                        std::vector<std::string>* errors) {
  std::vector<std::string> lines = ReadLegacyLines(text, nullptr);
  for (size_t li = 0; li < lines.size(); ++li) {
    std::string err;
    if (lines[li].rfind("~~", 0) == 0) break;
    if (!ApplyTabariOption(lines[li], options, &err)) {
      errors->push_back(Problem(name, static_cast<int>(li) + 1, err, lines[li]));
    }
  }
}

Result<TabariProject> ReadTabariProject(const std::string& path) {
  Result<std::string> bytes = ReadLegacyFile(path);
  if (!bytes.ok()) return bytes.status();
  const fs::path dir = fs::path(path).parent_path();
  TabariProject p;
  for (const std::string& raw : ReadLegacyLines(*bytes, nullptr)) {
    std::string line = LegacyTrim(raw);
    if (line.empty() || line[0] != '<') continue;
    const size_t close = line.find('>');
    if (close == std::string::npos) continue;
    const std::string tag = LegacyUpper(line.substr(1, close - 1));
    std::string value = LegacyTrim(line.substr(close + 1));
    if (value.empty()) continue;
    const std::string file = (dir / value).string();
    if (tag == "ACTORSFILE") p.actors.push_back(file);
    else if (tag == "AGENTSFILE") p.agents.push_back(file);
    else if (tag == "VERBSFILE") p.verbs.push_back(file);
    else if (tag == "OPTIONSFILE") p.options = file;
    else if (tag == "TEXTFILE") p.text = file;
  }
  if (p.actors.empty() && p.verbs.empty()) {
    return Status::DataError(path + ": no <actorsfile> or <verbsfile> in project file");
  }
  return p;
}

LegacyFormat DetectLegacyFormat(const std::string& path, std::string_view head) {
  std::string lower = fs::path(path).filename().string();
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.size() > 4 && lower.substr(lower.size() - 4) == ".zip") lower = lower.substr(0, lower.size() - 4);
  auto ends = [&](const char* s) {
    const std::string suf(s);
    return lower.size() >= suf.size() && lower.compare(lower.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends(".dict")) return LegacyFormat::kUnknown;
  if (ends(".project")) return LegacyFormat::kTabariProject;
  if (ends(".actors")) return LegacyFormat::kTabariActors;
  if (ends(".agents")) return LegacyFormat::kTabariAgents;
  if (ends(".verbs")) return LegacyFormat::kTabariVerbs;
  if (ends(".options")) return LegacyFormat::kTabariOptions;
  if (lower.find("actors") != std::string::npos) return LegacyFormat::kPetrarchActors;
  if (lower.find("agents") != std::string::npos) return LegacyFormat::kPetrarchAgents;
  if (lower.find("discards") != std::string::npos) return LegacyFormat::kPetrarchDiscards;
  if (lower.find("issue") != std::string::npos) return LegacyFormat::kPetrarchIssues;
  if (lower.find("verb") != std::string::npos || lower.rfind("cameo", 0) == 0) return LegacyFormat::kPetrarchVerbs;
  // By content.
  const std::string h(head.substr(0, std::min<size_t>(head.size(), 65536)));
  if (h.find("<actorsfile>") != std::string::npos || h.find("<verbsfile>") != std::string::npos) {
    return LegacyFormat::kTabariProject;
  }
  if (h.find("\n---  ") != std::string::npos && h.find("[---]") != std::string::npos) return LegacyFormat::kPetrarchVerbs;
  if (h.find("<SYNSETS>") != std::string::npos || h.find("\n- ") != std::string::npos) return LegacyFormat::kTabariVerbs;
  if (h.find("[~") != std::string::npos) return LegacyFormat::kTabariAgents;
  if (h.find("COMPLEX:") != std::string::npos || h.find("LABEL:") != std::string::npos) return LegacyFormat::kTabariOptions;
  if (h.find("\n\t[") != std::string::npos || h.find("_  [") != std::string::npos || h.find("_ [") != std::string::npos) {
    return LegacyFormat::kTabariActors;
  }
  return LegacyFormat::kUnknown;
}

Status LoadTabari(const std::string& path, const LegacyImportOptions& options, LegacyDictionary* dict,
                  std::vector<std::string>* errors, LegacyLoadStats* stats) {
  const auto start = std::chrono::steady_clock::now();
  auto load = [&](const std::string& file, LegacyFormat format) -> Status {
    Result<std::string> bytes = ReadLegacyFile(file);
    if (!bytes.ok()) return bytes.status();
    if (!ParseLegacyFile(file, *bytes, format, options, dict, errors, stats)) {
      return Status::DataError(file + ": not a TABARI dictionary file (want .project, .actors, .agents, .verbs, .options)");
    }
    return Status::Ok();
  };
  Status st;
  Result<std::string> head = ReadLegacyFile(path);
  if (!head.ok()) return head.status();
  if (DetectLegacyFormat(path, *head) == LegacyFormat::kTabariProject) {
    Result<TabariProject> p = ReadTabariProject(path);
    if (!p.ok()) return p.status();
    for (const std::string& f : p->actors) DRAGOMAN_RETURN_IF_ERROR(load(f, LegacyFormat::kTabariActors));
    for (const std::string& f : p->agents) DRAGOMAN_RETURN_IF_ERROR(load(f, LegacyFormat::kTabariAgents));
    for (const std::string& f : p->verbs) DRAGOMAN_RETURN_IF_ERROR(load(f, LegacyFormat::kTabariVerbs));
    if (!p->options.empty()) DRAGOMAN_RETURN_IF_ERROR(load(p->options, LegacyFormat::kTabariOptions));
  } else {
    st = load(path, LegacyFormat::kUnknown);
  }
  stats->seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return st;
}

// ---------------------------------------------------------------------------------------------
// Conversion into Dragoman's model.

namespace {

std::string TitleWords(const std::vector<LegacyWord>& phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (i > 0) out.push_back(' ');
    std::string w = phrase[i].text;
    bool start = true;
    for (char& c : w) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80) {  // leave UTF-8 as written
        start = false;
        continue;
      }
      c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = !std::isalnum(u) && c != '\'';
    }
    // Short all-capital words are acronyms: "UN", "NATO", "U.S." stay as written.
    bool acronym = phrase[i].text.size() <= 4 && phrase.size() == 1;
    if (phrase[i].text.find('.') != std::string::npos) acronym = true;
    out += acronym ? phrase[i].text : w;
  }
  return out;
}

std::string LowerWords(const std::vector<LegacyWord>& phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (i > 0) out.push_back(' ');
    for (char c : phrase[i].text) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

bool IsSpecialCode(const std::string& c) { return c == "---" || c == "###" || c == "+++"; }

// A pattern element list → Dragoman pattern elements; false when not expressible.
bool ConvertElements(const std::vector<LegacyElement>& in, std::vector<PatternElement>* out) {
  bool adjacent = false;
  for (const LegacyElement& e : in) {
    PatternElement p;
    p.adjacent = adjacent;
    switch (e.kind) {
      case LegacyElement::kWord: {
        p.kind = PatternElement::kWord;
        for (char c : e.word.text) p.word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        break;
      }
      case LegacyElement::kSynset: {
        p.kind = PatternElement::kSet;
        for (char c : e.name) p.word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        break;
      }
      case LegacyElement::kTarget: p.kind = PatternElement::kTarget; break;
      case LegacyElement::kSource: p.kind = PatternElement::kSource; break;
      case LegacyElement::kVerb:
        adjacent = e.adjacent_next;
        continue;
      default:
        return false;  // alternatives, %, ^
    }
    adjacent = e.adjacent_next || e.noun_phrase;
    out->push_back(std::move(p));
  }
  return true;
}

}  // namespace

void LegacyToDictionaryData(const LegacyDictionary& dict, DictionaryData* out, std::vector<std::string>* dropped) {
  std::set<std::pair<std::string, int>> seen_patterns;  // a PETRARCH block's patterns are shared by its verbs
  auto first_time = [&](const SourceLine& w) { return seen_patterns.insert({w.file, w.line}).second; };
  size_t null_actors = 0, compound_actors = 0, lower_patterns = 0, complex_patterns = 0, paired = 0,
         special_verbs = 0, multiword_set_members = 0, stems = 0;
  for (const LegacyActor& a : dict.actors) {
    // One record per actor: the undated code, and roles for dated codes. A block of several codes
    // ("ELR/GAL") keeps its first code.
    ActorRecord r;
    r.entity = TitleWords(a.phrases[0]);
    r.type = "";
    r.where = a.where;
    bool usable = false;
    for (const auto& block : a.codes) {
      if (block.size() > 1) ++compound_actors;
      const LegacyCodeSpan& c = block[0];
      if (IsSpecialCode(c.code)) continue;
      usable = true;
      if (c.from == 0 && c.to == 0) {
        if (r.code.empty()) r.code = c.code;
      } else {
        r.roles.push_back({c.code, c.from, c.to, a.where});
      }
    }
    if (!usable) {
      ++null_actors;
      continue;
    }
    for (const auto& phrase : a.phrases) {
      for (const LegacyWord& w : phrase) stems += w.match == LegacyWord::kStem ? 1 : 0;
      r.names.push_back(TitleWords(phrase));
    }
    const std::string code = r.code.empty() ? r.roles.front().code : r.code;
    if (code.size() >= 3) {
      const std::string c3 = code.substr(0, 3);
      r.type = (c3 == "IGO" || c3 == "NGO" || c3 == "MNC") ? (c3 == "IGO" ? "igo" : c3 == "NGO" ? "ngo" : "company")
               : code.size() == 3 ? "country"
                                  : "group";
    }
    out->actors.push_back(std::move(r));
  }
  for (const LegacyAgent& a : dict.agents) {
    AgentRecord r;
    r.role = a.code;
    r.role.erase(std::remove(r.role.begin(), r.role.end(), '~'), r.role.end());
    r.where = a.where;
    for (const auto& phrase : a.phrases) r.names.push_back(LowerWords(phrase));
    if (!r.role.empty() && !r.names.empty()) out->agents.push_back(std::move(r));
  }
  for (const auto& [name, members] : dict.synsets) {
    WordSet s;
    for (char c : name) s.name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (const auto& m : members) {
      if (m.size() == 1 && m[0].kind == LegacyElement::kWord) {
        std::string w;
        for (char c : m[0].word.text) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        s.words.push_back(std::move(w));
      } else {
        ++multiword_set_members;
      }
    }
    if (!s.words.empty()) out->sets.push_back(std::move(s));
  }
  for (const LegacyVerb& v : dict.verbs) {
    if (v.code.code == "###" || v.code.code == "+++") {
      ++special_verbs;
      continue;
    }
    VerbRecord r;
    const std::vector<LegacyWord>& root = v.roots[0];
    for (char c : root[0].text) r.lemma.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (size_t i = 1; i < root.size(); ++i) r.particles.push_back(LowerWords({root[i]}));
    r.default_code = v.code.code == "---" ? "" : v.code.code;
    if (!v.code.paired.empty()) ++paired;
    for (size_t i = 1; i < v.roots.size(); ++i) {
      if (v.roots[i].size() == 1) r.forms.push_back(LowerWords(v.roots[i]));
    }
    r.where = v.where;
    for (const LegacyPattern& p : v.patterns) {
      const bool first = first_time(p.where);
      if (!p.lower.empty()) {
        lower_patterns += first ? 1 : 0;
        continue;
      }
      if (p.code.code.empty() || p.code.code == "###" || p.code.code == "+++") {
        special_verbs += first ? 1 : 0;
        continue;
      }
      VerbPattern vp;
      if (!ConvertElements(p.upper, &vp.elements)) {
        complex_patterns += first ? 1 : 0;
        continue;
      }
      if (vp.elements.empty()) continue;
      if (!p.code.paired.empty() && first) ++paired;
      vp.code = p.code.code;
      vp.text = p.text;
      vp.where = p.where;
      r.patterns.push_back(std::move(vp));
    }
    out->verbs.push_back(std::move(r));
  }
  // Verbs whose own code is 010 ("make statement": SAY, TELL, ANNOUNCE, STATE ...) are the
  // reporting verbs Dragoman treats as speech frames (&speech): their own patterns still code.
  WordSet speech;
  speech.name = "&speech";
  for (const LegacyVerb& v : dict.verbs) {
    if (v.code.code != "010") continue;
    if (speech.where.file.empty()) speech.where = v.where;
    for (const auto& root : v.roots) {
      if (root.size() == 1) speech.words.push_back(LowerWords(root));
    }
  }
  if (!speech.words.empty()) out->sets.push_back(std::move(speech));
  auto note = [&](size_t n, const std::string& what) {
    if (n > 0 && dropped != nullptr) dropped->push_back(what + ": " + std::to_string(n));
  };
  note(null_actors, "actors with only null, discard or complex codes (no record)");
  note(compound_actors, "coded compound actors (first code kept)");
  note(stems, "stem words read as whole words");
  note(lower_patterns, "patterns with words before the verb (TABARI coder only)");
  note(complex_patterns, "patterns with alternatives, % or ^ (TABARI coder only)");
  note(paired, "paired codes (first event kept)");
  note(special_verbs, "discard or complex verb codes (TABARI coder only)");
  note(multiword_set_members, "multi-word synset members (TABARI coder only)");
}

}  // namespace dragoman
