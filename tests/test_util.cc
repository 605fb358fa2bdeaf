// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "test_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dragoman::testing {

std::string SourceDir() { return DRAGOMAN_SOURCE_DIR; }

std::string SharedDir() {
  std::filesystem::path p = std::filesystem::path(DRAGOMAN_SOURCE_DIR).parent_path() / "shared";
  std::error_code ec;
  return std::filesystem::is_directory(p, ec) ? p.string() : "";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dragoman::testing
