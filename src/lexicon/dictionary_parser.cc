// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Parser of Dragoman's dictionary format. The grammar is in doc/dictionaries.md:
//   header    := KEYWORD ' ' ARGS        (column 0; actor | agent | verb | noun | set)
//   attribute := INDENT KEY ' ' VALUE
//   comment   := '#' ... (at line start or after white space)

#include <cctype>
#include <fstream>
#include <sstream>

#include "lexicon/dictionary.h"

namespace dragoman {
namespace {

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::string StripComment(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) return s.substr(0, i);
  }
  return s;
}

std::vector<std::string> SplitAlternatives(const std::string& value) {
  std::vector<std::string> out;
  std::stringstream ss(value);
  std::string item;
  while (std::getline(ss, item, '|')) {
    item = Trim(item);
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string w;
  while (ss >> w) out.push_back(w);
  return out;
}

bool IsCameoCode(const std::string& s) {
  if (s == "---") return true;
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsActorCode(const std::string& s) {
  if (s.empty() || s.size() % 3 != 0 || s.size() > 15) return false;
  for (char c : s) {
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return true;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ParsePattern(const std::string& text, VerbPattern* p, std::string* error) {
  for (const std::string& token : SplitWords(text)) {
    // a_b: adjacency between words.
    size_t start = 0;
    bool first_piece = true;
    while (start <= token.size()) {
      size_t us = token.find('_', start);
      std::string piece = token.substr(start, us == std::string::npos ? std::string::npos : us - start);
      if (piece.empty()) {
        *error = "empty element in '" + token + "'";
        return false;
      }
      PatternElement e;
      e.adjacent = !first_piece;
      if (piece == "+") {
        e.kind = PatternElement::kTarget;
      } else if (piece == "$") {
        e.kind = PatternElement::kSource;
      } else if (piece[0] == '&') {
        e.kind = PatternElement::kSet;
        e.word = Lower(piece);
      } else {
        e.kind = PatternElement::kWord;
        e.word = Lower(piece);
      }
      p->elements.push_back(std::move(e));
      first_piece = false;
      if (us == std::string::npos) break;
      start = us + 1;
    }
  }
  return true;
}

}  // namespace

bool ParseDictDate(const std::string& text, bool end, DateInt* out) {
  int y = 0, m = 0, d = 0;
  auto digits = [&](size_t pos, size_t n, int* v) {
    if (pos + n > text.size()) return false;
    *v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
      *v = *v * 10 + (text[i] - '0');
    }
    return true;
  };
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (text.size() == 4 && digits(0, 4, &y)) {
    m = end ? 12 : 1;
    d = end ? 31 : 1;
  } else if (text.size() == 7 && text[4] == '-' && digits(0, 4, &y) && digits(5, 2, &m)) {
    if (m < 1 || m > 12) return false;
    d = end ? kDays[m - 1] : 1;
    if (end && m == 2 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) d = 28;
  } else if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(0, 4, &y) &&
             digits(5, 2, &m) && digits(8, 2, &d)) {
    if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  } else {
    return false;
  }
  if (y < 1000) return false;
  *out = y * 10000 + m * 100 + d;
  return true;
}

void ParseDictionaryText(const std::string& name, const std::string& text, DictionaryData* data,
                         std::vector<std::string>* errors) {
  enum class Kind { kNone, kActor, kAgent, kVerb, kSet, kSkip };
  Kind current = Kind::kNone;
  std::istringstream in(text);
  std::string raw;
  int line_no = 0;
  auto error = [&](const std::string& message, const std::string& line) {
    errors->push_back(name + ":" + std::to_string(line_no) + ": " + message + ": " + Trim(line));
  };
  // Closes the current record: drops it if it is incomplete.
  auto finish = [&]() {
    if (current == Kind::kActor) {
      ActorRecord& a = data->actors.back();
      if (a.code.empty() && a.roles.empty()) {
        errors->push_back(a.where.ToString() + ": actor has no code or role: " + a.entity);
        data->actors.pop_back();
      } else if (a.type.empty()) {
        a.type = "group";
      }
    }
    current = Kind::kNone;
  };

  while (std::getline(in, raw)) {
    ++line_no;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string line = StripComment(raw);
    if (Trim(line).empty()) continue;
    const bool indented = line[0] == ' ' || line[0] == '\t';
    line = Trim(line);
    size_t sp = line.find_first_of(" \t");
    std::string key = line.substr(0, sp);
    std::string value = sp == std::string::npos ? "" : Trim(line.substr(sp + 1));
    SourceLine where{name, line_no};

    if (!indented) {
      finish();
      if (key == "actor") {
        if (value.empty()) {
          error("actor without a name", raw);
          current = Kind::kSkip;
          continue;
        }
        ActorRecord a;
        a.entity = value;
        a.names.push_back(value);
        a.where = where;
        data->actors.push_back(std::move(a));
        current = Kind::kActor;
      } else if (key == "agent") {
        if (!IsActorCode(value)) {
          error("agent needs a role code such as GOV", raw);
          current = Kind::kSkip;
          continue;
        }
        data->agents.push_back({value, {}, where});
        current = Kind::kAgent;
      } else if (key == "set") {
        size_t sp2 = value.find_first_of(" \t");
        std::string set_name = value.substr(0, sp2);
        if (set_name.size() < 2 || set_name[0] != '&') {
          error("set name must start with &", raw);
          current = Kind::kSkip;
          continue;
        }
        WordSet s;
        s.name = Lower(set_name);
        s.where = where;
        if (sp2 != std::string::npos) {
          for (std::string& w : SplitAlternatives(value.substr(sp2 + 1))) s.words.push_back(Lower(w));
        }
        data->sets.push_back(std::move(s));
        current = Kind::kSet;
      } else if (key == "verb" || key == "noun") {
        std::vector<std::string> words = SplitWords(value);
        if (words.empty()) {
          error(key + " without a lemma", raw);
          current = Kind::kSkip;
          continue;
        }
        VerbRecord v;
        v.noun = key == "noun";
        v.where = where;
        if (IsCameoCode(words.back()) && words.size() >= 2) {
          v.default_code = words.back();
          words.pop_back();
        }
        for (const std::string& w : words) {
          if (IsCameoCode(w) || w[0] == '&' || w == "+" || w == "$") {
            error("bad anchor word '" + w + "'", raw);
            current = Kind::kSkip;
            break;
          }
        }
        if (current == Kind::kSkip) continue;
        v.lemma = Lower(words[0]);
        for (size_t i = 1; i < words.size(); ++i) v.particles.push_back(Lower(words[i]));
        data->verbs.push_back(std::move(v));
        current = Kind::kVerb;
      } else {
        error("unknown record keyword '" + key + "'", raw);
        current = Kind::kSkip;
      }
      continue;
    }

    switch (current) {
      case Kind::kNone:
        error("indented line outside a record", raw);
        break;
      case Kind::kSkip:
        break;
      case Kind::kActor: {
        ActorRecord& a = data->actors.back();
        if (key == "type") {
          a.type = value;
        } else if (key == "code") {
          if (!IsActorCode(value)) {
            error("bad actor code", raw);
          } else {
            a.code = value;
          }
        } else if (key == "role") {
          std::vector<std::string> w = SplitWords(value);
          ActorRole r;
          r.where = where;
          if (w.empty() || !IsActorCode(w[0])) {
            error("bad role code", raw);
            break;
          }
          r.code = w[0];
          if (w.size() >= 2) {
            size_t dots = w[1].find("..");
            if (dots == std::string::npos) {
              error("role date range must be FROM..TO", raw);
              break;
            }
            std::string from = w[1].substr(0, dots), to = w[1].substr(dots + 2);
            if ((!from.empty() && !ParseDictDate(from, false, &r.from)) ||
                (!to.empty() && !ParseDictDate(to, true, &r.to))) {
              error("bad date in role", raw);
              break;
            }
            if (r.from != 0 && r.to != 0 && r.from > r.to) {
              error("role ends before it begins", raw);
              break;
            }
          }
          a.roles.push_back(std::move(r));
        } else if (key == "name") {
          for (std::string& n : SplitAlternatives(value)) a.names.push_back(std::move(n));
        } else if (key == "adj") {
          for (std::string& n : SplitAlternatives(value)) a.adjectives.push_back(std::move(n));
        } else if (key == "capital") {
          for (std::string& n : SplitAlternatives(value)) a.capitals.push_back(std::move(n));
        } else if (key == "country") {
          if (value.size() != 3 || !IsActorCode(value)) {
            error("country must be a 3-letter code", raw);
          } else {
            a.country = value;
          }
        } else {
          error("unknown actor attribute '" + key + "'", raw);
        }
        break;
      }
      case Kind::kAgent:
        if (key == "name") {
          for (std::string& n : SplitAlternatives(value)) data->agents.back().names.push_back(std::move(n));
        } else {
          error("unknown agent attribute '" + key + "'", raw);
        }
        break;
      case Kind::kSet:
        for (std::string& w : SplitAlternatives(line)) data->sets.back().words.push_back(Lower(w));
        break;
      case Kind::kVerb: {
        VerbRecord& v = data->verbs.back();
        if (key == "forms") {
          for (std::string& f : SplitAlternatives(value)) v.forms.push_back(Lower(f));
          break;
        }
        if (!IsCameoCode(key)) {
          error("pattern line must start with a CAMEO code or ---", raw);
          break;
        }
        VerbPattern p;
        p.code = key;
        p.text = value;
        p.where = where;
        std::string why;
        if (!ParsePattern(value, &p, &why)) {
          error("bad pattern (" + why + ")", raw);
          break;
        }
        v.patterns.push_back(std::move(p));
        break;
      }
    }
  }
  finish();
}

Status ParseDictionaryFile(const std::string& path, DictionaryData* data,
                           std::vector<std::string>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open dictionary");
  std::stringstream buffer;
  buffer << in.rdbuf();
  ParseDictionaryText(path, buffer.str(), data, errors);
  return Status::Ok();
}

}  // namespace dragoman
