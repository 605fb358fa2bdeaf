// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman export --db PATH --format gdelt|mentions|plover|csv [-o FILE] [filters]
//   gdelt     GDELT 2.0 event table: 61 tab-separated columns, no header
//   mentions  GDELT 2.0 mentions table: 16 tab-separated columns, no header
//   plover    PLOVER JSON Lines
//   csv       all event columns, with a header line
// Tombstones are left out unless --include-deleted. Rows that a format cannot hold (GDELT: events
// without a date; PLOVER: CAMEO roots 01-02) are counted in the summary on stderr.
// Exit code: 0, or 2 when the store cannot be read or the output written.

#include <cstdio>
#include <iostream>
#include <memory>

#include "geo/gazetteer.h"
#include "store/event_store.h"
#include "store/filter_options.h"
#include "store/gdelt_format.h"
#include "store/plover_format.h"
#include "store/tabular_format.h"
#include "tools/dragoman/command_registry.h"

namespace dragoman {
namespace {

struct ExportArgs {
  std::string db, format, out;
  EventFilterArgs filter;
};

int RunExport(const ExportArgs& args) {
  Result<EventFilter> filter = ToEventFilter(args.filter);
  if (!filter.ok()) {
    std::cerr << "dragoman export: " << filter.status().ToString() << "\n";
    return 2;
  }
  StoreOptions so;
  so.create = false;
  auto store = OpenEventStore(args.db, so);
  if (!store.ok()) {
    std::cerr << "dragoman export: " << store.status().ToString() << "\n";
    return 2;
  }
  std::FILE* out = stdout;
  if (!args.out.empty() && args.out != "-") {
    out = std::fopen(args.out.c_str(), "wb");
    if (out == nullptr) {
      std::cerr << "dragoman export: " << args.out << ": cannot open for writing\n";
      return 2;
    }
  }
  // Country names for GDELT's Geo_FullName, from the gazetteer the engine would use (codes without it).
  CountryNames countries;
  if (args.format == "gdelt") {
    const std::string gaz = DefaultGazetteerPath();
    if (!gaz.empty()) {
      Result<CountryNames> names = GazetteerCountryNames(gaz);
      if (names.ok()) {
        countries = std::move(*names);
      } else {
        std::cerr << "dragoman export: country names unavailable (" << names.status().ToString()
                  << "): Geo_FullName uses country codes\n";
      }
    }
  }
  size_t rows = 0, left_out = 0;
  std::string first_left_out;
  std::string line;
  auto emit = [&](const std::string& s) { std::fwrite(s.data(), 1, s.size(), out); };
  auto leave = [&](const Status& why) {
    if (left_out++ == 0) first_left_out = why.message();
  };
  Status s;
  if (args.format == "mentions") {
    s = (*store)->ForEachMention(*filter, [&](const StoredMention& m) {
      emit(JoinTabs(GdeltMentionFields(m)) + "\n");
      ++rows;
      return true;
    });
  } else {
    if (args.format == "csv") {
      std::vector<std::string> names;
      for (const ColumnSpec& c : EventColumns()) names.push_back(c.name);
      emit(CsvLine(names));
    }
    s = (*store)->ForEachEvent(*filter, [&](const StoredEvent& e) {
      if (args.format == "gdelt") {
        Result<std::vector<std::string>> f = GdeltEventFields(e, &countries);
        if (!f.ok()) {
          leave(f.status());
          return true;
        }
        emit(JoinTabs(*f) + "\n");
      } else if (args.format == "plover") {
        Result<std::string> r = PloverRecord(e);
        if (!r.ok()) {
          leave(r.status());
          return true;
        }
        emit(*r + "\n");
      } else {
        emit(CsvLine(EventCells(e)));
      }
      ++rows;
      return true;
    });
  }
  const bool write_failed = std::ferror(out) != 0;
  if (out != stdout) {
    if (std::fclose(out) != 0) {
      std::cerr << "dragoman export: " << args.out << ": write failed\n";
      return 2;
    }
  } else {
    std::fflush(stdout);
  }
  if (!s.ok()) {
    std::cerr << "dragoman export: " << s.ToString() << "\n";
    return 2;
  }
  if (write_failed) {
    std::cerr << "dragoman export: write failed\n";
    return 2;
  }
  std::fprintf(stderr, "dragoman export: %zu %s rows", rows, args.format.c_str());
  if (left_out > 0) std::fprintf(stderr, "; %zu events left out (first: %s)", left_out, first_left_out.c_str());
  std::fprintf(stderr, "\n");
  return 0;
}

CommandRegistrar reg("export", [](CLI::App* app, const EngineOptions*) {
  auto* cmd = app->add_subcommand("export", "Export stored events: GDELT 2.0 events or mentions, PLOVER JSONL, CSV");
  auto args = std::make_shared<ExportArgs>();
  cmd->add_option("--db", args->db, "SQLite file, or postgresql://... connection string")->required();
  cmd->add_option("--format", args->format, "gdelt | mentions | plover | csv")
      ->required()
      ->check(CLI::IsMember({"gdelt", "mentions", "plover", "csv"}));
  cmd->add_option("-o,--output", args->out, "Output file (default: stdout)");
  AddEventFilterOptions(cmd, &args->filter);
  return CommandRun{cmd, [args] { return RunExport(*args); }};
});

}  // namespace
}  // namespace dragoman
