// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The TABARI importer: the format rules on small inputs written here, then the real files from
// ../shared (skipped when absent).

#include "lexicon/tabari_importer.h"

#include <gtest/gtest.h>

#include <chrono>
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

TEST(LegacyLines, DropsCarriageReturnsAndConvertsLatin1) {
  size_t latin1 = 0;
  // "Caf\xe9" is Latin-1 (é = 0xE9); "na\xc3\xafve" is already UTF-8 (ï).
  std::vector<std::string> lines = ReadLegacyLines("ABC [X]\r\nCaf\xe9\r\nna\xc3\xafve\n", &latin1);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "ABC [X]");
  EXPECT_EQ(lines[1], "Caf\xc3\xa9");
  EXPECT_EQ(lines[2], "na\xc3\xafve");
  EXPECT_EQ(latin1, 1u);
}

TEST(LegacyDates, TwoDigitYearsSlideWithTheReferenceYear) {
  // The hundred years ending ten years after the reference year.
  EXPECT_EQ(ResolveYear(91, 2014), 1991);
  EXPECT_EQ(ResolveYear(24, 2014), 2024);
  EXPECT_EQ(ResolveYear(25, 2014), 1925);
  // No fixed 2030 pivot: a file written in 2040 reads 35 as 2035, 50 as 2050.
  EXPECT_EQ(ResolveYear(35, 2040), 2035);
  EXPECT_EQ(ResolveYear(50, 2040), 2050);
  EXPECT_EQ(ResolveYear(51, 2040), 1951);
}

TEST(LegacyDates, SixAndEightDigitsOnly) {
  DateInt d = 0;
  EXPECT_TRUE(ParseLegacyDate("911226", 2005, &d));
  EXPECT_EQ(d, 19911226);
  EXPECT_TRUE(ParseLegacyDate("20150607", 2005, &d));
  EXPECT_EQ(d, 20150607);
  EXPECT_FALSE(ParseLegacyDate("2004017", 2005, &d));    // seven digits
  EXPECT_FALSE(ParseLegacyDate("201005011", 2005, &d));  // nine digits
  EXPECT_FALSE(ParseLegacyDate("911326", 2005, &d));     // month 13
  EXPECT_FALSE(ParseLegacyDate("9112x6", 2005, &d));
}

TEST(LegacyPhrase, ConnectorsAndEndings) {
  std::vector<LegacyWord> w = ParseLegacyPhrase("UNITED_ARAB_EMIRATES");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].text, "UNITED");
  EXPECT_TRUE(w[0].adjacent_next);
  EXPECT_EQ(w[0].match, LegacyWord::kWord);
  EXPECT_EQ(w[2].match, LegacyWord::kStem);  // no final '_': a stem
  EXPECT_FALSE(w[2].adjacent_next);

  w = ParseLegacyPhrase("AL GORE");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_FALSE(w[0].adjacent_next);  // words may stand between
  EXPECT_EQ(w[0].match, LegacyWord::kStem);

  w = ParseLegacyPhrase("MOUSE=");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].match, LegacyWord::kExact);

  w = ParseLegacyPhrase("REAL~_PLEASANT");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].match, LegacyWord::kStem);  // '~' keeps the stem before a connector
  EXPECT_TRUE(w[0].adjacent_next);

  w = ParseLegacyPhrase("BARAD-DUR");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(w[0].adjacent_next);
}

TEST(LegacyCode, PairedSubordinateDominant) {
  LegacyCode c;
  ASSERT_TRUE(ParseLegacyCode("032:033", &c));
  EXPECT_EQ(c.code, "032");
  EXPECT_EQ(c.paired, "033");
  ASSERT_TRUE(ParseLegacyCode("023?", &c));
  EXPECT_EQ(c.code, "023");
  EXPECT_TRUE(c.subordinate);
  ASSERT_TRUE(ParseLegacyCode("031!", &c));
  EXPECT_TRUE(c.dominant);
  ASSERT_TRUE(ParseLegacyCode(":173", &c));  // PETRARCH: the paired event only
  EXPECT_EQ(c.code, "");
  EXPECT_EQ(c.paired, "173");
  EXPECT_FALSE(ParseLegacyCode("  ", &c));
}

