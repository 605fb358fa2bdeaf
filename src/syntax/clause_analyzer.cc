// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "syntax/clause_analyzer.h"
#include "syntax/mention_finder.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dragoman {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool IsBe(std::string_view w) {
  return In(w, {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"});
}
bool IsHave(std::string_view w) { return In(w, {"have", "has", "had", "having", "'ve", "'d"}); }
bool IsDo(std::string_view w) { return In(w, {"do", "does", "did"}); }

bool IsVerbPos(Pos p) {
  return p == Pos::kVerb || p == Pos::kVerbPast || p == Pos::kVerbPastPart || p == Pos::kVerbGerund;
}

bool IsRelative(std::string_view w) { return In(w, {"which", "who", "whom", "whose"}); }

bool IsSubordinator(std::string_view w) {
  return In(w, {"because", "while", "although", "though", "whereas", "unless", "if", "when",
                "after", "before", "since", "until", "as", "once", "where"});
}

// Verbs whose object, not their subject, does what their infinitive says ("allowed the inspectors to
// enter", "ordered the troops to fire"), besides the &ask verbs.
bool IsObjectControlVerb(std::string_view lemma) {
  return In(lemma, {"allow", "permit", "let", "enable", "force", "compel", "oblige", "authorize", "authorise",
                    "order", "tell", "instruct", "invite", "persuade", "require", "urge", "ask", "call",
                    "press", "encourage", "request", "implore", "beg", "exhort", "pressure"});
}

bool IsParticipant(const Mention& m) {
  return !m.locative && !m.in_pp && !m.possessor && !m.modifier && !m.code.empty();
}

}  // namespace

