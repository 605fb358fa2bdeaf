// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Geoparsing scores against toponym corpora in the XML format of LGL and TR-News (Gritta et al.,
// "A Pragmatic Guide to Geoparsing Evaluation"):
//   <articles><article docid="..."><text>...</text>
//     <toponyms><toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
//       <gaztag geonameid="4314550"><lat>31.31</lat><lon>-92.44</lon>...</gaztag>   (optional)
//     </toponym>...</toponyms></article>...</articles>
// or of GeoVirus (Gritta et al. 2018), whose gold has Wikipedia points, no GeoNames ids, and start
// offsets counted from 1:
//   <articles><article><source>URL</source><text>...</text>
//     <locations><location><name>Pandi</name><start>170</start><end>175</end><lat>14.87</lat>
//       <lon>120.95</lon><page>...</page></location>...</locations></article>...</articles>
// Offsets in the files count Unicode code points; they are converted to byte offsets. Some files
// have offsets a few characters off: a toponym whose offsets do not slice its phrase is moved to
// the nearest occurrence of the phrase within 64 characters (counted in GeoReport::realigned), or
// dropped when there is none (GeoReport::unaligned).
//
// Recognition: a predicted mention is right when its byte span equals a gold span (exact match);
// precision, recall and F1. Resolution: over the gold toponyms with coordinates that were
// recognised, the share whose predicted point lies within 161 km (100 miles) of the gold point, or
// whose GeoNames id equals the gold one (GeoReport::accuracy_161); and the same where a gold
// country or first-level division also counts as right when the prediction names that entity at
// that level (GeoReport::accuracy_entity).

#ifndef DRAGOMAN_EVAL_GEO_SCORER_H_
#define DRAGOMAN_EVAL_GEO_SCORER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/engine.h"
#include "dragoman/status.h"
#include "eval/scorer.h"

namespace dragoman {

struct GeoGoldToponym {
  Span span;               // bytes of GeoGoldArticle::text
  std::string phrase;
  bool has_point = false;  // coordinates given
  double lat = 0, lon = 0;
  uint32_t geonames_id = 0;
  std::string feature;     // GeoNames feature code ("PPL", "ADM1"), or ""
  std::string name;        // the gold entry's name ("Ontario", "United States")
};

struct GeoGoldArticle {
  std::string id;
  std::string text;
  std::vector<GeoGoldToponym> toponyms;
};

struct GeoCorpusStats {
  size_t realigned = 0;  // gold offsets that were off and were moved to the phrase
  size_t unaligned = 0;  // gold toponyms dropped: the phrase was not found near the offsets
};

// Reads a corpus file. Fails with kNotFound / kDataError naming the file (and the article) when it
// cannot be read or parsed.
Result<std::vector<GeoGoldArticle>> LoadGeoCorpus(const std::string& path, GeoCorpusStats* stats);

struct GeoPrediction {
  Span span;
  bool resolved = false;
  double lat = 0, lon = 0;
  uint32_t geonames_id = 0;
  std::string name;        // resolved place's name
  std::string precision;   // "country", "admin1", "city", ...
};

struct GeoReport {
  Score recognition;                 // exact span match
  size_t resolvable = 0;             // recognised gold toponyms with coordinates
  size_t within_161 = 0;             // ... resolved within 161 km (or same GeoNames id)
  // ... or, for a gold country, first-level division or continent, resolved to the entity of that
  // name at that level, whatever representative point each gazetteer gives it (GeoNames puts Canada at
  // 60.1 N 113.6 W, world-countries at 60 N 95 W: 1,000 km apart for the same country).
  size_t entity_match = 0;
  size_t gold_with_point = 0;        // all gold toponyms with coordinates
  std::vector<double> errors_km;     // per resolvable toponym (unresolved: 20000)
  double accuracy_161() const { return resolvable ? static_cast<double>(within_161) / resolvable : 0; }
  double accuracy_entity() const { return resolvable ? static_cast<double>(entity_match) / resolvable : 0; }
  // Within 161 km over every gold toponym with coordinates (unrecognised ones count as wrong).
  double accuracy_161_all() const { return gold_with_point ? static_cast<double>(within_161) / gold_with_point : 0; }
  double median_error_km() const;
};

// One line per mistake, for error analysis: "FN", "FP", "FAR" (resolved > 161 km away) or "FAR-ENTITY"
// (> 161 km away, but the gold country, admin1 or continent itself).
struct GeoMistake {
  std::string kind, article_id, text, detail;
};

// The article to code for a corpus article: its text, with one body part per non-empty line (the
// corpora have no title, date line or dateline to find).
Article GeoCorpusArticle(const GeoGoldArticle& gold);
// The predictions of a coded article: every place mention (demonyms included, as the corpora
// annotate them), with its resolved point.
std::vector<GeoPrediction> GeoPredictions(const CodedArticle& coded);

// Adds one article's predictions to `report` (and its mistakes to `mistakes`, when not null).
void ScoreGeoArticle(const GeoGoldArticle& gold, const std::vector<GeoPrediction>& predicted, GeoReport* report,
                     std::vector<GeoMistake>* mistakes);

}  // namespace dragoman

#endif  // DRAGOMAN_EVAL_GEO_SCORER_H_
