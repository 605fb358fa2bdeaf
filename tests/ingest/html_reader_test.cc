// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The HTML reader on pages written for these tests: what is body, what is boilerplate, where the
// metadata comes from, charsets, and bad pages.

#include "ingest/html_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/charset.h"

namespace dragoman {
namespace {

std::string Slice(const Article& a, const Span& s) { return a.raw.substr(s.begin, s.end - s.begin); }

std::vector<std::string> PartsOf(const Article& a, PartKind kind) {
  std::vector<std::string> out;
  for (const ArticlePart& p : a.parts) {
    if (p.kind == kind) out.push_back(Slice(a, p.span));
  }
  return out;
}

std::string DroppedWhy(const Article& a, const std::string& needle) {
  for (const ArticlePart& p : a.parts) {
    if (p.kind == PartKind::kDropped && Slice(a, p.span).find(needle) != std::string::npos) return p.why;
  }
  return "";
}

// Every span lies inside raw, raw is valid UTF-8, and parts do not overlap.
void ExpectSpansValid(const Article& a) {
  EXPECT_TRUE(IsValidUtf8(a.raw));
  uint32_t last_end = 0;
  for (const ArticlePart& p : a.parts) {
    EXPECT_LE(p.span.begin, p.span.end);
    EXPECT_LE(p.span.end, a.raw.size());
    EXPECT_GE(p.span.begin, last_end);
    last_end = p.span.end;
  }
  EXPECT_LE(a.dateline_span.end, a.raw.size());
}

// A news page in the common shape: site navigation, a cookie banner, an article with headline,
// standfirst, byline, time, a figure, body paragraphs with an inline ad and a related-links box, a
// share bar, comments, a sidebar and a footer.
constexpr const char* kNewsPage = R"(<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<title>Sudan truce holds for a second day | The Daily Wire Test</title>
<meta property="og:site_name" content="The Daily Wire Test">
<meta property="og:title" content="Sudan truce holds for a second day">
<meta property="article:published_time" content="2023-03-12T09:45:00+00:00">
<meta name="author" content="Amina Yusuf">
<link rel="canonical" href="https://news.example.org/world/2023/03/12/sudan-truce">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies or manage your settings.</div>
<header class="site-header"><nav class="main-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main>
<article class="story">
<h1 class="headline">Sudan truce holds for a second day</h1>
<p class="standfirst">Mediators in Jeddah say both sides have kept to the ceasefire lines around the capital.</p>
<div class="byline">By <a rel="author" href="/people/amina-yusuf">Amina Yusuf</a></div>
<time datetime="2023-03-12T09:45:00Z">12 March 2023</time>
<figure><img src="truce.jpg" alt=""><figcaption>A checkpoint on the road to Omdurman.</figcaption></figure>
<div class="article-body">
<p>KHARTOUM, March 12 (Wire) - The Sudanese army and the Rapid Support Forces kept to a three-day truce on Sunday, residents and mediators said, the longest pause in the fighting since it began.</p>
<p>Residents of the capital reported no air strikes overnight, and aid convoys reached two hospitals that had been cut off for a week, according to a statement from the mediators.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>"We welcome the step, but a truce is not a peace," an envoy of the African Union told reporters in Jeddah, adding that talks on a permanent ceasefire would resume on Monday.</p>
<aside class="related-links"><h3>Related</h3><ul>
<li><a href="/a">Fighting spreads to Darfur as refugees cross into Chad</a></li>
<li><a href="/b">What is the Rapid Support Forces?</a></li></ul></aside>
<p>The army said in a statement that it reserved the right to respond to any violation, while the paramilitary group accused the army of moving troops towards the bridges over the Nile.</p>
</div>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
</article>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>This is the first good news from Khartoum in months, and I hope the mediators can build on it before the rains come.</p></div>
</section>
</main>
<aside class="sidebar"><h2>Most read</h2><ol><li><a href="/x">Markets fall as oil prices rise again on supply fears</a></li></ol></aside>
<footer class="site-footer"><p>&copy; 2023 The Daily Wire Test. All rights reserved.</p><p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></p></footer>
</body></html>)";

TEST(HtmlReaderTest, NewsPageBodyAndBoilerplate) {
  Article a;
  ASSERT_TRUE(ReadHtml(kNewsPage, HtmlReadOptions{}, &a).ok());
  ExpectSpansValid(a);
  EXPECT_EQ(a.format, ArticleFormat::kHtml);
  const std::vector<std::string> body = PartsOf(a, PartKind::kBody);
  ASSERT_EQ(body.size(), 4u) << a.raw;
  EXPECT_EQ(body[0].rfind("KHARTOUM, March 12 (Wire) - The Sudanese army", 0), 0u);
  EXPECT_EQ(body[1].rfind("Residents of the capital", 0), 0u);
  EXPECT_EQ(body[2].rfind("\"We welcome the step", 0), 0u);
  EXPECT_EQ(body[3].rfind("The army said", 0), 0u);
  // Nothing of the boilerplate is in the body.
  for (const std::string& p : body) {
    for (const char* junk : {"cookies", "Advertisement", "Darfur", "Share on", "first good news", "Markets fall",
                             "All rights reserved", "Home"}) {
      EXPECT_EQ(p.find(junk), std::string::npos) << junk << " in " << p;
    }
  }
  // The caption once, apart from the body; the standfirst as subtitle.
  EXPECT_EQ(PartsOf(a, PartKind::kCaption), std::vector<std::string>{"A checkpoint on the road to Omdurman."});
  EXPECT_EQ(a.subtitle, "Mediators in Jeddah say both sides have kept to the ceasefire lines around the capital.");
  // Why things were dropped.
  EXPECT_EQ(DroppedWhy(a, "Darfur"), "related links");
  EXPECT_EQ(DroppedWhy(a, "Share on Facebook"), "share bar");
  EXPECT_EQ(DroppedWhy(a, "first good news"), "comments");
  EXPECT_EQ(DroppedWhy(a, "We use cookies"), "cookie banner");
}

TEST(HtmlReaderTest, NewsPageMetadata) {
  Article a;
  ASSERT_TRUE(ReadHtml(kNewsPage, HtmlReadOptions{}, &a).ok());
  EXPECT_EQ(a.title, "Sudan truce holds for a second day");
  EXPECT_EQ(a.byline, "Amina Yusuf");
  EXPECT_EQ(a.date, "2023-03-12");
  EXPECT_FALSE(a.date_inferred);
  EXPECT_EQ(a.time, "09:45");
  EXPECT_EQ(a.date_time, "2023-03-12T09:45:00+00:00");
  EXPECT_EQ(a.site, "The Daily Wire Test");
  EXPECT_EQ(a.language, "en-GB");
  EXPECT_EQ(a.url, "https://news.example.org/world/2023/03/12/sudan-truce");
  EXPECT_EQ(a.dateline_place, "KHARTOUM");
  EXPECT_EQ(Slice(a, a.dateline_span), "KHARTOUM, March 12 (Wire) -");
}

TEST(HtmlReaderTest, JsonLdAndTitleWithoutMetaTags) {
  const std::string page = R"(<html><head><title>Kyiv says drones downed - Example News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Example News"},
 {"@type":"NewsArticle","headline":"Kyiv says 12 drones downed overnight",
  "datePublished":"2024-03-03T06:10:00+02:00",
  "author":[{"@type":"Person","name":"Olena Koval"},{"@type":"Person","name":"Marc Dubois"}],
  "publisher":{"@type":"Organization","name":"Example News"},"inLanguage":"en"}]}</script>
