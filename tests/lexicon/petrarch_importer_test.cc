// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The PETRARCH importer: formats on small inputs written here, then the Phoenix/CAMEO files from
// ../shared (skipped when absent), including coding the seed story's lead sentence with them.

#include "lexicon/petrarch_importer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dragoman/engine.h"
#include "test_util.h"

namespace dragoman {
namespace {

bool AnyContains(const std::vector<std::string>& lines, const std::string& needle) {
  for (const std::string& l : lines) {
    if (l.find(needle) != std::string::npos) return true;
  }
  return false;
}

constexpr char kVerbs[] =
    "# comment line\n"
    "<!-- an XML comment\n"
    "     over two lines -->\n"
    "&FOOD\n"
    "+FOOD\n"
    "+RICE_AID\n"
    "\n"
    "---  ACCELERATE   [---]  ---\n"
    "HURRY {HURRIES HURRYING HURRIED }\n"
    "RUSH\n"
    "EXPRESS [0110]\n"
    "- * (TO)                                              [042:043]     # RUSH\n"
    "- * {RELIEF ASSISTANCE}                               [073]         # RUSH\n"
    "- &MILITARY *                                         [154]         # RUSH\n"
    "- * (BEFORE COURT)                                    [:173]        # APPEAR\n"
    "- * VENTURE (WITH VISIT)     VISIT)[042:043]  # broken\n"
    "\n"
    "~ a (a b ATTACK) SAY = a b 015\n";

TEST(PetrarchVerbs, BlocksMembersPatternsAndTransformations) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParsePetrarchVerbs("CAMEO.test.txt", kVerbs, &dict, &errors, &stats);
  ASSERT_EQ(dict.synsets.count("&FOOD"), 1u);
  EXPECT_EQ(dict.synsets["&FOOD"].size(), 2u);
  ASSERT_EQ(dict.verbs.size(), 3u);
  EXPECT_EQ(dict.verbs[0].roots.size(), 4u);  // HURRY + 3 irregular forms
  EXPECT_EQ(dict.verbs[0].roots[2][0].text, "HURRYING");
  EXPECT_EQ(dict.verbs[0].code.code, "---");   // the block's code
  EXPECT_EQ(dict.verbs[2].code.code, "0110");  // a member's own code
  // The block's patterns belong to every member.
  ASSERT_EQ(dict.verbs[1].patterns.size(), 4u);
  EXPECT_EQ(dict.verbs[0].patterns.size(), dict.verbs[2].patterns.size());
  const LegacyPattern* paired_only = nullptr;
  const LegacyPattern* np = nullptr;
  for (const LegacyPattern& p : dict.verbs[1].patterns) {
    if (p.code.paired == "173") paired_only = &p;
    if (p.code.code == "073") np = &p;
  }
  ASSERT_NE(paired_only, nullptr);
  EXPECT_TRUE(paired_only->code.code.empty());
  ASSERT_EQ(paired_only->upper.size(), 2u);
  EXPECT_TRUE(paired_only->upper[0].prep_phrase);
  ASSERT_NE(np, nullptr);
  ASSERT_EQ(np->upper.size(), 2u);
  EXPECT_TRUE(np->upper[0].noun_phrase);
  EXPECT_EQ(np->upper[1].word.text, "ASSISTANCE");
  ASSERT_EQ(dict.transformations.size(), 1u);
  EXPECT_EQ(dict.transformations[0].where.line, 18);
  EXPECT_TRUE(AnyContains(errors, "CAMEO.test.txt:16: malformed pattern: unbalanced ')'"));
  EXPECT_EQ(stats.skipped, 1u);
}

TEST(PetrarchAgents, SubstitutionSetsAndADamagedLiteral) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParseTabariAgents("Phoenix.agents.txt",
                    "!PERSON! = MAN, MEN, WOMAN\n"
                    "!MINIST! = MINISTER, MINISTRY\n"
                    "CATTLE!PERSON! [~AGR]\n"
                    "!MINIST! OF_PUBLIC_AD!MINIST!RATION [~GOV]\n"
                    "DEPARMENT_OF_ENVIRONMENT [~ENV}\n",
                    &dict, &errors, &stats);
  ASSERT_EQ(dict.agents.size(), 2u);
  ASSERT_EQ(dict.agents[0].phrases.size(), 3u);  // CATTLEMAN, CATTLEMEN, CATTLEWOMAN
  EXPECT_EQ(dict.agents[0].phrases[2][0].text, "CATTLEWOMAN");
  // The set name inside ADMINISTRATION is a damaged literal: read as MINIST, reported once.
  ASSERT_EQ(dict.agents[1].phrases.size(), 2u);
  EXPECT_EQ(dict.agents[1].phrases[0][0].text, "MINISTER");
  EXPECT_EQ(dict.agents[1].phrases[0][3].text, "ADMINISTRATION");
  EXPECT_TRUE(AnyContains(errors, "Phoenix.agents.txt:4: substitution !MINIST! inside a word read as the literal MINIST"));
  EXPECT_TRUE(AnyContains(errors, "Phoenix.agents.txt:5: unbalanced '['"));
}

