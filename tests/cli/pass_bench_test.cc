// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// `dragoman quotes --bench` and `geo --bench` (tools/dragoman/pass_bench.*): the settings take turns
// over the corpus, and the pass that is timed finds what the coder finds. The times themselves are
// not tested (doc/performance.md).

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

#include "test_util.h"

namespace dragoman {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::SourceDir;

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + what.size())) ++n;
  return n;
}

TEST(PassBenchTest, QuotesBenchCountsWhatTheCoderFinds) {
  const std::string stories = SourceDir() + "/tests/fixtures/stories";
  CliResult coded = RunCli("code " + stories);
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  const size_t quotes = Count(coded.out, "\"type\":\"quote\"");
  ASSERT_GT(quotes, 0u) << "the stories hold quotes";

  // Turns of 3 articles: the settings alternate within each run, and every article is coded once by
  // each setting per run.
  CliResult r = RunCli("quotes --bench " + stories + " --runs 2 --chunk 3");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(std::to_string(quotes) + " quotes and "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("quotes off: median"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("quotes on:  median"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(turns of 3 articles)"), std::string::npos) << r.out;

  // One setting only (for instruction counts): no ratio to print.
  CliResult on = RunCli("quotes --bench " + stories + " --runs 1 --only on");
  ASSERT_EQ(on.exit_code, 0) << on.err;
  EXPECT_NE(on.out.find(std::to_string(quotes) + " quotes and "), std::string::npos) << on.out;
  EXPECT_EQ(on.out.find("quotes off:"), std::string::npos) << on.out;
  EXPECT_EQ(on.out.find("runs' own ratios"), std::string::npos) << on.out;
}

TEST(PassBenchTest, MissingCorpusIsAnError) {
  CliResult r = RunCli("geo --bench " + ::testing::TempDir() + "/no-such-corpus.zip --runs 1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-corpus.zip"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dragoman
