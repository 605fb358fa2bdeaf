// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "quotes/quote_finder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "quotes/cue_words.h"
#include "syntax/clause_analyzer.h"
#include "syntax/mention_finder.h"
#include "util/hash.h"

namespace dragoman {
namespace {

constexpr int kMaxPhrase = 14;  // tokens in a speaker, outlet or addressee phrase
constexpr int kMaxChain = 6;    // links followed back through coreference

bool IsVerbPos(Pos p) {
  return p == Pos::kVerb || p == Pos::kVerbPast || p == Pos::kVerbPastPart || p == Pos::kVerbGerund;
}
bool IsNominal(Pos p) {
  return p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kAdjective || p == Pos::kNumber;
}
// `s` is the literal `w`. Always inlined: the comparison is then a length test and a load or two,
// where GCC, once this file's inlining budget is spent, calls string_view::compare and memcmp.
template <size_t N>
[[gnu::always_inline]] inline bool Eq(std::string_view s, const char (&w)[N]) {
  return s.size() == N - 1 && std::memcmp(s.data(), w, N - 1) == 0;
}
// The token is the word `w`.
template <size_t N>
[[gnu::always_inline]] inline bool Is(const Token& t, const char (&w)[N]) {
  return Eq(t.lower, w);
}
bool IsChainPrep(std::string_view w) { return Eq(w, "of") || Eq(w, "for") || Eq(w, "to") || Eq(w, "at") || Eq(w, "with"); }
bool IsClauseConj(std::string_view w) {
  return Eq(w, "and") || Eq(w, "but") || Eq(w, "though") || Eq(w, "although") || Eq(w, "while") || Eq(w, "as") ||
         Eq(w, "because") || Eq(w, "so") || Eq(w, "or") || Eq(w, "whereas");
}
// A word that opens an adverbial clause: what follows a cue from it is the circumstance of the
// saying ("said before he died"), and a sentence that opens with it before a frame does not report
// it ("But when Congress cut funding, Mexico said enough").
bool IsSubordinator(std::string_view w) {
  return Eq(w, "when") || Eq(w, "before") || Eq(w, "after") || Eq(w, "while") || Eq(w, "because") || Eq(w, "since") ||
         Eq(w, "until") || Eq(w, "unless") || Eq(w, "although") || Eq(w, "though") || Eq(w, "once") || Eq(w, "whenever");
}
bool EndsFrame(const Token& t) {
  return Eq(t.text, ",") || Eq(t.text, ".") || Eq(t.text, ";") || Eq(t.text, ":") || Eq(t.text, "\"") || Eq(t.text, "!") ||
         Eq(t.text, "?") || Eq(t.text, "(") || Eq(t.text, "-");
}
// A token that starts with a letter or digit, or with a non-ASCII byte. ASCII tests written out: the
// engine never sets a locale, and std::isalnum is a library call.
bool IsWord(const Token& t) {
  const unsigned char c = static_cast<unsigned char>(t.text.empty() ? ' ' : t.text[0]);
  const unsigned char folded = c | 0x20;
  return (c >= '0' && c <= '9') || (folded >= 'a' && folded <= 'z') || c >= 0x80;
}
// A first-person pronoun: the quote's speaker (I, me, my) or the speaker's side (we, us, our).
int FirstPerson(std::string_view w) {
  if (Eq(w, "we") || Eq(w, "us") || Eq(w, "our") || Eq(w, "ours") || Eq(w, "ourselves")) return 2;
  if (Eq(w, "i") || Eq(w, "me") || Eq(w, "my") || Eq(w, "myself")) return 1;
  return 0;
}

// The code "we" stands for when `speaker` speaks: a state official speaks for the country, anyone
// else for their organisation or group.
std::string SideCode(const std::string& speaker) {
  const std::string country = CodeCountry(speaker);
  const std::string role = CodeRole(speaker);
  if (!country.empty() && (role.empty() || Eq(role, "GOV") || Eq(role, "MIL") || Eq(role, "DIP") || Eq(role, "COP") ||
                           Eq(role, "SPY"))) {
    return country;
  }
  return speaker;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Article state.

void QuoteFinder::BeginArticle(std::string_view text, std::string_view raw, const NormalizedText* norm) {
  text_ = text;
  raw_ = raw;
  norm_ = norm;
  paragraph_starts_.clear();
  paragraph_starts_.push_back(0);
  for (size_t p = text.find("\n\n"); p != std::string_view::npos; p = text.find("\n\n", p + 2)) {
    paragraph_starts_.push_back(static_cast<uint32_t>(p + 2));
  }
  regions_ = FindQuoteRegions(text, raw, norm);
  region_cue_.assign(regions_.size(), -1);
  region_done_.assign(regions_.size(), false);
  cues_.clear();
  names_.clear();
  notes_.clear();
  quotes_.clear();
  sentence_starts_.clear();
  first_open_region_ = 0;
  sentences_ = 0;
}

int QuoteFinder::ParagraphOf(uint32_t pos) const {
  auto it = std::upper_bound(paragraph_starts_.begin(), paragraph_starts_.end(), pos);
  return static_cast<int>(it - paragraph_starts_.begin()) - 1;
}

int QuoteFinder::RegionAt(uint32_t pos) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), pos,
                             [](uint32_t p, const QuoteRegion& r) { return p < r.open; });
  if (it == regions_.begin()) return -1;
  --it;
  return pos <= it->close ? static_cast<int>(it - regions_.begin()) : -1;
}

int QuoteFinder::SentenceOf(uint32_t pos) const {
  auto it = std::upper_bound(sentence_starts_.begin(), sentence_starts_.end(), pos);
  return std::max(0, static_cast<int>(it - sentence_starts_.begin()) - 1);
}

// ---------------------------------------------------------------------------------------------
// Noun phrases.

