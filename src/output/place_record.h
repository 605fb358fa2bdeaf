// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// JSON forms of places (doc/places.md): the "place" object of an event record, and the
// "type": "place" record written for every place name of an article.

#ifndef DRAGOMAN_OUTPUT_PLACE_RECORD_H_
#define DRAGOMAN_OUTPUT_PLACE_RECORD_H_

#include <nlohmann/json.hpp>

#include <string>

#include "dragoman/place.h"

namespace dragoman {

// {"name","country","admin1","lat","lon","geonames_id","precision","feature","text","span","basis"?};
// null when the place is empty. geonames_id is null when the place has none; coordinates are
// rounded to 5 decimals.
nlohmann::ordered_json PlaceJson(const Place& place);

// One line (without the newline): {"type":"place","article_id",...} for one place mention.
std::string PlaceRecord(const std::string& article_id, const PlaceMention& mention);

}  // namespace dragoman

#endif  // DRAGOMAN_OUTPUT_PLACE_RECORD_H_
