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
// Many names (far more first words than the first-word filter has words): each is found, and words
// that start no name are passed over, so the filter never hides a name.
TEST(LexiconFilterTest, EveryNameOfALargeLexiconIsFound) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "actor Person " + std::to_string(i) + "\n  type person\n  code USAGOV" +
            "\n  name Zorvath" + std::to_string(i) + " Quell\n";
  }
  DictionaryData data;
  std::vector<std::string> errors;
  ParseDictionaryText("many.dict", text, &data, &errors);
  auto lex = Lexicon::Build(std::move(data), nullptr, &errors);
  ASSERT_TRUE(errors.empty()) << errors[0];
  int found = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string s = "Yesterday Zorvath" + std::to_string(i) + " Quell spoke.";
    std::string lower;
    LowerAscii(s, &lower);
    std::vector<Token> tokens;
    Tokenize(s, lower, 0, static_cast<uint32_t>(s.size()), &tokens);
    std::vector<NameHit> hits;
    lex->MatchNames(tokens, &hits);
    found += hits.size() == 1 && hits[0].begin == 1 && hits[0].end == 3 && lex->actors()[hits[0].index].entity ==
                                                                               "Person " + std::to_string(i);
  }
  EXPECT_EQ(found, 20000);
}

}  // namespace dragoman
