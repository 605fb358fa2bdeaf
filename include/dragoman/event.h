// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Event: one coded event with everything needed to answer "why was this coded?" without rerunning:
// the sentence, the byte spans of source, target and verb in the article's raw text, the CAMEO and
// PLOVER codes, the mode, and the dictionary rule that fired. The JSON form is in doc/output.md.

#ifndef DRAGOMAN_EVENT_H_
#define DRAGOMAN_EVENT_H_

#include <string>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/place.h"

namespace dragoman {

struct ActorRef {
  std::string text;     // the mention as written (raw bytes of `span`)
  Span span;            // in Article::raw
  std::string code;     // full CAMEO actor code: "LBYMIL"
  std::string country;  // "LBY"; empty for transnational actors and unresolved agents
  std::string role;     // "MIL"; empty when the code has no role block
  std::string entity;   // "Khalifa Haftar" when a named actor was matched
  std::string resolved_from;  // for pronouns and nominals: the earlier mention's text
  std::vector<std::string> dictionary;  // "data/dict/people.dict:812" of each record used
};

// How the text presents the event. kClaimed: stated inside a quote or reported speech (doc/quotes.md):
// the speaker says it happened, the article does not.
enum class EventMode { kAsserted, kIntended, kThreatened, kDenied, kNegated, kAlleged, kHypothetical, kClaimed };
const char* EventModeName(EventMode mode);  // "asserted", ...

struct Event {
  std::string id;  // stable: the same input gives the same id
  std::string article_id;
  int sentence_index = 0;  // among the article's coded sentences, from 0
  std::string sentence;    // normalised sentence text
  Span sentence_span;      // in Article::raw
  // When it happened: a date expression of its sentence ("on Monday", "last week") resolved
  // against the article's date (src/pipeline/event_dates.h), else the article's date; empty when
  // neither is known. `date` is the first day of the range, `date_last` the last.
  std::string date;            // YYYY-MM-DD
  std::string date_last;       // YYYY-MM-DD; == date for a day
  std::string date_precision;  // "day", "week", "month", "year"
  std::string date_text;       // the expression ("last week"); empty when the date is the article's
  Span date_span;              // the expression in Article::raw; empty when the date is the article's
  bool date_year_inferred = false;  // the expression had no year ("on 3 August")

  ActorRef source;
  ActorRef target;

  std::string cameo_code;  // "1384"
  std::string cameo_base;  // "138"
  std::string cameo_root;  // "13"
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_event;  // "THREATEN"; empty for CAMEO roots 01-02
  std::string plover_mode;

  EventMode mode = EventMode::kAsserted;
  std::string verb_text;
  Span verb_span;
  double confidence = 0;

  // Where it happened (doc/places.md): a locative place of its clause, else of its sentence, else
  // the dateline; empty (precision kNone) when none is known.
  Place place;

  struct Rule {
    std::string id;       // "verbs.dict:1234"
    std::string pattern;  // "bomb +", or "(default)"
    std::string file;
    int line = 0;
    std::string code_note;  // e.g. "intent: 195 -> 1384" when the mode changed the code
  } rule;
};

}  // namespace dragoman

#endif  // DRAGOMAN_EVENT_H_