void AnalyzeClauses(const Lexicon& lexicon, SentenceAnalysis* a) {
  const auto& toks = a->tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  a->flags.assign(n, 0);
  a->verbs.clear();

  // 1. Verb groups.
  uint32_t i = 0;
  while (i < n) {
    const Token& t = toks[i];
    const bool to_inf = t.pos == Pos::kTo && i + 1 < n &&
                        (toks[i + 1].pos == Pos::kVerb ||
                         (toks[i + 1].pos == Pos::kAdverb && i + 2 < n && toks[i + 2].pos == Pos::kVerb));
    if (!(t.pos == Pos::kModal || IsVerbPos(t.pos) || to_inf) || a->mention_at[i] >= 0) {
      ++i;
      continue;
    }
    VerbGroup g;
    g.begin = i;
    g.infinitive = to_inf;
    bool has_aux = false, has_be = false;
    uint32_t j = to_inf ? i + 1 : i;
    int head = -1;
    while (j < n && a->mention_at[j] < 0) {
      const Token& u = toks[j];
      // A quote mark inside a verb group: are ''working ...
      if (u.text == "\"" && head >= 0 && j + 1 < n && IsVerbPos(toks[j + 1].pos)) {
        ++j;
        continue;
      }
      if (u.pos == Pos::kModal) {
        has_aux = true;
        if (In(u.lower, {"will", "would", "shall", "'ll", "wo"})) g.modal_future = true;
        if (In(u.lower, {"could", "might", "may", "ca", "can"})) g.modal_hypothetical = true;
        if (In(u.lower, {"must", "should", "ought"})) g.modal_obligation = true;
        ++j;
        continue;
      }
      if (u.pos == Pos::kAdverb) {
        if (lexicon.WordClasses(u.lower) & kWordNegation) g.negated = true;
        // An adverb only belongs to the group if a verb follows.
        uint32_t k = j + 1;
        while (k < n && toks[k].pos == Pos::kAdverb) ++k;
        if (k < n && (IsVerbPos(toks[k].pos) || toks[k].pos == Pos::kModal) && a->mention_at[k] < 0) {
          for (uint32_t q = j; q < k; ++q) {
            if (lexicon.WordClasses(toks[q].lower) & kWordNegation) g.negated = true;
          }
          j = k;
          continue;
        }
        break;
      }
      if (IsVerbPos(u.pos)) {
        if (head >= 0) {
          // An auxiliary followed by another verb: be/have/do chains.
          std::string_view prev = toks[head].lower;
          if (IsBe(prev) || IsHave(prev) || IsDo(prev) || In(toks[head].lemma, {"be", "have", "do"})) {
            has_aux = true;
            if (IsBe(prev) || toks[head].lemma == "be") has_be = true;
          } else {
            break;  // two lexical verbs: a new group starts
          }
        }
        head = static_cast<int>(j);
        ++j;
        continue;
      }
      break;
    }
    if (head < 0) {
      i = std::max(i + 1, j);
      continue;
    }
    g.head = static_cast<uint32_t>(head);
    g.end = static_cast<uint32_t>(head) + 1;
    if (g.end < n && toks[g.end].pos == Pos::kParticle) ++g.end;
    const Token& h = toks[g.head];
    g.passive = has_be && h.pos == Pos::kVerbPastPart && !IsBe(h.lower);
    g.finite = !g.infinitive && (has_aux || h.pos == Pos::kVerb || h.pos == Pos::kVerbPast);
    g.participle = !g.infinitive && !has_aux && (h.pos == Pos::kVerbPastPart || h.pos == Pos::kVerbGerund);
    if (g.participle) g.finite = false;
    g.speech = (lexicon.WordClasses(h.lemma) & kWordSpeech) != 0 ||
               (lexicon.WordClasses(h.lower) & kWordSpeech) != 0;
    // Negation right after the group's head: "is not", "did not".
    a->verbs.push_back(g);
    i = g.end;
  }

  // A bare verb or a gerund right after a &catenative verb ("help defend", "began withdrawing") is
  // its infinitive complement, as "to defend" would be.
  for (size_t v = 1; v < a->verbs.size(); ++v) {
    VerbGroup& c = a->verbs[v];
    const VerbGroup& prev = a->verbs[v - 1];
    // "help defend", "began withdrawing": a base form, or a gerund.
    if (c.infinitive || c.begin != prev.end ||
        (toks[c.head].pos != Pos::kVerb && !(c.participle && toks[c.head].pos == Pos::kVerbGerund))) {
      continue;
    }
    if (!((lexicon.WordClasses(toks[prev.head].lemma) | lexicon.WordClasses(toks[prev.head].lower)) &
          kWordCatenative)) {
      continue;
    }
    c.infinitive = true;
    c.finite = false;
  }

  // Infinitive governors: the nearest verb group to the left with no boundary between.
  for (size_t v = 0; v < a->verbs.size(); ++v) {
    if (!a->verbs[v].infinitive || v == 0) continue;
    a->verbs[v].governor = static_cast<int>(v) - 1;
  }

  // 2. Boundaries: complementizers, relatives, subordinators, semicolons.
  for (uint32_t k = 0; k < n; ++k) {
    std::string_view w = toks[k].lower;
    // "as" right after a verb or in "such as" / "as well as" introduces a role or an example
    // ("denounced as an ugly crime X's ..."), not a clause.
    const bool as_role = w == "as" && k > 0 &&
                         (IsVerbPos(toks[k - 1].pos) || toks[k - 1].lower == "such" || toks[k - 1].lower == "well");
    // "when" is tagged as a wh-adverb; it opens a clause all the same.
    const bool subordinator =
        IsSubordinator(w) && (toks[k].pos == Pos::kPreposition || (w == "when" && toks[k].pos == Pos::kWh));
    if (w == ";" || IsRelative(w) || (subordinator && !as_role) || (w == "that" && toks[k].pos != Pos::kDeterminer)) {
      a->flags[k] |= kFlagBoundary;
    }
    if (w == ":" ) a->flags[k] |= kFlagBoundary;
  }

  // 3. Parentheticals.
  for (uint32_t k = 0; k < n; ++k) {
    if (toks[k].text == "(") {
      uint32_t e = k + 1;
      while (e < n && toks[e].text != ")") ++e;
      if (e < n) {
        for (uint32_t q = k; q <= e; ++q) a->flags[q] |= kFlagSkip;
      }
    }
  }

  // 4. Appositives: ", the head of the Russian contact group on intra-Libyan settlement," after a
  //    mention (or a name) and before a verb: a comma-delimited noun phrase with no verb.
  for (uint32_t k = 1; k + 1 < n; ++k) {
    if (toks[k].text != ",") continue;
    const Token& next = toks[k + 1];
    if (!(next.pos == Pos::kDeterminer || a->mention_at[k + 1] >= 0 || next.pos == Pos::kAdjective ||
          next.pos == Pos::kProperNoun)) {
      continue;
    }
    uint32_t e = k + 1;
    bool verb = false;
    while (e < n && toks[e].text != "," && toks[e].text != "." && toks[e].text != "\"") {
      if (IsVerbPos(toks[e].pos) || toks[e].pos == Pos::kModal) verb = true;
      ++e;
    }
    if (verb || e >= n || toks[e].text != "," || e - k > 14) continue;
    // The appositive must follow a noun phrase and be followed by a verb group or a frame end.
    const Token& before = toks[k - 1];
    if (!(a->mention_at[k - 1] >= 0 || before.pos == Pos::kProperNoun || before.pos == Pos::kNoun)) continue;
    bool verb_after = e + 1 < n && (IsVerbPos(toks[e + 1].pos) || toks[e + 1].pos == Pos::kModal ||
                                    toks[e + 1].pos == Pos::kAdverb);
    if (!verb_after) continue;
    for (uint32_t q = k; q <= e; ++q) a->flags[q] |= kFlagSkip;
  }

  // 4a. Participial phrases between commas after the subject, before its verb: ", speaking in
  //     Jerusalem,", ", backed by tanks,". Searches step over them like appositives.
  for (uint32_t k = 1; k + 2 < n; ++k) {
    if (toks[k].text != "," || !(toks[k + 1].pos == Pos::kVerbGerund || toks[k + 1].pos == Pos::kVerbPastPart)) {
      continue;
    }
    const Token& before = toks[k - 1];
    if (!(a->mention_at[k - 1] >= 0 || before.pos == Pos::kProperNoun || before.pos == Pos::kNoun)) continue;
    uint32_t e = k + 2;
    while (e < n && e - k <= 10 && toks[e].text != "," && toks[e].text != "." && toks[e].text != ";" &&
           !IsVerbPos(toks[e].pos) && toks[e].pos != Pos::kModal) {
      ++e;
    }
    if (e >= n || e - k > 10 || toks[e].text != ",") continue;
    const bool verb_after = e + 1 < n && (IsVerbPos(toks[e + 1].pos) || toks[e + 1].pos == Pos::kModal ||
                                          toks[e + 1].pos == Pos::kAdverb);
    if (!verb_after) continue;
    for (uint32_t q = k; q <= e; ++q) a->flags[q] |= kFlagSkip;
  }

  // 4b. Relative clauses between commas: ", which has agreed with X," before the main verb.
  for (uint32_t k = 1; k + 1 < n; ++k) {
    if (toks[k].text != "," || !IsRelative(toks[k + 1].lower)) continue;
    uint32_t e = k + 2;
    while (e < n && toks[e].text != "," && toks[e].text != "." && toks[e].text != ";") ++e;
    if (e >= n || toks[e].text != ",") continue;
    for (uint32_t q = k; q <= e; ++q) a->flags[q] |= kFlagRelative;
  }

  // 5. Reported-speech frames.
  for (size_t v = 0; v < a->verbs.size(); ++v) {
    const VerbGroup& g = a->verbs[v];
    if (!g.speech) continue;
    // Inverted: ", said Perrone." / "said the diplomat,"
    // Interrupting or closing: ", NP said," / ", NP, appositive, told newspaper X."
    // Find the frame's start: walk left over the speaker (mention, name, skipped appositive).
    int k = static_cast<int>(g.begin) - 1;
    while (k >= 0 && ((a->flags[k] & kFlagSkip) || a->mention_at[k] >= 0 ||
                      toks[k].pos == Pos::kProperNoun || toks[k].pos == Pos::kDeterminer ||
                      toks[k].pos == Pos::kNoun || toks[k].pos == Pos::kAdjective ||
                      toks[k].pos == Pos::kPronoun || toks[k].pos == Pos::kPossessive)) {
      if (toks[k].text == "," && !(a->flags[k] & kFlagSkip)) break;
      --k;
    }
    const bool comma_before = k >= 0 && (toks[k].text == "," || toks[k].text == "\"");
    const bool at_start = k < 0;
    // Where the frame ends: the sentence end, or a comma, after optional addressee/outlet words.
    uint32_t e = g.end;
    while (e < n && toks[e].text != "," && toks[e].text != "." && toks[e].text != ":" &&
           toks[e].text != "\"" && !(a->flags[e] & kFlagBoundary) && !IsVerbPos(toks[e].pos) &&
           e - g.end < 8) {
      ++e;
    }
    const bool closes = e >= n || toks[e].text == "," || toks[e].text == "." || toks[e].text == "\"" ||
                        toks[e].text == ":";
    if (comma_before && closes && !at_start) {
      for (uint32_t q = static_cast<uint32_t>(k); q < std::min(e + 1, n); ++q) a->flags[q] |= kFlagFrame;
    } else {
      // "X said (that) …": what follows is a new clause.
      a->flags[g.end - 1] |= kFlagBoundary;
      for (uint32_t q = g.begin; q < g.end; ++q) a->flags[q] |= kFlagFrame;
    }
  }
}

