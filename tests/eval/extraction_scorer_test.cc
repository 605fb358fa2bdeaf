// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The extraction scorer's metrics on inputs small enough to score by hand.

#include "eval/extraction_scorer.h"

#include <gtest/gtest.h>

namespace dragoman {
namespace {

TEST(ExtractionScorerTest, Tokens) {
  EXPECT_EQ(RougeTokens("U.S. President's caf\xC3\xA9, 2024!"),
            (std::vector<std::string>{"u", "s", "president", "s", "caf\xC3\xA9", "2024"}));
  EXPECT_EQ(RougeTokens("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x94 DASH"), (std::vector<std::string>{"quoted", "dash"}));
  EXPECT_TRUE(RougeTokens(" , . ").empty());
}

TEST(ExtractionScorerTest, RougeLsumByHand) {
  // One sentence each: LCS "the cat on the mat" = 5 of 6 tokens on both sides.
  PrfScore s = RougeLsum({"the cat sat on the mat"}, {"the cat lay on the mat"});
  EXPECT_NEAR(s.precision, 5.0 / 6, 1e-9);
  EXPECT_NEAR(s.recall, 5.0 / 6, 1e-9);
  EXPECT_NEAR(s.f1, 5.0 / 6, 1e-9);
  // Summary level: "a b c" is covered by the union of LCS with two candidate paragraphs.
  s = RougeLsum({"a b c", "d e"}, {"a b", "x d e c"});
  EXPECT_NEAR(s.recall, 1.0, 1e-9);
  EXPECT_NEAR(s.precision, 5.0 / 6, 1e-9);
  // Hits are clipped by token counts: a repeated candidate token is counted once per occurrence.
  s = RougeLsum({"a a a"}, {"a", "a"});
  EXPECT_NEAR(s.recall, 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.precision, 1.0 / 2, 1e-9);
  // Order matters within a paragraph, not across paragraphs.
  EXPECT_NEAR(RougeLsum({"one two three"}, {"three two one"}).f1, 1.0 / 3, 1e-9);
  EXPECT_NEAR(RougeLsum({"one two", "three four"}, {"three four", "one two"}).f1, 1.0, 1e-9);
  // Nothing to compare.
  EXPECT_EQ(RougeLsum({}, {"x"}).f1, 0);
  EXPECT_EQ(RougeLsum({"x"}, {}).f1, 0);
}

TEST(ExtractionScorerTest, MetadataNormalisation) {
  EXPECT_EQ(NormalizeForMatch("Obama admits US gun laws are his 'biggest frustration'"),
            NormalizeForMatch("Obama admits US gun laws are his \xE2\x80\x98" "biggest frustration\xE2\x80\x99"));
  EXPECT_EQ(NormalizeForMatch("By Erin Cunningham", true), "erincunningham");
  EXPECT_EQ(NormalizeForMatch("Erin Cunningham", true), "erincunningham");
}

TEST(ExtractionScorerTest, BodyParagraphsIncludeTheStandfirst) {
  Article a;
  a.raw = "Title\n\nStandfirst\n\nBody one\n\nBody two";
  a.parts = {{PartKind::kTitle, {0, 5}, ""},
             {PartKind::kSubtitle, {7, 17}, ""},
             {PartKind::kBody, {19, 27}, ""},
             {PartKind::kBody, {29, 37}, ""}};
  EXPECT_EQ(BodyParagraphs(a), (std::vector<std::string>{"Standfirst", "Body one", "Body two"}));
  EXPECT_EQ(BodyParagraphs(a, false), (std::vector<std::string>{"Body one", "Body two"}));
}

}  // namespace
}  // namespace dragoman
