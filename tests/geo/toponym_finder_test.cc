// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Toponym recognition rules (src/geo/toponym_finder.cc) through the whole pipeline, on sentences of
// our own: which spans are place names and which capitalised words are not. Skipped in a build
// without a gazetteer.

#include <gtest/gtest.h>

#include <string>

#include "geo/gazetteer.h"
#include "geo/place_test_util.h"
#include "pipeline/engine_fixture.h"

namespace dragoman {
namespace {

using testing::FindPlace;

struct Case {
  const char* text;
  const char* name;     // the mention, exactly as written
  const char* country;  // ISO3 it resolves to; "" = must not be a place; "-" = a place left unresolved;
                        // "*" = resolved, to a region that spans countries
  const char* admin1;   // its admin1, or its own name for a division; "" = not checked
};

void Check(const Case& c) {
  CodedArticle coded = testing::CodeText("t", c.text, "2009-03-20");
  const std::string& raw = coded.article.raw;
  for (const PlaceMention& m : coded.places) {
    ASSERT_LE(m.span.end, raw.size());
    EXPECT_EQ(raw.substr(m.span.begin, m.span.end - m.span.begin), m.text);
  }
  const PlaceMention* m = FindPlace(coded, c.name);
  if (*c.country == '\0') {
    EXPECT_EQ(m, nullptr) << c.text << ": '" << c.name << "' is not a place here";
    return;
  }
  ASSERT_NE(m, nullptr) << c.text << ": '" << c.name << "' not found";
  if (std::string(c.country) == "-") {
    EXPECT_TRUE(m->place.empty()) << c.text;
    return;
  }
  if (std::string(c.country) == "*") {
    EXPECT_EQ(m->place.precision, PlacePrecision::kRegion) << c.text << " -> " << m->place.name;
    return;
  }
  EXPECT_EQ(m->place.country, c.country) << c.text << " -> " << m->place.name;
  if (*c.admin1 != '\0') {
    EXPECT_TRUE(m->place.admin1 == c.admin1 || m->place.name == c.admin1) << c.text << " -> " << m->place.name;
  }
}

// A headline in title case capitalises every word: a neighbour's capital does not make a town a
// surname there, nor, through it, in the rest of the article. A list of names in the body is no
// headline.
TEST(ToponymFinderTest, TitleCaseHeadlines) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"Freemason Bogdanov Joins Sochi Mayor Race. The election in Sochi is crowded.", "Sochi", "RUS", ""},
      {"Students won prizes. The winners were Julie Brown, Caroline Harper and Katie Watson.", "Harper", "", ""},
  };
  for (const Case& c : cases) Check(c);
}

// State abbreviations whose dot the tokenizer splits off ("Ga" + "."), in headlines too; a name's
// own final dot is not doubled with the sentence's; a split abbreviation before a name is a title.
TEST(ToponymFinderTest, DottedAbbreviations) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"Scandal-plagued Ga. pastor to be buried Saturday.", "Ga.", "USA", "Georgia"},
      {"Fla. economist casts doubt on casino job figures.", "Fla.", "USA", "Florida"},
      {"Gulf-war vet to bike from Norman to D.C.. He is a long way from home.", "D.C.", "USA", ""},
      {"The nod went to former Del. Brian J. Moran of Alexandria.", "Del.", "", ""},
  };
  for (const Case& c : cases) Check(c);
}

// A legislator's party and state: "D-N.D." names North Dakota, and the legislator is no place.
TEST(ToponymFinderTest, PartyAndState) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"The bonuses are a squandering, said Rep. Earl Pomeroy, D-N.D., on Monday.", "N.D.", "USA", "North Dakota"},
      {"The bonuses are a squandering, said Rep. Earl Pomeroy, D-N.D., on Monday.", "Pomeroy", "", ""},
      {"Sen. Bob Casey, D-Pa. , called the findings troubling.", "Pa.", "USA", "Pennsylvania"},
      {"Del. Bonnie Brown, D-McDowell. The bill passed.", "McDowell", "USA", ""},
  };
  for (const Case& c : cases) Check(c);
}

// Institutions named after a saint ("St. John's Health System") are not the town of that name;
// "St. Petersburg's" is the city's.
TEST(ToponymFinderTest, SaintsPossessive) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"Write-offs at St. John's Health System reached $93 million.", "St. John", "", ""},
      {"Flights will land at St. Petersburg's Pulkovo airport.", "St. Petersburg", "RUS", ""},
  };
  for (const Case& c : cases) Check(c);
}

