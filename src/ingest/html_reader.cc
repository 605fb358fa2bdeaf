// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The HTML reader (see html_reader.h for the method). Layout of this file:
//   tags ............ the element names the reader cares about, and what each is (block, skipped)
//   hints ........... what an element's class, id, role and itemprop say it is
//   PageBuilder ..... libxml2 SAX events → compact element tree + text blocks + metadata
//   metadata ........ JSON-LD and <meta> → title, byline, date, site, language, URL
//   extraction ...... element scores, the main-content element, each block's fate
//   assembly ........ Article::raw and its parts

#include "ingest/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/charset.h"
#include "ingest/date_resolver.h"
#include "ingest/language_guess.h"
#include "ingest/markup_text.h"

namespace dragoman {
namespace {

// ---------------------------------------------------------------------------------------------
// tags

enum class Tag : uint8_t {
  kOther, kHtml, kHead, kBody, kTitle, kMeta, kLink, kScript, kStyle, kNoscript, kTemplate, kSvg, kMath,
  kIframe, kObject, kEmbed, kCanvas, kVideo, kAudio, kSelect, kOption, kButton, kInput, kTextarea, kForm,
  kNav, kHeader, kFooter, kAside, kMain, kArticle, kSection, kDiv, kP, kH1, kH2, kH3, kH4, kH5, kH6,
  kUl, kOl, kLi, kDl, kDt, kDd, kBlockquote, kPre, kTable, kTr, kTd, kTh, kCaption, kFigure, kFigcaption,
  kImg, kBr, kHr, kA, kTime, kAddress, kDialog, kMenu, kDetails, kSummary, kCenter, kFieldset, kLegend,
  kLabel, kTbody, kThead, kTfoot, kHgroup, kPicture, kSource,
};

struct TagInfo {
  Tag tag = Tag::kOther;
  bool block = false;  // ends the current text block where it starts and ends
  bool skip = false;   // its content is never text of the article
};

const std::unordered_map<std::string_view, TagInfo>& TagTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, TagInfo>();
    auto add = [&](std::string_view name, Tag tag, bool block, bool skip = false) { (*t)[name] = {tag, block, skip}; };
    add("html", Tag::kHtml, true);
    add("head", Tag::kHead, true);
    add("body", Tag::kBody, true);
    add("title", Tag::kTitle, true);
    add("meta", Tag::kMeta, false);
    add("link", Tag::kLink, false);
    add("script", Tag::kScript, true, true);
    add("style", Tag::kStyle, true, true);
    add("noscript", Tag::kNoscript, true, true);
    add("template", Tag::kTemplate, true, true);
    add("svg", Tag::kSvg, true, true);
    add("math", Tag::kMath, true, true);
    add("iframe", Tag::kIframe, true, true);
    add("object", Tag::kObject, true, true);
    add("embed", Tag::kEmbed, true, true);
    add("canvas", Tag::kCanvas, true, true);
    add("video", Tag::kVideo, true, true);
    add("audio", Tag::kAudio, true, true);
    add("select", Tag::kSelect, true, true);
    add("option", Tag::kOption, true, true);
    add("button", Tag::kButton, true, true);
    add("input", Tag::kInput, false, true);
    add("textarea", Tag::kTextarea, true, true);
    add("form", Tag::kForm, true);
    add("nav", Tag::kNav, true);
    add("header", Tag::kHeader, true);
    add("footer", Tag::kFooter, true);
    add("aside", Tag::kAside, true);
    add("main", Tag::kMain, true);
    add("article", Tag::kArticle, true);
    add("section", Tag::kSection, true);
    add("div", Tag::kDiv, true);
    add("p", Tag::kP, true);
    add("h1", Tag::kH1, true);
    add("h2", Tag::kH2, true);
    add("h3", Tag::kH3, true);
    add("h4", Tag::kH4, true);
    add("h5", Tag::kH5, true);
    add("h6", Tag::kH6, true);
    add("ul", Tag::kUl, true);
    add("ol", Tag::kOl, true);
    add("li", Tag::kLi, true);
    add("dl", Tag::kDl, true);
    add("dt", Tag::kDt, true);
    add("dd", Tag::kDd, true);
    add("blockquote", Tag::kBlockquote, true);
    add("pre", Tag::kPre, true);
    add("table", Tag::kTable, true);
    add("tbody", Tag::kTbody, true);
    add("thead", Tag::kThead, true);
    add("tfoot", Tag::kTfoot, true);
    add("tr", Tag::kTr, true);
    add("td", Tag::kTd, true);
    add("th", Tag::kTh, true);
    add("caption", Tag::kCaption, true);
    add("figure", Tag::kFigure, true);
    add("figcaption", Tag::kFigcaption, true);
    add("img", Tag::kImg, false);
    add("picture", Tag::kPicture, false);
    add("source", Tag::kSource, false);
    add("br", Tag::kBr, false);
    add("hr", Tag::kHr, true);
    add("a", Tag::kA, false);
    add("time", Tag::kTime, false);
    add("address", Tag::kAddress, true);
    add("dialog", Tag::kDialog, true);
    add("menu", Tag::kMenu, true);
    add("details", Tag::kDetails, true);
    add("summary", Tag::kSummary, true);
    add("center", Tag::kCenter, true);
    add("fieldset", Tag::kFieldset, true);
    add("legend", Tag::kLegend, true);
    add("label", Tag::kLabel, false);
    add("hgroup", Tag::kHgroup, true);
    return t;
  }();
  return *table;
}

TagInfo LookupTag(const char* name) {
  const auto& table = TagTable();
  auto it = table.find(std::string_view(name));
  if (it != table.end()) return it->second;
  // Custom elements ("my-widget") and unknown tags: containers, as browsers lay most of them out.
  return TagInfo{Tag::kOther, std::strchr(name, '-') != nullptr, false};
}

