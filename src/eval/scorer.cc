// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "eval/scorer.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace dragoman {
namespace {

std::string Country(const std::string& code) { return code.substr(0, 3); }

void ActorCodes(const nlohmann::json& j, std::vector<std::string>* out) {
  if (j.is_array()) {
    for (const auto& a : j) {
      if (a.is_object() && a.contains("code") && a["code"].is_string()) {
        std::string c = a["code"].get<std::string>();
        if (a.contains("sector") && a["sector"].is_string()) c += a["sector"].get<std::string>();
        out->push_back(c);
      }
    }
  }
}

bool CountryIn(const std::string& code, const std::vector<std::string>& alts) {
  for (const std::string& a : alts) {
    if (Country(a) == Country(code)) return true;
  }
  return false;
}

}  // namespace

std::string PloverGoldCategory(const std::string& code) {
  if (code.size() < 2) return "";
  const std::string r = code.substr(0, 2);
  if (r == "03") return "AGREE";
  if (r == "04") return "CONSULT";
  if (r == "05") return "SUPPORT";
  if (r == "06") return "COOPERATE";
  if (r == "07") return "AID";
  if (r == "08") return code.size() >= 3 && code[2] <= '3' ? "CONCEDE" : "RETREAT";
  if (r == "09") return "INVESTIGATE";
  if (r == "10") return "DEMAND";
  if (r == "11") return "DISAPPROVE";
  if (r == "12") return "REJECT";
  if (r == "13") return "THREATEN";
  if (r == "14") return "PROTEST";
  if (r == "15") return "MOBILIZE";
  if (r == "16") return "SANCTION";
  if (r == "17") return "COERCE";
  if (r == "18" || r == "20") return "ASSAULT";
  if (r == "19") return "FIGHT";
  return "";
}

Result<std::vector<GoldItem>> LoadPloverGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_array()) return Status::DataError(path + ": not a JSON array");
  std::vector<GoldItem> items;
  for (const auto& r : j) {
    if (!r.is_object() || !r.contains("text") || !r["text"].is_string()) continue;
    std::string event = r.value("event", "");
    if (event == "DOCUMENT" || event.empty()) continue;
    GoldItem g;
    g.id = r.value("id", "");
    g.text = r["text"].get<std::string>();
    g.date = r.value("date", "");
    ScoredEvent e;
    e.category = event;
    if (r.contains("source")) ActorCodes(r["source"], &e.sources);
    if (r.contains("target")) ActorCodes(r["target"], &e.targets);
    g.events.push_back(std::move(e));
    items.push_back(std::move(g));
  }
  return items;
}

Result<std::vector<GoldItem>> LoadJsonlGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<GoldItem> items;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json r = nlohmann::json::parse(line, nullptr, false);
    if (r.is_discarded() || !r.is_object()) {
      return Status::DataError(path + ":" + std::to_string(n) + ": not a JSON object");
    }
    GoldItem g;
    g.id = r.value("id", "");
    g.file = r.value("file", "");
    g.text = r.value("text", "");
    g.date = r.value("date", "");
    if (r.contains("events") && r["events"].is_array()) {
      for (const auto& ev : r["events"]) {
        ScoredEvent e;
        e.sources.push_back(ev.value("source", ""));
        e.targets.push_back(ev.value("target", ""));
        e.code = ev.value("cameo", "");
        if (ev.contains("alt") && ev["alt"].is_array()) {
          for (const auto& alt : ev["alt"]) {
            ScoredEvent a = e;
            if (alt.contains("source")) a.sources = {alt.value("source", "")};
            if (alt.contains("target")) a.targets = {alt.value("target", "")};
            if (alt.contains("cameo")) a.code = alt.value("cameo", "");
            e.alternatives.push_back(std::move(a));
          }
        }
        g.events.push_back(std::move(e));
      }
    }
    items.push_back(std::move(g));
  }
  return items;
}

void ScoreItem(const std::vector<ScoredEvent>& predicted_in, const GoldItem& gold, EvalReport* report) {
  ++report->items;
  // PLOVER gold has one event a sentence, with compound actors in lists: the unit predicted is a
  // (sentence, category) pair, so the events of one category count once.
  std::vector<ScoredEvent> predicted;
  const bool plover = !gold.events.empty() && !gold.events[0].category.empty();
  for (const ScoredEvent& p : predicted_in) {
    bool seen = false;
    for (const ScoredEvent& q : predicted) {
      seen = seen || (plover && PloverGoldCategory(q.code) == PloverGoldCategory(p.code));
    }
    if (!seen) predicted.push_back(p);
    if (seen && plover) {
      // Keep the one whose actors agree with the gold, if any.
      for (ScoredEvent& q : predicted) {
        if (PloverGoldCategory(q.code) == PloverGoldCategory(p.code) &&
            !(CountryIn(q.source, gold.events[0].sources) || gold.events[0].sources.empty()) &&
            CountryIn(p.source, gold.events[0].sources)) {
          q = p;
        }
      }
    }
  }
  if (predicted.empty()) ++report->items_without_prediction;
  auto same_root = [](const ScoredEvent& p, const ScoredEvent& g) {
    if (!g.category.empty()) return PloverGoldCategory(p.code) == g.category;
    return p.code.substr(0, 2) == g.code.substr(0, 2);
  };
  auto same_full = [](const ScoredEvent& p, const ScoredEvent& g) {
    return g.category.empty() && p.code == g.code;
  };
  auto actors_ok = [](const ScoredEvent& p, const ScoredEvent& g) {
    bool s = g.sources.empty() || CountryIn(p.source, g.sources);
    bool t = g.targets.empty() || CountryIn(p.target, g.targets);
    return s && t;
  };
  auto score = [&](Score* sc, auto match_one) {
    auto match = [&](const ScoredEvent& p, const ScoredEvent& g) {
      if (match_one(p, g)) return true;
      for (const ScoredEvent& alt : g.alternatives) {
        if (match_one(p, alt)) return true;
      }
      return false;
    };
    std::vector<bool> used(gold.events.size(), false);
    sc->predicted += predicted.size();
    sc->gold += gold.events.size();
    for (const ScoredEvent& p : predicted) {
      for (size_t k = 0; k < gold.events.size(); ++k) {
        if (!used[k] && match(p, gold.events[k])) {
          used[k] = true;
          ++sc->tp;
          break;
        }
      }
    }
  };
  score(&report->root, same_root);
  if (gold.events.empty() || gold.events[0].category.empty()) score(&report->full, same_full);
  score(&report->with_actors, [&](const ScoredEvent& p, const ScoredEvent& g) {
    return same_root(p, g) && actors_ok(p, g);
  });
}

}  // namespace dragoman
