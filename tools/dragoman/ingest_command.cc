// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// dragoman ingest [INPUTS...] --db PATH: codes articles and stores them (doc/store.md). Inputs are
// what `dragoman code` reads (plain-text files, .jsonl, stdin) and .zip archives of .txt files (each
// entry one article, its id the entry name). Progress and the summary go to stderr.
// Exit code: 0 when every input was read and stored, 1 when any was skipped or refused, 2 when the
// engine or the store could not start or a batch could not be written.

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <thread>

#include "ingest/input_reader.h"
#include "store/content_hash.h"
#include "store/event_store.h"
#include "store/ingester.h"
#include "tools/dragoman/command_registry.h"
#include "util/zip_reader.h"

namespace dragoman {
namespace {

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db;
  std::string date;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  size_t batch = 200;
  bool recode = false;
  bool quiet = false;
  // Dedup rule for a new store (an existing store keeps its own; giving a different one is an error).
  int window = -1;
  std::string code_level, actor_level, place_level;
  bool merge_modes = false;
};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Articles from the inputs in command-line order: .zip archives entry by entry, everything else
// through InputReader. Bad records are reported and counted.
class Inputs {
 public:
  Inputs(std::vector<std::string> paths, std::string date) : paths_(std::move(paths)), date_(std::move(date)) {
    if (paths_.empty()) paths_.push_back("-");
  }

  bool Next(InputItem* item) {
    for (;;) {
      if (reader_ != nullptr) {
        if (reader_->Next(item)) return true;
        skipped_ += reader_->skipped();
        reader_.reset();
      }
      if (zip_next_ < zip_.size()) {
        ZipEntry& e = zip_[zip_next_++];
        *item = InputItem();
        item->article.id = e.name;
        item->article.raw = std::move(e.data);
        item->date = date_;
        return true;
      }
      zip_.clear();
      zip_next_ = 0;
      if (next_path_ >= paths_.size()) return false;
      const std::string& path = paths_[next_path_++];
      if (EndsWith(path, ".zip")) {
        std::vector<std::string> errors;
        auto entries = ReadZip(path, &errors);
        for (const std::string& m : errors) Skip(m);
        if (!entries.ok()) {
          Skip(path + ": " + entries.status().message());
          continue;
        }
        for (ZipEntry& e : *entries) {
          if (EndsWith(e.name, ".txt")) zip_.push_back(std::move(e));
        }
      } else {
        reader_ = std::make_unique<InputReader>(std::vector<std::string>{path}, date_,
                                                [](const std::string& m) { std::cerr << "skipped: " << m << "\n"; });
      }
    }
  }

  size_t skipped() const { return skipped_ + (reader_ ? reader_->skipped() : 0); }

 private:
  void Skip(const std::string& m) {
    ++skipped_;
    std::cerr << "skipped: " << m << "\n";
  }

