// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dragoman {
namespace {

std::vector<std::string> Split(const std::string& text) {
  auto s = SentenceSplitter::Create();
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  std::vector<SentenceBounds> b;
  (*s)->Split(text, &b);
  std::vector<std::string> out;
  for (const auto& x : b) out.push_back(text.substr(x.begin, x.end - x.begin));
  return out;
}

TEST(SentenceSplitterTest, KeepsTitlesAndAbbreviations) {
  auto s = Split("Gen. Khalifa Haftar met Lt. Col. Smith in St. Petersburg. They talked.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Gen. Khalifa Haftar met Lt. Col. Smith in St. Petersburg.");
  EXPECT_EQ(s[1], "They talked.");
}

TEST(SentenceSplitterTest, QuotesStayWithTheirSentence) {
  auto s = Split("\"There are such plans\", Dengov said. He left.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "\"There are such plans\", Dengov said.");
}

TEST(SentenceSplitterTest, NeverAcrossParagraphs) {
  auto s = Split("No final stop here\n\nSecond paragraph.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "No final stop here");
}

}  // namespace
}  // namespace dragoman
