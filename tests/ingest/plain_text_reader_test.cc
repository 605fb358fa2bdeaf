// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/plain_text_reader.h"

#include <gtest/gtest.h>

#include <string>

namespace dragoman {
namespace {

std::string Slice(const Article& a, const Span& s) { return a.raw.substr(s.begin, s.end - s.begin); }

int Count(const Article& a, PartKind kind) {
  int n = 0;
  for (const ArticlePart& p : a.parts) n += p.kind == kind ? 1 : 0;
  return n;
}

// A story in the scraped shape, written for this test.
constexpr const char* kScraped =
    "Sudan: army and RSF agree to a truce in Khartoum\n"
    "\n"
    "Mediators hope the pause holds, diplomat says\n"
    "\n"
    "12 March, 09:45\n"
    "\n"
    "    A checkpoint on the road to Omdurman A checkpoint on the road to Omdurman\n"
    "\n"
    "    KHARTOUM - The Sudanese army and the Rapid Support Forces agreed on a\n"
    "    three-day truce, mediators said.\n"
    "\n"
    "    ''We welcome the step'', an envoy told reporters.\n"
    "\n"
    "    \xC2\xA9 Copyright WIRE - All rights reserved\n"
    "\n"
    "    Latest news\n"
    "\n"
    "    Contact us\n";

TEST(PlainTextReaderTest, ScrapedStory) {
  Article a;
  a.raw = kScraped;
  ReadPlainText("2023-01-01", &a);
  EXPECT_EQ(a.title, "Sudan: army and RSF agree to a truce in Khartoum");
  EXPECT_EQ(a.subtitle, "Mediators hope the pause holds, diplomat says");
  EXPECT_EQ(a.date, "2023-03-12");
  EXPECT_TRUE(a.date_inferred);
  EXPECT_EQ(a.time, "09:45");
  EXPECT_EQ(a.dateline_place, "KHARTOUM");
  EXPECT_EQ(Slice(a, a.dateline_span), "KHARTOUM -");
  EXPECT_EQ(Count(a, PartKind::kCaption), 1);
  EXPECT_EQ(Count(a, PartKind::kBody), 2);
  for (const ArticlePart& p : a.parts) {
    if (p.kind == PartKind::kCaption) EXPECT_EQ(Slice(a, p.span), "A checkpoint on the road to Omdurman");
    if (p.kind == PartKind::kBody) EXPECT_EQ(Slice(a, p.span).find("Copyright"), std::string::npos);
  }
  // Copyright, two footer lines and the caption's second copy are dropped, with reasons.
  EXPECT_EQ(Count(a, PartKind::kDropped), 4);
}

TEST(PlainTextReaderTest, WireStoryWithoutHeader) {
  Article a;
  a.raw =
      "KYIV, March 3 (Wire) - Ukraine said on Friday it had shot down 12 drones.\n\n"
      "The air force said the attack targeted power plants.\n";
  ReadPlainText("2024-03-03", &a);
  EXPECT_EQ(a.dateline_place, "KYIV");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.date, "2024-03-03");
  EXPECT_EQ(Count(a, PartKind::kBody), 2);
  EXPECT_EQ(Slice(a, a.dateline_span), "KYIV, March 3 (Wire) -");
}

TEST(PlainTextReaderTest, DateLineWithYearIsNotInferred) {
  Article a;
  a.raw = "Title here\n\nAugust 4, 2017 11:01\n\nBody text that says something.\n";
  ReadPlainText("", &a);
  EXPECT_EQ(a.date, "2017-08-04");
  EXPECT_FALSE(a.date_inferred);
  EXPECT_EQ(a.time, "11:01");
}

TEST(PlainTextReaderTest, PlainParagraphsAreBody) {
  Article a;
  a.raw = "Just one paragraph of text without any header.";
  ReadPlainText("", &a);
  EXPECT_EQ(Count(a, PartKind::kBody), 1);
  EXPECT_EQ(a.date, "");
}

}  // namespace
}  // namespace dragoman
