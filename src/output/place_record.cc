// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "output/place_record.h"

#include <cmath>

namespace dragoman {
namespace {

using nlohmann::ordered_json;

double Round5(double v) { return std::round(v * 1e5) / 1e5; }

ordered_json SpanJson(const Span& s) { return ordered_json::array({s.begin, s.end}); }

ordered_json IdJson(uint32_t id) { return id == 0 ? ordered_json(nullptr) : ordered_json(id); }

}  // namespace

ordered_json PlaceJson(const Place& p) {
  if (p.empty()) return ordered_json(nullptr);
  ordered_json j;
  j["name"] = p.name;
  j["country"] = p.country;
  j["admin1"] = p.admin1;
  j["lat"] = Round5(p.lat);
  j["lon"] = Round5(p.lon);
  j["geonames_id"] = IdJson(p.geonames_id);
  j["precision"] = PlacePrecisionName(p.precision);
  j["feature"] = p.feature;
  j["text"] = p.text;
  j["span"] = SpanJson(p.span);
  if (!p.basis.empty()) j["basis"] = p.basis;
  return j;
}

std::string PlaceRecord(const std::string& article_id, const PlaceMention& m) {
  ordered_json j;
  j["type"] = "place";
  j["article_id"] = article_id;
  j["text"] = m.text;
  j["span"] = SpanJson(m.span);
  j["sentence_index"] = m.sentence_index;
  j["part"] = m.part;
  j["adjective"] = m.adjective;
  j["locative"] = m.locative;
  if (m.place.empty()) {
    j["resolved"] = nullptr;
  } else {
    ordered_json r;
    r["name"] = m.place.name;
    r["country"] = m.place.country;
    r["admin1"] = m.place.admin1;
    r["lat"] = Round5(m.place.lat);
    r["lon"] = Round5(m.place.lon);
    r["geonames_id"] = IdJson(m.place.geonames_id);
    r["precision"] = PlacePrecisionName(m.place.precision);
    r["feature"] = m.place.feature;
    j["resolved"] = r;
  }
  j["confidence"] = m.confidence;
  ordered_json c = ordered_json::array();
  for (const PlaceCandidate& k : m.candidates) {
    c.push_back({{"name", k.name}, {"country", k.country}, {"admin1", k.admin1}, {"feature", k.feature},
                 {"lat", Round5(k.lat)}, {"lon", Round5(k.lon)}, {"geonames_id", IdJson(k.geonames_id)},
                 {"score", k.score}});
  }
  j["candidates"] = c;
  j["candidates_total"] = m.candidates_total;
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace dragoman
