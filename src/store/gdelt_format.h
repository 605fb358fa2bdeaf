// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// GDELT 2.0 rows: the event table (61 tab-separated columns, no header) and the mentions table (16
// columns), in the GDELT codebook's column order. doc/store.md maps every column to its source.
// Columns Dragoman does not produce (AvgTone, EthnicCode, ADM2Code, document tone, translation info,
// extras) are empty; the column count is always exact. Geography: ActionGeo_* is the event's place,
// Actor1Geo_* / Actor2Geo_* the place an actor's mention names, each empty when unknown; country
// codes are ISO 3166-1 alpha-3 (GDELT writes FIPS 10-4 there; doc/store.md says why).
//
// Text fields (actor names, URLs) never contain a tab, newline or double quote: such characters
// become a space or an apostrophe, so that CSV readers (sqlite3 .import, DuckDB read_csv, pandas)
// load the file unchanged with tab as separator.

#ifndef DRAGOMAN_STORE_GDELT_FORMAT_H_
#define DRAGOMAN_STORE_GDELT_FORMAT_H_

#include <map>
#include <string>
#include <vector>

#include "store/event_store.h"

namespace dragoman {

inline constexpr int kGdeltEventColumns = 61;
inline constexpr int kGdeltMentionColumns = 16;

// Country names by ISO alpha-3 ("RUS" -> "Russia"), for the Geo_FullName columns.
using CountryNames = std::map<std::string, std::string>;
// The country names of the gazetteer at `path` (doc/places.md); fails as Gazetteer::Load does.
Result<CountryNames> GazetteerCountryNames(const std::string& path);

// The fields of one event-table row (kGdeltEventColumns of them). Fails (InvalidArgument, naming
// the event) for an event without a date: GDELT rows need SQLDATE. `countries` (may be null) names
// the countries in Geo_FullName; without it, or for a code it lacks, the code stands in.
Result<std::vector<std::string>> GdeltEventFields(const StoredEvent& event, const CountryNames* countries = nullptr);

// The 8 Geo_* fields of `place` (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
// FeatureID); all empty for an empty place or a region (GDELT has no type for regions).
//   Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (admin1/admin2)
//   FullName: "City, Admin1, Country" as GDELT writes it ("Groznyy, Chechnya, Russia")
//   CountryCode, ADM1Code: the ISO alpha-3 code (no ADM1 codes are known: GDELT's own form for an
//     unknown ADM1 is the country code alone)
//   Lat, Long: 4 decimals; FeatureID: the GeoNames id, or the country code for a country
std::vector<std::string> GdeltGeoFields(const Place& place, const CountryNames* countries);
// The fields of one mentions-table row (kGdeltMentionColumns of them).
std::vector<std::string> GdeltMentionFields(const StoredMention& mention);

// Fields joined by tabs, without the newline.
std::string JoinTabs(const std::vector<std::string>& fields);

// GDELT's FractionDate for a YYYY-MM-DD date: year + (day of year - 1) / 365, four decimals
// ("2017.5890" for 2017-08-04); "" for anything else.
std::string GdeltFractionDate(const std::string& date);

// The parts of a CAMEO actor code in GDELT's columns.
struct GdeltActorParts {
  std::string known_group;           // an organisation's own block: UNO in IGOUNO
  std::string religion1, religion2;  // religion blocks: MOS, CHR, ...
  std::string type1, type2, type3;   // role blocks: GOV, MIL, REB, IGO, ...
};
// Splits `code` (country block first when `country` is its prefix) into GDELT's columns.
GdeltActorParts SplitActorCode(const std::string& code, const std::string& country);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_GDELT_FORMAT_H_