TEST(PetrarchActors, NameLinesSharingOneCodeBlock) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParseTabariActors("Phoenix.Countries.actors.txt",
                    "# Presidents\n"
                    "IVO_JOSIPOVIC_\n"
                    "PRESIDENT_JOSIPOVIC_\n"
                    "\t[HRVGOV >20120219]\n"
                    "\t[HRVGOVLEG 20031222-20100218]\n"
                    "KIM_ [KORGOVBUS 2004017-20061201]\n",
                    LegacyImportOptions{}, &dict, &errors, &stats);
  ASSERT_EQ(dict.actors.size(), 1u);
  EXPECT_EQ(dict.actors[0].phrases.size(), 2u);
  ASSERT_EQ(dict.actors[0].codes.size(), 2u);
  EXPECT_EQ(dict.actors[0].codes[0][0].from, 20120219);
  EXPECT_TRUE(AnyContains(errors, "Phoenix.Countries.actors.txt:6: malformed date '2004017'"));
  EXPECT_TRUE(AnyContains(errors, "Phoenix.Countries.actors.txt:6: actor without a code"));
}

TEST(PetrarchDiscards, SentenceAndStoryLevel) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParsePetrarchDiscards("d.txt", "# Story-level discards are indicated with a '+'\nBRONZE MEDAL\n+WORLD_CUP\n", &dict,
                        &errors, &stats);
  ASSERT_EQ(dict.discards.size(), 1u);
  ASSERT_EQ(dict.story_discards.size(), 1u);
  EXPECT_EQ(dict.discards[0].size(), 2u);
}

// ---- The real files.

TEST(PetrarchRealFiles, PhoenixAndCameoLoadUnderOneSecondEach) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  const std::string dir = shared + "/reference/petrarch2/";
  struct Case {
    const char* file;
    size_t min_actors, min_agents, min_verbs, min_patterns;
  } cases[] = {
      {"Phoenix.Countries.actors.txt", 18000, 0, 0, 0},
      {"CAMEO.2.0.txt", 0, 0, 1500, 4600},
      {"CAMEO.verbpatterns.150430.txt", 0, 0, 1500, 10000},
      {"Phoenix.agents.txt", 0, 2000, 0, 0},
  };
  for (const Case& c : cases) {
    LegacyDictionary dict;
    LegacyLoadStats stats;
    std::vector<std::string> errors;
    ASSERT_TRUE(LoadPetrarch(dir + c.file, {}, &dict, &errors, &stats).ok()) << c.file;
    EXPECT_LT(stats.seconds, 1.0) << c.file;
    EXPECT_GE(dict.actors.size(), c.min_actors) << c.file;
    EXPECT_GE(dict.agents.size(), c.min_agents) << c.file;
    EXPECT_GE(dict.verbs.size(), c.min_verbs) << c.file;
    EXPECT_GE(stats.patterns, c.min_patterns) << c.file;
    for (const std::string& e : errors) {
      // Every report names the file and a line.
      EXPECT_EQ(e.rfind(dir + c.file + ":", 0), 0u) << e;
    }
  }
}

TEST(PetrarchRealFiles, MalformedDate2004017IsReportedAndSkipped) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ASSERT_TRUE(LoadPetrarch(shared + "/reference/petrarch2/Phoenix.International.actors.txt", {}, &dict, &errors, &stats).ok());
  EXPECT_TRUE(AnyContains(errors, "Phoenix.International.actors.txt:40: malformed date '2004017'"));
  EXPECT_GT(dict.actors.size(), 7000u);
}

TEST(PetrarchRealFiles, DirectoryFollowsPetrConfig) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  std::vector<std::string> files = PetrarchFiles(shared + "/reference/petrarch2");
  ASSERT_EQ(files.size(), 6u);  // verbs, three actor files, agents, discards (PETR_config.ini)
  EXPECT_NE(files[0].find("CAMEO.2.0.txt"), std::string::npos);
}

TEST(PetrarchRealFiles, SeedSentenceCodesWithPhoenixDictionaries) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  EngineOptions o;
  o.replace_default_dictionaries = true;
  o.dictionaries = {"petrarch:" + shared + "/reference/petrarch2"};
  auto engine = Engine::Create(o);
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  auto coder = (*engine)->NewCoder();
  ASSERT_TRUE(coder.ok());
  Article a;
  a.id = "t";
  a.raw = "A certain number of Libyan delegations have visited Moscow.\n";
  CodedArticle c = (*coder)->Code(std::move(a), "2017-08-04");
  // VISIT is in CAMEO.2.0.txt's visit block (042: make a visit); Libya and Russia come from
  // Phoenix.Countries.actors.txt (LIBYAN_, MOSCOW_).
  bool found = false;
  for (const Event& e : c.events) {
    if (e.source.code.rfind("LBY", 0) == 0 && e.target.code.rfind("RUS", 0) == 0 && e.cameo_code == "042") found = true;
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace dragoman
