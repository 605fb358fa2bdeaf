// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The dictionary model: the records of Dragoman's dictionary format (doc/dictionaries.md) as
// parsed, before they are compiled into the Lexicon's match tables. Importers of other formats
// (TABARI, PETRARCH) produce the same records.

#ifndef DRAGOMAN_LEXICON_DICTIONARY_H_
#define DRAGOMAN_LEXICON_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct SourceLine {
  std::string file;  // as given to the parser
  int line = 0;
  std::string ToString() const { return file + ":" + std::to_string(line); }
};

// A date as a sortable integer YYYYMMDD; 0 = open (no bound).
using DateInt = int32_t;

struct ActorRole {
  std::string code;
  DateInt from = 0;  // 0: open
  DateInt to = 0;    // 0: open
  SourceLine where;
};

struct ActorRecord {
  std::string entity;  // canonical name
  std::string type;    // country | region | igo | ngo | group | person | media | company
  std::string code;    // undated code; may be empty when roles exist
  std::vector<ActorRole> roles;
  std::vector<std::string> names;     // includes the entity name
  std::vector<std::string> adjectives;
  std::vector<std::string> capitals;
  std::string country;  // explicit country, if any
  SourceLine where;
};

struct AgentRecord {
  std::string role;  // "GOV"
  std::vector<std::string> names;
  SourceLine where;
};

struct WordSet {
  std::string name;  // with the leading '&'
  std::vector<std::string> words;
  SourceLine where;
};

struct PatternElement {
  enum Kind : uint8_t { kWord, kSet, kTarget, kSource };
  Kind kind = kWord;
  std::string word;       // kWord: lower case; kSet: the set name
  bool adjacent = false;  // must directly follow the previous element (written a_b)
  int set_index = -1;     // kSet: filled by Lexicon::Build (index of the set)
};

struct VerbPattern {
  std::string code;  // CAMEO code, or "---" for "not an event"
  std::vector<PatternElement> elements;
  std::string text;  // as written
  SourceLine where;
};

struct VerbRecord {
  bool noun = false;               // a `noun` record
  std::string lemma;               // the anchor's first word, lower case
  std::vector<std::string> particles;  // phrasal anchors: "carry out" → {"out"}
  std::string default_code;        // empty or "---": none
  std::vector<std::string> forms;  // irregular forms
  std::vector<VerbPattern> patterns;
  SourceLine where;
};

struct DictionaryData {
  std::vector<ActorRecord> actors;
  std::vector<AgentRecord> agents;
  std::vector<WordSet> sets;
  std::vector<VerbRecord> verbs;
};

// Parses one file in Dragoman's format, appending its records to `data`. A malformed record is
// skipped and reported in `errors` as "FILE:LINE: message: text"; parsing goes on. Returns an error
// only when the file cannot be read.
Status ParseDictionaryFile(const std::string& path, DictionaryData* data,
                           std::vector<std::string>* errors);
// The same for text already in memory; `name` is used in messages.
void ParseDictionaryText(const std::string& name, const std::string& text, DictionaryData* data,
                         std::vector<std::string>* errors);

// "2016-03-30" → 20160330; "2016-03" → 20160301 (or 20160331 with end=true); "2016" → 20160101
// (20161231). Returns false for anything else.
bool ParseDictDate(const std::string& text, bool end, DateInt* out);

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_DICTIONARY_H_
