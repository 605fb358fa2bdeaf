// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/date_resolver.h"

#include <gtest/gtest.h>

#include <string>

namespace dragoman {
namespace {

TEST(CivilDateTest, DaysRoundTripAndWeekdays) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(CivilFromDays(DaysFromCivil({2017, 8, 4})), (CivilDate{2017, 8, 4}));
  EXPECT_EQ(Weekday({2017, 8, 4}), 4);   // a Friday
  EXPECT_EQ(Weekday({2024, 2, 29}), 3);  // a Thursday, in a leap year
  EXPECT_TRUE((CivilDate{2024, 2, 29}).valid());
  EXPECT_FALSE((CivilDate{2023, 2, 29}).valid());
  EXPECT_FALSE((CivilDate{2023, 13, 1}).valid());
  EXPECT_EQ((CivilDate{2017, 8, 4}).ToString(), "2017-08-04");
}

TEST(DateResolverTest, InferYearTakesTheNearest) {
  // A story of 2 January that says 28 December means last year's.
  EXPECT_EQ(InferYear(12, 28, {2018, 1, 2}), 2017);
  EXPECT_EQ(InferYear(1, 3, {2017, 12, 30}), 2018);
  EXPECT_EQ(InferYear(8, 4, {2017, 8, 4}), 2017);
  EXPECT_EQ(InferYear(8, 4, {}), 0);
}

struct DateTimeCase {
  const char* text;
  const char* date;  // YYYY-MM-DD, or MM-DD when no year, or "" when not a date
  const char* time;
};

TEST(DateResolverTest, ParseDateTime) {
  const DateTimeCase cases[] = {
      {"2017-08-04T11:01:00+02:00", "2017-08-04", "11:01"},
      {"2017-08-04", "2017-08-04", ""},
      {"2017/08/04", "2017-08-04", ""},
      {"Fri, 04 Aug 2017 09:01:00 GMT", "2017-08-04", "09:01"},
      {"August 4, 2017", "2017-08-04", ""},
      {"Aug. 4, 2017 3:46 PM", "2017-08-04", "15:46"},
      {"4 August 2017", "2017-08-04", ""},
      {"Published 4 August 2017", "2017-08-04", ""},
      {"Friday 4 August 2017 11.01 BST", "2017-08-04", "11:01"},
      {"04 August, 11:01", "08-04", "11:01"},
      {"08/04/2017", "2017-08-04", ""},
      {"By Staff Reporter | March 10, 2021", "2021-03-10", ""},
      {"Updated: 12:30 am EST March 3, 2024", "2024-03-03", "00:30"},
      // Not dates: sentences, numbers, month names alone.
      {"Russia said on August 4 it would send troops.", "", ""},
      {"August", "", ""},
      {"2017", "", ""},
      {"31 February 2017", "", ""},
      {"", "", ""},
  };
  for (const DateTimeCase& c : cases) {
    std::optional<DateTime> d = ParseDateTime(c.text);
    if (std::string(c.date).empty()) {
      EXPECT_FALSE(d.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(d.has_value()) << c.text;
    std::string got = d->has_year ? d->date.ToString() : "";
    if (!d->has_year) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%02d-%02d", d->date.month, d->date.day);
      got = buf;
    }
    EXPECT_EQ(got, c.date) << c.text;
    EXPECT_EQ(d->ToTime(), c.time) << c.text;
  }
  // Compact dates only where asked for (meta tags), not in running text.
  EXPECT_FALSE(ParseDateTime("20170804").has_value());
  EXPECT_EQ(ParseDateTime("20170804", true)->date.ToString(), "2017-08-04");
}

struct DatelineCase {
  const char* text;
  const char* place;
  const char* region;
  const char* agency;
  int month, day;
  const char* dateline;  // the dateline proper (text_length bytes)
};

TEST(DateResolverTest, Datelines) {
  const DatelineCase cases[] = {
      {"MOSCOW - Russia would like to organize talks", "MOSCOW", "", "", 0, 0, "MOSCOW -"},
      {"MOSCOW, Aug 4 (Reuters) - Russia said", "MOSCOW", "", "Reuters", 8, 4, "MOSCOW, Aug 4 (Reuters) -"},
      {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted", "WASHINGTON", "", "AP", 0, 0, "WASHINGTON (AP) \xE2\x80\x94"},
      {"TREVISO, Italy, March 2 - Benetton said", "TREVISO", "Italy", "", 3, 2, "TREVISO, Italy, March 2 -"},
      {"DEARBORN, MICH., Feb 26 - Ford said", "DEARBORN", "MICH.", "", 2, 26, "DEARBORN, MICH., Feb 26 -"},
      {"AMSTERDAM, 2 March - Dutch imports", "AMSTERDAM", "", "", 3, 2, "AMSTERDAM, 2 March -"},
      {"MONTREAL, Feb 26- Shares rose", "MONTREAL", "", "", 2, 26, "MONTREAL, Feb 26-"},
      {"RIO DE JANEIRO, Feb 26 - Brazil", "RIO DE JANEIRO", "", "", 2, 26, "RIO DE JANEIRO, Feb 26 -"},
      {"ST. JOHN'S, Newfoundland, March 3 - The", "ST. JOHN'S", "Newfoundland", "", 3, 3,
       "ST. JOHN'S, Newfoundland, March 3 -"},
      {"S\xC3\x83O PAULO, March 3 (Reuters) - Brazil", "S\xC3\x83O PAULO", "", "Reuters", 3, 3,
       "S\xC3\x83O PAULO, March 3 (Reuters) -"},
      {"KYIV, March 3, 2024 (Wire) - Ukraine", "KYIV", "", "Wire", 3, 3, "KYIV, March 3, 2024 (Wire) -"},
  };
  for (const DatelineCase& c : cases) {
    Dateline d;
    ASSERT_TRUE(ParseDateline(c.text, &d)) << c.text;
    EXPECT_EQ(d.place, c.place) << c.text;
    EXPECT_EQ(d.region, c.region) << c.text;
    EXPECT_EQ(d.agency, c.agency) << c.text;
    EXPECT_EQ(d.month, c.month) << c.text;
    EXPECT_EQ(d.day, c.day) << c.text;
    EXPECT_EQ(std::string(c.text).substr(0, d.text_length), c.dateline) << c.text;
  }
  // Not datelines.
  for (const char* text : {"Russia - the country - said", "Libya: Russia wants meetings", "The UN - which met - said",
                           "A - B", "NATO said on Monday it would - maybe - act", "WASHINGTON is a city"}) {
    Dateline d;
    EXPECT_FALSE(ParseDateline(text, &d)) << text;
  }
}

struct RelativeCase {
  const char* text;       // the expression
  const char* first;      // resolved range
  const char* last;
  DatePrecision precision;
};

TEST(DateResolverTest, RelativeDatesAgainstTheArticleDate) {
  const CivilDate anchor{2017, 8, 4};  // Friday 4 August 2017
  const RelativeCase cases[] = {
      {"today", "2017-08-04", "2017-08-04", DatePrecision::kDay},
      {"yesterday", "2017-08-03", "2017-08-03", DatePrecision::kDay},
      {"tomorrow", "2017-08-05", "2017-08-05", DatePrecision::kDay},
      {"last night", "2017-08-03", "2017-08-03", DatePrecision::kDay},
      {"on Monday", "2017-07-31", "2017-07-31", DatePrecision::kDay},
      {"on Friday", "2017-08-04", "2017-08-04", DatePrecision::kDay},
      {"last Friday", "2017-07-28", "2017-07-28", DatePrecision::kDay},
      {"next Monday", "2017-08-07", "2017-08-07", DatePrecision::kDay},
      {"on Wednesday night", "2017-08-02", "2017-08-02", DatePrecision::kDay},
      {"last week", "2017-07-24", "2017-07-30", DatePrecision::kWeek},
      {"this week", "2017-07-31", "2017-08-06", DatePrecision::kWeek},
      {"next week", "2017-08-07", "2017-08-13", DatePrecision::kWeek},
      {"earlier this month", "2017-08-01", "2017-08-31", DatePrecision::kMonth},
      {"last month", "2017-07-01", "2017-07-31", DatePrecision::kMonth},
      {"next year", "2018-01-01", "2018-12-31", DatePrecision::kYear},
      {"two days ago", "2017-08-02", "2017-08-02", DatePrecision::kDay},
      {"three weeks ago", "2017-07-10", "2017-07-16", DatePrecision::kWeek},
      {"on 3 August", "2017-08-03", "2017-08-03", DatePrecision::kDay},
      {"August 3", "2017-08-03", "2017-08-03", DatePrecision::kDay},
      {"3rd of August", "2017-08-03", "2017-08-03", DatePrecision::kDay},
      {"Aug. 3, 2016", "2016-08-03", "2016-08-03", DatePrecision::kDay},
      {"in March", "2017-03-01", "2017-03-31", DatePrecision::kMonth},
      {"in December", "2017-12-01", "2017-12-31", DatePrecision::kMonth},  // nearest: 4 months ahead
      {"last December", "2016-12-01", "2016-12-31", DatePrecision::kMonth},
      {"in August 2016", "2016-08-01", "2016-08-31", DatePrecision::kMonth},
      {"in 2015", "2015-01-01", "2015-12-31", DatePrecision::kYear},
  };
  for (const RelativeCase& c : cases) {
    std::optional<DateReference> r = ResolveDateExpression(c.text, anchor);
    ASSERT_TRUE(r.has_value()) << c.text;
    EXPECT_EQ(r->first.ToString(), c.first) << c.text;
    EXPECT_EQ(r->last.ToString(), c.last) << c.text;
    EXPECT_EQ(r->precision, c.precision) << c.text;
  }
  // A story dated 2 January: "on 28 December" is last year's, and says the year was inferred.
  std::optional<DateReference> dec = ResolveDateExpression("on 28 December", {2018, 1, 2});
  ASSERT_TRUE(dec.has_value());
  EXPECT_EQ(dec->first.ToString(), "2017-12-28");
  EXPECT_TRUE(dec->year_inferred);
  // An intended act: "will meet on Monday" points forward.
  std::optional<DateReference> fut = ResolveDateExpression("on Monday", anchor, TimeDirection::kFuture);
  ASSERT_TRUE(fut.has_value());
  EXPECT_EQ(fut->first.ToString(), "2017-08-07");
}

TEST(DateResolverTest, FindsExpressionsInRunningText) {
  const std::string text =
      "Russia said on Monday it would host talks next week. The envoy, who arrived on 3 August, may "
      "stay until September. Trump visited in May 2016.";
  std::vector<DateReference> refs = FindDateReferences(text, {2017, 8, 4});
  ASSERT_EQ(refs.size(), 5u);
  EXPECT_EQ(refs[0].text, "on Monday");
  EXPECT_EQ(refs[1].text, "next week");
  EXPECT_EQ(refs[2].text, "on 3 August");
  EXPECT_EQ(refs[3].text, "September");
  EXPECT_EQ(refs[3].precision, DatePrecision::kMonth);
  EXPECT_EQ(refs[4].text, "May 2016");
  for (const DateReference& r : refs) EXPECT_EQ(text.substr(r.begin, r.end - r.begin), r.text);
  // "may" the verb and a lone capitalised "May" at a sentence start are not dates.
  EXPECT_TRUE(FindDateReferences("He may come. May I ask?", {2017, 8, 4}).empty());
}

TEST(DateResolverTest, DatesInUrls) {
  EXPECT_EQ(DateFromUrl("https://www.cnbc.com/2024/02/28/mortgage-demand.html")->ToString(), "2024-02-28");
  EXPECT_EQ(DateFromUrl("https://example.com/news/2017-08-04-libya")->ToString(), "2017-08-04");
  EXPECT_EQ(DateFromUrl("https://example.com/a/20161014/006270.htm")->ToString(), "2016-10-14");
  EXPECT_FALSE(DateFromUrl("https://example.com/article/123456789").has_value());
}

}  // namespace
}  // namespace dragoman
