// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "store/ingester.h"

#include <chrono>
#include <deque>
#include <thread>
#include <vector>

#include "pipeline/parallel_coder.h"
#include "store/content_hash.h"

namespace dragoman {

Ingester::Ingester(const Engine& engine, EventStore* store, std::string fingerprint, IngestOptions options)
    : engine_(engine), store_(store), fingerprint_(std::move(fingerprint)), options_(options) {
  if (options_.batch_size == 0) options_.batch_size = 1;
}

Status Ingester::Run(const std::function<bool(InputItem*)>& next,
                     const std::function<void(const IngestStats&)>& progress) {
  const auto start = std::chrono::steady_clock::now();
  Status failure;
  std::deque<std::string> hashes;  // of the articles handed to the coder, in order
  std::vector<CodedArticle> pending;
  std::vector<std::string> pending_hashes;
  pending.reserve(options_.batch_size);

  // The batch being written (on `writer` when there is a lookup connection) and its outcome.
  std::vector<CodedArticle> in_flight;
  std::vector<std::string> in_flight_hashes;
  std::thread writer;
  Status written;
  WriteReport written_report;
  auto write = [&]() {
    std::vector<ArticleToStore> batch(in_flight.size());
    for (size_t i = 0; i < in_flight.size(); ++i) {
      batch[i].coded = &in_flight[i];
      batch[i].content_hash = in_flight_hashes[i];
      batch[i].fingerprint = fingerprint_;
    }
    written_report = WriteReport();
    written = store_->WriteBatch(batch, options_.recode, &written_report);
  };
  // Waits for the batch in flight and takes its outcome.
  auto collect = [&]() {
    if (writer.joinable()) writer.join();
    if (in_flight.empty()) return;
    in_flight.clear();
    in_flight_hashes.clear();
    stats_.write.Add(written_report);
    if (!written.ok()) {
      if (failure.ok()) failure = written;
      return;
    }
    ++stats_.batches;
    stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress) progress(stats_);
  };
  auto flush = [&]() {
    collect();
    if (pending.empty() || !failure.ok()) return;
    in_flight = std::move(pending);
    in_flight_hashes = std::move(pending_hashes);
    pending.clear();
    pending_hashes.clear();
    pending.reserve(options_.batch_size);
    if (lookup_ != nullptr) {
      writer = std::thread(write);
    } else {
      write();
      collect();
    }
  };
  EventStore* lookup = lookup_ != nullptr ? lookup_ : store_;

  ParallelCoder parallel(engine_, options_.threads);
  Status run = parallel.Run(
      [&](CodingJob* job) {
        for (;;) {
          if (!failure.ok()) return false;
          InputItem item;
          if (!next(&item)) return false;
          ++stats_.read;
          stats_.bytes += item.article.raw.size();
          std::string hash = ContentHash(item.article.raw);
          if (!options_.recode) {
            Result<ArticleState> state = lookup->Lookup(item.article.url, hash, fingerprint_);
            if (!state.ok()) {
              failure = state.status();
              return false;
            }
            if (*state == ArticleState::kUnchanged) {
              ++stats_.not_recoded;
              ++stats_.write.unchanged;
              continue;
            }
          }
          hashes.push_back(std::move(hash));
          job->article = std::move(item.article);
          job->date = std::move(item.date);
          return true;
        }
      },
      [&](CodedArticle&& coded) {
        std::string hash = std::move(hashes.front());
        hashes.pop_front();
        if (!failure.ok()) return;
        ++stats_.coded;
        stats_.sentences += coded.sentences.size();
        stats_.events += coded.events.size();
        pending.push_back(std::move(coded));
        pending_hashes.push_back(std::move(hash));
        if (pending.size() >= options_.batch_size) flush();
      });
  if (!run.ok()) {
    collect();
    return run;
  }
  flush();
  collect();
  stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return failure;
}

}  // namespace dragoman
