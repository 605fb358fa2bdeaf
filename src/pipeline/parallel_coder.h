// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// ParallelCoder: codes a stream of articles on N worker threads and delivers the results in input
// order, so that the output is the same bytes whatever N. At most `max_in_flight` articles are read
// ahead (queued, being coded, or coded and waiting for their turn): memory does not grow with input.

#ifndef DRAGOMAN_PIPELINE_PARALLEL_CODER_H_
#define DRAGOMAN_PIPELINE_PARALLEL_CODER_H_

#include <functional>
#include <string>

#include "dragoman/engine.h"

namespace dragoman {

struct CodingJob {
  Article article;
  std::string date;  // the known publication date for Coder::Code
};

class ParallelCoder {
 public:
  // `engine` must outlive the ParallelCoder. threads < 1 means 1.
  ParallelCoder(const Engine& engine, int threads, size_t max_in_flight = 256);

  // Calls `next` on the calling thread until it returns false, codes every job, and calls `emit` on
  // the calling thread with each result in the order the jobs were read. Returns an error only if a
  // worker's Coder cannot be created (ICU data missing).
  Status Run(const std::function<bool(CodingJob*)>& next, const std::function<void(CodedArticle&&)>& emit);

 private:
  const Engine& engine_;
  int threads_;
  size_t max_in_flight_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_PIPELINE_PARALLEL_CODER_H_
