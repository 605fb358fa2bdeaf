// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The seed story (../shared/examples/ansa-2017-08-04-libya.txt): Moscow and Grozny (Russia) for the
// talks, France for the caption's meeting, Tripoli as the ambassador's post and not as the place of
// Haftar's threat. Skipped without ../shared or without a gazetteer.

#include <gtest/gtest.h>

#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

TEST(SeedPlacesTest, AnsaLibyaStory) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  if (testing::DefaultEngine().load_report().places == 0) GTEST_SKIP() << "built without a gazetteer";
  const std::string raw = testing::ReadFile(shared + "/examples/ansa-2017-08-04-libya.txt");
  ASSERT_FALSE(raw.empty());
  CodedArticle c = testing::CodeText("ansa-2017-08-04-libya.txt", raw, "2017-08-04");

  bool talks = false, caption = false, threat = false;
  for (const Event& e : c.events) {
    if (!e.place.empty()) {
      ASSERT_LE(e.place.span.end, raw.size());
      EXPECT_EQ(raw.substr(e.place.span.begin, e.place.span.end - e.place.span.begin), e.place.text);
    }
    if (e.source.code.rfind("RUS", 0) == 0 && e.sentence.find("organize talks") != std::string::npos) {
      talks = true;
      EXPECT_EQ(e.place.name, "Moscow");
      EXPECT_EQ(e.place.country, "RUS");
      EXPECT_EQ(e.place.basis, "clause");
    }
    if (e.sentence.find("France") != std::string::npos && e.sentence.find("meeting") != std::string::npos &&
        (e.cameo_root == "03" || e.cameo_root == "04")) {
      caption = true;
      EXPECT_EQ(e.place.name, "France");
      EXPECT_EQ(e.place.precision, PlacePrecision::kCountry);
    }
    if (e.cameo_code == "1384") {
      threat = true;
      EXPECT_NE(e.place.text, "Tripoli") << "the ambassador's post is not where the threat was made";
      EXPECT_NE(e.place.country, "LBY");
    }
  }
  EXPECT_TRUE(talks) << "the talks event (Russia, organize talks) was not coded";
  EXPECT_TRUE(caption) << "the caption's meeting was not coded";
  EXPECT_TRUE(threat) << "Haftar's threat (1384) was not coded";

  // Grozny: the second place of the talks, in Russia's Chechnya.
  int grozny = 0;
  for (const PlaceMention& m : c.places) {
    if (m.text == "Grozny") {
      ++grozny;
      EXPECT_EQ(m.place.country, "RUS");
      EXPECT_EQ(m.place.admin1, "Chechnya");
      EXPECT_EQ(m.place.precision, PlacePrecision::kCity);
    }
    if (m.text == "Tripoli") {
      EXPECT_EQ(m.place.country, "LBY");
      EXPECT_FALSE(m.locative);  // "ambassador to Tripoli"
    }
    if (m.text == "Moscow" || m.text == "MOSCOW") EXPECT_EQ(m.place.country, "RUS");
    EXPECT_EQ(raw.substr(m.span.begin, m.span.end - m.span.begin), m.text);
  }
  EXPECT_GE(grozny, 2);
}

}  // namespace
}  // namespace dragoman
