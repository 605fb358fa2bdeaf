// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "store/gdelt_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>

#include "geo/gazetteer.h"
#include "store/dedup.h"

namespace dragoman {
namespace {

// CAMEO actor type (role) codes, as in GDELT's CAMEO.type lookup.
const std::set<std::string>& TypeCodes() {
  static const std::set<std::string> k = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
                                          "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",
                                          "LAB", "LEG", "MED", "MOD", "RAD", "REF", "SET", "IGO", "IMG", "INT",
                                          "MNC", "NGM", "NGO", "UIS", "PTY", "REL", "JRN", "PRM", "SOC"};
  return k;
}

// CAMEO religion codes (GDELT's CAMEO.religion lookup).
const std::set<std::string>& ReligionCodes() {
  static const std::set<std::string> k = {"ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX",
                                          "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN",
                                          "NRM", "ORT", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO",
                                          "UDX", "ZRO"};
  return k;
}

// Text safe in a tab-separated field read by CSV readers.
std::string Clean(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (c == '"') c = '\'';
  }
  return out;
}

std::string Upper(const std::string& s) {
  std::string out = Clean(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// "2017-08-04" -> "20170804".
std::string Compact(const std::string& date) {
  std::string out;
  for (char c : date) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

// "2026-01-15T10:00:00Z" -> "20260115100000".
std::string Timestamp14(const std::string& iso) {
  std::string d = Compact(iso);
  d.resize(14, '0');
  return d;
}

void AddActor(const StoredActor& a, std::vector<std::string>* f) {
  GdeltActorParts p = SplitActorCode(a.code, a.country);
  f->push_back(a.code);
  f->push_back(a.code.empty() ? "" : Upper(a.name));
  f->push_back(a.country);
  f->push_back(p.known_group);
  f->push_back("");  // EthnicCode: not coded
  f->push_back(p.religion1);
  f->push_back(p.religion2);
  f->push_back(p.type1);
  f->push_back(p.type2);
  f->push_back(p.type3);
}

}  // namespace

GdeltActorParts SplitActorCode(const std::string& code, const std::string& country) {
  GdeltActorParts p;
  size_t i = (!country.empty() && code.rfind(country, 0) == 0) ? country.size() : 0;
  for (; i + 3 <= code.size(); i += 3) {
    const std::string block = code.substr(i, 3);
    if (TypeCodes().count(block)) {
      if (p.type1.empty()) {
        p.type1 = block;
      } else if (p.type2.empty()) {
        p.type2 = block;
      } else if (p.type3.empty()) {
        p.type3 = block;
      }
    } else if (ReligionCodes().count(block)) {
      if (p.religion1.empty()) {
        p.religion1 = block;
      } else if (p.religion2.empty()) {
        p.religion2 = block;
      }
    } else if (p.known_group.empty() && !(i == 0 && country.empty() && block.size() == 3 && code.size() == 3)) {
      p.known_group = block;
    }
  }
  return p;
}

std::string GdeltFractionDate(const std::string& date) {
  auto day = DayNumber(date);
  if (!day) return "";
  const std::string jan1 = date.substr(0, 4) + "-01-01";
  auto first = DayNumber(jan1);
  const int year = std::atoi(date.substr(0, 4).c_str());
  const double frac = static_cast<double>(*day - *first) / 365.0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", year + frac);
  return buf;
}

std::string JoinTabs(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += '\t';
    out += fields[i];
  }
  return out;
}

Result<CountryNames> GazetteerCountryNames(const std::string& path) {
  Result<std::unique_ptr<Gazetteer>> gaz = Gazetteer::Load(path);
  if (!gaz.ok()) return gaz.status();
  CountryNames names;
  for (size_t c = 0; c < (*gaz)->country_count(); ++c) {
    const uint32_t place = (*gaz)->CountryPlace(static_cast<uint16_t>(c));
    if (place == kNoPlace || place >= (*gaz)->place_count()) continue;
    names[std::string((*gaz)->CountryIso3(static_cast<uint16_t>(c)))] = std::string((*gaz)->PlaceName(place));
  }
  return names;
}

std::vector<std::string> GdeltGeoFields(const Place& p, const CountryNames* countries) {
  std::vector<std::string> f(8);
  if (p.empty() || p.precision == PlacePrecision::kRegion || p.country.empty()) return f;
  const bool us = p.country == "USA";
  int type = 4;
  switch (p.precision) {
    case PlacePrecision::kCountry: type = 1; break;
    case PlacePrecision::kAdmin1:
    case PlacePrecision::kAdmin2: type = us ? 2 : 5; break;
    default: type = us ? 3 : 4; break;
  }
  std::string country = p.country;
  if (countries != nullptr) {
    auto it = countries->find(p.country);
    if (it != countries->end()) country = it->second;
  }
  std::string full;
  if (p.precision == PlacePrecision::kCountry) {
    full = country;
  } else {
    full = p.name;
    if (!p.admin1.empty() && p.admin1 != p.name) full += ", " + p.admin1;
    full += ", " + country;
  }
  char lat[32], lon[32];
  std::snprintf(lat, sizeof lat, "%.4f", p.lat);
  std::snprintf(lon, sizeof lon, "%.4f", p.lon);
  f[0] = std::to_string(type);
  f[1] = Clean(full);
  f[2] = p.country;
  f[3] = p.country;
  f[4] = "";
  f[5] = lat;
  f[6] = lon;
  f[7] = p.geonames_id != 0 ? std::to_string(p.geonames_id)
                            : (p.precision == PlacePrecision::kCountry ? p.country : std::string());
  return f;
}

Result<std::vector<std::string>> GdeltEventFields(const StoredEvent& e, const CountryNames* countries) {
  if (!DayNumber(e.date)) {
    return Status::InvalidArgument("event " + std::to_string(e.id) + ": no date (GDELT rows need SQLDATE)");
  }
  std::vector<std::string> f;
  f.reserve(kGdeltEventColumns);
  const std::string ymd = Compact(e.date);
  f.push_back(std::to_string(e.id));       // 0 GLOBALEVENTID
  f.push_back(ymd);                        // 1 SQLDATE
  f.push_back(ymd.substr(0, 6));           // 2 MonthYear
  f.push_back(ymd.substr(0, 4));           // 3 Year
  f.push_back(GdeltFractionDate(e.date));  // 4 FractionDate
  AddActor(e.source, &f);                  // 5-14 Actor1*
  AddActor(e.target, &f);                  // 15-24 Actor2*
  f.push_back(e.is_root ? "1" : "0");      // 25 IsRootEvent
  f.push_back(e.cameo_code);               // 26 EventCode
  f.push_back(e.cameo_base);               // 27 EventBaseCode
  f.push_back(e.cameo_root);               // 28 EventRootCode
  f.push_back(std::to_string(e.quad_class));  // 29 QuadClass
  char g[32];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  f.push_back(g);                               // 30 GoldsteinScale
  f.push_back(std::to_string(e.num_mentions));  // 31 NumMentions
  f.push_back(std::to_string(e.num_sources));   // 32 NumSources
  f.push_back(std::to_string(e.num_articles));  // 33 NumArticles
  f.push_back("");                              // 34 AvgTone: not computed
  for (const Place* p : {&e.source_place, &e.target_place, &e.action_place}) {
    const std::vector<std::string> geo = GdeltGeoFields(*p, countries);  // 35-42, 43-50, 51-58
    f.insert(f.end(), geo.begin(), geo.end());
  }
  f.push_back(Timestamp14(e.added_at));         // 59 DATEADDED
  f.push_back(Clean(e.url));                    // 60 SOURCEURL
  return f;
}

std::vector<std::string> GdeltMentionFields(const StoredMention& m) {
  std::vector<std::string> f;
  f.reserve(kGdeltMentionColumns);
  f.push_back(std::to_string(m.event_id));  // 0 GLOBALEVENTID
  f.push_back(Timestamp14(m.event_added_at));  // 1 EventTimeDate: when the event was first stored
  // 2 MentionTimeDate: the article's publication date and time when known, else when it was stored.
  std::string when;
  if (DayNumber(m.article_date)) {
    when = Compact(m.article_date) + (m.article_time.size() == 5 ? Compact(m.article_time) + "00" : "000000");
  } else {
    when = Timestamp14(m.event_added_at);
  }
  f.push_back(when);
  f.push_back(m.url.empty() ? "2" : "1");   // 3 MentionType: 1 web (URL), 2 citation only
  f.push_back(Clean(m.outlet));             // 4 MentionSourceName
  f.push_back(Clean(m.url.empty() ? m.article_id : m.url));  // 5 MentionIdentifier
  f.push_back(std::to_string(m.sentence_index + 1));         // 6 SentenceID (from 1)
  f.push_back(std::to_string(m.source_offset));              // 7 Actor1CharOffset
  f.push_back(std::to_string(m.target_offset));              // 8 Actor2CharOffset (-1: none)
  f.push_back(std::to_string(m.verb_offset));                // 9 ActionCharOffset
  f.push_back(m.in_raw_text ? "1" : "0");                    // 10 InRawText
  f.push_back(std::to_string(static_cast<int>(std::lround(m.confidence * 100))));  // 11 Confidence (%)
  f.push_back(std::to_string(m.doc_len));                    // 12 MentionDocLen
  f.push_back("");                                           // 13 MentionDocTone
  f.push_back("");                                           // 14 MentionDocTranslationInfo
  f.push_back("");                                           // 15 Extras
  return f;
}

}  // namespace dragoman
