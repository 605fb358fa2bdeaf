// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// VerbSenses on WordNet-format files written here: the first sense's lexicographer file, verbs
// WordNet lacks, the licence header, lines that do not parse, and a table that must grow.

#include "quotes/verb_senses.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <vector>

#include "test_util.h"

namespace dragoman {
namespace {

// Writes index.verb and data.verb into a fresh directory: `verbs` are (lemma, file of its first
// sense, file of its second sense) and every synset line sits at its own byte offset, as WordNet's.
std::string WriteWordNet(const std::string& name, const std::vector<std::tuple<std::string, int, int>>& verbs) {
  const std::string dir = testing::TempPath(name);
  std::remove((dir + "/index.verb").c_str());
  std::remove((dir + "/data.verb").c_str());
  std::string mk = "mkdir -p " + dir;
  EXPECT_EQ(std::system(mk.c_str()), 0);
  std::string data = "  1 a licence header line, as WordNet's files begin\n";
  std::string index = "  1 a licence header line\n";
  auto synset = [&](int file, const std::string& word) {
    char offset[16];
    std::snprintf(offset, sizeof offset, "%08zu", data.size());
    char line[160];
    std::snprintf(line, sizeof line, "%s %02d v 01 %s 0 000 | a gloss of our own\n", offset, file, word.c_str());
    data += line;
    return std::string(offset);
  };
  for (const auto& [lemma, first, second] : verbs) {
    const std::string a = synset(first, lemma), b = synset(second, lemma);
    index += lemma + " v 2 1 @ 2 1 " + a + " " + b + "  \n";
  }
  index += "broken v x\n";           // does not parse: skipped
  index += "two_words v 1 0 1 0 " + synset(32, "two_words") + "  \n";  // phrases are left out
  FILE* f = std::fopen((dir + "/index.verb").c_str(), "wb");
  std::fputs(index.c_str(), f);
  std::fclose(f);
  f = std::fopen((dir + "/data.verb").c_str(), "wb");
  std::fputs(data.c_str(), f);
  std::fclose(f);
  return dir;
}

TEST(VerbSensesTest, FirstSenseFileOfEachVerb) {
  const std::string dir = WriteWordNet("wn", {{"proclaim", VerbSenses::kCommunication, 38},
                                              {"ponder", VerbSenses::kCognition, 32},
                                              {"stroll", 38, VerbSenses::kCommunication},
                                              {"fume", VerbSenses::kEmotion, 43}});
  auto senses = VerbSenses::Load(dir);
  ASSERT_TRUE(senses.ok()) << senses.status().ToString();
  EXPECT_EQ((*senses)->FirstSenseFile("proclaim"), VerbSenses::kCommunication);
  EXPECT_EQ((*senses)->FirstSenseFile("ponder"), VerbSenses::kCognition);
  EXPECT_EQ((*senses)->FirstSenseFile("stroll"), 38);  // the first sense, not the second
  EXPECT_EQ((*senses)->FirstSenseFile("fume"), VerbSenses::kEmotion);
  EXPECT_EQ((*senses)->FirstSenseFile("broken"), -1);
  EXPECT_EQ((*senses)->FirstSenseFile("two_words"), -1);
  EXPECT_EQ((*senses)->FirstSenseFile("proclaims"), -1);
  EXPECT_EQ((*senses)->FirstSenseFile(""), -1);
}

TEST(VerbSensesTest, ManyVerbsGrowTheTable) {
  std::vector<std::tuple<std::string, int, int>> verbs;
  for (int i = 0; i < 40000; ++i) verbs.emplace_back("verb" + std::to_string(i), 29 + i % 15, 30);
  auto senses = VerbSenses::Load(WriteWordNet("wn", verbs));
  ASSERT_TRUE(senses.ok()) << senses.status().ToString();
  int wrong = 0;
  for (int i = 0; i < 40000; ++i) wrong += (*senses)->FirstSenseFile("verb" + std::to_string(i)) != 29 + i % 15;
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ((*senses)->FirstSenseFile("verb40000"), -1);
}

TEST(VerbSensesTest, KeepsOnlyTheFilesAskedFor) {
  const std::string dir = WriteWordNet("wn", {{"proclaim", VerbSenses::kCommunication, 38},
                                              {"ponder", VerbSenses::kCognition, 32},
                                              {"stroll", 38, VerbSenses::kCommunication}});
  auto senses = VerbSenses::Load(dir, {VerbSenses::kCommunication, VerbSenses::kCognition});
  ASSERT_TRUE(senses.ok()) << senses.status().ToString();
  EXPECT_EQ((*senses)->FirstSenseFile("proclaim"), VerbSenses::kCommunication);
  EXPECT_EQ((*senses)->FirstSenseFile("ponder"), VerbSenses::kCognition);
  EXPECT_EQ((*senses)->FirstSenseFile("stroll"), -1);  // its first sense is motion
  EXPECT_FALSE(VerbSenses::Load(dir, {VerbSenses::kEmotion}).ok());  // nothing of that file
}

TEST(VerbSensesTest, MissingFilesAreNamed) {
  auto senses = VerbSenses::Load("/nonexistent/wordnet");
  ASSERT_FALSE(senses.ok());
  EXPECT_NE(senses.status().ToString().find("/nonexistent/wordnet/data.verb"), std::string::npos);
}

}  // namespace
}  // namespace dragoman
