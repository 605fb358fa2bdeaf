// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/lemmatizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace dragoman {
namespace {

constexpr const char* kWordNetDir = "/usr/share/wordnet";

bool FileExists(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::fclose(f);
  return true;
}

class LemmatizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!FileExists(std::string(kWordNetDir) + "/index.verb")) return;
    const auto t0 = std::chrono::steady_clock::now();
    auto loaded = Lemmatizer::Load(kWordNetDir);
    const auto t1 = std::chrono::steady_clock::now();
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    load_ms_ = std::chrono::duration<double, std::milli>(t1 - t0).count();
    lemmatizer_ = std::move(loaded.value()).release();
    std::printf("[ info     ] Lemmatizer::Load: %.1f ms (%zu verbs, %zu nouns, %zu adjectives)\n",
                load_ms_, lemmatizer_->verb_count(), lemmatizer_->noun_count(),
                lemmatizer_->adjective_count());
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    lemmatizer_ = nullptr;
  }
  void SetUp() override {
    if (lemmatizer_ == nullptr) {
      GTEST_SKIP() << "needs WordNet in " << kWordNetDir << " (Debian package wordnet-base)";
    }
  }

  static const Lemmatizer* lemmatizer_;
  static double load_ms_;
};

const Lemmatizer* LemmatizerTest::lemmatizer_ = nullptr;
double LemmatizerTest::load_ms_ = 0;

struct FormLemma {
  const char* form;
  const char* lemma;
};

// Inflected verbs as they occur in news reports, with the lemma a dictionary would give.
constexpr FormLemma kVerbs[] = {
    {"met", "meet"},           {"fled", "flee"},           {"kidnapped", "kidnap"},
    {"criticised", "criticise"}, {"criticized", "criticize"}, {"said", "say"},
    {"told", "tell"},          {"bombed", "bomb"},         {"ordered", "order"},
    {"deployed", "deploy"},    {"visited", "visit"},       {"arrived", "arrive"},
    {"agreed", "agree"},       {"seized", "seize"},        {"shot", "shoot"},
    {"fought", "fight"},       {"killed", "kill"},         {"wounded", "wound"},
    {"arrested", "arrest"},    {"attacked", "attack"},     {"threatened", "threaten"},
    {"accused", "accuse"},     {"denied", "deny"},         {"condemned", "condemn"},
    {"urged", "urge"},         {"warned", "warn"},         {"demanded", "demand"},
    {"rejected", "reject"},    {"signed", "sign"},         {"launched", "launch"},
    {"stormed", "storm"},      {"captured", "capture"},    {"released", "release"},
    {"detained", "detain"},    {"abducted", "abduct"},     {"clashed", "clash"},
    {"protested", "protest"},  {"fired", "fire"},          {"struck", "strike"},
    {"hit", "hit"},            {"took", "take"},           {"gave", "give"},
    {"sent", "send"},          {"led", "lead"},            {"held", "hold"},
    {"began", "begin"},        {"begun", "begin"},         {"sought", "seek"},
    {"won", "win"},            {"lost", "lose"},           {"stopped", "stop"},
    {"planned", "plan"},       {"stopping", "stop"},       {"planning", "plan"},
    {"kidnapping", "kidnap"},  {"organising", "organise"}, {"organized", "organize"},
    {"meeting", "meet"},       {"says", "say"},            {"hopes", "hope"},
    {"hoping", "hope"},        {"hoped", "hope"},          {"hopping", "hop"},
    {"tries", "try"},          {"tried", "try"},           {"carries", "carry"},
    {"dies", "die"},           {"dying", "die"},           {"went", "go"},
    {"was", "be"},             {"were", "be"},             {"is", "be"},
    {"has", "have"},           {"had", "have"},            {"did", "do"},
    {"does", "do"},            {"written", "write"},       {"broken", "break"},
    {"spoke", "speak"},        {"withdrew", "withdraw"},   {"withdrawn", "withdraw"},
    {"shelled", "shell"},      {"bombing", "bomb"},        {"ousted", "oust"},
    {"occupied", "occupy"},    {"rallied", "rally"},       {"vowed", "vow"},
    {"pledged", "pledge"},     {"expelled", "expel"},      {"imposed", "impose"},
    {"eased", "ease"},         {"travelled", "travel"},    {"traveled", "travel"},
    {"referred", "refer"},     {"committed", "commit"},    {"admitted", "admit"},
    {"controlled", "control"}, {"patrolled", "patrol"},    {"targeted", "target"},
    {"singing", "sing"},       {"rated", "rate"},          {"based", "base"},
    {"watches", "watch"},      {"stop", "stop"},           {"attack", "attack"},
};

