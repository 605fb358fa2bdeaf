// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "lexicon/dictionary_files.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace dragoman {

namespace fs = std::filesystem;

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DRAGOMAN_DATA"); env != nullptr && *env != '\0') return env;
  return DRAGOMAN_DATA_DIR;
}

Status DictionaryFiles(const std::string& path, std::vector<std::string>* files) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".dict") found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) return Status::NotFound(path + ": no *.dict files in directory");
    files->insert(files->end(), found.begin(), found.end());
    return Status::Ok();
  }
  if (!fs::exists(path, ec)) return Status::NotFound(path + ": no such dictionary file or directory");
  files->push_back(path);
  return Status::Ok();
}

}  // namespace dragoman
