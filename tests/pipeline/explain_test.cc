// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Coder::Explain (`dragoman explain`): every section, and the quote pass run as in Code(), so that
// "we" inside a quote shows the speaker's country and the quote its speaker.

#include <gtest/gtest.h>

#include <string>

#include "pipeline/engine_fixture.h"

namespace dragoman {
namespace {

std::string Explain(const std::string& sentence) {
  auto coder = testing::DefaultEngine().NewCoder();
  EXPECT_TRUE(coder.ok());
  return coder.ok() ? (*coder)->Explain(sentence, "2017-08-04") : "";
}

TEST(ExplainTest, ShowsEverySection) {
  const std::string out = Explain("Russia would like to organize talks between Libyan factions.");
  for (const char* section : {"tokens:", "dictionary hits:", "mentions:", "verb groups:", "quotes:", "coding:",
                              "events:"}) {
    EXPECT_NE(out.find(section), std::string::npos) << section << "\n" << out;
  }
  EXPECT_NE(out.find("'Russia' → actor"), std::string::npos) << out;
  EXPECT_NE(out.find("intended"), std::string::npos) << out;
}

TEST(ExplainTest, RunsTheQuotePassLikeCode) {
  const std::string out = Explain("\"We will send two ships,\" the Italian defence minister said.");
  EXPECT_NE(out.find("direct 'We will send two ships' cue='said' speaker='the Italian defence minister' [ITAGOV]"),
            std::string::npos)
      << out;
  // "We" takes the speaker's country before the sentence is coded.
  EXPECT_NE(out.find("'We' code=ITA resolved-from='the Italian defence minister'"), std::string::npos) << out;
}

TEST(ExplainTest, ASentenceWithoutQuotesSaysSo) {
  const std::string out = Explain("Italian ships arrived in Tripoli.");
  const size_t at = out.find("quotes:");
  ASSERT_NE(at, std::string::npos) << out;
  EXPECT_EQ(out.compare(at, 20, "quotes:\n  (none)\n\nco"), 0) << out.substr(at, 40);
}

}  // namespace
}  // namespace dragoman
