// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The canonical example (../shared/examples/ansa-2017-08-04-libya.txt, coded with --date 2017-08-04):
// Dengov's statements to Kommersant and Perrone's to Corriere della Sera — then as "the diplomat" and
// "said Perrone" — attributed, with the outlet, including the multi-sentence and multi-paragraph quotes.

#include <gtest/gtest.h>

#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

class SeedQuotesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string shared = testing::SharedDir();
    if (shared.empty()) GTEST_SKIP() << "../shared is absent: the seed story is not available";
    const std::string text = testing::ReadFile(shared + "/examples/ansa-2017-08-04-libya.txt");
    ASSERT_FALSE(text.empty());
    coded_ = testing::CodeText("ansa", text, "2017-08-04");
    for (const Quote& q : coded_.quotes) {
      dump_ += std::string(q.direct ? "D [" : "I [") + q.text.substr(0, 60) + "] " + q.speaker.text + " " +
               q.speaker.code + " (" + q.speaker.entity + ") cue=" + q.cue.text + " outlet=" + q.outlet.text + "\n";
    }
  }
  // The quote whose text starts with `prefix` (direct or not), or null.
  const Quote* Find(const std::string& prefix, bool direct) const {
    for (const Quote& q : coded_.quotes) {
      if (q.direct == direct && q.text.compare(0, prefix.size(), prefix) == 0) return &q;
    }
    return nullptr;
  }
  void ExpectPerrone(const Quote* q, const std::string& speaker_text) const {
    ASSERT_NE(q, nullptr) << dump_;
    EXPECT_EQ(q->speaker.text, speaker_text) << dump_;
    EXPECT_EQ(q->speaker.code, "ITAGOV") << dump_;
    EXPECT_EQ(q->speaker.entity, "Giuseppe Perrone") << dump_;
  }
  CodedArticle coded_;
  std::string dump_;
};

TEST_F(SeedQuotesTest, DengovToKommersant) {
  const Quote* q = Find("Russia would like to organize talks between Libyan factions", false);
  ASSERT_NE(q, nullptr) << dump_;
  EXPECT_EQ(q->speaker.text, "Lev Dengov");
  EXPECT_EQ(q->speaker.code, "RUSGOV");
  EXPECT_EQ(q->speaker.entity, "Lev Dengov");
  EXPECT_EQ(q->cue.text, "told");
  EXPECT_EQ(q->outlet.text, "Kommersant");
  EXPECT_EQ(q->outlet.code, "RUSMED");
  EXPECT_EQ(q->text.find("Dengov"), std::string::npos) << "the frame is not part of the statement";
  EXPECT_FALSE(q->event_ids.empty()) << "Russia's intended talks are inside the statement";
}

TEST_F(SeedQuotesTest, DengovsDirectAndPartialQuotes) {
  const Quote* plans = Find("There are such plans", true);
  ASSERT_NE(plans, nullptr) << dump_;
  EXPECT_EQ(plans->speaker.text, "Dengov");
  EXPECT_EQ(plans->speaker.code, "RUSGOV");
  EXPECT_EQ(plans->speaker.entity, "Lev Dengov");
  ASSERT_FALSE(plans->speaker.chain.empty()) << "the short name points back to the full one";
  EXPECT_EQ(plans->speaker.chain.front().text, "Lev Dengov");
  for (const char* partial : {"working in active negotiations with the Libyans",
                              "a certain number of Libyan delegations have visited Moscow"}) {
    const Quote* q = Find(partial, true);
    ASSERT_NE(q, nullptr) << partial << "\n" << dump_;
    EXPECT_EQ(q->speaker.entity, "Lev Dengov") << partial;
    EXPECT_EQ(q->speaker.code, "RUSGOV") << partial;
  }
}

TEST_F(SeedQuotesTest, PerroneToCorriereDellaSera) {
  const Quote* q = Find("Gen- Khalifa Haftar's alleged statements", false);
  ExpectPerrone(q, "Giuseppe Perrone");
  EXPECT_EQ(q->cue.text, "told");
  EXPECT_EQ(q->outlet.text, "Corriere della Sera");
  EXPECT_EQ(q->outlet.code, "ITAMED");
}

TEST_F(SeedQuotesTest, TheDiplomatIsPerrone) {
  const Quote* q = Find("will not stop the Italian mission", true);
  ExpectPerrone(q, "the diplomat");
  EXPECT_EQ(q->speaker.resolved_from, "Italian ambassador");
  // The interrupted statement's first half has the same frame.
  const Quote* before = Find("Haftar's reported words", false);
  ExpectPerrone(before, "the diplomat");
  EXPECT_EQ(before->cue.span.begin, q->cue.span.begin);
  // The last paragraph's "the diplomat said:".
  ExpectPerrone(Find("We work to reach shared objectives", true), "the diplomat");
}

TEST_F(SeedQuotesTest, MultiParagraphQuoteContinuesTheDiplomat) {
  // ''We are interested … General Haftar. ¶ Therefore we will look … not at weakening it''.
  const Quote* q = Find("We are interested in operating in agreement", true);
  ExpectPerrone(q, "the diplomat");
  EXPECT_NE(q->text.find("Therefore we will look for a contact with him"), std::string::npos) << q->text;
  EXPECT_NE(q->text.find("not at weakening it"), std::string::npos) << q->text;
}

TEST_F(SeedQuotesTest, SaidPerroneAndTheMultiSentenceQuote) {
  ExpectPerrone(Find("Ours is an overall strategy", true), "Perrone");
  const Quote* q = Find("One part (is) with the Libyan coast guard.", true);
  ExpectPerrone(q, "Perrone");
  EXPECT_NE(q->text.find("We also work in the South with the border guard"), std::string::npos) << q->text;
  EXPECT_NE(q->text.find("hosting camps in Libya"), std::string::npos) << q->text;
}

TEST_F(SeedQuotesTest, EventsInsideQuotesAreLinkedAndClaimed) {
  size_t linked = 0;
  for (const Quote& q : coded_.quotes) {
    for (const std::string& id : q.event_ids) {
      for (const Event& e : coded_.events) {
        if (e.id != id) continue;
        ++linked;
        EXPECT_GE(e.verb_span.begin, q.span.begin);
        EXPECT_LE(e.verb_span.end, q.span.end);
        EXPECT_NE(e.mode, EventMode::kAsserted) << e.verb_text << " inside a quote";
      }
    }
  }
  EXPECT_GE(linked, 3u) << dump_;
}

TEST_F(SeedQuotesTest, SpansSliceTheInput) {
  const std::string& raw = coded_.article.raw;
  ASSERT_FALSE(coded_.quotes.empty());
  for (const Quote& q : coded_.quotes) {
    EXPECT_EQ(raw.substr(q.span.begin, q.span.end - q.span.begin), q.text);
    EXPECT_EQ(raw.substr(q.speaker.span.begin, q.speaker.span.end - q.speaker.span.begin), q.speaker.text);
    EXPECT_EQ(raw.substr(q.cue.span.begin, q.cue.span.end - q.cue.span.begin), q.cue.text);
    if (!q.outlet.empty()) EXPECT_EQ(raw.substr(q.outlet.span.begin, q.outlet.span.end - q.outlet.span.begin), q.outlet.text);
    for (const QuoteText& link : q.speaker.chain) {
      EXPECT_EQ(raw.substr(link.span.begin, link.span.end - link.span.begin), link.text);
    }
  }
}

}  // namespace
}  // namespace dragoman