int Subject(const SentenceAnalysis& a, int v) {
  const auto& toks = a.tokens;
  const VerbGroup& g = a.verbs[v];
  // Infinitives: the object of the governor ("ordered his forces to bomb"), else its subject.
  if (g.infinitive && g.governor >= 0) {
    const VerbGroup& gov = a.verbs[g.governor];
    bool boundary = false;
    for (uint32_t k = gov.end; k < g.begin; ++k) boundary = boundary || (a.flags[k] & kFlagBoundary);
    if (!boundary) {
      for (uint32_t k = gov.end; k < g.begin; ++k) {
        int m = a.mention_at[k];
        if (m < 0 || (a.flags[k] & kFlagFrame)) continue;
        const Mention& mm = a.mentions[m];
        // "called on Azerbaijan to withdraw": the object of on/upon controls the infinitive too.
        const bool on_object = mm.in_pp && mm.begin > 0 &&
                               (toks[mm.begin - 1].lower == "on" || toks[mm.begin - 1].lower == "upon");
        // The controller is the governor's object right before "to" ("ordered his forces to bomb");
        // a mention inside a longer noun phrase ("defied a UN deadline to withdraw") is not.
        const bool before_to = mm.end == g.begin;
        if ((IsParticipant(mm) || (on_object && !mm.code.empty())) && before_to) return m;
        k = mm.end - 1;
      }
      // "refused to allow the inspectors to enter": after a verb of permission or command, an object
      // with no actor code still controls the infinitive, so the governor's subject does not act.
      if (IsObjectControlVerb(toks[gov.head].lemma) && g.begin > gov.end && a.mention_at[g.begin - 1] < 0 &&
          toks[g.begin - 1].pos == Pos::kNoun) {
        bool direct_object = true;
        for (uint32_t k = gov.end; k + 1 < g.begin; ++k) {
          const Pos p = toks[k].pos;
          direct_object = direct_object && (p == Pos::kDeterminer || p == Pos::kAdjective || p == Pos::kNumber ||
                                            p == Pos::kNoun || p == Pos::kPossPronoun || a.mention_at[k] >= 0);
        }
        if (direct_object) return -1;
      }
      return Subject(a, g.governor);
    }
  }
  // A reduced participle ("ships deployed in …"): the noun phrase just before it.
  if (g.participle && g.begin > 0) {
    int m = a.mention_at[g.begin - 1];
    if (m >= 0 && !a.mentions[m].code.empty() && !a.mentions[m].possessor) return m;
  }
  // A second conjoined verb ("X visited Y and have said"): the subject of the first.
  {
    int p = static_cast<int>(g.begin) - 1;
    while (p >= 0 && toks[p].pos == Pos::kAdverb) --p;
    if (p >= 0 && (toks[p].lower == "and" || toks[p].lower == "but" || toks[p].lower == "or") &&
        !g.infinitive) {
      // Only when a verb group ends the stretch before the conjunction with no subject candidate of
      // its own between: "visited Moscow and have said".
      for (int u = v - 1; u >= 0; --u) {
        const VerbGroup& prev = a.verbs[u];
        if (prev.end > static_cast<uint32_t>(p) || prev.infinitive) continue;
        bool boundary = false;
        for (uint32_t q = prev.end; q < static_cast<uint32_t>(p); ++q) boundary = boundary || (a.flags[q] & kFlagBoundary);
        if (!boundary && prev.finite) return Subject(a, u);
        break;
      }
    }
  }
  int k = static_cast<int>(g.begin) - 1;
  int appositive_mention = -1;
  const bool inside_relative = (a.flags[g.head] & kFlagRelative) != 0;
  while (k >= 0) {
    const uint8_t f = a.flags[k];
    if ((f & kFlagRelative) && !inside_relative) {
      --k;
      continue;
    }
    if (f & (kFlagFrame | kFlagSkip)) {
      int m = a.mention_at[k];
      if ((f & kFlagSkip) && m >= 0 && appositive_mention < 0 && IsParticipant(a.mentions[m])) {
        appositive_mention = m;
      }
      --k;
      continue;
    }
    if (f & kFlagBoundary) {
      // A relative pronoun right before the verb: the antecedent is the subject.
      if (IsRelative(toks[k].lower)) {
        int p = k - 1;
        while (p >= 0 && (toks[p].text == "," || (a.flags[p] & kFlagSkip))) --p;
        if (p >= 0 && a.mention_at[p] >= 0) {
          const Mention& m = a.mentions[a.mention_at[p]];
          if (!m.code.empty() && !m.locative) return a.mention_at[p];
        }
      }
      break;
    }
    int m = a.mention_at[k];
    if (m >= 0) {
      const Mention& mm = a.mentions[m];
      if (IsParticipant(mm) || (mm.modifier && !mm.code.empty())) return m;
      k = static_cast<int>(mm.begin) - 1;
      continue;
    }
    // A reduced relative between the subject and its verb ("The Red Cross operating in Iraq
    // said"): step over it to the noun phrase it modifies.
    if (IsVerbPos(toks[k].pos)) {
      int u = v - 1;
      while (u >= 0 && a.verbs[u].begin > static_cast<uint32_t>(k)) --u;
      if (u >= 0 && a.verbs[u].head == static_cast<uint32_t>(k) && a.verbs[u].participle && !a.verbs[u].speech &&
          a.verbs[u].begin > 0 && a.mention_at[a.verbs[u].begin - 1] >= 0) {
        k = static_cast<int>(a.verbs[u].begin) - 1;
        continue;
      }
    }
    // Another verb group: for "X visited Y and have said", the subject of the first verb.
    if (IsVerbPos(toks[k].pos) || toks[k].pos == Pos::kModal) {
      int p = static_cast<int>(g.begin) - 1;
      while (p > k && (toks[p].pos == Pos::kAdverb)) --p;
      if (p > k && (toks[p].lower == "and" || toks[p].lower == "but" || toks[p].lower == "or")) {
        for (int u = v - 1; u >= 0; --u) {
          if (a.verbs[u].end <= static_cast<uint32_t>(p) && !a.verbs[u].infinitive) return Subject(a, u);
        }
      }
      break;
    }
    --k;
  }
  return appositive_mention;
}

