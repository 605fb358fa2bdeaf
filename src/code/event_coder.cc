// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "code/event_coder.h"

#include <algorithm>
#include <string_view>

#include "syntax/clause_analyzer.h"
#include "syntax/mention_finder.h"

namespace dragoman {
namespace {

constexpr uint32_t kMaxGap = 3;
constexpr int kNoTarget = -3;  // Emit(): code the event without a target

std::string TokenText(const SentenceAnalysis& a, uint32_t b, uint32_t e) {
  if (e <= b) return "";
  return std::string(a.tokens[b].text.data(), a.tokens[e - 1].end - a.tokens[b].begin);
}

bool WordMatches(const Lexicon& lex, const PatternElement& el, const Token& t) {
  if (el.kind == PatternElement::kWord) return t.lower == el.word || t.lemma == el.word;
  if (el.set_index < 0) return lex.InSet(el.word, t.lower) || lex.InSet(el.word, t.lemma);
  return lex.InSet(el.set_index, t.lower) || (t.lemma != t.lower && lex.InSet(el.set_index, t.lemma));
}

struct PatternMatch {
  int target = -1;
  int source = -1;
  uint32_t last = 0;
  // The first actor mention the matched words run through ("rejected a U.S. request", "expelled two
  // Russian diplomats"): the target when the pattern has no `+`.
  int inner = -1;
};

// Matches `p` in tokens [from, end): the elements in order, at most kMaxGap other tokens before
// each (none for an a_b element); parentheticals and appositives are stepped over for free.
bool MatchPattern(const Lexicon& lex, const SentenceAnalysis& a, const VerbPattern& p, uint32_t from,
                  uint32_t end, PatternMatch* out) {
  uint32_t pos = from;
  PatternMatch m;
  for (const PatternElement& el : p.elements) {
    const uint32_t budget = el.adjacent ? 0 : kMaxGap;
    uint32_t skipped = 0;
    bool found = false;
    uint32_t k = pos;
    while (k < end) {
      if (a.flags[k] & kFlagSkip) {
        ++k;
        continue;
      }
      const int mi = a.mention_at[k];
      if (el.kind == PatternElement::kTarget || el.kind == PatternElement::kSource) {
        if (mi >= 0 && !a.mentions[mi].code.empty() && !a.mentions[mi].possessor) {
          (el.kind == PatternElement::kTarget ? m.target : m.source) = mi;
          pos = a.mentions[mi].end;
          found = true;
          break;
        }
        k = mi >= 0 ? std::max(k + 1, a.mentions[mi].end) : k + 1;
        if (++skipped > budget) break;
        continue;
      }
      if (WordMatches(lex, el, a.tokens[k])) {  // also inside a mention: "recalled its ambassador"
        if (mi >= 0 && m.inner < 0 && !a.mentions[mi].code.empty()) m.inner = mi;
        pos = k + 1;
        found = true;
        break;
      }
      if (mi >= 0 && m.inner < 0 && !a.mentions[mi].code.empty() && !a.mentions[mi].locative) m.inner = mi;
      // A mention counts as one skipped word, however long; a number is free ("handed over 700 kg
      // of medicine to", "sent up to 4,000 troops to").
      const bool same_mention = mi >= 0 && k + 1 < end && a.mention_at[k + 1] == mi;
      const bool free = a.tokens[k].pos == Pos::kNumber && mi < 0;
      ++k;
      if (!same_mention && !free && ++skipped > budget) break;
    }
    if (!found) return false;
  }
  m.last = pos;
  *out = m;
  return true;
}

// The mode an event is reported in, and separately whether the act is intended or threatened (which
// decides its CAMEO code even when the report is alleged or denied).
struct Modality {
  EventMode mode = EventMode::kAsserted;
  EventMode intent = EventMode::kAsserted;  // kAsserted, kIntended or kThreatened
  bool refusal = false;  // "will not negotiate", "would not allow", "refused to": a stated refusal
  // An act someone is asked or obliged to do ("urged X to support", "demanded that X end", "X must
  // withdraw"): the request is the event (coded from its own verb), not the act requested.
  bool requested = false;
};

Modality ModeOf(const Lexicon& lex, const SentenceAnalysis& a, int v) {
  const VerbGroup& g = a.verbs[v];
  const auto& toks = a.tokens;
  bool intended = false, threatened = false, hypothetical = false, denied = false, alleged = false,
       negated = g.negated, refused = false;
  if (g.modal_future) intended = true;
  if (g.modal_hypothetical || g.modal_obligation) hypothetical = true;
  bool requested = g.modal_obligation;
  // Governors of infinitives, and the word before "to" ("ready to", "available to").
  int cur = v;
  for (int depth = 0; depth < 4 && a.verbs[cur].infinitive; ++depth) {
    const VerbGroup& inf = a.verbs[cur];
    int p = static_cast<int>(inf.begin) - 1;
    while (p >= 0 && toks[p].pos == Pos::kAdverb) --p;
    if (p >= 0) {
      uint32_t c = lex.WordClasses(toks[p].lemma) | lex.WordClasses(toks[p].lower);
      if (c & kWordIntend) intended = true;
      if (c & kWordThreaten) threatened = true;
      // "an ultimatum to Serbia to withdraw", "an appeal to the rebels to lay down": a request noun,
      // its addressee, then the act requested.
      if (a.mention_at[p] >= 0 && !(c & kWordAppeal)) {
        int q = static_cast<int>(a.mentions[a.mention_at[p]].begin) - 1;
        while (q >= 0 && (toks[q].pos == Pos::kDeterminer || toks[q].lower == "to" || toks[q].lower == "on")) --q;
        if (q >= 0 && toks[q].pos == Pos::kNoun) c = lex.WordClasses(toks[q].lemma) | lex.WordClasses(toks[q].lower);
      }
      if ((c & kWordAppeal) && toks[p].pos != Pos::kVerb) {
        hypothetical = true;
        requested = true;
      }
    }
    if (inf.governor < 0) break;
    const VerbGroup& gov = a.verbs[inf.governor];
    uint32_t c = lex.WordClasses(toks[gov.head].lemma) | lex.WordClasses(toks[gov.head].lower);
    if (c & kWordIntend) intended = true;
    if (c & kWordThreaten) threatened = true;
    if (c & kWordDeny) denied = true;
    if (c & kWordAppeal) {
      hypothetical = true;
      requested = true;
    }
    if (gov.modal_obligation) requested = true;
    if (c & kWordRefuse) {
      negated = true;
      refused = true;
    }
    if (gov.negated) negated = true;
    if (gov.modal_future) intended = true;
    if (gov.modal_hypothetical) hypothetical = true;
    cur = inf.governor;
  }
  // The clause's frame: "alleged statements that …", "denied that …", "allegedly".
  int k = static_cast<int>(a.verbs[cur].begin) - 1;
  while (k >= 0 && !(a.flags[k] & kFlagBoundary)) {
    if ((lex.WordClasses(toks[k].lower) | lex.WordClasses(toks[k].lemma)) & kWordAllege) alleged = true;
    --k;
  }
  if (k >= 0) {  // look at the words governing the boundary
    if (toks[k].lower == "if" || toks[k].lower == "unless") hypothetical = true;
    for (int q = k - 1; q >= 0 && q >= k - 5; --q) {
      uint32_t c = lex.WordClasses(toks[q].lower) | lex.WordClasses(toks[q].lemma);
      if (c & kWordAllege) alleged = true;
      if (c & kWordDeny) denied = true;
      // "demanded that the US cancel", "its demand today that Israel ease": the complement of a
      // request.
      if ((c & kWordAppeal) && q >= k - 3 && toks[k].lower == "that") requested = true;
      if (a.flags[q] & kFlagBoundary) break;
    }
  }
  for (uint32_t q = g.begin; q < g.end; ++q) {
    if (lex.WordClasses(toks[q].lower) & kWordAllege) alleged = true;
  }
  Modality m;
  m.requested = requested;
  m.intent = threatened ? EventMode::kThreatened : intended ? EventMode::kIntended : EventMode::kAsserted;
  // "will not attack": a negated act keeps its own code; a negated future or a refusal verb is a
  // refusal, which CAMEO codes as a rejection when the act is cooperative.
  if (negated) {
    m.refusal = g.modal_future || refused;
    for (int gv = g.governor; gv >= 0 && !m.refusal; gv = a.verbs[gv].governor) {
      m.refusal = a.verbs[gv].modal_future && a.verbs[gv].negated;
    }
    m.intent = EventMode::kAsserted;
  }
  if (negated) {
    m.mode = EventMode::kNegated;
  } else if (denied) {
    m.mode = EventMode::kDenied;
  } else if (alleged) {
    m.mode = EventMode::kAlleged;
  } else if (hypothetical) {
    m.mode = EventMode::kHypothetical;
  } else {
    m.mode = m.intent;
  }
  return m;
}

// Expands a mention to the members of its coordination group.
std::vector<int> Members(const SentenceAnalysis& a, int m) {
  std::vector<int> out;
  if (m < 0) return out;
  const int group = a.mentions[m].group;
  if (group < 0) {
    out.push_back(m);
    return out;
  }
  for (size_t k = 0; k < a.mentions.size(); ++k) {
    if (a.mentions[k].group == group && !a.mentions[k].code.empty()) out.push_back(static_cast<int>(k));
  }
  return out;
}

void Emit(const SentenceAnalysis& a, CodedEvent base, int source, int target, std::vector<CodedEvent>* out,
          std::vector<std::string>* trace) {
  if (target == kNoTarget) {
    for (int s : Members(a, source)) {
      CodedEvent e = base;
      e.source = s;
      e.target = -1;
      bool dup = false;
      for (const CodedEvent& o : *out) {
        dup = dup || (o.target < 0 && a.mentions[o.source].code == a.mentions[s].code && o.code == e.code);
      }
      if (!dup) out->push_back(e);
    }
    return;
  }
  for (int s : Members(a, source)) {
    for (int t : Members(a, target)) {
      const Mention& ms = a.mentions[s];
      const Mention& mt = a.mentions[t];
      if (ms.code == mt.code || s == t) {
        if (trace) trace->push_back("  same actor on both sides (" + ms.code + "): not coded");
        continue;
      }
      CodedEvent e = base;
      e.source = s;
      e.target = t;
      double c = e.confidence;
      if (!ms.resolved_from.empty() || !mt.resolved_from.empty()) c -= 0.15;
      if (ms.code.size() == 3 && CodeRole(ms.code) == ms.code) c -= 0.2;
      if (mt.code.size() == 3 && CodeRole(mt.code) == mt.code) c -= 0.2;
      e.confidence = std::clamp(c, 0.05, 0.99);
      bool dup = false;
      for (const CodedEvent& o : *out) {
        if (o.target >= 0 && a.mentions[o.source].code == ms.code && a.mentions[o.target].code == mt.code &&
            o.code == e.code) {
          dup = true;
        }
      }
      if (!dup) out->push_back(e);
    }
  }
}

// The agent of passive verb group `g`: the mention after the first "by" before `clause_end` (over
// modifiers: "by suspected jihadists", "by two armed men"), or -1.
int ByAgent(const SentenceAnalysis& a, const VerbGroup& g, uint32_t clause_end) {
  const auto& toks = a.tokens;
  for (uint32_t k = g.end; k < clause_end; ++k) {
    if (toks[k].lower != "by" || k + 1 >= toks.size()) continue;
    uint32_t q = k + 1;
    while (q < clause_end && q < k + 5 && a.mention_at[q] < 0 &&
           (toks[q].pos == Pos::kDeterminer || toks[q].pos == Pos::kAdjective || toks[q].pos == Pos::kNumber ||
            toks[q].pos == Pos::kVerbPastPart || toks[q].pos == Pos::kVerbGerund)) {
      ++q;
    }
    return q < clause_end && a.mention_at[q] >= 0 ? a.mention_at[q] : -1;
  }
  return -1;
}

// The subject of the clause that complements verb group `v` ("demanded that X …"), or -1.
int ComplementSubject(const SentenceAnalysis& a, int v) {
  const uint32_t end = ClauseEnd(a, v);
  if (end >= a.tokens.size() || a.tokens[end].lower != "that") return -1;
  for (size_t u = v + 1; u < a.verbs.size(); ++u) {
    if (a.verbs[u].begin <= end) continue;
    if (a.verbs[u].infinitive) return -1;
    int s = Subject(a, static_cast<int>(u));
    if (s >= 0 && a.mentions[s].begin > end) return s;
    return -1;
  }
  return -1;
}

// True if verb group `v`, a bare past participle, modifies a noun rather than heading a clause whose
// auxiliary the tagger lost (", and accused X", "Lajcak, called on"): it stands inside a noun phrase
// ("his alleged part", "a heavily armed minority"), it follows the object of an earlier finite verb
// of its clause ("will return weapons seized last year") or a noun before a by-agent, or it opens
// the sentence, or a comma-delimited phrase with "by" ("Backed by Russia, …", ", backed by tanks,").
bool ModifyingParticiple(const SentenceAnalysis& a, int v) {
  const auto& toks = a.tokens;
  const VerbGroup& g = a.verbs[v];
  if (g.begin == 0) return true;
  // "disputed by Argentina" (an agent), not "shortened by one hour" (a measure).
  bool by_agent = false;
  if (g.end + 1 < toks.size() && toks[g.end].lower == "by") {
    uint32_t q = g.end + 1;
    while (q < toks.size() && q < g.end + 4 && a.mention_at[q] < 0 &&
           (toks[q].pos == Pos::kDeterminer || toks[q].pos == Pos::kAdjective)) {
      ++q;
    }
    by_agent = q < toks.size() && a.mention_at[q] >= 0;
  }
  int p = static_cast<int>(g.begin) - 1;
  while (p >= 0 && toks[p].pos == Pos::kAdverb) --p;
  if (p < 0) return true;
  const Pos before = toks[p].pos;
  if (before == Pos::kDeterminer || before == Pos::kPossPronoun || before == Pos::kPossessive ||
      before == Pos::kAdjective) {
    return true;
  }
  // After a comma, any "by" phrase makes the participle passive (", backed by tanks,").
  if (toks[p].text == ",") return g.end < toks.size() && toks[g.end].lower == "by";
  if (before != Pos::kNoun && before != Pos::kProperNoun && a.mention_at[p] < 0) return false;
  if (by_agent) return true;
  for (int u = v - 1; u >= 0; --u) {
    const VerbGroup& prev = a.verbs[u];
    if (!prev.finite || prev.speech) continue;
    for (uint32_t q = prev.end; q < g.begin; ++q) {
      if ((a.flags[q] & (kFlagBoundary | kFlagFrame)) || toks[q].text == "," || toks[q].lower == "and" ||
          toks[q].lower == "or" || toks[q].lower == "but") {
        return false;
      }
    }
    return true;
  }
  return false;
}

// "issued a declaration demanding that …", "released a statement condemning …": for a gerund right
// after a &statement noun, the verb group that issued the statement (finite, same clause), or -1.
int StatementIssuer(const Lexicon& lex, const SentenceAnalysis& a, int v) {
  const auto& toks = a.tokens;
  const VerbGroup& g = a.verbs[v];
  if (!g.participle || toks[g.head].pos != Pos::kVerbGerund || g.begin == 0) return -1;
  const Token& noun = toks[g.begin - 1];
  if (noun.pos != Pos::kNoun || !(lex.InSet("&statement", noun.lower) || lex.InSet("&statement", noun.lemma))) {
    return -1;
  }
  for (int u = v - 1; u >= 0; --u) {
    const VerbGroup& issuer = a.verbs[u];
    for (uint32_t q = issuer.end; q < g.begin; ++q) {
      if (a.flags[q] & (kFlagBoundary | kFlagFrame)) return -1;
    }
    return issuer.finite && !issuer.speech ? u : -1;
  }
  return -1;
}

// Roots whose acts a compound subject does together: intent to cooperate, consult, diplomatic and
// material cooperation, fighting.
bool IsJointRoot(const std::string& code) {
  const std::string r = code.substr(0, 2);
  return r == "03" || r == "04" || r == "05" || r == "06" || r == "19";
}

// The verb group whose head is token `anchor`, or -1 (noun anchors).
int GroupOf(const SentenceAnalysis& a, uint32_t anchor) {
  for (size_t u = 0; u < a.verbs.size(); ++u) {
    if (a.verbs[u].head == anchor) return static_cast<int>(u);
  }
  return -1;
}

// An event noun in a temporal or concessive phrase ("following the invasion of Dagestan", "in the
// wake of the execution of …", "despite the attacks").
bool InContextPhrase(const SentenceAnalysis& a, uint32_t anchor) {
  const auto& toks = a.tokens;
  if (toks[anchor].pos != Pos::kNoun) return false;
  int p = static_cast<int>(anchor) - 1;
  while (p >= 0 && (a.mention_at[p] >= 0 || toks[p].pos == Pos::kDeterminer || toks[p].pos == Pos::kAdjective ||
                    toks[p].pos == Pos::kNoun || toks[p].pos == Pos::kProperNoun || toks[p].pos == Pos::kNumber ||
                    toks[p].pos == Pos::kPossessive || toks[p].pos == Pos::kPossPronoun)) {
    --p;
  }
  if (p < 0) return false;
  const std::string_view w = toks[p].lower;
  return w == "after" || w == "following" || w == "before" || w == "since" || w == "during" || w == "amid" ||
         w == "despite" || (w == "of" && p > 0 && toks[p - 1].lower == "wake");
}

// ", whom they had taken hostage two weeks ago": a past perfect in a relative clause is backstory.
bool IsRelativeBackstory(const SentenceAnalysis& a, uint32_t anchor) {
  const int u = GroupOf(a, anchor);
  if (u < 0) return false;
  bool had = false;
  for (uint32_t q = a.verbs[u].begin; q < a.verbs[u].head; ++q) had = had || a.tokens[q].lower == "had";
  if (!had) return false;
  for (uint32_t q = a.verbs[u].begin; q-- > 0;) {
    if (!(a.flags[q] & kFlagBoundary)) continue;
    const std::string_view w = a.tokens[q].lower;
    return w == "who" || w == "whom" || w == "which" || (w == "that" && a.tokens[q].pos == Pos::kWh);
  }
  return false;
}

// "defended the right of Russian troops to fire on …": an infinitive that completes a noun of
// ability or permission says what may be done, not what is done ("a mission to provide support"
// names a purpose, and is not one of these).
bool IsModalNounInfinitive(const SentenceAnalysis& a, uint32_t anchor) {
  static constexpr std::string_view kModalNouns[] = {"right",      "ability",     "power",   "authority",
                                                     "permission", "freedom",     "capacity", "chance",
                                                     "opportunity", "licence",    "license", "authorization"};
  const int u = GroupOf(a, anchor);
  if (u < 0 || !a.verbs[u].infinitive || a.verbs[u].begin == 0) return false;
  int p = static_cast<int>(a.verbs[u].begin) - 1;
  if (a.mention_at[p] >= 0) {
    p = static_cast<int>(a.mentions[a.mention_at[p]].begin) - 1;
    if (p < 1 || a.tokens[p].lower != "of") return false;
    --p;
    while (p >= 0 && a.tokens[p].pos == Pos::kDeterminer) --p;
  }
  if (p < 0 || a.tokens[p].pos != Pos::kNoun || a.mention_at[p] >= 0) return false;
  return std::find(std::begin(kModalNouns), std::end(kModalNouns), a.tokens[p].lemma) != std::end(kModalNouns);
}

// True if the event anchored at `anchor` is background to its sentence's main clause: in an
// adverbial clause of circumstance (InAdverbialClause), in a clause that only modifies a noun
// (InNounModifier; a statement's content is not one), in a temporal phrase, a relative backstory,
// or an infinitive of ability or permission.
bool IsBackground(const Lexicon& lex, const SentenceAnalysis& a, uint32_t anchor) {
  const int u = GroupOf(a, anchor);
  const bool statement_content = u >= 0 && StatementIssuer(lex, a, u) >= 0;
  return InAdverbialClause(a, anchor) || (InNounModifier(a, anchor) && !statement_content) ||
         InContextPhrase(a, anchor) || IsRelativeBackstory(a, anchor) || IsModalNounInfinitive(a, anchor);
}

// "issued a declaration demanding that …": when a statement's content coded an event (events from
// `first` on in `out`), the statement itself (01x) adds nothing and is dropped.
void DropStatementFrames(const Lexicon& lex, const SentenceAnalysis& a, size_t first, std::vector<CodedEvent>* out,
                         std::vector<std::string>* trace) {
  std::vector<uint32_t> issuers;  // head tokens of verbs whose statement content was coded
  for (size_t i = first; i < out->size(); ++i) {
    const int u = GroupOf(a, (*out)[i].anchor);
    const int issuer = u >= 0 ? StatementIssuer(lex, a, u) : -1;
    if (issuer >= 0) issuers.push_back(a.verbs[issuer].head);
  }
  size_t kept = first;
  for (size_t i = first; i < out->size(); ++i) {
    const CodedEvent& e = (*out)[i];
    if (e.code.compare(0, 2, "01") == 0 && std::find(issuers.begin(), issuers.end(), e.anchor) != issuers.end()) {
      if (trace) trace->push_back("  " + e.code + ": the statement's content is coded instead");
      continue;
    }
    if (kept != i) (*out)[kept] = std::move((*out)[i]);
    ++kept;
  }
  out->resize(kept);
}

// "Shevardnadze resigned as the opposition threatened to storm his residence": when the main clause
// coded an event, the events of its background (IsBackground) are dropped; when it coded none (a
// reporting frame: "X said after meeting Y"), they are the news and stay.
void DropBackground(const Lexicon& lex, const SentenceAnalysis& a, size_t first, std::vector<CodedEvent>* out,
                    std::vector<std::string>* trace) {
  std::vector<bool> background(out->size(), false);
  bool main_event = false;
  for (size_t i = first; i < out->size(); ++i) {
    background[i] = IsBackground(lex, a, (*out)[i].anchor);
    main_event = main_event || !background[i];
  }
  if (!main_event) return;
  size_t kept = first;
  for (size_t i = first; i < out->size(); ++i) {
    if (background[i]) {
      if (trace) {
        trace->push_back("  " + (*out)[i].code + " at '" + std::string(a.tokens[(*out)[i].anchor].text) +
                         "': background to the coded main clause");
      }
      continue;
    }
    if (kept != i) (*out)[kept] = std::move((*out)[i]);
    ++kept;
  }
  out->resize(kept);
}

void CodeAnchors(const Lexicon& lex, const SentenceAnalysis& a, std::vector<CodedEvent>* out,
                 std::vector<std::string>* trace);

}  // namespace

std::string RefusalCode(const std::string& code) {
  if (code.size() < 2) return code;
  const std::string root = code.substr(0, 2);
  const std::string base = code.substr(0, std::min<size_t>(3, code.size()));
  if (root == "03") return "120";
  if (root == "04") return base == "045" ? "126" : "125";
  if (root == "05") return base == "057" ? "127" : "120";
  if (root == "06") {
    if (base == "061") return "1211";
    if (base == "062") return "1212";
    return "121";
  }
  if (root == "07") return "122";
  if (root == "08") {
    if (base == "081" || base == "082" || base == "083") return "124";
    if (base == "086") return "1245";
    if (base == "087") return "1246";
    return "124";
  }
  return code;
}

std::string IntentCode(const std::string& code, EventMode mode) {
  if (mode != EventMode::kIntended && mode != EventMode::kThreatened) return code;
  if (code.size() < 2) return code;
  const std::string root = code.substr(0, 2);
  const std::string base = code.substr(0, std::min<size_t>(3, code.size()));
  if (root == "18" || root == "19" || root == "20") {
    if (base == "191") return "1381";
    if (base == "192") return "1382";
    if (root == "18") return "1383";
    if (base == "204") return "1385";
    if (root == "20") return "1383";
    return "1384";
  }
  if (root == "16") {
    if (base == "163" || base == "164") return "1312";
    if (base == "161" || base == "162") return "1313";
    if (base == "166") return "1313";
    return "131";
  }
  if (root == "17") return "132";
  if (mode == EventMode::kThreatened) return code;
  if (root == "04") return base == "045" ? "039" : "036";
  if (root == "05") return "032";
  if (root == "06") {
    if (base == "061") return "0311";
    if (base == "062") return "0312";
    if (base == "063") return "0313";
    if (base == "064") return "0314";
    return "031";
  }
  if (root == "07") {
    if (base == "071") return "0331";
    if (base == "072") return "0332";
    if (base == "073") return "0333";
    if (base == "074") return "0334";
    return "033";
  }
  if (root == "08") {
    if (base == "081") return "0351";
    if (base == "082") return "0352";
    if (base == "083") return "034";
    if (base == "084") return "0353";
    if (base == "085") return "0354";
    if (base == "086") return "0355";
    if (base == "087") return "0356";
    return "035";
  }
  return code;
}

void CodeSentence(const Lexicon& lex, const SentenceAnalysis& a, std::vector<CodedEvent>* out,
                  std::vector<std::string>* trace) {
  const size_t first = out->size();
  CodeAnchors(lex, a, out, trace);
  DropStatementFrames(lex, a, first, out, trace);
  DropBackground(lex, a, first, out, trace);
}

namespace {

void CodeAnchors(const Lexicon& lex, const SentenceAnalysis& a, std::vector<CodedEvent>* out,
                 std::vector<std::string>* trace) {
  const auto& toks = a.tokens;
  std::vector<bool> consumed(toks.size(), false);
  // The CAMEO roots each verb group coded: an infinitive does not repeat its governor's event
  // ("refused to release the hostages": the refusal, not also a rejection of the release).
  std::vector<std::string> coded_roots(a.verbs.size());
  // Verb groups coded by their record's default code (no pattern matched).
  std::vector<bool> default_coded(a.verbs.size(), false);
  const size_t first = out->size();
  auto emit = [&](int v, const CodedEvent& e, int source, int target) {
    const int gov = a.verbs[v].infinitive ? a.verbs[v].governor : -1;
    const std::string root = e.code.substr(0, 2);
    if (gov >= 0 && coded_roots[gov].find(root + ";") != std::string::npos) {
      if (!default_coded[gov]) {
        if (trace) trace->push_back("  " + e.code + ": the governing verb already coded this root");
        return;
      }
      // "agreed to provide military training to Chad": the governor's bare default (030) gives way
      // to the infinitive's own pattern of the same root (0312, with its target).
      const uint32_t gov_head = a.verbs[gov].head;
      auto governor_default = [&](const CodedEvent& o) {
        return o.anchor == gov_head && o.code.compare(0, 2, root) == 0;
      };
      out->erase(std::remove_if(out->begin() + static_cast<long>(first), out->end(), governor_default), out->end());
      if (trace) trace->push_back("  " + e.code + ": replaces the governing verb's default code");
    }
    Emit(a, e, source, target, out, trace);
    coded_roots[v] += root + ";";
  };

  for (size_t vi = 0; vi < a.verbs.size(); ++vi) {
    const int v = static_cast<int>(vi);
    const VerbGroup& g = a.verbs[v];
    const Token& head = toks[g.head];
    std::string_view lemma = head.lemma;
    const std::vector<uint32_t>* anchors = lex.VerbAnchors(lemma);
    if (anchors == nullptr) {
      std::string_view f = lex.FormLemma(head.lower);
      if (!f.empty()) anchors = lex.VerbAnchors(f);
    }
    if (anchors == nullptr) anchors = lex.VerbAnchors(head.lower);
    // A reporting verb is a frame unless one of its own patterns matches ("announced a ceasefire").
    bool speech_event = false;
    if (g.speech && anchors != nullptr) {
      const uint32_t end = ClauseEnd(a, v);
      for (uint32_t ri : *anchors) {
        for (const VerbPattern& p : lex.verbs()[ri].patterns) {
          PatternMatch m;
          if (p.code != "---" && MatchPattern(lex, a, p, g.head + 1, end, &m)) speech_event = true;
        }
      }
    }
    if (g.speech && !speech_event) {
      if (trace) trace->push_back("verb '" + std::string(head.text) + "': reporting verb, a frame");
      // "Russia said Sudan must return the helicopter": a demand from the speaker to the subject
      // of an obligation clause.
      for (size_t u = vi + 1; u < a.verbs.size(); ++u) {
        const VerbGroup& c = a.verbs[u];
        if (c.infinitive || c.speech) break;
        bool frame_between = false;
        for (uint32_t q = g.end; q < c.begin; ++q) frame_between = frame_between || (a.flags[q] & kFlagFrame);
        if (frame_between || !c.modal_obligation) break;
        int speaker = Subject(a, v);
        int addressee = Subject(a, static_cast<int>(u));
        if (speaker >= 0 && addressee >= 0 && a.mentions[addressee].begin > g.head) {
          CodedEvent d;
          d.anchor = c.head;
          d.anchor_end = c.head + 1;
          d.code = "100";
          d.note = "obligation in reported speech: demand";
          d.confidence = 0.6;
          if (trace) trace->push_back("  '" + std::string(toks[c.head].text) + "' under an obligation modal → 100 demand");
          emit(v, d, speaker, addressee);
        }
        break;
      }
      continue;
    }
    if (anchors == nullptr) {
      if (trace) trace->push_back("verb '" + std::string(head.text) + "' (" + std::string(lemma) + "): not in the verb dictionary");
      continue;
    }
    // "accused the US of violating human rights": a gerund inside the words an earlier verb's
    // pattern matched is part of that event, not one of its own.
    // "criticized Turkey for violating its airspace", "accused Syria of harbouring rebels": a
    // gerund after of/for gives the reason for the event its clause's verb coded.
    bool reason = false;
    if (head.pos == Pos::kVerbGerund && g.participle && g.begin > 0 &&
        (toks[g.begin - 1].lower == "of" || toks[g.begin - 1].lower == "for")) {
      for (int u = v - 1; u >= 0; --u) {
        bool boundary = false;
        for (uint32_t q = a.verbs[u].end; q < g.begin; ++q) boundary = boundary || (a.flags[q] & kFlagBoundary);
        reason = !boundary && !coded_roots[u].empty();
        break;
      }
    }
    if ((consumed[g.head] || reason) && head.pos == Pos::kVerbGerund) {
      if (trace) {
        trace->push_back("verb '" + std::string(head.text) + "': inside an earlier verb's pattern or its reason");
      }
      continue;
    }
    // A bare past participle with no auxiliary ("weapons seized last year", "the Channel, disputed
    // by Argentina", "his alleged part") modifies a noun: a reduced relative or an adjective that
    // presents its act as background, not as news of its own.
    if (g.participle && head.pos == Pos::kVerbPastPart && ModifyingParticiple(a, v)) {
      if (trace) {
        trace->push_back("verb '" + std::string(head.text) + "': bare past participle modifying a noun, background");
      }
      continue;
    }
    // "helped defend Saudi Arabia": a &catenative verb with a verb complement is not an act of its
    // own; the complement is coded (with this verb's subject).
    if ((lex.WordClasses(lemma) | lex.WordClasses(head.lower)) & kWordCatenative) {
      bool complement = false;
      for (size_t u = vi + 1; u < a.verbs.size(); ++u) {
        // Right after the verb: "help defend", "began to withdraw" (not "began a strike to protest").
        complement = complement || (a.verbs[u].infinitive && a.verbs[u].governor == v && a.verbs[u].begin == g.end);
      }
      if (complement) {
        if (trace) trace->push_back("verb '" + std::string(head.text) + "': its verb complement carries the event");
        continue;
      }
    }
    const bool patterns_only = g.speech;
    const uint32_t clause_end = ClauseEnd(a, v);
    // Best pattern over all records of this lemma.
    const VerbRecord* best_rec = nullptr;
    const VerbPattern* best = nullptr;
    PatternMatch best_match;
    // Phrasal verbs: when a record's particles are there ("called off", "call for"), only phrasal
    // records compete; a particle no record knows ("called off" without a `call off` record) means
    // the plain verb's patterns do not apply.
    bool phrasal_match = false;
    for (uint32_t ri : *anchors) {
      const VerbRecord& rec = lex.verbs()[ri];
      if (!rec.particles.empty() && rec.particles[0] == toks[std::min<size_t>(g.head + 1, toks.size() - 1)].lower &&
          g.head + 1 < toks.size()) {
        phrasal_match = true;
      }
    }
    const bool stray_particle = !phrasal_match && g.head + 1 < toks.size() && toks[g.head + 1].pos == Pos::kParticle;
    if (stray_particle) {
      if (trace) trace->push_back("verb '" + std::string(head.text) + " " + std::string(toks[g.head + 1].text) + "': phrasal verb not in the dictionary");
      continue;
    }
    for (uint32_t ri : *anchors) {
      const VerbRecord& rec = lex.verbs()[ri];
      if (phrasal_match && rec.particles.empty()) continue;
      // Phrasal anchors: the particles follow the head within two tokens.
      uint32_t from = g.head + 1;
      bool particles_ok = true;
      for (const std::string& particle : rec.particles) {
        bool found = false;
        for (uint32_t k = from; k < std::min<uint32_t>(from + 3, clause_end); ++k) {
          if (toks[k].lower == particle) {
            from = k + 1;
            found = true;
            break;
          }
        }
        particles_ok = particles_ok && found;
      }
      if (!particles_ok) continue;
      for (const VerbPattern& p : rec.patterns) {
        PatternMatch m;
        if (!MatchPattern(lex, a, p, from, clause_end, &m)) continue;
        if (best == nullptr || p.elements.size() > best->elements.size()) {
          best = &p;
          best_rec = &rec;
          best_match = m;
        }
      }
      if (best_rec == nullptr && !patterns_only && !rec.default_code.empty() && rec.default_code != "---") {
        best_rec = &rec;
      }
    }
    if (best_rec == nullptr) {
      if (trace) trace->push_back("verb '" + std::string(head.text) + "': no pattern matched and no default code");
      continue;
    }
    const std::string& code = best ? best->code : best_rec->default_code;
    if (code == "---") {
      if (trace) trace->push_back("verb '" + std::string(head.text) + "': pattern '" + best->text + "' means no event");
      continue;
    }
    CodedEvent e;
    e.anchor = g.head;
    e.anchor_end = g.head + 1;
    e.record = best_rec;
    e.pattern = best;
    Modality modality = ModeOf(lex, a, v);
    if (modality.requested) {
      if (trace) trace->push_back("verb '" + std::string(head.text) + "': an act requested or obliged, not an event");
      continue;
    }
    e.mode = modality.mode;
    // "agreed to lift sanctions", "pledged to send aid": an intent verb's pattern names the act
    // agreed to, which is coded as the intent to do it.
    const uint32_t anchor_classes = lex.WordClasses(head.lemma) | lex.WordClasses(head.lower);
    if ((anchor_classes & kWordIntend) && code.compare(0, 2, "03") != 0 && modality.mode != EventMode::kNegated &&
        best != nullptr && !best->elements.empty() && best->elements[0].kind == PatternElement::kWord &&
        best->elements[0].word == "to") {
      modality.intent = EventMode::kIntended;
    }
    e.code = IntentCode(code, modality.intent);
    if (e.code != code) e.note = std::string(EventModeName(modality.intent)) + ": " + code + " -> " + e.code;
    // "agreed to send troops", "threatened to veto the aid package": an act intended or threatened
    // that CAMEO gives no intent or threat code is not an event of its own when the verb that
    // intends or threatens it coded one (030, 130): that event is the news.
    if (modality.intent != EventMode::kAsserted && e.code == code && modality.mode != EventMode::kNegated &&
        g.infinitive && g.governor >= 0 && !coded_roots[g.governor].empty()) {
      if (trace) {
        trace->push_back("verb '" + std::string(head.text) + "' → " + code + ": " + EventModeName(modality.intent) +
                         " with no intent code; the governing verb's event stands for it");
      }
      continue;
    }
    if (modality.refusal && modality.mode == EventMode::kNegated) {
      const std::string rejection = RefusalCode(code);
      if (rejection != code) {
        e.note = "refusal: " + code + " -> " + rejection;
        e.code = rejection;
        e.mode = EventMode::kAsserted;
      }
    }
    const int issuer = StatementIssuer(lex, a, v);
    const int subject = issuer >= 0 ? Subject(a, issuer) : Subject(a, v);
    int source = subject;
    int target = best ? best_match.target : -1;
    if (best && best_match.source >= 0) source = best_match.source;
    if (target < 0 && best != nullptr && best_match.inner >= 0 && !g.passive &&
        (source < 0 || CodeCountry(a.mentions[best_match.inner].code) != CodeCountry(a.mentions[source].code) ||
         CodeCountry(a.mentions[source].code).empty())) {
      target = best_match.inner;
    }
    if (target < 0) {
      // The by-phrase of a passive is the source; the subject is the target.
      if (g.passive) {
        const int by_agent = ByAgent(a, g, clause_end);
        if (by_agent < 0) {
          if (trace) trace->push_back("verb '" + std::string(head.text) + "': passive with no by-agent");
          continue;
        }
        // "soldiers were killed by guerrillas": the subject is the target, also when a `by $`
        // pattern already took the agent as the source.
        target = subject;
        source = by_agent;
      } else {
        target = Object(a, v, source >= 0 ? a.mentions[source].code : "", best ? best_match.last : 0);
      }
    } else if (g.passive && !(best && best_match.source >= 0)) {
      // A passive with a pattern target: the subject is what the act is done to, never its source.
      // "was indicted by the court for": the target the pattern found is the by-agent, the source;
      // "was handed to Britain by Libya": the by-agent is the source; with no agent ("was arrested
      // in Lebanon for") the source is unknown and nothing is coded.
      const int by_agent = ByAgent(a, g, clause_end);
      if (by_agent < 0) {
        if (trace) trace->push_back("verb '" + std::string(head.text) + "': passive with no by-agent");
        continue;
      }
      if (by_agent == target) target = subject;
      source = by_agent;
    }
    // "demanded that Israel withdraw": the target is the subject of the complement clause.
    if (target < 0 && source >= 0 && !g.passive) target = ComplementSubject(a, v);
    e.confidence = best ? (best_match.target >= 0 ? 0.9 : 0.75) : 0.6;
    // "Jordan and Britain agreed to hold exercises": a joint act of a compound subject is coded
    // between its members, both ways.
    if (target < 0 && source >= 0 && Members(a, source).size() >= 2 && IsJointRoot(e.code)) {
      const std::vector<int> members = Members(a, source);
      for (int s : members) {
        for (int t : members) {
          if (s != t) {
            default_coded[v] = best == nullptr;
            emit(v, e, s, t);
          }
        }
      }
      if (trace) trace->push_back("verb '" + std::string(head.text) + "' → " + e.code + ": joint act of a compound subject");
      continue;
    }
    // A pattern that matched with no target in the text ("declared a unilateral ceasefire"), or the
    // default code of a verb whose act needs none (&intransitive: "resigned", "protested", "agreed to
    // postpone"): the event is coded without a target.
    const bool intransitive = best == nullptr && (anchor_classes & kWordIntransitive) != 0;
    if (source >= 0 && target < 0 && ((best != nullptr && best_match.target < 0) || intransitive) &&
        (e.mode == EventMode::kAsserted || e.mode == EventMode::kIntended || e.mode == EventMode::kThreatened)) {
      e.confidence = 0.5;
      if (trace) trace->push_back("verb '" + std::string(head.text) + "' → " + e.code + ": pattern matched, no target");
      default_coded[v] = best == nullptr;
      emit(v, e, source, kNoTarget);
      continue;
    }
    if (source < 0 || target < 0) {
      if (trace) {
        trace->push_back("verb '" + std::string(head.text) + "' → " + code + ": no " +
                         (source < 0 ? "source" : "target") + " found");
      }
      continue;
    }
    // "peacekeeping troops arrived in Bosnia": troops do not pay visits; their arrival is a
    // deployment that the visit code (042) does not describe.
    if (e.code.compare(0, 3, "042") == 0 && CodeRole(a.mentions[source].code) == "MIL") {
      if (trace) {
        trace->push_back("verb '" + std::string(head.text) + "' → 042: a military unit's arrival is not a visit");
      }
      continue;
    }
    if (trace) {
      trace->push_back("verb '" + std::string(head.text) + "' → " + e.code + " (" +
                       (best ? "pattern '" + best->text + "' " + best->where.ToString()
                             : "default " + best_rec->where.ToString()) +
                       "), source '" + TokenText(a, a.mentions[source].begin, a.mentions[source].end) +
                       "', target '" + TokenText(a, a.mentions[target].begin, a.mentions[target].end) +
                       "', mode " + EventModeName(e.mode));
    }
    for (uint32_t k = g.head; k < std::max(best_match.last, g.end) && k < consumed.size(); ++k) consumed[k] = true;
    default_coded[v] = best == nullptr;
    emit(v, e, source, target);
  }

  // Event nouns not already used by a verb pattern: "Israeli air strikes on Gaza".
  for (uint32_t k = 0; k < toks.size(); ++k) {
    if (consumed[k] || !(toks[k].pos == Pos::kNoun)) continue;
    const std::vector<uint32_t>* anchors = lex.NounAnchors(toks[k].lemma);
    if (anchors == nullptr) anchors = lex.NounAnchors(toks[k].lower);
    if (anchors == nullptr) continue;
    int inside = a.mention_at[k];
    if (inside >= 0 && !a.mentions[inside].modifier && !a.mentions[inside].plural) continue;
    const uint32_t clause_end = [&] {
      uint32_t e = k + 1;
      while (e < toks.size() && !(a.flags[e] & (kFlagBoundary | kFlagFrame))) ++e;
      return e;
    }();
    const VerbRecord* rec = nullptr;
    const VerbPattern* best = nullptr;
    PatternMatch best_match;
    for (uint32_t ri : *anchors) {
      const VerbRecord& r = lex.verbs()[ri];
      uint32_t from = k + 1;
      bool particles_ok = true;
      for (const std::string& particle : r.particles) {
        if (from < clause_end && (toks[from].lower == particle || toks[from].lemma == particle)) {
          ++from;
        } else {
          particles_ok = false;
        }
      }
      if (!particles_ok) continue;
      for (const VerbPattern& p : r.patterns) {
        PatternMatch m;
        if (MatchPattern(lex, a, p, from, clause_end, &m) &&
            (best == nullptr || p.elements.size() > best->elements.size())) {
          best = &p;
          rec = &r;
          best_match = m;
        }
      }
      if (rec == nullptr && !r.default_code.empty() && r.default_code != "---") rec = &r;
    }
    if (rec == nullptr) continue;
    const std::string& code = best ? best->code : rec->default_code;
    if (code == "---") continue;
    // Source: an actor in the noun's own phrase, else the subject of the verb it complements.
    int source = inside;
    if (source < 0 && k > 0) {
      int p = static_cast<int>(k) - 1;
      while (p >= 0 && (toks[p].pos == Pos::kAdjective || toks[p].pos == Pos::kNoun)) {
        if (a.mention_at[p] >= 0) break;
        --p;
      }
      if (p >= 0 && a.mention_at[p] >= 0 && a.mentions[a.mention_at[p]].end >= static_cast<uint32_t>(p + 1)) {
        const Mention& m = a.mentions[a.mention_at[p]];
        if (!m.code.empty() && (m.possessor || m.modifier || m.end == static_cast<uint32_t>(p + 1))) {
          source = a.mention_at[p];
        }
      }
    }
    int governing = -1;
    for (int v = static_cast<int>(a.verbs.size()) - 1; v >= 0; --v) {
      if (a.verbs[v].end <= k) {
        bool boundary = false;
        for (uint32_t q = a.verbs[v].end; q < k; ++q) boundary = boundary || (a.flags[q] & (kFlagBoundary | kFlagFrame));
        if (!boundary) governing = v;
        break;
      }
    }
    // Under a verb that has its own entry but did not code ("prohibit all aid"), the noun is that
    // verb's object, not an event of its own; light verbs ("launched air strikes") and verbs the
    // dictionary does not know ("working in negotiations") leave it to the noun.
    // "rejected Israeli accusations that …": a nationality on the noun does not make it less the
    // verb's object.
    const bool nationality_on_noun = inside >= 0 && a.mentions[inside].end == k + 1 &&
                                     toks[a.mentions[inside].begin].pos == Pos::kAdjective;
    if (governing >= 0 && (inside < 0 || nationality_on_noun)) {
      const Token& gv = toks[a.verbs[governing].head];
      const bool light = (lex.WordClasses(gv.lemma) | lex.WordClasses(gv.lower)) & kWordLight;
      bool plain_record = false;
      if (const auto* gr = lex.VerbAnchors(gv.lemma)) {
        for (uint32_t ri : *gr) plain_record = plain_record || lex.verbs()[ri].particles.empty();
      }
      if (!light && plain_record && !a.verbs[governing].speech) {
        if (trace) trace->push_back("noun '" + std::string(toks[k].text) + "': object of the verb '" + std::string(gv.text) + "'");
        continue;
      }
    }
    if (source < 0 && governing >= 0 && !a.verbs[governing].speech) source = Subject(a, governing);
    int target = best ? best_match.target : -1;
    // "its demand that Israel ease restrictions": the subject of the noun's that-clause.
    if (target < 0 && source >= 0) {
      uint32_t q = k + 1;
      while (q < toks.size() && q <= k + 2 && toks[q].lower != "that") ++q;
      if (q < toks.size() && toks[q].lower == "that" && (a.flags[q] & kFlagBoundary)) {
        for (size_t u = 0; u < a.verbs.size(); ++u) {
          if (a.verbs[u].begin <= q) continue;
          const int s = a.verbs[u].infinitive ? -1 : Subject(a, static_cast<int>(u));
          if (s >= 0 && a.mentions[s].begin > q) target = s;
          break;
        }
      }
    }
    // "fighting between Azerbaijani and Armenian forces", "an agreement between Israel and Jordan":
    // with no actor of its own, a noun's "between" pair does the act together, both ways.
    bool between_pair = false;
    if (source < 0 && target >= 0 && best != nullptr && !best->elements.empty() &&
        best->elements[0].kind == PatternElement::kWord && best->elements[0].word == "between" &&
        Members(a, target).size() >= 2) {
      between_pair = true;
    }
    if ((source < 0 && !between_pair) || target < 0) {
      if (trace) trace->push_back("noun '" + std::string(toks[k].text) + "' → " + code + ": no " + (source < 0 ? "source" : "target"));
      continue;
    }
    CodedEvent e;
    e.anchor = k;
    e.anchor_end = k + 1;
    e.record = rec;
    e.pattern = best;
    Modality modality = governing >= 0 ? ModeOf(lex, a, governing) : Modality{};
    // "called for sanctions against Nigeria": the object of a request.
    if (governing >= 0 && inside < 0 &&
        ((lex.WordClasses(toks[a.verbs[governing].head].lemma) | lex.WordClasses(toks[a.verbs[governing].head].lower)) &
         kWordAppeal)) {
      modality.requested = true;
    }
    if (modality.requested) {
      if (trace) trace->push_back("noun '" + std::string(toks[k].text) + "': an act requested, not an event");
      continue;
    }
    e.mode = modality.mode;
    e.code = IntentCode(code, modality.intent);
    if (e.code != code) e.note = std::string(EventModeName(modality.intent)) + ": " + code + " -> " + e.code;
    e.confidence = best ? 0.8 : 0.55;
    if (trace) trace->push_back("noun '" + std::string(toks[k].text) + "' → " + e.code);
    if (between_pair) {
      const std::vector<int> members = Members(a, target);
      for (int s : members) {
        for (int t : members) {
          if (s != t) Emit(a, e, s, t, out, trace);
        }
      }
      continue;
    }
    Emit(a, e, source, target, out, trace);
  }
}

}  // namespace

}  // namespace dragoman
