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

struct RunResult {
  int exit_code;
  std::string out, err;
};

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "/" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" + name;
}

RunResult RunCli(const std::string& args) {
  const std::string out = TempPath("out.txt"), err = TempPath("err.txt");
  int rc = std::system((std::string(DRAGOMAN_CLI_PATH) + " " + args + " >" + out + " 2>" + err).c_str());
  return {WEXITSTATUS(rc), testing::ReadFile(out), testing::ReadFile(err)};
}

TEST(DictCheckTest, ShippedDictionariesAreClean) {
  RunResult r = RunCli("dict check");
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
  RunResult r = RunCli("dict check " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find(path + ":4: role LBYMIL overlaps role LBYGOV of line 3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":7: pattern 'with +' repeats line 6 with another code"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":8: unknown CAMEO code: 9999"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":9: unknown set &nothing"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(path + ":10: verb 'meet' is also defined at " + path + ":5"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace dragoman
