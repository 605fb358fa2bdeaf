// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Ingester: articles in, coded and stored in batches. The pipeline of `dragoman ingest`:
//
//   next() ─► content hash ─► store->Lookup ─┬─ unchanged: skipped, not coded
//                                              └─ new/stale ─► ParallelCoder ─► batch ─► WriteBatch
//
// With a lookup connection (set_lookup_store), WriteBatch runs on a writer thread while the next
// batch is coded.
//
// One transaction per batch: a crash loses at most the batch in flight, and running the same inputs
// again skips what was committed (same content hash or URL, same fingerprint) and completes the rest.

#ifndef DRAGOMAN_STORE_INGESTER_H_
#define DRAGOMAN_STORE_INGESTER_H_

#include <functional>
#include <string>

#include "dragoman/engine.h"
#include "ingest/input_reader.h"
#include "store/event_store.h"

namespace dragoman {

struct IngestOptions {
  size_t batch_size = 200;  // articles per transaction (default 200)
  int threads = 1;          // coding threads (ParallelCoder); default 1
  bool recode = false;      // code and rewrite articles already stored with the same fingerprint
};

struct IngestStats {
  size_t read = 0;          // articles taken from the inputs
  size_t not_recoded = 0;   // already stored with this fingerprint: not coded at all
  size_t coded = 0;
  size_t sentences = 0, events = 0;  // of the coded articles
  size_t bytes = 0;         // raw bytes read
  size_t batches = 0;       // transactions committed
  WriteReport write;        // what the store did
  double seconds = 0;
};

class Ingester {
 public:
  // `engine` and `store` must outlive the Ingester. `fingerprint`: CodingFingerprint() of the
  // options that built `engine`.
  Ingester(const Engine& engine, EventStore* store, std::string fingerprint, IngestOptions options);

  // A second connection to the same store, used only for Lookup: with it, each batch is written on
  // a thread of its own while the next one is coded (one batch in flight); without it (the
  // default), batches are written in turn with the coding. Must outlive Run().
  void set_lookup_store(EventStore* lookup) { lookup_ = lookup; }

  // Pulls articles from `next` until it returns false, codes those the store lacks (or holds with
  // another fingerprint), and writes them in batches; `progress` (may be empty) is called after each
  // committed batch. Fails if a batch cannot be written (batches committed before it stay) or the
  // coder cannot start; a single article the store refuses is counted in stats().write.failed and
  // the batch goes on.
  Status Run(const std::function<bool(InputItem*)>& next, const std::function<void(const IngestStats&)>& progress);

  const IngestStats& stats() const { return stats_; }

 private:
  const Engine& engine_;
  EventStore* store_;
  EventStore* lookup_ = nullptr;
  std::string fingerprint_;
  IngestOptions options_;
  IngestStats stats_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_INGESTER_H_
