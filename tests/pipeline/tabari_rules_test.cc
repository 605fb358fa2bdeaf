// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// EngineOptions::rules = kTabari: a TABARI project (our own small one, written here) codes the
// sentences of our pipeline with TABARI's rules, and the events keep their spans in the input.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dragoman/engine.h"
#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

void Write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

class TabariRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dir = testing::TempPath("tabari") + "/";
    std::filesystem::create_directories(dir);
    Write(dir + "mini.actors", "RUSSIA [RUS]\nLIBYA [LBY]\nITALY [ITA]\nTURKEY [TUR]\nEGYPT [EGY]\n");
    Write(dir + "mini.verbs", "CRITICIZ [111]\nVISIT [042]\nMEET [036:036]\n- * TALKS [046]\n");
    Write(dir + "mini.options", "COMPLEX: VERBS[5] CONJ[4]\n");
    Write(dir + "mini.project", "<actorsfile> mini.actors\n<verbsfile> mini.verbs\n<optionsfile> mini.options\n");
    project_ = dir + "mini.project";
  }

  std::unique_ptr<Engine> Make(EngineOptions::Rules rules) {
    EngineOptions o;
    o.replace_default_dictionaries = true;
    o.dictionaries = {"tabari:" + project_};
    o.rules = rules;
    o.find_quotes = false;
    auto e = Engine::Create(o);
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return e.ok() ? std::move(e.value()) : nullptr;
  }

  std::string Events(Engine& engine, const std::string& text) {
    auto coder = engine.NewCoder();
    Article a;
    a.id = "t";
    a.raw = text;
    CodedArticle c = (*coder)->Code(std::move(a), "2017-08-04");
    testing::ExpectSpansSliceInput(c);
    std::string out;
    for (const Event& e : c.events) {
      out += e.source.code + "(" + e.source.text + ")/" + e.target.code + "(" + e.target.text + ")/" + e.cameo_code +
             " " + e.verb_text + " " + e.rule.id + "\n";
    }
    return out;
  }

  std::string project_;
};

TEST_F(TabariRulesTest, SentencesAreCodedTheTabariWay) {
  auto engine = Make(EngineOptions::Rules::kTabari);
  ASSERT_NE(engine, nullptr);
  // Comma-clause deletion: Egypt, inside the deleted clause, is not the target; a paired code gives
  // the reverse event; the pattern "* TALKS" wins over MEET's own code.
  const std::string got = Events(*engine,
                                 "Russia, as Egypt had feared, criticized Libya on Friday.\n\n"
                                 "Italy will meet Turkey in Rome at the end of the month.\n\n"
                                 "Italy will meet Turkey for talks in Rome.\n");
  EXPECT_NE(got.find("RUS(Russia)/LBY(Libya)/111 criticized mini.verbs:1"), std::string::npos) << got;
  EXPECT_EQ(got.find("EGY"), std::string::npos) << got;
  EXPECT_NE(got.find("ITA(Italy)/TUR(Turkey)/036 meet mini.verbs:3"), std::string::npos) << got;
  EXPECT_NE(got.find("TUR(Turkey)/ITA(Italy)/036 meet mini.verbs:3"), std::string::npos) << got;
  EXPECT_NE(got.find("ITA(Italy)/TUR(Turkey)/046 meet mini.verbs:4"), std::string::npos) << got;
}

TEST_F(TabariRulesTest, TabariRulesNeedATabariProject) {
  EngineOptions o;
  o.replace_default_dictionaries = true;
  o.rules = EngineOptions::Rules::kTabari;
  o.dictionaries = {testing::SourceDir() + "/tests/fixtures/dict/mini.dict"};
  auto e = Engine::Create(o);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().ToString().find("tabari:PROJECT"), std::string::npos) << e.status().ToString();
}

}  // namespace
}  // namespace dragoman
