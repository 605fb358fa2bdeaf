// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// PetrarchImporter: reads PETRARCH-2 dictionaries unchanged into the LegacyDictionary model of
// tabari_importer.h:
//
//   verbs     &SYNSET / +MEMBER lines; verb blocks
//               --- NAME [CODE] ---          (block header: the block's default code)
//               VERB {FORM FORM} [CODE]      (member verbs, irregular forms, an own code)
//               - LOWER * UPPER [a:b] # who  (patterns, shared by the block's members;
//                                             {A B} noun phrase, (A B) prepositional phrase)
//               ~ a (a b ATTACK) SAY = a b 015   (transformations: kept as written)
//   actors    the TABARI actors syntax with '#' comments (Phoenix.*.actors.txt)
//   agents    NAME [~SUFFIX] | [PREFIX~], with "!SET! = A, B" substitution sets
//   discards  PHRASE (sentence level) and +PHRASE (story level)
//   issues    not an event dictionary: recognised, not read
// Lines may carry <!-- --> or '#' comments. Malformed lines are reported "FILE:LINE: reason: text"
// and skipped.

#ifndef DRAGOMAN_LEXICON_PETRARCH_IMPORTER_H_
#define DRAGOMAN_LEXICON_PETRARCH_IMPORTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dragoman/status.h"
#include "lexicon/tabari_importer.h"

namespace dragoman {

// A PETRARCH verb file (CAMEO.2.0.txt, CAMEO.verbpatterns.150430.txt, PETR.Validate.verbs.txt).
void ParsePetrarchVerbs(const std::string& name, std::string_view text, LegacyDictionary* dict,
                        std::vector<std::string>* errors, LegacyLoadStats* stats);
// A discards file (Phoenix.discards.txt).
void ParsePetrarchDiscards(const std::string& name, std::string_view text, LegacyDictionary* dict,
                           std::vector<std::string>* errors, LegacyLoadStats* stats);

// Reads one dictionary file of either family into `dict` by its format (kUnknown: told from its name
// and content; the one dispatch for both loaders). False, with nothing read, when it is not a
// dictionary file (a .project, an unknown file); issue files are accepted and left out.
bool ParseLegacyFile(const std::string& name, std::string_view bytes, LegacyFormat format,
                     const LegacyImportOptions& options, LegacyDictionary* dict, std::vector<std::string>* errors,
                     LegacyLoadStats* stats);

// Loads one PETRARCH dictionary file (kind from its name, else its content), or every dictionary file
// of a directory: *verbs* / CAMEO.*.txt, *actors*, *agents*, *discards* (PETR_config.ini and issue
// files are not dictionaries of actors or events and are left out). When a directory holds both
// the Phoenix/CAMEO files and the small PETR.Validate.* test dictionaries, only the former are read.
// Fails only when a path cannot be read.
Status LoadPetrarch(const std::string& path, const LegacyImportOptions& options, LegacyDictionary* dict,
                    std::vector<std::string>* errors, LegacyLoadStats* stats);

// The files LoadPetrarch reads for `dir`, in load order.
std::vector<std::string> PetrarchFiles(const std::string& dir);

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_PETRARCH_IMPORTER_H_
