// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Helpers of the place tests: skip without a gazetteer, find a place mention by its text.

#ifndef DRAGOMAN_TESTS_GEO_PLACE_TEST_UTIL_H_
#define DRAGOMAN_TESTS_GEO_PLACE_TEST_UTIL_H_

#include <string>

#include "pipeline/engine_fixture.h"

// Skips the test when the build has no gazetteer (-DDRAGOMAN_GAZETTEER=OFF).
#define REQUIRE_GAZETTEER()                                                   \
  if (::dragoman::testing::DefaultEngine().load_report().places == 0)         \
  GTEST_SKIP() << "built without a gazetteer (-DDRAGOMAN_GAZETTEER=OFF)"

namespace dragoman::testing {

// The first place mention of `c` whose text is `text`, or null.
inline const PlaceMention* FindPlace(const CodedArticle& c, const std::string& text) {
  for (const PlaceMention& m : c.places) {
    if (m.text == text) return &m;
  }
  return nullptr;
}

}  // namespace dragoman::testing

#endif  // DRAGOMAN_TESTS_GEO_PLACE_TEST_UTIL_H_
