// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The coder's rules, sentence by sentence, with a small dictionary of our own
// (tests/fixtures/dict/mini.dict) so that the expectations do not move with the shipped dictionaries.

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "dragoman/engine.h"
#include "test_util.h"

namespace dragoman {
namespace {

class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EngineOptions options;
    options.replace_default_dictionaries = true;
    options.dictionaries = {testing::SourceDir() + "/tests/fixtures/dict/mini.dict"};
    auto e = Engine::Create(options);
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    ASSERT_TRUE(e.value()->load_report().problems.empty()) << e.value()->load_report().problems[0];
    engine_ = std::move(e.value()).release();
  }
  static void TearDownTestSuite() { delete engine_; }

  // "SRC->TGT CODE mode" for each event, joined by "; ".
  static std::string Code(const std::string& text, const std::string& date = "2017-08-04") {
    auto coder = engine_->NewCoder();
    Article a;
    a.id = "t";
    a.raw = text;
    a.parts.push_back({PartKind::kBody, {0, static_cast<uint32_t>(text.size())}, ""});
    return testing::EventSummary((*coder)->Code(std::move(a), date));
  }
  static Engine* engine_;
};
Engine* EventCoderTest::engine_ = nullptr;

struct Case {
  const char* text;
  const char* expected;
};

TEST_F(EventCoderTest, Rules) {
  const Case cases[] = {
      // Plain subject-verb-object, and a pattern picking the target after a preposition.
      {"Russia attacked Turkey.", "RUS->TUR 190 asserted"},
      {"Haftar met with Sarraj in Tripoli.", "LBYMIL->LBYGOV 040 asserted"},
      // Passive voice: the by-phrase is the source.
      {"Turkey was attacked by Russian troops.", "RUSMIL->TUR 190 asserted"},
      // A passive without an agent codes nothing.
      {"Turkey was attacked on Monday.", ""},
      // Negation, intent (recoded to the CAMEO intent code), threats (to 138x).
      {"Russia will not attack Turkey.", "RUS->TUR 190 negated"},
      {"Russia would like to host talks between Libyan delegations.", "RUS->LBYGOV 036 intended"},
      {"Russia threatened to bomb Turkey.", "RUS->TUR 1384 threatened"},
      // Object control: the object of "ordered" does the bombing; an allegation frame.
      {"Haftar's alleged statements that he has ordered his forces to bomb Italian ships.",
       "LBYMIL->ITAMIL 1384 alleged"},
      // A requested or obliged act is not an event (the request is, when its verb is known).
      {"Italy urged Russia to withdraw from Libya.", ""},
      {"Italy said Russia must withdraw from Libya.", "ITA->RUS 100 claimed"},
      // Reported speech: the speaker is not the actor of what they report.
      {"Russia would like to host talks between Libyan delegations, Lev Dengov, the head of the "
       "Russian contact group, told reporters.",
       "RUS->LBYGOV 036 intended"},
      {"Haftar's words, the diplomat said, will not stop Italy.", ""},
      // What a speaker reports is claimed, not asserted by the article (doc/quotes.md).
      {"Dengov said that Libyan delegations have visited Moscow.", "LBYGOV->RUS 042 claimed"},
      // Appositive stepped over; relative clause takes its antecedent.
      {"Sarraj, the prime minister, met with Haftar.", "LBYGOV->LBYMIL 040 asserted"},
      {"Turkey, which supports Sarraj, attacked Haftar.", "TUR->LBYGOV 050 asserted; TUR->LBYMIL 190 asserted"},
      // Coordination: one event per member; a joint act both ways.
      {"Russia and Turkey attacked Libya.", "RUS->LBY 190 asserted; TUR->LBY 190 asserted"},
      {"Russia and Turkey agreed to a truce.", "RUS->TUR 030 asserted; TUR->RUS 030 asserted"},
      // Date-bounded roles: Sarraj is not LBYGOV in 2023.
      {"Haftar met with Sarraj.", "LBYMIL->LBYGOV 040 asserted"},
      // An event noun takes the subject of its clause.
      {"The Russians are working in negotiations with the Libyans.", "RUS->LBY 046 asserted"},
  };
  for (const Case& c : cases) EXPECT_EQ(Code(c.text), c.expected) << c.text;
}

TEST_F(EventCoderTest, RolesFollowTheArticleDate) {
  EXPECT_EQ(Code("Haftar met with Sarraj.", "2017-08-04"), "LBYMIL->LBYGOV 040 asserted");
  EXPECT_EQ(Code("Haftar met with Sarraj.", "2023-01-01"), "");  // Sarraj holds no coded role then
}

TEST_F(EventCoderTest, PronounsResolveToEarlierMentions) {
  EXPECT_EQ(Code("Haftar spoke on Monday. He attacked Tripoli."), "LBYMIL->LBY 190 asserted");
}

}  // namespace
}  // namespace dragoman
