// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The TABARI-compatible coding path (rules: tabari_coder.h). Pattern matching backtracks over the
// elements of one pattern; its depth is bounded by the pattern's length (dictionary data, at most a
// few dozen elements), never by the input text.

#include "code/tabari_coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <cctype>
#include <functional>
#include <set>

namespace dragoman {
namespace {

constexpr int kMaxWords = 100;      // longer records are complex
constexpr int kMaxPhraseGap = 4;    // words allowed between the words of a spaced dictionary phrase
constexpr int kMaxActorGap = 12;    // the same for actor phrases ("DURTHANG ORC" across a clause)

struct Tok {
  std::string text;  // upper case
  uint32_t begin = 0, end = 0;  // its bytes in the text given to Code()
  bool cap = false;  // written with a capital first letter
  bool comma = false;
  bool seam_before = false;  // a deleted clause stood just before this word
};

enum class Tag : uint8_t { kNone, kActor, kAgent, kVerb, kPronoun, kConj, kDet, kNoun, kAdj, kFormer, kBy, kBe };

struct Unit {  // an actor mention: an actor (with its agent), a pronoun, or an agent alone
  int begin = 0, end = 0;       // token span
  std::vector<std::string> codes;  // one per member of a coded compound ("FRO/BIL/SAM")
  bool pronoun = false;
  int group = -1;               // compound group id
};

struct VerbHit {
  int begin = 0, end = 0;  // token span of the verb phrase (root word first)
  int verb = 0;            // index into dict->verbs
};

const std::vector<std::string>& NounEndings() {
  static const std::vector<std::string> e{"S", "'S", "ES", "'", "S'"};
  return e;
}

bool StartsWith(const std::string& s, const std::string& p) { return s.size() >= p.size() && s.compare(0, p.size(), p) == 0; }

bool EndingMatch(const std::string& t, const std::string& w, bool verb) {
  if (t.size() <= w.size() || !StartsWith(t, w)) return false;
  const std::string rest = t.substr(w.size());
  if (verb) {
    static const std::vector<std::string> v{"S", "ES", "ED", "EN", "ING"};
    for (const std::string& e : v) {
      if (rest == e) return true;
    }
    if (!w.empty() && w.back() == 'E' && (rest == "D" || rest == "N")) return true;
    return false;
  }
  for (const std::string& e : NounEndings()) {
    if (rest == e) return true;
  }
  return false;
}

// A dictionary word against a text word. `endings`: 0 none, 1 noun, 2 verb.
bool WordMatch(const LegacyWord& w, const std::string& t, int endings) {
  switch (w.match) {
    case LegacyWord::kExact: return t == w.text;
    case LegacyWord::kWord: return t == w.text || (endings > 0 && EndingMatch(t, w.text, endings == 2));
    case LegacyWord::kStem: return StartsWith(t, w.text);
  }
  return false;
}

// "ing" form of a root ending in E: DEPLORE → DEPLORING.
bool VerbRootMatch(const LegacyWord& w, const std::string& t) {
  if (WordMatch(w, t, 2)) return true;
  if (w.match == LegacyWord::kWord && w.text.size() > 2 && w.text.back() == 'E') {
    const std::string stem = w.text.substr(0, w.text.size() - 1);
    return t == stem + "ING" || t == stem + "ED";
  }
  return false;
}

bool IsPronoun(const std::string& t) {
  static const std::set<std::string> p{"HE", "SHE", "IT", "THEY", "HIM", "HER", "THEM", "THEIR", "HIS"};
  return p.count(t) > 0;
}

}  // namespace

namespace {

// A pattern with its { | } alternatives spelled out, and the length TABARI orders patterns by: the
// characters of the pattern as written with the alternative chosen (a synset counts as two).
struct ExpandedPattern {
  const LegacyPattern* orig = nullptr;
  std::vector<LegacyElement> lower, upper;
  size_t length = 0;
};

size_t ElementsLength(const std::vector<LegacyElement>& els) {
  size_t n = 0;
  for (const LegacyElement& e : els) {
    switch (e.kind) {
      case LegacyElement::kWord:
        n += e.word.text.size() + (e.word.match != LegacyWord::kStem ? 1 : 0);
        break;
      case LegacyElement::kSynset:
        n += 1;
        break;
      case LegacyElement::kAlternatives:
        n += e.alternatives.empty() ? 0 : ElementsLength(e.alternatives[0]);
        break;
      default:
        n += 1;
    }
    n += e.adjacent_next ? 0 : 1;
  }
  return n;
}

// All variants of `els` with each top-level alternatives element replaced by one alternative (at
// most `cap` variants; nested alternatives stay as they are).
std::vector<std::vector<LegacyElement>> Expand(const std::vector<LegacyElement>& els, size_t cap) {
  std::vector<std::vector<LegacyElement>> out(1);
  for (const LegacyElement& e : els) {
    if (e.kind != LegacyElement::kAlternatives || e.alternatives.empty()) {
      for (auto& v : out) v.push_back(e);
      continue;
    }
    std::vector<std::vector<LegacyElement>> next;
    for (const auto& v : out) {
      for (const auto& alt : e.alternatives) {
        if (next.size() >= cap) break;
        std::vector<LegacyElement> w = v;
        for (const LegacyElement& a : alt) w.push_back(a);
        if (!alt.empty()) w.back().adjacent_next = e.adjacent_next;
        next.push_back(std::move(w));
      }
    }
    out = std::move(next);
  }
  return out;
}

}  // namespace

struct TabariCoder::Impl {
  const LegacyDictionary* dict;
  std::vector<std::vector<ExpandedPattern>> patterns;  // per verb, longest first
  std::unordered_map<std::string, std::vector<std::pair<int, int>>> actor_phrases;  // first word → (actor, phrase)
  std::unordered_map<std::string, std::vector<std::pair<int, int>>> agent_phrases;
  std::unordered_map<std::string, std::vector<std::pair<int, int>>> verb_roots;
  std::set<std::string> nouns, adjectives;
  // Pronoun forwarding.
  std::string forward_story;
  std::vector<std::string> forward_codes;

  explicit Impl(const LegacyDictionary* d) : dict(d) {
    for (size_t a = 0; a < d->actors.size(); ++a) {
      for (size_t p = 0; p < d->actors[a].phrases.size(); ++p) {
        actor_phrases[d->actors[a].phrases[p][0].text].push_back({static_cast<int>(a), static_cast<int>(p)});
      }
    }
    for (size_t a = 0; a < d->agents.size(); ++a) {
      for (size_t p = 0; p < d->agents[a].phrases.size(); ++p) {
        agent_phrases[d->agents[a].phrases[p][0].text].push_back({static_cast<int>(a), static_cast<int>(p)});
      }
    }
    for (size_t v = 0; v < d->verbs.size(); ++v) {
      for (size_t r = 0; r < d->verbs[v].roots.size(); ++r) {
        verb_roots[d->verbs[v].roots[r][0].text].push_back({static_cast<int>(v), static_cast<int>(r)});
      }
    }
    patterns.resize(d->verbs.size());
    for (size_t v = 0; v < d->verbs.size(); ++v) {
      for (const LegacyPattern& p : d->verbs[v].patterns) {
        for (auto& lower : Expand(p.lower, 64)) {
          for (auto& upper : Expand(p.upper, 64)) {
            ExpandedPattern x;
            x.orig = &p;
            x.length = ElementsLength(lower) + ElementsLength(upper) + 2;
            x.lower = lower;
            x.upper = std::move(upper);
            patterns[v].push_back(std::move(x));
          }
        }
      }
      std::stable_sort(patterns[v].begin(), patterns[v].end(),
                       [](const ExpandedPattern& a, const ExpandedPattern& b) { return a.length > b.length; });
    }
    nouns.insert(d->nouns.begin(), d->nouns.end());
    adjectives.insert(d->adjectives.begin(), d->adjectives.end());
  }

