// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The clustering rule in one place: the key that mentions of one event share, and the date
// arithmetic of the window. doc/store.md states the rule for users.

#ifndef DRAGOMAN_STORE_DEDUP_H_
#define DRAGOMAN_STORE_DEDUP_H_

#include <cstdint>
#include <optional>
#include <string>

#include "dragoman/event.h"
#include "store/event_store.h"

namespace dragoman {

// Days since 1970-01-01 of a YYYY-MM-DD date; nullopt for anything else (including "").
std::optional<int64_t> DayNumber(const std::string& date);
// YYYYMM of a YYYY-MM-DD date, 0 when it is not one.
int64_t MonthNumber(const std::string& date);

// The clustering key of a mention under `options`:
//   SOURCE|TARGET|CODE|MODE|PLACE
// SOURCE and TARGET are the actor codes (or their countries with actor_level "country"; an actor
// without a country keeps its code); TARGET is empty when the event has none; CODE is the CAMEO code
// cut to the level (code/base/root); MODE is the event's mode, or empty when modes are not kept
// apart; PLACE is the event's place (empty until places are coded). Two mentions can share an event
// only if their keys are equal and their dates are within options.date_window_days.
std::string ClusterKey(const Event& event, const std::string& place, const DedupOptions& options);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_DEDUP_H_