int HeadingLevel(Tag t) {
  switch (t) {
    case Tag::kH1: return 1;
    case Tag::kH2: return 2;
    case Tag::kH3: return 3;
    case Tag::kH4: return 4;
    case Tag::kH5: return 5;
    case Tag::kH6: return 6;
    default: return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// hints

// What an element's tag, class, id, role or itemprop says about it.
enum Hint : uint32_t {
  kHintNav = 1u << 0,
  kHintFooter = 1u << 1,
  kHintAside = 1u << 2,
  kHintRelated = 1u << 3,
  kHintShare = 1u << 4,
  kHintComments = 1u << 5,
  kHintAd = 1u << 6,
  kHintCookie = 1u << 7,
  kHintNewsletter = 1u << 8,
  kHintModal = 1u << 9,
  kHintMeta = 1u << 10,    // tags, topics, print tools, pagination
  kHintHeader = 1u << 11,  // the page or article header
  kHintByline = 1u << 12,
  kHintCaption = 1u << 13,
  kHintSubtitle = 1u << 14,
  kHintDate = 1u << 15,
  kHintPositive = 1u << 16,  // article, content, story, post, body, main, entry, text
  kHintStrong = 1u << 17,    // itemprop=articleBody, "article-body", "story-body", "entry-content"...
  kHintHidden = 1u << 18,
  kHintHeadline = 1u << 19,  // "headline", itemprop=headline
  kHintEmbed = 1u << 20,     // an embedded post from a social network (a tweet, an Instagram post)
};
constexpr uint32_t kStrongNegative =
    kHintRelated | kHintShare | kHintComments | kHintAd | kHintCookie | kHintNewsletter | kHintModal | kHintEmbed;
constexpr uint32_t kWeakNegative = kHintNav | kHintFooter | kHintAside | kHintMeta;
constexpr uint32_t kNegative = kStrongNegative | kWeakNegative;

const char* NegativeName(uint32_t h) {
  if (h & kHintComments) return "comments";
  if (h & kHintEmbed) return "embedded post";
  if (h & kHintShare) return "share bar";
  if (h & kHintRelated) return "related links";
  if (h & kHintCookie) return "cookie banner";
  if (h & kHintNewsletter) return "newsletter or subscription";
  if (h & kHintModal) return "pop-up";
  if (h & kHintAd) return "advertisement";
  if (h & kHintNav) return "navigation";
  if (h & kHintFooter) return "footer";
  if (h & kHintAside) return "sidebar";
  if (h & kHintMeta) return "tags and tools";
  return "boilerplate";
}

const std::unordered_map<std::string_view, uint32_t>& HintWords() {
  static const auto* words = [] {
    auto* w = new std::unordered_map<std::string_view, uint32_t>();
    auto add = [&](uint32_t hint, std::initializer_list<std::string_view> list) {
      for (std::string_view s : list) (*w)[s] |= hint;
    };
    add(kHintNav, {"nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "masthead", "topbar",
                   "skiplink", "skiplinks", "megamenu", "hamburger", "drawer"});
    add(kHintFooter, {"footer", "colophon", "copyright"});
    add(kHintAside, {"sidebar", "aside", "rail", "widget", "widgets", "sidebox", "sidecar"});
    add(kHintRelated, {"related", "recommended", "recommendation", "recommendations", "recirc", "recirculation",
                       "popular", "trending", "outbrain", "taboola", "mostread", "readmore", "readnext", "upnext",
                       "morestories", "promo", "promos", "promoted", "cta", "upsell", "relatedarticles",
                       "mostpopular", "youmaylike", "morefrom", "moreon", "pulse"});
    add(kHintShare, {"share", "shares", "sharing", "sharebar", "social", "socials", "addthis", "sharethis",
                     "sharetools", "socialshare", "follow"});
    add(kHintEmbed, {"tweet", "twitter", "instagram", "tiktok", "facebook", "embed", "embedded", "oembed"});
    add(kHintComments, {"comment", "comments", "commenting", "disqus", "replies", "respond", "discussion",
                        "commentlist", "comentarios"});
    add(kHintAd, {"ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "adwrap",
                  "adcontainer", "dfp", "gpt", "sponsor", "sponsored", "sponsors", "banner", "commercial",
                  "brandedcontent", "outstream", "adhesion", "billboard", "leaderboard", "mpu", "skyscraper",
                  "taboola", "googleads", "adsense", "dianomi"});
    add(kHintCookie, {"cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "cookiebanner"});
    add(kHintNewsletter, {"newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup",
                          "registration", "login", "membership", "donate", "donation",
                          "donations", "optin"});
    add(kHintModal, {"modal", "popup", "popover", "overlay", "lightbox", "toast", "interstitial"});
    add(kHintMeta, {"tags", "tag", "taglist", "keywords", "topics", "pagination", "pager", "print", "toolbar",
                    "tools", "bookmark", "bio", "authorbio", "disclaimer", "correction", "corrections"});
    add(kHintByline, {"byline", "bylines", "author", "authors", "writer", "contributor", "contributors",
                      "authorname", "byl"});
    add(kHintCaption, {"caption", "captions", "figcaption", "credit", "credits", "imagecredit", "photocredit"});
    add(kHintSubtitle, {"standfirst", "dek", "subtitle", "subheadline", "subhead", "strapline", "summary",
                        "excerpt", "deck", "sapo", "chapo", "description"});
    add(kHintDate, {"date", "time", "timestamp", "published", "pubdate", "dateline", "datetime", "posted",
                    "updated", "publishdate"});
    add(kHintPositive, {"article", "content", "entry", "main", "post", "story", "text", "prose", "body",
                        "blog", "column", "richtext"});
    add(kHintStrong, {"articlebody", "storybody", "postbody", "entrycontent", "postcontent", "articlecontent",
                      "storycontent", "bodytext", "articletext", "storytext", "maincontent", "contentbody",
                      "articlecontainer"});
    add(kHintHeadline, {"headline", "headlines", "heading", "hed"});
    return w;
  }();
  return *words;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Hints of one class token or id: split at -, _, :, and lower→upper case changes; each part and the
// whole token without separators are looked up. A token led by a modifier ("has-sidebar",
// "no-comments", "with-ads") says nothing about the element itself.
uint32_t HintsOfToken(std::string_view token) {
  if (token.empty() || token.size() > 80) return 0;
  const auto& words = HintWords();
  uint32_t hints = 0;
  std::string part, joined;
  std::vector<std::string> parts;
  auto end_part = [&] {
    if (!part.empty()) parts.push_back(part);
    part.clear();
  };
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (!IsAsciiAlnum(c)) {
      end_part();
      continue;
    }
    if (c >= 'A' && c <= 'Z' && i > 0 && token[i - 1] >= 'a' && token[i - 1] <= 'z') end_part();
    if (c >= '0' && c <= '9') {
      end_part();
      continue;
    }
    part.push_back(LowerAscii(c));
    joined.push_back(LowerAscii(c));
  }
  end_part();
  if (parts.empty()) return 0;
  static const std::unordered_set<std::string_view> kModifiers = {"has", "hasnt", "no", "not", "isnt", "with",
                                                                    "without", "is", "show",
                                                                    "enable", "disable", "allow", "hide", "js",
                                                                    "template", "page", "single", "can"};
  if (parts.size() > 1 && kModifiers.count(parts[0])) return 0;
  for (const std::string& p : parts) {
    auto it = words.find(p);
    if (it != words.end()) hints |= it->second;
  }
  if (parts.size() > 1) {
    auto it = words.find(joined);
    if (it != words.end()) hints |= it->second;
  }
  // "ad" as a part is an ad slot only when the token is short or the part leads ("ad-slot", "ad_300");
  // "header-ad-free" and "load-ads-later" are rare enough to accept.
  return hints;
}

bool IsHiddenClass(std::string_view token) {
  static const std::unordered_set<std::string_view> kHidden = {
      "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
      "offscreen", "d-none", "is-hidden", "u-hidden", "u-visually-hidden", "a11y-hidden", "sr-text", "vh",
      "element-invisible", "invisible", "hidden-visually", "show-for-sr", "screenreader-only", "is-visually-hidden"};
  std::string lower(token);
  for (char& c : lower) c = LowerAscii(c);
  return kHidden.count(lower) > 0;
}

// Hints from the class attribute: the union over its tokens, then positive words cancel weak
// negative ones ("main-content has a sidebar-left class" stays a candidate) but not strong ones.
uint32_t HintsOfClass(std::string_view cls, bool* hidden) {
  uint32_t all = 0;
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && (cls[i] == ' ' || cls[i] == '\t' || cls[i] == '\n' || cls[i] == '\r')) ++i;
    size_t b = i;
    while (i < cls.size() && !(cls[i] == ' ' || cls[i] == '\t' || cls[i] == '\n' || cls[i] == '\r')) ++i;
    if (i > b) {
      std::string_view token = cls.substr(b, i - b);
      if (IsHiddenClass(token)) *hidden = true;
      all |= HintsOfToken(token);
    }
  }
  return all;
}

bool ContainsCaseless(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && LowerAscii(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

bool EqualsCaseless(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// PageBuilder

struct Node {
  int32_t parent = -1;
  Tag tag = Tag::kOther;
  uint32_t hints = 0;            // from its own tag and attributes
  uint32_t text_begin = 0;       // its text in the arena: [text_begin, text_end)
  uint32_t text_end = 0;
  uint32_t block_begin = 0;      // its blocks: [block_begin, block_end)
  uint32_t block_end = 0;
  uint32_t node_end = 0;         // one past its last descendant
  uint16_t depth = 0;
};

struct Block {
  uint32_t begin = 0, end = 0;  // in the arena
  int32_t node = -1;            // the innermost block-level element holding the text
  uint32_t chars = 0;           // code points
  uint32_t link_chars = 0;      // code points inside <a>
  uint8_t heading = 0;          // 1..6 when the holder is (inside) a heading
  bool in_list = false;         // inside <li>
  bool in_figure = false;       // inside <figure> or <figcaption>
  bool in_table = false;
};

struct MetaTag {
  std::string key;  // lower-cased property, name, itemprop or http-equiv
  std::string content;
};

struct TimeElement {
  std::string datetime;
  int32_t node = -1;     // the element, if it got one
  uint32_t block = 0;    // blocks before it
  bool published = false;  // pubdate attribute, or itemprop=datePublished
  bool modified = false;   // itemprop=dateModified
};

struct StackEntry {
  int32_t node;       // this element's node, or its ancestor's if it was folded
  int32_t owner;      // the innermost block-level node at or above it
  TagInfo info;
  bool real;          // has its own node
};

class PageBuilder {
 public:
  PageBuilder(const HtmlReadOptions& options) : options_(options) {}

  void Parse(const std::string& html);

  // Results.
  std::vector<Node> nodes;
  std::vector<Block> blocks;
  std::string arena;  // block texts, each followed by '\n'
  std::vector<MetaTag> metas;
  std::vector<std::string> jsonld;
  std::vector<TimeElement> times;
  std::vector<int32_t> author_nodes;   // rel=author, itemprop=author elements
  std::vector<int32_t> byline_nodes;   // elements whose class or id says byline or author
  std::string title;                   // <title>
  std::string lang;                    // <html lang>
  std::string canonical;               // <link rel=canonical>
  std::vector<std::pair<std::string, std::string>> itemprops;  // itemprop=... content=... on non-meta elements
  std::vector<std::string> labels;     // per node, "tag#id.class" (only when tracing)

  static void OnStart(void* ctx, const xmlChar* name, const xmlChar** attrs) {
    static_cast<PageBuilder*>(ctx)->Start(reinterpret_cast<const char*>(name), reinterpret_cast<const char**>(attrs));
  }
  static void OnEnd(void* ctx, const xmlChar* name) { static_cast<PageBuilder*>(ctx)->End(); }
  static void OnText(void* ctx, const xmlChar* ch, int len) {
    static_cast<PageBuilder*>(ctx)->Text(reinterpret_cast<const char*>(ch), static_cast<size_t>(len));
  }

 private:
  void Start(const char* name, const char** attrs);
  void End();
  void Text(const char* s, size_t len);
  void Flush();
  void LineBreak();

  const HtmlReadOptions& options_;
  std::vector<StackEntry> stack_;
  size_t skip_level_ = 0;   // stack size at which skipping began (0: not skipping)
  int link_depth_ = 0;
  int heading_depth_ = 0;
  int list_depth_ = 0;
  int figure_depth_ = 0;
  int table_depth_ = 0;
  bool in_title_ = false;
  bool in_jsonld_ = false;
  bool seen_body_text_ = false;
  // The block being built.
  uint32_t cur_begin_ = 0;
  uint32_t cur_chars_ = 0;
  uint32_t cur_link_chars_ = 0;
  bool pending_space_ = false;
  bool last_was_break_ = false;
};

void PageBuilder::Parse(const std::string& html) {
  nodes.reserve(html.size() / 64 + 16);
  arena.reserve(html.size() / 4 + 64);
  nodes.push_back(Node{});  // node 0: the document
  nodes[0].depth = 0;
  stack_.push_back(StackEntry{0, 0, TagInfo{Tag::kOther, true, false}, true});

  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = &PageBuilder::OnStart;
  sax.endElement = &PageBuilder::OnEnd;
  sax.characters = &PageBuilder::OnText;
  sax.cdataBlock = &PageBuilder::OnText;
  sax.ignorableWhitespace = &PageBuilder::OnText;
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(html.size()));
  if (ctxt == nullptr) return;
  std::memcpy(ctxt->sax, &sax, sizeof sax);
  ctxt->userData = this;
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                               HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(ctxt);
  htmlFreeParserCtxt(ctxt);
  while (stack_.size() > 1) End();
  Flush();
  nodes[0].block_end = static_cast<uint32_t>(blocks.size());
  nodes[0].node_end = static_cast<uint32_t>(nodes.size());
  nodes[0].text_end = static_cast<uint32_t>(arena.size());
}

const char* Attr(const char** attrs, const char* name) {
  if (attrs == nullptr) return nullptr;
  for (size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (std::strcmp(attrs[i], name) == 0) return attrs[i + 1] != nullptr ? attrs[i + 1] : "";
  }
  return nullptr;
}

void PageBuilder::Start(const char* name, const char** attrs) {
  const TagInfo info = LookupTag(name);
  StackEntry& top = stack_.back();
  if (info.block) Flush();
  if (info.tag == Tag::kBr) LineBreak();

  // Attributes that matter.
  const char* cls = Attr(attrs, "class");
  const char* id = Attr(attrs, "id");
  const char* role = Attr(attrs, "role");
  const char* itemprop = Attr(attrs, "itemprop");
  uint32_t hints = 0;
  bool hidden = false;
  if (cls != nullptr) hints |= HintsOfClass(cls, &hidden);
  if (id != nullptr) {
    bool unused = false;
    hints |= HintsOfClass(id, &unused);
  }
  if (Attr(attrs, "hidden") != nullptr) hidden = true;
  if (const char* aria = Attr(attrs, "aria-hidden"); aria != nullptr && std::strcmp(aria, "true") == 0) hidden = true;
  if (const char* style = Attr(attrs, "style"); style != nullptr) {
    std::string s;
    for (const char* p = style; *p != '\0' && s.size() < 512; ++p) {
      if (*p != ' ') s.push_back(LowerAscii(*p));
    }
    if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos) hidden = true;
  }
  if (role != nullptr) {
    std::string_view r = role;
    if (r == "navigation" || r == "menu" || r == "menubar") hints |= kHintNav;
    if (r == "banner") hints |= kHintHeader;
    if (r == "contentinfo") hints |= kHintFooter;
    if (r == "complementary") hints |= kHintAside;
    if (r == "dialog" || r == "alertdialog") hints |= kHintModal;
    if (r == "main" || r == "article") hints |= kHintPositive;
  }
  switch (info.tag) {
    case Tag::kNav: hints |= kHintNav; break;
    case Tag::kFooter: hints |= kHintFooter; break;
    case Tag::kAside: hints |= kHintAside; break;
    case Tag::kHeader: hints |= kHintHeader; break;
    case Tag::kMenu: hints |= kHintNav; break;
    case Tag::kDialog: hints |= kHintModal; break;
    case Tag::kFigcaption: hints |= kHintCaption; break;
    case Tag::kAddress: hints |= kHintByline; break;
    case Tag::kMain: hints |= kHintPositive; break;
    case Tag::kArticle: hints |= kHintPositive; break;
    default: break;
  }
  if (itemprop != nullptr) {
    std::string_view ip = itemprop;
    if (ContainsCaseless(ip, "articlebody")) hints |= kHintStrong;
    if (ContainsCaseless(ip, "author") || ContainsCaseless(ip, "creator")) hints |= kHintByline;
    if (ContainsCaseless(ip, "headline")) hints |= kHintHeadline;
    if (ContainsCaseless(ip, "description")) hints |= kHintSubtitle;
    if (ContainsCaseless(ip, "date")) hints |= kHintDate;
    const char* content = Attr(attrs, "content");
    if (content == nullptr) content = Attr(attrs, "datetime");
    if (content != nullptr && info.tag != Tag::kMeta && itemprops.size() < 200) {
      itemprops.emplace_back(std::string(ip), std::string(content).substr(0, 2048));
    }
  }
  // A hint that is both positive and weakly negative is positive ("main-content sidebar-left").
  if ((hints & (kHintPositive | kHintStrong)) && !(hints & kStrongNegative)) hints &= ~kWeakNegative;
  if (hidden) hints |= kHintHidden;

  // Head elements.
  if (info.tag == Tag::kMeta && metas.size() < 1000) {
    const char* content = Attr(attrs, "content");
    if (content != nullptr) {
      for (const char* key_attr : {"property", "name", "itemprop", "http-equiv"}) {
        const char* key = Attr(attrs, key_attr);
        if (key == nullptr) continue;
        MetaTag m;
        for (const char* p = key; *p != '\0' && m.key.size() < 100; ++p) m.key.push_back(LowerAscii(*p));
        m.content = std::string(content).substr(0, 4096);
        metas.push_back(std::move(m));
      }
    }
    if (const char* charset = Attr(attrs, "charset"); charset != nullptr) {
      metas.push_back(MetaTag{"charset", charset});
    }
  } else if (info.tag == Tag::kLink) {
    const char* rel = Attr(attrs, "rel");
    const char* href = Attr(attrs, "href");
    if (rel != nullptr && href != nullptr && EqualsCaseless(rel, "canonical") && canonical.empty()) {
      canonical = std::string(href).substr(0, 2048);
    }
  } else if (info.tag == Tag::kHtml) {
    const char* l = Attr(attrs, "lang");
    if (l == nullptr) l = Attr(attrs, "xml:lang");
    if (l != nullptr && lang.empty()) lang = std::string(l).substr(0, 40);
  }

  // The stack entry and, unless folded, a node.
  StackEntry entry;
  entry.info = info;
  const bool fold = stack_.size() >= static_cast<size_t>(options_.max_depth) || nodes.size() >= options_.max_elements ||
                    skip_level_ != 0 || info.tag == Tag::kBr;
  if (fold) {
    entry.node = top.node;
    entry.owner = top.owner;
    entry.real = false;
    // A folded element still hides its content when it says so.
    if (skip_level_ == 0 && (info.skip || hidden)) skip_level_ = stack_.size() + 1;
  } else {
    Node n;
    n.parent = top.node;
    n.tag = info.tag;
    n.hints = hints;
    n.depth = static_cast<uint16_t>(std::min<size_t>(stack_.size(), 65535));
    n.text_begin = static_cast<uint32_t>(arena.size());
    n.block_begin = static_cast<uint32_t>(blocks.size());
    entry.node = static_cast<int32_t>(nodes.size());
    entry.owner = info.block ? entry.node : top.owner;
    entry.real = true;
    nodes.push_back(n);
    if (options_.trace != nullptr) {
      std::string label = name;
      if (id != nullptr) label += std::string("#") + id;
      if (cls != nullptr) label += std::string(".") + cls;
      labels.resize(nodes.size());
      labels.back() = label.substr(0, 80);
    }
    if (info.skip || hidden) skip_level_ = stack_.size() + 1;
  }
  // Text-level state.
  if (info.tag == Tag::kA) ++link_depth_;
  if (HeadingLevel(info.tag) > 0) ++heading_depth_;
  if (info.tag == Tag::kLi || info.tag == Tag::kDd || info.tag == Tag::kDt) ++list_depth_;
  if (info.tag == Tag::kFigure || info.tag == Tag::kFigcaption) ++figure_depth_;
  if (info.tag == Tag::kTable) ++table_depth_;
  if (info.tag == Tag::kTitle && title.empty() && skip_level_ == 0) in_title_ = true;
  if (info.tag == Tag::kScript) {
    const char* type = Attr(attrs, "type");
    if (type != nullptr && ContainsCaseless(type, "ld+json") && jsonld.size() < 16) {
      in_jsonld_ = true;
      jsonld.emplace_back();
    }
  }
  if (info.tag == Tag::kTime || (itemprop != nullptr && ContainsCaseless(itemprop, "date"))) {
    const char* dt = Attr(attrs, "datetime");
    if (dt == nullptr && info.tag != Tag::kTime) dt = Attr(attrs, "content");
    if (times.size() < 200) {
      TimeElement t;
      if (dt != nullptr) t.datetime = std::string(dt).substr(0, 100);
      t.node = entry.real ? entry.node : -1;
      t.block = static_cast<uint32_t>(blocks.size());
      t.published = Attr(attrs, "pubdate") != nullptr ||
                    (itemprop != nullptr && (ContainsCaseless(itemprop, "datepublished") ||
                                             ContainsCaseless(itemprop, "datecreated")));
      t.modified = itemprop != nullptr && ContainsCaseless(itemprop, "datemodified");
      times.push_back(std::move(t));
    }
  }
  if (entry.real && (hints & kHintByline) && !(hints & kNegative) && byline_nodes.size() < 100) {
    byline_nodes.push_back(entry.node);
  }
  if (entry.real && author_nodes.size() < 100) {
    const char* rel = Attr(attrs, "rel");
    if ((rel != nullptr && ContainsCaseless(rel, "author")) ||
        (itemprop != nullptr && (ContainsCaseless(itemprop, "author") || ContainsCaseless(itemprop, "creator")))) {
      author_nodes.push_back(entry.node);
    }
  }
  stack_.push_back(entry);  // libxml2 sends the end event of void elements (<br>, <img>) at once
}

void PageBuilder::End() {
  if (stack_.size() <= 1) return;  // unbalanced end (a stray </br>): nothing open to close
  StackEntry e = stack_.back();
  if (e.info.block) Flush();
  if (e.info.tag == Tag::kA) link_depth_ = std::max(0, link_depth_ - 1);
  if (HeadingLevel(e.info.tag) > 0) heading_depth_ = std::max(0, heading_depth_ - 1);
  if (e.info.tag == Tag::kLi || e.info.tag == Tag::kDd || e.info.tag == Tag::kDt) list_depth_ = std::max(0, list_depth_ - 1);
  if (e.info.tag == Tag::kFigure || e.info.tag == Tag::kFigcaption) figure_depth_ = std::max(0, figure_depth_ - 1);
  if (e.info.tag == Tag::kTable) table_depth_ = std::max(0, table_depth_ - 1);
  if (e.info.tag == Tag::kTitle) in_title_ = false;
  if (e.info.tag == Tag::kScript) in_jsonld_ = false;
  if (skip_level_ == stack_.size()) skip_level_ = 0;
  if (e.real) {
    Node& n = nodes[static_cast<size_t>(e.node)];
    n.text_end = static_cast<uint32_t>(arena.size());
    n.block_end = static_cast<uint32_t>(blocks.size());
    n.node_end = static_cast<uint32_t>(nodes.size());
  }
  stack_.pop_back();
}

void PageBuilder::LineBreak() {
  if (skip_level_ != 0) return;
  if (cur_chars_ == 0) return;
  if (last_was_break_) {
    Flush();  // <br><br>: a paragraph break
    return;
  }
  arena.push_back('\n');
  pending_space_ = false;
  last_was_break_ = true;
}

void PageBuilder::Text(const char* s, size_t len) {
  if (in_jsonld_) {
    if (jsonld.back().size() + len <= (512u << 10)) jsonld.back().append(s, len);
    return;
  }
  if (in_title_) {
    if (title.size() + len <= 4096) title.append(s, len);
    return;
  }
  if (skip_level_ != 0) return;
  const bool link = link_depth_ > 0;
  for (size_t i = 0; i < len; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      pending_space_ = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < len) {
      const unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0xA0) {  // no-break space
        pending_space_ = true;
        ++i;
        continue;
      }
      if (d == 0xAD) {  // soft hyphen
        ++i;
        continue;
      }
    }
    if (c == 0xE2 && i + 2 < len && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x8B || d == 0x8C || d == 0x8D) {  // zero-width space and joiners
        i += 2;
        continue;
      }
      if (d == 0xA8 || d == 0xA9 || (d >= 0x80 && d <= 0x8A) || d == 0xAF) {  // Unicode spaces
        pending_space_ = true;
        i += 2;
        continue;
      }
    }
    if (pending_space_ && cur_chars_ > 0 && !last_was_break_) arena.push_back(' ');
    pending_space_ = false;
    last_was_break_ = false;
    arena.push_back(static_cast<char>(c));
    if ((c & 0xC0) != 0x80) {
      ++cur_chars_;
      if (link) ++cur_link_chars_;
    }
  }
}

