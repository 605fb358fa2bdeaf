// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Helpers shared by tests: where the source tree and ../shared are.

#ifndef DRAGOMAN_TESTS_TEST_UTIL_H_
#define DRAGOMAN_TESTS_TEST_UTIL_H_

#include <string>

namespace dragoman::testing {

// The project's source directory.
std::string SourceDir();
// ../shared next to the project, or "" when it is absent (tests that need it skip).
std::string SharedDir();
// The whole content of a file ("" if unreadable).
std::string ReadFile(const std::string& path);

}  // namespace dragoman::testing

#define DRAGOMAN_REQUIRE_SHARED(dir)                                                   \
  const std::string dir = ::dragoman::testing::SharedDir();                          \
  if (dir.empty()) GTEST_SKIP() << "../shared is absent: reference data not available"

#endif  // DRAGOMAN_TESTS_TEST_UTIL_H_
