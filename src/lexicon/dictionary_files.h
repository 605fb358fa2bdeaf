// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Where the default data lives and which files one --dict argument names. Shared by the engine
// (which loads them) and the store (which fingerprints them to know when coding has changed).

#ifndef DRAGOMAN_LEXICON_DICTIONARY_FILES_H_
#define DRAGOMAN_LEXICON_DICTIONARY_FILES_H_

#include <string>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

// $DRAGOMAN_DATA when set, else the data directory compiled in (the source tree's data/).
std::string DefaultDataDir();

// Appends the files of one --dict argument to `files`: the file itself, or the *.dict files of a
// directory in name order. NotFound when the path does not exist or the directory has no *.dict.
Status DictionaryFiles(const std::string& path, std::vector<std::string>* files);

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_DICTIONARY_FILES_H_