void PageBuilder::Flush() {
  if (cur_chars_ > 0) {
    uint32_t end = static_cast<uint32_t>(arena.size());
    while (end > cur_begin_ && (arena[end - 1] == '\n' || arena[end - 1] == ' ')) --end;
    Block b;
    b.begin = cur_begin_;
    b.end = end;
    b.node = stack_.back().owner;
    b.chars = cur_chars_;
    b.link_chars = cur_link_chars_;
    b.heading = 0;
    if (heading_depth_ > 0) {
      // The level of the innermost heading on the stack.
      for (size_t k = stack_.size(); k-- > 0;) {
        int level = HeadingLevel(stack_[k].info.tag);
        if (level > 0) {
          b.heading = static_cast<uint8_t>(level);
          break;
        }
        if (stack_.size() - k > 64) break;
      }
      if (b.heading == 0) b.heading = 2;
    }
    b.in_list = list_depth_ > 0;
    b.in_figure = figure_depth_ > 0;
    b.in_table = table_depth_ > 0;
    blocks.push_back(b);
    arena.push_back('\n');
  }
  cur_begin_ = static_cast<uint32_t>(arena.size());
  cur_chars_ = 0;
  cur_link_chars_ = 0;
  pending_space_ = false;
  last_was_break_ = false;
}

