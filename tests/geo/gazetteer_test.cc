// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The gazetteer file: name keys, the loader's checks, the load time and size of the built file.

#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dragoman {
namespace {

std::string Key(std::initializer_list<const char*> words) {
  std::string key;
  for (const char* w : words) {
    if (!AppendNameKey(w, &key)) return "<unfoldable>";
  }
  return key;
}

TEST(NameKeyTest, FoldsLikeTheGenerator) {
  // The same rules as Key() in scripts/gen_gazetteer.mjs.
  const struct {
    std::initializer_list<const char*> words;
    const char* key;
  } cases[] = {
      {{"Moscow"}, "moscow"},
      {{"MOSCOW"}, "moscow"},
      {{"U.S."}, "us"},
      {{"W.Va."}, "wva"},
      {{"Al-Hudaydah"}, "al hudaydah"},
      {{"Al", "Ḩudaydah"}, "al hudaydah"},
      {{"O'Hare"}, "ohare"},
      {{"São", "Paulo"}, "sao paulo"},
      {{"Łódź"}, "lodz"},
      {{"Düsseldorf"}, "dusseldorf"},
      {{"St.", "Louis"}, "st louis"},
      {{"Москва"}, "<unfoldable>"},
  };
  for (const auto& c : cases) EXPECT_EQ(Key(c.words), c.key) << *c.words.begin();
}

TEST(DistanceTest, GreatCircle) {
  EXPECT_NEAR(DistanceKm(51.5074, -0.1278, 48.8566, 2.3522), 344, 3);   // London - Paris
  EXPECT_NEAR(DistanceKm(55.7558, 37.6173, 43.3125, 45.6986), 1500, 30);  // Moscow - Grozny
  EXPECT_DOUBLE_EQ(DistanceKm(10, 20, 10, 20), 0);
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(GazetteerLoadTest, RejectsBadFiles) {
  auto missing = Gazetteer::Load("/nonexistent/gazetteer.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/nonexistent/gazetteer.bin"), std::string::npos);

  auto magic = Gazetteer::Load(WriteTemp("dragoman_gaz_magic.bin", std::string(64, 'x')));
  ASSERT_FALSE(magic.ok());
  EXPECT_EQ(magic.status().code(), StatusCode::kDataError);

  // A header that promises more than the file holds.
  std::string h = "DRGZ";
  for (uint32_t v : {1u, 1u, 1000u, 10u, 10u, 16u, 10u}) h.append(reinterpret_cast<const char*>(&v), 4);
  auto truncated = Gazetteer::Load(WriteTemp("dragoman_gaz_trunc.bin", h + std::string(40, '\0')));
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().code(), StatusCode::kDataError);
  EXPECT_NE(truncated.status().message().find("does not match its header"), std::string::npos);
}

TEST(GazetteerLoadTest, BuiltFileLoadsFastAndFindsPlaces) {
  const std::string path = DefaultGazetteerPath();
  if (path.empty()) GTEST_SKIP() << "built without a gazetteer (-DDRAGOMAN_GAZETTEER=OFF)";
  const auto start = std::chrono::steady_clock::now();
  auto g = Gazetteer::Load(path);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::printf("gazetteer: %zu places, %zu names, %zu countries, %.1f MB, loaded in %.3f s\n", (*g)->place_count(),
              (*g)->name_count(), (*g)->country_count(), (*g)->memory_bytes() / 1e6, secs);
  EXPECT_LT(secs, 0.3);
  EXPECT_GT((*g)->place_count(), 150000u);
  EXPECT_GT((*g)->country_count(), 200u);

  auto best = [&](const char* key) -> const GazPlace* {
    Gazetteer::NameRef ref;
    if (!(*g)->Find(key, &ref) || ref.postings.empty()) return nullptr;
    return &(*g)->place(ref.postings[0] & kPostingPlaceMask);
  };
  const GazPlace* moscow = best("moscow");
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ((*g)->CountryIso3(moscow->country), "RUS");
  // Aliases of our own and GeoNames' alternate names.
  for (const char* key : {"kiev", "kyiv", "tarabulus", "gaza city", "grozny"}) {
    EXPECT_NE(best(key), nullptr) << key;
  }
  // Demonyms from countries.dict and regions.
  Gazetteer::NameRef chechen;
  ASSERT_TRUE((*g)->Find("chechen", &chechen));
  EXPECT_TRUE(chechen.postings[0] & kPostingAdjective);
  // The stop list and the abbreviations.
  Gazetteer::NameRef ref;
  ASSERT_TRUE((*g)->Find("august", &ref));
  EXPECT_TRUE(ref.flags & kNameHardStop);
  ASSERT_TRUE((*g)->Find("police", &ref));
  EXPECT_TRUE(ref.flags & kNameHardStop);
  ASSERT_TRUE((*g)->Find("ill", &ref));
  EXPECT_TRUE(ref.flags & kNameAbbrev);
  EXPECT_FALSE((*g)->Find("no such place anywhere", &ref));
}

