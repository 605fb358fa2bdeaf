// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "pipeline/parallel_coder.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace dragoman {

ParallelCoder::ParallelCoder(const Engine& engine, int threads, size_t max_in_flight)
    : engine_(engine), threads_(threads < 1 ? 1 : threads), max_in_flight_(max_in_flight < 1 ? 1 : max_in_flight) {}

Status ParallelCoder::Run(const std::function<bool(CodingJob*)>& next,
                          const std::function<void(CodedArticle&&)>& emit) {
  std::vector<std::unique_ptr<Coder>> coders;
  for (int i = 0; i < threads_; ++i) {
    auto c = engine_.NewCoder();
    if (!c.ok()) return c.status();
    coders.push_back(std::move(c.value()));
  }
  if (threads_ == 1) {  // no threads, same order
    CodingJob job;
    while (next(&job)) emit(coders[0]->Code(std::move(job.article), job.date));
    return Status::Ok();
  }

  std::mutex mu;
  std::condition_variable work_ready, result_ready;
  std::deque<std::pair<size_t, CodingJob>> queue;
  std::map<size_t, CodedArticle> done;
  bool closed = false;

  std::vector<std::thread> workers;
  for (int t = 0; t < threads_; ++t) {
    workers.emplace_back([&, t] {
      for (;;) {
        std::pair<size_t, CodingJob> item;
        {
          std::unique_lock<std::mutex> lock(mu);
          work_ready.wait(lock, [&] { return closed || !queue.empty(); });
          if (queue.empty()) return;
          item = std::move(queue.front());
          queue.pop_front();
        }
        CodedArticle result = coders[t]->Code(std::move(item.second.article), item.second.date);
        {
          std::lock_guard<std::mutex> lock(mu);
          done.emplace(item.first, std::move(result));
        }
        result_ready.notify_one();
      }
    });
  }

  size_t read = 0, emitted = 0;
  bool more = true;
  while (more || emitted < read) {
    // Read ahead while there is room.
    while (more && read - emitted < max_in_flight_) {
      CodingJob job;
      if (!next(&job)) {
        more = false;
        break;
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        queue.emplace_back(read++, std::move(job));
      }
      work_ready.notify_one();
    }
    if (emitted == read) continue;
    // Emit the next result in order.
    CodedArticle result;
    {
      std::unique_lock<std::mutex> lock(mu);
      result_ready.wait(lock, [&] { return done.count(emitted) > 0; });
      auto it = done.find(emitted);
      result = std::move(it->second);
      done.erase(it);
    }
    emit(std::move(result));
    ++emitted;
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    closed = true;
  }
  work_ready.notify_all();
  for (std::thread& w : workers) w.join();
  return Status::Ok();
}

}  // namespace dragoman
