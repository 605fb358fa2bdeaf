// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Subcommands register themselves: each tools/dragoman/*_command.cc defines a static
// CommandRegistrar with a function that adds its CLI11 subcommand and returns the function that runs
// it. main() needs no edit when a command is added.
//
//   namespace {
//   dragoman::CommandRegistrar reg("extract", [](CLI::App* app, const dragoman::EngineOptions* options) {
//     auto* cmd = app->add_subcommand("extract", "...");
//     auto args = std::make_shared<Args>();
//     cmd->add_option(...);
//     return dragoman::CommandRun{cmd, [args, options] { return RunExtract(*options, *args); }};
//   });
//   }

#ifndef DRAGOMAN_TOOLS_DRAGOMAN_COMMAND_REGISTRY_H_
#define DRAGOMAN_TOOLS_DRAGOMAN_COMMAND_REGISTRY_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "dragoman/engine.h"

namespace dragoman {

struct CommandRun {
  CLI::App* subcommand;       // the parsed subcommand (checked with `*subcommand`)
  std::function<int()> run;   // runs it; returns the process exit code
};

// Adds a subcommand to `app`. `options` are the global engine options (--data, --dict, ...), filled
// in by the time run() is called.
using CommandSetup = std::function<CommandRun(CLI::App* app, const EngineOptions* options)>;

struct RegisteredCommand {
  std::string name;
  CommandSetup setup;
};

// All registered commands, sorted by name when main() builds the CLI.
std::vector<RegisteredCommand>& Commands();

struct CommandRegistrar {
  CommandRegistrar(std::string name, CommandSetup setup) {
    Commands().push_back({std::move(name), std::move(setup)});
  }
};

}  // namespace dragoman

#endif  // DRAGOMAN_TOOLS_DRAGOMAN_COMMAND_REGISTRY_H_