// ---------------------------------------------------------------------------------------------
// metadata

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string Clean(std::string_view s) { return CollapseSpaces(DecodeEntities(s)); }


struct LdArticle {
  int rank = 0;  // how article-like its @type is (higher is better)
  std::string headline, description, date_published, date_created, date_modified, publisher, language, url,
      article_body, section;
  std::vector<std::string> authors;      // people
  std::vector<std::string> org_authors;  // organisations named as authors
};

bool TypeIs(const nlohmann::json& type, int* rank) {
  auto rank_of = [](const std::string& t) {
    if (t == "NewsArticle" || t == "ReportageNewsArticle" || t == "AnalysisNewsArticle" ||
        t == "OpinionNewsArticle" || t == "BackgroundNewsArticle" || t == "LiveBlogPosting") {
      return 4;
    }
    if (t == "Article" || t == "BlogPosting" || t == "Report" || t == "ScholarlyArticle" || t == "TechArticle" ||
        t == "SocialMediaPosting" || t == "Review") {
      return 3;
    }
    if (t == "WebPage" || t == "ItemPage" || t == "AboutPage") return 1;
    return 0;
  };
  int best = 0;
  if (type.is_string()) best = rank_of(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string()) best = std::max(best, rank_of(t.get<std::string>()));
    }
  }
  *rank = best;
  return best > 0;
}

std::string JsonString(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  if (it->is_object()) {
    auto n = it->find("name");
    if (n != it->end() && n->is_string()) return n->get<std::string>();
    auto at = it->find("@id");
    if (at != it->end() && at->is_string()) return at->get<std::string>();
  }
  return "";
}

// Names of authors: strings, {"name": ...} objects, or arrays of either. Organisations ("@type":
// "Organization", a news agency as author) go to *orgs, people to *names.
void JsonNames(const nlohmann::json& v, std::vector<std::string>* names, std::vector<std::string>* orgs) {
  auto one = [&](const nlohmann::json& x) {
    if (x.is_string()) {
      names->push_back(x.get<std::string>());
      return;
    }
    if (!x.is_object()) return;
    auto n = x.find("name");
    if (n == x.end() || !n->is_string()) return;
    auto t = x.find("@type");
    const bool org = t != x.end() && t->is_string() &&
                     (t->get<std::string>() == "Organization" || t->get<std::string>() == "NewsMediaOrganization");
    (org ? orgs : names)->push_back(n->get<std::string>());
  };
  if (v.is_array()) {
    for (const auto& x : v) {
      if (names->size() + orgs->size() >= 12) break;
      one(x);
    }
  } else {
    one(v);
  }
}

// The most article-like object in the page's JSON-LD scripts (iterative walk, bounded).
LdArticle ReadJsonLd(const std::vector<std::string>& scripts) {
  LdArticle best;
  for (const std::string& raw_script : scripts) {
    if (raw_script.size() > (512u << 10) || JsonDepth(raw_script) > 48) continue;
    // Some pages wrap the JSON in <![CDATA[ ]]> or an HTML comment.
    std::string_view script = raw_script;
    auto trim = [&] {
      while (!script.empty() && (script.front() == ' ' || script.front() == '\n' || script.front() == '\r' || script.front() == '\t')) script.remove_prefix(1);
      while (!script.empty() && (script.back() == ' ' || script.back() == '\n' || script.back() == '\r' || script.back() == '\t' || script.back() == ';')) script.remove_suffix(1);
    };
    trim();
    for (std::string_view open : {"//<![CDATA[", "<![CDATA[", "<!--"}) {
      if (script.rfind(open, 0) == 0) {
        script.remove_prefix(open.size());
        trim();
      }
    }
    for (std::string_view close : {"//]]>", "]]>", "-->"}) {
      if (script.size() >= close.size() && script.substr(script.size() - close.size()) == close) {
        script.remove_suffix(close.size());
        trim();
      }
    }
    nlohmann::json doc = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) continue;
    std::vector<const nlohmann::json*> todo = {&doc};
    size_t visited = 0;
    while (!todo.empty() && visited < 2000) {
      const nlohmann::json* v = todo.back();
      todo.pop_back();
      ++visited;
      if (v->is_array()) {
        for (const auto& x : *v) {
          if (x.is_object() || x.is_array()) todo.push_back(&x);
        }
        continue;
      }
      if (!v->is_object()) continue;
      if (auto g = v->find("@graph"); g != v->end() && g->is_array()) todo.push_back(&*g);
      if (auto m = v->find("mainEntity"); m != v->end() && (m->is_object() || m->is_array())) todo.push_back(&*m);
      auto type = v->find("@type");
      int rank = 0;
      if (type == v->end() || !TypeIs(*type, &rank) || rank <= best.rank) continue;
      LdArticle a;
      a.rank = rank;
      a.headline = JsonString(*v, "headline");
      if (a.headline.empty() && rank >= 3) a.headline = JsonString(*v, "name");
      a.description = JsonString(*v, "description");
      a.date_published = JsonString(*v, "datePublished");
      a.date_created = JsonString(*v, "dateCreated");
      a.date_modified = JsonString(*v, "dateModified");
      a.language = JsonString(*v, "inLanguage");
      a.url = JsonString(*v, "url");
      a.article_body = JsonString(*v, "articleBody");
      a.section = JsonString(*v, "articleSection");
      if (auto p = v->find("publisher"); p != v->end()) {
        std::vector<std::string> names, orgs;
        JsonNames(*p, &names, &orgs);
        if (!orgs.empty()) a.publisher = orgs[0];
        if (!names.empty()) a.publisher = names[0];
      }
      for (const char* key : {"author", "creator"}) {
        if (auto au = v->find(key); au != v->end() && a.authors.empty() && a.org_authors.empty()) {
          JsonNames(*au, &a.authors, &a.org_authors);
        }
      }
      best = std::move(a);
    }
  }
  return best;
}

std::string MetaValue(const std::vector<MetaTag>& metas, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const MetaTag& m : metas) {
      if (m.key == key) {
        std::string v = Clean(m.content);
        if (!v.empty()) return v;
      }
    }
  }
  return "";
}

bool LooksLikeUrl(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0 || s.rfind("www.", 0) == 0;
}

std::string HostOf(std::string_view url) {
  size_t p = url.find("://");
  if (p == std::string_view::npos) {
    if (url.rfind("//", 0) != 0) return "";
    p = 0;
  }
  url.remove_prefix(p + (url[p] == ':' ? 3 : 2));
  size_t end = url.find_first_of("/?#:");
  std::string host(url.substr(0, end));
  for (char& c : host) c = LowerAscii(c);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

// "By Jane Doe and John Roe", "Jane Doe | Reuters", "by JANE DOE, Staff Writer" → a cleaned byline.
std::string CleanByline(std::string_view raw) {
  std::string s = CollapseSpaces(DecodeEntities(raw));
  // Drop a leading "By", "Written by", "Words by", "Author:" (and their French, Spanish, German,
  // Italian forms).
  for (std::string_view lead : {"written by ", "words by ", "reporting by ", "story by ", "text by ", "by ",
                                "author: ", "authors: ", "von ", "par ", "por ", "di ", "door "}) {
    if (s.size() > lead.size() && EqualsCaseless(std::string_view(s).substr(0, lead.size()), lead)) {
      s.erase(0, lead.size());
      break;
    }
  }
  if (s.size() > 2 && EqualsCaseless(std::string_view(s).substr(0, 3), "by:")) s.erase(0, 3);
  // Cut where the names end: at a date, a time, a Twitter handle, "Updated", "Published".
  {
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
      size_t b = i;
      while (i < s.size() && s[i] != ' ') ++i;
      std::string_view w = std::string_view(s).substr(b, i - b);
      while (i < s.size() && s[i] == ' ') ++i;
      std::string_view core = w;
      while (!core.empty() && (core.back() == ',' || core.back() == '.' || core.back() == ':')) core.remove_suffix(1);
      // "Nolan22": a name run into a date or a count; keep the name.
      if (size_t digit = w.find_first_of("0123456789"); digit != std::string_view::npos && digit > 1 &&
                                                         !out.empty() && IsAsciiAlnum(w[0])) {
        out.push_back(' ');
        out.append(w.substr(0, digit));
        break;
      }
      const bool date_next = i < s.size() && s[i] >= '0' && s[i] <= '9';
      const bool stop = (!w.empty() && w[0] == '@') || (MonthFromName(core) > 0 && date_next) ||
                        EqualsCaseless(core, "updated") || EqualsCaseless(core, "published") ||
                        EqualsCaseless(core, "posted") || EqualsCaseless(core, "on") ||
                        w.find_first_of("0123456789") != std::string_view::npos ||
                        w == "|" || w == "\xE2\x80\xA2" || w == "\xC2\xB7" || w == "\xE2\x80\x94" ||
                        w == "\xE2\x80\x93" || w == "-";
      if (stop && !out.empty()) break;
      if (stop) continue;
      if (!out.empty()) out.push_back(' ');
      out.append(w);
    }
    s = out;
  }
  while (!s.empty() && (s.front() == ' ' || s.front() == ':' || s.front() == '|')) s.erase(0, 1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '|' || s.back() == ',' || s.back() == '-')) s.pop_back();
  if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x94" || s.substr(s.size() - 3) == "\xE2\x80\x93")) {
    s.resize(s.size() - 3);
    while (!s.empty() && s.back() == ' ') s.pop_back();
  }
  return s;
}

