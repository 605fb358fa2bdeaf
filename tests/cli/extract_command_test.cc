// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// `dragoman extract` and `dragoman code` on HTML and WARC inputs: one article record per article,
// bad inputs reported with their position, spans that slice the article's text.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/warc_test_util.h"
#include "test_util.h"

namespace dragoman {
namespace {

using testing::CliResult;
using testing::RunCli;
using testing::TempPath;

std::vector<nlohmann::json> Records(const std::string& out) {
  std::vector<nlohmann::json> records;
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    if (nl == std::string::npos) nl = out.size();
    records.push_back(nlohmann::json::parse(out.substr(start, nl - start), nullptr, false));
    start = nl + 1;
  }
  return records;
}

std::string Write(const std::string& name, const std::string& data) {
  const std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << data;
  return path;
}

TEST(ExtractCommandTest, HtmlWarcAndBadInputs) {
  const std::string html = Write("page.html", testing::ArticlePage("Talks in Cairo", "Egypt hosted talks on Sunday."));
  std::string warc = testing::Gzip(testing::WarcRecordBytes(
      "response", "https://example.org/two", testing::HttpResponse(testing::ArticlePage("Two", "A second story."))));
  const std::string warc_path = Write("crawl.warc.gz", warc);
  const std::string bad = Write("bad.bin", std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10));
  CliResult r = RunCli("extract --date 2024-03-01 " + html + " " + bad + " " + warc_path);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(bad + ": binary file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 articles, 1 skipped"), std::string::npos) << r.err;
  std::vector<nlohmann::json> records = Records(r.out);
  ASSERT_EQ(records.size(), 2u) << r.out;
  for (const nlohmann::json& j : records) {
    ASSERT_FALSE(j.is_discarded());
    EXPECT_EQ(j["type"], "article");
    for (const char* field : {"id", "url", "title", "subtitle", "byline", "date", "date_inferred", "time", "dateline",
                              "site", "language", "captions", "body", "dropped"}) {
      EXPECT_TRUE(j.contains(field)) << field;
    }
    // Every span slices the text the record gives.
    const std::string text = j["text"];
    for (const auto& d : j["dropped"]) {
      EXPECT_EQ(text.substr(d["span"][0], static_cast<size_t>(d["span"][1]) - static_cast<size_t>(d["span"][0])),
                d["text"]);
    }
  }
  EXPECT_EQ(records[0]["title"], "Talks in Cairo");
  EXPECT_EQ(records[0]["date"], "2024-03-01");
  EXPECT_EQ(records[0]["date_inferred"], true);
  EXPECT_EQ(records[1]["url"], "https://example.org/two");
  EXPECT_EQ(records[1]["date"], "2024-02-28");  // the WARC-Date
}

TEST(ExtractCommandTest, CodeReadsHtmlAndPutsTheArticleFirst) {
  const std::string page =
      "<html><head><title>Fighting near Kharkiv</title></head><body><nav><a href=/>Home</a></nav><article>"
      "<h1>Fighting near Kharkiv</h1><p>KYIV, May 10 (Wire) - Russian troops attacked Ukrainian positions near "
      "Kharkiv on Friday, the Ukrainian army said.</p><p>Ukraine accused Russia of shelling civilian areas, "
      "officials said in a statement on Friday evening.</p></article><footer>Copyright 2024</footer></body></html>";
  const std::string path = Write("kharkiv.html", page);
  CliResult r = RunCli("code --date 2024-05-11 " + path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> records = Records(r.out);
  ASSERT_FALSE(records.empty());
  ASSERT_EQ(records[0]["type"], "article");
  EXPECT_EQ(records[0]["title"], "Fighting near Kharkiv");
  EXPECT_EQ(records[0]["date"], "2024-05-10");  // from the dateline, the year from --date
  EXPECT_EQ(records[0]["dateline"]["place"], "KYIV");
  const std::string text = records[0]["text"];
  EXPECT_EQ(text.find("Copyright"), std::string::npos);
  size_t events = 0;
  for (size_t i = 1; i < records.size(); ++i) {
    if (records[i]["type"] != "event") continue;
    ++events;
    for (const char* who : {"source", "verb"}) {
      const auto& span = records[i][who]["span"];
      EXPECT_EQ(text.substr(span[0], static_cast<size_t>(span[1]) - static_cast<size_t>(span[0])),
                records[i][who]["text"]);
    }
  }
  EXPECT_GE(events, 1u) << r.out;
}

TEST(ExtractCommandTest, EvalExtractNeedsTheSharedData) {
  CliResult r = RunCli("eval-extract fundus --shared " + ::testing::TempDir() + "/no-such-dir");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ground_truth.json"), std::string::npos) << r.err;
  CliResult unknown = RunCli("eval-extract nonsense");
  EXPECT_EQ(unknown.exit_code, 2);
}

TEST(ExtractCommandTest, EvalExtractReuters) {
  DRAGOMAN_REQUIRE_SHARED(shared);
  CliResult r = RunCli("eval-extract reuters --shared " + shared);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("place accuracy"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace dragoman
