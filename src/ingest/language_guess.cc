// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/language_guess.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

namespace dragoman {
namespace {

struct Language {
  const char* code;
  std::array<const char*, 20> words;
};

// Words frequent in one language and rare in the others.
constexpr Language kLanguages[] = {
    {"en", {"the", "and", "of", "to", "is", "that", "with", "was", "for", "said", "have", "from", "which", "this", "are", "were", "would", "has", "been", "their"}},
    {"fr", {"le", "les", "des", "est", "une", "dans", "qui", "pour", "pas", "sur", "avec", "du", "au", "ont", "cette", "mais", "et", "aux", "sont", "leur"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "dem", "ein", "eine", "auch", "wird", "sind", "von", "den", "zu", "nach", "wurde"}},
    {"es", {"el", "los", "las", "del", "que", "por", "una", "para", "con", "est\xC3\xA1", "como", "m\xC3\xA1s", "pero", "sus", "fue", "y", "se", "entre", "hay", "tambi\xC3\xA9n"}},
    {"it", {"il", "della", "che", "di", "per", "gli", "sono", "una", "con", "non", "del", "nel", "alla", "anche", "ha", "dei", "delle", "questo", "sul"}},
    {"pt", {"o", "os", "que", "do", "da", "em", "um", "uma", "para", "com", "n\xC3\xA3o", "dos", "das", "mais", "foi", "pelo", "s\xC3\xA3o", "pela", "tamb\xC3\xA9m", "ao"}},
    {"nl", {"de", "het", "een", "van", "en", "dat", "niet", "zijn", "voor", "met", "ook", "naar", "maar", "wordt", "bij", "heeft", "om", "werd", "deze", "ze"}},
};

}  // namespace

std::string GuessLanguage(std::string_view text) {
  static const std::unordered_map<std::string, std::vector<int>>* index = [] {
    auto* m = new std::unordered_map<std::string, std::vector<int>>();
    for (int l = 0; l < static_cast<int>(std::size(kLanguages)); ++l) {
      for (const char* w : kLanguages[l].words) {
        if (w == nullptr) continue;  // lists shorter than the array
        auto& v = (*m)[w];
        if (v.empty() || v.back() != l) v.push_back(l);
      }
    }
    return m;
  }();
  int counts[std::size(kLanguages)] = {};
  int words = 0;
  std::string word;
  for (size_t i = 0; i <= text.size() && words < 2000; ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalpha(c) || c >= 0x80) {
      word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      continue;
    }
    if (word.empty()) continue;
    ++words;
    if (auto it = index->find(word); it != index->end()) {
      for (int l : it->second) ++counts[l];
    }
    word.clear();
    // Stop early once one language leads beyond doubt (most articles settle within 200 words):
    // at least 40 function words and three times the runner-up.
    if (words % 100 == 0) {
      int top = 0, next = 0;
      for (int c : counts) {
        if (c > top) {
          next = top;
          top = c;
        } else {
          next = std::max(next, c);
        }
      }
      if (top >= 40 && top >= 3 * next) break;
    }
  }
  int best = -1, second = 0;
  for (int l = 0; l < static_cast<int>(std::size(kLanguages)); ++l) {
    if (best < 0 || counts[l] > counts[best]) {
      if (best >= 0) second = std::max(second, counts[best]);
      best = l;
    } else {
      second = std::max(second, counts[l]);
    }
  }
  if (best < 0 || counts[best] < 5 || counts[best] * 2 < second * 3) return "";
  return kLanguages[best].code;
}

std::string NormalizeLanguageTag(std::string_view tag) {
  std::string out;
  size_t i = 0;
  while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
  int part = 0;
  size_t part_len = 0;
  for (; i < tag.size(); ++i) {
    char c = tag[i];
    if (c == '_' || c == '-') {
      if (part_len == 0) return "";
      out.push_back('-');
      ++part;
      part_len = 0;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';') break;
    if (!std::isalnum(static_cast<unsigned char>(c))) return "";
    ++part_len;
    if (part_len > 8) return "";
    // Language lower case, two-letter region upper case, script title case.
    if (part == 0) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      out.push_back(c);
    }
  }
  if (out.empty() || out.back() == '-') return "";
  size_t dash = out.find('-');
  std::string lang = out.substr(0, dash);
  if (lang.size() < 2 || lang.size() > 3) return "";
  for (char c : lang) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return "";
  }
  // Upper-case a two-letter region, title-case a four-letter script.
  std::string result = lang;
  size_t start = dash;
  while (start != std::string::npos) {
    size_t next = out.find('-', start + 1);
    std::string sub = out.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1);
    if (sub.size() == 2) {
      for (char& c : sub) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if (sub.size() == 4) {
      for (char& c : sub) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      sub[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sub[0])));
    } else {
      for (char& c : sub) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    result += "-" + sub;
    start = next;
  }
  return result;
}

}  // namespace dragoman