namespace {

// The phrase that ends at token `last`, walking left ("longtime Democratic pollster Pat Caddell",
// "the Italian ambassador to Tripoli", "he"). Returns its first token, or -1.
int PhraseEndingAt(const SentenceAnalysis& a, int last) {
  const auto& t = a.tokens;
  if (last < 0) return -1;
  if (t[last].pos == Pos::kPronoun && a.mention_at[last] >= 0) return last;
  if (t[last].pos == Pos::kPronoun) {
    std::string_view w = t[last].lower;
    return (Eq(w, "he") || Eq(w, "she") || Eq(w, "they") || Eq(w, "we") || Eq(w, "i") || Eq(w, "it")) ? last : -1;
  }
  int start = -1, k = last, count = 0;
  while (k >= 0 && count < kMaxPhrase) {
    const int m = a.mention_at[k];
    if (m >= 0 && a.mentions[m].begin <= static_cast<uint32_t>(k)) {
      const int b = static_cast<int>(a.mentions[m].begin);
      count += k - b + 1;
      start = b;
      k = b - 1;
      continue;
    }
    const Token& tk = t[k];
    if (IsNominal(tk.pos) || tk.pos == Pos::kPossessive || (tk.pos == Pos::kUnknown && tk.capitalized)) {
      start = k--;
      ++count;
      continue;
    }
    if (tk.pos == Pos::kDeterminer || tk.pos == Pos::kPossPronoun) {
      start = k--;
      ++count;
      // "the head of the Russian contact group": a determiner closes the phrase unless of/for + noun
      // stand before it.
      if (k >= 1 && (Is(t[k], "of") || Is(t[k], "for")) && (t[k - 1].pos == Pos::kNoun || t[k - 1].pos == Pos::kProperNoun)) {
        start = k--;
        continue;
      }
      break;
    }
    if (start >= 0 && k >= 1 && IsChainPrep(tk.lower) && !Is(tk, "with") &&
        (t[k - 1].pos == Pos::kNoun || t[k - 1].pos == Pos::kProperNoun || a.mention_at[k - 1] >= 0)) {
      start = k--;
      ++count;
      continue;
    }
    // "Trump and Pence said": names joined by and.
    if (start >= 0 && k >= 1 && Is(tk, "and") && (t[start].pos == Pos::kProperNoun || a.mention_at[start] >= 0) &&
        (t[k - 1].pos == Pos::kProperNoun || a.mention_at[k - 1] >= 0)) {
      start = k--;
      ++count;
      continue;
    }
    break;
  }
  if (start < 0) return -1;
  // A phrase needs a noun: "the" alone, or adjectives alone, are not speakers.
  bool noun = false;
  for (int q = start; q <= last; ++q) {
    noun = noun || t[q].pos == Pos::kNoun || t[q].pos == Pos::kProperNoun || a.mention_at[q] >= 0 ||
           (t[q].pos == Pos::kUnknown && t[q].capitalized);
  }
  // Leading "of"/"to" is not part of it.
  while (start <= last && IsChainPrep(t[start].lower)) ++start;
  return noun && start <= last ? start : -1;
}

// The phrase that starts at token `first`, walking right ("the diplomat", "Perrone", "newspaper
// Kommersant", "an interview with Reuters"). Returns one past its last token, or -1.
int PhraseStartingAt(const SentenceAnalysis& a, int first, bool allow_with) {
  const auto& t = a.tokens;
  const int n = static_cast<int>(t.size());
  if (first >= n) return -1;
  if (t[first].pos == Pos::kPronoun) return first + 1;
  int k = first, end = -1;
  if (t[k].pos == Pos::kDeterminer || t[k].pos == Pos::kPossPronoun) ++k;
  while (k < n && k - first < kMaxPhrase) {
    const int m = a.mention_at[k];
    if (m >= 0 && a.mentions[m].end > static_cast<uint32_t>(k)) {
      k = static_cast<int>(a.mentions[m].end);
      end = k;
      continue;
    }
    const Token& tk = t[k];
    if (IsNominal(tk.pos) || tk.pos == Pos::kPossessive || (tk.pos == Pos::kUnknown && tk.capitalized)) {
      ++k;
      if (tk.pos != Pos::kAdjective && tk.pos != Pos::kPossessive) end = k;
      continue;
    }
    // Chains: "a spokesman for the campaign", "an interview with Reuters".
    if (end == k && k + 1 < n && IsChainPrep(tk.lower) && (allow_with || !Is(tk, "with")) && !Is(tk, "to") &&
        (t[k + 1].pos == Pos::kDeterminer || IsNominal(t[k + 1].pos) || a.mention_at[k + 1] >= 0)) {
      ++k;
      if (t[k].pos == Pos::kDeterminer || t[k].pos == Pos::kPossPronoun) ++k;
      continue;
    }
    break;
  }
  return end;
}

// The token range of an appositive after a phrase ending at `e` (", a spokesman for X,"), or false.
bool AppositiveAfter(const SentenceAnalysis& a, int e, int* ab, int* ae) {
  const auto& t = a.tokens;
  const int n = static_cast<int>(t.size());
  if (e >= n || !Eq(t[e].text, ",")) return false;
  int k = e + 1;
  if (k >= n || !(t[k].pos == Pos::kDeterminer || IsNominal(t[k].pos) || a.mention_at[k] >= 0)) return false;
  while (k < n && !Eq(t[k].text, ",") && !Eq(t[k].text, ".") && !Eq(t[k].text, "\"") && !Eq(t[k].text, ";") && k - e <= kMaxPhrase) {
    if (IsVerbPos(t[k].pos) || t[k].pos == Pos::kModal || t[k].pos == Pos::kWh) return false;
    ++k;
  }
  if (k - e > kMaxPhrase) return false;
  *ab = e + 1;
  *ae = k;
  return k > e + 1;
}

bool AllProper(const SentenceAnalysis& a, int b, int e) {
  if (b >= e) return false;
  for (int k = b; k < e; ++k) {
    const Token& t = a.tokens[k];
    if (!(t.pos == Pos::kProperNoun || (t.capitalized && (t.pos == Pos::kUnknown || t.pos == Pos::kNoun)))) {
      return false;
    }
  }
  return true;
}

// The head of a phrase: its last token before a chain preposition ("ambassador" in "the Italian
// ambassador to Tripoli").
int PhraseHead(const SentenceAnalysis& a, int b, int e) {
  for (int k = b + 1; k < e; ++k) {
    if (IsChainPrep(a.tokens[k].lower) && a.mention_at[k] < 0) return k - 1;
  }
  return e - 1;
}

TextRange Range(const SentenceAnalysis& a, int b, int e) {
  if (b < 0 || e <= b) return {};
  return {a.tokens[b].begin, a.tokens[e - 1].end};
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Speakers.

void QuoteFinder::AddChain(CueActor* actor, TextRange from) const {
  TextRange link = from;
  for (int step = 0; step < kMaxChain && !link.empty(); ++step) {
    bool seen = false;
    for (const TextRange& c : actor->chain) seen = seen || (c.begin == link.begin && c.end == link.end);
    if (seen) break;
    actor->chain.push_back(link);
    auto it = std::lower_bound(notes_.begin(), notes_.end(), link.begin,
                               [](const MentionNote& n, uint32_t b) { return n.range.begin < b; });
    if (it == notes_.end() || it->range.begin != link.begin) break;
    link = it->antecedent;
  }
  // A link that an apposition named ("the Italian ambassador to Tripoli, Giuseppe Perrone"): the person.
  for (auto it = names_.rbegin(); it != names_.rend(); ++it) {
    bool hit = false;
    for (const TextRange& c : actor->chain) {
      hit = hit || (!it->described.range.empty() && c.begin < it->described.range.end && it->described.range.begin < c.end);
    }
    if (!hit) continue;
    if (actor->entity.empty()) actor->entity = it->text;
    bool seen = false;
    for (const TextRange& c : actor->chain) seen = seen || (c.begin == it->range.begin);
    if (!seen) actor->chain.push_back(it->range);
    break;
  }
}

CueActor QuoteFinder::MentionActor(const SentenceAnalysis& a, int mi) const {
  const Mention& m = a.mentions[mi];
  CueActor out;
  out.range = Range(a, static_cast<int>(m.begin), static_cast<int>(m.end));
  out.code = m.code;
  out.entity = m.entity;
  out.resolved_from = m.resolved_from;
  out.records = m.records;
  out.person = m.person || (!m.plural && IsPersonNoun(a.tokens[m.end - 1].lower));
  if (m.antecedent_end > m.antecedent_begin) AddChain(&out, {m.antecedent_begin, m.antecedent_end});
  return out;
}

CueActor QuoteFinder::ResolveSpeaker(const SentenceAnalysis& a, int b, int e, int ab, int ae) const {
  CueActor out;
  if (b < 0 || e <= b) return out;
  const auto& t = a.tokens;
  const int head = PhraseHead(a, b, e);
  const bool np_is_name = t[head].pos == Pos::kProperNoun || (t[head].capitalized && a.mention_at[head] >= 0 &&
                                                                a.mentions[a.mention_at[head]].person);
  const bool appositive_is_name = ab >= 0 && AllProper(a, ab, ae);
  // The mention that tells who it is: the one on the head, else the appositive's, else any.
  int best = -1, best_score = -100;
  auto consider = [&](int lo, int hi, int head_tok, int bonus) {
    for (int k = lo; k < hi; ++k) {
      const int mi = a.mention_at[k];
      if (mi < 0) continue;
      const Mention& m = a.mentions[mi];
      if (m.code.empty()) continue;
      int score = bonus;
      if (m.begin <= static_cast<uint32_t>(head_tok) && static_cast<uint32_t>(head_tok) < m.end) score += 4;
      if (m.person || !m.entity.empty()) score += 2;
      if (!CodeRole(m.code).empty()) score += 1;
      if (m.possessor) score -= 2;
      if (m.locative || m.in_pp) score -= 3;
      if (m.modifier) score -= 1;
      if (score > best_score) {
        best = mi;
        best_score = score;
      }
      k = static_cast<int>(m.end) - 1;
    }
  };
  consider(b, e, head, 0);
  if (ab >= 0) consider(ab, ae, PhraseHead(a, ab, ae), -1);
  if (best >= 0) {
    out = MentionActor(a, best);
    const Mention& m = a.mentions[best];
    // "New Jersey Gov. Chris Christie": the place names the code, not the person.
    if (np_is_name && !(m.begin <= static_cast<uint32_t>(head) && static_cast<uint32_t>(head) < m.end)) {
      int nb = head;
      while (nb > b && t[nb - 1].pos == Pos::kProperNoun && t[nb - 1].text.back() != '.' && a.mention_at[nb - 1] < 0) --nb;
      out.entity = std::string(text_.substr(t[nb].begin, t[head].end - t[nb].begin));
      out.resolved_from.clear();
      out.chain.clear();
    }
  }
  // The text: the person's name when the phrase is a description with a name in apposition.
  if (!np_is_name && appositive_is_name) {
    out.range = Range(a, ab, ae);
  } else {
    out.range = Range(a, b, e);
  }
  const int name_b = (!np_is_name && appositive_is_name) ? ab : b;
  const int name_e = (!np_is_name && appositive_is_name) ? ae : e;
  const bool is_name = np_is_name || appositive_is_name;
  if (is_name) {
    const std::string name(text_.substr(t[name_b].begin, t[name_e - 1].end - t[name_b].begin));
    // A short name ("Perrone", "Mr. Perrone") of a person introduced earlier, or a full name seen before.
    const std::string_view last = t[name_e - 1].lower;
    for (auto it = names_.rbegin(); it != names_.rend(); ++it) {
      if (it->range.begin >= t[name_b].begin) continue;
      if (it->last != last && it->text != name) continue;
      if (out.code.empty() && !it->described.code.empty()) {
        out.code = it->described.code;
        out.records = it->described.records;
        out.resolved_from = it->text;
      } else if (out.resolved_from.empty() && it->text != name) {
        out.resolved_from = it->text;
      }
      if (out.entity.empty()) out.entity = it->text;
      out.chain.push_back(it->range);
      if (!it->described.range.empty()) out.chain.push_back(it->described.range);
      break;
    }
    if (out.entity.empty() && name_e - name_b >= 2) out.entity = name;
    out.person = true;
  }
  return out;
}

// Full names in apposition with a description ("the Italian ambassador to Tripoli, Giuseppe
// Perrone", "Giuseppe Perrone, the Italian ambassador", "Stein spokeswoman Melezia Figueroa").
void QuoteFinder::LearnNames(const SentenceAnalysis& a) {
  const auto& t = a.tokens;
  const int n = static_cast<int>(t.size());
  auto described_by = [&](int lo, int hi) -> int {  // a coded mention with a role in [lo, hi)
    int found = -1;
    for (int k = std::max(0, lo); k < std::min(n, hi); ++k) {
      const int mi = a.mention_at[k];
      if (mi < 0) continue;
      const Mention& m = a.mentions[mi];
      if (!m.code.empty() && !CodeRole(m.code).empty() && !m.locative && !m.possessor) {
        found = mi;
        break;
      }
    }
    return found;
  };
  int k = 0;
  while (k < n) {
    const bool proper = t[k].pos == Pos::kProperNoun && t[k].capitalized;
    const int mk = a.mention_at[k];
    if (!proper || (mk >= 0 && (!a.mentions[mk].entity.empty() || a.mentions[mk].person))) {
      ++k;
      continue;
    }
    int e = k;
    while (e < n && t[e].pos == Pos::kProperNoun && t[e].capitalized &&
           (a.mention_at[e] < 0 || a.mention_at[e] == mk) && e - k < 5) {
      ++e;
    }
    if (e - k < 2 || (e < n && t[e].pos == Pos::kPossessive && false)) {
      k = std::max(e, k + 1);
      continue;
    }
    NameNote note;
    note.range = Range(a, k, e);
    note.text = std::string(text_.substr(note.range.begin, note.range.end - note.range.begin));
    note.last = std::string(t[e - 1].lower);
    int d = -1;
    if (k >= 2 && Eq(t[k - 1].text, ",")) {
      // A description before: the mention within the phrase that ends at the comma.
      int b = PhraseEndingAt(a, k - 2);
      if (b >= 0) d = described_by(b, k - 1);
    }
    if (d < 0 && k >= 1 && a.mention_at[k - 1] >= 0) d = described_by(k - 1, k);
    if (d < 0 && e < n && Eq(t[e].text, ",")) {
      int ab = -1, ae = -1;
      if (AppositiveAfter(a, e, &ab, &ae)) d = described_by(ab, ae);
    }
    if (d >= 0) note.described = MentionActor(a, d);
    names_.push_back(std::move(note));
    k = e;
  }
}

// ---------------------------------------------------------------------------------------------
// Cues.

namespace {

struct Candidate {
  int wb = -1, we = -1;       // cue words
  int sb = -1, se = -1;       // speaker phrase
  int ab = -1, ae = -1;       // its appositive
  int fb = -1, fe = -1;       // the frame
  int before_b = -1, before_e = -1;
  int after_b = -1, after_e = -1;
  int ob = -1, oe = -1;       // outlet
  int db = -1, de = -1;       // addressee
  int speaker_mention = -1;   // when the speaker is only known as a clause subject
  int same_speaker_as = -1;   // ", adding that": the speaker of an earlier candidate
  bool colon = false;
  bool noun_cue = false;
  bool stance = false;
  bool speech = true;             // false for stance verbs and cue nouns
  int relative = -1;              // a relative pronoun standing for the speaker phrase
  bool label = false;             // "PENCE: …"
  bool to_paragraph_end = false;  // the label's content runs to the paragraph end
  bool frame_clause = false;      // "as X said": the content is the clause the frame is set in
  bool dropped = false;
};

bool HasMedia(const SentenceAnalysis& a, int b, int e, int* mb, int* me) {
  for (int k = b; k < e; ++k) {
    const int mi = a.mention_at[k];
    // A named outlet ("Reuters", "newspaper Kommersant"), not the bare agent "reporters".
    if (mi >= 0 && CodeRole(a.mentions[mi].code) == "MED" && !a.mentions[mi].entity.empty() &&
        a.mentions[mi].begin >= static_cast<uint32_t>(b)) {
      *mb = static_cast<int>(a.mentions[mi].begin);
      *me = std::min(e, static_cast<int>(a.mentions[mi].end));
      return true;
    }
  }
  for (int k = b; k < e; ++k) {
    if (IsOutletWord(a.tokens[k].lower) && a.tokens[k].pos == Pos::kNoun) {
      // "newspaper Kommersant": the name after the word; "the newspaper": the word itself.
      int s = k + 1;
      while (s < e && !(a.tokens[s].pos == Pos::kProperNoun || a.tokens[s].capitalized)) ++s;
      *mb = s < e ? s : k;
      *me = e;
      if (s >= e) {
        *mb = b;
        while (*mb < k && a.tokens[*mb].pos == Pos::kDeterminer) ++*mb;
      }
      return true;
    }
  }
  return false;
}

// A subject pronoun: what follows it is a clause even when the tagger missed its verb ("they both
// share the belief", "he plans").
bool IsSubjectPronoun(std::string_view w) {
  return Eq(w, "he") || Eq(w, "she") || Eq(w, "they") || Eq(w, "we") || Eq(w, "i") || Eq(w, "it") || Eq(w, "there") ||
         Eq(w, "you");
}

// A clause follows from `k`: a verb group soon, with no boundary before it, or a subject pronoun.
bool ClauseFollows(const SentenceAnalysis& a, int k, int end) {
  if (k + 1 < end && IsSubjectPronoun(a.tokens[k].lower) && IsWord(a.tokens[k + 1])) return true;
  for (int q = k; q < std::min(end, k + 16); ++q) {
    if (IsVerbPos(a.tokens[q].pos) || a.tokens[q].pos == Pos::kModal) return q > k;
    if (a.flags[q] & kFlagBoundary && q > k) return false;
  }
  return false;
}

// A period that "this", "last", "next" can open: "week", "month", "year", "Tuesday", "morning" ….
// The first token of a time adjunct that ends at token `k` ("this month", "last year", "in April",
// "in late August", "in 2015", "on Tuesday"), or -1.
int TimeAdjunctStart(const SentenceAnalysis& a, int k) {
  const auto& t = a.tokens;
  const Token& w = t[k];
  const bool month = IsMonth(w.lower) && w.capitalized;
  const bool year = w.pos == Pos::kNumber && w.text.size() == 4 &&
                    (w.text.rfind("19", 0) == 0 || w.text.rfind("20", 0) == 0);
  const bool period = IsTimePeriod(w.lower) && (w.pos == Pos::kNoun || w.pos == Pos::kProperNoun);
  if (!month && !year && !period) return -1;
  int j = k - 1;
  if (j >= 0 && (Is(t[j], "early") || Is(t[j], "late") || Is(t[j], "mid"))) --j;
  if (j < 0) return -1;
  if ((month || year) && (Is(t[j], "in") || Is(t[j], "since") || Is(t[j], "during"))) return j;
  if (period && (Is(t[j], "this") || Is(t[j], "last") || Is(t[j], "next") || Is(t[j], "on") || Is(t[j], "earlier"))) {
    return j;
  }
  return -1;
}

// A finite verb group starts at token `k`.
bool FiniteVerbAt(const SentenceAnalysis& a, int k) {
  for (const VerbGroup& g : a.verbs) {
    if (static_cast<int>(g.begin) == k) return g.finite;
  }
  return false;
}

bool HasVerb(const SentenceAnalysis& a, int b, int e) {
  for (int q = b; q < e; ++q) {
    if (IsVerbPos(a.tokens[q].pos) || a.tokens[q].pos == Pos::kModal) return true;
  }
  return false;
}

}  // namespace

void QuoteFinder::FindCues(const SentenceAnalysis& a, int sentence) {
  const auto& t = a.tokens;
  const int n = static_cast<int>(t.size());
  if (n == 0) return;
  int end = n;  // content ends before the closing punctuation
  while (end > 0 && (Eq(t[end - 1].text, ".") || Eq(t[end - 1].text, "!") || Eq(t[end - 1].text, "?"))) --end;
  auto inside_quote = [&](int k) {
    const int r = RegionAt(t[k].begin);
    return r >= 0 && t[k].begin > regions_[r].open && t[k].begin < regions_[r].close;
  };
  auto closing_mark = [&](int k) {
    if (!Eq(t[k].text, "\"")) return false;
    const int r = RegionAt(t[k].begin);
    return r >= 0 && regions_[r].close == t[k].begin;
  };
  // Scratch buffers, reused sentence after sentence on this thread.
  static thread_local std::vector<Candidate> cands;
  cands.clear();
  // One pass over the tokens for the rarer cue shapes: nouns that may be verbs ("reports that") or
  // cue nouns ("statements that"), "according", dashes after quotes.
  static thread_local std::vector<int> nouns, accordings, dashes;
  nouns.clear();
  accordings.clear();
  dashes.clear();
  for (int k = 0; k < n; ++k) {
    const Token& tk = t[k];
    if (tk.pos == Pos::kNoun) {
      if (k >= 1 && k + 1 < n) nouns.push_back(k);
    } else if (tk.text.size() == 1 && tk.text[0] == '-') {
      if (k + 1 < n) dashes.push_back(k);
    } else if (Eq(tk.lower, "according") && k + 2 < n) {
      accordings.push_back(k);
    }
  }

  // Adjuncts after a cue verb: the addressee or outlet object, PPs naming an outlet, time words.
  auto adjuncts = [&](int q, std::string_view lemma, Candidate* c) -> int {
    for (int step = 0; step < 6 && q < end; ++step) {
      const Token& tk = t[q];
      if (step == 0 && TakesAddressee(lemma) && !Is(tk, "that") && !Eq(tk.text, "\"") && !Eq(tk.text, ",") &&
          !Eq(tk.text, ":") && tk.pos != Pos::kPreposition) {
        const int e = tk.pos == Pos::kPronoun ? q + 1 : PhraseStartingAt(a, q, false);
        if (e > q) {
          int mb = -1, me = -1;
          if (HasMedia(a, q, e, &mb, &me)) {
            c->ob = mb;
            c->oe = me;
          } else {
            c->db = q;
            c->de = e;
          }
          q = e;
          continue;
        }
      }
      if ((Is(tk, "in") || Is(tk, "on") || Is(tk, "to") || Is(tk, "at") || Is(tk, "during") || Is(tk, "by") ||
           Is(tk, "with")) &&
          q + 1 < end) {
        int s = q + 1;
        const int e = PhraseStartingAt(a, s, true);
        if (e > s) {
          int mb = -1, me = -1;
          const bool media = HasMedia(a, s, e, &mb, &me);
          const bool audience = Is(tk, "to") && IsAudienceWord(t[e - 1].lower);
          const bool then_content = e >= end || Is(t[e], "that") || Eq(t[e].text, ",") || Eq(t[e].text, ":") ||
                                    Eq(t[e].text, "\"");
          if (media && (then_content || Is(tk, "in") || Is(tk, "to") || Is(tk, "on"))) {
            c->ob = mb;
            c->oe = me;
            q = e;
            continue;
          }
          if (audience || (Is(tk, "to") && then_content)) {
            c->db = s;
            c->de = e;
            q = e;
            continue;
          }
          if (then_content) {
            q = e;
            continue;
          }
          // A longer circumstance before a that-clause: "said during a rally in Michigan that …".
          int e2 = e;
          for (int hop = 0; hop < 3 && e2 + 1 < end && t[e2].pos == Pos::kPreposition && !Is(t[e2], "that"); ++hop) {
            const int next = PhraseStartingAt(a, e2 + 1, true);
            if (next <= e2 + 1) break;
            e2 = next;
          }
          // Not a relative clause on the last noun ("spoke at a lodge that overlooks the bay").
          if (e2 > e && e2 + 1 < end && Is(t[e2], "that") && t[e2].pos != Pos::kDeterminer &&
              !IsVerbPos(t[e2 + 1].pos) && t[e2 + 1].pos != Pos::kModal) {
            q = e2;
            continue;
          }
        }
        break;
      }
      // A parenthetical before a that-clause: "cautioned, as did the campaign itself, that …", "said,
      // however, that …".
      if (Eq(tk.text, ",") && q + 2 < end) {
        int j = q + 1;
        while (j < end && j - q <= 12 && !Eq(t[j].text, ",") && !Is(t[j], "that") && !Eq(t[j].text, "\"")) ++j;
        if (j > q + 1 && j + 1 < end && Eq(t[j].text, ",") && Is(t[j + 1], "that") && t[j + 1].pos != Pos::kDeterminer) {
          q = j + 1;
          continue;
        }
      }
      // "this weekend", "last week", "next month".
      if ((Is(tk, "this") || Is(tk, "last") || Is(tk, "next")) && q + 1 < end && IsTimePeriod(t[q + 1].lower)) {
        q += 2;
        continue;
      }
      if ((IsTimeWord(tk.lower) && !Is(tk, "this") && !Is(tk, "on") && !Is(tk, "last")) ||
          (tk.pos == Pos::kAdverb && !Is(tk, "not") && !Is(tk, "n't"))) {
        ++q;
        continue;
      }
      break;
    }
    return q;
  };

  // Verb cues. Verbs the tagger read as nouns count too when a that-clause or a colon follows
  // ("The New York Post reports that …").
  struct CueVerb {
    uint32_t begin, end, head;
    int group;  // into a.verbs, or -1
    CueStrength strength;
    bool listed;  // the head verb is in the cue lists, not only in WordNet's classes
  };
  static thread_local std::vector<CueVerb> cue_verbs;
  cue_verbs.clear();
  for (size_t vi = 0; vi < a.verbs.size(); ++vi) {
    const VerbGroup& g = a.verbs[vi];
    const Token& head = t[g.head];
    CueStrength st = CueVerbStrength(head.lemma, g.speech);
    if (st == CueStrength::kNone && head.lower != head.lemma) st = CueVerbStrength(head.lower, false);
    // A verb the lists do not hold whose usual sense (WordNet's first) is communication ("unleashed
    // a flurry of tweets") or cognition ("has pooh-poohed the consensus"): PolNeAR's statements and
    // thoughts. A stance, so only with a speaker-like subject (a listed verb reads with any subject).
    const bool listed = st != CueStrength::kNone;
    if (st == CueStrength::kNone && senses_ != nullptr && !Eq(head.lemma, "be") && !Eq(head.lemma, "have")) {
      const int file = senses_->FirstSenseFile(head.lemma);
      if (file == VerbSenses::kCommunication || file == VerbSenses::kCognition) st = CueStrength::kStance;
    }
    // Kept for a second look: "was quoted as saying", "were incensed that", "is convinced that".
    const bool maybe = st != CueStrength::kNone || Eq(head.lemma, "quote") || Eq(head.lemma, "be") ||
                       (g.passive && IsStanceAdjective(head.lower));
    if (maybe) cue_verbs.push_back({g.begin, g.end, g.head, static_cast<int>(vi), st, listed});
  }
  for (const int k : nouns) {
    const Token& tk = t[k];
    if (a.mention_at[k] >= 0 || tk.lower.size() < 4 || tk.lower.back() != 's') continue;
    // "reports that", "says:"; or, after a name, "questions the fairness", "pleads for his life".
    const Token& prev = t[k - 1];
    const Token& next = t[k + 1];
    if (!(prev.pos == Pos::kProperNoun || prev.pos == Pos::kPossessive || a.mention_at[k - 1] >= 0 ||
          Is(next, "that") || Eq(next.text, ":"))) {
      continue;
    }
    const std::string_view stem = tk.lower.substr(0, tk.lower.size() - 1);
    const CueStrength st = CueVerbStrength(stem, (lexicon_->WordClasses(stem) & kWordSpeech) != 0);
    if (st == CueStrength::kNone) continue;
    const bool clause = Is(next, "that") || Eq(next.text, ":");
    const bool after_name = (prev.pos == Pos::kProperNoun || prev.pos == Pos::kPossessive || a.mention_at[k - 1] >= 0) &&
                            (next.pos == Pos::kDeterminer || next.pos == Pos::kPossPronoun || next.pos == Pos::kPreposition);
    // "…, The Wall Street Journal reports.": a closing frame.
    const bool closing = Eq(next.text, ".") || Eq(next.text, ",");
    if (!clause && !(after_name || (st == CueStrength::kStrong && (prev.pos == Pos::kProperNoun || a.mention_at[k - 1] >= 0) &&
                                    (IsWord(next) || closing)))) {
      continue;
    }
    // A finding or belief needs its speaker's name ("The Tax Policy Center estimates that …"; a
    // capitalised word inside the sentence counts, as the tagger may read "Center" as an adjective).
    const bool name_before = prev.pos == Pos::kProperNoun || a.mention_at[k - 1] >= 0 ||
                             (prev.capitalized && k >= 2 && IsWord(prev));
    if (clause && st != CueStrength::kStrong && !Eq(stem, "report") && !Eq(stem, "show") && !Eq(stem, "find") &&
        !(Is(next, "that") && st == CueStrength::kWeak && name_before)) {
      continue;
    }
    cue_verbs.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), static_cast<uint32_t>(k), -1,
                         CueStrength::kStrong, true});
  }
  std::sort(cue_verbs.begin(), cue_verbs.end(), [](const CueVerb& x, const CueVerb& y) { return x.begin < y.begin; });
  // The subject of the sentence's first clause, for participles that have none of their own
  // ("… before asking her").
  auto main_subject = [&](int before) -> std::pair<int, int> {
    for (const VerbGroup& g : a.verbs) {
      if (static_cast<int>(g.begin) >= before || !g.finite) continue;
      const int b = PhraseEndingAt(a, static_cast<int>(g.begin) - 1);
      if (b >= 0) return {b, static_cast<int>(g.begin)};
      break;
    }
    return {-1, -1};
  };
  auto speaker_like = [&](int b, int e) {
    const int h = PhraseHead(a, b, e);
    const Token& ht = t[h];
    if (ht.pos == Pos::kPronoun) return !Is(ht, "it");
    if (ht.pos == Pos::kProperNoun || (ht.capitalized && h > 0)) return true;
    const int mi = a.mention_at[h];
    if (mi >= 0 && !a.mentions[mi].code.empty() && !a.mentions[mi].locative) return true;
    return IsSpeakerNoun(ht.lower) || IsPersonNoun(ht.lower) || IsAudienceWord(ht.lower);
  };
  for (const CueVerb& cv : cue_verbs) {
    const VerbGroup* gp = cv.group >= 0 ? &a.verbs[cv.group] : nullptr;
    const Token& head = t[cv.head];
    if (inside_quote(static_cast<int>(cv.head))) continue;
    // An infinitive ("to discuss", "seeking to contrast") is a cue of its own only under a verb that
    // is not one: its speaker is that verb's subject.
    int governor = -1;
    if (gp != nullptr && gp->infinitive) {
      governor = gp->governor;
      if (governor < 0) continue;
      const Token& gh = t[a.verbs[governor].head];
      if (CueVerbStrength(gh.lemma, a.verbs[governor].speech) != CueStrength::kNone) continue;
    }
    std::string_view lemma = head.lemma;
    CueStrength strength;
    if (gp == nullptr) {
      lemma = head.lower.substr(0, head.lower.size() - 1);
      strength = CueStrength::kStrong;
    } else {
      strength = cv.strength;
    }
    Candidate c;
    c.wb = static_cast<int>(cv.begin);
    c.we = static_cast<int>(cv.end);
    // "X was quoted as saying", "X is quoted by Reuters as saying".
    bool quoted = false;
    if (gp != nullptr && Eq(lemma, "quote") && gp->passive) {
      for (int q = c.we; q + 1 < n && q < c.we + 6; ++q) {
        if (Is(t[q], "as") && (Eq(t[q + 1].lemma, "say") || Is(t[q + 1], "saying"))) {
          quoted = true;
          int mb = -1, me = -1;
          if (q > c.we && HasMedia(a, c.we, q, &mb, &me)) {
            c.ob = mb;
            c.oe = me;
          }
          c.we = q + 2;
          break;
        }
      }
      if (!quoted) continue;
      strength = CueStrength::kStrong;
    } else if (gp != nullptr && (strength == CueStrength::kNone || gp->passive)) {
      // "Republicans were incensed that …", "she is convinced that …".
      int adj = -1;
      bool ing_cue = false;
      if (gp->passive && IsStanceAdjective(head.lower)) {
        adj = static_cast<int>(cv.head);
      } else if (Eq(head.lemma, "be")) {
        int j = static_cast<int>(gp->end);
        while (j < n && t[j].pos == Pos::kAdverb) ++j;
        // "is worried that …", "has been critical of Trump", "were coy about whether …": a stance
        // adjective with its complement, or any adjective with "about".
        if (j + 1 < n && (IsStanceAdjective(t[j].lower) || (t[j].pos == Pos::kAdjective && Is(t[j + 1], "about")))) {
          adj = j;
        } else if (j + 1 < end && t[j].pos == Pos::kAdjective && t[j].lower.size() > 5 &&
                   t[j].lower.ends_with("ing")) {
          // A progressive the tagger read as an adjective: "is promising lower taxes", "is demanding
          // that …".
          const std::string_view stem = std::string_view(t[j].lower).substr(0, t[j].lower.size() - 3);
          CueStrength ing = CueVerbStrength(stem, false);
          if (ing == CueStrength::kNone) ing = CueVerbStrength(std::string(stem) + "e", false);
          if (ing != CueStrength::kNone && !Eq(t[j + 1].text, ",") && !Eq(t[j + 1].text, ".")) {
            strength = ing == CueStrength::kStrong ? CueStrength::kStrong : CueStrength::kStance;
            c.we = j + 1;
            ing_cue = true;
          }
        }
      }
      if (adj < 0 && !ing_cue && gp->passive && strength != CueStrength::kNone && !inside_quote(static_cast<int>(gp->begin))) {
        // A passive cue with its agent: "The nominee has been endorsed by dozens of papers", "The
        // registration issue was first reported by The Washington Post". The agent speaks; the
        // subject is what the attribution is about.
        int q = static_cast<int>(gp->end);
        while (q < end && t[q].pos == Pos::kAdverb) ++q;
        int k = static_cast<int>(gp->begin) - 1;
        while (k >= 0 && t[k].pos == Pos::kAdverb) --k;
        const int by_e = q + 1 < end && Is(t[q], "by") ? PhraseStartingAt(a, q + 1, false) : -1;
        const int subj_b = k >= 0 ? PhraseEndingAt(a, k) : -1;
        if (by_e > q + 1 && subj_b >= 0 && !(a.flags[k] & kFlagSkip)) {
          c.sb = q + 1;
          c.se = by_e;
          c.we = q + 1;
          c.fb = c.wb;
          c.fe = by_e;
          c.before_b = subj_b;
          c.before_e = k + 1;
          c.stance = true;
          c.speech = false;
          cands.push_back(c);
        } else if (by_e < 0 && subj_b >= 0 && !(a.flags[k] & kFlagSkip) && cv.listed && !Eq(head.lemma, "charge")) {
          // Without an agent ("The commander was accused of ordering the attack", "Turnout is expected
          // to rise", "He has been criticized for policies that …"): no speaker; the subject and the
          // complement are the content, as PolNeAR annotates them. The passive of "charge" is the
          // legal step, not a statement.
          c.fb = c.wb;
          c.we = static_cast<int>(gp->end);
          if (q < end && (Is(t[q], "as") || Is(t[q], "of") || Is(t[q], "for"))) c.we = ++q;
          c.fe = c.we;
          const bool complement =
              q < end && q == c.we && IsWord(t[q]) && !IsSubordinator(t[q].lower) &&
              (c.we > static_cast<int>(gp->end) || Is(t[q], "to") ||
               (Is(t[q], "that") && t[q].pos != Pos::kDeterminer) ||
               t[q].pos == Pos::kDeterminer || t[q].pos == Pos::kPossPronoun || IsNominal(t[q].pos) ||
               a.mention_at[q] >= 0);
          c.before_b = subj_b;
          c.before_e = k + 1;
          if (complement) {
            c.after_b = q;
            c.after_e = end;
          }
          c.stance = true;
          c.speech = false;
          cands.push_back(c);
        }
        continue;
      }
      if (!ing_cue) {  // a progressive's complement is read below
        if (adj < 0 || adj + 1 >= n) continue;
        const Token& comp = t[adj + 1];
        const bool bullish = Is(t[adj], "bullish") || Is(t[adj], "bearish") || Is(t[adj], "keen");
        if (!(Is(comp, "that") || Is(comp, "about") || Is(comp, "of") || (bullish && Is(comp, "on")))) continue;
        strength = CueStrength::kStance;
        c.we = adj + 1;
      }
    } else if (strength == CueStrength::kNone) {
      continue;
    }
    bool participle = gp != nullptr && gp->participle;
    // Sentence-initial participles ("Speaking about relations with France, …") are not cues; nor
    // are participles used as adjectives ("the expected emissions", "a declining role", "known as").
    if (participle && cv.begin == 0) continue;
    if (participle && cv.head + 1 < static_cast<uint32_t>(n)) {
      const Token& prev = t[cv.begin - 1];
      const Token& next = t[cv.head + 1];
      const bool prenominal = (prev.pos == Pos::kDeterminer || prev.pos == Pos::kPossPronoun ||
                               prev.pos == Pos::kPossessive || prev.pos == Pos::kAdjective) &&
                              (next.pos == Pos::kNoun || next.pos == Pos::kAdjective);
      if (prenominal || (Eq(head.lemma, "know") && Is(next, "as"))) continue;
    }
    const int wb = governor >= 0 ? static_cast<int>(a.verbs[governor].begin) : c.wb;
    // Walk left over adverbs, time words and ", however," to the speaker.
    int k = wb - 1;
    for (bool moved = true; moved;) {
      moved = false;
      while (k >= 0 && (t[k].pos == Pos::kAdverb || (IsTimeWord(t[k].lower) && t[k].pos != Pos::kDeterminer)) &&
             !(a.flags[k] & kFlagSkip)) {
        --k;
        moved = true;
      }
      if (k >= 2 && Eq(t[k].text, ",") && t[k - 1].pos == Pos::kAdverb && Eq(t[k - 2].text, ",")) {
        k -= 3;
        moved = true;
      }
      // A time adjunct: "just this month", "in April", "in late August", "last year", "in 2015".
      if (k >= 1 && !(a.flags[k] & kFlagSkip)) {
        const int j = TimeAdjunctStart(a, k);
        if (j >= 0) {
          k = j - 1;
          moved = true;
        }
      }
      // ", who has long opposed the deal,": a relative clause between the speaker and the verb.
      if (k >= 0 && (a.flags[k] & kFlagRelative) && !(a.flags[cv.head] & kFlagRelative)) {
        while (k >= 0 && (a.flags[k] & kFlagRelative)) --k;
        moved = true;
      }
    }
    // A bare past participle right after its subject is a past tense the tagger misread
    // ("Trump repeatedly accused Rafael Cruz").
    if (participle && t[cv.head].pos == Pos::kVerbPastPart && k >= 0 && !Eq(t[k].text, ",") &&
        PhraseEndingAt(a, k) >= 0) {
      participle = false;
    }
    if (k >= 1 && Is(t[k - 1], "on") && IsTimeWord(t[k].lower)) k -= 2;
    int ab = -1, ae = -1;
    if (k >= 0 && (a.flags[k] & kFlagSkip)) {
      ae = k;
      while (k >= 0 && (a.flags[k] & kFlagSkip)) --k;
      ab = k + 1;
      // Drop the commas and brackets around the appositive.
      while (ab < ae && !IsWord(t[ab])) ++ab;
      while (ae >= ab && !IsWord(t[ae])) --ae;
      ++ae;
      if (ab >= ae) ab = ae = -1;
    }
    // Appositives the clause analyser did not mark (they hold a participle or a relative clause):
    // "Megan Hester, senior associate for education organizing at …, said", "Douglas Brinkley, a
    // historian who attended the session, recalled".
    if (ab < 0 && k >= 2 && Eq(t[k].text, ",") && !participle) {
      int j = k - 1, segments = 0, first_comma = k;
      bool ok = true;
      while (j >= 0 && k - j <= 30) {
        if (Eq(t[j].text, ",")) {
          ++segments;
          first_comma = j;
          const int before = PhraseEndingAt(a, j - 1);
          if (before >= 0) {
            const int h = PhraseHead(a, before, j);
            if (t[h].pos == Pos::kProperNoun || IsPersonNoun(t[h].lower) || t[h].pos == Pos::kPronoun) break;
          }
          if (segments >= 2) {
            ok = false;
            break;
          }
        }
        --j;
      }
      if (ok && j >= 0 && Eq(t[j].text, ",") && j == first_comma) {
        bool relative = false, finite = false;
        for (int q = j + 1; q < k; ++q) {
          if (Is(t[q], "who") || Is(t[q], "whose") || Is(t[q], "which") || Is(t[q], "that")) relative = true;
          if ((t[q].pos == Pos::kVerb || t[q].pos == Pos::kVerbPast || t[q].pos == Pos::kModal) && !relative) finite = true;
        }
        const Token& open = t[j + 1];
        if (!finite && (open.pos == Pos::kDeterminer || IsNominal(open.pos) || a.mention_at[j + 1] >= 0)) {
          ab = j + 1;
          ae = k;
          k = j - 1;
        }
      }
    }
    int relative = -1;  // "the Chicago Police Department, which reported …": the pronoun speaks
    if (k >= 0 && (Is(t[k], "who") || Is(t[k], "which") || (Is(t[k], "that") && t[k].pos != Pos::kDeterminer))) {
      relative = k;
      --k;
      if (k >= 0 && Eq(t[k].text, ",")) --k;
    }
    const int sb = participle ? -1 : PhraseEndingAt(a, k);
    const bool verb_initial = k < 0 || (sb < 0 && (Eq(t[k].text, ",") || closing_mark(k)));
    bool inverted = false;
    if (sb >= 0) {
      c.sb = sb;
      c.se = k + 1;
      c.ab = ab;
      c.ae = ae;
      c.relative = relative;
    } else if (verb_initial && strength == CueStrength::kStrong && !TakesAddressee(lemma) && !quoted && !participle &&
               governor < 0) {
      // Inverted: "…, said Perrone." / "…," says Caddell, speaking of …
      const int e = PhraseStartingAt(a, c.we, false);
      if (e > c.we) {
        int xb = -1, xe = -1;
        const bool appos = AppositiveAfter(a, e, &xb, &xe);
        const int after = appos ? xe : e;
        if (after >= n || EndsFrame(t[after]) || after >= end) {
          inverted = true;
          c.sb = c.we;
          c.se = e;
          if (appos) {
            c.ab = xb;
            c.ae = xe;
          }
        }
      }
    }
    if (c.sb < 0) {
      // "… and said", ", adding that …": an earlier cue's speaker; "before asking her": the
      // sentence's subject; else the clause subject the clause analyser found.
      int p = wb - 1;
      while (p >= 0 && t[p].pos == Pos::kAdverb) --p;
      if (p >= 0 && (Is(t[p], "and") || Eq(t[p].text, ",")) && !cands.empty()) {
        c.same_speaker_as = static_cast<int>(cands.size()) - 1;
      } else if (participle || (p >= 0 && Is(t[p], "and"))) {
        const auto [b, e] = main_subject(wb);
        if (b >= 0) {
          c.sb = b;
          c.se = e;
        }
      }
      if (c.sb < 0 && c.same_speaker_as < 0 && gp != nullptr) {
        const int s = Subject(a, cv.group);
        if (s >= 0) c.speaker_mention = s;
      }
    }
    // "what he called tribalism": a phrase inside someone's content, not a report.
    if (c.sb > 0 && Is(t[c.sb - 1], "what")) continue;
    const bool has_speaker = c.sb >= 0 || c.same_speaker_as >= 0 || c.speaker_mention >= 0;
    if (!has_speaker && strength != CueStrength::kStrong) continue;
    // PolNeAR's sources are people and groups but also documents, places, polls and rules ("The ad
    // also mentions …", "party rules permit …", "The city is demanding that …"): a listed verb reads
    // with any subject; a verb read through WordNet only, a weaker sign, needs a speaker-like one.
    if (strength == CueStrength::kStance && !cv.listed && c.sb >= 0 && !inverted && !speaker_like(c.sb, c.se)) continue;
    c.fb = c.sb >= 0 ? std::min(c.sb, c.wb) : c.wb;
    if (c.ab >= 0) c.fb = std::min(c.fb, c.ab);
    // "did not immediately respond to requests for comment": what is answered is the topic, unless
    // it is a person or an audience ("replied to reporters").
    const bool answer_to = (Eq(lemma, "respond") || Eq(lemma, "reply")) && !inverted && c.we + 1 < end &&
                           Is(t[c.we], "to") && a.mention_at[c.we + 1] < 0 && !IsAudienceWord(t[c.we + 1].lower) &&
                           t[c.we + 1].pos != Pos::kPronoun && t[c.we + 1].pos != Pos::kProperNoun &&
                           !(c.we + 2 < end && IsAudienceWord(t[c.we + 2].lower));
    int q = inverted ? (c.ae >= 0 ? c.ae : c.se) : answer_to ? c.we : adjuncts(c.we, lemma, &c);
    // A stance verb's preposition belongs to the cue: "called for", "spoke of", "pointed to"; so does
    // a topic's preposition after any cue verb: "complained about", "warned against", "knew of".
    const bool topic_prep = q < end && (Is(t[q], "about") || Is(t[q], "of") || Is(t[q], "against") ||
                                        Is(t[q], "over") || Is(t[q], "for") || answer_to);
    if ((strength == CueStrength::kStance || topic_prep) && q == c.we && q < end && q + 1 < end &&
        (t[q].pos == Pos::kPreposition || t[q].pos == Pos::kTo || t[q].pos == Pos::kParticle) && !Is(t[q], "that")) {
      c.we = ++q;
    }
    // "spoke of", "talked about", "spoke that": not "spoke at a rally", "talked to Trump".
    if ((Eq(lemma, "speak") || Eq(lemma, "talk")) && !topic_prep && !(q < end && Is(t[q], "that"))) continue;
    // "filed for bankruptcy", "filed for divorce": a legal step, not a statement about its object.
    if (Eq(lemma, "file") && q > 0 && Is(t[q - 1], "for")) continue;
    c.fe = q;
    // "as X said": a frame whatever the verb's strength ("…, as the report found.", "If, as I have
    // suggested, developers benefit …", "As the minister noted, the port …"). It reports the clause
    // it is set in: what stands before it and what follows its comma.
    if (c.sb >= 0 && c.fb >= 1 && Is(t[c.fb - 1], "as") && (q >= end || Eq(t[q].text, ",")) &&
        (c.fb == 1 || Eq(t[c.fb - 2].text, ",") || Eq(t[c.fb - 2].text, "(") || IsClauseConj(t[c.fb - 2].lower) ||
         Is(t[c.fb - 2], "if"))) {
      const int as = c.fb - 1;
      c.fb = as;
      const bool goes_on = q < end && q + 1 < end;
      // Before it: a clause, or the subject of a clause it interrupts ("The port, as the minister
      // said, will reopen"), not a lone "If".
      bool noun_before = false;
      for (int m = 0; m < as; ++m) noun_before = noun_before || t[m].pos == Pos::kNoun || t[m].pos == Pos::kProperNoun;
      if (as > 0 && (HasVerb(a, 0, as) || (goes_on && noun_before))) {
        c.before_b = 0;
        c.before_e = as;
      }
      if (goes_on) {
        c.after_b = q + 1;
        c.after_e = end;
      }
      c.frame_clause = true;
      if (c.before_b < 0 && c.after_b < 0) continue;
      c.speech = strength != CueStrength::kStance;
      cands.push_back(c);
      continue;
    }
    const bool after_comma = c.fb > 0 && (Eq(t[c.fb - 1].text, ",") || closing_mark(c.fb - 1));
    bool frame_end = q >= end || Eq(t[q].text, ",") || Eq(t[q].text, "\"") || Eq(t[q].text, ";") || Eq(t[q].text, ".") ||
                     Eq(t[q].text, "!") || Eq(t[q].text, "?");
    // Right after a quote ("“…,” Mr. Obama said on Saturday night at the gala dinner"), what
    // follows the cue is the frame's own detail, unless a that-clause or a colon opens.
    // A quote that ended its own sentence ("… even for him.” She says it underscores …") is not
    // framed by a cue that opens the next sentence and goes on: that cue has content of its own.
    // Nor is a title ("On this weekend's broadcast of “Fox News Sunday,” Pence said …").
    const int quote_before = QuoteEndingBefore(t[c.fb].begin);
    bool after_quote = quote_before >= 0;
    if (after_quote) {
      const QuoteRegion& qr = regions_[quote_before];
      uint32_t p = qr.content_end;
      while (p > qr.content_begin && (text_[p - 1] == ' ' || text_[p - 1] == ',')) --p;
      if ((c.fb == 0 && !frame_end && p > 0 && text_[p - 1] == '.') || TitleLike({qr.content_begin, p})) {
        after_quote = false;
      }
    }
    if (after_quote && !frame_end && q < end && !Is(t[q], "that") && !Eq(t[q].text, ":")) {
      frame_end = true;
      q = end;
      c.fe = q;
    }
    // A finding or belief closes a sentence as speech does: "…, The Post has learned.", "…, the
    // report found.", "…, experts believe." (only at the sentence end, with its subject before it).
    const bool weak_closing = strength == CueStrength::kWeak && !inverted && after_comma && q >= end && c.sb >= 0;
    if ((strength == CueStrength::kStrong || weak_closing) &&
        (inverted || ((after_comma || after_quote) && frame_end))) {
      // A closing or interrupting frame: the content is before it (and after it when the sentence
      // goes on: "Haftar's reported words, the diplomat said, ''will not stop …''").
      c.before_b = 0;
      c.before_e = c.fb - 1;
      // What stands before the frame may be only an adverbial that opens the reported clause
      // ("During his years in office, Mr. Obama said, a majority of Americans …", "Back in Virginia,
      // Mr. Clarke said, he decided …") or the writer's own subordinate clause ("But when Congress
      // cut funding, Mexico said enough"): no verb, or a subordinator first, and no quote mark.
      bool lead_adverbial = false, asked = false;
      if (c.before_e > 0 && !after_quote && !inverted) {
        int f = 0;
        while (f < c.before_e && (IsClauseConj(t[f].lower) || t[f].pos == Pos::kConjunction)) ++f;
        bool mark = false;
        for (int m = 0; m < c.before_e; ++m) mark = mark || Eq(t[m].text, "\"");
        // A subordinate clause alone, not one that opens a sentence of its own ("After some
        // challenges, Mr. Clarke's work has met the standards, one official said").
        bool comma = false;
        for (int m = f; m < c.before_e; ++m) comma = comma || Eq(t[m].text, ",");
        // So is a question put to the speaker ("Asked to describe the device, O'Neill said, …").
        asked = !mark && f + 1 < c.before_e &&
                           (Is(t[f], "asked") || Is(t[f], "pressed") || Is(t[f], "questioned")) &&
                           (Is(t[f + 1], "to") || Is(t[f + 1], "about") || Is(t[f + 1], "on") || Is(t[f + 1], "if") ||
                            Is(t[f + 1], "whether") || Is(t[f + 1], "why") || Is(t[f + 1], "what") || Is(t[f + 1], "how"));
        lead_adverbial = !mark && (!HasVerb(a, 0, c.before_e) ||
                                   ((asked || (f < c.before_e && IsSubordinator(t[f].lower))) && !comma));
      }
      // The rest of an interrupted clause ("…, the diplomat said, ''will not stop …''", "The plan, he
      // said, would fail"), not a clause of its own (", as they bristled at …", ", adding that …").
      bool rest = false;
      if (q < end && Eq(t[q].text, ",") && q + 1 < end) {
        const Token& next = t[q + 1];
        rest = Eq(next.text, "\"") || next.pos == Pos::kModal || next.pos == Pos::kVerb ||
               next.pos == Pos::kVerbPast ||
               (next.pos == Pos::kAdverb && q + 2 < end &&
                (t[q + 2].pos == Pos::kModal || t[q + 2].pos == Pos::kVerb || t[q + 2].pos == Pos::kVerbPast)) ||
               (lead_adverbial && (IsSubjectPronoun(next.lower) || ClauseFollows(a, q + 1, end)));
        if (rest) {
          c.after_b = q + 1;
          c.after_e = end;
        }
      }
      if ((lead_adverbial && !rest) || asked) c.before_b = -1;
    } else if (q < end && Eq(t[q].text, ":")) {
      c.colon = true;
      if (q + 1 < end) {
        c.after_b = q + 1;
        c.after_e = end;
      }
    } else if (Eq(lemma, "continue")) {
      continue;  // "continued:" and "…," he continued are cues; "continue to push" is not
    } else if (q < end && Is(t[q], "that") && t[q].pos != Pos::kDeterminer) {
      c.after_b = q;
      c.after_e = end;
    } else if (q < end && (Eq(t[q].text, "\"") || (Eq(t[q].text, ",") && q + 1 < end && Eq(t[q + 1].text, "\"")))) {
      c.after_b = Eq(t[q].text, ",") ? q + 1 : q;
      c.after_e = end;
    } else if (q < end && !Eq(t[q].text, ",") && (Is(t[q], "whether") || Is(t[q], "if") || t[q].pos == Pos::kWh) &&
               (Eq(lemma, "ask") || Eq(lemma, "wonder") || Eq(lemma, "question"))) {
      c.after_b = q;
      c.after_e = end;
    } else if (q < end && !Eq(t[q].text, ",") && strength != CueStrength::kStance && !IsSubordinator(t[q].lower) &&
               ClauseFollows(a, q, end) &&
               (strength == CueStrength::kStrong || Eq(lemma, "think") || Eq(lemma, "believe") || Eq(lemma, "feel") ||
                Eq(lemma, "know") || Eq(lemma, "expect") || Eq(lemma, "hope") || Eq(lemma, "fear") || Eq(lemma, "suggest") ||
                Eq(lemma, "predict") || Eq(lemma, "estimate") || Eq(lemma, "reckon") || Eq(lemma, "worry"))) {
      c.after_b = q;
      c.after_e = end;
    } else if ((strength == CueStrength::kStance || c.sb >= 0) &&
               !(strength == CueStrength::kStrong && q > c.we && q < end && t[q].pos == Pos::kPreposition) &&
               !(strength != CueStrength::kStance && q < end && IsSubordinator(t[q].lower)) &&
               q < end && !Eq(t[q].text, ",") && !Eq(t[q].text, ".") && IsWord(t[q])) {
      c.after_b = q;
      c.after_e = end;
      c.stance = true;
    } else if (!c.colon) {
      continue;  // a cue word with no reported content
    }
    c.speech = strength != CueStrength::kStance;
    // A cue inside a comma-delimited relative clause reports no further than the clause ("Mr. Obama,
    // who understood that a push would be fruitless, told his advisers …").
    if ((a.flags[cv.head] & kFlagRelative) && c.after_b >= 0) {
      for (int q = c.after_b + 1; q < c.after_e; ++q) {
        if (!(a.flags[q] & kFlagRelative)) {
          c.after_e = q;
          while (c.after_e > c.after_b + 1 && Eq(t[c.after_e - 1].text, ",")) --c.after_e;
          break;
        }
      }
    }
    cands.push_back(c);
  }

  // "according to X".
  for (const int k : accordings) {
    if (!Is(t[k + 1], "to") || inside_quote(k)) continue;
    const int e = PhraseStartingAt(a, k + 2, false);
    if (e <= k + 2) continue;
    Candidate c;
    c.wb = k;
    c.we = k + 2;
    c.sb = k + 2;
    c.se = e;
    int xb = -1, xe = -1;
    const bool appos = AppositiveAfter(a, e, &xb, &xe);
    if (appos) {
      c.ab = xb;
      c.ae = xe;
    }
    const int after = appos ? xe : e;
    c.fb = k;
    c.fe = after;
    int lead = 0;
    while (lead < k && (t[lead].pos == Pos::kConjunction || t[lead].pos == Pos::kAdverb || Eq(t[lead].text, "\""))) ++lead;
    if (lead == k) {
      // The source may go on past its noun phrase ("According to a civil complaint filed by the
      // commission in May, …"): the content starts after the comma that closes it, when no finite
      // verb stands before that comma.
      int comma = after;
      while (comma < end && comma - after <= 24 && !Eq(t[comma].text, ",") && !FiniteVerbAt(a, comma)) ++comma;
      if (comma < end && Eq(t[comma].text, ",")) {
        c.fe = comma;
        c.after_b = comma + 1;
        c.after_e = end;
      }
    } else {
      c.before_b = 0;
      c.before_e = k;
    }
    if (c.after_b < 0 && c.before_b < 0) continue;
    cands.push_back(c);
  }

  // "PENCE: …", "Pat Caddell: …": a speaker label at the sentence start (also right after an
  // opening mark, as transcripts print each turn). A label that opens its paragraph speaks to the
  // paragraph's end.
  if (n > 3) {
    const int first = (Eq(t[0].text, "\"") && n > 4) ? 1 : 0;
    int c_at = -1;
    for (int k = first; k < std::min(n, first + 6); ++k) {
      if (Eq(t[k].text, ":")) {
        c_at = k;
        break;
      }
    }
    if (c_at >= first + 1 && c_at + 1 < end && AllProper(a, first, c_at) && (first == 1 || !inside_quote(0))) {
      Candidate c;
      c.wb = c_at;
      c.we = c_at + 1;
      c.sb = first;
      c.se = c_at;
      c.fb = first;
      c.fe = c_at + 1;
      c.after_b = c_at + 1;
      c.after_e = end;
      c.colon = true;
      c.label = true;
      const int para = ParagraphOf(t[0].begin);
      c.to_paragraph_end = t[0].begin == paragraph_starts_[para];
      cands.push_back(c);
    }
  }

  // "“…” ― Sonya Herridge": a name after a dash that follows a quote.
  for (const int k : dashes) {
    if (!QuoteEndsBefore(t[k].begin)) continue;
    int m = k + 1;
    while (m < n && m - k <= 5 && (t[m].pos == Pos::kProperNoun || t[m].capitalized) && IsWord(t[m])) ++m;
    if (m == k + 1 || (m < n && !(Eq(t[m].text, ".") || Eq(t[m].text, ",")))) continue;
    Candidate c;
    c.wb = k;
    c.we = k + 1;
    c.sb = k + 1;
    c.se = m;
    c.fb = k;
    c.fe = m;
    cands.push_back(c);
    break;
  }

  // Cue nouns: "Haftar's alleged statements that he has ordered …"; with a copula, "Mr. X's bet is
  // that …", "her argument was that …".
  for (const int k : nouns) {
    const bool copula = k + 3 < end && (Is(t[k + 1], "is") || Is(t[k + 1], "was")) && Is(t[k + 2], "that") &&
                        t[k + 2].pos != Pos::kDeterminer && IsPositionNoun(t[k].lower);
    if (!((Is(t[k + 1], "that") && IsCueNoun(t[k].lower)) || copula) || inside_quote(k)) continue;
    int p = k - 1;
    while (p >= 0 && (t[p].pos == Pos::kAdjective || t[p].pos == Pos::kVerbPastPart)) --p;
    Candidate c;
    if (p >= 0 && t[p].pos == Pos::kPossessive) {
      const int b = PhraseEndingAt(a, p - 1);
      if (b < 0) continue;
      c.sb = b;
      c.se = p;
    } else if (p >= 0 && t[p].pos == Pos::kPossPronoun && a.mention_at[p] >= 0) {
      c.sb = p;
      c.se = p + 1;
    } else {
      continue;
    }
    c.wb = k;
    c.we = copula ? k + 2 : k + 1;
    c.fb = c.sb;
    c.fe = c.we;
    c.noun_cue = true;
    c.speech = false;
    // The that-clause ends where the noun phrase's own verb starts: the second finite verb group
    // that follows a noun directly ("… naval support to Libya | will not stop Italy's mission"); after
    // a copula it runs to the sentence end.
    int cut = end, finite = 0;
    for (const VerbGroup& g : a.verbs) {
      if (copula) break;
      if (static_cast<int>(g.begin) <= k + 1 || !g.finite) continue;
      if (++finite >= 2 && g.begin > 0) {
        const Token& before = t[g.begin - 1];
        if (before.pos == Pos::kNoun || before.pos == Pos::kProperNoun || a.mention_at[g.begin - 1] >= 0) {
          cut = static_cast<int>(g.begin);
          break;
        }
      }
    }
    c.after_b = c.we;
    c.after_e = cut;
    cands.push_back(c);
  }

  // Topic nouns: "his criticism of Trump", "the editorial boards' disdain for the nominee", "her plan
  // to cut taxes", "questions about business practices", "concerns that …". The cue is the noun and
  // its preposition; the content its complement, up to the noun phrase's own verb.
  for (const int k : nouns) {
    if (k + 2 >= end) continue;
    // The word after the noun first: it rules out most nouns without a lookup.
    const Token& prep = t[k + 1];
    const bool that = Is(prep, "that") && prep.pos != Pos::kDeterminer;
    const bool to_verb = Is(prep, "to") && IsVerbPos(t[k + 2].pos);
    const bool topic = Is(prep, "of") || Is(prep, "about") || Is(prep, "for") || Is(prep, "on") || Is(prep, "over") ||
                       Is(prep, "against");
    if (!(that || to_verb || topic) || !IsTopicNoun(t[k].lower) || inside_quote(k)) continue;
    if (that && IsCueNoun(t[k].lower)) continue;
    int p = k - 1;
    while (p >= 0 && (t[p].pos == Pos::kAdjective || t[p].pos == Pos::kVerbPastPart || t[p].pos == Pos::kAdverb)) --p;
    Candidate c;
    if (p >= 1 && t[p].pos == Pos::kPossessive) {
      const int b = PhraseEndingAt(a, p - 1);
      if (b >= 0) {
        c.sb = b;
        c.se = p;
      }
    } else if (p >= 0 && t[p].pos == Pos::kPossPronoun) {
      c.sb = p;
      c.se = p + 1;
    }
    if (c.sb < 0) {
      // The object of a verb speaks for the verb's subject: "Trump is raising questions about …", "the
      // senator has no illusions about …", "the campaign voiced support for …".
      int j = p;
      while (j >= 0 && (t[j].pos == Pos::kDeterminer || t[j].pos == Pos::kNumber || t[j].pos == Pos::kAdverb ||
                        Is(t[j], "no"))) {
        --j;
      }
      for (const VerbGroup& g : a.verbs) {
        if (j < 0 || static_cast<int>(g.end) - 1 != j) continue;
        int sp = static_cast<int>(g.begin) - 1;
        while (sp >= 0 && t[sp].pos == Pos::kAdverb) --sp;
        const int b = sp >= 0 && !(a.flags[sp] & kFlagSkip) ? PhraseEndingAt(a, sp) : -1;
        if (b >= 0 && speaker_like(b, sp + 1)) {
          c.sb = b;
          c.se = sp + 1;
        }
        break;
      }
      if (c.sb < 0) continue;
    }
    c.wb = k;
    c.we = topic ? k + 2 : k + 1;
    c.fb = c.sb >= 0 ? c.sb : k;
    c.fe = c.we;
    c.noun_cue = true;
    c.speech = false;
    c.stance = true;
    int cut = end, finite = 0;
    for (const VerbGroup& g : a.verbs) {
      if (static_cast<int>(g.begin) <= c.we || !g.finite) continue;
      if (++finite >= (that ? 2 : 1) && g.begin > 0) {
        const Token& before = t[g.begin - 1];
        if (before.pos == Pos::kNoun || before.pos == Pos::kProperNoun || a.mention_at[g.begin - 1] >= 0) {
          cut = static_cast<int>(g.begin);
          break;
        }
      }
    }
    for (int q = c.we; q < cut; ++q) {
      if (Eq(t[q].text, ";") || Eq(t[q].text, ":") || (Eq(t[q].text, ",") && q + 1 < cut && IsClauseConj(t[q + 1].lower))) {
        cut = q;
        break;
      }
    }
    if (cut <= c.we) continue;
    c.after_b = c.we;
    c.after_e = cut;
    cands.push_back(c);
  }

  // Headlines in title case, where the tagger reads every word as a name: "Obama Says African-American
  // Museum Will Tell …", "Trump Could Address Clean Energy, Lindsey Graham Says". A capitalised
  // third-person form of a cue verb after a capitalised word is the cue.
  if (cands.empty() && n >= 4) {
    int words = 0, caps = 0;
    bool possible = true;
    for (int k = 0; k < end; ++k) {
      if (!IsWord(t[k]) || !std::isalpha(static_cast<unsigned char>(t[k].text[0]))) continue;
      ++words;
      caps += t[k].capitalized || std::isupper(static_cast<unsigned char>(t[k].text[0]));
      // More lower-case words than a fifth of the sentence's tokens: no title case, whatever follows.
      if ((words - caps) * 10 > end * 2) {
        possible = false;
        break;
      }
    }
    const bool title_case = possible && words >= 4 && caps * 10 >= words * 8;
    for (int k = 1; title_case && k < end; ++k) {
      const Token& tk = t[k];
      if (tk.lower.size() < 4 || tk.lower.back() != 's' || !std::isupper(static_cast<unsigned char>(tk.text[0])) ||
          !std::isupper(static_cast<unsigned char>(t[k - 1].text[0])) || inside_quote(k)) {
        continue;
      }
      const std::string_view stem = std::string_view(tk.lower).substr(0, tk.lower.size() - 1);
      const CueStrength st = CueVerbStrength(stem, (lexicon_->WordClasses(stem) & kWordSpeech) != 0);
      if (st == CueStrength::kNone) continue;
      int b = k - 1;  // the speaker: the capitalised words before, back to a comma or colon
      while (b > 0 && IsWord(t[b - 1]) && std::isupper(static_cast<unsigned char>(t[b - 1].text[0])) && k - b < 4) --b;
      Candidate c;
      c.wb = k;
      c.we = k + 1;
      c.sb = b;
      c.se = k;
      c.fb = b;
      c.fe = k + 1;
      if (k + 1 < end) {
        c.after_b = k + 1;
        c.after_e = end;
      } else if (b >= 2 && Eq(t[b - 1].text, ",")) {
        c.before_b = 0;
        c.before_e = b - 1;
      } else {
        continue;
      }
      cands.push_back(c);
      break;
    }
  }

  // A paragraph that is only a name ("Karen Bobadilla"), over a quote: a speaker label.
  {
    const uint32_t sb = t[0].begin, se = t[n - 1].end;
    const uint32_t next = se + 2;
    const bool short_paragraph = n <= 7 && cands.empty() && next < text_.size() && text_[next] == '"' &&
                                 (se >= text_.size() || text_[se] == '\n');
    int m = n;
    if (short_paragraph) {
      while (m > 0 && (Eq(t[m - 1].text, ",") || Eq(t[m - 1].text, ":") || Eq(t[m - 1].text, "-") || Eq(t[m - 1].text, "."))) --m;
    }
    if (short_paragraph && m >= 2 && m <= 5 && sb == paragraph_starts_[ParagraphOf(sb)] && AllProper(a, 0, m)) {
      QuoteCue q;
      q.sentence = sentence;
      q.frame = Range(a, 0, n);
      q.speaker = ResolveSpeaker(a, 0, m, -1, -1);
      q.colon = true;
      q.label = true;
      cues_.push_back(std::move(q));
      return;
    }
  }
  if (cands.empty()) return;
  std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) { return x.fb < y.fb; });
  // A cue that opens another cue's reported speech is part of it: "Trump said he believes …".
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    if (c.after_b < 0 || c.dropped) continue;
    const int start = Is(t[c.after_b], "that") ? c.after_b + 1 : c.after_b;
    for (size_t j = 0; j < cands.size(); ++j) {
      if (j != i && cands[j].fb == start && !cands[j].noun_cue && cands[j].after_b >= 0) cands[j].dropped = true;
    }
  }
  // A cue inside the reported speech a closing frame ends is part of that speech: "Clinton had told
  // police that she did not want the escort, the source added" is the source's.
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    if (c.before_b < 0 || c.dropped) continue;
    for (size_t j = 0; j < cands.size(); ++j) {
      const Candidate& d = cands[j];
      if (j != i && !d.noun_cue && d.fb >= c.before_b && d.fe <= c.before_e && d.after_b >= 0 && d.after_b < c.fb &&
          d.after_e >= c.before_e) {
        cands[j].dropped = true;
      }
    }
  }
  // So is a cue embedded further in a statement, in a relative clause or a participle ("he plans to
  // use the $18 million he says he raised", "his tweets accusing Machado of …"): an attribution's
  // content holds whatever it reports, as PolNeAR annotates it. A cue that opens a clause of its own
  // after a conjunction or a comma ("…, but Clinton argued …") is the next statement instead, and
  // the first content stops before it (below).
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    if (c.after_b < 0 || c.dropped || c.label) continue;
    for (size_t j = 0; j < cands.size(); ++j) {
      Candidate& d = cands[j];
      if (j == i || d.dropped || d.noun_cue || d.fb <= c.after_b || d.fb >= c.after_e) continue;
      const Token& prev = t[d.fb - 1];
      const bool own_clause = Eq(prev.text, ",") || Eq(prev.text, ";") || Eq(prev.text, ":") || Eq(prev.text, "-") ||
                              Eq(prev.text, "\"") || IsClauseConj(prev.lower) || prev.pos == Pos::kConjunction;
      // "the funding system, which advocates say disadvantages needy schools": a speaker of its own.
      const bool own_speaker = d.sb >= 0 && (Is(prev, "which") || Is(prev, "who") || Is(prev, "that"));
      if (!own_clause && !own_speaker) d.dropped = true;
    }
  }
  cands.erase(std::remove_if(cands.begin(), cands.end(), [](const Candidate& c) { return c.dropped; }), cands.end());
  // Content stops where the next frame starts, and starts after the previous frame.
  for (size_t i = 0; i < cands.size(); ++i) {
    Candidate& c = cands[i];
    if (c.after_b >= 0) {
      for (size_t j = i + 1; j < cands.size(); ++j) {
        if (cands[j].fb >= c.after_b && cands[j].fb < c.after_e && !cands[j].noun_cue) {
          int e = cands[j].fb;
          while (e > c.after_b && (Eq(t[e - 1].text, ",") || IsClauseConj(t[e - 1].lower) || Eq(t[e - 1].text, "-"))) --e;
          c.after_e = e;
          break;
        }
      }
      // A stance's object ends where the writer's own clause starts: "…, but the NYPD overruled it".
      if (c.stance) {
        for (int k = c.after_b + 1; k + 2 < c.after_e; ++k) {
          if (Eq(t[k].text, ";") || (Eq(t[k].text, ",") && IsClauseConj(t[k + 1].lower) && ClauseFollows(a, k + 2, c.after_e))) {
            c.after_e = k;
            break;
          }
        }
      }
    }
    if (c.before_b >= 0) {
      for (size_t j = 0; j < i; ++j) {
        if (!cands[j].noun_cue && cands[j].fe <= c.before_e && cands[j].fe > c.before_b) c.before_b = cands[j].fe;
      }
      while (c.before_b < c.before_e && (Eq(t[c.before_b].text, ",") || Eq(t[c.before_b].text, "-"))) ++c.before_b;
    }
    auto trim = [&](int* b, int* e) {
      while (*e > *b && (Eq(t[*e - 1].text, ",") || Eq(t[*e - 1].text, ";") || Eq(t[*e - 1].text, ":") ||
                         Eq(t[*e - 1].text, "-") || Eq(t[*e - 1].text, "."))) {
        --*e;
      }
    };
    if (c.after_b >= 0) trim(&c.after_b, &c.after_e);
    if (c.before_b >= 0) trim(&c.before_b, &c.before_e);
  }

  // Records.
  const int first_cue = static_cast<int>(cues_.size());
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    QuoteCue& q = cues_.emplace_back();  // filled in place: a cue is large to move
    q.sentence = sentence;
    q.stance = c.stance || (!c.speech && !c.noun_cue);
    q.speech = c.speech;
    q.words = Range(a, c.wb, c.we);
    q.frame = Range(a, c.fb, std::max(c.fe, c.we));
    q.colon = c.colon && (c.after_b < 0 || c.after_e <= c.after_b);
    if (c.sb >= 0) {
      q.speaker = ResolveSpeaker(a, c.sb, c.se, c.ab, c.ae);
      if (c.relative >= 0) {
        // The speaker as written is the pronoun; what it stands for is its antecedent.
        const TextRange antecedent = q.speaker.range;
        q.speaker.range = Range(a, c.relative, c.relative + 1);
        q.speaker.resolved_from = std::string(text_.substr(antecedent.begin, antecedent.end - antecedent.begin));
        q.speaker.chain.insert(q.speaker.chain.begin(), antecedent);
      }
    } else if (c.speaker_mention >= 0) {
      q.speaker = MentionActor(a, c.speaker_mention);
    } else if (c.same_speaker_as >= 0) {
      // The candidate list is sorted: find the earlier candidate's record.
      for (int j = static_cast<int>(i) - 1; j >= 0; --j) {
        if (cands[j].fb < c.fb && !cands[j].noun_cue) {
          q.speaker = cues_[first_cue + j].speaker;
          break;
        }
      }
    }
    if (c.ob >= 0) {
      const int mi = a.mention_at[c.ob];
      if (mi >= 0) q.outlet.code = a.mentions[mi].code;
      // "newspaper Kommersant": the outlet is the name.
      int ob = c.ob;
      while (ob + 1 < c.oe && (IsOutletWord(t[ob].lower) || t[ob].pos == Pos::kDeterminer) &&
             (t[ob + 1].capitalized || t[ob + 1].pos == Pos::kProperNoun)) {
        ++ob;
      }
      q.outlet.range = Range(a, ob, c.oe);
    }
    if (c.db >= 0) {
      q.addressee.range = Range(a, c.db, c.de);
      for (int k = c.db; k < c.de; ++k) {
        const int mi = a.mention_at[k];
        if (mi >= 0 && !a.mentions[mi].code.empty()) {
          q.addressee.code = a.mentions[mi].code;
          break;
        }
      }
    }
    // A media outlet that reports is its own outlet ("Corriere della Sera reported").
    if (q.outlet.empty() && CodeRole(q.speaker.code) == "MED") {
      q.outlet.range = q.speaker.range;
      q.outlet.code = q.speaker.code;
    }
    if (c.before_b >= 0 && c.before_e > c.before_b && HasWordsBetween(a, c.before_b, c.before_e)) {
      q.pieces.push_back(Range(a, c.before_b, c.before_e));
    }
    if (c.to_paragraph_end && c.after_b >= 0) {
      const int para = ParagraphOf(t[0].begin);
      uint32_t pe = para + 1 < static_cast<int>(paragraph_starts_.size()) ? paragraph_starts_[para + 1] - 2
                                                                           : static_cast<uint32_t>(text_.size());
      q.pieces.push_back({t[c.after_b].begin, pe});
      q.label_turn = true;
    } else if (c.after_b >= 0 && c.after_e > c.after_b && HasWordsBetween(a, c.after_b, c.after_e)) {
      if (c.noun_cue || c.stance || c.label || c.frame_clause || HasVerb(a, c.after_b, c.after_e) ||
          Eq(t[c.after_b].text, "\"") ||
          (c.after_b > 0 && Eq(t[c.after_b - 1].text, ":"))) {
        q.pieces.push_back(Range(a, c.after_b, c.after_e));
      }
    }
    if (q.pieces.empty() && !q.colon && !closing_mark(std::max(0, c.fb - 1)) &&
        !(c.fb > 1 && Eq(t[c.fb - 1].text, ",") && closing_mark(c.fb - 2)) && !(c.fe < n && Eq(t[c.fe].text, "\"")) &&
        !(c.fe + 1 < n && Eq(t[c.fe].text, ",") && Eq(t[c.fe + 1].text, "\""))) {
      // Nothing reported and no quote next to it: keep the cue only if a quote ends right before.
      bool quote_before = (c.fb > 0 && RegionAt(t[c.fb - 1].begin) >= 0) || QuoteEndsBefore(t[c.fb].begin);
      if (!quote_before) q.words = {};  // kept (unusable) so that indexes stay aligned with the candidates
    }
  }
}