bool InAdverbialClause(const SentenceAnalysis& a, uint32_t k) {
  const auto& toks = a.tokens;
  bool comma = false;
  for (uint32_t q = k; q-- > 0;) {
    comma = comma || toks[q].text == ",";
    if (!(a.flags[q] & kFlagBoundary)) continue;
    if (!In(toks[q].lower, {"as", "when", "before", "until", "if", "unless", "once", "although", "though"})) {
      return false;
    }
    // A fronted clause ("After talks failed, Russia attacked"): the comma closes it.
    uint32_t p = q;
    while (p > 0 && (toks[p - 1].pos == Pos::kAdverb || toks[p - 1].pos == Pos::kPunct)) --p;
    return !(p == 0 && comma);
  }
  return false;
}

bool InNounModifier(const SentenceAnalysis& a, uint32_t k) {
  const auto& toks = a.tokens;
  // A reduced -ing relative: the verb group holding k is a bare gerund right after a noun.
  for (const VerbGroup& g : a.verbs) {
    if (k < g.begin || k >= g.end) continue;
    if (g.participle && toks[g.head].pos == Pos::kVerbGerund && g.begin > 0) {
      const Pos before = toks[g.begin - 1].pos;
      if (before == Pos::kNoun || before == Pos::kProperNoun || a.mention_at[g.begin - 1] >= 0) return true;
    }
    break;
  }
  for (uint32_t q = k; q-- > 0;) {
    if (!(a.flags[q] & kFlagBoundary)) continue;
    if (q == 0) return false;
    const Token& before = toks[q - 1];
    if (IsRelative(toks[q].lower) || (toks[q].lower == "that" && toks[q].pos == Pos::kWh)) {
      return before.text != "," && (before.pos == Pos::kNoun || before.pos == Pos::kProperNoun ||
                                    a.mention_at[q - 1] >= 0);
    }
    if (toks[q].lower != "that") return false;
    // "an allegation that", "an admission by Moscow that": a common noun, perhaps followed by a
    // by/of/to phrase, and no verb right before the noun ("told reporters that").
    int p = static_cast<int>(q) - 1;
    // "Israeli accusations that": a nationality on the noun.
    if (a.mention_at[p] >= 0 && toks[p].pos == Pos::kNoun) {
      const Mention& mm = a.mentions[a.mention_at[p]];
      if (mm.end == static_cast<uint32_t>(p) + 1 && toks[mm.begin].pos == Pos::kAdjective) {
        return true;
      }
    }
    if (a.mention_at[p] >= 0) {
      p = static_cast<int>(a.mentions[a.mention_at[p]].begin) - 1;
      while (p >= 0 && toks[p].pos == Pos::kDeterminer) --p;
      if (p < 0 || !In(toks[p].lower, {"by", "of", "to", "from"})) return false;
      --p;
    }
    if (p < 0 || toks[p].pos != Pos::kNoun || a.mention_at[p] >= 0) return false;
    return p == 0 || !IsVerbPos(toks[p - 1].pos);
  }
  return false;
}