// Streets with a compass initial, townships and counties written short, numbered roads.
TEST(ToponymFinderTest, AbbreviatedFeaturesAndCounties) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"The council meeting is at City Hall, 1200 E. Broad St. in the evening.", "E. Broad St.", "-", ""},
      {"It could be St. Clair Twp., Madison Twp., Trenton or Monroe.", "Madison Twp.", "-", ""},
      {"Platte Co. tops 32K for first time.", "Platte Co.", "USA", ""},
      {"Crane Co., of Chicago, bought the company in 1959.", "Crane Co.", "", ""},
      {"Crane Co., of Chicago, bought the company in 1959.", "Crane", "", ""},
      // Numbered roads with their jurisdiction, and a state's road ("KY 52", "W.Va. 61").
      {"Water washed out a portion of County Road 56 near the lake.", "County Road 56", "-", ""},
      {"They stopped at a gas station on State Highway 360 to fix it.", "State Highway 360", "-", ""},
      {"Traffic backed up at Illinois Route 159 on Monday.", "Illinois Route 159", "-", ""},
      {"The accident on KY 52 occurred at night.", "KY 52", "-", ""},
      {"Nobody knows how long W.Va. 61 will be closed.", "W.Va. 61", "-", ""},
      {"Nobody knows how long W.Va. 61 will be closed.", "W.Va.", "", ""},
      // "Lake X" is the lake even where a town is called Lake.
      {"The park lies on the Chestatee River arm of Lake Lanier.", "Lake Lanier", "-", ""},
  };
  for (const Case& c : cases) Check(c);
}

// A town that speaks is a person, even when a seat elsewhere has its name as an alternate one
// ("Robertson" for Robertsport, Liberia); a capital that speaks is its government. Other people.
TEST(ToponymFinderTest, SpeakersAndAlternateSeats) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"\"It was the first air-conditioned theater,\" Robertson said.", "Robertson", "", ""},
      {"Moscow said the talks would go on.", "Moscow", "RUS", ""},
      // Two one-word town names side by side are a person's name ("Roy Jones"), unless the first
      // is an institution word that is also a town (Rodeo, California): then the second is the place.
      {"Rodeo Gainesville looking for queen candidates. Girls can apply at a bank in Gainesville.", "Gainesville",
       "USA", ""},
      {"Rodeo Gainesville looking for queen candidates. Girls can apply at a bank in Gainesville.", "Rodeo", "", ""},
      // A relative's name is a person's, in the whole article.
      {"The couple lost their first child, Hailey, in 2006. Hailey is never far from their minds.", "Hailey", "", ""},
      {"Surviving are her son Bryan and two grandchildren.", "Bryan", "", ""},
      {"Surviving are her son and a sister in Bryan.", "Bryan", "USA", ""},
  };
  for (const Case& c : cases) Check(c);
}

// Data (data/geo, data/dict/regions.dict): regions GeoNames has no division for are made from the
// places regions.dict names under them; demonyms of states and provinces; a former state; a city
// written short. A region's name never shadows a place of that name ("Hodeidah" is the city).
TEST(ToponymFinderTest, RegionsAndDemonymsFromData) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"Some 1,500 Egyptian troops are stationed in Darfur.", "Darfur", "SDN", "Darfur"},
      {"Peace in South Ossetia is fragile.", "South Ossetia", "GEO", "South Ossetia"},
      {"South Ossetian forces shelled the villages.", "South Ossetian", "GEO", "South Ossetia"},
      {"Fighting reached Hodeidah on Monday.", "Hodeidah", "YEM", ""},
      {"The drill prepares Ohioans for tornado season.", "Ohioans", "USA", "Ohio"},
      {"The tax would cost Ontarians more.", "Ontarians", "CAN", "Ontario"},
      {"The Sinhalese majority will resent it.", "Sinhalese", "LKA", ""},
      {"Phila. officer charged with drug dealing.", "Phila.", "USA", "Pennsylvania"},
      {"The artists left Russia or the Soviet Union for America.", "Soviet Union", "*", ""},
      {"He was named special Mideast envoy.", "Mideast", "*", ""},
  };
  for (const Case& c : cases) Check(c);
  CodedArticle hodeidah = testing::CodeText("t", "Fighting reached Hodeidah on Monday.", "2009-03-20");
  const PlaceMention* m = FindPlace(hodeidah, "Hodeidah");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->place.precision, PlacePrecision::kCity);
}

// Words that name a town only by chance: a language or its culture ("English language learners",
// also where a small town is called English), a make of car, an acronym that is some village's
// name ("the NGO"), Russia's parliament. The European Union is a region placed at its seat.
TEST(ToponymFinderTest, LanguagesMakesAndAcronyms) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"The district tests English language learners each spring.", "English", "", ""},
      {"Eighth-grade French students celebrate Mardi Gras.", "French", "", ""},
      {"The ad airs in South Florida in English and Spanish.", "Spanish", "", ""},
      {"French troops landed in Mali.", "French", "FRA", ""},
      {"The Honda was stopped in the left lane.", "Honda", "", ""},
      {"A 2001 Cadillac struck the pickup truck.", "Cadillac", "", ""},
      {"He was taken to a hospital in Pontiac.", "Pontiac", "USA", "Michigan"},
      {"The committee represents the NGO's beneficiaries.", "NGO", "", ""},
      {"The State Duma approved the bill on Friday.", "Duma", "", ""},
      {"The ship breached a UN ban.", "UN", "", ""},
      {"He promised to make Russia an EU member.", "EU", "*", ""},
  };
  for (const Case& c : cases) Check(c);
  CodedArticle eu = testing::CodeText("t", "Officials of the European Union met.", "2009-03-20");
  const PlaceMention* m = FindPlace(eu, "European Union");
  ASSERT_NE(m, nullptr);
  EXPECT_LT(DistanceKm(m->place.lat, m->place.lon, 50.85, 4.35), 25);  // Brussels
}

}  // namespace
}  // namespace dragoman