// The flags worked out at load say what a walk over all of a name's places says.
TEST(GazetteerLoadTest, DerivedNameFlagsAgreeWithTheNamesPlaces) {
  const std::string path = DefaultGazetteerPath();
  if (path.empty()) GTEST_SKIP() << "built without a gazetteer (-DDRAGOMAN_GAZETTEER=OFF)";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  auto walk = [&](const Gazetteer::NameRef& ref) {
    uint16_t f = ref.postings.empty() ? 0 : kNameAllAdjectives;
    for (uint32_t p : ref.postings) {
      const GazPlace& place = (*g)->place(p & kPostingPlaceMask);
      const auto kind = static_cast<PlaceKind>(place.kind);
      if (kind == PlaceKind::kCountry) f |= kNameHasCountry | kNameHasDivision | kNameHasMajorDivision;
      if (kind == PlaceKind::kAdmin1) {
        f |= kNameHasDivision;
        if (place.population >= kMajorDivisionPopulation) f |= kNameHasMajorDivision;
      }
      if ((kind == PlaceKind::kCapital || kind == PlaceKind::kSeat) && !(p & kPostingAlternate)) {
        f |= kNameHasCapitalOrSeat;
      }
      if (!(p & kPostingAdjective)) f &= static_cast<uint16_t>(~kNameAllAdjectives);
    }
    return f;
  };
  constexpr uint16_t kDerived = kNameHasCountry | kNameHasDivision | kNameHasMajorDivision | kNameHasCapitalOrSeat |
                                kNameAllAdjectives;
  int checked = 0;
  for (const char* key : {"france", "georgia", "moscow", "chechen", "springfield", "tripoli", "texas", "paris",
                          "lincoln", "washington", "new", "reading", "italian", "gaza city", "darfur", "robertson"}) {
    Gazetteer::NameRef ref;
    if (!(*g)->Find(key, &ref)) continue;
    EXPECT_EQ(ref.flags & kDerived, walk(ref)) << key;
    ++checked;
  }
  EXPECT_GE(checked, 12);
  Gazetteer::NameRef ref;
  ASSERT_TRUE((*g)->Find("france", &ref));
  EXPECT_TRUE(ref.flags & kNameHasCountry);
  ASSERT_TRUE((*g)->Find("moscow", &ref));
  EXPECT_TRUE(ref.flags & kNameHasCapitalOrSeat);
  EXPECT_FALSE(ref.flags & kNameAllAdjectives);
  ASSERT_TRUE((*g)->Find("chechen", &ref));
  EXPECT_TRUE(ref.flags & kNameAllAdjectives);
  ASSERT_TRUE((*g)->Find("springfield", &ref));
  EXPECT_FALSE(ref.flags & kNameHasCountry);
}

}  // namespace
}  // namespace dragoman
