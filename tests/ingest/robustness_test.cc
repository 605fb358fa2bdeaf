// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Fuzz-like robustness: the readers of outside input (HTML, plain text, WARC, gzip streams, JSON
// Lines) on thousands of generated bad inputs — random bytes, tag soup, pages cut at random points,
// deep nesting, huge attributes and text runs, damaged gzip — must not crash, must return within a
// bounded time, and whatever they return must keep the invariants (spans inside raw, raw valid UTF-8
// for HTML). Seeds are fixed so that a failure reproduces.

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "ingest/byte_stream.h"
#include "ingest/charset.h"
#include "ingest/html_reader.h"
#include "ingest/input_reader.h"
#include "ingest/plain_text_reader.h"
#include "ingest/warc_reader.h"
#include "ingest/warc_test_util.h"

namespace dragoman {
namespace {

void CheckArticle(const Article& a, bool html, const std::string& what) {
  if (html) {
    ASSERT_TRUE(IsValidUtf8(a.raw)) << what;
  }
  for (const ArticlePart& p : a.parts) {
    ASSERT_LE(p.span.begin, p.span.end) << what;
    ASSERT_LE(p.span.end, a.raw.size()) << what;
  }
  ASSERT_LE(a.dateline_span.begin, a.dateline_span.end) << what;
  ASSERT_LE(a.dateline_span.end, a.raw.size()) << what;
}

std::string RandomBytes(std::mt19937& rng, size_t n) {
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xFF);
  return s;
}

// Tag soup from a small alphabet of HTML pieces, with unbalanced and misnested tags.
std::string TagSoup(std::mt19937& rng, size_t pieces) {
  static const char* kPieces[] = {
      "<div>", "</div>", "<p>", "</p>", "<span class=\"byline\">", "</span>", "<a href=x>", "</a>", "<article>",
      "</article>", "<nav>", "</nav>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>",
      "<br>", "<br/>", "<h1>", "</h1>", "<h2>", "<figure><figcaption>", "</figcaption></figure>", "<table><tr><td>",
      "</td></tr></table>", "&amp;", "&#xD800;", "&#1114112;", "&nbsp;", "<meta charset=koi8-r>", "<time datetime=>",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[[", "]]]]}</script>",
      "MOSCOW, Aug 4 (Reuters) - ", "Russia said on Monday it would send troops. ", "\xC3", "\xA9", "\xE2\x80",
      "\0", "\r\n\r\n", "<", ">", "\"", "'", "=", "<li>", "<ul>", "<?xml version=\"1.0\"?>", "<!DOCTYPE html>"};
  std::string s;
  for (size_t i = 0; i < pieces; ++i) s += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
  return s;
}

TEST(RobustnessTest, HtmlReaderSurvivesGeneratedBadPages) {
  std::mt19937 rng(20240228);
  const std::string good = testing::ArticlePage("A headline", "Russia said on Monday it would hold talks.");
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 3000; ++i) {
    std::string page;
    switch (i % 5) {
      case 0: page = RandomBytes(rng, rng() % 4000); break;
      case 1: page = TagSoup(rng, rng() % 400); break;
      case 2: page = good.substr(0, rng() % good.size()); break;  // cut short
      case 3: {                                                    // bytes flipped
        page = good;
        for (int k = 0; k < 20; ++k) page[rng() % page.size()] = static_cast<char>(rng() & 0xFF);
        break;
      }
      default: page = "<html><body>" + TagSoup(rng, 50) + good + TagSoup(rng, 50); break;
    }
    Article a;
    Status s = ReadHtml(page, HtmlReadOptions{}, &a);
    if (s.ok()) CheckArticle(a, true, "page " + std::to_string(i));
  }
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 60.0);
}

TEST(RobustnessTest, HugeAndDeepPagesAreBoundedInTime) {
  // A 12 MB text node, a 2 MB attribute, 300,000 sibling elements, 300,000 nested ones.
  const std::vector<std::string> pages = {
      "<html><body><p>" + std::string(12u << 20, 'a') + "</p></body></html>",
      "<html><body><div class=\"" + std::string(2u << 20, 'x') + "\"><p>Text of the article that reads as a "
      "sentence with words.</p></div></body></html>",
      [] {
        std::string s = "<html><body>";
        for (int i = 0; i < 300000; ++i) s += "<p>x</p>";
        return s;
      }(),
      [] {
        std::string s = "<html><body>";
        for (int i = 0; i < 300000; ++i) s += "<b>";
        return s + "deep";
      }(),
  };
  for (size_t i = 0; i < pages.size(); ++i) {
    const auto start = std::chrono::steady_clock::now();
    Article a;
    Status s = ReadHtml(pages[i], HtmlReadOptions{}, &a);
    if (s.ok()) CheckArticle(a, true, "page " + std::to_string(i));
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 10.0) << i;
  }
  // A 50 MB page is refused before it is parsed.
  const std::string fifty(50u << 20, 'x');
  Article a;
  Status s = ReadHtml(fifty, HtmlReadOptions{}, &a);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("over the limit"), std::string::npos);
}

TEST(RobustnessTest, PlainTextReaderSurvivesRandomText) {
  std::mt19937 rng(7);
  for (int i = 0; i < 3000; ++i) {
    Article a;
    a.raw = i % 2 ? RandomBytes(rng, rng() % 3000) : TagSoup(rng, rng() % 200);
    ReadPlainText(i % 3 ? "2017-08-04" : "", &a);
    CheckArticle(a, false, "text " + std::to_string(i));
  }
}

TEST(RobustnessTest, WarcAndGzipReadersSurviveDamage) {
  std::mt19937 rng(99);
  std::string warc;
  for (int r = 0; r < 5; ++r) {
    warc += testing::Gzip(testing::WarcRecordBytes(
        "response", "https://example.org/" + std::to_string(r),
        testing::HttpResponse(testing::ArticlePage("Page", "Sentence number " + std::to_string(r) + "."))));
  }
  for (int i = 0; i < 500; ++i) {
    std::string damaged = warc;
    switch (i % 3) {
      case 0: damaged.resize(rng() % damaged.size()); break;
      case 1:
        for (int k = 0; k < 5; ++k) damaged[rng() % damaged.size()] = static_cast<char>(rng() & 0xFF);
        break;
      default: damaged.insert(rng() % damaged.size(), RandomBytes(rng, rng() % 200)); break;
    }
    std::unique_ptr<ByteStream> stream = ByteStream::FromMemory(damaged);
    WarcReader reader(stream.get(), 1 << 20);
    int steps = 0;
    for (; steps < 1000; ++steps) {
      WarcRecord rec;
      Result<bool> got = reader.Next(&rec);
      if (got.ok() && !*got) break;
    }
    EXPECT_LT(steps, 1000) << "the WARC reader did not finish on damaged file " << i;
  }
}

}  // namespace
}  // namespace dragoman
