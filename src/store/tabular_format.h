// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Rows of named, typed cells written as CSV (RFC 4180 quoting, a header line), JSON Lines (one
// object per row, numbers as numbers) or an aligned text table for a terminal. The event columns are
// defined here once, for `dragoman query` and `dragoman export --format csv`.

#ifndef DRAGOMAN_STORE_TABULAR_FORMAT_H_
#define DRAGOMAN_STORE_TABULAR_FORMAT_H_

#include <string>
#include <vector>

#include "store/event_store.h"

namespace dragoman {

enum class CellKind { kText, kNumber, kBool };

struct ColumnSpec {
  std::string name;
  CellKind kind = CellKind::kText;
};

// The event columns: id, date, source_code, source_name, source_country, source_role, target_code,
// ..., cameo_code, cameo_base, cameo_root, quad_class, goldstein, plover_event, plover_mode, mode,
// place, place_country, place_admin1, place_precision, place_lat, place_lon, place_geonames_id,
// source_place, target_place (the names of the actors' places), num_mentions, num_sources, num_articles, is_root, confidence, url, sentence, verb,
// added_at, updated_at, seq, deleted.
const std::vector<ColumnSpec>& EventColumns();
// One cell per EventColumns() entry, as text ("1"/"0" for booleans).
std::vector<std::string> EventCells(const StoredEvent& event);

// One CSV line (with "\n"): cells with a comma, quote, CR or LF are quoted, quotes doubled.
std::string CsvLine(const std::vector<std::string>& cells);
// One JSON object line (with "\n") with `columns` as keys; numbers that do not parse become null.
std::string JsonLine(const std::vector<ColumnSpec>& columns, const std::vector<std::string>& cells);

// Collects rows and renders them aligned, numbers right-aligned, each cell cut to `max_cell` bytes
// (on a UTF-8 boundary, with "…").
class TextTable {
 public:
  explicit TextTable(std::vector<ColumnSpec> columns, size_t max_cell = 60)
      : columns_(std::move(columns)), max_cell_(max_cell) {}
  void Add(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  size_t rows() const { return rows_.size(); }
  std::string Render() const;

 private:
  std::vector<ColumnSpec> columns_;
  size_t max_cell_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_TABULAR_FORMAT_H_