// True if `s` reads as names (a byline), not a sentence or a date: short, few lower-case words.
bool PlausibleByline(std::string_view s) {
  if (s.size() < 3 || s.size() > 120) return false;
  if (LooksLikeUrl(s)) return false;
  int words = 0, lower_words = 0;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i == b) break;
    std::string_view w = s.substr(b, i - b);
    ++words;
    if (w[0] >= 'a' && w[0] <= 'z' && w != "and" && w != "de" && w != "van" && w != "von" && w != "da" &&
        w != "der" && w != "in" && w != "la" && w != "le" && w != "del" && w != "bin" && w != "al" && w != "el") {
      ++lower_words;
    }
  }
  if (words == 0 || words > 14 || lower_words * 3 > words) return false;
  // More than five words are several names ("A, B and C"), not a headline set in title case.
  const bool list = s.find(',') != std::string_view::npos || s.find(" and ") != std::string_view::npos ||
                    s.find(" & ") != std::string_view::npos || s.find(" et ") != std::string_view::npos ||
                    s.find(" y ") != std::string_view::npos || s.find(" und ") != std::string_view::npos;
  if (words > 5 && !list) return false;
  for (std::string_view q : {"\"", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "?", "!"}) {
    if (s.find(q) != std::string_view::npos) return false;
  }
  static const std::unordered_set<std::string_view> kNotNames = {"last", "updated", "published", "posted", "follow",
                                                                   "share", "author", "authors", "comments", "by",
                                                                   "more", "menu", "home", "news"};
  if (words == 1) {
    std::string lower;
    for (char c : s) lower.push_back(LowerAscii(c));
    if (kNotNames.count(lower)) return false;
  }
  return true;
}

// Site name suffixes and prefixes of <title>: "Headline | Site", "Headline - Site", "Site: Headline".
std::string StripSiteName(const std::string& title, const std::string& site, const std::string& h1) {
  static constexpr const char* kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " :: ",
                                          " // ", " \xC2\xBB ", " / "};
  std::string best = title;
  for (const char* sep : kSeps) {
    size_t last = title.rfind(sep);
    size_t first = title.find(sep);
    if (last == std::string::npos) continue;
    std::string head = title.substr(0, last);
    std::string tail = title.substr(last + std::strlen(sep));
    std::string lead = title.substr(0, first);
    std::string rest = title.substr(first + std::strlen(sep));
    if (!h1.empty() && EqualsCaseless(head, h1)) return head;
    // The side that names the site goes.
    std::string site_lower = site, tail_lower = tail;
    for (char& c : site_lower) c = LowerAscii(c);
    for (char& c : tail_lower) c = LowerAscii(c);
    if (!site.empty() && (ContainsCaseless(tail, site_lower) || (tail_lower.size() >= 3 && ContainsCaseless(site, tail_lower)))) {
      best = head;
      break;
    }
    if (!site.empty() && ContainsCaseless(lead, site_lower)) {
      best = rest;
      break;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// extraction

// Lines that are boilerplate wherever they stand (whole-block matches, case-insensitive).
bool IsBoilerplateLine(std::string_view text) {
  if (text.size() > 160) return false;
  std::string lower;
  for (char c : text) lower.push_back(LowerAscii(c));
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
  static const std::unordered_set<std::string_view> kExact = {
      "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "story continues below",
      "story continues below advertisement", "article continues below", "continue reading", "read more",
      "read more below", "read full article", "show more", "see more", "load more", "more", "share",
      "share this", "share this article", "share this story", "share on facebook", "share on twitter", "tweet",
      "email", "print", "comments", "comment", "leave a comment", "view comments", "skip to content",
      "skip to main content", "close", "menu", "search", "subscribe", "sign up", "sign in", "log in", "login",
      "register", "follow us", "related", "related articles", "related stories", "related content",
      "recommended", "most popular", "most read", "trending", "trending now", "listen to this article",
      "listen", "play", "watch", "video", "image", "photo", "enlarge", "expand", "toggle caption",
      "hide caption", "caption", "copy link", "link copied", "copied", "back to top", "top", "next", "previous",
      "next article", "previous article", "up next", "you may also like", "you might also like",
      "more from this author", "recommended stories", "don't miss", "latest news", "latest", "newsletter",
      "get the newsletter", "cookie settings", "accept", "accept all", "reject all", "manage preferences",
      "ok", "got it", "loading", "loading...", "please wait", "you are here", "home", "all rights reserved",
      "terms of use", "privacy policy", "contact us", "about us", "more stories", "more news", "see also",
      "related coverage", "what to read next", "editor's picks", "top stories"};
  if (kExact.count(lower)) return true;
  static constexpr const char* kPrefixes[] = {
      "sign up for", "sign up to", "subscribe to", "subscribe now", "click here", "follow us on",
      "follow the latest", "share this", "read more:", "read more about", "related:", "see also:",
      "advertisement", "©", "\xC2\xA9", "copyright", "all rights reserved", "this article is more than",
      "get our", "download the", "we use cookies", "this website uses cookies", "by clicking",
      "to continue reading", "already a subscriber", "already have an account", "create a free account",
      "you have reached", "you've reached", "enjoy unlimited", "support our journalism",
      "listen to this article", "this content is imported", "this embedded content", "want more",
      "get the latest", "thank you for signing up", "keep reading", "most read", "read next"};
  for (const char* p : kPrefixes) {
    if (lower.rfind(p, 0) == 0) return true;
  }
  return false;
}

// Headings that open a section which is not the article's ("More from Jane Doe", "Related stories").
bool IsBoilerplateHeading(std::string_view text) {
  if (text.size() > 80) return false;
  std::string lower;
  for (char c : text) lower.push_back(LowerAscii(c));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ' || lower.back() == '.')) lower.pop_back();
  static constexpr const char* kPrefixes[] = {
      "more from", "more on", "more in", "more stories", "more news", "more articles", "related", "read more",
      "read next", "recommended", "most popular", "most read", "most viewed", "trending", "you may also",
      "you might also", "editor's picks", "editors' picks", "top stories", "around the web", "from our partners",
      "sponsored", "comments", "join the conversation", "share this", "newsletter", "sign up", "about the author",
      "latest news", "latest stories", "popular now", "what to read next", "don't miss", "see also", "also read",
      "keep reading", "up next", "watch next", "promoted", "partner content", "follow us"};
  for (const char* p : kPrefixes) {
    if (lower.rfind(p, 0) == 0) return true;
  }
  return lower == "latest" || lower == "popular" || lower == "comment" || lower == "share";
}

bool EndsSentence(std::string_view t) {
  while (!t.empty()) {
    unsigned char c = static_cast<unsigned char>(t.back());
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      t.remove_suffix(1);
      continue;
    }
    // Closing curly quotes ” ’ and »
    if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" || t.substr(t.size() - 3) == "\xE2\x80\x99")) {
      t.remove_suffix(3);
      continue;
    }
    if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xBB") {
      t.remove_suffix(2);
      continue;
    }
    break;
  }
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
         (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6");
}

int CountWords(std::string_view t) {
  int words = 0;
  bool in = false;
  for (char c : t) {
    bool ws = c == ' ' || c == '\n';
    if (!ws && !in) ++words;
    in = !ws;
  }
  return words;
}

// Normalised key for comparing texts: lower-case ASCII letters and digits, other bytes kept, spaces
// and punctuation dropped.
std::string Key(std::string_view s) {
  std::string k;
  k.reserve(s.size());
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (IsAsciiAlnum(c)) {
      k.push_back(LowerAscii(c));
    } else if (u >= 0x80) {
      k.push_back(c);
    }
  }
  return k;
}

// Share of the words of `a` that occur in `b` (lower-cased word sets).
double WordOverlap(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::unordered_set<std::string> set;
    std::string w;
    for (size_t i = 0; i <= s.size(); ++i) {
      char c = i < s.size() ? s[i] : ' ';
      if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
        w.push_back(LowerAscii(c));
      } else if (!w.empty()) {
        set.insert(w);
        w.clear();
      }
    }
    return set;
  };
  auto sa = words(a), sb = words(b);
  if (sa.empty()) return 0;
  size_t hit = 0;
  for (const auto& w : sa) hit += sb.count(w);
  return static_cast<double>(hit) / static_cast<double>(sa.size());
}

enum class Fate : uint8_t { kOutside, kBody, kCaption, kTitle, kSubtitle, kByline, kDate, kDropped };

struct BlockInfo {
  std::string_view text;
  double link_density = 0;
  int words = 0;
  bool sentence = false;  // ends like a sentence
  bool prose = false;
  uint32_t negative = 0;  // negative hints of the nearest negative ancestor (0: none)
  int32_t negative_node = -1;
  uint32_t inherited = 0;  // union of hints of its ancestors
  Fate fate = Fate::kOutside;
  std::string why;
};

class Extractor {
 public:
  Extractor(PageBuilder& page, const HtmlReadOptions& options) : p_(page), options_(options) {}

  void Run();

  // Results.
  int32_t main_node = -1;
  int32_t title_block = -1;
  std::vector<BlockInfo> info;
  std::vector<double> prose, noise;  // per node, subtree sums
  std::vector<int32_t> neg_anc;      // per node: the nearest negative ancestor-or-self, or -1

 private:
  void Analyse();
  void ChooseMain(bool relaxed);
  void Classify();

