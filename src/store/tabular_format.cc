// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "store/tabular_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

namespace dragoman {
namespace {

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
    const bool dot = s.back() == '.';
    s.pop_back();
    if (dot) break;
  }
  return s;
}

// A coordinate with 5 decimals, trailing zeros dropped.
std::string Coord(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

// Display width of UTF-8 text (code points; good enough for a terminal table).
size_t Width(const std::string& s) {
  size_t w = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++w;
  }
  return w;
}

std::string Cut(const std::string& s, size_t max) {
  std::string one_line = s;
  for (char& c : one_line) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  if (Width(one_line) <= max) return one_line;
  std::string out;
  size_t w = 0;
  for (size_t i = 0; i < one_line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(one_line[i]);
    if ((c & 0xC0) != 0x80) {
      if (w + 1 >= max) break;
      ++w;
    }
    out += one_line[i];
  }
  return out + "…";
}

}  // namespace

const std::vector<ColumnSpec>& EventColumns() {
  using K = CellKind;
  static const std::vector<ColumnSpec> k = {
      {"id", K::kNumber},          {"date", K::kText},           {"source_code", K::kText},
      {"source_name", K::kText},   {"source_country", K::kText}, {"source_role", K::kText},
      {"target_code", K::kText},   {"target_name", K::kText},    {"target_country", K::kText},
      {"target_role", K::kText},   {"cameo_code", K::kText},     {"cameo_base", K::kText},
      {"cameo_root", K::kText},    {"quad_class", K::kNumber},   {"goldstein", K::kNumber},
      {"plover_event", K::kText},  {"plover_mode", K::kText},    {"mode", K::kText},
      {"place", K::kText},         {"place_country", K::kText},  {"place_admin1", K::kText},
      {"place_precision", K::kText}, {"place_lat", K::kNumber},  {"place_lon", K::kNumber},
      {"place_geonames_id", K::kNumber}, {"source_place", K::kText}, {"target_place", K::kText},
      {"num_mentions", K::kNumber}, {"num_sources", K::kNumber},
      {"num_articles", K::kNumber}, {"is_root", K::kBool},       {"confidence", K::kNumber},
      {"url", K::kText},           {"sentence", K::kText},       {"verb", K::kText},
      {"added_at", K::kText},      {"updated_at", K::kText},     {"seq", K::kNumber},
      {"deleted", K::kBool},
  };
  return k;
}

std::vector<std::string> EventCells(const StoredEvent& e) {
  return {std::to_string(e.id),
          e.date,
          e.source.code,
          e.source.name,
          e.source.country,
          e.source.role,
          e.target.code,
          e.target.code.empty() ? "" : e.target.name,
          e.target.country,
          e.target.role,
          e.cameo_code,
          e.cameo_base,
          e.cameo_root,
          std::to_string(e.quad_class),
          Num(e.goldstein),
          e.plover_event,
          e.plover_mode,
          e.mode,
          e.place,
          e.action_place.country,
          e.action_place.admin1,
          PlacePrecisionName(e.action_place.precision),
          e.action_place.empty() ? "" : Coord(e.action_place.lat),
          e.action_place.empty() ? "" : Coord(e.action_place.lon),
          e.action_place.geonames_id == 0 ? "" : std::to_string(e.action_place.geonames_id),
          e.source_place.name,
          e.target_place.name,
          std::to_string(e.num_mentions),
          std::to_string(e.num_sources),
          std::to_string(e.num_articles),
          e.is_root ? "1" : "0",
          Num(e.confidence),
          e.url,
          e.sentence,
          e.verb,
          e.added_at,
          e.updated_at,
          std::to_string(e.seq),
          e.deleted ? "1" : "0"};
}

std::string CsvLine(const std::vector<std::string>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    const std::string& c = cells[i];
    if (c.find_first_of(",\"\r\n") == std::string::npos) {
      out += c;
      continue;
    }
    out += '"';
    for (char ch : c) {
      if (ch == '"') out += '"';
      out += ch;
    }
    out += '"';
  }
  out += '\n';
  return out;
}

std::string JsonLine(const std::vector<ColumnSpec>& columns, const std::vector<std::string>& cells) {
  nlohmann::ordered_json j;
  for (size_t i = 0; i < columns.size() && i < cells.size(); ++i) {
    const std::string& c = cells[i];
    switch (columns[i].kind) {
      case CellKind::kText: j[columns[i].name] = c; break;
      case CellKind::kBool: j[columns[i].name] = c == "1" || c == "true"; break;
      case CellKind::kNumber: {
        char* end = nullptr;
        const double v = std::strtod(c.c_str(), &end);
        if (c.empty() || *end != '\0' || !std::isfinite(v)) {
          j[columns[i].name] = nullptr;
        } else if (c.find_first_of(".eE") == std::string::npos) {
          j[columns[i].name] = std::strtoll(c.c_str(), nullptr, 10);
        } else {
          j[columns[i].name] = v;
        }
        break;
      }
    }
  }
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string TextTable::Render() const {
  std::vector<size_t> width(columns_.size());
  for (size_t c = 0; c < columns_.size(); ++c) width[c] = Width(columns_[c].name);
  std::vector<std::vector<std::string>> cut(rows_.size());
  for (size_t r = 0; r < rows_.size(); ++r) {
    for (size_t c = 0; c < columns_.size(); ++c) {
      cut[r].push_back(Cut(c < rows_[r].size() ? rows_[r][c] : "", max_cell_));
      width[c] = std::max(width[c], Width(cut[r].back()));
    }
  }
  auto line = [&](const std::vector<std::string>& cells, bool header) {
    std::string out;
    for (size_t c = 0; c < columns_.size(); ++c) {
      const std::string& s = cells[c];
      const std::string pad(width[c] - Width(s), ' ');
      const bool right = !header && columns_[c].kind == CellKind::kNumber;
      if (c) out += "  ";
      out += right ? pad + s : (c + 1 == columns_.size() ? s : s + pad);
    }
    return out + "\n";
  };
  std::vector<std::string> header;
  for (const ColumnSpec& c : columns_) header.push_back(c.name);
  std::string out = line(header, true);
  std::string rule;
  for (size_t c = 0; c < columns_.size(); ++c) rule += (c ? "  " : "") + std::string(width[c], '-');
  out += rule + "\n";
  for (const auto& r : cut) out += line(r, false);
  return out;
}

}  // namespace dragoman
