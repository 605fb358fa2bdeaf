// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The cost of one pass of the pipeline (quotes, places), timed in one process: two engines, one
// with the pass and one without, code the same corpus with one thread, taking turns of a few
// articles (which goes first alternates too), so that the machine's other load falls on both alike.
// Prints both medians and best times, the throughput with the pass as a share of the throughput
// without, and the median of each run's own ratio.

#ifndef DRAGOMAN_TOOLS_DRAGOMAN_PASS_BENCH_H_
#define DRAGOMAN_TOOLS_DRAGOMAN_PASS_BENCH_H_

#include <string>

#include "dragoman/engine.h"

namespace dragoman {

struct PassBenchArgs {
  std::string corpus;  // a .zip of .txt files, or anything InputReader reads
  int runs = 5;        // timed runs per setting
  int limit = 0;       // only the first N articles (0: all)
  std::string only;    // "off" or "on": time one setting only (for instruction counts); "" both
  int chunk = 100;     // articles per turn of one setting (0: the whole corpus, one setting after the other)
};

// `pass` names the pass in the output ("quotes", "places"); `command` prefixes error messages.
// Returns the exit status: 0, or 2 when the corpus or an engine cannot be opened.
int RunPassBench(const char* command, const char* pass, const EngineOptions& off, const EngineOptions& on,
                 const PassBenchArgs& args);

}  // namespace dragoman

#endif  // DRAGOMAN_TOOLS_DRAGOMAN_PASS_BENCH_H_
