// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman query --db PATH [filters] [--counts DIMS | --dyads | --mentions | --quotes | --stats | --verify]
// Events (or counts, or mentions) matching the filters: an aligned table when stdout is a terminal,
// JSON Lines when it is not (or --format jsonl|csv|table). --since N / --cursor-file F give the events
// changed after a cursor, tombstones included, and report the next cursor (doc/store.md).
// --quotes lists stored quotes instead: --text searches their words, --speaker / --speaker-name /
// --country / --from / --to / --direct / --reported filter them.
//
// The filter options are shared with `dragoman export` (store/filter_options.h).

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "store/event_store.h"
#include "store/filter_options.h"
#include "store/tabular_format.h"
#include "tools/dragoman/command_registry.h"

namespace dragoman {

namespace {

struct QueryArgs {
  std::string db;
  EventFilterArgs filter;
  std::string counts;
  bool dyads = false;
  bool mentions = false;
  bool quotes = false;
  std::string speaker, speaker_name;
  bool direct = false, reported = false;
  bool stats = false;
  bool verify = false;
  std::string format = "auto";
  std::string cursor_file;
};

// Writes rows in the chosen format; a table is rendered at the end.
class RowWriter {
 public:
  RowWriter(std::vector<ColumnSpec> columns, const std::string& format)
      : columns_(std::move(columns)), format_(format), table_(columns_) {
    if (format_ == "csv") Emit(CsvLine(Names()));
  }
  void Row(const std::vector<std::string>& cells) {
    if (format_ == "csv") {
      Emit(CsvLine(cells));
    } else if (format_ == "jsonl") {
      Emit(JsonLine(columns_, cells));
    } else {
      table_.Add(cells);
    }
  }
  void Finish() {
    if (format_ == "table") Emit(table_.Render());
    std::fflush(stdout);
  }