</head><body><div class="content">
<p>Ukraine's air force said on Sunday it had shot down 12 of 14 drones launched by Russia overnight, most of them over the southern regions.</p>
<p>Debris damaged a power line near Odesa, the regional governor said, leaving several villages without electricity for hours.</p>
</div></body></html>)";
  Article a;
  ASSERT_TRUE(ReadHtml(page, HtmlReadOptions{}, &a).ok());
  EXPECT_EQ(a.title, "Kyiv says 12 drones downed overnight");
  EXPECT_EQ(a.byline, "Olena Koval, Marc Dubois");
  EXPECT_EQ(a.date, "2024-03-03");
  EXPECT_EQ(a.time, "06:10");
  EXPECT_EQ(a.site, "Example News");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(PartsOf(a, PartKind::kBody).size(), 2u);
}

TEST(HtmlReaderTest, TitleFromDocumentTitleLosesTheSiteName) {
  const std::string page =
      "<html><head><title>Talks resume in Geneva | Example Times</title>"
      "<meta property=\"og:site_name\" content=\"Example Times\"></head><body><h1>Section front</h1>"
      "<p>Delegations from both governments returned to Geneva on Tuesday for a fourth round of talks on the "
      "prisoner exchange, officials said.</p></body></html>";
  Article a;
  ASSERT_TRUE(ReadHtml(page, HtmlReadOptions{}, &a).ok());
  EXPECT_EQ(a.title, "Talks resume in Geneva");
}