constexpr char kActors[] =
    "<NOUN>\n"
    "SHEEP  ;pas\n"
    "</NOUN>\n"
    "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001\n"
    "#ALBRIGHZ  [991201-010114] [---] ; commented out\n"
    "ALBRIGHY  [ 991201-010114] [---]\n"
    "GOLLUM  ; pas 27 Apr 03\n"
    "+SMEAGOL\n"
    "\t[HOB < 950601]\n"
    "\t[HOBGOV 950601 - 990815]\n"
    "\t[AAA950601-990815]\n"
    "\t[HOBREB > 990816]\n"
    "LORIEN  [ELR/GAL]\n"
    "MOUSE= [MUS]\n"
    "ARMENIA_\n"
    "\t[ARMUNR 9008223-911221]\n"
    "\t[ARM]\n"
    "~~FINISH 16:47 CDT Thu 05 May 2005\n"
    "AFTER_THE_END [XXX]\n";

TEST(TabariActors, EntriesSynonymsDatesAndErrors) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParseTabariActors("demo.actors", kActors, LegacyImportOptions{}, &dict, &errors, &stats);
  // ALBRIGHT, ALBRIGHY (its bad block is skipped, [---] kept), GOLLUM, LORIEN, MOUSE, ARMENIA;
  // AFTER_THE_END follows ~~FINISH.
  ASSERT_EQ(dict.actors.size(), 6u);
  EXPECT_EQ(dict.nouns, std::vector<std::string>{"SHEEP"});

  const LegacyActor& albright = dict.actors[0];
  ASSERT_EQ(albright.codes.size(), 2u);
  EXPECT_EQ(albright.codes[0][0].code, "USAGOV");
  // The file's newest year is 2005: 99 → 1999, 01 → 2001.
  EXPECT_EQ(albright.codes[0][0].from, 19991201);
  EXPECT_EQ(albright.codes[0][0].to, 20010114);
  EXPECT_EQ(albright.codes[1][0].code, "---");

  const LegacyActor& gollum = dict.actors[2];
  ASSERT_EQ(gollum.phrases.size(), 2u);
  EXPECT_EQ(gollum.phrases[1][0].text, "SMEAGOL");
  ASSERT_EQ(gollum.codes.size(), 3u);  // the glued "[AAA950601-990815]" is skipped
  EXPECT_EQ(gollum.codes[0][0].to, 19950531);  // "< 950601": strictly before
  EXPECT_EQ(gollum.codes[1][0].from, 19950601);
  EXPECT_EQ(gollum.codes[2][0].from, 19990816);
  EXPECT_EQ(gollum.codes[2][0].to, 0);

  ASSERT_EQ(dict.actors[3].codes.size(), 1u);
  ASSERT_EQ(dict.actors[3].codes[0].size(), 2u);  // a coded compound
  EXPECT_EQ(dict.actors[3].codes[0][1].code, "GAL");
  EXPECT_EQ(dict.actors[4].phrases[0][0].match, LegacyWord::kExact);
  ASSERT_EQ(dict.actors[5].codes.size(), 1u);  // ARMENIA keeps [ARM]
  EXPECT_EQ(dict.actors[5].codes[0][0].code, "ARM");

  // Every problem names the file and line, and the offending text.
  EXPECT_TRUE(AnyContains(errors, "demo.actors:6: code block without a code: [ 991201-010114]"));
  EXPECT_TRUE(AnyContains(errors, "demo.actors:11: malformed code 'AAA950601-990815'"));
  EXPECT_TRUE(AnyContains(errors, "demo.actors:16: malformed date '9008223'"));
  EXPECT_FALSE(AnyContains(errors, "ALBRIGHZ"));  // a '#' line is a comment
  EXPECT_EQ(errors.size(), 3u);
  EXPECT_EQ(stats.skipped, errors.size());
}

TEST(TabariActors, RangeReadBackwardsIsACenturyEarlier) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  LegacyImportOptions o;
  o.two_digit_year_reference = 2012;
  ParseTabariActors("c.actors", "OLD_MAN_ [USAELI 980101-470121]\n", o, &dict, &errors, &stats);
  ASSERT_EQ(dict.actors.size(), 1u) << (errors.empty() ? "" : errors[0]);
  EXPECT_EQ(dict.actors[0].codes[0][0].from, 18980101);
  EXPECT_EQ(dict.actors[0].codes[0][0].to, 19470121);
}

