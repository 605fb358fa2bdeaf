// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "quotes/cue_words.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "text/lemmatizer.h"

namespace dragoman {
namespace {

template <size_t N>
constexpr std::array<std::string_view, N> Sorted(std::array<std::string_view, N> a) {
  std::sort(a.begin(), a.end());
  return a;
}

template <size_t N>
constexpr bool Valid(const std::array<std::string_view, N>& a) {
  for (size_t i = 0; i < N; ++i) {
    if (a[i].empty() || (i > 0 && a[i - 1] == a[i])) return false;
  }
  return true;
}

// Speech proper (lemmas), beyond &speech: these also make frames and take bare complements.
constexpr auto kStrong = Sorted<45>({
    "chant",  "cry",   "exclaim", "mutter", "scream", "shout", "sing",  "thunder", "whisper", "yell",
    "acknowledge", "add",     "admit",    "announce", "answer",  "argue",    "ask",     "assert",
    "boast",       "claim",   "complain", "concede",  "confirm", "continue", "counter", "declare",
    "explain",     "insist",  "joke",     "note",     "quip",    "recall",   "remark",  "reply",
    "respond",     "retort",  "say",      "state",    "stress",  "tell",     "testify", "tweet",
    "warn",        "write",   "report"});

// Stances and findings: a cue only before a that-clause, a colon or a quote.
constexpr auto kWeak = Sorted<45>({
    "agree", "allege", "assure", "believe", "caution", "charge", "conclude", "contend", "deny", "disclose",
    "doubt", "emphasise", "emphasize", "estimate", "expect", "fear", "feel", "find", "hope", "indicate",
    "insist", "know", "learn", "maintain", "observe", "predict", "point", "reckon", "reiterate", "reveal",
    "show", "signal", "suggest", "suspect", "think", "understand", "worry", "speak", "talk", "hint", "imply",
    "speculate", "forecast", "rule", "repeat"});

// &speech words that are weak cues even though the engine lists them as reporting verbs.
// Positions taken toward something: praise and blame, demands and support, plans and wishes,
// characterisations ("called it a disgrace", "described X as").
constexpr auto kStance = Sorted<135>({
    "accuse", "address", "admire", "advocate", "applaud", "approve", "attack", "back", "bemoan", "blame",
    "blast", "boast", "brand", "call", "celebrate", "challenge", "characterise", "characterize", "chide",
    "cite", "commend", "compare", "condemn", "criticise", "criticize", "debate", "decide", "decry", "defend",
    "demand", "denounce", "deride", "describe", "detail", "disagree", "discuss", "dismiss", "dispute", "dub",
    "echo", "embrace", "encourage", "endorse", "exhort", "favor", "favour", "hail", "highlight", "intend",
    "invoke", "label", "lament", "laud", "lambaste", "liken", "mention", "mock", "oppose", "outline", "plan",
    "plead", "praise", "press", "promote", "propose", "question", "rate", "recommend", "reference", "refuse",
    "regret", "reject", "rebuke", "ridicule", "seek", "slam", "support", "target", "term", "thank",
    "threaten", "tout", "trumpet", "underscore", "unveil", "urge", "view", "want", "welcome", "wish",
    "wonder", "scold", "skewer", "fault", "hope", "ask", "request", "champion", "consider", "comment",
    "promise", "pledge", "vow", "accept", "hate", "ignore", "like", "love", "prefer", "regard", "respect",
    "trust", "assume", "realize", "realise", "recognize", "recognise", "dislike", "fight", "express", "voice",
    "offer", "decline", "document", "chronicle", "portray", "depict", "paint", "protest", "downplay",
    "credit", "congratulate", "apologize", "apologise", "justify"});

constexpr auto kSpeechButWeak = Sorted<10>({
    "believe", "conclude", "estimate", "feel", "indicate", "know", "predict", "reckon", "suggest", "think"});

constexpr auto kOutlet = Sorted<25>({
    "agency",   "broadcaster", "channel",  "daily",  "magazine", "network", "newspaper", "outlet", "paper",
    "podcast",  "program",     "programme", "radio", "show",     "station", "tabloid",   "television",
    "tv",       "website",     "weekly",   "wire",   "journal",  "gazette", "newsletter", "broadcast"});

constexpr auto kAudience = Sorted<33>({
    "activists",  "assembly",  "audience",   "congress",  "council",    "crowd",     "delegates",
    "diplomats",  "donors",    "guests",     "investors", "journalists", "lawmakers", "legislators",
    "listeners",  "media",     "members",    "mps",       "parliament", "participants", "press",
    "reporters",  "senate",    "senators",   "students",  "summit",     "supporters", "troops",
    "viewers",    "voters",    "workers",    "worshippers", "conference"});

constexpr auto kTime = Sorted<33>({
    "afternoon", "overnight", "weekend",
    "again",    "already",  "also",     "earlier",  "evening", "friday",     "last",     "later",
    "monday",   "morning",  "night",    "now",      "on",      "once",       "previously", "publicly",
    "recently", "repeatedly", "saturday", "separately", "sunday", "then",    "this",     "thursday",
    "today",    "tonight",  "tuesday",  "wednesday", "week",   "yesterday"});

constexpr auto kCueNouns = Sorted<27>({
    "accusation", "accusations", "allegation", "allegations", "argument", "assertion", "assurance",
    "assurances", "belief",      "claim",      "claims",      "comment",  "comments",  "insistence",
    "pledge",     "prediction",  "promise",    "remark",      "remarks",  "statement", "statements",
    "suggestion", "testimony",   "view",       "vow",         "warning",  "warnings"});

// Nouns of a position taken toward a topic ("his criticism of Trump", "the editorial boards' disdain
// for", "her plan to cut taxes", "Trump's concerns about"): a cue with a possessive speaker.
constexpr auto kTopicNouns = Sorted<60>({
    "accusations", "adulation", "admiration", "allegations", "assessment", "attack", "attacks", "call",
    "calls", "claims", "comment", "comments", "complaints", "concern", "concerns", "condemnation",
    "contempt", "criticism", "critique", "defense", "demand", "demands", "denunciation", "determination",
    "disdain", "doubts", "eagerness", "effort", "efforts", "endorsement", "fears", "hope",
    "hopes", "opposition", "outrage", "plan", "plans", "pledge", "praise", "promise",
    "promises", "proposal", "proposals", "questions", "rejection", "remark", "remarks", "reports",
    "rumors", "skepticism", "speculation", "support", "suspicions", "theory", "view", "views",
    "vow", "warning", "warnings", "worries"});

// Nouns whose copula takes a that-clause as someone's position: "Mr. X's bet is that …", "her
// argument was that …" (the cue and topic nouns count too).
constexpr auto kPositionNouns = Sorted<18>({
    "answer", "argument", "assumption", "bet", "conclusion", "contention", "expectation", "explanation",
    "feeling", "guess", "idea", "message", "point", "position", "premise", "reasoning", "response", "sense"});

constexpr auto kAddressee = Sorted<12>({
    "advise", "ask", "assure", "brief", "inform", "notify", "promise", "remind", "tell", "urge", "warn", "write"});

constexpr auto kStanceAdjectives = Sorted<46>({
    "adamant", "afraid", "alarmed", "angry", "anxious", "aware", "bearish", "bullish",
    "certain", "concerned", "confident", "convinced", "critical", "disappointed", "dismissive", "doubtful",
    "eager", "enthusiastic", "excited", "fearful", "frustrated", "furious", "glad", "happy",
    "hopeful", "incensed", "keen", "optimistic", "outraged", "pessimistic", "pleased", "proud",
    "satisfied", "sceptical", "shocked", "skeptical", "supportive", "sure", "surprised", "suspicious",
    "unaware", "uncertain", "unsure", "upset", "wary", "worried"});

constexpr auto kSpeakerNouns = Sorted<64>({
    "activists",  "administration", "advocates", "aide",      "aides",      "analysis",  "analysts",
    "article",    "associates",  "author",     "book",      "campaign",   "candidate", "candidates",
    "chairman",   "commission",  "committee",  "company",   "court",      "critics",   "data",
    "democrats",  "department",  "documents",  "economists", "editorial", "email",     "experts",
    "filing",     "group",       "groups",     "leaders",   "letter",     "members",   "memo",
    "nominee",    "observers",   "officials",  "opponents", "organizers", "panel",     "party",
    "people",     "petition",    "poll",       "polls",     "protesters", "records",   "report",
    "republicans", "research",   "researchers", "residents", "source",    "sources",   "spokesman",
    "spokeswoman", "staff",      "statement",  "study",     "supporters", "survey",    "voters",
    "website"});

static_assert(Valid(kTopicNouns) && Valid(kPositionNouns), "cue noun lists: every entry once, none empty");
// Periods a time adjunct names ("this week", "last spring", "on Tuesday") and the months ("in April").
constexpr auto kPeriods = Sorted<20>({
    "week",   "weekend", "month",     "year",     "morning", "afternoon", "evening", "night",  "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",  "spring",    "summer",  "fall",   "autumn", "winter",
});
constexpr auto kMonths = Sorted<12>({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
});

static_assert(Valid(kPeriods) && Valid(kMonths), "time lists: every entry once, none empty");
static_assert(Valid(kStrong) && Valid(kWeak) && Valid(kStance) && Valid(kSpeechButWeak) && Valid(kOutlet) &&
              Valid(kAudience) && Valid(kTime) && Valid(kCueNouns) && Valid(kAddressee) && Valid(kSpeakerNouns) && Valid(kStanceAdjectives),
              "cue word lists: every entry once, none empty");

enum Bits : uint32_t {
  kBitStrong = 1, kBitWeak = 2, kBitStance = 4, kBitSpeechButWeak = 8, kBitOutlet = 16, kBitAudience = 32,
  kBitTime = 64, kBitCueNoun = 128, kBitAddressee = 256, kBitSpeakerNoun = 512, kBitStanceAdjective = 1024,
  kBitTopicNoun = 2048, kBitPositionNoun = 4096, kBitPeriod = 8192, kBitMonth = 16384,
};

// Every listed word with the lists it is in: one lookup per question, in the engine's string table
// (open addressing over hash tags; std::unordered_map's bucket chains and modulo cost the quote
// finder, which asks several times per sentence, more than the lists are worth).
class Table {
 public:
  Table() {
    Add(kStrong, kBitStrong);
    Add(kWeak, kBitWeak);
    Add(kStance, kBitStance);
    Add(kSpeechButWeak, kBitSpeechButWeak);
    Add(kOutlet, kBitOutlet);
    Add(kAudience, kBitAudience);
    Add(kTime, kBitTime);
    Add(kCueNouns, kBitCueNoun);
    Add(kAddressee, kBitAddressee);
    Add(kSpeakerNouns, kBitSpeakerNoun);
    Add(kStanceAdjectives, kBitStanceAdjective);
    Add(kTopicNouns, kBitTopicNoun);
    Add(kPositionNouns, kBitPositionNoun);
    Add(kPeriods, kBitPeriod);
    Add(kMonths, kBitMonth);
  }
  uint32_t Get(std::string_view w) const {
    const uint32_t id = words_.Find(w);
    return id == text_internal::StringTable::kNotFound ? 0 : bits_[id];
  }