TEST(HtmlReaderTest, DateWithoutYearTakesTheKnownDateAndIsInferred) {
  const std::string page =
      "<html><body><article><h1>Libya: Russia wants meetings with factions</h1><div class=\"date\">04 August, "
      "11:01</div><p>MOSCOW - Russia would like to organize talks between Libyan factions in Moscow or in the "
      "Chechen capital Grozny, the head of the Russian contact group told newspaper Kommersant.</p>"
      "</article></body></html>";
  Article a;
  HtmlReadOptions opt;
  opt.known_date = "2017-08-05";
  ASSERT_TRUE(ReadHtml(page, opt, &a).ok());
  EXPECT_EQ(a.date, "2017-08-04");
  EXPECT_TRUE(a.date_inferred);
  EXPECT_EQ(a.time, "11:01");
  EXPECT_EQ(a.dateline_place, "MOSCOW");
  EXPECT_EQ(PartsOf(a, PartKind::kDateLine), std::vector<std::string>{"04 August, 11:01"});
}

TEST(HtmlReaderTest, NoDateAtAllFallsBackToTheKnownDate) {
  const std::string page =
      "<p>The council met on Tuesday and agreed to extend the mission for another six months, diplomats "
      "said after the vote.</p>";
  Article a;
  HtmlReadOptions opt;
  opt.known_date = "2020-01-15";
  ASSERT_TRUE(ReadHtml(page, opt, &a).ok());
  EXPECT_EQ(a.date, "2020-01-15");
  EXPECT_TRUE(a.date_inferred);
}

TEST(HtmlReaderTest, BreaksHiddenTextAndEntities) {
  const std::string page =
      "<html><body><div class=\"post-content\">First paragraph of the statement, which the ministry issued on "
      "Friday evening.<br><br>Second paragraph: the minister &amp; his deputy &quot;regret&quot; the "
      "decision.<br>It continues on a new line, as poems and addresses do.<span style=\"display: none\">SECRET "
      "TRACKING TEXT</span><div hidden>hidden block text</div><div aria-hidden=\"true\">aria hidden text</div>"
      "</div></body></html>";
  Article a;
  ASSERT_TRUE(ReadHtml(page, HtmlReadOptions{}, &a).ok());
  const std::vector<std::string> body = PartsOf(a, PartKind::kBody);
  ASSERT_EQ(body.size(), 2u) << a.raw;
  EXPECT_EQ(body[0], "First paragraph of the statement, which the ministry issued on Friday evening.");
  EXPECT_EQ(body[1],
            "Second paragraph: the minister & his deputy \"regret\" the decision.\nIt continues on a new line, as "
            "poems and addresses do.");
  EXPECT_EQ(a.raw.find("SECRET"), std::string::npos);
  EXPECT_EQ(a.raw.find("hidden block"), std::string::npos);
  EXPECT_EQ(a.raw.find("aria hidden"), std::string::npos);
}