  std::vector<std::string> paths_;
  std::string date_;
  size_t next_path_ = 0;
  std::unique_ptr<InputReader> reader_;
  std::vector<ZipEntry> zip_;
  size_t zip_next_ = 0;
  size_t skipped_ = 0;
};

int RunIngest(const EngineOptions& options, const IngestArgs& args) {
  StoreOptions so;
  if (args.window >= 0) {
    so.dedup.date_window_days = args.window;
    so.dedup_explicit = true;
  }
  if (!args.code_level.empty()) {
    so.dedup.code_level = args.code_level;
    so.dedup_explicit = true;
  }
  if (!args.actor_level.empty()) {
    so.dedup.actor_level = args.actor_level;
    so.dedup_explicit = true;
  }
  if (args.merge_modes) {
    so.dedup.separate_modes = false;
    so.dedup_explicit = true;
  }
  if (!args.place_level.empty()) {
    so.dedup.place_level = args.place_level;
    so.dedup_explicit = true;
  }
  Result<std::string> fingerprint = CodingFingerprint(options);
  if (!fingerprint.ok()) {
    std::cerr << "dragoman ingest: " << fingerprint.status().ToString() << "\n";
    return 2;
  }
  auto engine = Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "dragoman ingest: " << engine.status().ToString() << "\n";
    return 2;
  }
  for (const std::string& p : (*engine)->load_report().problems) std::cerr << "dictionary: " << p << "\n";
  auto store = OpenEventStore(args.db, so);
  if (!store.ok()) {
    std::cerr << "dragoman ingest: " << store.status().ToString() << "\n";
    return 2;
  }
  IngestOptions io;
  io.batch_size = std::max<size_t>(1, args.batch);
  io.threads = args.threads;
  io.recode = args.recode;
  Ingester ingester(**engine, store->get(), *fingerprint, io);
  // A second connection for look-ups lets batches be written while the next ones are coded.
  StoreOptions reader;
  reader.create = false;
  auto lookup = OpenEventStore(args.db, reader);
  if (lookup.ok()) ingester.set_lookup_store(lookup->get());
  Inputs inputs(args.inputs, args.date);
  size_t problems_shown = 0;
  const bool progress = !args.quiet && isatty(STDERR_FILENO);
  Status s = ingester.Run([&](InputItem* item) { return inputs.Next(item); },
                          [&](const IngestStats& st) {
                            for (; problems_shown < st.write.problems.size(); ++problems_shown) {
                              std::cerr << "refused: " << st.write.problems[problems_shown] << "\n";
                            }
                            if (progress) {
                              std::fprintf(stderr, "\ringest: %zu articles read, %zu stored, %zu unchanged, %zu events   ",
                                           st.read, st.write.new_articles + st.write.recoded, st.write.unchanged,
                                           st.write.events_created);
                            }
                          });
  const IngestStats& st = ingester.stats();
  if (progress) std::fprintf(stderr, "\n");
  for (; problems_shown < st.write.problems.size(); ++problems_shown) {
    std::cerr << "refused: " << st.write.problems[problems_shown] << "\n";
  }
  const WriteReport& w = st.write;
  std::fprintf(stderr,
               "dragoman ingest: %zu articles read (%zu skipped inputs): %zu new, %zu re-coded, %zu unchanged "
               "(%zu not re-coded), %zu refused; %zu sentences, %zu mentions added, %zu removed; events: %zu new, "
               "%zu updated, %zu tombstoned; %zu batches; %.2f s, %.0f articles/s, %.2f MB/s\n",
               st.read, inputs.skipped(), w.new_articles, w.recoded, w.unchanged, st.not_recoded, w.failed,
               st.sentences, w.mentions_added, w.mentions_removed, w.events_created, w.events_updated,
               w.events_tombstoned, st.batches, st.seconds, st.seconds > 0 ? st.read / st.seconds : 0.0,
               st.seconds > 0 ? st.bytes / st.seconds / 1e6 : 0.0);
  if (!s.ok()) {
    std::cerr << "dragoman ingest: " << s.ToString() << "\n";
    return 2;
  }
  return inputs.skipped() > 0 || w.failed > 0 ? 1 : 0;
}

CommandRegistrar reg("ingest", [](CLI::App* app, const EngineOptions* options) {
  auto* cmd = app->add_subcommand("ingest", "Code articles and store events, de-duplicated, in a database");
  auto args = std::make_shared<IngestArgs>();
  cmd->add_option("inputs", args->inputs, "Input files: text, .jsonl, .zip of .txt (default: stdin)");
  cmd->add_option("--db", args->db, "SQLite file, or postgresql://... connection string")->required();
  cmd->add_option("--date", args->date, "Publication date YYYY-MM-DD for inputs without one")
      ->check([](const std::string& d) { return IsIsoDate(d) ? "" : "want YYYY-MM-DD"; });
  cmd->add_option("--threads", args->threads, "Coding threads")->check(CLI::Range(1, 256));
  cmd->add_option("--batch", args->batch, "Articles per transaction (default 200)")->check(CLI::Range(1, 1000000));
  cmd->add_flag("--recode", args->recode, "Re-code articles already stored with the same dictionaries");
  cmd->add_flag("--quiet", args->quiet, "No progress line (there is none when stderr is not a terminal)");
  cmd->add_option("--dedup-window", args->window, "New store: days between mentions of one event (default 1)")
      ->check(CLI::Range(0, 366));
  cmd->add_option("--dedup-code", args->code_level, "New store: CAMEO level that must agree: code|base|root (default base)")
      ->check(CLI::IsMember({"code", "base", "root"}));
  cmd->add_option("--dedup-actor", args->actor_level, "New store: actor level that must agree: code|country (default code)")
      ->check(CLI::IsMember({"code", "country"}));
  cmd->add_flag("--dedup-merge-modes", args->merge_modes, "New store: cluster asserted, intended, ... reports together");
  cmd->add_option("--dedup-place", args->place_level,
                  "New store: place level that must agree: place|country|ignore (default place)")
      ->check(CLI::IsMember({"place", "country", "ignore"}));
  return CommandRun{cmd, [args, options] { return RunIngest(*options, *args); }};
});

}  // namespace
}  // namespace dragoman
