// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "output/quote_record.h"

#include <nlohmann/json.hpp>

namespace dragoman {
namespace {

using nlohmann::ordered_json;

ordered_json SpanJson(const Span& s) { return ordered_json::array({s.begin, s.end}); }

ordered_json TextJson(const QuoteText& t, bool with_code) {
  if (t.empty()) return nullptr;
  ordered_json j;
  j["text"] = t.text;
  j["span"] = SpanJson(t.span);
  if (with_code) j["code"] = t.code;
  return j;
}

}  // namespace

std::string QuoteRecord(const Quote& q) {
  ordered_json j;
  j["type"] = "quote";
  j["id"] = q.id;
  j["article_id"] = q.article_id;
  j["sentence_index"] = q.sentence_index;
  j["text"] = q.text;
  j["span"] = SpanJson(q.span);
  j["direct"] = q.direct;
  if (q.speaker.span.empty()) {
    j["speaker"] = nullptr;
  } else {
    const QuoteSpeaker& s = q.speaker;
    ordered_json sp;
    sp["text"] = s.text;
    sp["span"] = SpanJson(s.span);
    sp["code"] = s.code;
    sp["country"] = s.country;
    sp["role"] = s.role;
    sp["entity"] = s.entity;
    sp["resolved_from"] = s.resolved_from;
    ordered_json chain = ordered_json::array();
    for (const QuoteText& c : s.chain) chain.push_back(TextJson(c, false));
    sp["chain"] = chain;
    j["speaker"] = sp;
  }
  j["cue"] = TextJson(q.cue, false);
  j["outlet"] = TextJson(q.outlet, true);
  j["addressee"] = TextJson(q.addressee, true);
  j["event_ids"] = q.event_ids;
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace dragoman
