// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "store/ingester.h"

#include <chrono>
#include <deque>
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

  auto flush = [&]() {
    if (pending.empty() || !failure.ok()) return;
    std::vector<ArticleToStore> batch(pending.size());
    for (size_t i = 0; i < pending.size(); ++i) {
      batch[i].coded = &pending[i];
      batch[i].content_hash = pending_hashes[i];
      batch[i].fingerprint = fingerprint_;
    }
    Status s = store_->WriteBatch(batch, options_.recode, &stats_.write);
    pending.clear();
    pending_hashes.clear();
    if (!s.ok()) {
      failure = s;
      return;
    }
    ++stats_.batches;
    stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (progress) progress(stats_);
  };

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
            Result<ArticleState> state = store_->Lookup(item.article.url, hash, fingerprint_);
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
  if (!run.ok()) return run;
  flush();
  stats_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return failure;
}

}  // namespace dragoman
