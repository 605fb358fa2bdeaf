// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Quote: one attributed statement of an article — who said what, to whom, through which outlet.
// Direct quotes ("''There are such plans'', Dengov said") and reported speech ("Lev Dengov ... told
// newspaper Kommersant that Russia would like ...") are both quotes; `direct` tells them apart. Every
// span is a byte range of Article::raw and slices it to exactly the recorded text. The JSON form
// ("type": "quote") is in doc/output.md; how quotes are found is in doc/quotes.md.

#ifndef DRAGOMAN_QUOTE_H_
#define DRAGOMAN_QUOTE_H_

#include <string>
#include <vector>

#include "dragoman/article.h"

namespace dragoman {

// A piece of text that names something: an outlet, an addressee, a link of a coreference chain.
struct QuoteText {
  std::string text;  // raw bytes of `span`
  Span span;         // in Article::raw; empty when absent
  std::string code;  // CAMEO actor code when the lexicon knows it ("RUSMED"), else empty
  bool empty() const { return span.empty(); }
};

struct QuoteSpeaker {
  std::string text;  // the speaker as written at the cue ("the diplomat", "Perrone", "he"); empty: unknown
  Span span;         // in Article::raw
  std::string code;  // CAMEO actor code ("ITAGOV"), empty when the speaker is not a known actor
  std::string country;  // "ITA"; empty for transnational actors
  std::string role;     // "GOV"
  std::string entity;   // "Lev Dengov": the named actor, or the full name a short name refers to
  std::string resolved_from;  // pronouns, nominals, short names: the earlier mention's text
  std::vector<QuoteText> chain;  // the coreference chain back from the speaker, nearest first
};

struct Quote {
  std::string id;  // 16 hex digits, stable: the same input gives the same id
  std::string article_id;
  int sentence_index = 0;  // the coded sentence the quote starts in
  std::string text;        // raw bytes of `span`: the quoted words, without the quote marks
  Span span;               // in Article::raw
  bool direct = false;     // inside quote marks (true), or reported speech (false)
  QuoteSpeaker speaker;
  QuoteText cue;        // the reporting word(s): "said", "told", "according to", ":"; empty if none
  QuoteText outlet;     // "Kommersant" in "told newspaper Kommersant"; empty if none
  QuoteText addressee;  // "reporters" in "told reporters"; empty if none
  std::vector<std::string> event_ids;  // events whose verb lies inside the quote
};

}  // namespace dragoman

#endif  // DRAGOMAN_QUOTE_H_
