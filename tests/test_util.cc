// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "test_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/wait.h>

#include <gtest/gtest.h>

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

std::string TempPath(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string test = info ? std::string(info->test_suite_name()) + "_" + info->name() : "no_test";
  for (char& c : test) {
    if (c == '/') c = '_';
  }
  return ::testing::TempDir() + "/" + test + "_" + name;
}

std::string EventSummary(const CodedArticle& c) {
  std::string out;
  for (const Event& e : c.events) {
    if (!out.empty()) out += "; ";
    out += e.source.code + "->" + (e.target.code.empty() ? "-" : e.target.code) + " " + e.cameo_code + " " +
           EventModeName(e.mode);
  }
  return out;
}

CliResult RunCli(const std::string& args) {
  const std::string out = TempPath("cli-out.txt"), err = TempPath("cli-err.txt");
  const std::string command = std::string(DRAGOMAN_CLI_PATH) + " " + args + " >" + out + " 2>" + err;
  const int status = std::system(command.c_str());
  const int code = status == -1 ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return {code, ReadFile(out), ReadFile(err)};
}

}  // namespace dragoman::testing