  // Candidate (entry, phrase) pairs whose first word may match `t`: keys that are prefixes of t.
  template <typename Map>
  void Candidates(const Map& m, const std::string& t, std::vector<std::pair<int, int>>* out) const {
    out->clear();
    for (size_t k = 1; k <= t.size(); ++k) {
      auto it = m.find(t.substr(0, k));
      if (it != m.end()) out->insert(out->end(), it->second.begin(), it->second.end());
    }
  }

  // Matches phrase `ph` at token i; returns the end (one past the last word) or -1.
  // Spaced words may skip up to kMaxPhraseGap words (no commas). Last word takes `endings`.
  int PhraseAt(const std::vector<LegacyWord>& ph, const std::vector<Tok>& toks, int i, int endings,
               std::vector<int>* matched = nullptr, int max_gap = kMaxPhraseGap) const {
    int pos = i;
    if (matched != nullptr) matched->clear();
    for (size_t k = 0; k < ph.size(); ++k) {
      const int e = k + 1 == ph.size() ? endings : 0;
      if (k == 0) {
        if (pos >= static_cast<int>(toks.size()) || toks[pos].comma) return -1;
        const bool ok = endings == 2 ? VerbRootMatch(ph[0], toks[pos].text) : WordMatch(ph[0], toks[pos].text, e);
        if (!ok) return -1;
        if (matched != nullptr) matched->push_back(pos);
        ++pos;
        continue;
      }
      const bool adjacent = ph[k - 1].adjacent_next;
      int found = -1;
      for (int q = pos; q < static_cast<int>(toks.size()) && q <= pos + (adjacent ? 0 : max_gap); ++q) {
        if (toks[q].comma) break;
        if (WordMatch(ph[k], toks[q].text, e == 2 ? 2 : e)) {
          found = q;
          break;
        }
      }
      if (found < 0) return -1;
      if (matched != nullptr) matched->push_back(found);
      pos = found + 1;
    }
    return pos;
  }

  // The code block of an actor valid on `date`: the first dated block containing it, else the first
  // undated block.
  const std::vector<LegacyCodeSpan>* ActorCodes(const LegacyActor& a, DateInt date) const {
    const std::vector<LegacyCodeSpan>* undated = nullptr;
    for (const auto& block : a.codes) {
      const LegacyCodeSpan& c = block[0];
      if (c.from == 0 && c.to == 0) {
        if (undated == nullptr) undated = &block;
        continue;
      }
      if (date != 0 && (c.from == 0 || date >= c.from) && (c.to == 0 || date <= c.to)) return &block;
    }
    return undated;
  }
};

namespace {

struct Sentence {
  std::vector<Tok> toks;
  std::vector<Tag> tags;
  std::vector<int> unit_at;  // token → unit index, -1
  std::vector<Unit> units;
  std::vector<VerbHit> verbs;
  std::vector<int> verb_at;  // token → verb index, -1
  std::vector<std::vector<int>> groups;  // compound groups: unit indexes
  bool all_caps = false;
  bool complex = false, discard = false;
  std::string reason;
};

std::vector<Tok> Tokenize(std::string_view text) {
  std::vector<Tok> toks;
  std::string word;
  std::vector<uint32_t> at;  // at[k]: where word[k] stands in `text`
  bool cap = false;
  auto flush = [&]() {
    // Trim punctuation at the ends (keep internal apostrophes and dots of abbreviations).
    size_t b = 0, e = word.size();
    while (b < e && !std::isalnum(static_cast<unsigned char>(word[b])) && static_cast<unsigned char>(word[b]) < 0x80) ++b;
    while (e > b && !std::isalnum(static_cast<unsigned char>(word[e - 1])) && word[e - 1] != '\'' &&
           static_cast<unsigned char>(word[e - 1]) < 0x80) {
      // Keep the final dot of an abbreviation with internal dots ("U.S.").
      if (word[e - 1] == '.' && word.find('.', b) < e - 1) break;
      --e;
    }
    if (e > b && word[e - 1] == '\'' && (e - b < 2 || (word[e - 2] != 'S' && word[e - 2] != 's'))) --e;
    std::string w = word.substr(b, e - b);
    const std::vector<uint32_t> w_at(at.begin() + static_cast<long>(b), at.begin() + static_cast<long>(e));
    word.clear();
    at.clear();
    if (w.empty()) return;
    // Split hyphens and underscores: "AL-GORE" → AL GORE, "12-YEAR" → 12 YEAR.
    std::string part;
    bool first = true;
    for (size_t i = 0; i <= w.size(); ++i) {
      if (i == w.size() || w[i] == '-' || w[i] == '_') {
        if (!part.empty()) {
          Tok t;
          t.cap = first ? cap : std::isupper(static_cast<unsigned char>(part[0]));
          for (char& c : part) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          t.begin = w_at[i - part.size()];
          t.end = w_at[i - 1] + 1;
          t.text = part;
          toks.push_back(t);
          part.clear();
          first = false;
        }
      } else {
        part.push_back(w[i]);
      }
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u) || c == '"' || c == '(' || c == ')' || c == '[' || c == ']') {
      flush();
      continue;
    }
    if (c == ',' || c == ';') {
      flush();
      Tok t;
      t.text = ",";
      t.comma = true;
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(i + 1);
      toks.push_back(t);
      continue;
    }
    if (word.empty()) cap = std::isupper(u);
    if (u < 0x20) continue;
    word.push_back(c);
    at.push_back(static_cast<uint32_t>(i));
  }
  flush();
  return toks;
}

int WordCount(const std::vector<Tok>& toks) {
  int n = 0;
  for (const Tok& t : toks) n += t.comma ? 0 : 1;
  return n;
}

// Deletes comma-delimited clauses by length.
// `list_comma[i]`: the comma at i separates two members of an actor list; it is not a clause
// boundary.
void DeleteCommaClauses(const TabariOptions& o, const std::vector<bool>& list_comma, std::vector<Tok>* toks) {
  if (o.comma_off) return;
  std::vector<int> commas;
  for (size_t i = 0; i < toks->size(); ++i) {
    if ((*toks)[i].comma && !list_comma[i]) commas.push_back(static_cast<int>(i));
  }
  if (commas.empty()) return;
  std::vector<bool> drop(toks->size(), false);
  auto words = [&](int b, int e) {
    int n = 0;
    for (int i = b; i < e; ++i) n += (*toks)[i].comma ? 0 : 1;
    return n;
  };
  // Beginning, start to the first comma; then internal clauses left to right, a comma closing a
  // deleted clause cannot open another; then the ending clause, from the last comma not used so far.
  std::vector<bool> used(commas.size(), false);
  {
    const int n = words(0, commas[0]);
    if (n >= o.comma_bmin && n <= o.comma_bmax) {
      for (int i = 0; i <= commas[0]; ++i) drop[i] = true;
      used[0] = true;
    }
  }
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    if (used[k]) continue;
    const int n = words(commas[k] + 1, commas[k + 1]);
    if (n >= o.comma_min && n <= o.comma_max) {
      for (int i = commas[k]; i <= commas[k + 1]; ++i) drop[i] = true;
      used[k] = used[k + 1] = true;
    }
  }
  if (!used.back()) {
    const int last = commas.back();
    const int n = words(last + 1, static_cast<int>(toks->size()));
    if (n >= o.comma_emin && n <= o.comma_emax) {
      for (size_t i = last; i < toks->size(); ++i) drop[i] = true;
    }
  }
  std::vector<Tok> kept;
  bool seam = false;
  for (size_t i = 0; i < toks->size(); ++i) {
    if (drop[i]) {
      seam = true;
      continue;
    }
    kept.push_back((*toks)[i]);
    kept.back().seam_before = seam;
    seam = false;
  }
  *toks = std::move(kept);
}

