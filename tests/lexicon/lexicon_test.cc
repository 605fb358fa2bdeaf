// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace dragoman {
namespace {

class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string text =
        "actor United States\n  type country\n  code USA\n  name US | U.S. | America\n  adj American\n"
        "actor Chad\n  type country\n  code TCD\n"
        "actor Fayez al-Sarraj\n  type person\n  role LBYGOV 2016-03-30..2021-03-15\n  role LBYELI 2021-03-16..\n"
        "  name Al Sarraj | Sarraj\n"
        "agent GOV\n  name prime minister | ambassador\n";
    ParseDictionaryText("t.dict", text, &data_, &errors_);
    lex_ = Lexicon::Build(std::move(data_), nullptr, &errors_);
  }
  std::vector<NameHit> Match(const std::string& s) {
    text_ = s;
    LowerAscii(text_, &lower_);
    tokens_.clear();
    Tokenize(text_, lower_, 0, static_cast<uint32_t>(text_.size()), &tokens_);
    std::vector<NameHit> hits;
    lex_->MatchNames(tokens_, &hits);
    return hits;
  }
  DictionaryData data_;
  std::vector<std::string> errors_;
  std::unique_ptr<Lexicon> lex_;
  std::string text_, lower_;
  std::vector<Token> tokens_;
};

TEST_F(LexiconTest, LongestMatchAndCase) {
  auto h = Match("The prime minister Al Sarraj met US and United States envoys in Chad.");
  ASSERT_EQ(h.size(), 5u);
  EXPECT_EQ(h[0].kind, NameKind::kAgent);
  EXPECT_EQ(h[0].end - h[0].begin, 2u);
  EXPECT_EQ(h[1].kind, NameKind::kActor);
  EXPECT_EQ(lex_->actors()[h[1].index].entity, "Fayez al-Sarraj");
  EXPECT_EQ(h[3].end - h[3].begin, 2u);  // "United States", not "United" + "States"
  // Lower-case "us" and "chad" are not names.
  EXPECT_TRUE(Match("give us a chad").empty());
}

TEST_F(LexiconTest, DateBoundedRoles) {
  const ActorRecord& sarraj = lex_->actors()[2];
  EXPECT_EQ(lex_->ActorCodeOn(sarraj, 20170804), "LBYGOV");
  EXPECT_EQ(lex_->ActorCodeOn(sarraj, 20220101), "LBYELI");
  EXPECT_EQ(lex_->ActorCodeOn(sarraj, 20100101), "");
  EXPECT_EQ(lex_->ActorCodeOn(sarraj, 0), "LBYELI");  // undated: the newest role
}

}  // namespace
}  // namespace dragoman