  PageBuilder& p_;
  const HtmlReadOptions& options_;
  std::vector<double> raw_prose_;  // per node: prose characters below it, hints aside
  std::vector<uint32_t> inherited_;
};

void Extractor::Analyse() {
  const size_t nn = p_.nodes.size();
  // Sum of prose per subtree, before negative hints are trusted: a "negative" element that holds
  // most of the page's prose is a wrapper whose class misleads ("page has-comments"), not boilerplate.
  info.resize(p_.blocks.size());
  raw_prose_.assign(nn, 0.0);
  std::vector<double>& raw_prose = raw_prose_;
  for (size_t b = 0; b < p_.blocks.size(); ++b) {
    const Block& bl = p_.blocks[b];
    BlockInfo& bi = info[b];
    bi.text = std::string_view(p_.arena).substr(bl.begin, bl.end - bl.begin);
    bi.link_density = bl.chars > 0 ? static_cast<double>(bl.link_chars) / bl.chars : 0;
    bi.words = CountWords(bi.text);
    bi.sentence = EndsSentence(bi.text);
    bi.prose = bl.heading == 0 && bi.link_density < 0.35 && bi.words >= 8 && (bi.sentence || bi.words >= 20);
    if (bi.prose) raw_prose[static_cast<size_t>(bl.node)] += bl.chars;
  }
  for (size_t n = nn; n-- > 1;) raw_prose[static_cast<size_t>(p_.nodes[n].parent)] += raw_prose[n];
  const double total = raw_prose[0];
  neg_anc.assign(nn, -1);
  inherited_.assign(nn, 0);
  for (size_t n = 1; n < nn; ++n) {
    Node& node = p_.nodes[n];
    const size_t parent = static_cast<size_t>(node.parent);
    if ((node.hints & kNegative) && total > 0 && raw_prose[n] > 0.5 * total && !(node.hints & kHintComments)) {
      node.hints &= ~kNegative;  // a misleading class on a wrapper
    }
    if (node.tag == Tag::kBody || node.tag == Tag::kHtml) node.hints &= ~kNegative;
    // Byline, caption, date and standfirst hints name small elements; on an element holding
    // paragraphs of prose they come from a wrapper's class ("post-author-jane") and mislead.
    if (raw_prose[n] > 400) node.hints &= ~(kHintByline | kHintCaption | kHintDate | kHintSubtitle | kHintHeadline);
    neg_anc[n] = (node.hints & kNegative) ? static_cast<int32_t>(n) : neg_anc[parent];
    inherited_[n] = inherited_[parent] | node.hints;
  }
  for (size_t b = 0; b < p_.blocks.size(); ++b) {
    const size_t owner = static_cast<size_t>(p_.blocks[b].node);
    info[b].negative_node = neg_anc[owner];
    info[b].negative = neg_anc[owner] >= 0 ? p_.nodes[static_cast<size_t>(neg_anc[owner])].hints & kNegative : 0;
    info[b].inherited = inherited_[owner];
  }
}

// Scores every element by the prose below it minus half the noise below it and picks the best.
// `relaxed`: any text block that is not mostly links counts as prose (for pages that are lists,
// tables or short items with no paragraph that reads as prose).
void Extractor::ChooseMain(bool relaxed) {
  const size_t nn = p_.nodes.size();
  prose.assign(nn, 0.0);
  noise.assign(nn, 0.0);
  for (size_t b = 0; b < p_.blocks.size(); ++b) {
    const Block& bl = p_.blocks[b];
    const BlockInfo& bi = info[b];
    const size_t owner = static_cast<size_t>(bl.node);
    if (bi.negative != 0 || (bi.inherited & (kHintCaption | kHintByline)) || bl.in_figure) {
      noise[owner] += bl.chars;
      continue;
    }
    const bool prose_like = bi.prose || (relaxed && bi.link_density < 0.35 && bl.heading == 0);
    if (prose_like) {
      prose[owner] += bl.chars * (1.0 - bi.link_density);
      noise[owner] += bl.link_chars;
    } else if (bl.heading != 0) {
      noise[owner] += 0.25 * bl.chars;
    } else {
      noise[owner] += bl.link_chars + 0.5 * (bl.chars - bl.link_chars);
    }
  }
  for (size_t n = nn; n-- > 1;) {
    const size_t parent = static_cast<size_t>(p_.nodes[n].parent);
    prose[parent] += prose[n];
    noise[parent] += noise[n];
  }
  double best_score = -1;
  main_node = -1;
  for (size_t n = 1; n < nn; ++n) {
    const Node& node = p_.nodes[n];
    if (neg_anc[n] >= 0 || (node.hints & kHintHidden) || prose[n] <= 0) continue;
    double score = prose[n] - 0.5 * noise[n];
    if (node.hints & kHintStrong) score *= 1.25;
    if (node.tag == Tag::kArticle || node.tag == Tag::kMain) score *= 1.1;
    if (score > best_score) {
      best_score = score;
      main_node = static_cast<int32_t>(n);
    }
  }
  // Single paragraphs (<p>) are not containers: climb to their parent.
  while (main_node > 0 && (p_.nodes[static_cast<size_t>(main_node)].tag == Tag::kP ||
                           HeadingLevel(p_.nodes[static_cast<size_t>(main_node)].tag) > 0 ||
                           p_.nodes[static_cast<size_t>(main_node)].tag == Tag::kLi)) {
    main_node = p_.nodes[static_cast<size_t>(main_node)].parent;
  }
}

void Extractor::Classify() {
  if (main_node < 0) return;
  const Node& main = p_.nodes[static_cast<size_t>(main_node)];
  std::unordered_set<std::string> seen;
  int64_t last_body = -1;
  uint32_t section_end = 0;       // blocks before this belong to a boilerplate section
  bool after_link_heading = false;  // the previous block was a heading that is a link
  for (uint32_t b = main.block_begin; b < main.block_end; ++b) {
    const Block& bl = p_.blocks[b];
    BlockInfo& bi = info[b];
    // Hints between the main element and the block's holder.
    uint32_t local = 0;
    for (int32_t n = bl.node; n > main_node && n >= 0; n = p_.nodes[static_cast<size_t>(n)].parent) {
      local |= p_.nodes[static_cast<size_t>(n)].hints;
      if (p_.nodes[static_cast<size_t>(n)].depth < main.depth) break;
    }
    const bool negative_inside = bi.negative_node >= main_node &&
                                 static_cast<uint32_t>(bi.negative_node) < main.node_end;
    bi.fate = Fate::kDropped;
    // Paragraphs that go on from the body into a large "boilerplate" box are the body's: broken
    // markup (an inline call-to-action left open) can swallow the rest of an article. A real
    // boilerplate box is small, and its text is not a run of long, link-free paragraphs.
    const bool continues_body =
        negative_inside && !(bi.negative & kHintComments) && last_body >= 0 && b - last_body <= 6 &&
        raw_prose_[static_cast<size_t>(bi.negative_node)] >= 800 && bi.prose && bi.link_density < 0.15 &&
        bi.words >= 15;
    if (negative_inside && !continues_body) {
      bi.why = NegativeName(bi.negative);
      // A link or a heading inside the box ends any run of body paragraphs.
      if ((bi.link_density > 0.5 || bl.heading != 0) && raw_prose_[static_cast<size_t>(bi.negative_node)] >= 800) {
        last_body = -1;
      }
    } else if (bl.in_figure || (local & kHintCaption)) {
      bi.fate = Fate::kCaption;
    } else if (local & kHintByline && bi.words <= 20) {
      bi.fate = Fate::kByline;
      bi.why = "byline";
    } else if ((local & kHintDate) && bi.words <= 12 && ParseDateTime(bi.text).has_value()) {
      bi.fate = Fate::kDate;
      bi.why = "date";
    } else if (bl.heading == 1) {
      bi.fate = Fate::kTitle;
      bi.why = "headline";
    } else if (b < section_end) {
      bi.why = "boilerplate section";
    } else if (bl.heading != 0 && IsBoilerplateHeading(bi.text)) {
      // "More from ...", "Related stories": the box this heading opens is not the article. The box is
      // the heading's nearest enclosing element that holds more than the heading, when that element
      // is inside the main element and holds little of the article's prose (otherwise only the
      // heading goes).
      bi.why = "boilerplate section";
      for (int32_t n = p_.nodes[static_cast<size_t>(bl.node)].parent; n > main_node;
           n = p_.nodes[static_cast<size_t>(n)].parent) {
        const Node& box = p_.nodes[static_cast<size_t>(n)];
        if (box.block_end > b + 1) {
          // A box holding much of the article's prose is a wrapper, not a section of links.
          if (raw_prose_[static_cast<size_t>(n)] < 0.3 * raw_prose_[static_cast<size_t>(main_node)]) {
            section_end = box.block_end;
          }
          break;
        }
      }
    } else if (IsBoilerplateLine(bi.text)) {
      bi.why = "boilerplate line";
    } else if (bi.link_density > 0.5 && bi.words < 40) {
      bi.why = "links";
    } else if (after_link_heading && bl.heading == 0 && bi.words <= 60) {
      bi.why = "teaser";  // the summary under a linked headline: a card for another article
    } else if (!seen.insert(Key(bi.text)).second) {
      bi.why = "duplicate";
    } else {
      bi.fate = Fate::kBody;
      last_body = static_cast<int64_t>(b);
    }
    after_link_heading = bl.heading != 0 && bi.link_density > 0.5;
  }
}

void Extractor::Run() {
  Analyse();
  ChooseMain(/*relaxed=*/false);
  if (main_node < 0 || prose[static_cast<size_t>(main_node)] < 300) ChooseMain(/*relaxed=*/true);
  Classify();
}

// ---------------------------------------------------------------------------------------------
// assembly

class RawBuilder {
 public:
  explicit RawBuilder(Article* a) : a_(a) {}
  Span Add(std::string_view text, PartKind kind, std::string why = "") {
    if (text.empty()) return {};
    if (!a_->raw.empty()) a_->raw += "\n\n";
    Span s{static_cast<uint32_t>(a_->raw.size()), 0};
    a_->raw.append(text.data(), text.size());
    s.end = static_cast<uint32_t>(a_->raw.size());
    a_->parts.push_back({kind, s, std::move(why)});
    return s;
  }

 private:
  Article* a_;
};

