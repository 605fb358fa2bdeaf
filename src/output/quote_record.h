// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The "quote" record of the JSON Lines output (doc/output.md): one line per attributed quote or
// piece of reported speech, after the article's event records.

#ifndef DRAGOMAN_OUTPUT_QUOTE_RECORD_H_
#define DRAGOMAN_OUTPUT_QUOTE_RECORD_H_

#include <string>

#include "dragoman/quote.h"

namespace dragoman {

// One line (without the newline) for `quote`. Absent parts are null: `speaker` when nobody is
// named, `cue`, `outlet` and `addressee` when the text has none.
std::string QuoteRecord(const Quote& quote);

}  // namespace dragoman

#endif  // DRAGOMAN_OUTPUT_QUOTE_RECORD_H_