bool QuoteFinder::TitleLike(TextRange r) const {
  int words = 0;
  bool word_start = true;
  for (uint32_t p = r.begin; p < r.end; ++p) {
    const unsigned char ch = static_cast<unsigned char>(text_[p]);
    if (ch == ' ') {
      word_start = true;
      continue;
    }
    if (!word_start) continue;
    word_start = false;
    if (!std::isalpha(ch)) {
      if (ch == '.' || ch == ',' || ch == '!' || ch == '?') return false;  // a sentence, not a name
      continue;
    }
    const std::string_view rest = text_.substr(p, std::min<size_t>(4, r.end - p));
    const bool small = rest.rfind("of ", 0) == 0 || rest.rfind("the ", 0) == 0 || rest.rfind("and ", 0) == 0 ||
                       rest.rfind("in ", 0) == 0 || rest.rfind("on ", 0) == 0 || rest.rfind("for ", 0) == 0 ||
                       rest.rfind("a ", 0) == 0 || rest.rfind("to ", 0) == 0;
    if (small) continue;
    if (!std::isupper(ch)) return false;
    ++words;
  }
  return words >= 2 && words <= 6;
}

bool QuoteFinder::QuoteEndsBefore(uint32_t pos) const { return QuoteEndingBefore(pos) >= 0; }

