// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include <gtest/gtest.h>

#include "lexicon/dictionary.h"

namespace dragoman {
namespace {

TEST(DictionaryParserTest, ParsesAllRecordKinds) {
  const std::string text =
      "# comment\n"
      "actor Khalifa Haftar   # trailing comment\n"
      "  type person\n"
      "  role LBYMIL 2014-05..\n"
      "  name Haftar | Hifter\n"
      "actor Libya\n"
      "  type country\n"
      "  code LBY\n"
      "  adj Libyan | Libyans\n"
      "  capital Tripoli\n"
      "agent GOV\n"
      "  name ambassador | ambassadors\n"
      "set &talks talks | negotiations\n"
      "  | meeting\n"
      "verb meet 040\n"
      "  forms met\n"
      "  040 with +\n"
      "  046 + on &talks\n"
      "verb carry out 190\n"
      "noun airstrike 195\n"
      "  195 on +\n";
  DictionaryData d;
  std::vector<std::string> errors;
  ParseDictionaryText("t.dict", text, &d, &errors);
  EXPECT_TRUE(errors.empty()) << errors[0];
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(d.actors[0].entity, "Khalifa Haftar");
  ASSERT_EQ(d.actors[0].roles.size(), 1u);
  EXPECT_EQ(d.actors[0].roles[0].from, 20140501);
  EXPECT_EQ(d.actors[0].roles[0].to, 0);
  EXPECT_EQ(d.actors[0].names.size(), 3u);
  EXPECT_EQ(d.actors[1].capitals[0], "Tripoli");
  ASSERT_EQ(d.sets.size(), 1u);
  EXPECT_EQ(d.sets[0].words.size(), 3u);
  ASSERT_EQ(d.verbs.size(), 3u);
  EXPECT_EQ(d.verbs[0].default_code, "040");
  ASSERT_EQ(d.verbs[0].patterns.size(), 2u);
  EXPECT_EQ(d.verbs[0].patterns[1].elements.size(), 3u);
  EXPECT_EQ(d.verbs[0].patterns[1].elements[0].kind, PatternElement::kTarget);
  EXPECT_EQ(d.verbs[1].lemma, "carry");
  EXPECT_EQ(d.verbs[1].particles, std::vector<std::string>{"out"});
  EXPECT_TRUE(d.verbs[2].noun);
  EXPECT_EQ(d.verbs[0].patterns[0].where.line, 17);
}

TEST(DictionaryParserTest, ReportsBadLinesWithFileAndLineAndGoesOn) {
  const std::string text =
      "actor Nowhere\n"
      "  type country\n"          // no code: the record is dropped
      "frobnicate x\n"            // unknown keyword
      "actor Somewhere\n"
      "  code SMW\n"
      "  role SMWGOV 2020-13-01..\n"  // bad month
      "verb meet 040\n"
      "  99X with +\n"           // not a code
      "  040 with_ +\n";         // empty element
  DictionaryData d;
  std::vector<std::string> errors;
  ParseDictionaryText("bad.dict", text, &d, &errors);
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0], "bad.dict:1: actor has no code or role: Nowhere");
  EXPECT_EQ(errors[1], "bad.dict:3: unknown record keyword 'frobnicate': frobnicate x");
  EXPECT_NE(errors[2].find("bad.dict:6: bad date in role"), std::string::npos);
  EXPECT_NE(errors[3].find("bad.dict:8: pattern line must start with a CAMEO code"), std::string::npos);
  EXPECT_NE(errors[4].find("bad.dict:9: bad pattern"), std::string::npos);
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.actors[0].entity, "Somewhere");
  EXPECT_EQ(d.verbs.size(), 1u);
}

TEST(DictionaryParserTest, Dates) {
  DateInt d;
  EXPECT_TRUE(ParseDictDate("2016-03-30", false, &d));
  EXPECT_EQ(d, 20160330);
  EXPECT_TRUE(ParseDictDate("2021-02", true, &d));
  EXPECT_EQ(d, 20210228);
  EXPECT_TRUE(ParseDictDate("2020-02", true, &d));
  EXPECT_EQ(d, 20200229);
  EXPECT_TRUE(ParseDictDate("1999", true, &d));
  EXPECT_EQ(d, 19991231);
  EXPECT_FALSE(ParseDictDate("2004017", false, &d));
  EXPECT_FALSE(ParseDictDate("2004-02-30", false, &d));
}

}  // namespace
}  // namespace dragoman