uint32_t ClauseEnd(const SentenceAnalysis& a, int v) {
  const VerbGroup& g = a.verbs[v];
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  uint32_t k = g.end;
  while (k < n) {
    if ((a.flags[k] & kFlagBoundary) || (a.flags[k] & kFlagFrame)) break;
    ++k;
  }
  return k;
}

int Object(const SentenceAnalysis& a, int v, const std::string& not_code, uint32_t from) {
  const VerbGroup& g = a.verbs[v];
  const uint32_t start = std::max(g.end, from);
  const uint32_t end = std::max(ClauseEnd(a, v), std::min<uint32_t>(start, static_cast<uint32_t>(a.tokens.size())));
  uint32_t clause_end = end;
  // ClauseEnd stops at the first boundary after the verb; a pattern may have used words beyond it.
  if (start > g.end) {
    clause_end = start;
    while (clause_end < a.tokens.size() && !(a.flags[clause_end] & (kFlagBoundary | kFlagFrame))) ++clause_end;
  }
  const std::string not_country = not_code.size() >= 3 ? not_code.substr(0, 3) : "";
  // "turned down an Israeli offer": with no participant, the first modifier whose noun is the
  // object (the country owning the thing acted on) is the target.
  int modifier = -1;
  for (uint32_t k = start; k < clause_end; ++k) {
    if (a.flags[k] & kFlagSkip) continue;
    // Stop at the next finite verb group: its objects are its own. An infinitive that complements
    // this verb ("threatened to take action against X") is searched through.
    for (size_t u = 0; u < a.verbs.size(); ++u) {
      const VerbGroup& other = a.verbs[u];
      if (other.begin != k) continue;
      if (other.finite || (other.infinitive && (other.governor != v || !g.finite))) return modifier;
    }
    int m = a.mention_at[k];
    if (m < 0) continue;
    const Mention& mm = a.mentions[m];
    const bool own = a.tokens[mm.begin].pos == Pos::kPossPronoun && !not_country.empty() &&
                     mm.code.compare(0, 3, not_country) == 0;
    if (!mm.locative && !mm.code.empty() && !own && (not_code.empty() || mm.code != not_code)) {
      // "deplored the Israeli raid on Gaza": the owner of the object noun comes before a mention
      // in the noun's own prepositional phrase.
      if (!mm.modifier) return modifier >= 0 && mm.in_pp ? modifier : m;
      if (modifier < 0 && !mm.in_pp && CodeCountry(mm.code) != not_country) modifier = m;
    }
    k = mm.end - 1;
  }
  return modifier;
}

}  // namespace dragoman
