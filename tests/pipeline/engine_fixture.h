// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// One Engine with the default dictionaries, shared by the pipeline tests of a binary.

#ifndef DRAGOMAN_TESTS_PIPELINE_ENGINE_FIXTURE_H_
#define DRAGOMAN_TESTS_PIPELINE_ENGINE_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>

#include "dragoman/engine.h"

namespace dragoman::testing {

inline const Engine& DefaultEngine() {
  static std::unique_ptr<Engine> engine = [] {
    auto e = Engine::Create(EngineOptions{});
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return e.ok() ? std::move(e.value()) : nullptr;
  }();
  return *engine;
}

inline CodedArticle CodeText(const std::string& id, const std::string& text, const std::string& date) {
  auto coder = DefaultEngine().NewCoder();
  Article a;
  a.id = id;
  a.raw = text;
  return (*coder)->Code(std::move(a), date);
}

// Every span of every event slices the raw text to exactly the recorded text.
inline void ExpectSpansSliceInput(const CodedArticle& c) {
  const std::string& raw = c.article.raw;
  for (const Event& e : c.events) {
    for (const ActorRef* a : {&e.source, &e.target}) {
      if (a == &e.target && a->code.empty()) continue;  // an event without a target
      ASSERT_LE(a->span.end, raw.size());
      ASSERT_LT(a->span.begin, a->span.end);
      EXPECT_EQ(raw.substr(a->span.begin, a->span.end - a->span.begin), a->text) << e.id;
      EXPECT_GE(a->span.begin, e.sentence_span.begin);
      EXPECT_LE(a->span.end, e.sentence_span.end);
    }
    ASSERT_LE(e.verb_span.end, raw.size());
    EXPECT_EQ(raw.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin), e.verb_text);
    EXPECT_FALSE(e.verb_text.empty());
    if (!e.date_text.empty()) {
      ASSERT_LE(e.date_span.end, raw.size());
      EXPECT_EQ(raw.substr(e.date_span.begin, e.date_span.end - e.date_span.begin), e.date_text) << e.id;
    }
  }
}

}  // namespace dragoman::testing

#endif  // DRAGOMAN_TESTS_PIPELINE_ENGINE_FIXTURE_H_
