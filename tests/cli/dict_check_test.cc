// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// `dragoman dict check`: the shipped dictionaries are clean; a broken file is reported line by line.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "test_util.h"

namespace dragoman {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempPath;

TEST(DictCheckTest, ShippedDictionariesAreClean) {
  CliResult r = RunCli("dict check");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "") << "problems in the shipped dictionaries:\n" << r.out;
  EXPECT_NE(r.err.find("0 problems"), std::string::npos) << r.err;
}

TEST(DictCheckTest, ReportsEveryProblemWithFileAndLine) {
  const std::string path = TempPath("bad.dict");
  {
    std::ofstream f(path);
    f << "actor Somebody\n"
         "  type person\n"
         "  role LBYGOV 2010..2015\n"
         "  role LBYMIL 2014..2016\n"      // overlaps the line above
         "verb meet 040\n"
         "  040 with +\n"
         "  046 with +\n"                  // the same pattern again, another code
         "  9999 +\n"                      // unknown CAMEO code
         "  040 about &nothing\n"          // unknown set
         "verb meet 040\n";                // the anchor again
  }
  CliResult r = RunCli("dict check " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find(path + ":4: role LBYMIL overlaps role LBYGOV of line 3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":7: pattern 'with +' repeats line 6 with another code"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":8: unknown CAMEO code: 9999"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":9: unknown set &nothing"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":10: verb 'meet' is also defined at " + path + ":5"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace dragoman
