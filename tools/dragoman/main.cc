// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The dragoman command. Subcommands defined here:
//   code [FILE...]      articles in, JSON Lines (article and event records) out
//   explain SENTENCE    how one sentence is analysed and coded
//   dict check [PATH]   validate dictionaries
//   eval ...            score output against gold (tools/dragoman/eval_command.cc)
//   bench ...           whole-corpus throughput (tools/dragoman/bench_command.cc)
// and every command registered through command_registry.h (tools/dragoman/*_command.cc).
// Data goes to stdout; progress, errors and the summary go to stderr.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "dragoman/engine.h"
#include "ingest/input_reader.h"
#include "output/jsonl_writer.h"
#include "output/quote_record.h"
#include "output/place_record.h"
#include "pipeline/parallel_coder.h"
#include "tools/dragoman/command_registry.h"
#include "tools/dragoman/commands.h"

namespace {

using dragoman::Engine;
using dragoman::EngineOptions;

int RunCode(const EngineOptions& options, const std::vector<std::string>& inputs, const std::string& date,
            int threads) {
  auto engine = Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "dragoman: " << engine.status().ToString() << "\n";
    return 2;
  }
  for (const std::string& p : (*engine)->load_report().problems) std::cerr << "dictionary: " << p << "\n";
  dragoman::InputReader reader(inputs, date, [](const std::string& m) { std::cerr << "skipped: " << m << "\n"; });
  size_t articles = 0, sentences = 0, events = 0, bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  std::string out;
  dragoman::ParallelCoder parallel(**engine, threads);
  dragoman::Status status = parallel.Run(
      [&](dragoman::CodingJob* job) {
        dragoman::InputItem item;
        if (!reader.Next(&item)) return false;
        bytes += item.article.raw.size();
        job->article = std::move(item.article);
        job->date = std::move(item.date);
        return true;
      },
      [&](dragoman::CodedArticle&& coded) {
        out.clear();
        out += dragoman::ArticleRecord(coded);
        out += '\n';
        for (const dragoman::Event& e : coded.events) {
          out += dragoman::EventRecord(e);
          out += '\n';
        }
        for (const dragoman::Quote& q : coded.quotes) {
          out += dragoman::QuoteRecord(q);
          out += '\n';
        }
        for (const dragoman::PlaceMention& p : coded.places) {
          out += dragoman::PlaceRecord(coded.article.id, p);
          out += '\n';
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        ++articles;
        sentences += coded.sentences.size();
        events += coded.events.size();
      });
  if (!status.ok()) {
    std::cerr << "dragoman: " << status.ToString() << "\n";
    return 2;
  }
  std::fflush(stdout);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr,
               "dragoman code: %zu articles, %zu sentences, %zu events, %zu skipped inputs; "
               "%.0f sentences/s, %.2f MB/s on %d threads (dictionaries loaded in %.3f s)\n",
               articles, sentences, events, reader.skipped(), secs > 0 ? sentences / secs : 0.0,
               secs > 0 ? bytes / secs / 1e6 : 0.0, threads, (*engine)->load_report().seconds);
  return reader.skipped() > 0 ? 1 : 0;
}

int RunExplain(const EngineOptions& options, const std::string& sentence, const std::string& date) {
  dragoman::OpenedCoder opened;
  if (!dragoman::OpenCoder(options, &opened)) return 2;
  std::cout << opened.coder->Explain(sentence, date);
  return 0;
}

int RunDictCheck(EngineOptions options, const std::vector<std::string>& paths) {
  if (!paths.empty()) {
    options.dictionaries = paths;
    options.replace_default_dictionaries = true;
  }
  auto engine = Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "dragoman: " << engine.status().ToString() << "\n";
    return 2;
  }
  const dragoman::LoadReport& r = (*engine)->load_report();
  std::vector<std::string> problems = r.problems;
  dragoman::CheckDictionaryConsistency(**engine, &problems);
  for (const std::string& p : problems) std::cout << p << "\n";
  std::fprintf(stderr,
               "dict check: %zu actors, %zu agents, %zu names, %zu verb and %zu noun anchors, %zu patterns, "
               "%zu sets; %zu problems; loaded in %.3f s\n",
               r.actors, r.agents, r.names, r.verbs, r.nouns, r.patterns, r.sets, problems.size(), r.seconds);
  return problems.empty() ? 0 : 1;
}

}  // namespace