// The text of a node (all its blocks), collapsed to one line.
std::string NodeText(const PageBuilder& p, int32_t node) {
  const Node& n = p.nodes[static_cast<size_t>(node)];
  if (n.text_end <= n.text_begin) return "";
  return CollapseSpaces(std::string_view(p.arena).substr(n.text_begin, std::min<uint32_t>(n.text_end - n.text_begin, 1024)));
}

struct PageDate {
  std::optional<DateTime> value;
  std::string text;
  bool inferred = false;
};

std::optional<DateTime> ParseMetaDate(const std::string& s) {
  if (s.empty()) return std::nullopt;
  std::optional<DateTime> d = ParseDateTime(s, /*allow_compact=*/true);
  if (d && d->has_year) return d;
  return std::nullopt;
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string_view s = bytes.substr(0, 4096);
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.remove_prefix(3);
  size_t i = 0;
  for (;;) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return false;
      i = end + 3;
      continue;
    }
    break;
  }
  std::string head;
  for (size_t k = i; k < s.size() && k < i + 1024; ++k) head.push_back(LowerAscii(s[k]));
  for (std::string_view start : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!doctype"}) {
    if (head.rfind(start, 0) == 0) return true;
  }
  if (head.rfind("<?xml", 0) == 0 && head.find("<html") != std::string::npos) return true;
  return false;
}

