// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Event dates: expressions in the sentence resolved against the article date and attached to the
// events whose verbs they modify (src/pipeline/event_dates.h).

#include <gtest/gtest.h>

#include <string>

#include "pipeline/engine_fixture.h"

namespace dragoman {
namespace {

// The events of `text` coded on `date` (2017-08-04 is a Friday), as "CODE DATE..LAST PRECISION [TEXT]".
std::string Dates(const std::string& text, const std::string& date = "2017-08-04") {
  CodedArticle c = testing::CodeText("dates", text, date);
  testing::ExpectSpansSliceInput(c);
  std::string out;
  for (const Event& e : c.events) {
    out += e.cameo_root + " " + e.date + ".." + e.date_last + " " + e.date_precision + " [" + e.date_text + "]\n";
  }
  return out;
}

TEST(EventDatesTest, WeekdayInTheSentenceDatesTheEvent) {
  const std::string got = Dates("Russian and Turkish officials held talks in Ankara on Monday.");
  EXPECT_NE(got.find("2017-07-31..2017-07-31 day [on Monday]"), std::string::npos) << got;
}

TEST(EventDatesTest, LastWeekIsAWeekRange) {
  const std::string got = Dates("Last week, Italian troops attacked rebels near Misrata.");
  EXPECT_NE(got.find("2017-07-24..2017-07-30 week [Last week]"), std::string::npos) << got;
}

TEST(EventDatesTest, WithoutAnExpressionTheArticleDateStands) {
  const std::string got = Dates("Italian troops attacked rebels near Misrata.");
  EXPECT_NE(got.find("2017-08-04..2017-08-04 day []"), std::string::npos) << got;
}

TEST(EventDatesTest, IntendedActsLookAhead) {
  // Written on Wednesday 2 August: "on Friday" is the 4th for a plan, the 28th for a deed.
  const std::string plan = Dates("Iran will meet Iraqi officials in Baghdad on Friday.", "2017-08-02");
  EXPECT_NE(plan.find("2017-08-04..2017-08-04 day [on Friday]"), std::string::npos) << plan;
  const std::string deed = Dates("Iran met Iraqi officials in Baghdad on Friday.", "2017-08-02");
  EXPECT_NE(deed.find("2017-07-28..2017-07-28 day [on Friday]"), std::string::npos) << deed;
}

TEST(EventDatesTest, EachEventKeepsItsOwnExpression) {
  const std::string got =
      Dates("Russia condemned Ukraine on Monday, and on Wednesday Turkey praised Greece.");
  EXPECT_NE(got.find("11 2017-07-31..2017-07-31 day [on Monday]"), std::string::npos) << got;
  EXPECT_NE(got.find("05 2017-08-02..2017-08-02 day [on Wednesday]"), std::string::npos) << got;
}

TEST(EventDatesTest, DayOfMonthWithoutYearIsInferred) {
  CodedArticle c = testing::CodeText("dates", "On 28 December, China condemned Japan.", "2018-01-02");
  ASSERT_FALSE(c.events.empty());
  EXPECT_EQ(c.events[0].date, "2017-12-28");
  EXPECT_TRUE(c.events[0].date_year_inferred);
}

TEST(EventDatesTest, NoArticleDateMeansNoResolution) {
  CodedArticle c = testing::CodeText("dates", "Russia condemned Ukraine on Monday.", "");
  ASSERT_FALSE(c.events.empty());
  EXPECT_EQ(c.events[0].date, "");
  EXPECT_EQ(c.events[0].date_text, "");
}

}  // namespace
}  // namespace dragoman