constexpr char kVerbs[] =
    "<SYNSETS>\n"
    "&CURRENCY\n"
    "+DOLLAR\n"
    "+SWISS_FRANC\n"
    "</SYNSETS>\n"
    "BREAK_ [1717]\n"
    "{ BROKE_ BROKEN_ BROKEN_DOWN_ }\n"
    "- + KNOWN_ * IN_ $  [076] ; pattern\n"
    "- * OFF_  [195]\n"
    "ARRIVE  [032:033]\n"
    "SAID  [023?]\n"
    "ATTEND  [031!]\n"
    "- SUGGESTED_{ NEVER | DON'T } * DEMAND CONVENTIONS  [171]\n"
    "- % HAVE *  [032]\n"
    "- $ ^ FOR *  [164]\n"
    "- * &CURRENCY [903]\n"
    "- { WILL | WOULD ] * PART  [036]\n";

TEST(TabariVerbs, RootsFormsPatternsAndCodes) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParseTabariVerbs("demo.verbs", kVerbs, &dict, &errors, &stats);
  ASSERT_EQ(dict.verbs.size(), 4u);
  ASSERT_EQ(dict.synsets.count("&CURRENCY"), 1u);
  EXPECT_EQ(dict.synsets["&CURRENCY"].size(), 2u);

  const LegacyVerb& brk = dict.verbs[0];
  ASSERT_EQ(brk.roots.size(), 4u);  // BREAK_ and three irregular forms
  EXPECT_EQ(brk.roots[3].size(), 2u);  // BROKEN_DOWN_
  ASSERT_EQ(brk.patterns.size(), 2u);
  // Longest first: "+ KNOWN_ * IN_ $" before "* OFF_".
  EXPECT_EQ(brk.patterns[0].code.code, "076");
  ASSERT_EQ(brk.patterns[0].lower.size(), 2u);
  EXPECT_EQ(brk.patterns[0].lower[0].kind, LegacyElement::kTarget);
  EXPECT_EQ(brk.patterns[0].lower[1].word.text, "KNOWN");
  EXPECT_EQ(brk.patterns[0].lower[1].word.match, LegacyWord::kWord);  // KNOWN_: the word itself
  EXPECT_FALSE(brk.patterns[0].lower[1].adjacent_next);  // "KNOWN_ *": words may stand between
  ASSERT_EQ(brk.patterns[0].upper.size(), 2u);
  EXPECT_EQ(brk.patterns[0].upper[1].kind, LegacyElement::kSource);

  EXPECT_EQ(dict.verbs[1].code.paired, "033");
  EXPECT_TRUE(dict.verbs[2].code.subordinate);
  const LegacyVerb& attend = dict.verbs[3];
  EXPECT_TRUE(attend.code.dominant);
  ASSERT_EQ(attend.patterns.size(), 4u);  // the "{ WILL | WOULD ]" pattern is malformed
  const LegacyPattern* alt = nullptr;
  for (const LegacyPattern& p : attend.patterns) {
    if (p.code.code == "171") alt = &p;
  }
  ASSERT_NE(alt, nullptr);
  ASSERT_EQ(alt->lower.size(), 2u);
  EXPECT_EQ(alt->lower[1].kind, LegacyElement::kAlternatives);
  EXPECT_EQ(alt->lower[1].alternatives.size(), 2u);
  EXPECT_TRUE(alt->lower[0].adjacent_next);  // SUGGESTED_{
  EXPECT_TRUE(AnyContains(errors, "demo.verbs:17: unclosed '{': - { WILL | WOULD ] * PART  [036]"));
  EXPECT_EQ(stats.skipped, 1u);
}

TEST(TabariAgents, SuffixPrefixAndMissingTilde) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParseTabariAgents("a.agents",
                    "POLICE_   [  ~COP] ;JON 2/8/95\n"
                    "HUMAN_RIGHTS_ACTIVISTS_   [  NGM~] ;ns\n"
                    "JUDGE_ [JUD]\n",
                    &dict, &errors, &stats);
  ASSERT_EQ(dict.agents.size(), 2u);
  EXPECT_EQ(dict.agents[0].code, "~COP");
  EXPECT_EQ(dict.agents[1].code, "NGM~");
  EXPECT_EQ(dict.agents[1].phrases[0].size(), 3u);
  EXPECT_TRUE(AnyContains(errors, "a.agents:3: agent code without '~'"));
}

TEST(TabariOptions, LinesOfTheValidationSuite) {
  TabariOptions o;
  std::string err;
  ASSERT_TRUE(ApplyTabariOption("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", &o, &err));
  EXPECT_EQ(o.complex_verbs, 5);
  EXPECT_EQ(o.complex_conj, 4);
  EXPECT_TRUE(o.no_actor_prior);
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &o, &err));
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(o.default_prior && o.default_after);
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: OFF", &o, &err));
  EXPECT_TRUE(o.default_source.empty());
  ASSERT_TRUE(ApplyTabariOption("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", &o, &err));
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_bmax, 8);
  ASSERT_TRUE(ApplyTabariOption("SET: CODE ALL", &o, &err));
  EXPECT_EQ(o.code_by, TabariOptions::kAll);
  ASSERT_TRUE(ApplyTabariOption("SET: MINIMUM WORDS = 4", &o, &err));
  EXPECT_EQ(o.minimum_words, 4);
  EXPECT_FALSE(ApplyTabariOption("FROBNICATE: NOW", &o, &err));
}

