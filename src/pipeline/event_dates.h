// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// When each event happened: the date expressions of its sentence ("on Monday", "last week", "on 3
// August") resolved against the article's date (src/ingest/date_resolver.h) and attached to the
// events whose verbs they modify. An event with no expression of its own keeps the article's date.
//
// Attachment rule (doc/output.md, "dates"): every expression goes to the nearest head of the
// sentence by token distance — a coded event's anchor or any other verb — ties to the head before
// it ("met on Monday", "on Monday met" both attach to "met"). An event takes the nearest expression
// attached to its own anchor; failing that, the nearest one attached to a verb that anchors no
// event ("Russia said on Monday it would send troops": the statement's date dates the intent).
// Expressions attached to another event's anchor are never borrowed.

#ifndef DRAGOMAN_PIPELINE_EVENT_DATES_H_
#define DRAGOMAN_PIPELINE_EVENT_DATES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ingest/date_resolver.h"
#include "text/token.h"

namespace dragoman {

// Cheap test on a tokenised sentence: false when it cannot hold a date expression (no weekday,
// month, today/yesterday/tomorrow, week/month/year, ago, or four-digit number), so the resolver
// runs on few sentences.
bool MayHoldDate(std::span<const Token> tokens);

// The date expressions of the sentence `text` (a slice of the normalised article starting at byte
// `text_begin`), resolved against `anchor`; their offsets are in the normalised article.
std::vector<DateReference> SentenceDates(std::string_view text, uint32_t text_begin, const CivilDate& anchor);

// For each event anchor token (indexes into `tokens`), the index into `dates` of the expression it
// takes under the rule above, or -1.
std::vector<int> AttachDates(std::span<const Token> tokens, const std::vector<DateReference>& dates,
                             const std::vector<uint32_t>& event_anchors);

}  // namespace dragoman

#endif  // DRAGOMAN_PIPELINE_EVENT_DATES_H_
