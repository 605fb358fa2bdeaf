// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The "quote" JSON Lines record (doc/output.md): every field, and null for what the text lacks.

#include "output/quote_record.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dragoman {
namespace {

TEST(QuoteRecordTest, AllFields) {
  Quote q;
  q.id = "00000000000000ab";
  q.article_id = "ansa";
  q.sentence_index = 3;
  q.text = "There are such plans";
  q.span = {10, 30};
  q.direct = true;
  q.speaker.text = "Dengov";
  q.speaker.span = {33, 39};
  q.speaker.code = "RUSGOV";
  q.speaker.country = "RUS";
  q.speaker.role = "GOV";
  q.speaker.entity = "Lev Dengov";
  q.speaker.chain.push_back({"Lev Dengov", {0, 10}, ""});
  q.cue = {"said", {40, 44}, ""};
  q.outlet = {"Kommersant", {50, 60}, "RUSMED"};
  q.event_ids = {"e1", "e2"};
  const auto j = nlohmann::json::parse(QuoteRecord(q));
  EXPECT_EQ(j["type"], "quote");
  EXPECT_EQ(j["id"], "00000000000000ab");
  EXPECT_EQ(j["article_id"], "ansa");
  EXPECT_EQ(j["sentence_index"], 3);
  EXPECT_EQ(j["text"], "There are such plans");
  EXPECT_EQ(j["span"], nlohmann::json::array({10, 30}));
  EXPECT_EQ(j["direct"], true);
  EXPECT_EQ(j["speaker"]["text"], "Dengov");
  EXPECT_EQ(j["speaker"]["code"], "RUSGOV");
  EXPECT_EQ(j["speaker"]["country"], "RUS");
  EXPECT_EQ(j["speaker"]["entity"], "Lev Dengov");
  EXPECT_EQ(j["speaker"]["resolved_from"], "");
  EXPECT_EQ(j["speaker"]["chain"][0]["text"], "Lev Dengov");
  EXPECT_EQ(j["speaker"]["chain"][0]["span"], nlohmann::json::array({0, 10}));
  EXPECT_EQ(j["cue"]["text"], "said");
  EXPECT_EQ(j["outlet"]["text"], "Kommersant");
  EXPECT_EQ(j["outlet"]["code"], "RUSMED");
  EXPECT_TRUE(j["addressee"].is_null());
  EXPECT_EQ(j["event_ids"], nlohmann::json::array({"e1", "e2"}));
}

TEST(QuoteRecordTest, UnattributedQuoteHasNullSpeakerAndCue) {
  Quote q;
  q.id = "1";
  q.text = "We will win this war and nobody will stop us";
  q.span = {0, 44};
  q.direct = true;
  const auto j = nlohmann::json::parse(QuoteRecord(q));
  EXPECT_TRUE(j["speaker"].is_null());
  EXPECT_TRUE(j["cue"].is_null());
  EXPECT_TRUE(j["outlet"].is_null());
  EXPECT_TRUE(j["event_ids"].empty());
}

}  // namespace
}  // namespace dragoman
