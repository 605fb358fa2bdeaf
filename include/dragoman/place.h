// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Places: where an event happened (Event::place), and every place name found in an article
// (CodedArticle::places), resolved to a gazetteer entry with a point and a precision.
// doc/places.md describes recognition, resolution and the JSON form.

#ifndef DRAGOMAN_PLACE_H_
#define DRAGOMAN_PLACE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dragoman/article.h"

namespace dragoman {

// How precise a place's point is: the smallest unit the text named.
enum class PlacePrecision : uint8_t {
  kNone = 0,  // no place
  kPoint,     // a named spot inside a city (a neighbourhood)
  kCity,      // a populated place
  kAdmin2,    // a second-level division (county, district)
  kAdmin1,    // a first-level division (state, province)
  kCountry,
  kRegion,    // a continent or multinational region ("Europe", "the Middle East")
};
// "point", "city", "admin2", "admin1", "country", "region", or "" for kNone.
const char* PlacePrecisionName(PlacePrecision p);

struct Place {
  std::string name;          // the gazetteer's name: "Groznyy", "France", "Chechnya"
  std::string country;       // ISO 3166-1 alpha-3: "RUS" (as the CAMEO country block); "" for regions
  std::string admin1;        // first-level division's name, "" for countries and when unknown
  double lat = 0, lon = 0;   // WGS84 degrees
  uint32_t geonames_id = 0;  // 0 when the place has none in the gazetteer (countries, divisions)
  PlacePrecision precision = PlacePrecision::kNone;
  std::string feature;       // "capital", "admin1 seat", "populated place", "admin1", "country", ...
  Span span;                 // the text that named it, in Article::raw (empty for none)
  std::string text;          // raw bytes of span
  // Events only: where the place came from: "clause" (a locative phrase of the event's clause),
  // "sentence" (a locative phrase elsewhere in its sentence), "dateline".
  std::string basis;
  bool empty() const { return precision == PlacePrecision::kNone; }
};

// A place a mention could have denoted, with the resolver's score.
struct PlaceCandidate {
  std::string name, country, admin1, feature;
  double lat = 0, lon = 0;
  uint32_t geonames_id = 0;
  double score = 0;
};

// One toponym in the article: "Moscow", "the Chechen capital Grozny" -> "Grozny", "Libyan".
struct PlaceMention {
  std::string text;        // raw bytes of span
  Span span;               // in Article::raw
  int sentence_index = -1; // among the coded sentences; -1 for the title, sub-headline or dateline
  std::string part;        // "body", "caption", "title", "subtitle", "dateline"
  bool adjective = false;  // a demonym ("Libyan"), which names the place without being one
  bool locative = false;   // after a locative preposition: in, at, near, off, outside, ...
  Place place;             // the resolution (precision kNone: none of the candidates fit)
  double confidence = 0;   // 0-1: the winner's share of the candidates' weight
  std::vector<PlaceCandidate> candidates;  // best first (at most 5)
  size_t candidates_total = 0;             // how many the gazetteer had
};

}  // namespace dragoman

#endif  // DRAGOMAN_PLACE_H_
