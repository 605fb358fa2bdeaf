// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// PLOVER JSON records, one per line, with the field names of the PLOVER specification ("JSON Data
// Fields" in the PLOVER manual): id, date, source, recipient, event, event_text, quad_code,
// event_scale, mode, text, cite_info, coder, coded_date, coded_time; actor objects with code, sector,
// actor_text, identifier_text. CAMEO detail and the mention counts go in an extension object
// "dragoman" (the specification invites provider fields). doc/store.md lists the mapping.

#ifndef DRAGOMAN_STORE_PLOVER_FORMAT_H_
#define DRAGOMAN_STORE_PLOVER_FORMAT_H_

#include <string>

#include "store/event_store.h"

namespace dragoman {

// One PLOVER record (a single line, no newline). Fails (NotFound, naming the event) for events with
// no PLOVER category: CAMEO roots 01 and 02, which PLOVER drops.
Result<std::string> PloverRecord(const StoredEvent& event);

// PLOVER's quad category (1 verbal cooperation ... 4 material conflict) of a PLOVER event
// category, or 0. It differs from CAMEO's QuadClass for some codes (SANCTION is verbal conflict).
int PloverQuad(const std::string& plover_event);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_PLOVER_FORMAT_H_
