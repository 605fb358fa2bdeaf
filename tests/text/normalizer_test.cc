// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace dragoman {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(NormalizerTest, RewritesQuotesDashesAndSpace) {
  const Case cases[] = {
      {"''There are such plans'', Dengov said", "\"There are such plans\", Dengov said"},
      {"\xE2\x80\x9CWe work\xE2\x80\x9D", "\"We work\""},
      {"\xC2\xABNo\xC2\xBB \xE2\x80\x98yes\xE2\x80\x99", "\"No\" 'yes'"},
      {"war \xE2\x80\x94 again", "war - again"},
      {"a\xC2\xA0" "b", "a b"},
      {"hard\nwrapped   line", "hard wrapped line"},
      {"one\n\n\ntwo", "one\n\ntwo"},
      {"  trimmed  ", "trimmed"},
      {"bad \xFF byte", "bad ? byte"},
      {"wait\xE2\x80\xA6", "wait..."},
  };
  for (const Case& c : cases) {
    NormalizedText n;
    std::string in = c.input;
    n.Append(in, 0, static_cast<uint32_t>(in.size()));
    EXPECT_EQ(n.text(), c.expected) << "input: " << c.input;
  }
}

TEST(NormalizerTest, EveryByteMapsBackIntoTheInput) {
  const std::string in = "  \xE2\x80\x9CHaftar\xE2\x80\x9D said\n''no''.\n\nNext \xE2\x80\x94 para";
  NormalizedText n;
  n.Append(in, 0, static_cast<uint32_t>(in.size()));
  const std::string& t = n.text();
  // The word "Haftar" maps to the same bytes in the input.
  size_t pos = t.find("Haftar");
  ASSERT_NE(pos, std::string::npos);
  uint32_t b = n.OriginalOffset(pos), e = n.OriginalEnd(pos + 6);
  EXPECT_EQ(in.substr(b, e - b), "Haftar");
  // A normalised quote maps to the whole typographic character.
  b = n.OriginalOffset(0);
  e = n.OriginalEnd(1);
  EXPECT_EQ(in.substr(b, e - b), "\xE2\x80\x9C");
  // ANSA's doubled apostrophe maps to both apostrophes.
  pos = t.find("\"no\"");
  ASSERT_NE(pos, std::string::npos);
  b = n.OriginalOffset(pos);
  e = n.OriginalEnd(pos + 4);
  EXPECT_EQ(in.substr(b, e - b), "''no''");
  for (uint32_t k = 0; k <= t.size(); ++k) {
    EXPECT_LE(n.OriginalOffset(k), in.size());
  }
}

TEST(NormalizerTest, ComposesToNfcAndMapsTheWholeRun) {
  // "Ame\u0301lie" (decomposed) → "Am\u00E9lie"; the composed letter maps to "e" + the combining mark.
  const std::string in = "Ame\xCC\x81lie met Gr\xC3\xA9goire";
  NormalizedText n;
  n.Append(in, 0, static_cast<uint32_t>(in.size()));
  EXPECT_EQ(n.text(), "Am\xC3\xA9lie met Gr\xC3\xA9goire");
  const uint32_t b = n.OriginalOffset(2), e = n.OriginalEnd(4);
  EXPECT_EQ(in.substr(b, e - b), "e\xCC\x81");
  // Already-composed text is copied byte for byte.
  size_t pos = n.text().find("Gr");
  EXPECT_EQ(n.OriginalOffset(static_cast<uint32_t>(pos) + 2), in.find("\xC3\xA9"));
}

TEST(NormalizerTest, AppendSeparatesSpansAsParagraphs) {
  const std::string in = "First part.XXXSecond part.";
  NormalizedText n;
  n.Append(in, 0, 11);
  n.Append(in, 14, static_cast<uint32_t>(in.size()));
  EXPECT_EQ(n.text(), "First part.\n\nSecond part.");
  size_t pos = n.text().find("Second");
  EXPECT_EQ(n.OriginalOffset(pos), 14u);
}

}  // namespace
}  // namespace dragoman