// Plural nouns from news reports.
constexpr FormLemma kNouns[] = {
    {"talks", "talk"},           {"forces", "force"},           {"militiamen", "militiaman"},
    {"countries", "country"},    {"protesters", "protester"},   {"troops", "troop"},
    {"women", "woman"},          {"men", "man"},                {"children", "child"},
    {"people", "people"},        {"police", "police"},          {"casualties", "casualty"},
    {"crises", "crisis"},        {"militias", "militia"},       {"authorities", "authority"},
    {"taxes", "tax"},            {"churches", "church"},        {"buses", "bus"},
    {"bodies", "body"},          {"refugees", "refugee"},       {"policemen", "policeman"},
    {"species", "species"},      {"news", "news"},              {"wives", "wife"},
    {"lives", "life"},           {"feet", "foot"},              {"hostages", "hostage"},
    {"negotiations", "negotiation"}, {"sanctions", "sanction"}, {"weapons", "weapon"},
    {"embassies", "embassy"},    {"analyses", "analysis"},      {"boss", "boss"},
    {"attack", "attack"},
};

TEST_F(LemmatizerTest, LoadsQuickly) {
  EXPECT_GT(lemmatizer_->verb_count(), 5000u);
  EXPECT_GT(lemmatizer_->noun_count(), 40000u);
  EXPECT_GT(lemmatizer_->adjective_count(), 10000u);
  // The target is < 100 ms in an optimised build; leave room for sanitizer/debug builds.
  EXPECT_LT(load_ms_, 1000.0);
}

TEST_F(LemmatizerTest, VerbLemmas) {
  for (const FormLemma& c : kVerbs) {
    EXPECT_EQ(lemmatizer_->VerbLemma(c.form), c.lemma) << "form: " << c.form;
  }
}

TEST_F(LemmatizerTest, NounLemmas) {
  for (const FormLemma& c : kNouns) {
    EXPECT_EQ(lemmatizer_->NounLemma(c.form), c.lemma) << "form: " << c.form;
  }
}

TEST_F(LemmatizerTest, AdjectiveLemmas) {
  const FormLemma cases[] = {{"bigger", "big"},    {"better", "good"},  {"largest", "large"},
                             {"worse", "bad"},     {"imminent", "imminent"}, {"fiercer", "fierce"},
                             {"hottest", "hot"}};
  for (const FormLemma& c : cases) {
    EXPECT_EQ(lemmatizer_->AdjectiveLemma(c.form), c.lemma) << "form: " << c.form;
  }
}

TEST_F(LemmatizerTest, NonWordsHaveNoLemma) {
  for (const char* w : {"the", "protesters", "quickly", "", "xqzzy", "of"}) {
    EXPECT_EQ(lemmatizer_->VerbLemma(w), "") << w;
  }
  for (const char* w : {"the", "quickly", "", "xqzzy", "attacked"}) {
    EXPECT_EQ(lemmatizer_->NounLemma(w), "") << w;
  }
  const std::string long_word(200, 'a');
  EXPECT_EQ(lemmatizer_->VerbLemma(long_word), "");
  EXPECT_EQ(lemmatizer_->NounLemma(long_word + "s"), "");
}

TEST_F(LemmatizerTest, WordClassPredicates) {
  EXPECT_TRUE(lemmatizer_->IsVerb("bomb"));
  EXPECT_TRUE(lemmatizer_->IsVerb("criticise"));
  EXPECT_FALSE(lemmatizer_->IsVerb("said"));  // a form, not a lemma
  EXPECT_FALSE(lemmatizer_->IsVerb("carry_out"));  // multi-word lemmas are not loaded
  EXPECT_TRUE(lemmatizer_->IsNoun("talk"));
  EXPECT_TRUE(lemmatizer_->IsNoun("militiaman"));
  EXPECT_FALSE(lemmatizer_->IsNoun("quickly"));
  EXPECT_TRUE(lemmatizer_->IsAdjective("imminent"));
  EXPECT_FALSE(lemmatizer_->IsAdjective("bomb"));
}

TEST_F(LemmatizerTest, ViewsPointIntoLemmatizerStorage) {
  std::string word = "stop";  // its own lemma: the view must still not point into `word`
  const std::string_view lemma = lemmatizer_->VerbLemma(word);
  std::string noun = "talks";
  const std::string_view noun_lemma = lemmatizer_->NounLemma(noun);
  word.assign("xxxx");
  noun.assign("yyyyy");
  EXPECT_EQ(lemma, "stop");
  EXPECT_EQ(noun_lemma, "talk");
  // The same lemma comes back as the same bytes.
  EXPECT_EQ(lemmatizer_->VerbLemma("stopped").data(), lemma.data());
}

