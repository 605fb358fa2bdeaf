// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Coding on several threads gives the same results, in the same order, as on one.

#include "pipeline/parallel_coder.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "output/jsonl_writer.h"
#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

std::string CodeAll(int threads, size_t max_in_flight) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourceDir() + "/tests/fixtures/stories")) {
    files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  // Each story three times, so that there are more jobs than the read-ahead allows.
  std::vector<std::string> jobs;
  for (int r = 0; r < 3; ++r) jobs.insert(jobs.end(), files.begin(), files.end());
  ParallelCoder parallel(testing::DefaultEngine(), threads, max_in_flight);
  size_t next = 0;
  std::string out;
  Status s = parallel.Run(
      [&](CodingJob* job) {
        if (next >= jobs.size()) return false;
        job->article = Article();
        job->article.id = std::to_string(next) + ":" + std::filesystem::path(jobs[next]).filename().string();
        job->article.raw = testing::ReadFile(jobs[next++]);
        job->date = "2020-01-01";
        return true;
      },
      [&](CodedArticle&& c) {
        out += ArticleRecord(c) + "\n";
        for (const Event& e : c.events) out += EventRecord(e) + "\n";
      });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

TEST(ParallelCoderTest, SameBytesWhateverTheThreadCount) {
  const std::string one = CodeAll(1, 256);
  ASSERT_NE(one.find("\"type\":\"event\""), std::string::npos);
  EXPECT_EQ(CodeAll(2, 4), one);
  EXPECT_EQ(CodeAll(3, 1), one);
  EXPECT_EQ(CodeAll(4, 256), one);
}

}  // namespace
}  // namespace dragoman