 private:
  template <size_t N>
  void Add(const std::array<std::string_view, N>& words, uint32_t bit) {
    for (std::string_view w : words) {
      const uint32_t id = words_.Insert(w).first;
      if (id >= bits_.size()) bits_.resize(id + 1, 0);
      bits_[id] |= bit;
    }
  }
  text_internal::StringTable words_;
  std::vector<uint32_t> bits_;  // by word id
};

uint32_t Bits(std::string_view w) {
  static const Table table;
  return table.Get(w);
}

}  // namespace

CueStrength CueVerbStrength(std::string_view lemma, bool in_speech_set) {
  const uint32_t b = Bits(lemma);
  if (b & kBitSpeechButWeak) return CueStrength::kWeak;
  if (b & kBitStrong) return CueStrength::kStrong;
  if (b & kBitWeak) return CueStrength::kWeak;
  if (b & kBitStance) return CueStrength::kStance;
  if (in_speech_set) return CueStrength::kWeak;
  return CueStrength::kNone;
}

bool IsSpeakerNoun(std::string_view w) { return Bits(w) & kBitSpeakerNoun; }
bool IsOutletWord(std::string_view w) { return Bits(w) & kBitOutlet; }
bool IsAudienceWord(std::string_view w) { return Bits(w) & kBitAudience; }
bool IsTimeWord(std::string_view w) { return Bits(w) & kBitTime; }
bool IsCueNoun(std::string_view w) { return Bits(w) & kBitCueNoun; }
bool TakesAddressee(std::string_view lemma) { return Bits(lemma) & kBitAddressee; }
bool IsStanceAdjective(std::string_view w) { return Bits(w) & kBitStanceAdjective; }
bool IsTopicNoun(std::string_view w) { return Bits(w) & (kBitTopicNoun | kBitCueNoun); }
bool IsTimePeriod(std::string_view w) { return Bits(w) & kBitPeriod; }
bool IsMonth(std::string_view w) { return Bits(w) & kBitMonth; }
bool IsPositionNoun(std::string_view w) { return Bits(w) & (kBitPositionNoun | kBitTopicNoun | kBitCueNoun); }

}  // namespace dragoman