TEST_F(LemmatizerTest, ConcurrentLookupsAgree) {
  std::vector<std::string_view> reference;
  for (const FormLemma& c : kVerbs) reference.push_back(lemmatizer_->VerbLemma(c.form));
  for (const FormLemma& c : kNouns) reference.push_back(lemmatizer_->NounLemma(c.form));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < 500; ++r) {
        size_t k = 0;
        for (const FormLemma& c : kVerbs) {
          mismatches[t] += lemmatizer_->VerbLemma(c.form) != reference[k++];
        }
        for (const FormLemma& c : kNouns) {
          mismatches[t] += lemmatizer_->NounLemma(c.form) != reference[k++];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST_F(LemmatizerTest, Speed) {
  size_t sink = 0;
  const int kRounds = 20000;
  const auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < kRounds; ++r) {
    for (const FormLemma& c : kVerbs) sink += lemmatizer_->VerbLemma(c.form).size();
  }
  const auto t1 = std::chrono::steady_clock::now();
  for (int r = 0; r < kRounds; ++r) {
    for (const FormLemma& c : kVerbs) sink += lemmatizer_->IsVerb(c.lemma);
  }
  const auto t2 = std::chrono::steady_clock::now();
  const double n = static_cast<double>(kRounds) * (sizeof(kVerbs) / sizeof(kVerbs[0]));
  const double lemma_ns = std::chrono::duration<double, std::nano>(t1 - t0).count() / n;
  const double is_ns = std::chrono::duration<double, std::nano>(t2 - t1).count() / n;
  std::printf("[ info     ] VerbLemma: %.0f ns (%.1f M/s); IsVerb: %.0f ns (%.1f M/s) [%zu]\n",
              lemma_ns, 1000.0 / lemma_ns, is_ns, 1000.0 / is_ns, sink % 10);
  EXPECT_LT(lemma_ns, 5000.0);  // generous: sanitizer builds
}

// A scratch WordNet directory with the six files, for error tests.
class ScratchWordNet {
 public:
  // One directory per test: ctest runs the tests of this file in parallel processes.
  ScratchWordNet()
      : dir_(::testing::TempDir() + "/dragoman_wordnet_test_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name()) {
    ::mkdir(dir_.c_str(), 0755);
    for (const char* f : {"verb.exc", "noun.exc", "adj.exc"}) Write(f, "kidnapped kidnap\n");
    Write("index.verb", "  1 licence header line\nkidnap v 1 2 @ + 1 1 02226162  \n");
    Write("index.noun", "talk n 1 1 @ 1 1 07135734  \n");
    Write("index.adj", "imminent a 1 1 & 1 0 00767096  \n");
  }
  ~ScratchWordNet() {
    for (const char* f : {"verb.exc", "noun.exc", "adj.exc", "index.verb", "index.noun",
                          "index.adj"}) {
      std::remove((dir_ + "/" + f).c_str());
    }
    ::rmdir(dir_.c_str());
  }
  void Write(const std::string& name, const std::string& text) {
    FILE* f = std::fopen((dir_ + "/" + name).c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs(text.c_str(), f);
    std::fclose(f);
  }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

TEST(LemmatizerLoadTest, ScratchFilesLoad) {
  ScratchWordNet wn;
  auto lem = Lemmatizer::Load(wn.dir());
  ASSERT_TRUE(lem.ok()) << lem.status().ToString();
  EXPECT_EQ((*lem)->VerbLemma("kidnapped"), "kidnap");
  EXPECT_EQ((*lem)->VerbLemma("kidnaps"), "kidnap");
  EXPECT_EQ((*lem)->NounLemma("talks"), "talk");
  EXPECT_TRUE((*lem)->IsAdjective("imminent"));
  EXPECT_EQ((*lem)->verb_count(), 1u);
}

TEST(LemmatizerLoadTest, MissingFileIsNamed) {
  ScratchWordNet wn;
  std::remove((wn.dir() + "/index.noun").c_str());
  auto lem = Lemmatizer::Load(wn.dir());
  ASSERT_FALSE(lem.ok());
  EXPECT_EQ(lem.status().code(), StatusCode::kNotFound);
  EXPECT_NE(lem.status().message().find("index.noun"), std::string::npos)
      << lem.status().message();

  auto nodir = Lemmatizer::Load("/nonexistent/wordnet");
  ASSERT_FALSE(nodir.ok());
  EXPECT_NE(nodir.status().message().find("/nonexistent/wordnet/"), std::string::npos);
}

TEST(LemmatizerLoadTest, MalformedIndexLineIsNamed) {
  ScratchWordNet wn;
  wn.Write("index.verb", "kidnap v 1 2 @ + 1 1 02226162  \nbomb v x 1 @ 1 1 0  \n");
  auto lem = Lemmatizer::Load(wn.dir());
  ASSERT_FALSE(lem.ok());
  EXPECT_EQ(lem.status().code(), StatusCode::kDataError);
  EXPECT_NE(lem.status().message().find("index.verb:2"), std::string::npos)
      << lem.status().message();
}

TEST(LemmatizerLoadTest, MalformedExceptionLineIsNamed) {
  ScratchWordNet wn;
  wn.Write("noun.exc", "men man\nlonely\n");
  auto lem = Lemmatizer::Load(wn.dir());
  ASSERT_FALSE(lem.ok());
  EXPECT_EQ(lem.status().code(), StatusCode::kDataError);
  EXPECT_NE(lem.status().message().find("noun.exc:2"), std::string::npos)
      << lem.status().message();
}

}  // namespace
}  // namespace dragoman