namespace dragoman {
bool OpenCoder(const EngineOptions& options, OpenedCoder* out) {
  auto engine = Engine::Create(options);
  if (!engine.ok()) {
    std::cerr << "dragoman: " << engine.status().ToString() << "\n";
    return false;
  }
  auto coder = (*engine)->NewCoder();
  if (!coder.ok()) {
    std::cerr << "dragoman: " << coder.status().ToString() << "\n";
    return false;
  }
  out->engine = std::move(*engine);
  out->coder = std::move(*coder);
  return true;
}

std::vector<RegisteredCommand>& Commands() {
  static std::vector<RegisteredCommand> commands;
  return commands;
}
}  // namespace dragoman

int main(int argc, char** argv) {
  CLI::App app{"Dragoman: political event coding from news text"};
  app.require_subcommand(1);
  EngineOptions options;
  app.add_option("--data", options.data_dir, "Data directory (cameo/, dict/); default: the build's data/");
  app.add_option("--dict", options.dictionaries, "Extra dictionary file or directory (repeatable)");
  app.add_flag("--no-default-dict", options.replace_default_dictionaries, "Use only the --dict dictionaries");
  app.add_flag("--code-headlines", options.code_headlines, "Also code titles and sub-headlines");
  app.add_option("--rules", options.rules,
                 "Coding rules: dragoman (default), or tabari (TABARI's, for the --dict tabari:PROJECT)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, dragoman::EngineOptions::Rules>{{"dragoman", dragoman::EngineOptions::Rules::kDragoman},
                                                                {"tabari", dragoman::EngineOptions::Rules::kTabari}},
          CLI::ignore_case));

  std::vector<std::string> inputs;
  std::string date;
  auto* code = app.add_subcommand("code", "Code articles: plain-text files, .jsonl files, or stdin");
  code->add_option("inputs", inputs, "Input files (default: stdin)");
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  code->add_option("--threads", threads, "Coding threads (output order does not depend on it)")
      ->check(CLI::Range(1, 256));
  code->add_option("--date", date, "Publication date YYYY-MM-DD for inputs without one")
      ->check([](const std::string& d) { return dragoman::IsIsoDate(d) ? "" : "want YYYY-MM-DD"; });

  std::string sentence;
  auto* explain = app.add_subcommand("explain", "Show how one sentence is analysed and coded");
  explain->add_option("sentence", sentence, "The sentence")->required();
  explain->add_option("--date", date, "Date for date-bounded roles (YYYY-MM-DD)");

  std::vector<std::string> dict_paths;
  auto* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  auto* check = dict->add_subcommand("check", "Validate dictionaries (default: the shipped ones)");
  check->add_option("paths", dict_paths, "Dictionary files or directories");

  dragoman::EvalArgs eval_args;
  auto* eval = app.add_subcommand("eval", "Score coded events against gold");
  dragoman::AddEvalOptions(eval, &eval_args);

  dragoman::BenchArgs bench_args;
  auto* bench = app.add_subcommand("bench", "Whole-corpus throughput");
  dragoman::AddBenchOptions(bench, &bench_args);

  std::vector<dragoman::RegisteredCommand> registered = dragoman::Commands();
  std::sort(registered.begin(), registered.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  std::vector<dragoman::CommandRun> runs;
  for (const auto& c : registered) runs.push_back(c.setup(&app, &options));

  CLI11_PARSE(app, argc, argv);
  for (const dragoman::CommandRun& r : runs) {
    if (*r.subcommand) return r.run();
  }
  if (*code) return RunCode(options, inputs, date, threads);
  if (*explain) return RunExplain(options, sentence, date);
  if (*check) return RunDictCheck(options, dict_paths);
  if (*eval) return dragoman::RunEval(options, eval_args);
  if (*bench) return dragoman::RunBench(options, bench_args);
  return 2;
}
