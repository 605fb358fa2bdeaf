// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "pipeline/event_dates.h"

#include <algorithm>
#include <cstdlib>

namespace dragoman {
namespace {

bool IsVerb(Pos p) {
  return p == Pos::kVerb || p == Pos::kVerbPast || p == Pos::kVerbPastPart || p == Pos::kVerbGerund;
}

bool IsTrigger(const Token& t) {
  const std::string_view w = t.lower;
  if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  if (t.capitalized && MonthFromName(w) > 0) return true;
  static constexpr std::string_view kWords[] = {
      "today",   "tonight",   "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
      "friday",  "saturday",  "sunday",    "week",     "weeks",  "month",   "months",    "year",
      "years",   "ago",       "morning",   "night",    "days",   "weekend"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Token index holding byte `offset` (the first token that ends after it).
size_t TokenAt(std::span<const Token> tokens, uint32_t offset) {
  size_t i = 0;
  while (i < tokens.size() && tokens[i].end <= offset) ++i;
  return std::min(i, tokens.empty() ? 0 : tokens.size() - 1);
}

}  // namespace

bool MayHoldDate(std::span<const Token> tokens) {
  return std::any_of(tokens.begin(), tokens.end(), IsTrigger);
}

std::vector<DateReference> SentenceDates(std::string_view text, uint32_t text_begin, const CivilDate& anchor) {
  std::vector<DateReference> refs = FindDateReferences(text, anchor);
  for (DateReference& r : refs) {
    r.begin += text_begin;
    r.end += text_begin;
  }
  return refs;
}

std::vector<int> AttachDates(std::span<const Token> tokens, const std::vector<DateReference>& dates,
                             const std::vector<uint32_t>& event_anchors) {
  std::vector<int> taken(event_anchors.size(), -1);
  if (dates.empty() || tokens.empty()) return taken;
  // Heads: event anchors and every other verb, in token order.
  std::vector<uint32_t> heads(event_anchors.begin(), event_anchors.end());
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (IsVerb(tokens[i].pos)) heads.push_back(i);
  }
  std::sort(heads.begin(), heads.end());
  heads.erase(std::unique(heads.begin(), heads.end()), heads.end());

  // Each expression's first token, its head and its token distance to it.
  struct Attached {
    long first;
    uint32_t head;
    long distance;
  };
  std::vector<Attached> attached;
  for (const DateReference& d : dates) {
    const long first = static_cast<long>(TokenAt(tokens, d.begin));
    const long last = static_cast<long>(TokenAt(tokens, d.end > 0 ? d.end - 1 : d.end));
    Attached best{first, heads.front(), -1};
    for (uint32_t h : heads) {
      const long hh = h;
      const long dist = hh < first ? first - hh : hh > last ? hh - last : 0;
      // Strictly nearer wins; on a tie the earlier head (scanned first) stays.
      if (best.distance < 0 || dist < best.distance) {
        best.head = h;
        best.distance = dist;
      }
    }
    attached.push_back(best);
  }
  auto is_event_anchor = [&](uint32_t h) {
    return std::find(event_anchors.begin(), event_anchors.end(), h) != event_anchors.end();
  };
  for (size_t e = 0; e < event_anchors.size(); ++e) {
    const long anchor = event_anchors[e];
    int own = -1, loose = -1;
    long own_dist = 0, loose_dist = 0;
    for (size_t d = 0; d < dates.size(); ++d) {
      const Attached& a = attached[d];
      if (a.head == event_anchors[e]) {
        if (own < 0 || a.distance < own_dist) {
          own = static_cast<int>(d);
          own_dist = a.distance;
        }
      } else if (!is_event_anchor(a.head)) {
        const long dist = std::labs(a.first - anchor);
        if (loose < 0 || dist < loose_dist) {
          loose = static_cast<int>(d);
          loose_dist = dist;
        }
      }
    }
    taken[e] = own >= 0 ? own : loose;
  }
  return taken;
}

}  // namespace dragoman