TEST(HtmlReaderTest, CharsetsDeclaredAndSniffed) {
  const std::string body_1252 =
      "<p>Le pr\xE9sident fran\xE7" "ais a rencontr\xE9 son homologue \xE0 l'\xC9lys\xE9" "e mardi, a indiqu\xE9 la "
      "pr\xE9sidence dans un communiqu\xE9. Les deux chefs d'Etat ont \xE9voqu\xE9 la situation au Sahel et les "
      "relations avec les pays de la r\xE9gion, mais aucun accord n'a \xE9t\xE9 sign\xE9 pour le moment.</p>";
  // Declared in a <meta>.
  {
    Article a;
    ASSERT_TRUE(ReadHtml("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                         "</head><body>" + body_1252 + "</body></html>",
                         HtmlReadOptions{}, &a)
                    .ok());
    EXPECT_NE(a.raw.find("Le pr\xC3\xA9sident fran\xC3\xA7" "ais"), std::string::npos) << a.raw;
    EXPECT_EQ(a.language, "fr");  // guessed from the text
  }
  // Declared by the HTTP header only.
  {
    Article a;
    HtmlReadOptions opt;
    opt.content_type = "text/html; charset=windows-1252";
    ASSERT_TRUE(ReadHtml("<html><body>" + body_1252 + "</body></html>", opt, &a).ok());
    EXPECT_NE(a.raw.find("\xC3\x89lys\xC3\xA9" "e"), std::string::npos);
  }
  // Not declared, not UTF-8: sniffed as windows-1252.
  {
    Article a;
    ASSERT_TRUE(ReadHtml("<html><body>" + body_1252 + "</body></html>", HtmlReadOptions{}, &a).ok());
    EXPECT_NE(a.raw.find("communiqu\xC3\xA9"), std::string::npos);
  }
  // A legacy multi-byte charset through ICU.
  {
    Article a;
    // "Москва" in KOI8-R.
    ASSERT_TRUE(ReadHtml("<html><head><meta charset=\"koi8-r\"></head><body><p>\xED\xCF\xD3\xCB\xD7\xC1 "
                         "\xED\xCF\xD3\xCB\xD7\xC1 \xED\xCF\xD3\xCB\xD7\xC1 \xED\xCF\xD3\xCB\xD7\xC1 "
                         "\xED\xCF\xD3\xCB\xD7\xC1.</p></body></html>",
                         HtmlReadOptions{}, &a)
                    .ok());
    EXPECT_NE(a.raw.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), std::string::npos) << a.raw;
  }
}

TEST(HtmlReaderTest, BadPagesAreRefusedWithAReason) {
  Article a;
  Status empty = ReadHtml("   \n  ", HtmlReadOptions{}, &a);
  EXPECT_FALSE(empty.ok());
  EXPECT_NE(empty.message().find("empty"), std::string::npos);
  Status binary = ReadHtml(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), HtmlReadOptions{}, &a);
  EXPECT_FALSE(binary.ok());
  EXPECT_NE(binary.message().find("binary"), std::string::npos);
  HtmlReadOptions small;
  small.max_bytes = 100;
  Status big = ReadHtml(std::string(200, 'x'), small, &a);
  EXPECT_FALSE(big.ok());
  EXPECT_NE(big.message().find("over the limit"), std::string::npos);
  Status no_text = ReadHtml("<html><head><script>var x = 1;</script></head><body><img src=a.png></body></html>",
                            HtmlReadOptions{}, &a);
  EXPECT_FALSE(no_text.ok());
}

TEST(HtmlReaderTest, PathologicalNestingIsFoldedNotRecursed) {
  // 200,000 nested elements: folded below max_depth; the text inside is still read.
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div><span>";
  page += "Deeply nested text that still reads as a sentence of the article, with enough words to count.";
  Article a;
  ASSERT_TRUE(ReadHtml(page, HtmlReadOptions{}, &a).ok());
  EXPECT_NE(a.raw.find("Deeply nested text"), std::string::npos);
}

TEST(HtmlReaderTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF  <!-- comment --> <html lang=en>"));
  EXPECT_TRUE(LooksLikeHtml("<HEAD><TITLE>x</TITLE>"));
  EXPECT_FALSE(LooksLikeHtml("MOSCOW - Russia said <b>nothing</b>."));
  EXPECT_FALSE(LooksLikeHtml("{\"id\": 1}"));
}

}  // namespace
}  // namespace dragoman