// Appends an agent code to an actor code: "~GOV" suffix unless the code already ends with it,
// "NGO~" prefix unless it already starts with it.
std::string ComposeAgent(const std::string& actor, const std::string& agent, bool former) {
  std::string out = actor;
  if (!agent.empty()) {
    if (agent.front() == '~') {
      const std::string suf = agent.substr(1);
      const bool redundant = out.size() >= suf.size() && out.compare(out.size() - suf.size(), suf.size(), suf) == 0;
      if (former) {
        // FORMER turns the agent into ELI; a redundant agent keeps the code and adds ELI.
        out = redundant ? out + "ELI" : out + "ELI";
      } else if (!redundant) {
        out += suf;
      }
    } else if (agent.back() == '~') {
      const std::string pre = agent.substr(0, agent.size() - 1);
      if (!StartsWith(out, pre)) out = pre + out;
      if (former) out += "ELI";
    }
  } else if (former) {
    out += "ELI";
  }
  return out;
}

}  // namespace

TabariCoder::TabariCoder(const LegacyDictionary* dict) : impl_(std::make_unique<Impl>(dict)) {}
TabariCoder::~TabariCoder() = default;
void TabariCoder::ResetForwarding() {
  impl_->forward_story.clear();
  impl_->forward_codes.clear();
}

namespace {

// ------------------------------------------------------------------------------------------------
// Pattern matching.

struct Captures {
  int source = -1, target = -1, compound = -1;  // slots (compound groups are slots too)
  std::vector<int> skips;                       // slots passed over by ^
};

struct Matcher {
  const LegacyDictionary& dict;
  const Sentence& s;
  // Actor slots: for each token, the slot starting (forward) or ending (backward) there.
  std::vector<int> slot_begin_at, slot_end_at;
  std::vector<std::pair<int, int>> slot_span;  // slot → token span
  std::vector<bool> slot_is_group;
  int lo = 0, hi = 0;  // allowed token range [lo, hi)
  Captures cap;
  int depth = 0;

  bool Elem(const LegacyElement& e, int dir, int q, const std::function<bool(int)>& next) {
    if (q < lo || q >= hi) return false;
    switch (e.kind) {
      case LegacyElement::kWord:
        if (s.toks[q].comma || !WordMatch(e.word, s.toks[q].text, 0)) return false;
        return next(q + dir);
      case LegacyElement::kTarget:
      case LegacyElement::kSource:
      case LegacyElement::kSkip:
      case LegacyElement::kCompound: {
        const int slot = dir > 0 ? slot_begin_at[q] : slot_end_at[q];
        if (slot < 0) return false;
        if (e.kind == LegacyElement::kCompound && !slot_is_group[slot]) return false;
        const Captures saved = cap;
        if (e.kind == LegacyElement::kTarget) cap.target = slot;
        if (e.kind == LegacyElement::kSource) cap.source = slot;
        if (e.kind == LegacyElement::kCompound) cap.compound = slot;
        if (e.kind == LegacyElement::kSkip) cap.skips.push_back(slot);
        const int np = dir > 0 ? slot_span[slot].second : slot_span[slot].first - 1;
        if (next(np)) return true;
        cap = saved;
        return false;
      }
      case LegacyElement::kSynset: {
        auto it = dict.synsets.find(e.name);
        if (it == dict.synsets.end() || ++depth > 8) {
          if (depth > 0) --depth;
          return false;
        }
        bool ok = false;
        for (const auto& member : it->second) {
          if (Seq(member, dir, q, true, next)) {
            ok = true;
            break;
          }
        }
        --depth;
        return ok;
      }
      case LegacyElement::kAlternatives: {
        for (const auto& alt : e.alternatives) {
          if (Seq(alt, dir, q, true, next)) return true;
        }
        return false;
      }
      case LegacyElement::kVerb:
        return next(q);
    }
    return false;
  }

  // Matches the sub-sequence `seq` (text order) starting exactly at q (forward: its first element
  // at q; backward: its last element at q), then calls `next` with the position after it.
  bool Seq(const std::vector<LegacyElement>& seq, int dir, int q, bool first_adjacent,
           const std::function<bool(int)>& next) {
    std::vector<const LegacyElement*> order;
    for (const LegacyElement& e : seq) {
      if (e.kind != LegacyElement::kVerb) order.push_back(&e);
    }
    if (dir < 0) std::reverse(order.begin(), order.end());
    return Run(order, 0, dir, q, first_adjacent, next);
  }

  // Elements order[i..] in matching order; `adjacent`: order[i] must be at exactly `pos`.
  bool Run(const std::vector<const LegacyElement*>& order, size_t i, int dir, int pos, bool adjacent,
           const std::function<bool(int)>& done) {
    if (i == order.size()) return done(pos);
    const LegacyElement& e = *order[i];
    for (int q = pos; q >= lo && q < hi; q += dir) {
      auto next = [&](int np) {
        // The adjacency of the following element: forward, this element's '_'; backward, the
        // following (text-earlier) element's own '_'.
        bool adj = false;
        if (dir > 0) {
          adj = e.adjacent_next;
          if ((e.kind == LegacyElement::kAlternatives || e.kind == LegacyElement::kSynset) && !adj) adj = false;
        } else if (i + 1 < order.size()) {
          adj = order[i + 1]->adjacent_next;
        }
        return Run(order, i + 1, dir, np, adj, done);
      };
      if (Elem(e, dir, q, next)) return true;
      if (adjacent) break;
      if (s.toks[q].comma) break;
    }
    return false;
  }
};

}  // namespace

