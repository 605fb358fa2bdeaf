// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// TABARI's text format, the TABARI-compatible coder on a small dictionary of our own, and the
// validation suite from ../shared (skipped when absent) with a floor on the measured figure.

#include "eval/tabari_validation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "code/tabari_coder.h"
#include "ingest/tabari_text_reader.h"
#include "lexicon/tabari_importer.h"
#include "test_util.h"

namespace dragoman {
namespace {

TEST(TabariText, RecordsCommentsAndDates) {
  std::vector<std::string> errors;
  std::vector<TabariRecord> recs = ParseTabariText("v.text",
                                                   "####\n# banner\n\n"
                                                   "950101  DEMO-01\r\n"
                                                   "Arnor is about to restore ties \r\n"
                                                   "with Gondor. /* a comment\n"
                                                   "\\n{ ARN / GON / 064 } */\n"
                                                   "\n"
                                                   "9501201  BAD-01\n"
                                                   "Text.\n",
                                                   &errors);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].date, "950101");
  EXPECT_EQ(recs[0].id, "DEMO-01");
  EXPECT_EQ(recs[0].line, 4);
  EXPECT_EQ(recs[0].text, "Arnor is about to restore ties \nwith Gondor. ");
  EXPECT_NE(recs[0].comments.find("{ ARN / GON / 064 }"), std::string::npos);
  EXPECT_EQ(recs[1].text, "Text.");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "v.text:9: record date is not YYMMDD or YYYYMMDD: 9501201");
  EXPECT_EQ(TabariDateToIso("950101", 2012), "1995-01-01");
  EXPECT_EQ(TabariDateToIso("20150607", 2012), "2015-06-07");
}

// A dictionary of our own, in TABARI's formats.
class TabariCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> errors;
    ParseTabariActors("t.actors",
                      "<ADJECTIVE>\nEVIL\n</ADJECTIVE>\n"
                      "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [ORC]\n"
                      "SHIRE_ [FRO/BIL]\n"
                      "ELROND [ELF <950101] [ELFGOV]\n"
                      "NASGUL [###]\n",
                      LegacyImportOptions{}, &dict_, &errors, &stats_);
    ParseTabariAgents("t.agents", "MINISTER_ [~GOV]\nHUMAN_RIGHTS_ACTIVISTS_ [NGM~]\n", &dict_, &errors, &stats_);
    ParseTabariVerbs("t.verbs",
                     "RESTOR [064]\n"
                     "- * DIPLOMATIC TIES [065]\n"
                     "MEET [031:031]\n"
                     "- % HAVE POSTPONED * [191]\n"
                     "SAID [023?]\n"
                     "OPPOS [112]\n"
                     "ATTACK [223]\n"
                     "WARN [160]\n"
                     "- $ ^ FOR * [164]\n",
                     &dict_, &errors, &stats_);
    ASSERT_TRUE(errors.empty()) << errors[0];
    options_.minimum_words = 3;
    options_.no_actor_prior = true;
    coder_ = std::make_unique<TabariCoder>(&dict_);
  }

  std::vector<std::string> Code(const std::string& text, DateInt date = 19950601) {
    TabariResult r = coder_->Code(text, date, options_, "");
    std::vector<std::string> out;
    for (const TabariEvent& e : r.events) out.push_back(e.source + "/" + e.target + "/" + e.code);
    std::sort(out.begin(), out.end());
    return out;
  }

  LegacyDictionary dict_;
  LegacyLoadStats stats_;
  TabariOptions options_;
  std::unique_ptr<TabariCoder> coder_;
};

using Events = std::vector<std::string>;

TEST_F(TabariCoderTest, SourceBeforeTheVerbTargetAfterIt) {
  EXPECT_EQ(Code("Arnor will restore relations with Gondor soon."), (Events{"ARN/GON/064"}));
  // The longest pattern that matches wins over the verb's own code.
  EXPECT_EQ(Code("Arnor will restore diplomatic ties with Gondor soon."), (Events{"ARN/GON/065"}));
}

TEST_F(TabariCoderTest, EventsCarryTheBytesOfTheirVerbAndActors) {
  const std::string text = "The Arnor minister, as Rohan had hoped, attacked Gondor at dawn.";
  TabariResult r = coder_->Code(text, 19950601, options_, "");
  ASSERT_EQ(r.events.size(), 1u);
  const TabariEvent& e = r.events[0];
  auto slice = [&](Span s) { return text.substr(s.begin, s.end - s.begin); };
  EXPECT_EQ(slice(e.verb_span), "attacked");
  EXPECT_EQ(slice(e.source_span), "Arnor minister");
  EXPECT_EQ(slice(e.target_span), "Gondor");
  // A hyphenated word is two TABARI words; each keeps its own bytes.
  r = coder_->Code("Pro-Arnor Mordor attacked Gondor.", 19950601, options_, "");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(std::string("Pro-Arnor Mordor attacked Gondor.").substr(r.events[0].source_span.begin, 5), "Arnor");
}

TEST_F(TabariCoderTest, PairedCodesAddTheReverseEvent) {
  EXPECT_EQ(Code("Arnor will meet Gondor next week in Rohan."), (Events{"ARN/GON/031", "GON/ARN/031"}));
}

