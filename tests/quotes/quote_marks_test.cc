// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Quote regions from the marks alone: every mark news uses, nesting, quotes that run over paragraph
// ends, and apostrophes that are not quotes.

#include "quotes/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"

namespace dragoman {
namespace {

// The contents of the regions of `raw` (paragraphs separated by blank lines), as raw text.
std::vector<std::string> Contents(const std::string& raw) {
  NormalizedText norm;
  norm.Append(raw, 0, static_cast<uint32_t>(raw.size()));
  std::vector<std::string> out;
  for (const QuoteRegion& r : FindQuoteRegions(norm.text(), raw, &norm)) {
    const uint32_t b = norm.OriginalOffset(r.content_begin), e = norm.OriginalEnd(r.content_end);
    out.push_back(raw.substr(b, e - b));
  }
  return out;
}

struct Case {
  const char* name;
  std::string raw;
  std::vector<std::string> want;
};

TEST(QuoteMarksTest, Table) {
  const std::vector<Case> cases = {
      {"ascii", "He said \"we will win\" today.", {"we will win"}},
      {"curly", "He said \u201Cwe will win\u201D today.", {"we will win"}},
      {"guillemets", "Il a dit \u00ABnous gagnerons\u00BB hier.", {"nous gagnerons"}},
      {"german", "Er sagte \u201Ewir gewinnen\u201C gestern.", {"wir gewinnen"}},
      {"ansa", "''There are such plans'', Dengov said.", {"There are such plans"}},
      {"two quotes", "\"A b,\" he said. \"C d.\"", {"A b,", "C d."}},
      {"nested", "\"He asked: \u201CWhy now?\u201D and left,\" she said.", {"He asked: \u201CWhy now?\u201D and left,"}},
      {"single curly", "They call it \u2018a deal\u2019 now.", {"a deal"}},
      {"apostrophes are not quotes", "The rebels' demands and Haftar's men don't stop in the '90s.", {}},
      {"ascii single", "He said 'no' twice.", {"no"}},
      {"unterminated at paragraph end", "\"We will fight on\n\nThe army advanced.", {"We will fight on"}},
      {"continued paragraph (news style)", "\"We will fight.\n\n\"We will win,\" he said.",
       {"We will fight.\n\n\"We will win,"}},
      {"continued paragraph, curly marks", "\u201CWe will fight.\n\n\u201CWe will win,\u201D he said.",
       {"We will fight.\n\n\u201CWe will win,"}},
      {"an open excerpt, then a quote in another style", "\"We will fight.\n\n\u201CWe will win,\u201D he said.",
       {"We will fight.", "We will win,"}},
      {"continued paragraph (ANSA style)", "''We are interested.\n\nTherefore we will look''.",
       {"We are interested.\n\nTherefore we will look"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Contents(c.raw), c.want) << c.name;
}

TEST(QuoteMarksTest, ParagraphsAndClosedFlag) {
  const std::string raw = "''We are interested.\n\nTherefore we will look''.\n\n\"Open to the end";
  NormalizedText norm;
  norm.Append(raw, 0, static_cast<uint32_t>(raw.size()));
  const auto regions = FindQuoteRegions(norm.text(), raw, &norm);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].paragraphs, 2);
  EXPECT_TRUE(regions[0].closed);
  EXPECT_EQ(regions[1].paragraphs, 1);
  EXPECT_FALSE(regions[1].closed);
}

}  // namespace
}  // namespace dragoman