TEST(TabariFormat, DetectedFromNameOrContent) {
  EXPECT_EQ(DetectLegacyFormat("x/Validate.project", ""), LegacyFormat::kTabariProject);
  EXPECT_EQ(DetectLegacyFormat("CountryInfo.120116.actors.zip", ""), LegacyFormat::kTabariActors);
  EXPECT_EQ(DetectLegacyFormat("mine.dict", "actor Russia\n"), LegacyFormat::kUnknown);
  EXPECT_EQ(DetectLegacyFormat("noname.txt", "\n---  ADD   [---]  ---\nADD\n- * SANCTIONS [163]\n"),
            LegacyFormat::kPetrarchVerbs);
  EXPECT_EQ(DetectLegacyFormat("noname", "<SYNSETS>\n&X\n+A\n</SYNSETS>\n"), LegacyFormat::kTabariVerbs);
}

TEST(LegacyConversion, IntoDragomanRecords) {
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ParseTabariActors("demo.actors", kActors, LegacyImportOptions{}, &dict, &errors, &stats);
  ParseTabariVerbs("demo.verbs", kVerbs, &dict, &errors, &stats);
  DictionaryData data;
  std::vector<std::string> dropped;
  LegacyToDictionaryData(dict, &data, &dropped);
  ASSERT_FALSE(data.actors.empty());
  const ActorRecord& albright = data.actors[0];
  EXPECT_EQ(albright.entity, "Albright");
  ASSERT_EQ(albright.roles.size(), 1u);
  EXPECT_EQ(albright.roles[0].code, "USAGOV");
  EXPECT_TRUE(albright.code.empty());  // "---" outside the range: no undated code
  // BREAK's "+ KNOWN_ * IN_ $" has words before the verb: left out and counted.
  const VerbRecord* brk = nullptr;
  for (const VerbRecord& v : data.verbs) {
    if (v.lemma == "break") brk = &v;
  }
  ASSERT_NE(brk, nullptr);
  ASSERT_EQ(brk->patterns.size(), 1u);
  EXPECT_EQ(brk->patterns[0].code, "195");
  EXPECT_TRUE(AnyContains(dropped, "patterns with words before the verb"));
}

// ---- The real files.

TEST(TabariRealFiles, MasterVerbsLoadUnderOneSecond) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ASSERT_TRUE(LoadTabari(shared + "/reference/tabari/CAMEO.091003.master.verbs", {}, &dict, &errors, &stats).ok());
  EXPECT_LT(stats.seconds, 1.0);
  EXPECT_GT(dict.verbs.size(), 1000u);
  EXPECT_GT(stats.patterns, 15000u);  // "~15.6k patterns"
  // The malformed "{ WILL | WOULD ]" lines are reported with their line, not fatal.
  EXPECT_TRUE(AnyContains(errors, "CAMEO.091003.master.verbs:14916: unclosed '{'"));
  EXPECT_EQ(stats.skipped, errors.size());
}

TEST(TabariRealFiles, ZippedCountryInfoActors) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  LegacyDictionary dict;
  LegacyLoadStats stats;
  std::vector<std::string> errors;
  ASSERT_TRUE(
      LoadTabari(shared + "/reference/tabari-dictionaries/CountryInfo.120116.actors.zip", {}, &dict, &errors, &stats).ok());
  EXPECT_LT(stats.seconds, 1.0);
  EXPECT_GT(dict.actors.size(), 20000u);
  EXPECT_EQ(dict.actors[0].phrases[0][0].text, "AFGHANISTAN");
}

TEST(TabariRealFiles, EngineLoadsAProjectThroughTheTabariPrefix) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  EngineOptions o;
  o.replace_default_dictionaries = true;
  o.dictionaries = {"tabari:" + shared + "/reference/tabari/Validate.project"};
  auto engine = Engine::Create(o);
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  EXPECT_GE((*engine)->load_report().actors, 100u);
  EXPECT_GE((*engine)->load_report().agents, 80u);
}

}  // namespace
}  // namespace dragoman
