// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The event filter as command-line options, shared by `dragoman query` and `dragoman export`
// (header-only: the library itself does not use CLI11).

#ifndef DRAGOMAN_STORE_FILTER_OPTIONS_H_
#define DRAGOMAN_STORE_FILTER_OPTIONS_H_

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "store/event_store.h"

namespace dragoman {

// The filter options as typed.
struct EventFilterArgs {
  std::string actor, country, side = "either", from, to, place, text;
  std::vector<std::string> cameo, quad;
  int min_sources = 0;
  bool include_deleted = false;
  int64_t since = -1;
  int64_t limit = 0;
};

// Adds --actor, --country, --role, --cameo, --quad, --from, --to, --place, --text, --min-sources,
// --include-deleted and --limit to `cmd`, writing into `a` (which must outlive parsing).
inline void AddEventFilterOptions(CLI::App* cmd, EventFilterArgs* a) {
  cmd->add_option("--actor", a->actor, "Actor code or prefix (LBY matches LBYMIL)");
  cmd->add_option("--country", a->country, "Actor country (ISO alpha-3)");
  cmd->add_option("--role", a->side, "Which actor --actor/--country apply to: source|target|either")
      ->check(CLI::IsMember({"source", "target", "either"}));
  cmd->add_option("--cameo", a->cameo, "CAMEO code or prefix: 19 (root), 193, 0871; comma-separated")
      ->delimiter(',');
  cmd->add_option("--quad", a->quad, "QuadClass 1-4; comma-separated")->delimiter(',');
  cmd->add_option("--from", a->from, "First date, YYYY-MM-DD");
  cmd->add_option("--to", a->to, "Last date, YYYY-MM-DD");
  cmd->add_option("--place", a->place, "Place (prefix, case-insensitive)");
  cmd->add_option("--text", a->text, "Words that must all occur in a sentence of the event");
  cmd->add_option("--min-sources", a->min_sources, "At least this many distinct sources");
  cmd->add_flag("--include-deleted", a->include_deleted, "Include tombstones");
  cmd->add_option("--limit", a->limit, "At most this many rows");
}

// The EventFilter the options describe; fails naming the bad option.
inline Result<EventFilter> ToEventFilter(const EventFilterArgs& a) {
  EventFilter f;
  f.actor = a.actor;
  f.country = a.country;
  f.side = a.side == "source" ? ActorSide::kSource : a.side == "target" ? ActorSide::kTarget : ActorSide::kEither;
  f.cameo = a.cameo;
  for (const std::string& q : a.quad) {
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') return Status::InvalidArgument("--quad: want 1..4, got '" + q + "'");
    f.quad_classes.push_back(q[0] - '0');
  }
  f.from_date = a.from;
  f.to_date = a.to;
  f.place = a.place;
  f.text = a.text;
  f.min_sources = a.min_sources;
  f.include_deleted = a.include_deleted;
  f.since = a.since;
  f.limit = a.limit;
  DRAGOMAN_RETURN_IF_ERROR(f.Validate());
  return f;
}

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_FILTER_OPTIONS_H_
