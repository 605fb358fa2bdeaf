// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "store/plover_format.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace dragoman {
namespace {

using nlohmann::ordered_json;

// A PLOVER actor object: code is the top-level 3-letter code (a country, or IGO/NGO/...), sector
// the rest of the CAMEO code (at most two 3-letter blocks, as PLOVER allows).
ordered_json ActorObject(const StoredActor& a) {
  ordered_json j;
  std::string top = a.country.empty() ? a.code.substr(0, 3) : a.country;
  std::string rest = a.code.size() > top.size() && a.code.rfind(top, 0) == 0 ? a.code.substr(top.size()) : "";
  if (!a.role.empty() && rest.rfind(a.role, 0) != 0) rest = a.role + rest;
  j["code"] = top;
  if (!rest.empty()) j["sector"] = rest.substr(0, 6);
  j["actor_text"] = a.text;
  if (!a.name.empty() && a.name != a.text) j["identifier_text"] = a.name;
  j["cameo_code"] = a.code;  // extension: the full CAMEO actor code
  return j;
}

}  // namespace

int PloverQuad(const std::string& e) {
  if (e == "AGREE" || e == "CONSULT" || e == "SUPPORT" || e == "CONCEDE") return 1;
  if (e == "COOPERATE" || e == "AID" || e == "RETREAT" || e == "INVESTIGATE") return 2;
  if (e == "DEMAND" || e == "REQUEST" || e == "ACCUSE" || e == "DISAPPROVE" || e == "REJECT" || e == "THREATEN" ||
      e == "SANCTION") {
    return 3;
  }
  if (e == "PROTEST" || e == "CRIME" || e == "MOBILIZE" || e == "COERCE" || e == "ASSAULT") return 4;
  return 0;
}

Result<std::string> PloverRecord(const StoredEvent& e) {
  if (e.plover_event.empty()) {
    return Status::NotFound("event " + std::to_string(e.id) + ": CAMEO " + e.cameo_code +
                            " has no PLOVER category (roots 01 and 02 are dropped by PLOVER)");
  }
  ordered_json j;
  j["id"] = "dragoman-" + std::to_string(e.id);
  j["date"] = e.date;
  j["source"] = ordered_json::array({ActorObject(e.source)});
  if (!e.target.code.empty()) j["recipient"] = ordered_json::array({ActorObject(e.target)});
  j["event"] = ordered_json::array({e.plover_event});
  if (!e.verb.empty()) j["event_text"] = ordered_json::array({e.verb});
  j["quad_code"] = PloverQuad(e.plover_event);
  j["event_scale"] = e.goldstein;
  if (!e.plover_mode.empty()) j["mode"] = e.plover_mode;
  if (!e.sentence.empty()) j["text"] = e.sentence;
  ordered_json cite;
  cite["url"] = e.url;
  cite["language"] = "en";
  cite["coder"] = "Dragoman";
  cite["codebook"] = "CAMEO 1.1b3 with the 2021 CAMEO-to-PLOVER map";
  j["cite_info"] = cite;
  j["coder"] = "Dragoman";
  j["coded_date"] = e.updated_at.substr(0, 10);
  if (e.updated_at.size() >= 19) j["coded_time"] = e.updated_at.substr(11, 8) + "Z";
  ordered_json ext;
  ext["event_id"] = e.id;
  ext["cameo"] = {{"code", e.cameo_code}, {"base", e.cameo_base}, {"root", e.cameo_root},
                  {"quad_class", e.quad_class}, {"goldstein", e.goldstein}};
  ext["mode"] = e.mode;
  ext["num_mentions"] = e.num_mentions;
  ext["num_sources"] = e.num_sources;
  ext["num_articles"] = e.num_articles;
  ext["confidence"] = std::round(e.confidence * 100) / 100;
  ext["seq"] = e.seq;
  if (e.deleted) ext["deleted"] = true;
  j["dragoman"] = ext;
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace dragoman
