// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Coder::Code runs its passes over windows of sentences (analysis, then quotes, then events). What a
// later sentence learns from an earlier one must not depend on where a window ends: a quote opened in
// one sentence and attributed there speaks for "we" in the next, which is coded with the speaker's
// country wherever the boundary falls.

#include <gtest/gtest.h>

#include <string>

#include "pipeline/engine_fixture.h"

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

}  // namespace
}  // namespace dragoman