int QuoteFinder::QuoteEndingBefore(uint32_t pos) const {
  uint32_t p = pos;
  while (p > 0 && text_[p - 1] == ' ') --p;
  // The sentence splitter may have cut a name after a middle initial ("…," Vann R. | Newkirk II
  // said): step back over capitalised words that end in such an initial.
  if (p >= 2 && text_[p - 1] == '.' && std::isupper(static_cast<unsigned char>(text_[p - 2])) &&
      (p == 2 || text_[p - 3] == ' ')) {
    uint32_t q = p - 2;
    for (int words = 0; words < 4 && q > 0 && text_[q - 1] == ' '; ++words) {
      uint32_t w = q - 1;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(text_[w - 1]))) --w;
      if (w == q - 1 || !std::isupper(static_cast<unsigned char>(text_[w]))) break;
      q = w;
    }
    while (q > 0 && (text_[q - 1] == ' ' || text_[q - 1] == ',')) --q;
    if (q > 0 && text_[q - 1] == '"') p = q;
  }
  if (p > 0 && text_[p - 1] == ',') {
    --p;
    while (p > 0 && text_[p - 1] == ' ') --p;
  }
  if (p == 0 || text_[p - 1] != '"') return -1;
  const int r = RegionAt(p - 1);
  return r >= 0 && regions_[r].closed && regions_[r].close == p - 1 ? r : -1;
}

