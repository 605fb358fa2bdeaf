// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Inputs of every kind in one batch: formats told by content, directories and globs, bad inputs
// reported with their position and skipped while the batch goes on.

#include "ingest/input_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/warc_test_util.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           (std::string("input_reader_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& data) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }

  struct Batch {
    std::vector<InputItem> items;
    std::vector<std::string> errors;
    size_t skipped = 0;
  };
  Batch ReadAll(std::vector<std::string> inputs, InputOptions options = {}) {
    Batch b;
    InputReader reader(std::move(inputs), options, [&](const std::string& m) { b.errors.push_back(m); });
    InputItem item;
    while (reader.Next(&item)) b.items.push_back(std::move(item));
    b.skipped = reader.skipped();
    return b;
  }

  fs::path dir_;
};

TEST_F(InputReaderTest, FormatsAreToldByContentNotName) {
  const std::string story = Write("story.txt",
                                  "Ceasefire agreed\n\nCAIRO - Egypt hosted talks between the two sides on Sunday, "
                                  "officials said.\n");
  // An HTML page whose name says text, and a JSONL feed with no extension.
  const std::string page = Write("page.txt", testing::ArticlePage("Talks in Cairo", "Egypt hosted talks on Sunday."));
  const std::string feed = Write("feed", R"({"id": "f1", "text": "ROME - Italy said it would send a ship.", "date": "2024-05-10"})"
                                         "\n");
  Batch b = ReadAll({story, page, feed});
  EXPECT_TRUE(b.errors.empty()) << b.errors[0];
  ASSERT_EQ(b.items.size(), 3u);
  EXPECT_EQ(b.items[0].article.format, ArticleFormat::kPlainText);
  EXPECT_EQ(b.items[0].article.title, "Ceasefire agreed");
  EXPECT_EQ(b.items[0].article.dateline_place, "CAIRO");
  EXPECT_EQ(b.items[1].article.format, ArticleFormat::kHtml);
  EXPECT_EQ(b.items[1].article.title, "Talks in Cairo");
  EXPECT_EQ(b.items[1].article.id, "page.txt");
  EXPECT_EQ(b.items[2].article.id, "f1");
  EXPECT_EQ(b.items[2].date, "2024-05-10");
  EXPECT_EQ(b.items[2].article.dateline_place, "ROME");
  // Every article comes with its parts read.
  for (const InputItem& it : b.items) EXPECT_FALSE(it.article.parts.empty()) << it.article.id;
}

TEST_F(InputReaderTest, DirectoriesRecurseInNameOrderAndGlobsExpand) {
  Write("d/b.txt", "Second story. It has a sentence.\n");
  Write("d/a.txt", "First story. It has a sentence.\n");
  Write("d/sub/c.txt", "Third story. It has a sentence.\n");
  Write("d/.hidden.txt", "Not read.\n");
  Batch b = ReadAll({(dir_ / "d").string()});
  ASSERT_EQ(b.items.size(), 3u);
  EXPECT_EQ(b.items[0].article.id, "a.txt");
  EXPECT_EQ(b.items[1].article.id, "b.txt");
  EXPECT_EQ(b.items[2].article.id, "c.txt");
  Batch g = ReadAll({(dir_ / "d" / "*.txt").string()});
  ASSERT_EQ(g.items.size(), 2u);
  Batch none = ReadAll({(dir_ / "d" / "*.xml").string()});
  ASSERT_EQ(none.errors.size(), 1u);
  EXPECT_NE(none.errors[0].find("no files match"), std::string::npos);
}

TEST_F(InputReaderTest, JsonlWithHtmlField) {
  const std::string html = testing::ArticlePage("Vote delayed", "The parliament delayed the vote until March.");
  std::string escaped;
  for (char c : html) {
    if (c == '"' || c == '\\') escaped.push_back('\\');
    escaped.push_back(c);
  }
  const std::string feed = Write("feed.jsonl",
                                 "{\"id\": \"h1\", \"url\": \"https://example.org/vote\", \"date\": \"2024-02-01T10:00:00Z\", "
                                 "\"html\": \"" + escaped + "\"}\n"
                                 "{\"id\": \"h2\", \"html\": \"\"}\n");
  Batch b = ReadAll({feed});
  ASSERT_EQ(b.items.size(), 1u);
  EXPECT_EQ(b.items[0].article.id, "h1");
  EXPECT_EQ(b.items[0].article.title, "Vote delayed");
  EXPECT_EQ(b.items[0].article.url, "https://example.org/vote");
  EXPECT_EQ(b.items[0].date, "2024-02-01");
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].find(feed + ":2: \"html\": empty page"), std::string::npos) << b.errors[0];
}

