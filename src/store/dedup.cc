// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "store/dedup.h"

#include <cstdlib>
#include <vector>

namespace dragoman {
namespace {

bool Digits(const std::string& s, size_t from, size_t n) {
  for (size_t i = from; i < from + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::optional<int64_t> DayNumber(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-' || !Digits(date, 0, 4) || !Digits(date, 5, 2) ||
      !Digits(date, 8, 2)) {
    return std::nullopt;
  }
  const int64_t y = std::atoi(date.substr(0, 4).c_str());
  const unsigned m = std::atoi(date.substr(5, 2).c_str());
  const unsigned d = std::atoi(date.substr(8, 2).c_str());
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return std::nullopt;
  const unsigned last = kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
  if (d > last) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

int64_t MonthNumber(const std::string& date) {
  if (!DayNumber(date)) return 0;
  return std::atoi(date.substr(0, 4).c_str()) * 100 + std::atoi(date.substr(5, 2).c_str());
}

std::string ClusterKey(const Event& event, const DedupOptions& options) {
  auto actor = [&](const ActorRef& a) -> std::string {
    if (options.actor_level == "country" && !a.country.empty()) return a.country;
    return a.code;
  };
  std::string code = event.cameo_code;
  if (options.code_level == "base") {
    code = event.cameo_base.empty() ? code.substr(0, 3) : event.cameo_base;
  } else if (options.code_level == "root") {
    code = event.cameo_root.empty() ? code.substr(0, 2) : event.cameo_root;
  }
  std::string key = actor(event.source);
  key += '|';
  if (!event.target.code.empty()) key += actor(event.target);
  key += '|';
  key += code;
  key += '|';
  if (options.separate_modes) key += EventModeName(event.mode);
  return key;
}

DedupPlace DedupPlaceOf(const Place& place, const DedupOptions& options) {
  DedupPlace d;
  if (place.empty() || place.country.empty() || place.basis == "dateline" || options.place_level == "ignore") {
    return d;
  }
  d.country = place.country;
  if (options.place_level != "place") return d;
  switch (place.precision) {
    case PlacePrecision::kAdmin1:
      d.admin1 = place.admin1.empty() ? place.name : place.admin1;
      break;
    case PlacePrecision::kAdmin2:
      d.admin1 = place.admin1;
      break;
    case PlacePrecision::kCity:
    case PlacePrecision::kPoint: {
      d.admin1 = place.admin1;
      if (place.geonames_id != 0) {
        d.point = "g" + std::to_string(place.geonames_id);
      } else {
        d.point = place.name;
        for (char& c : d.point) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
      }
      break;
    }
    default:
      break;
  }
  return d;
}

bool PlacesAgree(const DedupPlace& a, const DedupPlace& b) {
  if (a.country.empty() || b.country.empty()) return true;
  if (a.country != b.country) return false;
  if (!a.admin1.empty() && !b.admin1.empty() && a.admin1 != b.admin1) return false;
  return a.point.empty() || b.point.empty() || a.point == b.point;
}

std::string DedupOptions::Serialize() const {
  return "window=" + std::to_string(date_window_days) + ";code=" + code_level + ";actor=" + actor_level +
         ";modes=" + (separate_modes ? "separate" : "merged") + ";place=" + place_level;
}

Result<DedupOptions> DedupOptions::Parse(const std::string& text) {
  DedupOptions o;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    start = end + 1;
    if (item.empty()) continue;
    const size_t eq = item.find('=');
    if (eq == std::string::npos) return Status::DataError("dedup options: no '=' in '" + item + "'");
    const std::string k = item.substr(0, eq), v = item.substr(eq + 1);
    if (k == "window") {
      char* endp = nullptr;
      long n = std::strtol(v.c_str(), &endp, 10);
      if (v.empty() || *endp != '\0') return Status::DataError("dedup options: window: not a number: '" + v + "'");
      o.date_window_days = static_cast<int>(n);
    } else if (k == "code") {
      o.code_level = v;
    } else if (k == "actor") {
      o.actor_level = v;
    } else if (k == "modes") {
      if (v != "separate" && v != "merged") {
        return Status::DataError("dedup options: modes: want separate or merged, got '" + v + "'");
      }
      o.separate_modes = v == "separate";
    } else if (k == "place") {
      o.place_level = v;
    } else {
      return Status::DataError("dedup options: unknown field '" + k + "'");
    }
  }
  DRAGOMAN_RETURN_IF_ERROR(o.Validate());
  return o;
}

Status DedupOptions::Validate() const {
  if (date_window_days < 0 || date_window_days > 366) {
    return Status::InvalidArgument("date window: want 0..366 days, got " + std::to_string(date_window_days));
  }
  if (code_level != "code" && code_level != "base" && code_level != "root") {
    return Status::InvalidArgument("code level: want code, base or root, got '" + code_level + "'");
  }
  if (place_level != "place" && place_level != "country" && place_level != "ignore") {
    return Status::InvalidArgument("place level: want place, country or ignore, got '" + place_level + "'");
  }
  if (actor_level != "code" && actor_level != "country") {
    return Status::InvalidArgument("actor level: want code or country, got '" + actor_level + "'");
  }
  return Status::Ok();
}

}  // namespace dragoman
