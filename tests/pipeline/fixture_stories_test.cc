// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Our own hand-written stories (tests/fixtures/stories) with gold events (tests/fixtures/gold):
// invariants that must hold on every story, and accuracy floors that guard against regressions.
// The floors sit a little under the figures measured when they were set (see the closing notes);
// raise them as the coder improves.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "eval/scorer.h"
#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

struct Story {
  GoldItem gold;
  std::vector<std::string> no_event;
  CodedArticle coded;
};

const std::vector<Story>& Stories() {
  static const std::vector<Story> stories = [] {
    std::vector<Story> out;
    const std::string dir = testing::SourceDir() + "/tests/fixtures/";
    auto gold = LoadJsonlGold(dir + "gold/stories.jsonl");
    EXPECT_TRUE(gold.ok()) << gold.status().ToString();
    std::ifstream in(dir + "gold/stories.jsonl");
    std::string line;
    size_t i = 0;
    while (std::getline(in, line) && gold.ok() && i < gold->size()) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Story s;
      s.gold = (*gold)[i++];
      auto j = nlohmann::json::parse(line);
      for (const auto& x : j.value("no_event_sentences", nlohmann::json::array())) s.no_event.push_back(x);
      s.coded = testing::CodeText(s.gold.id, testing::ReadFile(dir + s.gold.file), s.gold.date);
      out.push_back(std::move(s));
    }
    return out;
  }();
  return stories;
}

TEST(FixtureStoriesTest, AllStoriesLoad) { EXPECT_EQ(Stories().size(), 16u); }

TEST(FixtureStoriesTest, SpansSliceTheInput) {
  for (const Story& s : Stories()) testing::ExpectSpansSliceInput(s.coded);
}

TEST(FixtureStoriesTest, NothingFromBoilerplate) {
  for (const Story& s : Stories()) {
    for (const Event& e : s.coded.events) {
      for (const ArticlePart& p : s.coded.article.parts) {
        if (p.kind == PartKind::kDropped || p.kind == PartKind::kTitle || p.kind == PartKind::kSubtitle) {
          EXPECT_FALSE(e.sentence_span.begin >= p.span.begin && e.sentence_span.begin < p.span.end)
              << s.gold.id << ": " << e.sentence;
        }
      }
    }
  }
}

TEST(FixtureStoriesTest, FewEventsFromNoEventSentences) {
  size_t sentences = 0, violations = 0;
  std::string report;
  for (const Story& s : Stories()) {
    const std::string& raw = s.coded.article.raw;
    for (const std::string& text : s.no_event) {
      size_t at = raw.find(text);
      ASSERT_NE(at, std::string::npos) << s.gold.id << ": " << text;
      ++sentences;
      for (const Event& e : s.coded.events) {
        if (e.sentence_span.begin <= at && at < e.sentence_span.end) {
          ++violations;
          report += s.gold.id + ": " + e.cameo_code + " " + e.source.code + "->" + e.target.code + " in: " + text + "\n";
          break;
        }
      }
    }
  }
  EXPECT_LE(violations * 100, sentences * 15) << violations << " of " << sentences << "\n" << report;
}

TEST(FixtureStoriesTest, AccuracyFloors) {
  EvalReport report;
  for (const Story& s : Stories()) {
    std::vector<ScoredEvent> predicted;
    for (const Event& e : s.coded.events) {
      ScoredEvent p;
      p.source = e.source.code;
      p.target = e.target.code;
      p.code = e.cameo_code;
      predicted.push_back(p);
    }
    ScoreItem(predicted, s.gold, &report);
  }
  std::printf("fixture stories: root P %.3f R %.3f F1 %.3f; root+countries F1 %.3f\n", report.root.precision(),
              report.root.recall(), report.root.f1(), report.with_actors.f1());
  // Measured P 0.886 R 0.748 F1 0.811, root+countries 0.635 when set. Recall had dipped to 0.733
  // when accused acts ("accused X of sending troops") stopped being coded: the gold does not code
  // them, but their 19x codes had matched other 19x gold events of the same stories by root.
  EXPECT_GE(report.root.precision(), 0.88);
  EXPECT_GE(report.root.recall(), 0.74);
  EXPECT_GE(report.root.f1(), 0.80);
  EXPECT_GE(report.with_actors.f1(), 0.63);
}

}  // namespace
}  // namespace dragoman
