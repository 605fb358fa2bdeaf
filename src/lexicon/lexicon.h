// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Lexicon: dictionaries compiled for matching. Names (actors, adjectives, capitals, agents) are keyed
// by their lower-cased token sequence in one hash table; a table of first tokens bounds how long a
// match can be, so most tokens cost one lookup. Verb and noun anchors are keyed by lemma.
//
// A Lexicon is immutable after Build() and safe to share between threads.

#ifndef DRAGOMAN_LEXICON_LEXICON_H_
#define DRAGOMAN_LEXICON_LEXICON_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dragoman/status.h"
#include "lexicon/cameo_table.h"
#include "lexicon/dictionary.h"
#include "text/token.h"

namespace dragoman {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

enum class NameKind : uint8_t { kActor, kAdjective, kCapital, kAgent };

struct NameHit {
  uint32_t begin = 0;  // token indexes [begin, end) in the sentence
  uint32_t end = 0;
  NameKind kind = NameKind::kActor;
  uint32_t index = 0;  // into actors() for kActor/kAdjective/kCapital, agents() for kAgent
};

// Bits of the engine's reserved word sets (sets.dict).
enum WordClass : uint32_t {
  kWordSpeech = 1u << 0,    // &speech
  kWordIntend = 1u << 1,    // &intend
  kWordThreaten = 1u << 2,  // &threaten
  kWordDeny = 1u << 3,      // &deny
  kWordAllege = 1u << 4,    // &allege
  kWordNegation = 1u << 5,  // &negation
  kWordLight = 1u << 6,     // &light
  kWordRefuse = 1u << 8,    // &refuse: refuse, decline, fail ... to act
  kWordAppeal = 1u << 7,    // &ask: urge, call on, ask ... someone to act
  kWordIntransitive = 1u << 9,  // &intransitive: the default code needs no target (resign, protest)
  kWordCatenative = 1u << 10,   // &catenative: a verb complement carries the event (help defend)
};

struct LexiconStats {
  size_t actors = 0, agents = 0, names = 0, verbs = 0, nouns = 0, patterns = 0, sets = 0;
  size_t skipped = 0;  // records or lines dropped with an error
};

class Lexicon {
 public:
  // Compiles `data`. Problems that make a record unusable (unknown CAMEO code, unknown set, a name too
  // long) skip that record or pattern and are appended to `errors`; the rest is built.
  static std::unique_ptr<Lexicon> Build(DictionaryData data, const CameoTable* cameo,
                                        std::vector<std::string>* errors);

  // Appends the longest non-overlapping name matches in `tokens`, left to right.
  void MatchNames(std::span<const Token> tokens, std::vector<NameHit>* out) const;

  const std::vector<ActorRecord>& actors() const { return data_.actors; }
  const std::vector<AgentRecord>& agents() const { return data_.agents; }
  const std::vector<VerbRecord>& verbs() const { return data_.verbs; }

  // The code of an actor on `date` (YYYYMMDD; 0 = unknown: the newest role). Empty if none.
  std::string_view ActorCodeOn(const ActorRecord& actor, DateInt date) const;

  // Verb (or noun) records anchored on `lemma`, or nullptr.
  const std::vector<uint32_t>* VerbAnchors(std::string_view lemma) const;
  const std::vector<uint32_t>* NounAnchors(std::string_view lemma) const;
  // The lemma of an irregular form listed in a `forms` line, or empty.
  std::string_view FormLemma(std::string_view lower) const;

  // The engine word classes of a lower-case word or lemma (bits of WordClass).
  uint32_t WordClasses(std::string_view word) const;
  // True if `word` belongs to the set named `set` ("&talks").
  bool InSet(std::string_view set, std::string_view word) const;
  // The same for a set by index (PatternElement::set_index).
  bool InSet(int set_index, std::string_view word) const {
    const auto& s = set_list_[set_index];
    return s->find(word) != s->end();
  }

  // Consistency problems: overlapping role ranges of one actor, duplicate patterns of an anchor,
  // an anchor defined by two records. One "FILE:LINE: message" string each.
  std::vector<std::string> Check() const;

  const CameoTable* cameo() const { return cameo_; }
  const LexiconStats& stats() const { return stats_; }

 private:
  struct NameEntry {
    NameKind kind;
    uint32_t index;
    std::vector<uint8_t> cases;  // per token: 0 any case, 1 capitalised, 2 same capitals
  };
  void AddName(const std::string& name, NameKind kind, uint32_t index, std::vector<std::string>* errors,
               const SourceLine& where);
  // A hit for "Saudi-led", "Tripoli-based" (token i) through the name before the hyphen.
  bool MatchLedOrBased(std::span<const Token> tokens, size_t i, std::vector<NameHit>* out) const;

  DictionaryData data_;
  const CameoTable* cameo_ = nullptr;
  StringMap<std::vector<NameEntry>> names_;  // "khalifa haftar" → entries
  StringMap<uint8_t> first_tokens_;          // "khalifa" → longest name starting with it (tokens)
  // A Bloom filter of first_tokens_' keys, two bits of one 64-bit word a key (2^13 words, 64 KB):
  // most tokens start no name, and the filter tells them in one cache line that stays hot, where
  // the hash table's probe reads a bucket and a node, often from memory.
  static constexpr uint32_t kFirstBloomWords = 1u << 13;
  std::vector<uint64_t> first_bloom_ = std::vector<uint64_t>(kFirstBloomWords, 0);
  StringMap<std::vector<uint32_t>> verb_anchors_;
  StringMap<std::vector<uint32_t>> noun_anchors_;
  StringMap<std::string> forms_;
  StringMap<uint32_t> word_classes_;
  StringMap<StringMap<bool>> sets_;
  std::vector<const StringMap<bool>*> set_list_;  // by PatternElement::set_index
  LexiconStats stats_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_LEXICON_H_
