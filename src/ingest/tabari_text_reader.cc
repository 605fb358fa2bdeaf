// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/tabari_text_reader.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "lexicon/tabari_importer.h"

namespace dragoman {
namespace {

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// A header: at least six digits at column 0, white space, an id.
bool IsHeader(std::string_view s, std::string* date, std::string* id) {
  size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i < 6 || i >= s.size() || !std::isspace(static_cast<unsigned char>(s[i]))) return false;
  size_t j = i;
  while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
  if (j >= s.size()) return false;
  size_t k = j;
  while (k < s.size() && !std::isspace(static_cast<unsigned char>(s[k]))) ++k;
  *date = std::string(s.substr(0, i));
  *id = std::string(s.substr(j, k - j));
  return true;
}

}  // namespace

std::vector<TabariRecord> ParseTabariText(const std::string& name, std::string_view bytes,
                                          std::vector<std::string>* errors) {
  std::vector<TabariRecord> out;
  std::vector<std::string> lines = ReadLegacyLines(bytes, nullptr);
  TabariRecord* cur = nullptr;
  bool in_comment = false;
  for (size_t li = 0; li < lines.size(); ++li) {
    const std::string& line = lines[li];
    if (cur == nullptr || (IsBlank(line) && !in_comment)) {
      if (IsBlank(line)) {
        cur = nullptr;
        continue;
      }
      std::string date, id;
      if (!IsHeader(line, &date, &id)) continue;
      out.push_back({date, id, line, "", "", static_cast<int>(li) + 1});
      cur = &out.back();
      if (date.size() != 6 && date.size() != 8 && errors != nullptr) {
        errors->push_back(name + ":" + std::to_string(li + 1) + ": record date is not YYMMDD or YYYYMMDD: " + date);
      }
      continue;
    }
    if (IsBlank(line) && in_comment) {
      // A blank line inside an unclosed comment still ends the record (TABARI's rule), and the
      // comment with it.
      in_comment = false;
      cur = nullptr;
      continue;
    }
    // Split the line into text and comment parts.
    std::string text, comment;
    size_t i = 0;
    while (i < line.size()) {
      if (in_comment) {
        const size_t e = line.find("*/", i);
        if (e == std::string::npos) {
          comment += line.substr(i);
          i = line.size();
        } else {
          comment += line.substr(i, e - i);
          in_comment = false;
          i = e + 2;
        }
      } else {
        const size_t s = line.find("/*", i);
        if (s == std::string::npos) {
          text += line.substr(i);
          i = line.size();
        } else {
          text += line.substr(i, s - i);
          in_comment = true;
          i = s + 2;
        }
      }
    }
    if (!IsBlank(text)) {
      if (!cur->text.empty()) cur->text.push_back('\n');
      cur->text += text;
    }
    if (!comment.empty()) {
      if (!cur->comments.empty()) cur->comments.push_back('\n');
      cur->comments += comment;
    }
  }
  return out;
}

Result<std::vector<TabariRecord>> ReadTabariText(const std::string& path, std::vector<std::string>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseTabariText(path, ss.str(), errors);
}

std::string TabariDateToIso(std::string_view date, int reference_year) {
  std::string_view d = date;
  if (d.size() != 8 && d.size() > 6) d = d.substr(0, 6);
  DateInt v = 0;
  if (!ParseLegacyDate(d, reference_year, &v)) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v / 10000, (v / 100) % 100, v % 100);
  return buf;
}

}  // namespace dragoman
