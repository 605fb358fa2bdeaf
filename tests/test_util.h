// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Helpers shared by tests: where the source tree and ../shared are, temporary paths, the CLI.

#ifndef DRAGOMAN_TESTS_TEST_UTIL_H_
#define DRAGOMAN_TESTS_TEST_UTIL_H_

#include <string>

#include "dragoman/engine.h"

namespace dragoman::testing {

// The project's source directory.
std::string SourceDir();
// ../shared next to the project, or "" when it is absent (tests that need it skip).
std::string SharedDir();
// The whole content of a file ("" if unreadable).
std::string ReadFile(const std::string& path);

// A path in the temporary directory named after the running test and `name` (tests of this
// binary run at the same time under ctest -j, so every test gets its own files).
std::string TempPath(const std::string& name);

// The events of `c` as "SRC->TGT CODE mode" each ("-" for no target), joined by "; ".
std::string EventSummary(const CodedArticle& c);

// What a run of the dragoman CLI printed and returned.
struct CliResult {
  int exit_code;
  std::string out, err;
};

// Runs the dragoman CLI built with the tests; `args` is a shell fragment (redirections allowed).
CliResult RunCli(const std::string& args);

}  // namespace dragoman::testing

#define DRAGOMAN_REQUIRE_SHARED(dir)                                                   \
  const std::string dir = ::dragoman::testing::SharedDir();                          \
  if (dir.empty()) GTEST_SKIP() << "../shared is absent: reference data not available"

#endif  // DRAGOMAN_TESTS_TEST_UTIL_H_
