// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The command-line contract: JSON Lines out, bad inputs reported with their position and skipped,
// the exit code says whether anything was skipped.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace dragoman {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempPath;

TEST(CodeCommandTest, BadJsonLineIsReportedAndSkipped) {
  const std::string path = TempPath("feed.jsonl");
  {
    std::ofstream f(path);
    f << R"({"id": "a1", "text": "Russian troops attacked Ukrainian positions near Kharkiv.", "date": "2024-05-10"})" << "\n";
    f << "{not json\n";
    f << R"({"id": "a3", "date": "2024-05-10"})" << "\n";
    f << R"({"id": "a4", "text": "Nothing here.", "date": "10/05/2024"})" << "\n";
    f << R"({"id": "a5", "text": "Nothing here either."})" << "\n";
  }
  CliResult r = RunCli("code " + path + " " + ::testing::TempDir() + "/missing.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(path + ":2: not a JSON object"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":3: missing string field \"text\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":4: bad \"date\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.txt: cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 articles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("4 skipped"), std::string::npos) << r.err;
  // Every stdout line is a JSON record with a type.
  size_t articles = 0;
  size_t start = 0;
  while (start < r.out.size()) {
    size_t nl = r.out.find('\n', start);
    auto j = nlohmann::json::parse(r.out.substr(start, nl - start), nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    ASSERT_TRUE(j.contains("type"));
    if (j["type"] == "article") ++articles;
    start = nl + 1;
  }
  EXPECT_EQ(articles, 2u);
}

TEST(CodeCommandTest, CleanRunExitsZero) {
  const std::string path = TempPath("story.txt");
  {
    std::ofstream f(path);
    f << "CAIRO - Egypt hosted talks between Israeli and Hamas negotiators on Sunday.\n";
  }
  CliResult r = RunCli("code --date 2024-02-11 " + path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"type\":\"article\""), std::string::npos);
  EXPECT_NE(r.out.find("\"date\":\"2024-02-11\""), std::string::npos);
}

TEST(CodeCommandTest, BadDateOptionIsRefused) {
  CliResult r = RunCli("code --date 2024-13-45 /dev/null");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dragoman
