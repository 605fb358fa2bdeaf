// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/input_reader.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "lexicon/dictionary.h"

namespace dragoman {

bool IsIsoDate(const std::string& date) {
  DateInt d;
  return date.size() == 10 && ParseDictDate(date, false, &d);
}

InputReader::InputReader(std::vector<std::string> paths, std::string default_date, ErrorFn on_error)
    : paths_(std::move(paths)), default_date_(std::move(default_date)), on_error_(std::move(on_error)) {
  if (paths_.empty()) paths_.push_back("-");
}

InputReader::~InputReader() = default;

void InputReader::Error(const std::string& message) {
  ++skipped_;
  if (on_error_) on_error_(message);
}

bool InputReader::Next(InputItem* item) {
  for (;;) {
    if (jsonl_ != nullptr) {
      std::string line;
      while (std::getline(*jsonl_, line)) {
        ++jsonl_line_;
        size_t first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos) continue;
        const std::string where = jsonl_name_ + ":" + std::to_string(jsonl_line_);
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
          Error(where + ": not a JSON object: " + line.substr(0, 80));
          continue;
        }
        auto text = j.find("text");
        if (text == j.end() || !text->is_string()) {
          Error(where + ": missing string field \"text\"");
          continue;
        }
        InputItem it;
        it.article.raw = text->get<std::string>();
        auto str = [&](const char* key) -> std::string {
          auto f = j.find(key);
          if (f == j.end() || f->is_null()) return "";
          return f->is_string() ? f->get<std::string>() : f->dump();
        };
        it.article.id = str("id");
        if (it.article.id.empty()) it.article.id = where;
        it.article.url = str("url");
        it.article.source = str("source");
        it.article.title = str("title");
        it.date = str("date");
        if (it.date.size() > 10 && it.date[10] == 'T') it.date.resize(10);  // ISO timestamp
        if (!it.date.empty() && !IsIsoDate(it.date)) {
          Error(where + ": bad \"date\" (want YYYY-MM-DD): " + it.date);
          continue;
        }
        if (it.date.empty()) it.date = default_date_;
        *item = std::move(it);
        return true;
      }
      jsonl_ = nullptr;
      owned_stream_.reset();
    }
    if (!pending_text_.empty()) {
      InputItem it;
      it.article.id = "stdin";
      it.article.raw = std::move(pending_text_);
      pending_text_.clear();
      it.date = default_date_;
      *item = std::move(it);
      return true;
    }
    if (next_path_ >= paths_.size()) return false;
    const std::string path = paths_[next_path_++];
    if (path == "-") {
      // Sniff: JSON Lines or one plain-text article.
      int c;
      while ((c = std::cin.peek()) != EOF && std::isspace(c)) std::cin.get();
      if (std::cin.peek() == '{') {
        jsonl_ = &std::cin;
        jsonl_name_ = "stdin";
        jsonl_line_ = 0;
      } else {
        std::stringstream ss;
        ss << std::cin.rdbuf();
        pending_text_ = ss.str();
        if (pending_text_.empty()) continue;
      }
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      Error(path + ": is a directory (give the files, e.g. " + path + "/*.txt)");
      continue;
    }
    auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*in) {
      Error(path + ": cannot open");
      continue;
    }
    const bool jsonl = path.size() > 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
    if (jsonl) {
      owned_stream_ = std::move(in);
      jsonl_ = owned_stream_.get();
      jsonl_name_ = path;
      jsonl_line_ = 0;
      continue;
    }
    std::stringstream ss;
    ss << in->rdbuf();
    if (in->bad()) {
      Error(path + ": read error");
      continue;
    }
    InputItem it;
    it.article.raw = ss.str();
    if (it.article.raw.find('\0') != std::string::npos) {
      Error(path + ": binary file (NUL byte at offset " + std::to_string(it.article.raw.find('\0')) + ")");
      continue;
    }
    it.article.id = std::filesystem::path(path).filename().string();
    it.date = default_date_;
    *item = std::move(it);
    return true;
  }
}

}  // namespace dragoman
