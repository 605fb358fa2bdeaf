// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Subcommands of the dragoman tool that have their own files.

#ifndef DRAGOMAN_TOOLS_DRAGOMAN_COMMANDS_H_
#define DRAGOMAN_TOOLS_DRAGOMAN_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "dragoman/engine.h"

namespace dragoman {

// An engine and one coder made from the global options.
struct OpenedCoder {
  std::unique_ptr<Engine> engine;
  std::unique_ptr<Coder> coder;
};
// Creates both; on failure prints "dragoman: <why>" to stderr and returns false (commands then
// exit with code 2).
bool OpenCoder(const EngineOptions& options, OpenedCoder* out);

struct EvalArgs {
  std::string plover;  // PLOVER gold file
  std::string jsonl;   // our JSONL gold file
  std::string errors;  // write misses and extras here (optional)
  int half = 0;        // 1 or 2: score only the first or second half of the items in file order (0: all)
};
void AddEvalOptions(CLI::App* app, EvalArgs* args);
int RunEval(const EngineOptions& options, const EvalArgs& args);

struct BenchArgs {
  std::string corpus;  // .zip of text files, a .jsonl, or a directory
  int runs = 5;
  int limit = 0;       // articles (0: all)
  std::vector<int> threads = {1};  // coding thread counts (ParallelCoder), timed in alternation
  // Instead: one thread, every pass sentence by sentence against windows of this many sentences
  // (EngineOptions::sentence_window), in turns within one process (tools/dragoman/pass_bench.h).
  int windows_ab = 0;
};
void AddBenchOptions(CLI::App* app, BenchArgs* args);
int RunBench(const EngineOptions& options, const BenchArgs& args);

// Appends consistency problems of the loaded dictionaries (overlapping role dates, duplicate
// patterns, anchors defined twice) to `problems`.
void CheckDictionaryConsistency(const Engine& engine, std::vector<std::string>* problems);

}  // namespace dragoman

#endif  // DRAGOMAN_TOOLS_DRAGOMAN_COMMANDS_H_
