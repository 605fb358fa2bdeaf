// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "tools/dragoman/commands.h"

namespace dragoman {

void CheckDictionaryConsistency(const Engine& engine, std::vector<std::string>* problems) {
  for (std::string& p : engine.CheckDictionaries()) problems->push_back(std::move(p));
}

}  // namespace dragoman