bool QuoteFinder::HasWordsBetween(const SentenceAnalysis& a, int b, int e) {
  for (int k = b; k < e; ++k) {
    if (IsWord(a.tokens[k])) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Direct quotes.

int QuoteFinder::AttributeRegion(size_t r, int depth) const {
  const QuoteRegion& R = regions_[r];
  auto only = [&](uint32_t b, uint32_t e, std::string_view allowed) {
    if (b > e || e - b > 8) return false;
    for (uint32_t p = b; p < e; ++p) {
      if (allowed.find(text_[p]) == std::string_view::npos) return false;
    }
    return true;
  };
  auto usable = [&](const QuoteCue& c) { return !c.words.empty() || c.label; };
  // A quote that stands as a sentence of its own, not a title or term inside one: it opens the
  // paragraph or follows a sentence end, and ends a sentence itself or its paragraph.
  // `strict`: it must also end a sentence or its paragraph (a quote that opens a paragraph);
  // otherwise opening a sentence is enough (a quote that goes on after an attributed one).
  auto standalone = [&](const QuoteRegion& q, bool strict) {
    const int para = ParagraphOf(q.open);
    uint32_t p = q.open;
    while (p > paragraph_starts_[para] && text_[p - 1] == ' ') --p;
    const bool starts = p == paragraph_starts_[para] || std::string_view(".?!\":").find(text_[p - 1]) != std::string_view::npos;
    uint32_t e = q.content_end;
    while (e > q.content_begin && text_[e - 1] == ' ') --e;
    const bool ends_sentence = e > q.content_begin && std::string_view(".?!,").find(text_[e - 1]) != std::string_view::npos;
    uint32_t after = q.closed ? q.close + 1 : q.close;
    while (after < text_.size() && (text_[after] == ' ' || text_[after] == '.' || text_[after] == ',')) ++after;
    const bool ends_paragraph = after >= text_.size() || text_[after] == '\n';
    return starts && (!strict || ends_sentence || ends_paragraph || !q.closed);
  };
  // 1. The reported speech it sits in ("the Russians are ''working …''").
  for (int c = static_cast<int>(cues_.size()) - 1; c >= 0; --c) {
    if (!usable(cues_[c])) continue;
    for (const TextRange& p : cues_[c].pieces) {
      if (p.begin <= R.open && R.close < p.end) return c;
    }
  }
  // 2. A frame right after it: "''…'', Dengov said", "“…,” said Caddell".
  {
    int best = -1;
    for (size_t c = 0; c < cues_.size(); ++c) {
      if (!usable(cues_[c]) || cues_[c].frame.begin <= R.close) continue;
      if (only(R.close + 1, cues_[c].frame.begin, " ,-") ||
          (cues_[c].frame.begin < R.close + 48 && QuoteEndingBefore(cues_[c].frame.begin) == static_cast<int>(r))) {
        best = static_cast<int>(c);
        break;
      }
    }
    if (best >= 0) return best;
  }
  // 3. A frame right before it: "the diplomat said: ''…''", "…, the diplomat said, ''…''".
  for (int c = static_cast<int>(cues_.size()) - 1; c >= 0; --c) {
    if (!usable(cues_[c]) || cues_[c].frame.end > R.open) continue;
    if (only(cues_[c].frame.end, R.open, " ,:-")) return c;
    if (cues_[c].frame.end + 8 < R.open) break;
  }
  // 4. The previous quote of the paragraph, with no other frame between.
  const int para = ParagraphOf(R.open);
  if (!standalone(R, false)) return -1;
  if (r > 0 && depth < 2) {
    const QuoteRegion& P = regions_[r - 1];
    if (ParagraphOf(P.close) == para) {
      const int pc = region_done_[r - 1] ? region_cue_[r - 1] : AttributeRegion(r - 1, depth + 1);
      if (pc >= 0) {
        bool other = false;
        for (size_t c = 0; c < cues_.size(); ++c) {
          if (static_cast<int>(c) != pc && usable(cues_[c]) && cues_[c].speech && cues_[c].frame.begin > P.close &&
              cues_[c].frame.begin < R.open) {
            other = true;
          }
        }
        if (!other) return pc;
      }
    }
  }
  // 5. A quote that opens its paragraph: the "said:" that ends the previous paragraph, or the
  //    previous paragraph's speaker.
  if (para > 0 && R.open == paragraph_starts_[para] && standalone(R, true)) {
    const uint32_t pb = paragraph_starts_[para - 1], pe = paragraph_starts_[para];
    int last_cue = -1;
    for (size_t c = 0; c < cues_.size(); ++c) {
      if (usable(cues_[c]) && cues_[c].frame.begin >= pb && cues_[c].frame.begin < pe) last_cue = static_cast<int>(c);
    }
    if (last_cue >= 0 && cues_[last_cue].colon) return last_cue;
    if (depth < 2) {
      for (int q = static_cast<int>(r) - 1; q >= 0; --q) {
        if (regions_[q].close < pb) break;
        if (regions_[q].open >= pb && regions_[q].open < pe) {
          const int qc = region_done_[q] ? region_cue_[q] : AttributeRegion(q, depth + 1);
          if (qc >= 0) return qc;
          break;
        }
      }
    }
    if (last_cue >= 0 && !cues_[last_cue].speaker.empty()) return last_cue;
  }
  return -1;
}

void QuoteFinder::ResolveFirstPerson(SentenceAnalysis* a) {
  for (Mention& m : a->mentions) {
    if (!m.pronoun || !m.code.empty()) continue;
    const Token& tk = a->tokens[m.begin];
    const int fp = FirstPerson(tk.lower);
    if (fp == 0) continue;
    const int r = RegionAt(tk.begin);
    if (r < 0 || tk.begin <= regions_[r].open || tk.begin >= regions_[r].close) continue;
    const int c = region_done_[r] ? region_cue_[r] : AttributeRegion(r, 0);
    if (c < 0) continue;
    const CueActor& s = cues_[c].speaker;
    if (s.code.empty()) continue;
    m.code = fp == 2 ? SideCode(s.code) : s.code;
    m.entity = fp == 2 ? "" : s.entity;
    m.records = s.records;
    m.resolved_from = std::string(text_.substr(s.range.begin, s.range.end - s.range.begin));
    m.antecedent_begin = s.range.begin;
    m.antecedent_end = s.range.end;
    m.plural = fp == 2;
    m.person = fp == 1;
  }
}

void QuoteFinder::ObserveSentence(SentenceAnalysis* analysis) {
  SentenceAnalysis& a = *analysis;
  const int sentence = sentences_++;
  if (a.tokens.empty()) return;
  const uint32_t sb = a.tokens.front().begin;
  sentence_starts_.push_back(sb);
  // Mentions, for coreference chains.
  for (const Mention& m : a.mentions) {
    if (m.code.empty() && m.antecedent_end == 0) continue;
    notes_.push_back({Range(a, static_cast<int>(m.begin), static_cast<int>(m.end)), {m.antecedent_begin, m.antecedent_end}});
  }
  LearnNames(a);
  FindCues(a, sentence);
  // Quotes that closed before this sentence: every cue that can frame them is known now.
  for (size_t r = first_open_region_; r < regions_.size() && regions_[r].open < sb; ++r) {
    if (region_done_[r] || regions_[r].close >= sb) continue;
    region_cue_[r] = AttributeRegion(r, 0);
    region_done_[r] = true;
  }
  while (first_open_region_ < regions_.size() && region_done_[first_open_region_]) ++first_open_region_;
  ResolveFirstPerson(&a);
}

const std::vector<FoundQuote>& QuoteFinder::Finish() {
  quotes_.clear();
  for (size_t r = 0; r < regions_.size(); ++r) {
    if (!region_done_[r]) {
      region_cue_[r] = AttributeRegion(r, 0);
      region_done_[r] = true;
    }
  }
  auto trim = [&](uint32_t* b, uint32_t* e) {
    while (*b < *e && (text_[*b] == ' ' || text_[*b] == '\n')) ++*b;
    while (*e > *b && (text_[*e - 1] == ' ' || text_[*e - 1] == '\n' || text_[*e - 1] == ',' ||
                       text_[*e - 1] == ';' || text_[*e - 1] == ':')) {
      --*e;
    }
  };
  // A "quote" whose paragraphs are transcript turns ("PENCE: …") is the turns, not one quote.
  std::vector<bool> dropped(regions_.size(), false);
  for (const QuoteCue& c : cues_) {
    if (!c.label_turn) continue;
    const int r = RegionAt(c.words.begin);
    if (r >= 0) dropped[r] = true;
  }
  for (size_t r = 0; r < regions_.size(); ++r) {
    const QuoteRegion& R = regions_[r];
    if (dropped[r]) continue;
    FoundQuote q;
    q.direct = true;
    q.cue = region_cue_[r];
    q.content = {R.content_begin, R.content_end};
    trim(&q.content.begin, &q.content.end);
    if (q.content.empty()) continue;
    if (TitleLike(q.content)) continue;  // "the ''Open Doors'' forum": a name, not a quote
    if (q.cue < 0) {
      // An unattributed quote is kept when it is a statement, not a title or a scare-quoted term.
      int words = 1;
      for (uint32_t p = q.content.begin; p < q.content.end; ++p) words += text_[p] == ' ';
      if (words < 6) continue;
    }
    q.sentence = SentenceOf(q.content.begin);
    quotes_.push_back(q);
  }
  for (size_t c = 0; c < cues_.size(); ++c) {
    for (const TextRange& p : cues_[c].pieces) {
      // Reported speech that is only a direct quote (and punctuation) is that quote.
      bool words_outside = false;
      for (uint32_t pos = p.begin; pos < p.end && !words_outside; ++pos) {
        const int r = RegionAt(pos);
        if (r >= 0 && !dropped[r]) {
          pos = regions_[r].close;
          continue;
        }
        const unsigned char ch = static_cast<unsigned char>(text_[pos]);
        words_outside = std::isalnum(ch) || ch >= 0x80;
      }
      if (!words_outside) continue;
      FoundQuote q;
      q.direct = false;
      q.cue = static_cast<int>(c);
      q.content = p;
      trim(&q.content.begin, &q.content.end);
      if (q.content.empty()) continue;
      q.sentence = SentenceOf(q.content.begin);
      quotes_.push_back(q);
    }
  }
  // An attribution that lies within another's content is part of that content, not a statement of
  // its own ("Trump said he plans to use the $18 million he says he raised"; a quote of one speaker
  // inside another's reported speech): each word belongs to one attribution at most, as PolNeAR
  // annotates them. A cue's quotes go when every one of them is inside another cue's quote.
  {
    const size_t nq = quotes_.size();
    std::vector<int> outside(cues_.size() + 1, 0);  // per cue (+1 for -1): quotes not inside another's
    std::vector<bool> inside(nq, false);
    for (size_t i = 0; i < nq; ++i) {
      const FoundQuote& qi = quotes_[i];
      for (size_t j = 0; j < nq && !inside[i]; ++j) {
        const FoundQuote& qj = quotes_[j];
        if (j == i || (qj.cue == qi.cue && qi.cue >= 0)) continue;
        inside[i] = qj.content.begin <= qi.content.begin && qi.content.end <= qj.content.end &&
                    (qj.content.end - qj.content.begin > qi.content.end - qi.content.begin || j < i);
      }
      if (!inside[i] && qi.cue >= 0) ++outside[qi.cue];
    }
    size_t w = 0;
    for (size_t i = 0; i < nq; ++i) {
      const bool drop = inside[i] && (quotes_[i].cue < 0 || outside[quotes_[i].cue] == 0);
      if (!drop) quotes_[w++] = quotes_[i];
    }
    quotes_.resize(w);
  }
  std::stable_sort(quotes_.begin(), quotes_.end(), [](const FoundQuote& x, const FoundQuote& y) {
    return x.content.begin != y.content.begin ? x.content.begin < y.content.begin : x.direct < y.direct;
  });
  return quotes_;
}

// ---------------------------------------------------------------------------------------------
// Public records.

std::vector<Quote> MakeQuotes(const QuoteFinder& finder, const NormalizedText& norm, const Article& article,
                              std::vector<Event>* events) {
  std::vector<Quote> out;
  out.reserve(finder.quotes().size());  // a Quote is large: no moves on growth
  const std::string& raw = article.raw;
  auto span_of = [&](const TextRange& r) -> Span {
    if (r.empty()) return {};
    Span s{norm.OriginalOffset(r.begin), norm.OriginalEnd(r.end)};
    if (s.end > raw.size() || s.begin >= s.end) return {};
    return s;
  };
  auto text_of = [&](const Span& s) { return s.empty() ? std::string() : raw.substr(s.begin, s.end - s.begin); };
  auto fill = [&](const CueActor& a, QuoteText* t) {
    t->span = span_of(a.range);
    t->text = text_of(t->span);
    t->code = a.code;
  };
  for (const FoundQuote& f : finder.quotes()) {
    const Span content = span_of(f.content);
    if (content.empty()) continue;
    Quote& q = out.emplace_back();  // filled in place: a Quote is large to move
    q.article_id = article.id;
    q.sentence_index = f.sentence;
    q.span = content;
    q.text = text_of(q.span);
    q.direct = f.direct;
    if (f.cue >= 0) {
      const QuoteCue& c = finder.cues()[f.cue];
      const CueActor& s = c.speaker;
      q.speaker.span = span_of(s.range);
      q.speaker.text = text_of(q.speaker.span);
      q.speaker.code = s.code;
      q.speaker.country = CodeCountry(s.code);
      q.speaker.role = CodeRole(s.code);
      q.speaker.entity = s.entity;
      q.speaker.resolved_from = s.resolved_from;
      for (const TextRange& link : s.chain) {
        QuoteText t;
        t.span = span_of(link);
        if (t.span.empty() || (t.span.begin == q.speaker.span.begin && t.span.end == q.speaker.span.end)) continue;
        t.text = text_of(t.span);
        q.speaker.chain.push_back(std::move(t));
      }
      q.cue.span = span_of(c.words);
      q.cue.text = text_of(q.cue.span);
      fill(c.outlet, &q.outlet);
      fill(c.addressee, &q.addressee);
    }
    // The id: FNV-1a of the article id and the quote's own offsets, as 16 hex digits.
    uint64_t h = Fnv1a64(article.id);
    const uint32_t parts[4] = {q.span.begin, q.span.end, q.direct ? 1u : 0u, q.cue.span.begin};
    h = Fnv1a64(std::string_view(reinterpret_cast<const char*>(parts), sizeof parts), h);
    q.id.resize(16);
    for (int d = 15; d >= 0; --d, h >>= 4) q.id[d] = "0123456789abcdef"[h & 15];
    if (events != nullptr) {
      for (Event& e : *events) {
        if (e.verb_span.begin >= q.span.begin && e.verb_span.end <= q.span.end) {
          q.event_ids.push_back(e.id);
          if (e.mode == EventMode::kAsserted && f.cue >= 0 && (f.direct || !finder.cues()[f.cue].stance)) {
            e.mode = EventMode::kClaimed;
          }
        }
      }
    }
  }
  return out;
}

}  // namespace dragoman
