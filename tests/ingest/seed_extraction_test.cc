// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The seed story (../shared/examples/ansa-2017-08-04-libya.txt) read as plain text with --date
// 2017-08-04, as the ingestion issue asks: title, subtitle, dateline MOSCOW, date and time, one
// caption, and a body without the copyright line and the four footer lines.

#include <gtest/gtest.h>

#include "ingest/input_reader.h"
#include "test_util.h"

namespace dragoman {
namespace {

TEST(SeedExtractionTest, PartsAndMetadata) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  InputOptions options;
  options.default_date = "2017-08-04";
  std::vector<std::string> errors;
  InputReader reader({shared + "/examples/ansa-2017-08-04-libya.txt"}, options,
                     [&](const std::string& m) { errors.push_back(m); });
  InputItem item;
  ASSERT_TRUE(reader.Next(&item));
  EXPECT_TRUE(errors.empty());
  const Article& a = item.article;
  auto slice = [&](const Span& s) { return a.raw.substr(s.begin, s.end - s.begin); };
  EXPECT_EQ(a.title, "Libya: Russia wants meetings with factions in Moscow, Grozny");
  EXPECT_EQ(a.subtitle, "Italian ambassador, Haftar's threats won't stop Italian mission");
  EXPECT_EQ(a.dateline_place, "MOSCOW");
  EXPECT_EQ(slice(a.dateline_span), "MOSCOW -");
  EXPECT_EQ(a.date, "2017-08-04");
  EXPECT_TRUE(a.date_inferred);  // the date line has no year: it came from --date
  EXPECT_EQ(a.time, "11:01");
  EXPECT_EQ(a.language, "en");
  int captions = 0;
  std::string body, dropped;
  for (const ArticlePart& p : a.parts) {
    if (p.kind == PartKind::kCaption) {
      ++captions;
      EXPECT_EQ(slice(p.span).rfind("General Khalifa Haftar arrivs", 0), 0u);
    }
    if (p.kind == PartKind::kBody) body += slice(p.span) + "\n";
    if (p.kind == PartKind::kDropped) dropped += slice(p.span) + "\n";
  }
  EXPECT_EQ(captions, 1);
  EXPECT_EQ(body.find("Copyright"), std::string::npos);
  for (const char* footer : {"Business opportunities", "The information system of business", "opportunities abroad",
                             "News from Mediterranean"}) {
    EXPECT_EQ(body.find(footer), std::string::npos) << footer;
    EXPECT_NE(dropped.find(footer), std::string::npos) << footer;
  }
  EXPECT_NE(dropped.find("Copyright ANSA"), std::string::npos);
  EXPECT_NE(body.find("Speaking about relations with France"), std::string::npos);
  EXPECT_FALSE(reader.Next(&item));
}

}  // namespace
}  // namespace dragoman
