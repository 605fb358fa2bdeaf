// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The clustering rule in one place: the key that mentions of one event share, and the date
// arithmetic of the window. doc/store.md states the rule for users.

#ifndef DRAGOMAN_STORE_DEDUP_H_
#define DRAGOMAN_STORE_DEDUP_H_

#include <cstdint>
#include <optional>
#include <string>

#include "dragoman/event.h"
#include "store/event_store.h"

namespace dragoman {

// Days since 1970-01-01 of a YYYY-MM-DD date; nullopt for anything else (including "").
std::optional<int64_t> DayNumber(const std::string& date);
// YYYYMM of a YYYY-MM-DD date, 0 when it is not one.
int64_t MonthNumber(const std::string& date);

// The clustering key of a mention under `options`:
//   SOURCE|TARGET|CODE|MODE
// SOURCE and TARGET are the actor codes (or their countries with actor_level "country"; an actor
// without a country keeps its code); TARGET is empty when the event has none; CODE is the CAMEO code
// cut to the level (code/base/root); MODE is the event's mode, or empty when modes are not kept
// apart. Two mentions can share an event only if their keys are equal, their dates are within
// options.date_window_days and their places agree (DedupPlace below).
std::string ClusterKey(const Event& event, const DedupOptions& options);

// The place of a mention as clustering compares it: three levels, each "" when unknown or not
// compared. Two places agree when either has no country, or their countries are equal and at each
// lower level the values are equal or either is "" (so a city agrees with its country, its admin1
// and a mention that names no place; two cities of one country do not).
struct DedupPlace {
  std::string country;  // ISO alpha-3
  std::string admin1;   // the first-level division's name (place_level "place")
  std::string point;    // a city or spot: "g" + GeoNames id, else its lower-cased name (place_level "place")
  bool operator==(const DedupPlace&) const = default;
};
// `place` at options.place_level; all "" for an empty place, a region, a dateline place (basis
// "dateline") and place_level "ignore". A second-level division counts as its admin1.
DedupPlace DedupPlaceOf(const Place& place, const DedupOptions& options);
// Whether two DedupPlaces agree (the rule above).
bool PlacesAgree(const DedupPlace& a, const DedupPlace& b);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_DEDUP_H_
