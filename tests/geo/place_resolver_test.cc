// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Toponym recognition and resolution through the whole pipeline, on sentences of our own: what is
// a place and what is not, which place an ambiguous name resolves to, and which place each event
// gets. Skipped in a build without a gazetteer.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "output/place_record.h"
#include "geo/place_test_util.h"
#include "pipeline/engine_fixture.h"

namespace dragoman {
namespace {

using testing::FindPlace;

void ExpectPlaceSpansSliceInput(const CodedArticle& c) {
  const std::string& raw = c.article.raw;
  for (const PlaceMention& m : c.places) {
    ASSERT_LT(m.span.begin, m.span.end);
    ASSERT_LE(m.span.end, raw.size());
    EXPECT_EQ(raw.substr(m.span.begin, m.span.end - m.span.begin), m.text);
  }
  for (const Event& e : c.events) {
    if (e.place.empty()) continue;
    ASSERT_LE(e.place.span.end, raw.size());
    EXPECT_EQ(raw.substr(e.place.span.begin, e.place.span.end - e.place.span.begin), e.place.text);
  }
}

TEST(PlaceResolverTest, ResolvesAmbiguousNamesWithContext) {
  REQUIRE_GAZETTEER();
  const struct {
    const char* text;
    const char* name;     // the mention
    const char* country;  // where it should resolve ("" = must not be a place)
    const char* admin1;   // "" = not checked
  } cases[] = {
      {"Talks were held in Tripoli, the Libyan capital, on Monday.", "Tripoli", "LBY", ""},
      {"Clashes broke out in Tripoli, Lebanon, overnight.", "Tripoli", "LBN", ""},
      {"Police in Mobile, Ala., arrested two men.", "Mobile", "USA", "Alabama"},
      {"Police in Mobile, Ala., arrested two men.", "Police", "", ""},
      {"In August the army entered the town.", "August", "", ""},
      {"The mayor of Springfield, Ill., resigned.", "Springfield", "USA", "Illinois"},
      {"Shelling hit Kiev overnight, Ukrainian officials said.", "Kiev", "UKR", ""},
      {"An air strike hit a house in Gaza City.", "Gaza City", "PSE", ""},
      {"George Washington crossed the river.", "Washington", "", ""},
      {"Russia wants talks in the Chechen capital Grozny.", "Grozny", "RUS", "Chechnya"},
      {"Georgia's president met Russian officials in Tbilisi.", "Georgia", "GEO", ""},
      {"The governor of Georgia spoke in Atlanta about Savannah.", "Georgia", "USA", ""},
      {"Paris is the capital of France.", "Paris", "FRA", ""},
      {"The Paris, Texas, city council met on Tuesday.", "Paris", "USA", "Texas"},
      // Surnames: every mention goes once the article shows it is a person (a speaker, a name
      // after a middle initial), the earlier ones too.
      {"Past year has been best for Dyer. Jordan Dyer won the fair. \"It was fine,\" Dyer said.", "Dyer", "", ""},
      {"Before Irvin E. Rhodes took office, the town grew.", "Rhodes", "", ""},
      {"Stevens & Wilkinson asked for more money.", "Stevens", "", ""},
      {"Billy's served comfort food downtown.", "Billy", "", ""},
      {"She was inducted into the Hall of Fame.", "Hall", "", ""},
      {"She spoke only French and Farsi when she moved to Arlington.", "French", "", ""},
      // A place that starts an organisation's name is still a place.
      {"The Florida Highway Patrol closed the road.", "Florida", "USA", ""},
      {"Moscow said the talks would go on.", "Moscow", "RUS", ""},
      {"A spokesman for the city of Sevierville said the pool was closed.", "Sevierville", "USA", "Tennessee"},
      {"The jail is about 186 miles southeast of Alliance.", "Alliance", "USA", ""},
      {"Metro Nashville police records show the trailer is red.", "Nashville", "USA", "Tennessee"},
  };
  for (const auto& c : cases) {
    CodedArticle coded = testing::CodeText("t", c.text, "2017-08-04");
    ExpectPlaceSpansSliceInput(coded);
    const PlaceMention* m = FindPlace(coded, c.name);
    if (*c.country == '\0') {
      EXPECT_EQ(m, nullptr) << c.text << ": '" << c.name << "' is not a place here";
      continue;
    }
    ASSERT_NE(m, nullptr) << c.text << ": '" << c.name << "' not found";
    EXPECT_EQ(m->place.country, c.country) << c.text << " -> " << m->place.name;
    if (*c.admin1 != '\0') EXPECT_EQ(m->place.admin1, c.admin1) << c.text;
    EXPECT_FALSE(m->candidates.empty());
    EXPECT_GE(m->candidates_total, m->candidates.size());
  }
}

// A settlement the gazetteer lacks, named as one, is recognised (and left unresolved).
TEST(PlaceResolverTest, UnknownSettlementAfterVillageOf) {
  REQUIRE_GAZETTEER();
  CodedArticle c = testing::CodeText("t", "An explosion hit the village of Achguara overnight.", "2017-08-04");
  ExpectPlaceSpansSliceInput(c);
  const PlaceMention* m = FindPlace(c, "Achguara");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->place.empty());
  EXPECT_EQ(m->candidates_total, 0u);
}

// Representative points: the United States at the centre of the contiguous states (data/geo/
// points.tsv), a division in the middle of the box around its places, across the antimeridian for
// Alaska (whose Aleutians pass 180 degrees).
TEST(PlaceResolverTest, CountryAndDivisionPoints) {
  REQUIRE_GAZETTEER();
  CodedArticle c = testing::CodeText("t", "Officials in the United States and in Alaska agreed.", "2017-08-04");
  const PlaceMention* us = FindPlace(c, "United States");
  ASSERT_NE(us, nullptr);
  EXPECT_LT(DistanceKm(us->place.lat, us->place.lon, 39.83, -98.58), 10);
  const PlaceMention* ak = FindPlace(c, "Alaska");
  ASSERT_NE(ak, nullptr);
  EXPECT_EQ(ak->place.precision, PlacePrecision::kAdmin1);
  EXPECT_GT(ak->place.lon, -170);
  EXPECT_LT(ak->place.lon, -140);
  EXPECT_GT(ak->place.lat, 55);
}

TEST(PlaceResolverTest, DemonymsAreAdjectiveMentions) {
  REQUIRE_GAZETTEER();
  CodedArticle c = testing::CodeText("t", "Libyan forces fired on Italian ships off Libya.", "2017-08-04");
  const PlaceMention* libyan = FindPlace(c, "Libyan");
  ASSERT_NE(libyan, nullptr);
  EXPECT_TRUE(libyan->adjective);
  EXPECT_EQ(libyan->place.country, "LBY");
  EXPECT_EQ(libyan->place.precision, PlacePrecision::kCountry);
  const PlaceMention* libya = FindPlace(c, "Libya");
  ASSERT_NE(libya, nullptr);
  EXPECT_FALSE(libya->adjective);
  EXPECT_TRUE(libya->locative);  // "off Libya"
}

TEST(PlaceResolverTest, EventPlaceComesFromTheClauseThenTheDateline) {
  REQUIRE_GAZETTEER();
  // The clause's locative phrase.
  CodedArticle a =
      testing::CodeText("t", "Russia would like to organize talks between Libyan factions in Moscow.", "2017-08-04");
  ASSERT_FALSE(a.events.empty());
  for (const Event& e : a.events) {
    EXPECT_EQ(e.place.name, "Moscow");
    EXPECT_EQ(e.place.country, "RUS");
    EXPECT_EQ(e.place.precision, PlacePrecision::kCity);
    EXPECT_EQ(e.place.basis, "clause");
  }
  // No locative phrase: the dateline.
  CodedArticle b = testing::CodeText("t", "CAIRO - Egypt condemned Israel on Monday.\n", "2017-08-04");
  ASSERT_FALSE(b.events.empty());
  EXPECT_EQ(b.events[0].place.country, "EGY");
  EXPECT_EQ(b.events[0].place.basis, "dateline");
  ExpectPlaceSpansSliceInput(b);
  // A post is not a place of the event: "the ambassador to Tripoli".
  CodedArticle c = testing::CodeText("t", "Italy's ambassador to Tripoli condemned Haftar's threats.", "2017-08-04");
  for (const Event& e : c.events) EXPECT_NE(e.place.text, "Tripoli");
}

TEST(PlaceResolverTest, PlaceRecordJson) {
  REQUIRE_GAZETTEER();
  CodedArticle c = testing::CodeText("t", "Troops were deployed in Grozny.", "2017-08-04");
  const PlaceMention* m = FindPlace(c, "Grozny");
  ASSERT_NE(m, nullptr);
  const auto j = nlohmann::json::parse(PlaceRecord("t", *m));
  EXPECT_EQ(j["type"], "place");
  EXPECT_EQ(j["article_id"], "t");
  EXPECT_EQ(j["text"], "Grozny");
  EXPECT_EQ(j["resolved"]["country"], "RUS");
  EXPECT_EQ(j["resolved"]["precision"], "city");
  EXPECT_TRUE(j["resolved"]["geonames_id"].is_number());
  EXPECT_TRUE(j["locative"].get<bool>());
  EXPECT_FALSE(j["candidates"].empty());
  EXPECT_TRUE(PlaceJson(Place{}).is_null());
}

}  // namespace
}  // namespace dragoman