TabariResult TabariCoder::Code(std::string_view text, DateInt date, const TabariOptions& o, const std::string& story) {
  const Impl& im = *impl_;
  const LegacyDictionary& dict = *im.dict;
  TabariResult result;
  Sentence s;
  s.toks = Tokenize(text);
  const int words = WordCount(s.toks);
  if (words < o.minimum_words) {
    result.too_short = true;
    result.reason = "fewer words than SET: MINIMUM WORDS";
    return result;
  }
  if (words > kMaxWords) {
    result.complex = true;
    result.reason = "more than " + std::to_string(kMaxWords) + " words";
    return result;
  }
  {
    int letters = 0, lower = 0;
    for (char c : text) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        ++letters;
        if (std::islower(static_cast<unsigned char>(c))) ++lower;
      }
    }
    s.all_caps = letters > 0 && lower * 20 < letters;
  }
  // PETRARCH discard phrases (sentence and story level) discard the sentence.
  for (const auto* list : {&dict.discards, &dict.story_discards}) {
    for (const std::vector<LegacyWord>& ph : *list) {
      for (size_t i = 0; i < s.toks.size(); ++i) {
        if (im.PhraseAt(ph, s.toks, static_cast<int>(i), 1) > static_cast<int>(i)) {
          result.discard = true;
          result.reason = "discard phrase";
          return result;
        }
      }
    }
  }
  if (o.time_shift) {  // time phrases may stand in a comma clause that is deleted below
    for (size_t i = 0; i < s.toks.size(); ++i) {
      for (const LegacyTimePhrase& tp : dict.times) {
        if (tp.shift != "###" && tp.shift != "+++") continue;
        if (im.PhraseAt(tp.words, s.toks, static_cast<int>(i), 0) > static_cast<int>(i)) {
          result.discard = tp.shift == "###";
          result.complex = tp.shift == "+++";
          result.reason = "time phrase code " + tp.shift;
          return result;
        }
      }
    }
  }
  {
    // Commas inside actor lists ("Mordor, the Shire, Fornost and Bree") are not clause boundaries.
    const int nt = static_cast<int>(s.toks.size());
    std::vector<int> actor_end_at(nt + 1, -1);  // token → end of an actor phrase starting there
    std::vector<std::pair<int, int>> cands;
    for (int i = 0; i < nt; ++i) {
      if (s.toks[i].comma) continue;
      im.Candidates(im.actor_phrases, s.toks[i].text, &cands);
      for (const auto& [a, p] : cands) {
        const std::vector<LegacyCodeSpan>* c = im.ActorCodes(dict.actors[a], date);
        if (c == nullptr || (*c)[0].code == "---") continue;
        const auto& ph = dict.actors[a].phrases[p];
        bool contiguous = true;
        for (size_t k = 0; k + 1 < ph.size(); ++k) contiguous = contiguous && ph[k].adjacent_next;
        if (!contiguous) continue;
        const int e = im.PhraseAt(ph, s.toks, i, 1);
        if (e > i) actor_end_at[i] = std::max(actor_end_at[i], e);
      }
    }
    auto filler = [&](int k) {
      const std::string& t = s.toks[k].text;
      return t == "THE" || t == "A" || t == "AN" || im.adjectives.count(t) > 0;
    };
    std::vector<bool> list_comma(nt, false);
    for (int c = 0; c < nt; ++c) {
      if (!s.toks[c].comma) continue;
      bool left = false;
      for (int j = c - 1; j >= 0 && j >= c - 6 && !left; --j) {
        if (s.toks[j].comma) break;
        left = actor_end_at[j] == c;
      }
      // Right: a chain of "(,|AND|OR) filler* ACTOR" links that ends with a conjunction.
      bool closed = false, ok = left;
      int r = c;
      for (int guard = 0; ok && !closed && guard < 16; ++guard) {
        const bool conj = r < nt && (s.toks[r].text == "AND" || s.toks[r].text == "OR" || s.toks[r].text == "NOR");
        if (r >= nt || !(s.toks[r].comma || conj)) {
          ok = false;
          break;
        }
        ++r;
        if (r < nt && (s.toks[r].text == "AND" || s.toks[r].text == "OR")) {  // ", and"
          ++r;
          closed = true;
        }
        closed = closed || conj;
        while (r < nt && filler(r)) ++r;
        if (r >= nt || actor_end_at[r] <= r) {
          ok = false;
          break;
        }
        r = actor_end_at[r];
      }
      list_comma[c] = ok && closed;
    }
    DeleteCommaClauses(o, list_comma, &s.toks);
  }
  // Drop a leading conjunction ("And Eriador has called ...").
  while (!s.toks.empty() && (s.toks[0].text == "AND" || s.toks[0].text == "BUT" || s.toks[0].comma)) {
    s.toks.erase(s.toks.begin());
  }
  const int n = static_cast<int>(s.toks.size());
  s.tags.assign(n, Tag::kNone);
  s.unit_at.assign(n, -1);
  s.verb_at.assign(n, -1);

  // ---- Lexical pass.
  std::vector<std::pair<int, int>> cand;
  struct AgentHit {
    int begin, end, agent;
  };
  std::vector<AgentHit> agents;
  std::vector<bool> claimed(n, false);
  for (int i = 0; i < n;) {
    const Tok& t = s.toks[i];
    if (t.comma || claimed[i]) {
      if (claimed[i]) s.tags[i] = Tag::kNoun;
      ++i;
      continue;
    }
    // Time phrases (### and +++ only matter for coding).
    if (o.time_shift) {
      bool hit = false;
      for (const LegacyTimePhrase& tp : dict.times) {
        const int e = im.PhraseAt(tp.words, s.toks, i, 0);
        if (e > i) {
          if (tp.shift == "###") s.discard = true;
          if (tp.shift == "+++") s.complex = true;
          hit = true;
          i = e;
          break;
        }
      }
      if (hit) continue;
    }
    // Actors: the longest phrase (words), then the tightest span, then dictionary order.
    int best_end = -1, best_actor = -1;
    size_t best_words = 0;
    std::vector<int> matched, best_matched;
    im.Candidates(im.actor_phrases, t.text, &cand);
    for (const auto& [a, p] : cand) {
      const auto& ph = dict.actors[a].phrases[p];
      const int e = im.PhraseAt(ph, s.toks, i, 1, &matched, kMaxActorGap);
      if (e < 0) continue;
      if (ph.size() > best_words || (ph.size() == best_words && e < best_end)) {
        best_words = ph.size();
        best_end = e;
        best_actor = a;
        best_matched = matched;
      }
    }
    if (best_actor >= 0 && best_end - i > static_cast<int>(best_words)) {
      // A spaced phrase with words between ("DURTHANG ... ORC"): the mention is its first
      // contiguous words; its later words are claimed, the words between stay free.
      int run = 1;
      while (run < static_cast<int>(best_matched.size()) && best_matched[run] == i + run) ++run;
      for (size_t k = run; k < best_matched.size(); ++k) claimed[best_matched[k]] = true;
      best_end = i + run;
    }
    if (best_actor >= 0) {
      const std::vector<LegacyCodeSpan>* codes = im.ActorCodes(dict.actors[best_actor], date);
      if (codes != nullptr && (*codes)[0].code == "###") s.discard = true;
      if (codes != nullptr && (*codes)[0].code == "+++") s.complex = true;
      if (codes != nullptr && (*codes)[0].code != "---" && (*codes)[0].code != "###" && (*codes)[0].code != "+++") {
        Unit u;
        u.begin = i;
        u.end = best_end;
        for (const LegacyCodeSpan& c : *codes) u.codes.push_back(c.code);
        for (int k = i; k < best_end; ++k) {
          s.tags[k] = Tag::kActor;
          s.unit_at[k] = static_cast<int>(s.units.size());
        }
        s.units.push_back(std::move(u));
      } else {
        for (int k = i; k < best_end; ++k) s.tags[k] = Tag::kNoun;
      }
      i = best_end;
      continue;
    }
    // Agents.
    int ag_end = -1, ag = -1;
    size_t ag_words = 0;
    im.Candidates(im.agent_phrases, t.text, &cand);
    for (const auto& [a, p] : cand) {
      const auto& ph = dict.agents[a].phrases[p];
      const int e = im.PhraseAt(ph, s.toks, i, 1);
      if (e > i && ph.size() > ag_words) {
        ag_words = ph.size();
        ag_end = e;
        ag = a;
      }
    }
    if (ag >= 0) {
      agents.push_back({i, ag_end, ag});
      for (int k = i; k < ag_end; ++k) s.tags[k] = Tag::kAgent;
      i = ag_end;
      continue;
    }
    // Verbs.
    const bool capital_inside = t.cap && i > 0 && !s.all_caps;
    const bool after_det = i > 0 && (s.toks[i - 1].text == "THE" || s.toks[i - 1].text == "A" || s.toks[i - 1].text == "AN");
    if (!capital_inside && !after_det && im.nouns.count(t.text) == 0) {
      int v_end = -1, v = -1;
      size_t v_words = 0, v_chars = 0;
      im.Candidates(im.verb_roots, t.text, &cand);
      for (const auto& [vi, r] : cand) {
        const auto& ph = dict.verbs[vi].roots[r];
        const int e = im.PhraseAt(ph, s.toks, i, 2);
        const size_t chars = ph[0].text.size();
        if (e > i && (ph.size() > v_words || (ph.size() == v_words && e < v_end) ||
                      (ph.size() == v_words && e == v_end && chars > v_chars))) {
          v_words = ph.size();
          v_end = e;
          v = vi;
          v_chars = chars;
        }
      }
      if (v >= 0) {
        const LegacyCode& c = dict.verbs[v].code;
        if (c.code == "###") s.discard = true;
        s.verb_at[i] = static_cast<int>(s.verbs.size());
        s.verbs.push_back({i, v_end, v});
        for (int k = i; k < v_end; ++k) s.tags[k] = Tag::kVerb;
        i = v_end;
        continue;
      }
    }
    if (IsPronoun(t.text)) {
      s.tags[i] = Tag::kPronoun;
    } else if (t.text == "AND" || t.text == "OR" || t.text == "BUT" || t.text == "NOR") {
      s.tags[i] = Tag::kConj;
    } else if (t.text == "THE" || t.text == "A" || t.text == "AN") {
      s.tags[i] = Tag::kDet;
    } else if (im.nouns.count(t.text)) {
      s.tags[i] = Tag::kNoun;
    } else if (im.adjectives.count(t.text)) {
      s.tags[i] = Tag::kAdj;
    } else if (t.text == "FORMER") {
      s.tags[i] = Tag::kFormer;
    }
    ++i;
  }
  if (s.discard) {
    result.discard = true;
    result.reason = "discard code";
    return result;
  }
  if (s.complex) {
    result.complex = true;
    result.reason = "complex code (+++)";
    return result;
  }

  // ---- Agents compose with the actor they touch.
  auto is_link = [&](int k) { return k >= 0 && k < n && (s.toks[k].text == "OF" || s.toks[k].text == "IN"); };
  for (const AgentHit& a : agents) {
    const std::string& acode = dict.agents[a.agent].code;
    bool former = a.begin > 0 && s.tags[a.begin - 1] == Tag::kFormer;
    int target = -1;
    // Actor before the agent ("Arnor security officials", "Gondor's Prime Minister").
    if (a.begin > 0 && s.unit_at[a.begin - 1] >= 0 && !s.toks[a.begin].seam_before) target = s.unit_at[a.begin - 1];
    else if (a.begin > 1 && s.tags[a.begin - 1] == Tag::kFormer && s.unit_at[a.begin - 2] >= 0) target = s.unit_at[a.begin - 2];
    // Actor after it ("Prime Minister Falastur", "activists in Arnor", "ambassadors of Arnor").
    if (target < 0 && a.end < n && s.unit_at[a.end] >= 0 && !s.toks[a.end].seam_before) target = s.unit_at[a.end];
    if (target < 0 && is_link(a.end) && a.end + 1 < n && s.unit_at[a.end + 1] >= 0) target = s.unit_at[a.end + 1];
    if (target >= 0) {
      const int ub = s.units[target].begin;
      if (ub > 0 && ub < a.begin && s.tags[ub - 1] == Tag::kFormer) former = true;  // "former Gondor prosecutors"
      Unit& u = s.units[target];
      for (std::string& c : u.codes) c = ComposeAgent(c, acode, former);
      // The agent's words belong to the mention.
      u.begin = std::min(u.begin, a.begin - (former ? 1 : 0));
      u.end = std::max(u.end, a.end);
      for (int k = u.begin; k < u.end; ++k) {
        if (s.unit_at[k] < 0) s.unit_at[k] = target;
        if (s.tags[k] != Tag::kVerb) s.tags[k] = Tag::kActor;
      }
      if (is_link(a.end) && a.end + 1 < n && s.unit_at[a.end + 1] == target) {
        s.unit_at[a.end] = target;
        s.tags[a.end] = Tag::kActor;
      }
    } else if (o.convert_agent) {
      Unit u;
      u.begin = a.begin;
      u.end = a.end;
      u.codes.push_back(acode.front() == '~' ? acode : "~" + acode.substr(0, acode.size() - 1));
      for (int k = a.begin; k < a.end; ++k) {
        s.unit_at[k] = static_cast<int>(s.units.size());
        s.tags[k] = Tag::kActor;
      }
      s.units.push_back(std::move(u));
    }
  }
  // FORMER on an actor without an agent ("former Gondor prosecutors" has one; "former Arnor").
  for (Unit& u : s.units) {
    if (u.begin > 0 && s.tags[u.begin - 1] == Tag::kFormer) {
      bool has = false;
      for (const std::string& c : u.codes) has = has || c.find("ELI") != std::string::npos;
      if (!has) {
        for (std::string& c : u.codes) c += "ELI";
      }
    }
  }
  // Units in token order.
  std::sort(s.units.begin(), s.units.end(), [](const Unit& a, const Unit& b) { return a.begin < b.begin; });
  std::fill(s.unit_at.begin(), s.unit_at.end(), -1);
  for (size_t u = 0; u < s.units.size(); ++u) {
    for (int k = s.units[u].begin; k < s.units[u].end; ++k) s.unit_at[k] = static_cast<int>(u);
  }

  // ---- Compounds: units joined by commas and AND/OR/NOR (with determiners, adjectives between).
  std::vector<bool> conj_in_compound(n, false);
  for (size_t u = 0; u + 1 < s.units.size();) {
    std::vector<int> members{static_cast<int>(u)};
    bool has_conj = false;
    size_t v = u;
    std::vector<int> joins;
    while (v + 1 < s.units.size()) {
      int k = s.units[v].end;
      bool conj = false, comma = false, other = false;
      std::vector<int> here;
      for (; k < s.units[v + 1].begin; ++k) {
        const Tok& t = s.toks[k];
        if (t.comma) {
          comma = true;
        } else if (t.text == "AND" || t.text == "OR" || t.text == "NOR") {
          if (k > s.units[v].end && s.tags[k - 1] == Tag::kAdj) {
            other = true;  // "awful and evil minister": the conjunction joins adjectives
            continue;
          }
          conj = true;
          here.push_back(k);
        } else if (s.tags[k] == Tag::kDet || s.tags[k] == Tag::kAdj) {
        } else {
          other = true;
        }
      }
      const bool adjacent_pair = !conj && !comma && !other && !members.empty() && members.size() >= 1 && has_conj;
      if (other || (!conj && !comma && !adjacent_pair)) break;
      if (conj) has_conj = true;
      joins.insert(joins.end(), here.begin(), here.end());
      members.push_back(static_cast<int>(v + 1));
      ++v;
    }
    // A list joined by commas alone is not a compound; it must end with a conjunction.
    while (members.size() > 1 && !has_conj) members.pop_back();
    if (members.size() > 1) {
      // Trailing comma-only members after the last conjunction are not part of it.
      const int gid = static_cast<int>(s.groups.size());
      for (int m : members) s.units[m].group = gid;
      s.groups.push_back(members);
      for (int k : joins) conj_in_compound[k] = true;
      u = members.back() + 1;
    } else {
      ++u;
    }
  }

  // ---- Pronouns: the first actor of the sentence before them, else the forwarded actor.
  for (int k = 0; k < n; ++k) {
    if (s.tags[k] != Tag::kPronoun) continue;
    int first = -1;
    for (size_t u = 0; u < s.units.size(); ++u) {
      if (s.units[u].begin < k && !s.units[u].pronoun) {
        first = static_cast<int>(u);
        break;
      }
    }
    Unit p;
    p.begin = k;
    p.end = k + 1;
    p.pronoun = true;
    if (first >= 0) {
      if (s.units[first].group >= 0) {
        for (int m : s.groups[s.units[first].group]) p.codes.insert(p.codes.end(), s.units[m].codes.begin(), s.units[m].codes.end());
      } else {
        p.codes = s.units[first].codes;
      }
    } else if (o.forward && !story.empty() && story == im.forward_story && !im.forward_codes.empty()) {
      p.codes = im.forward_codes;
    } else {
      continue;
    }
    s.units.push_back(std::move(p));
  }
  std::stable_sort(s.units.begin(), s.units.end(), [](const Unit& a, const Unit& b) { return a.begin < b.begin; });
  // Re-index groups after the sort.
  s.groups.clear();
  {
    std::map<int, int> remap;
    for (size_t u = 0; u < s.units.size(); ++u) {
      if (s.units[u].group < 0) continue;
      auto it = remap.find(s.units[u].group);
      if (it == remap.end()) {
        it = remap.emplace(s.units[u].group, static_cast<int>(s.groups.size())).first;
        s.groups.emplace_back();
      }
      s.units[u].group = it->second;
      s.groups[it->second].push_back(static_cast<int>(u));
    }
  }
  std::fill(s.unit_at.begin(), s.unit_at.end(), -1);
  for (size_t u = 0; u < s.units.size(); ++u) {
    for (int k = s.units[u].begin; k < s.units[u].end; ++k) s.unit_at[k] = static_cast<int>(u);
  }

  // ---- Clauses: split at conjunctions outside compounds and not between nouns/adjectives.
  std::vector<std::pair<int, int>> clauses;
  int conj_count = 0;
  {
    int start = 0;
    for (int k = 0; k < n; ++k) {
      if (s.tags[k] != Tag::kConj || conj_in_compound[k] || s.unit_at[k] >= 0 || s.verb_at[k] >= 0) continue;
      const bool nominal_left = k > 0 && (s.tags[k - 1] == Tag::kNoun || s.tags[k - 1] == Tag::kAdj);
      const bool nominal_right = k + 1 < n && (s.tags[k + 1] == Tag::kNoun || s.tags[k + 1] == Tag::kAdj);
      if (nominal_left && nominal_right) continue;
      ++conj_count;
      if (k > start) clauses.push_back({start, k});
      start = k + 1;
      if (start < n && s.toks[start].text == "THEN") ++start;
    }
    if (start < n) clauses.push_back({start, n});
  }
  if (o.complex_conj > 0 && conj_count >= o.complex_conj) {
    result.complex = true;
    result.reason = "CONJ: " + std::to_string(conj_count) + " conjunctions";
    return result;
  }
  if (o.complex_verbs > 0 && static_cast<int>(s.verbs.size()) >= o.complex_verbs) {
    result.complex = true;
    result.reason = "VERBS: " + std::to_string(s.verbs.size()) + " verbs";
    return result;
  }
  if (o.code_by == TabariOptions::kBySentence) clauses.assign(1, {0, n});

  // ---- Slots for pattern matching: compound groups and single units.
  Matcher m{dict, s, {}, {}, {}, {}, 0, 0, Captures{}, 0};
  m.slot_begin_at.assign(n + 1, -1);
  m.slot_end_at.assign(n + 1, -1);
  std::vector<std::vector<int>> slot_units;
  {
    std::vector<bool> done(s.units.size(), false);
    for (size_t u = 0; u < s.units.size(); ++u) {
      if (done[u]) continue;
      std::vector<int> members;
      if (s.units[u].group >= 0) {
        members = s.groups[s.units[u].group];
      } else {
        members = {static_cast<int>(u)};
      }
      for (int mm : members) done[mm] = true;
      const int slot = static_cast<int>(slot_units.size());
      const int b = s.units[members.front()].begin, e = s.units[members.back()].end;
      m.slot_span.push_back({b, e});
      m.slot_is_group.push_back(members.size() > 1);
      slot_units.push_back(members);
      m.slot_begin_at[b] = slot;
      m.slot_end_at[e - 1] = slot;
      // A member of a group is also an actor of its own for + and $ when matched alone.
      if (members.size() > 1) {
        for (int mm : members) {
          const int single = static_cast<int>(slot_units.size());
          m.slot_span.push_back({s.units[mm].begin, s.units[mm].end});
          m.slot_is_group.push_back(false);
          slot_units.push_back({mm});
          if (m.slot_begin_at[s.units[mm].begin] < 0) m.slot_begin_at[s.units[mm].begin] = single;
          if (m.slot_end_at[s.units[mm].end - 1] < 0) m.slot_end_at[s.units[mm].end - 1] = single;
        }
      }
    }
  }
  auto slot_codes = [&](int slot) {
    std::vector<std::string> codes;
    for (int u : slot_units[slot]) codes.insert(codes.end(), s.units[u].codes.begin(), s.units[u].codes.end());
    return codes;
  };
  // The slot of the first unit starting in [b, e), preferring whole groups; -1.
  auto first_slot = [&](int b, int e, int exclude_unit) {
    for (int k = b; k < e; ++k) {
      if (s.unit_at[k] >= 0 && s.unit_at[k] != exclude_unit && s.units[s.unit_at[k]].begin == k) {
        // the group slot when the unit is a group's first member
        const int u = s.unit_at[k];
        if (s.units[u].group >= 0 && slot_units[m.slot_begin_at[k]].size() > 1) return m.slot_begin_at[k];
        for (size_t sl = 0; sl < slot_units.size(); ++sl) {
          if (slot_units[sl].size() == 1 && slot_units[sl][0] == u) return static_cast<int>(sl);
        }
      }
    }
    return -1;
  };
  auto single_slot = [&](int u) {
    for (size_t sl = 0; sl < slot_units.size(); ++sl) {
      if (slot_units[sl].size() == 1 && slot_units[sl][0] == u) return static_cast<int>(sl);
    }
    return -1;
  };

  if (std::getenv("DRAGOMAN_TABARI_TRACE") != nullptr) {
    static const char* names[] = {"", "ACT", "AGT", "VRB", "PRN", "CNJ", "DET", "NN", "ADJ", "FMR", "BY", "BE"};
    std::string line = "tabari:";
    for (int k = 0; k < n; ++k) {
      line += " " + s.toks[k].text;
      if (s.tags[k] != Tag::kNone) line += std::string("/") + names[static_cast<int>(s.tags[k])];
      if (s.unit_at[k] >= 0) line += "#" + std::to_string(s.unit_at[k]);
    }
    line += "\n  units:";
    for (size_t u = 0; u < s.units.size(); ++u) {
      line += " #" + std::to_string(u) + "[" + std::to_string(s.units[u].begin) + "," + std::to_string(s.units[u].end) + ")";
      for (const std::string& c : s.units[u].codes) line += ":" + c;
      if (s.units[u].group >= 0) line += " g" + std::to_string(s.units[u].group);
    }
    line += "\n  verbs:";
    for (const VerbHit& v : s.verbs) line += " " + dict.verbs[v.verb].roots[0][0].text + "@" + std::to_string(v.begin);
    line += "\n  clauses:";
    for (const auto& [b, e] : clauses) line += " [" + std::to_string(b) + "," + std::to_string(e) + ")";
    std::fprintf(stderr, "%s\n", line.c_str());
  }

  // ---- Coding.
  std::vector<TabariEvent> events;
  std::vector<int> event_verb;  // per event: the token where its verb starts
  const VerbHit* emitting = nullptr;  // the verb hit being coded (set before each emit)
  auto emit = [&](const std::vector<std::string>& src, const std::vector<std::string>& tgt, const LegacyCode& code,
                  const LegacyVerb& verb, const LegacyPattern* pat) {
    for (const std::string& a : src) {
      for (const std::string& b : tgt) {
        if (a == b) continue;
        TabariEvent e;
        const int verb_tok = emitting != nullptr ? emitting->begin : -1;
        e.verb = verb.roots[0].empty() ? "" : verb.roots[0][0].text;
        e.pattern = pat ? pat->text : "";
        e.where = pat ? pat->where : verb.where;
        if (!code.code.empty()) {
          e.source = a;
          e.target = b;
          e.code = code.code;
          if (std::find(events.begin(), events.end(), e) == events.end()) {
            events.push_back(e);
            event_verb.push_back(verb_tok);
          }
        }
        if (!code.paired.empty()) {
          e.source = b;
          e.target = a;
          e.code = code.paired;
          if (std::find(events.begin(), events.end(), e) == events.end()) {
            events.push_back(e);
            event_verb.push_back(verb_tok);
          }
        }
      }
    }
  };
  std::vector<std::string> first_source;  // for forwarding
  std::vector<std::string> clause_source;  // the previous clause's source (subject forwarding)
  bool any_dominant = false;
  if (o.code_by == TabariOptions::kAll) {
    for (const VerbHit& v : s.verbs) any_dominant = any_dominant || dict.verbs[v.verb].code.dominant;
  }
  bool stop_sentence = false;
  for (const auto& [cb, ce] : clauses) {
    if (stop_sentence) break;
    const LegacyVerb* fallback_verb = nullptr;
    int fallback_vi = -1;
    bool clause_done = false;
    for (size_t vi = 0; vi < s.verbs.size() && !clause_done; ++vi) {
      const VerbHit& vh = s.verbs[vi];
      emitting = &vh;
      if (vh.begin < cb || vh.begin >= ce) continue;
      const LegacyVerb& verb = dict.verbs[vh.verb];
      if (any_dominant && !verb.code.dominant) continue;
      // Patterns, longest first.
      const LegacyPattern* pat = nullptr;
      Captures cap;
      for (const ExpandedPattern& p : im.patterns[vh.verb]) {
        m.cap = Captures{};
        bool ok = true;
        // Upper: forward from the end of the verb phrase.
        if (!p.upper.empty()) {
          std::vector<const LegacyElement*> order;
          bool first_adj = false;
          for (const LegacyElement& e : p.upper) {
            if (e.kind == LegacyElement::kVerb) {
              first_adj = e.adjacent_next;
              continue;
            }
            order.push_back(&e);
          }
          m.lo = vh.end;
          m.hi = ce;
          ok = order.empty() || m.Run(order, 0, 1, vh.end, first_adj, [](int) { return true; });
        }
        if (ok && !p.lower.empty()) {
          std::vector<const LegacyElement*> order;
          for (const LegacyElement& e : p.lower) order.push_back(&e);
          std::reverse(order.begin(), order.end());
          m.lo = cb;
          m.hi = vh.begin;
          const Captures upper_cap = m.cap;
          ok = m.Run(order, 0, -1, vh.begin - 1, order[0]->adjacent_next, [](int) { return true; });
          if (ok) {
            if (upper_cap.source >= 0 && m.cap.source < 0) m.cap.source = upper_cap.source;
            if (upper_cap.target >= 0 && m.cap.target < 0) m.cap.target = upper_cap.target;
            if (upper_cap.compound >= 0 && m.cap.compound < 0) m.cap.compound = upper_cap.compound;
            m.cap.skips.insert(m.cap.skips.end(), upper_cap.skips.begin(), upper_cap.skips.end());
          }
        }
        if (ok) {
          pat = p.orig;
          cap = m.cap;
          break;
        }
      }
      const LegacyCode& code = pat ? pat->code : verb.code;
      if (code.code == "###") {
        result.discard = true;
        result.reason = "discard code in verb";
        return result;
      }
      if (code.code == "+++") {
        result.complex = true;
        result.reason = "complex code in verb";
        return result;
      }
      if (pat == nullptr && code.code == "---") continue;  // a null verb: look further
      if (pat == nullptr && code.subordinate && o.code_by != TabariOptions::kAll) {
        if (fallback_verb == nullptr) {
          fallback_verb = &verb;
          fallback_vi = static_cast<int>(vi);
        }
        continue;
      }
      if (code.code == "---" && code.paired.empty()) {
        clause_done = o.code_by != TabariOptions::kAll;
        continue;
      }
      // Source and target.
      std::vector<std::string> src, tgt;
      int src_unit = -1;
      if (cap.compound >= 0) {
        const std::vector<std::string> members = slot_codes(cap.compound);
        for (const std::string& a : members) emit({a}, members, code, verb, pat);
        clause_source = members;
        if (first_source.empty()) first_source = members;
        clause_done = o.code_by != TabariOptions::kAll;
        continue;
      }
      bool source_after = false;
      std::vector<bool> excluded(s.units.size(), false);  // ^ actors, and a '+' before the verb
      for (int sl : cap.skips) {
        for (int u : slot_units[sl]) excluded[u] = true;
      }
      if (cap.target >= 0) {
        for (int u : slot_units[cap.target]) excluded[u] = true;
      }
      auto first_free = [&](int b, int e) {
        for (int k = b; k < e; ++k) {
          const int u = s.unit_at[k];
          if (u < 0 || excluded[u] || s.units[u].begin != k) continue;
          const int sl = m.slot_begin_at[k];
          if (sl >= 0 && slot_units[sl].size() > 1) {
            bool clean = true;
            for (int mm : slot_units[sl]) clean = clean && !excluded[mm];
            if (clean) return sl;
          }
          return single_slot(u);
        }
        return -1;
      };
      int src_slot = cap.source;
      if (src_slot < 0) src_slot = first_free(cb, vh.begin);
      if (cap.source < 0 && cap.target < 0 && src_slot >= 0) {
        // Passive: a BE form just before the verb and BY + actor after it.
        bool passive = false;
        for (int k = vh.begin - 1; k >= std::max(cb, vh.begin - 3); --k) {
          const std::string& w = s.toks[k].text;
          if (w == "WAS" || w == "WERE" || w == "BEEN" || w == "BE" || w == "IS" || w == "ARE" || w == "BEING") {
            passive = true;
            break;
          }
          if (s.tags[k] != Tag::kNone) break;
        }
        const std::string& vt = s.toks[vh.begin].text;
        passive = passive && vt.size() > 2 &&
                  (vt.compare(vt.size() - 2, 2, "ED") == 0 || vt.compare(vt.size() - 2, 2, "EN") == 0 ||
                   verb.roots.size() > 1);
        if (passive) {
          for (int k = vh.end; k + 1 < ce; ++k) {
            if (s.toks[k].text != "BY") continue;
            int q = k + 1;
            while (q < ce && s.tags[q] == Tag::kDet) ++q;
            const int by_slot = q < ce && s.unit_at[q] >= 0 ? first_slot(q, q + 1, -1) : -1;
            if (by_slot >= 0) {
              cap.target = src_slot;
              src_slot = by_slot;
            }
            break;
          }
        }
      }
      if (src_slot >= 0) {
        src = slot_codes(src_slot);
        src_unit = slot_units[src_slot].front();
      } else if (!clause_source.empty()) {
        src = clause_source;
      } else if (o.default_prior && !o.default_source.empty()) {
        src = {o.default_source};
      } else {
        bool actor_prior = false;
        for (const Unit& u : s.units) actor_prior = actor_prior || u.begin < vh.begin;
        if (o.no_actor_prior && !actor_prior) {
          result.complex = true;
          result.reason = "no actor before the verb (NOACTPRIOR)";
          return result;
        }
        const int after = first_free(vh.end, ce);
        if (after >= 0) {
          src_unit = slot_units[after].front();
          src = s.units[src_unit].codes;
          source_after = true;
        }
      }
      if (src.empty()) continue;
      // Target.
      int tgt_slot = cap.target;
      if (tgt_slot < 0) {
        if (source_after) excluded[src_unit] = true;
        int from = source_after ? s.units[src_unit].end : vh.end;
        for (int k = from; k < ce && tgt_slot < 0; ++k) {
          const int cand_slot = first_free(k, k + 1);
          if (cand_slot >= 0 && slot_codes(cand_slot) != src) tgt_slot = cand_slot;
        }
      }
      if (tgt_slot >= 0) {
        tgt = slot_codes(tgt_slot);
      } else if (o.default_after && !o.default_target.empty()) {
        tgt = {o.default_target};
      }
      if (tgt.empty() && src_unit >= 0) {
        // The next actor after the source (past the source's compound).
        const int g = s.units[src_unit].group;
        const bool src_is_group = src_slot >= 0 && slot_units[src_slot].size() > 1 && !source_after;
        for (size_t u = src_unit + 1; u < s.units.size() && tgt.empty(); ++u) {
          if (s.units[u].begin < cb || s.units[u].begin >= ce || excluded[u]) continue;
          if (src_is_group && s.units[u].group == g) continue;
          if (s.units[u].codes != src) tgt = s.units[u].codes;
        }
        // A compound source with nothing after it: its first member acts on the second.
        if (tgt.empty() && src_is_group) {
          src = s.units[s.groups[g][0]].codes;
          tgt = s.units[s.groups[g][1]].codes;
        }
      } else if (tgt.empty() && !clause_source.empty()) {
        for (size_t u = 0; u < s.units.size() && tgt.empty(); ++u) {
          if (s.units[u].begin >= cb && s.units[u].begin < ce && !excluded[u] && s.units[u].codes != src) {
            tgt = s.units[u].codes;
          }
        }
      }
      if (tgt.empty() && !o.default_target.empty()) tgt = {o.default_target};
      if (tgt.empty()) continue;  // no event from this verb: try the next one
      emit(src, tgt, code, verb, pat);
      clause_source = src;
      if (first_source.empty()) first_source = src_unit >= 0 ? s.units[src_unit].codes : src;
      if (o.code_by != TabariOptions::kAll) clause_done = true;
      if (o.code_by == TabariOptions::kBySentence) stop_sentence = true;
    }
    if (clause_source.empty()) {
      const int sl = first_slot(cb, ce, -1);
      if (sl >= 0) clause_source = slot_codes(sl);
    }
    if (!clause_done && fallback_verb != nullptr && o.code_by != TabariOptions::kAll) {
      // A subordinate verb's own code, when nothing else in the clause coded.
      const VerbHit& vh = s.verbs[fallback_vi];
      emitting = &vh;
      const int src_slot = first_slot(cb, vh.begin, -1);
      std::vector<std::string> src = src_slot >= 0 ? slot_codes(src_slot) : clause_source;
      int tgt_slot = -1;
      for (int k = vh.end; k < ce && tgt_slot < 0; ++k) {
        const int c = first_slot(k, k + 1, -1);
        if (c >= 0 && slot_codes(c) != src) tgt_slot = c;
      }
      if (!src.empty() && tgt_slot >= 0) {
        LegacyCode code = fallback_verb->code;
        emit(src, slot_codes(tgt_slot), code, *fallback_verb, nullptr);
        clause_source = src;
        if (first_source.empty()) first_source = src;
      }
    }
  }
  // Spans: the verb's words, and for each actor code the unit carrying it nearest the verb (before
  // it for the source, after it for the target). A code no unit carries (a default or forwarded
  // actor) has no span.
  auto unit_span = [&](const std::string& code, int verb_tok, bool before) {
    int best = -1;
    long best_dist = 0;
    for (size_t u = 0; u < s.units.size(); ++u) {
      const Unit& un = s.units[u];
      if (un.end <= un.begin || std::find(un.codes.begin(), un.codes.end(), code) == un.codes.end()) continue;
      const long dist = verb_tok < 0 ? un.begin
                        : before     ? (un.begin < verb_tok ? verb_tok - un.begin : 1000 + un.begin - verb_tok)
                                     : (un.begin >= verb_tok ? un.begin - verb_tok : 1000 + verb_tok - un.begin);
      if (best < 0 || dist < best_dist) {
        best = static_cast<int>(u);
        best_dist = dist;
      }
    }
    if (best < 0) return Span{};
    return Span{s.toks[s.units[best].begin].begin, s.toks[s.units[best].end - 1].end};
  };
  for (size_t i = 0; i < events.size(); ++i) {
    TabariEvent& e = events[i];
    const int vt = event_verb[i];
    if (vt >= 0 && vt < static_cast<int>(s.toks.size())) e.verb_span = {s.toks[vt].begin, s.toks[vt].end};
    e.source_span = unit_span(e.source, vt, true);
    e.target_span = unit_span(e.target, vt, false);
  }
  result.events = std::move(events);
  if (result.events.empty() && result.reason.empty()) result.reason = "no verb with a source and a target";
  // Forwarding: the first source of this record (actor codes without agents are not recoverable
  // here, so the first unit's bare actor code is forwarded when the record had a real source).
  if (o.forward && !story.empty()) {
    bool from_pronoun = false;
    for (const Unit& u : s.units) {
      if (u.codes == first_source && u.pronoun) from_pronoun = true;
    }
    if (story != impl_->forward_story) impl_->forward_codes.clear();
    if (!first_source.empty() && !from_pronoun) {
      // Only the actor, not its agent: the first unit's dictionary code.
      std::vector<std::string> bare;
      for (const Unit& u : s.units) {
        if (u.codes == first_source && !u.pronoun) {
          for (const std::string& c : u.codes) bare.push_back(c.size() > 3 ? c.substr(0, 3) : c);
          break;
        }
      }
      impl_->forward_codes = bare.empty() ? first_source : std::vector<std::string>{bare.front()};
    }
    impl_->forward_story = story;
  }
  return result;
}

}  // namespace dragoman