 private:
  std::vector<std::string> Names() const {
    std::vector<std::string> n;
    for (const ColumnSpec& c : columns_) n.push_back(c.name);
    return n;
  }
  static void Emit(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

  std::vector<ColumnSpec> columns_;
  std::string format_;
  TextTable table_;
};

// The columns a terminal table shows for events (all columns in JSONL and CSV).
const std::vector<std::string>& TableEventColumns() {
  static const std::vector<std::string> k = {"id", "date", "source_code", "target_code", "cameo_code", "quad_class",
                                             "goldstein", "mode", "num_mentions", "num_sources", "num_articles",
                                             "sentence"};
  return k;
}

int Fail(const Status& s) {
  std::cerr << "dragoman query: " << s.ToString() << "\n";
  return 2;
}

int RunQuery(const QueryArgs& args) {
  std::string format = args.format;
  if (format == "auto") format = isatty(STDOUT_FILENO) ? "table" : "jsonl";
  EventFilterArgs fa = args.filter;
  if (fa.since < 0 && !args.cursor_file.empty()) {
    std::ifstream in(args.cursor_file);
    int64_t c = 0;
    fa.since = (in >> c) ? c : 0;
  }
  Result<EventFilter> filter = ToEventFilter(fa);
  if (!filter.ok()) return Fail(filter.status());
  StoreOptions so;
  so.create = false;
  auto store = OpenEventStore(args.db, so);
  if (!store.ok()) return Fail(store.status());
  EventStore& st = **store;

  if (args.verify) {
    std::vector<std::string> problems;
    Status s = st.Verify(&problems);
    if (!s.ok()) return Fail(s);
    for (const std::string& p : problems) std::cout << p << "\n";
    std::cerr << "dragoman query --verify: " << problems.size() << " problems\n";
    return problems.empty() ? 0 : 1;
  }
  if (args.stats) {
    Result<StoreStats> s = st.Stats();
    if (!s.ok()) return Fail(s.status());
    RowWriter w({{"articles", CellKind::kNumber}, {"sentences", CellKind::kNumber}, {"mentions", CellKind::kNumber},
                 {"events", CellKind::kNumber}, {"tombstones", CellKind::kNumber}, {"quotes", CellKind::kNumber},
                 {"cursor", CellKind::kNumber}, {"dedup", CellKind::kText}},
                format);
    w.Row({std::to_string(s->articles), std::to_string(s->sentences), std::to_string(s->mentions),
           std::to_string(s->events), std::to_string(s->tombstones), std::to_string(s->quotes),
           std::to_string(s->cursor), st.dedup().Serialize()});
    w.Finish();
    return 0;
  }
  if (!args.counts.empty() || args.dyads) {
    std::vector<CountDim> dims;
    if (args.dyads) dims = {CountDim::kSource, CountDim::kTarget};
    std::stringstream ss(args.counts);
    std::string name;
    while (std::getline(ss, name, ',')) {
      if (name.empty()) continue;
      Result<CountDim> d = ParseCountDim(name);
      if (!d.ok()) return Fail(d.status());
      dims.push_back(*d);
    }
    Result<std::vector<CountRow>> rows = st.Count(*filter, dims);
    if (!rows.ok()) return Fail(rows.status());
    std::vector<ColumnSpec> cols;
    for (CountDim d : dims) {
      const bool num = d == CountDim::kQuad || d == CountDim::kYear;
      cols.push_back({CountDimName(d), num ? CellKind::kNumber : CellKind::kText});
    }
    cols.push_back({"events", CellKind::kNumber});
    cols.push_back({"mentions", CellKind::kNumber});
    RowWriter w(cols, format);
    for (const CountRow& r : *rows) {
      std::vector<std::string> cells = r.keys;
      cells.push_back(std::to_string(r.events));
      cells.push_back(std::to_string(r.mentions));
      w.Row(cells);
    }
    w.Finish();
    return 0;
  }
  if (args.quotes) {
    QuoteFilter qf;
    qf.text = fa.text;
    qf.speaker = args.speaker;
    qf.speaker_name = args.speaker_name;
    qf.country = fa.country;
    qf.from_date = fa.from;
    qf.to_date = fa.to;
    qf.direct = args.direct == args.reported ? -1 : args.direct ? 1 : 0;
    qf.limit = fa.limit;
    std::vector<ColumnSpec> cols = {
        {"quote_id", CellKind::kText},       {"article_id", CellKind::kText},     {"url", CellKind::kText},
        {"outlet", CellKind::kText},         {"date", CellKind::kText},           {"sentence_index", CellKind::kNumber},
        {"direct", CellKind::kBool},         {"speaker", CellKind::kText},        {"speaker_code", CellKind::kText},
        {"speaker_country", CellKind::kText}, {"speaker_entity", CellKind::kText}, {"cue", CellKind::kText},
        {"outlet_named", CellKind::kText},   {"addressee", CellKind::kText},      {"event_ids", CellKind::kText},
        {"begin", CellKind::kNumber},        {"end", CellKind::kNumber},          {"text", CellKind::kText}};
    const bool table = format == "table";
    std::vector<ColumnSpec> shown;
    std::vector<size_t> pick;
    for (size_t i = 0; i < cols.size(); ++i) {
      const std::string& n = cols[i].name;
      if (!table || n == "article_id" || n == "date" || n == "direct" || n == "speaker" || n == "speaker_code" ||
          n == "event_ids" || n == "text") {
        shown.push_back(cols[i]);
        pick.push_back(i);
      }
    }
    RowWriter w(shown, format);
    Status s = st.ForEachQuote(qf, [&](const StoredQuote& q) {
      std::string events;
      for (int64_t id : q.event_ids) events += (events.empty() ? "" : " ") + std::to_string(id);
      const std::vector<std::string> cells = {q.quote_id,        q.article_id,     q.url,
                                              q.outlet,          q.article_date,   std::to_string(q.sentence_index),
                                              q.direct ? "1" : "0", q.speaker_text, q.speaker_code,
                                              q.speaker_country, q.speaker_entity, q.cue,
                                              q.outlet_text,     q.addressee,      events,
                                              std::to_string(q.begin), std::to_string(q.end), q.text};
      std::vector<std::string> picked;
      for (size_t i : pick) picked.push_back(cells[i]);
      w.Row(picked);
      return true;
    });
    w.Finish();
    return s.ok() ? 0 : Fail(s);
  }
  if (args.mentions) {
    std::vector<ColumnSpec> cols = {{"event_id", CellKind::kNumber},   {"mention_id", CellKind::kText},
                                    {"article_id", CellKind::kText},   {"url", CellKind::kText},
                                    {"outlet", CellKind::kText},       {"date", CellKind::kText},
                                    {"sentence_index", CellKind::kNumber}, {"source_code", CellKind::kText},
                                    {"target_code", CellKind::kText},  {"cameo_code", CellKind::kText},
                                    {"mode", CellKind::kText},         {"confidence", CellKind::kNumber},
                                    {"rule_id", CellKind::kText},      {"sentence", CellKind::kText}};
    RowWriter w(cols, format);
    Status s = st.ForEachMention(*filter, [&](const StoredMention& m) {
      char conf[16];
      std::snprintf(conf, sizeof conf, "%.2f", m.confidence);
      w.Row({std::to_string(m.event_id), m.mention_id, m.article_id, m.url, m.outlet, m.article_date,
             std::to_string(m.sentence_index), m.source.code, m.target.code, m.cameo_code, m.mode, conf, m.rule_id,
             m.sentence});
      return true;
    });
    w.Finish();
    return s.ok() ? 0 : Fail(s);
  }

  // Events. With a cursor, --limit stops only at the end of a batch (events of one cursor value),
  // so that the next cursor never skips an event.
  EventFilter f = *filter;
  const bool sync = f.since >= 0;
  const int64_t limit = f.limit;
  if (sync) f.limit = 0;
  std::vector<ColumnSpec> cols;
  std::vector<size_t> pick;
  const auto& all = EventColumns();
  for (size_t i = 0; i < all.size(); ++i) {
    bool keep = format != "table";
    for (const std::string& n : TableEventColumns()) keep = keep || all[i].name == n;
    if (keep) {
      cols.push_back(all[i]);
      pick.push_back(i);
    }
  }
  RowWriter w(cols, format);
  int64_t emitted = 0, cursor = sync ? f.since : -1;
  Status s = st.ForEachEvent(f, [&](const StoredEvent& e) {
    if (sync && limit > 0 && emitted >= limit && e.seq != cursor) return false;
    std::vector<std::string> cells = EventCells(e), picked;
    for (size_t i : pick) picked.push_back(cells[i]);
    w.Row(picked);
    ++emitted;
    if (sync) cursor = e.seq;
    return true;
  });
  w.Finish();
  if (!s.ok()) return Fail(s);
  if (sync) {
    std::cerr << "cursor: " << cursor << "\n";
    if (!args.cursor_file.empty()) {
      std::ofstream out(args.cursor_file, std::ios::trunc);
      out << cursor << "\n";
      if (!out) return Fail(Status::IoError(args.cursor_file + ": cannot write the cursor"));
    }
  }
  return 0;
}

CommandRegistrar reg("query", [](CLI::App* app, const EngineOptions*) {
  auto* cmd = app->add_subcommand("query", "Query stored events: filters, counts, dyads, changes since a cursor");
  auto args = std::make_shared<QueryArgs>();
  cmd->add_option("--db", args->db, "SQLite file, or postgresql://... connection string")->required();
  AddEventFilterOptions(cmd, &args->filter);
  cmd->add_option("--counts", args->counts,
                  "Count events by: country, target_country, source, target, year, month, day, quad, root, code "
                  "(comma-separated)");
  cmd->add_flag("--dyads", args->dyads, "Count events by source and target actor");
  cmd->add_flag("--mentions", args->mentions, "List the mentions (provenance) of the matching events");
  cmd->add_flag("--quotes", args->quotes,
                "List stored quotes (--text: words in the quote; --country: the speaker's; --from/--to: article date)");
  cmd->add_option("--speaker", args->speaker, "With --quotes: the speaker's actor code or prefix (RUS matches RUSGOV)");
  cmd->add_option("--speaker-name", args->speaker_name,
                  "With --quotes: text in the speaker's name as written or resolved (case-insensitive)");
  cmd->add_flag("--direct", args->direct, "With --quotes: direct quotes only");
  cmd->add_flag("--reported", args->reported, "With --quotes: reported speech only");
  cmd->add_flag("--stats", args->stats, "Counts of articles, sentences, mentions, events, tombstones; the cursor");
  cmd->add_flag("--verify", args->verify, "Check the store's consistency");
  cmd->add_option("--since", args->filter.since, "Events changed after this cursor (tombstones included)");
  cmd->add_option("--cursor-file", args->cursor_file, "Read --since from this file and write the next cursor to it");
  cmd->add_option("--format", args->format, "auto (table on a terminal, else jsonl) | table | jsonl | csv")
      ->check(CLI::IsMember({"auto", "table", "jsonl", "csv"}));
  return CommandRun{cmd, [args] { return RunQuery(*args); }};
});

}  // namespace
}  // namespace dragoman
