// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// GDELT 2.0 rows: the event table (61 tab-separated columns, no header) and the mentions table (16
// columns), in the GDELT codebook's column order. doc/store.md maps every column to its source.
// Columns Dragoman does not produce yet (AvgTone, all geography, document tone, translation info,
// extras) are empty; the column count is always exact.
//
// Text fields (actor names, URLs) never contain a tab, newline or double quote: such characters
// become a space or an apostrophe, so that CSV readers (sqlite3 .import, DuckDB read_csv, pandas)
// load the file unchanged with tab as separator.

#ifndef DRAGOMAN_STORE_GDELT_FORMAT_H_
#define DRAGOMAN_STORE_GDELT_FORMAT_H_

#include <string>
#include <vector>

#include "store/event_store.h"

namespace dragoman {

inline constexpr int kGdeltEventColumns = 61;
inline constexpr int kGdeltMentionColumns = 16;

// The fields of one event-table row (kGdeltEventColumns of them). Fails (InvalidArgument, naming
// the event) for an event without a date: GDELT rows need SQLDATE.
Result<std::vector<std::string>> GdeltEventFields(const StoredEvent& event);
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
