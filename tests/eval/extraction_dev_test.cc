// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Floors on the extraction development sets in ../shared (skipped when it is absent). The floors sit
// just under the figures measured when they were set (doc/ingestion.md); the bars are lower
// (body F1 0.93, Reuters datelines 0.95). A drop below a floor is a regression to explain.

#include <gtest/gtest.h>

#include "eval/extraction_scorer.h"
#include "test_util.h"

namespace dragoman {
namespace {

TEST(ExtractionDevTest, FundusBodyF1) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  auto pages = LoadFundus(shared + "/eval/dev/extraction/fundus-evaluation");
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->size(), 80u);
  FundusReport r = EvaluateFundus(*pages);
  EXPECT_EQ(r.failed, 0u);
  EXPECT_GE(r.mean_f1, 0.95);
  EXPECT_GE(r.median_f1, 0.98);
  EXPECT_GE(r.mean_precision, 0.95);
  EXPECT_GE(r.mean_recall, 0.95);
}

TEST(ExtractionDevTest, ReadabilityMetadata) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  auto pages = LoadReadability(shared + "/eval/dev/extraction/mozilla-readability-test-pages");
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_GE(pages->size(), 100u);
  ReadabilityReport r = EvaluateReadability(*pages);
  EXPECT_GE(r.title.accuracy(), 0.78);
  EXPECT_GE(r.title.lenient_accuracy(), 0.92);
  EXPECT_GE(r.byline.accuracy(), 0.65);
  EXPECT_GE(r.date.accuracy(), 0.95);
}

TEST(ExtractionDevTest, ReutersDatelines) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  auto stories = LoadReuters(shared + "/corpus/reut2-000.sgm");
  ASSERT_TRUE(stories.ok()) << stories.status().ToString();
  ASSERT_GE(stories->size(), 900u);
  ReutersReport r = EvaluateReuters(*stories);
  EXPECT_GE(r.place_accuracy(), 0.99);
  EXPECT_GE(r.date_accuracy(), 0.99);
  // The dates come from the datelines, not from the context date (which differs for 5 % of stories).
  EXPECT_GE(r.date_from_dateline, r.stories * 95 / 100);
}

}  // namespace
}  // namespace dragoman
