// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "output/jsonl_writer.h"

#include <nlohmann/json.hpp>

#include "output/place_record.h"

namespace dragoman {
namespace {

using nlohmann::ordered_json;

ordered_json SpanJson(const Span& s) { return ordered_json::array({s.begin, s.end}); }

std::string Slice(const std::string& raw, const Span& s) {
  if (s.end > raw.size() || s.begin >= s.end) return "";
  return raw.substr(s.begin, s.end - s.begin);
}

ordered_json ActorJson(const ActorRef& a) {
  ordered_json j;
  j["text"] = a.text;
  j["span"] = SpanJson(a.span);
  j["code"] = a.code;
  j["country"] = a.country;
  j["role"] = a.role;
  j["entity"] = a.entity;
  if (!a.resolved_from.empty()) j["resolved_from"] = a.resolved_from;
  j["dictionary"] = a.dictionary;
  return j;
}

std::string Dump(const ordered_json& j) {
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace

namespace {

// The fields of the article record shared by `extract` and `code` (doc/output.md).
ordered_json ArticleJson(const Article& a) {
  ordered_json j;
  j["type"] = "article";
  j["id"] = a.id;
  j["url"] = a.url;
  if (!a.source.empty()) j["source"] = a.source;
  j["title"] = a.title;
  j["subtitle"] = a.subtitle;
  j["byline"] = a.byline;
  j["date"] = a.date;
  j["date_inferred"] = a.date_inferred;
  j["time"] = a.time;
  if (!a.date_time.empty()) j["date_time"] = a.date_time;
  j["dateline"] = {{"place", a.dateline_place},
                   {"region", a.dateline_region},
                   {"text", Slice(a.raw, a.dateline_span)},
                   {"span", SpanJson(a.dateline_span)}};
  j["site"] = a.site;
  j["language"] = a.language;
  ordered_json captions = ordered_json::array();
  std::string body;
  ordered_json dropped = ordered_json::array();
  for (const ArticlePart& p : a.parts) {
    if (p.kind == PartKind::kCaption) {
      captions.push_back({{"text", Slice(a.raw, p.span)}, {"span", SpanJson(p.span)}});
    } else if (p.kind == PartKind::kBody) {
      if (!body.empty()) body += "\n\n";
      body += Slice(a.raw, p.span);
    } else if (p.kind == PartKind::kDropped) {
      dropped.push_back({{"text", Slice(a.raw, p.span)}, {"span", SpanJson(p.span)}, {"why", p.why}});
    }
  }
  j["captions"] = captions;
  j["body"] = body;
  j["dropped"] = dropped;
  // An HTML page's spans point into the text decoded from it, which is not the input file: give it.
  if (a.format == ArticleFormat::kHtml) j["text"] = a.raw;
  return j;
}

}  // namespace

std::string ArticleRecord(const Article& article) { return Dump(ArticleJson(article)); }

std::string ArticleRecord(const CodedArticle& coded) {
  ordered_json j = ArticleJson(coded.article);
  j["sentences"] = coded.sentences.size();
  j["events"] = coded.events.size();
  return Dump(j);
}

std::string EventRecord(const Event& e) {
  ordered_json j;
  j["type"] = "event";
  j["id"] = e.id;
  j["article_id"] = e.article_id;
  j["sentence_index"] = e.sentence_index;
  j["sentence"] = e.sentence;
  j["sentence_span"] = SpanJson(e.sentence_span);
  j["date"] = e.date;
  if (!e.date.empty()) {
    ordered_json d = {{"precision", e.date_precision}, {"last", e.date_last},
                      {"source", e.date_text.empty() ? "article" : "text"}};
    if (!e.date_text.empty()) {
      d["text"] = e.date_text;
      d["span"] = SpanJson(e.date_span);
      d["year_inferred"] = e.date_year_inferred;
    }
    j["date_detail"] = d;
  }
  j["source"] = ActorJson(e.source);
  j["target"] = e.target.code.empty() ? ordered_json(nullptr) : ActorJson(e.target);
  j["cameo"] = {{"code", e.cameo_code}, {"base", e.cameo_base}, {"root", e.cameo_root},
                {"goldstein", e.goldstein}, {"quad_class", e.quad_class}};
  j["plover"] = {{"event", e.plover_event}, {"mode", e.plover_mode}};
  j["mode"] = EventModeName(e.mode);
  j["verb"] = {{"text", e.verb_text}, {"span", SpanJson(e.verb_span)}};
  j["confidence"] = static_cast<double>(static_cast<int>(e.confidence * 100 + 0.5)) / 100.0;
  j["place"] = PlaceJson(e.place);
  ordered_json rule = {{"id", e.rule.id}, {"pattern", e.rule.pattern}, {"file", e.rule.file},
                       {"line", e.rule.line}};
  if (!e.rule.code_note.empty()) rule["note"] = e.rule.code_note;
  j["rule"] = rule;
  return Dump(j);
}

}  // namespace dragoman
