// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// CodeCountry and CodeRole: the country and role blocks of a CAMEO actor code.

#include <gtest/gtest.h>

#include "syntax/mention_finder.h"

namespace dragoman {
namespace {

TEST(CodeBlocksTest, CountryAndRole) {
  const struct {
    const char* code;
    const char* country;
    const char* role;
  } cases[] = {
      {"ITAGOV", "ITA", "GOV"},   {"LBYMIL", "LBY", "MIL"},    {"RUS", "RUS", ""},
      {"GOV", "", "GOV"},         {"IGO", "", "IGO"},          {"NGOUSA", "", "NGO"},
      {"USAGOVMIL", "USA", "GOV"}, {"EURGOV", "EUR", "GOV"},   {"PSEREBSEP", "PSE", "REB"},
      {"", "", ""},               {"IT", "", ""},              {"ITAgov", "ITA", ""},
      {"DIP", "", "DIP"},         {"AFRUAF", "AFR", "UAF"},    {"ZZZ", "ZZZ", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(CodeCountry(c.code), c.country) << c.code;
    EXPECT_EQ(CodeRole(c.code), c.role) << c.code;
  }
}

}  // namespace
}  // namespace dragoman
