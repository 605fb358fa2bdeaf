// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// TabariValidation: runs TABARI's validation suite (a .project file naming the dictionaries, the
// options and Validate.text) through the TABARI-compatible coder and compares, record by record,
// the events coded with the expectations written in the records' /* */ comments:
//
//   { SRC / TGT / CODE }     an expected event (dates and labels after the brace are ignored)
//   -{ SRC / TGT / CODE }    an expectation the suite itself has switched off (counted apart); in a
//                            record with one, the list is incomplete: extra events there are
//                            counted as extra_unscored
//   { ... } after the "*/"   an expectation the suite left outside its comment: still expected
//   { +++ } { --- } { ### }  no event expected (complex, none, discard)
//   { OPTION: LINE }         an options line applied before the following records
//
// The standard records end with the record FINAL-01; the records after it need other settings or
// crash TABARI, and are left out unless `all_records` is set. Categories are the record IDs up to
// the first '-' (DEMO, PATTERN, SYNSET, CONNECT, COMPOUND, ...).

#ifndef DRAGOMAN_EVAL_TABARI_VALIDATION_H_
#define DRAGOMAN_EVAL_TABARI_VALIDATION_H_

#include <map>
#include <string>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct TabariScore {
  size_t records = 0;      // coded records (options records are not counted)
  size_t expected = 0;     // active expected triples
  size_t found = 0;        // expected triples coded
  size_t extra = 0;        // coded events that were not expected (in scored records)
  // Events not expected in records whose expectations the suite marks switched off or incomplete
  // with a -{ } line (COMPOUND-07: "output records listed below aren't complete"; COMPOUND-08:
  // "generates about 32 events"): reported, not scored.
  size_t extra_unscored = 0;
  size_t switched_off = 0; // -{ } expectations
  size_t missing() const { return expected - found; }
};

struct TabariValidationReport {
  TabariScore total;
  std::map<std::string, TabariScore> by_category;
  size_t option_records = 0;
  // One line per record that did not match exactly:
  // "DEMO-04: missing GON/DAG/033; extra DAG/GON/033 (reason)".
  std::vector<std::string> mismatches;
  std::vector<std::string> problems;  // dictionary and text problems, "FILE:LINE: ..."
  double seconds = 0;
};

class Engine;

struct TabariValidationOptions {
  std::string text;          // the text file; empty: the project's <textfile>
  bool all_records = false;  // also the records after FINAL-01
  // When set, records are coded by this engine (Dragoman's rules, with whatever dictionaries it
  // loaded, e.g. "tabari:Validate.project") instead of the TABARI-compatible coder; options records
  // then change nothing. Not owned; must outlive the call.
  const Engine* engine = nullptr;
};

// Loads the project and runs the suite. Fails when the project or a file it names cannot be read.
Result<TabariValidationReport> RunTabariValidation(const std::string& project,
                                                   const TabariValidationOptions& options);

}  // namespace dragoman

#endif  // DRAGOMAN_EVAL_TABARI_VALIDATION_H_