TEST_F(InputReaderTest, WarcFilesGiveOneArticlePerHtmlResponse) {
  std::string warc;
  warc += testing::WarcRecordBytes("warcinfo", "", "software: test\r\n", "application/warc-fields");
  warc += testing::WarcRecordBytes("response", "https://example.org/one",
                                   testing::HttpResponse(testing::ArticlePage("One", "The first story is here.")),
                                   "application/http; msgtype=response", "id-one");
  warc += testing::WarcRecordBytes("response", "https://example.org/moved", testing::HttpResponse("", "text/html", 301));
  warc += testing::WarcRecordBytes("response", "https://example.org/x.pdf",
                                   testing::HttpResponse("%PDF-1.4 binary", "application/pdf"));
  warc += testing::WarcRecordBytes("response", "https://example.org/empty", testing::HttpResponse("   "));
  warc += testing::WarcRecordBytes("response", "https://example.org/two",
                                   testing::HttpResponse(testing::ArticlePage("Two", "The second story is here.")));
  std::string gz;
  size_t pos = 0;
  while (pos < warc.size()) {
    size_t next = warc.find("WARC/1.0\r\n", pos + 1);
    if (next == std::string::npos) next = warc.size();
    gz += testing::Gzip(warc.substr(pos, next - pos));
    pos = next;
  }
  const std::string path = Write("crawl.warc.gz", gz);
  std::vector<InputItem> items;
  std::vector<std::string> errors;
  {
    InputReader r2({path}, InputOptions{}, [&](const std::string& m) { errors.push_back(m); });
    InputItem it;
    while (r2.Next(&it)) items.push_back(std::move(it));
    EXPECT_EQ(r2.passed_over(), 3u);  // warcinfo, the redirect, the PDF
  }
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].article.id, "id-one");
  EXPECT_EQ(items[0].article.url, "https://example.org/one");
  EXPECT_EQ(items[0].article.title, "One");
  EXPECT_EQ(items[0].date, "2024-02-28");  // WARC-Date
  EXPECT_EQ(items[1].article.title, "Two");
  // The empty page is reported with its record number and offset, and skipped.
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find(path + ": record 5 at byte "), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("empty page"), std::string::npos) << errors[0];
}

TEST_F(InputReaderTest, BadInputsAreReportedAndTheBatchGoesOn) {
  const std::string ok1 = Write("1-ok.txt", "First good story. It says something.\n");
  const std::string empty = Write("2-empty.txt", "");
  const std::string binary = Write("3-image.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
  std::string big(3000, 'a');
  const std::string large = Write("4-large.html", "<html><body><p>" + big + "</p></body></html>");
  std::string gz = testing::Gzip(testing::ArticlePage("Cut", "This page was cut short."));
  gz.resize(gz.size() / 2);
  const std::string truncated = Write("5-truncated.html.gz", gz);
  const std::string deep_json = Write("6-deep.jsonl", std::string(100, '[') + "\n" +
                                                         R"({"id": "j2", "text": "A fine line."})" + "\n");
  const std::string ok2 = Write("7-ok.html.gz", testing::Gzip(testing::ArticlePage("Zipped", "Gzipped pages are read.")));
  InputOptions options;
  options.max_page_bytes = 2000;
  Batch b = ReadAll({ok1, empty, binary, large, truncated, (dir_ / "missing.txt").string(), deep_json, ok2}, options);
  ASSERT_EQ(b.items.size(), 3u);
  EXPECT_EQ(b.items[0].article.id, "1-ok.txt");
  EXPECT_EQ(b.items[1].article.id, "j2");
  EXPECT_EQ(b.items[2].article.title, "Zipped");
  ASSERT_EQ(b.errors.size(), 6u);
  EXPECT_NE(b.errors[0].find("2-empty.txt: empty file"), std::string::npos) << b.errors[0];
  EXPECT_NE(b.errors[1].find("3-image.jpg: binary file"), std::string::npos) << b.errors[1];
  EXPECT_NE(b.errors[2].find("4-large.html: larger than 2000 bytes"), std::string::npos) << b.errors[2];
  EXPECT_NE(b.errors[3].find("5-truncated.html.gz: truncated gzip"), std::string::npos) << b.errors[3];
  EXPECT_NE(b.errors[4].find("missing.txt: cannot open"), std::string::npos) << b.errors[4];
  EXPECT_NE(b.errors[5].find("6-deep.jsonl:1: JSON nested deeper"), std::string::npos) << b.errors[5];
  EXPECT_EQ(b.skipped, 6u);
}

}  // namespace
}  // namespace dragoman
