// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The PLOVER gold-standard records (../shared/reference/plover): the loader, the category map, and a
// floor under the engine's score that guards against regressions (skipped without ../shared).

#include <gtest/gtest.h>

#include "eval/scorer.h"
#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

TEST(PloverGoldTest, CategoryMap) {
  EXPECT_EQ(PloverGoldCategory("036"), "AGREE");
  EXPECT_EQ(PloverGoldCategory("0831"), "CONCEDE");
  EXPECT_EQ(PloverGoldCategory("0871"), "RETREAT");
  EXPECT_EQ(PloverGoldCategory("1384"), "THREATEN");
  EXPECT_EQ(PloverGoldCategory("193"), "FIGHT");
  EXPECT_EQ(PloverGoldCategory("202"), "ASSAULT");
  EXPECT_EQ(PloverGoldCategory("010"), "");
}

TEST(PloverGoldTest, ScoresOneItem) {
  GoldItem g;
  g.events.push_back({"", {"HUNGOV", "ROUGOV"}, {"SRB"}, "", "", "AGREE"});
  EvalReport r;
  ScoreItem({{"HUNGOV", {}, {}, "SRB", "036", ""}, {"ROUGOV", {}, {}, "SRB", "030", ""}}, g, &r);
  EXPECT_EQ(r.root.tp, 1u);
  EXPECT_EQ(r.root.predicted, 1u);  // one (sentence, category) pair
  EXPECT_EQ(r.with_actors.tp, 1u);
  EvalReport wrong;
  ScoreItem({{"USA", {}, {}, "SRB", "190", ""}}, g, &wrong);
  EXPECT_EQ(wrong.root.tp, 0u);
}

TEST(PloverGoldTest, EngineScoreFloor) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  auto gold = LoadPloverGold(shared + "/reference/plover/PLOVER_GSR_CAMEO.txt");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_EQ(gold->size(), 322u);
  auto coder = testing::DefaultEngine().NewCoder();
  EvalReport report;
  for (const GoldItem& item : *gold) {
    Article a;
    a.id = item.id;
    a.raw = item.text;
    a.parts.push_back({PartKind::kBody, {0, static_cast<uint32_t>(item.text.size())}, ""});
    CodedArticle c = (*coder)->Code(std::move(a), "");
    std::vector<ScoredEvent> predicted;
    for (const Event& e : c.events) predicted.push_back({e.source.code, {}, {}, e.target.code, e.cameo_code, ""});
    ScoreItem(predicted, item, &report);
  }
  std::printf("PLOVER gold: category P %.3f R %.3f F1 %.3f; with countries F1 %.3f\n", report.root.precision(),
              report.root.recall(), report.root.f1(), report.with_actors.f1());
  // Measured 0.811 / 0.756 / 0.567 when set. The second half of the file (items in file order) was
  // kept out of error reading while the rules behind these figures were written: see `eval --half`.
  EXPECT_GE(report.root.precision(), 0.80);
  EXPECT_GE(report.root.f1(), 0.75);
  EXPECT_GE(report.with_actors.f1(), 0.56);
}

}  // namespace
}  // namespace dragoman
