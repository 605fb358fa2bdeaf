// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "eval/geo_scorer.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "geo/gazetteer.h"

namespace dragoman {
namespace {

std::string Content(xmlNode* n) {
  if (n == nullptr) return "";
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

xmlNode* Child(xmlNode* n, const char* name) {
  for (xmlNode* c = n ? n->children : nullptr; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && xmlStrcmp(c->name, reinterpret_cast<const xmlChar*>(name)) == 0) return c;
  }
  return nullptr;
}

std::string Attr(xmlNode* n, const char* name) {
  if (n == nullptr) return "";
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Byte offset of each code point, plus one past the end.
std::vector<uint32_t> CodePointOffsets(const std::string& s) {
  std::vector<uint32_t> off;
  for (uint32_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) off.push_back(i);
  }
  off.push_back(static_cast<uint32_t>(s.size()));
  return off;
}

}  // namespace

double GeoReport::median_error_km() const {
  if (errors_km.empty()) return 0;
  std::vector<double> v = errors_km;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

Result<std::vector<GeoGoldArticle>> LoadGeoCorpus(const std::string& path, GeoCorpusStats* stats) {
  xmlDoc* doc = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOWARNING |
                                                       XML_PARSE_NOERROR);
  if (doc == nullptr) return Status::DataError(path + ": not a readable XML file");
  std::vector<GeoGoldArticle> out;
  xmlNode* root = xmlDocGetRootElement(doc);
  for (xmlNode* a = root ? root->children : nullptr; a != nullptr; a = a->next) {
    if (a->type != XML_ELEMENT_NODE || xmlStrcmp(a->name, reinterpret_cast<const xmlChar*>("article")) != 0) continue;
    GeoGoldArticle art;
    art.id = Attr(a, "docid");
    art.text = Content(Child(a, "text"));
    const std::vector<uint32_t> cp = CodePointOffsets(art.text);
    const size_t ncp = cp.size() - 1;
    if (art.id.empty()) art.id = "article-" + std::to_string(out.size() + 1);
    // LGL / TR-News: <toponyms><toponym><phrase>; GeoVirus: <locations><location><name>, the point
    // directly inside.
    xmlNode* first = Child(Child(a, "toponyms"), "toponym");
    const bool geovirus = first == nullptr;
    if (geovirus) first = Child(Child(a, "locations"), "location");
    for (xmlNode* t = first; t != nullptr; t = t->next) {
      if (t->type != XML_ELEMENT_NODE) continue;
      GeoGoldToponym g;
      g.phrase = Trim(Content(Child(t, geovirus ? "name" : "phrase")));
      const long s = std::strtol(Content(Child(t, "start")).c_str(), nullptr, 10);
      if (g.phrase.empty() || s < 0) continue;
      const size_t len_cp = CodePointOffsets(g.phrase).size() - 1;
      auto slice = [&](size_t b) {
        return b + len_cp <= ncp ? art.text.substr(cp[b], cp[b + len_cp] - cp[b]) : std::string();
      };
      // GeoVirus counts from 1.
      size_t begin = static_cast<size_t>(geovirus && s > 0 ? s - 1 : s);
      if (slice(begin) != g.phrase) {
        bool found = false;
        for (size_t d = 1; d <= 64 && !found; ++d) {
          for (long cand : {static_cast<long>(begin) - static_cast<long>(d), static_cast<long>(begin + d)}) {
            if (cand >= 0 && slice(static_cast<size_t>(cand)) == g.phrase) {
              begin = static_cast<size_t>(cand);
              found = true;
              break;
            }
          }
        }
        if (!found) {
          if (stats) ++stats->unaligned;
          continue;
        }
        if (stats) ++stats->realigned;
      }
      g.span = {cp[begin], cp[begin + len_cp]};
      if (geovirus) {
        const std::string lat = Trim(Content(Child(t, "lat"))), lon = Trim(Content(Child(t, "lon")));
        if (!lat.empty() && !lon.empty()) {
          g.has_point = true;
          g.lat = std::strtod(lat.c_str(), nullptr);
          g.lon = std::strtod(lon.c_str(), nullptr);
        }
      } else if (xmlNode* gz = Child(t, "gaztag")) {
        const std::string lat = Trim(Content(Child(gz, "lat"))), lon = Trim(Content(Child(gz, "lon")));
        if (!lat.empty() && !lon.empty()) {
          g.has_point = true;
          g.lat = std::strtod(lat.c_str(), nullptr);
          g.lon = std::strtod(lon.c_str(), nullptr);
        }
        g.geonames_id = static_cast<uint32_t>(std::strtoul(Attr(gz, "geonameid").c_str(), nullptr, 10));
        g.feature = Trim(Content(Child(gz, "fcode")));
        g.name = Trim(Content(Child(gz, "name")));
      }
      art.toponyms.push_back(std::move(g));
    }
    out.push_back(std::move(art));
  }
  xmlFreeDoc(doc);
  if (out.empty()) return Status::DataError(path + ": no <article> elements");
  return out;
}

Article GeoCorpusArticle(const GeoGoldArticle& gold) {
  Article a;
  a.id = gold.id;
  a.raw = gold.text;
  size_t b = 0;
  while (b < a.raw.size()) {
    size_t e = a.raw.find('\n', b);
    if (e == std::string::npos) e = a.raw.size();
    size_t tb = b, te = e;
    while (tb < te && (a.raw[tb] == ' ' || a.raw[tb] == '\t' || a.raw[tb] == '\r')) ++tb;
    while (te > tb && (a.raw[te - 1] == ' ' || a.raw[te - 1] == '\t' || a.raw[te - 1] == '\r')) --te;
    if (te > tb) a.parts.push_back({PartKind::kBody, {static_cast<uint32_t>(tb), static_cast<uint32_t>(te)}, ""});
    b = e + 1;
  }
  return a;
}

std::vector<GeoPrediction> GeoPredictions(const CodedArticle& coded) {
  std::vector<GeoPrediction> out;
  for (const PlaceMention& m : coded.places) {
    GeoPrediction p;
    p.span = m.span;
    p.resolved = !m.place.empty();
    p.lat = m.place.lat;
    p.lon = m.place.lon;
    p.geonames_id = m.place.geonames_id;
    p.name = m.place.name;
    p.precision = PlacePrecisionName(m.place.precision);
    out.push_back(p);
  }
  return out;
}

void ScoreGeoArticle(const GeoGoldArticle& gold, const std::vector<GeoPrediction>& predicted, GeoReport* r,
                     std::vector<GeoMistake>* mistakes) {
  std::map<std::pair<uint32_t, uint32_t>, const GeoPrediction*> by_span;
  for (const GeoPrediction& p : predicted) by_span.emplace(std::make_pair(p.span.begin, p.span.end), &p);
  std::map<std::pair<uint32_t, uint32_t>, bool> gold_spans;
  for (const GeoGoldToponym& g : gold.toponyms) gold_spans[{g.span.begin, g.span.end}] = true;
  r->recognition.gold += gold_spans.size();
  r->recognition.predicted += by_span.size();
  auto text = [&](Span s) {
    return s.begin < s.end && s.end <= gold.text.size() ? gold.text.substr(s.begin, s.end - s.begin) : std::string();
  };
  std::map<std::pair<uint32_t, uint32_t>, bool> counted;
  for (const GeoGoldToponym& g : gold.toponyms) {
    const auto key = std::make_pair(g.span.begin, g.span.end);
    if (counted.count(key)) continue;  // a span annotated twice counts once
    counted[key] = true;
    if (g.has_point) ++r->gold_with_point;
    auto it = by_span.find(key);
    if (it == by_span.end()) {
      if (mistakes) mistakes->push_back({"FN", gold.id, g.phrase, g.feature + " @" + std::to_string(g.span.begin)});
      continue;
    }
    ++r->recognition.tp;
    if (!g.has_point) continue;
    ++r->resolvable;
    const GeoPrediction& p = *it->second;
    double km = 20000;
    if (p.resolved) km = DistanceKm(p.lat, p.lon, g.lat, g.lon);
    const bool same_id = p.resolved && p.geonames_id != 0 && p.geonames_id == g.geonames_id;
    r->errors_km.push_back(same_id ? 0 : km);
    bool entity = false;
    if (p.resolved && !g.name.empty()) {
      const bool country = g.feature.rfind("PCL", 0) == 0, admin1 = g.feature == "ADM1", cont = g.feature == "CONT";
      std::string gk, pk;
      AppendNameKey(g.name, &gk);
      AppendNameKey(p.name, &pk);
      entity = ((country && p.precision == "country") || (admin1 && p.precision == "admin1") ||
                (cont && p.precision == "region")) &&
               gk == pk;
    }
    if (same_id || km <= 161) ++r->within_161;
    if (same_id || km <= 161 || entity) ++r->entity_match;
    if (!same_id && km > 161 && mistakes) {
      // "FAR" counts against acc@161km; "FAR-ENTITY" too, though the entity is right (the two
      // gazetteers place it apart).
      char buf[200];
      std::snprintf(buf, sizeof buf, "%.0f km; gold %s (%.2f, %.2f) id %u; got %s %s (%.2f, %.2f) id %u", km,
                    g.feature.c_str(), g.lat, g.lon, g.geonames_id, p.precision.c_str(), p.name.c_str(), p.lat,
                    p.lon, p.geonames_id);
      mistakes->push_back({entity ? "FAR-ENTITY" : "FAR", gold.id, g.phrase, buf});
    }
  }
  if (mistakes) {
    for (const GeoPrediction& p : predicted) {
      if (!gold_spans.count({p.span.begin, p.span.end})) {
        mistakes->push_back({"FP", gold.id, text(p.span), "@" + std::to_string(p.span.begin)});
      }
    }
  }
}

}  // namespace dragoman