Status ReadHtml(std::string_view bytes, const HtmlReadOptions& options, Article* article) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (bytes.size() > options.max_bytes) {
    return Status::InvalidArgument("page is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                   std::to_string(options.max_bytes));
  }
  size_t first = 0;
  while (first < bytes.size() && (bytes[first] == ' ' || bytes[first] == '\n' || bytes[first] == '\r' || bytes[first] == '\t')) ++first;
  if (first == bytes.size()) return Status::InvalidArgument("empty page");
  if (LooksBinary(bytes)) return Status::InvalidArgument("binary content, not HTML");

  // 1. Decode.
  std::string html, charset;
  DRAGOMAN_RETURN_IF_ERROR(DecodeToUtf8(bytes, DeclaredCharset(bytes, options.content_type), &html, &charset));

  // 2. Parse.
  PageBuilder page(options);
  page.Parse(html);
  html.clear();
  html.shrink_to_fit();

  // 3. Main content.
  Extractor ex(page, options);
  ex.Run();

  // 4. Metadata.
  const LdArticle ld = ReadJsonLd(page.jsonld);
  const std::vector<MetaTag>& metas = page.metas;
  std::string site = MetaValue(metas, {"og:site_name", "application-name", "twitter:app:name:iphone"});
  if (site.empty()) site = Clean(ld.publisher);
  std::string url = article->url;
  if (url.empty()) url = page.canonical;
  if (url.empty()) url = MetaValue(metas, {"og:url"});
  if (url.empty() && LooksLikeUrl(ld.url)) url = ld.url;
  if (site.empty()) site = HostOf(url);

  // The headline: the first <h1> in or before the main element (not in navigation), else any.
  int32_t h1_block = -1;
  const Node* main = ex.main_node >= 0 ? &page.nodes[static_cast<size_t>(ex.main_node)] : nullptr;
  for (size_t b = 0; b < page.blocks.size(); ++b) {
    if (page.blocks[b].heading != 1 || ex.info[b].negative != 0) continue;
    if (ex.info[b].words > 40) continue;
    if (h1_block < 0) h1_block = static_cast<int32_t>(b);
    if (main != nullptr && b >= main->block_begin && b < main->block_end) {
      h1_block = static_cast<int32_t>(b);
      break;
    }
    if (main != nullptr && b >= main->block_end) break;
  }
  const std::string h1 = h1_block >= 0 ? CollapseSpaces(ex.info[static_cast<size_t>(h1_block)].text) : "";
  const std::string doc_title = Clean(page.title);
  // The title: the headline the page's metadata states, else the document <title>, else the <h1>;
  // a site name around it goes. (An <h1> is not trusted over <title>: it is often a section name.)
  std::string title = Clean(ld.headline);
  if (title.empty()) title = MetaValue(metas, {"og:title", "twitter:title", "dc.title", "dcterms.title", "headline"});
  if (!title.empty()) title = StripSiteName(title, site, h1);
  if (title.empty()) title = StripSiteName(doc_title, site, h1);
  if (title.empty() && !h1.empty()) title = h1;
  // A visible headline that says the same as the metadata (differing in quotes or case) wins: it is
  // what readers saw.
  if (!h1.empty() && !title.empty() && Key(h1) == Key(title)) title = h1;

  // Byline.
  std::string byline;
  for (const std::string& a : ld.authors) {
    std::string c = CleanByline(a);
    if (!PlausibleByline(c)) continue;
    if (!byline.empty()) byline += ", ";
    byline += c;
  }
  if (byline.empty()) {
    for (const char* key : {"author", "article:author", "article:author_name", "byl", "parsely-author",
                            "sailthru.author", "dc.creator",
                            "dcterms.creator", "citation_author", "twitter:creator"}) {
      std::string v = MetaValue(metas, {key});
      if (v.empty() || LooksLikeUrl(v) || (key == std::string_view("twitter:creator") && v[0] == '@')) continue;
      v = CleanByline(v);
      if (PlausibleByline(v)) {
        byline = v;
        break;
      }
    }
  }
  // The byline as printed: rel=author / itemprop=author elements, else an element whose class says
  // byline or author, between just above the headline and the end of the main element, outside
  // boilerplate.
  std::string byline_visible;
  const uint32_t region_begin = static_cast<uint32_t>(std::max<int64_t>(
      0, (h1_block >= 0 ? h1_block : main != nullptr ? static_cast<int64_t>(main->block_begin) : 0) - 5));
  const uint32_t region_end = main != nullptr ? main->block_end : static_cast<uint32_t>(page.blocks.size());
  for (const std::vector<int32_t>* candidates : {&page.author_nodes, &page.byline_nodes}) {
    if (!byline_visible.empty()) break;
    std::vector<std::string> names;
    uint32_t first_block = 0;
    for (int32_t n : *candidates) {
      const Node& node = page.nodes[static_cast<size_t>(n)];
      if (node.block_begin < region_begin || node.block_begin >= region_end || ex.neg_anc[static_cast<size_t>(n)] >= 0) {
        continue;
      }
      // Several authors are printed together ("By A and B"): only nodes of the first one's block.
      if (!names.empty() && node.block_begin != first_block) break;
      std::string v = CleanByline(NodeText(page, n));
      if (!PlausibleByline(v)) continue;
      bool repeat = false;
      for (const std::string& x : names) {
        repeat = repeat || ContainsCaseless(x, [&] {
                   std::string l = v;
                   for (char& c : l) c = LowerAscii(c);
                   return l;
                 }()) || ContainsCaseless(v, [&] {
                   std::string l = x;
                   for (char& c : l) c = LowerAscii(c);
                   return l;
                 }());
      }
      if (repeat) continue;
      if (names.empty()) first_block = node.block_begin;
      names.push_back(v);
      if (names.size() == 4) break;
    }
    for (const std::string& v : names) byline_visible += (byline_visible.empty() ? "" : ", ") + v;
  }
  if (byline_visible.empty()) {
    for (size_t b = region_begin; b < region_end; ++b) {
      if (ex.info[b].fate != Fate::kByline && !(ex.info[b].inherited & kHintByline)) continue;
      if (ex.info[b].negative != 0 || ex.info[b].words > 16) continue;
      std::string v = CleanByline(ex.info[b].text);
      if (PlausibleByline(v)) {
        byline_visible = v;
        break;
      }
    }
  }
  if (byline.empty()) byline = byline_visible;
  if (byline.empty()) {
    for (const std::string& a : ld.org_authors) {
      std::string c = CleanByline(a);
      if (PlausibleByline(c)) {
        byline = c;
        break;
      }
    }
  }

  // Publication date and time.
  PageDate date;
  auto try_date = [&](const std::string& s) {
    if (date.value) return;
    std::optional<DateTime> d = ParseMetaDate(Clean(s));
    if (d) {
      date.value = d;
      date.text = s;
    }
  };
  try_date(ld.date_published);
  for (const char* key : {"article:published_time", "og:article:published_time", "article.published",
                          "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
                          "publication_date", "article:published", "parsely-pub-date", "sailthru.date",
                          "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                          "date", "og:published_time", "cxenseparse:recs:publishtime", "originalpublicationdate",
                          "displaydate", "citation_publication_date", "article.created"}) {
    try_date(MetaValue(metas, {key}));
  }
  for (const auto& [prop, value] : page.itemprops) {
    if (EqualsCaseless(prop, "datePublished")) try_date(value);
  }
  for (const TimeElement& t : page.times) {
    if (t.published) try_date(t.datetime);
  }
  try_date(ld.date_created);
  // A <time> in the article (the main element or just before it).
  if (!date.value) {
    for (const TimeElement& t : page.times) {
      if (t.modified || t.datetime.empty()) continue;
      if (main != nullptr && t.block + 40 < main->block_begin) continue;
      if (main != nullptr && t.block > main->block_end) continue;
      try_date(t.datetime);
    }
  }
  if (!date.value) {
    if (std::optional<CivilDate> d = DateFromUrl(url)) {
      DateTime dt;
      dt.date = *d;
      dt.has_year = true;
      date.value = dt;
    }
  }
  // A date line near the headline ("Published 4 August 2017", "04 August, 11:01").
  std::string date_line_text;
  const size_t scan_from = h1_block >= 0 ? static_cast<size_t>(h1_block) : main != nullptr ? main->block_begin : 0;
  for (size_t b = scan_from; b < page.blocks.size() && b < scan_from + 15; ++b) {
    if (ex.info[b].negative != 0 || ex.info[b].words > 12) continue;
    std::optional<DateTime> d = ParseDateTime(ex.info[b].text);
    if (!d) continue;
    date_line_text = std::string(ex.info[b].text);
    if (ex.info[b].fate == Fate::kBody || ex.info[b].fate == Fate::kOutside) ex.info[b].fate = Fate::kDate;
    if (!date.value) {
      date.value = d;
      date.text = date_line_text;
    } else if (date.value->hour < 0 && d->hour >= 0 && d->date.month == date.value->date.month &&
               d->date.day == date.value->date.day) {
      date.value->hour = d->hour;
      date.value->minute = d->minute;
    }
    break;
  }
  if (!date.value) try_date(ld.date_modified);
  if (!date.value) try_date(MetaValue(metas, {"article:modified_time", "og:updated_time", "last-modified"}));

  // 5. Assemble.
  Article& a = *article;
  a.raw.clear();
  a.parts.clear();
  a.format = ArticleFormat::kHtml;
  a.url = url;
  a.site = site;
  a.byline = byline;
  RawBuilder raw(&a);
  if (a.title.empty()) a.title = title;
  raw.Add(a.title, PartKind::kTitle);

  // Subtitle: a block hinted as a standfirst, or repeating the page description, between the headline
  // and the first body paragraph.
  const std::string description = !ld.description.empty() ? Clean(ld.description)
                                                           : MetaValue(metas, {"og:description", "description",
                                                                               "twitter:description"});
  int32_t first_body = -1;
  for (size_t b = 0; b < ex.info.size(); ++b) {
    if (ex.info[b].fate == Fate::kBody) {
      first_body = static_cast<int32_t>(b);
      break;
    }
  }
  int32_t subtitle_block = -1;
  if (first_body >= 0) {
    const size_t from = h1_block >= 0 && h1_block < first_body ? static_cast<size_t>(h1_block) + 1
                                                                : static_cast<size_t>(std::max(0, first_body - 12));
    for (size_t b = from; b <= static_cast<size_t>(first_body) && b < from + 16; ++b) {
      const BlockInfo& bi = ex.info[b];
      if (bi.negative != 0 || bi.words < 5 || bi.words > 80 || bi.link_density > 0.3) continue;
      if (bi.fate == Fate::kCaption || bi.fate == Fate::kByline || bi.fate == Fate::kDate) continue;
      const bool hinted = (bi.inherited & kHintSubtitle) != 0 && !(bi.inherited & kHintCaption);
      const bool repeats = !description.empty() && WordOverlap(bi.text, description) >= 0.8 &&
                           WordOverlap(description, bi.text) >= 0.6;
      if (hinted || (repeats && static_cast<int32_t>(b) < first_body)) {
        subtitle_block = static_cast<int32_t>(b);
        break;
      }
      if (repeats && static_cast<int32_t>(b) == first_body && page.blocks[b].heading == 0 && h1_block >= 0 &&
          bi.sentence == false) {
        subtitle_block = static_cast<int32_t>(b);
        break;
      }
    }
  }
  if (subtitle_block >= 0) {
    BlockInfo& bi = ex.info[static_cast<size_t>(subtitle_block)];
    bi.fate = Fate::kSubtitle;
    a.subtitle = std::string(bi.text);
    raw.Add(bi.text, PartKind::kSubtitle);
  }
  if (!byline.empty()) raw.Add(byline, PartKind::kByline);
  if (!date_line_text.empty()) raw.Add(date_line_text, PartKind::kDateLine);

  // Captions: in the main element, and in the article around it (the lead image sits above the body).
  int32_t scope = ex.main_node;
  if (scope >= 0 && h1_block >= 0) {
    const int32_t h1_node = page.blocks[static_cast<size_t>(h1_block)].node;
    // Lowest common ancestor of the main element and the headline.
    int32_t x = scope;
    auto contains = [&](int32_t anc, int32_t n) {
      return n >= anc && static_cast<uint32_t>(n) < page.nodes[static_cast<size_t>(anc)].node_end;
    };
    while (x > 0 && !contains(x, h1_node)) x = page.nodes[static_cast<size_t>(x)].parent;
    if (x > 0 && page.nodes[static_cast<size_t>(x)].tag != Tag::kBody) scope = x;
  }
  std::unordered_set<std::string> caption_keys;
  if (scope >= 0) {
    const Node& sn = page.nodes[static_cast<size_t>(scope)];
    for (uint32_t b = sn.block_begin; b < sn.block_end; ++b) {
      BlockInfo& bi = ex.info[b];
      const Block& bl = page.blocks[b];
      const bool caption = bi.fate == Fate::kCaption ||
                           (bi.fate == Fate::kOutside && bi.negative == 0 &&
                            (bl.in_figure || (bi.inherited & kHintCaption)));
      if (!caption) continue;
      bi.fate = Fate::kCaption;
      if (IsBoilerplateLine(bi.text) || bi.words < 2) {
        bi.fate = Fate::kDropped;
        bi.why = "caption fragment";
        continue;
      }
      if (!caption_keys.insert(Key(bi.text)).second) {
        bi.fate = Fate::kDropped;
        bi.why = "duplicate caption";
        continue;
      }
      raw.Add(bi.text, PartKind::kCaption);
    }
  }
  // Body paragraphs.
  std::string title_key = Key(a.title);
  bool first_paragraph = true;
  Dateline dl;  // a wire dateline opening the body, if any
  for (size_t b = 0; b < ex.info.size(); ++b) {
    BlockInfo& bi = ex.info[b];
    if (bi.fate == Fate::kTitle && Key(bi.text) != title_key && page.blocks[b].heading == 1 &&
        static_cast<int32_t>(b) != h1_block) {
      bi.fate = Fate::kBody;  // a second <h1> inside the body is a section heading
    }
    if (bi.fate != Fate::kBody) continue;
    if (Key(bi.text) == title_key || (!a.subtitle.empty() && Key(bi.text) == Key(a.subtitle))) {
      bi.fate = Fate::kDropped;
      bi.why = "repeats the headline";
      continue;
    }
    Span s = raw.Add(bi.text, PartKind::kBody);
    if (first_paragraph) {
      first_paragraph = false;
      if (ParseDateline(bi.text, &dl)) {
        a.dateline_place = dl.place;
        a.dateline_region = dl.region;
        a.dateline_span = {s.begin, s.begin + static_cast<uint32_t>(dl.text_length)};
      }
    }
  }
  // Dropped boilerplate, for inspection: what was cut from the main element and around it.
  size_t dropped_bytes = 0;
  for (size_t b = 0; b < ex.info.size(); ++b) {
    BlockInfo& bi = ex.info[b];
    std::string why;
    if (bi.fate == Fate::kDropped) {
      why = bi.why;
    } else if (bi.fate == Fate::kOutside && bi.words >= 3) {
      why = bi.negative != 0 ? NegativeName(bi.negative) : "outside the main content";
    } else {
      continue;
    }
    if (dropped_bytes + bi.text.size() > options.max_dropped_bytes) break;
    dropped_bytes += bi.text.size();
    raw.Add(bi.text, PartKind::kDropped, why);
  }

  // Dates: the page's, else the known date; a date written without a year takes it from context.
  std::optional<CivilDate> known = ParseIsoDate(options.known_date);
  if (date.value) {
    DateTime d = *date.value;
    if (!d.has_year) {
      int y = known ? InferYear(d.date.month, d.date.day, *known) : 0;
      if (y != 0) {
        d.date.year = y;
        d.date.day = std::min(d.date.day, DaysInMonth(y, d.date.month));
        a.date = d.date.ToString();
        a.date_inferred = true;
      }
    } else {
      a.date = d.date.ToString();
      a.date_inferred = false;
    }
    a.time = d.ToTime();
    if (d.has_year && date.text.size() >= 10 && ParseIsoDate(date.text.substr(0, 10))) a.date_time = Clean(date.text);
  }
  // No date in the page's metadata or near its headline: a dateline's "May 10" with the year from
  // the context, as for wire copy in plain text.
  if (a.date.empty() && dl.month > 0) {
    const int year = dl.year != 0 ? dl.year : known ? InferYear(dl.month, dl.day, *known) : 0;
    if (year != 0) {
      a.date = CivilDate{year, dl.month, std::min(dl.day, DaysInMonth(year, dl.month))}.ToString();
      a.date_inferred = dl.year == 0;
    }
  }
  if (a.date.empty() && known) {
    a.date = known->ToString();
    a.date_inferred = true;
  }
  // Language.
  std::string lang = NormalizeLanguageTag(page.lang);
  if (lang.empty()) lang = NormalizeLanguageTag(MetaValue(metas, {"content-language", "og:locale", "language", "dc.language"}));
  if (lang.empty()) lang = NormalizeLanguageTag(ld.language);
  if (lang.empty()) {
    std::string sample;
    for (const ArticlePart& part : a.parts) {
      if (part.kind == PartKind::kBody && sample.size() < 8000) sample += a.raw.substr(part.span.begin, part.span.end - part.span.begin) + " ";
    }
    lang = GuessLanguage(sample);
  }
  a.language = lang;

  if (options.trace != nullptr) {
    std::string& t = *options.trace;
    char line[160];
    std::snprintf(line, sizeof line, "main element: node %d (%s), charset %s, %zu elements, %zu blocks\n",
                  ex.main_node, ex.main_node >= 0 && static_cast<size_t>(ex.main_node) < page.labels.size()
                                    ? page.labels[static_cast<size_t>(ex.main_node)].c_str()
                                    : "none",
                  charset.c_str(), page.nodes.size(), page.blocks.size());
    t += line;
    static constexpr const char* kFate[] = {"outside", "BODY", "caption", "title", "subtitle", "byline", "date", "dropped"};
    for (size_t b = 0; b < ex.info.size(); ++b) {
      const BlockInfo& bi = ex.info[b];
      const Block& bl = page.blocks[b];
      std::snprintf(line, sizeof line, "%5zu %-8s node=%-6d h%d ld=%.2f w=%-4d %s%s%-18s | ", b,
                    kFate[static_cast<int>(bi.fate)], bl.node, bl.heading, bi.link_density, bi.words,
                    bi.prose ? "P" : "-", bi.negative ? "N" : "-", bi.why.c_str());
      t += line;
      if (bi.negative_node >= 0 && static_cast<size_t>(bi.negative_node) < page.labels.size()) {
        t += "[" + page.labels[static_cast<size_t>(bi.negative_node)] + "] ";
      }
      t += std::string(bi.text.substr(0, 100));
      for (size_t k = t.size() - std::min<size_t>(bi.text.size(), 100); k < t.size(); ++k) {
        if (t[k] == '\n') t[k] = ' ';
      }
      t += "\n";
    }
  }
  bool any_text = false;
  for (const ArticlePart& part : a.parts) any_text = any_text || part.kind == PartKind::kBody;
  if (!any_text && a.title.empty()) return Status::InvalidArgument("no text in page");
  return Status::Ok();
}

}  // namespace dragoman