TEST_F(TabariCoderTest, CompoundsCodeEveryMember) {
  EXPECT_EQ(Code("Arnor and the evil Rohan restored relations with Gondor."), (Events{"ARN/GON/064", "ROH/GON/064"}));
  // % in a pattern: the members act on each other.
  EXPECT_EQ(Code("Arnor and Gondor have postponed their meeting indefinitely."), (Events{"ARN/GON/191", "GON/ARN/191"}));
  // A coded compound actor: SHIRE_ [FRO/BIL].
  EXPECT_EQ(Code("The Shire attacked Mordor at dawn."), (Events{"BIL/ORC/223", "FRO/ORC/223"}));
}

TEST_F(TabariCoderTest, AgentsComposeWithTheirActor) {
  EXPECT_EQ(Code("The Arnor minister attacked Gondor yesterday."), (Events{"ARNGOV/GON/223"}));
  EXPECT_EQ(Code("Human rights activists in Arnor attacked Gondor."), (Events{"NGMARN/GON/223"}));
}

TEST_F(TabariCoderTest, DatedCodesFollowTheRecordDate) {
  EXPECT_EQ(Code("Elrond attacked Gondor at the ford.", 19940101), (Events{"ELF/GON/223"}));
  EXPECT_EQ(Code("Elrond attacked Gondor at the ford.", 19960101), (Events{"ELFGOV/GON/223"}));
}

TEST_F(TabariCoderTest, PassiveSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Gondor was opposed by Mordor in the council."), (Events{"ORC/GON/112"}));
}

TEST_F(TabariCoderTest, SubordinateVerbsGiveWayAndSkippedActorsAreNotTargets) {
  // SAID [023?] gives way to ATTACK.
  EXPECT_EQ(Code("Arnor said it attacked Mordor at dawn."), (Events{"ARN/ORC/223"}));
  // "$ ^ FOR *": the skipped actor is neither source nor target.
  EXPECT_EQ(Code("Arnor in Rohan for Gondor warning today."), (Events{"ARN/GON/164"}));
}

TEST_F(TabariCoderTest, ClausesCommasComplexityAndDiscards) {
  // Each clause codes its first verb; the second clause takes the first clause's source.
  EXPECT_EQ(Code("Arnor restored relations with Gondor and attacked Mordor at dawn."),
            (Events{"ARN/GON/064", "ARN/ORC/223"}));
  // A comma clause of 2-10 words is deleted: Rohan is not the target.
  EXPECT_EQ(Code("Arnor restored relations, as Rohan had hoped, with Gondor."), (Events{"ARN/GON/064"}));
  // NOACTPRIOR: no actor before the verb.
  TabariResult r = coder_->Code("Yesterday restored relations with Gondor and Mordor.", 19950601, options_, "");
  EXPECT_TRUE(r.events.empty());
  EXPECT_TRUE(r.complex);
  // ### anywhere discards the sentence.
  r = coder_->Code("Arnor attacked Gondor and the Nasgul watched.", 19950601, options_, "");
  EXPECT_TRUE(r.discard);
  EXPECT_TRUE(r.events.empty());
  // Too short.
  options_.minimum_words = 8;
  r = coder_->Code("Arnor attacked Gondor.", 19950601, options_, "");
  EXPECT_TRUE(r.too_short);
}

TEST_F(TabariCoderTest, CapitalisedOrDeterminedVerbsAreNouns) {
  EXPECT_EQ(Code("Arnor is about to Restore ties and attack Gondor."), (Events{"ARN/GON/223"}));
  EXPECT_EQ(Code("ARNOR IS ABOUT TO RESTORE TIES WITH GONDOR."), (Events{"ARN/GON/064"}));
}

// ---- TABARI's own suite.

TEST(TabariValidationSuite, FindsAtLeast95PercentWithFewExtras) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  auto r = RunTabariValidation(shared + "/reference/tabari/Validate.project", {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const TabariScore& t = r->total;
  // The standard records: FINAL-01 ends them. 521 active expectations (the suite switches off six
  // more with "-{", which are not scored).
  EXPECT_EQ(t.expected, 521u);
  EXPECT_EQ(t.switched_off, 6u);
  EXPECT_EQ(r->option_records, 23u);
  // Measured: 506 found, 14 extra in the scored records, 28 more in the records the suite marks
  // incomplete (-{ }). The floors sit just under the measured figures.
  EXPECT_GE(t.found, 505u) << "found " << t.found << " of " << t.expected;
  EXPECT_GE(static_cast<double>(t.found) / t.expected, 0.95);
  EXPECT_LE(t.extra, 15u);
  EXPECT_LE(static_cast<double>(t.extra) / t.expected, 0.05);
  EXPECT_LE(t.extra_unscored, 30u);
  // Categories that pass completely today stay that way.
  for (const char* cat : {"DEMO", "PATTERN", "MARK", "ACTORSYN", "VERBFORM", "VERBEND", "NOUNEND", "PRON", "PASV",
                          "COMMA", "DEFAULT", "CODEBY", "AGENTS", "CONV"}) {
    const TabariScore& c = r->by_category.at(cat);
    EXPECT_EQ(c.found, c.expected) << cat;
  }
  EXPECT_LT(r->seconds, 2.0);
}

}  // namespace
}  // namespace dragoman
