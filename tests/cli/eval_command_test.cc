// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman eval --half: the two halves split the items in file order and together cover them all.

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "test_util.h"

namespace dragoman {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::SourceDir;

// The item count printed on the first line ("...: N items, ...").
size_t Items(const std::string& out) {
  size_t colon = out.find(": ");
  size_t n = 0;
  if (colon == std::string::npos || std::sscanf(out.c_str() + colon + 2, "%zu items", &n) != 1) return 0;
  return n;
}

TEST(EvalCommandTest, HalvesSplitTheItems) {
  const std::string gold = SourceDir() + "/tests/fixtures/gold/stories.jsonl";
  CliResult all = RunCli("eval --gold " + gold);
  CliResult first = RunCli("eval --gold " + gold + " --half 1");
  CliResult second = RunCli("eval --gold " + gold + " --half 2");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_EQ(second.exit_code, 0) << second.err;
  const size_t n = Items(all.out);
  ASSERT_GE(n, 2u) << all.out;
  EXPECT_EQ(Items(first.out), (n + 1) / 2) << first.out;
  EXPECT_EQ(Items(first.out) + Items(second.out), n) << second.out;
  EXPECT_NE(first.out.find("(first half)"), std::string::npos) << first.out;
  EXPECT_NE(RunCli("eval --gold " + gold + " --half 3").exit_code, 0);
}

}  // namespace
}  // namespace dragoman
