// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dragoman {
namespace {

std::vector<std::string> Tok(const std::string& s) {
  std::string lower;
  LowerAscii(s, &lower);
  std::vector<Token> toks;
  Tokenize(s, lower, 0, static_cast<uint32_t>(s.size()), &toks);
  std::vector<std::string> out;
  for (const Token& t : toks) {
    EXPECT_EQ(s.substr(t.begin, t.end - t.begin), std::string(t.text));
    out.push_back(std::string(t.text));
  }
  return out;
}

TEST(TokenizerTest, NewsWords) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Tok("Haftar's forces"), (V{"Haftar", "'s", "forces"}));
  EXPECT_EQ(Tok("al-Sarraj met U.S. envoys."), (V{"al-Sarraj", "met", "U.S.", "envoys", "."}));
  EXPECT_EQ(Tok("Gen. Haftar"), (V{"Gen.", "Haftar"}));
  EXPECT_EQ(Tok("won't stop"), (V{"wo", "n't", "stop"}));
  EXPECT_EQ(Tok("they don't"), (V{"they", "do", "n't"}));
  EXPECT_EQ(Tok("\"We work\", he said:"), (V{"\"", "We", "work", "\"", ",", "he", "said", ":"}));
  EXPECT_EQ(Tok("1,000 troops at 11:01"), (V{"1,000", "troops", "at", "11:01"}));
  EXPECT_EQ(Tok("rebels' base (near Goma)"), (V{"rebels", "'", "base", "(", "near", "Goma", ")"}));
  EXPECT_EQ(Tok("O'Brien and AT&T"), (V{"O'Brien", "and", "AT&T"}));
  EXPECT_EQ(Tok("end. Next"), (V{"end", ".", "Next"}));
}

TEST(TokenizerTest, CaseFlags) {
  std::string s = "NATO and Russia talk";
  std::string lower;
  LowerAscii(s, &lower);
  std::vector<Token> toks;
  Tokenize(s, lower, 0, static_cast<uint32_t>(s.size()), &toks);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_TRUE(toks[0].all_caps);
  EXPECT_TRUE(toks[2].capitalized);
  EXPECT_FALSE(toks[2].all_caps);
  EXPECT_EQ(toks[2].lower, "russia");
  EXPECT_FALSE(toks[3].capitalized);
}

}  // namespace
}  // namespace dragoman
