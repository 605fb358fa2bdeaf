// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Coder::Code runs its passes over windows of sentences (analysis, places, quotes, events;
// EngineOptions::sentence_window). What a later sentence learns from an earlier one must not depend
// on where a window ends: a quote opened in one sentence and attributed there speaks for "we" in the
// next, which is coded with the speaker's country wherever the boundary falls; and every record of the
// fixture stories is the same byte for byte whatever the window.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "output/jsonl_writer.h"
#include "output/place_record.h"
#include "output/quote_record.h"
#include "pipeline/engine_fixture.h"
#include "test_util.h"

namespace dragoman {
namespace {

// Sentences with no actor, event or quote, to move the quote across window boundaries.
constexpr const char* kFiller[] = {
    "The morning was cold.", "The roads were quiet.", "Shops opened late.", "The rain stopped at noon.",
    "Few people were out.", "The market was calm.", "Buses ran on time.", "The sky cleared.",
    "Trains were full.",     "The evening was mild.", "The river was high.", "Lights came on early.",
};

TEST(SentenceWindowTest, QuoteAcrossSentencesIsResolvedWhereverTheWindowEnds) {
  auto coder = testing::DefaultEngine().NewCoder();
  ASSERT_TRUE(coder.ok());
  for (int before = 0; before <= 12; ++before) {
    std::string text;
    for (int k = 0; k < before; ++k) text += std::string(kFiller[k]) + " ";
    text += "The Italian defence minister said: \"Our ships are ready. We will send troops to Libya.\"";
    Article a;
    a.id = "window-" + std::to_string(before);
    a.raw = text;
    a.parts.push_back({PartKind::kBody, {0, static_cast<uint32_t>(text.size())}, ""});
    CodedArticle c = (*coder)->Code(std::move(a), "2017-08-04");
    SCOPED_TRACE("sentences before the quote: " + std::to_string(before));
    ASSERT_EQ(c.sentences.size(), static_cast<size_t>(before + 2));
    const Event* sent = nullptr;
    for (const Event& e : c.events) {
      if (e.source.text == "We") sent = &e;
    }
    ASSERT_NE(sent, nullptr) << "no event with the source 'We'";
    EXPECT_EQ(sent->sentence_index, before + 1);
    EXPECT_EQ(sent->source.code, "ITA") << "we = the minister's country";
    EXPECT_EQ(sent->target.code, "LBY");
    ASSERT_EQ(c.quotes.size(), 1u);
    EXPECT_EQ(c.quotes[0].speaker.code, "ITAGOV");
    ASSERT_EQ(c.quotes[0].event_ids.size(), 1u) << "the event inside the quote is linked to it";
    EXPECT_EQ(c.quotes[0].event_ids[0], sent->id);
    testing::ExpectSpansSliceInput(c);
  }
}

// Every record of a coded article, as the code command writes them.
std::string Records(const CodedArticle& c) {
  std::string out = ArticleRecord(c) + "\n";
  for (const Event& e : c.events) out += EventRecord(e) + "\n";
  for (const Quote& q : c.quotes) out += QuoteRecord(q) + "\n";
  for (const PlaceMention& p : c.places) out += PlaceRecord(c.article.id, p) + "\n";
  return out;
}

TEST(SentenceWindowTest, RecordsAreTheSameWhateverTheWindow) {
  std::vector<std::string> paths;
  for (const auto& f : std::filesystem::directory_iterator(testing::SourceDir() + "/tests/fixtures/stories")) {
    if (f.path().extension() == ".txt") paths.push_back(f.path().string());
  }
  std::sort(paths.begin(), paths.end());
  ASSERT_GE(paths.size(), 10u);
  std::vector<std::string> expected;  // with the default window
  {
    auto coder = testing::DefaultEngine().NewCoder();
    ASSERT_TRUE(coder.ok());
    size_t sentences = 0, quotes = 0, places = 0;
    for (const std::string& path : paths) {
      Article a;
      a.id = std::filesystem::path(path).filename().string();
      a.raw = testing::ReadFile(path);
      CodedArticle c = (*coder)->Code(std::move(a), "2020-01-01");
      sentences = std::max(sentences, c.sentences.size());
      quotes += c.quotes.size();
      places += c.places.size();
      expected.push_back(Records(c));
    }
    ASSERT_GT(sentences, 8u) << "a story longer than the default window";
    ASSERT_GT(quotes, 0u);
    ASSERT_GT(places, 0u);
  }
  for (int window : {1, 3}) {
    EngineOptions options;
    options.sentence_window = window;
    auto engine = Engine::Create(options);
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    auto coder = (*engine)->NewCoder();
    ASSERT_TRUE(coder.ok());
    for (size_t i = 0; i < paths.size(); ++i) {
      Article a;
      a.id = std::filesystem::path(paths[i]).filename().string();
      a.raw = testing::ReadFile(paths[i]);
      EXPECT_EQ(Records((*coder)->Code(std::move(a), "2020-01-01")), expected[i])
          << paths[i] << " with a window of " << window;
    }
  }
}

TEST(SentenceWindowTest, WindowOutOfRangeIsRefused) {
  EngineOptions options;
  options.sentence_window = 0;
  auto engine = Engine::Create(options);
  ASSERT_FALSE(engine.ok());
  EXPECT_NE(engine.status().ToString().find("sentence window"), std::string::npos) << engine.status().ToString();
}

}  // namespace
}  // namespace dragoman
