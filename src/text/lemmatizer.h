// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Lemmatizer: maps inflected English verb, noun and adjective forms to their WordNet lemma
// ("kidnapped" -> "kidnap", "talks" -> "talk", "militiamen" -> "militiaman").
//
// It reads the Debian `wordnet-base` files at run time (never copied into the repository):
//   verb.exc, noun.exc, adj.exc   exception lists: "form lemma [lemma...]" per line
//   index.verb, index.noun, index.adj   one lemma per line: "lemma pos synset_cnt p_cnt
//       ptr_symbol{p_cnt} sense_cnt tagsense_cnt synset_offset..."; lines that begin with a space
//       are the licence header. Multi-word lemmas (with '_') are skipped: tokens never contain '_'.
//
// Lookup follows WordNet's "morphy": exception list first, then the form itself if it is a
// lemma, then detachment rules checked against the index; doubled final consonants
// ("stopped" -> "stop") are undone as a last resort. When two candidates are valid
// ("hoping" -> hope/hop, "talks" -> talks/talk) the choice is documented on VerbLemma/NounLemma.
//
// Thread safety: after Load() returns, a Lemmatizer is immutable; all const methods may be called
// concurrently from any number of threads.

#ifndef DRAGOMAN_TEXT_LEMMATIZER_H_
#define DRAGOMAN_TEXT_LEMMATIZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

namespace text_internal {

// An open-addressing hash set of strings that owns its keys; each key gets a dense id
// (0, 1, 2, ... in insertion order) so callers keep per-key values in parallel vectors.
// Shared by the Lemmatizer, the PosTagger lexicon and the quote finder's cue words; not part of any
// public API.
// Views returned by Key() stay valid until the next Insert() (the key arena may grow) and for the
// table's lifetime once loading is over. Const methods are safe to call concurrently.
class StringTable {
 public:
  static constexpr uint32_t kNotFound = 0xFFFFFFFFu;

  StringTable();

  // Pre-sizes for `keys` keys totalling `bytes` bytes (an optimisation only).
  void Reserve(size_t keys, size_t bytes);
  // Adds `key` if absent. Returns its id and true if it was added, false if already present.
  std::pair<uint32_t, bool> Insert(std::string_view key);
  // The id of `key`, or kNotFound.
  uint32_t Find(std::string_view key) const;
  // The key with id `id` (precondition: id < size()).
  std::string_view Key(uint32_t id) const {
    const Entry& e = entries_[id];
    return std::string_view(arena_.data() + e.offset, e.size);
  }
  uint32_t size() const { return static_cast<uint32_t>(entries_.size()); }

 private:
  struct Entry {
    uint32_t offset;
    uint32_t size;
  };
  void Rehash(size_t slot_count);

  std::string arena_;             // all keys, back to back
  std::vector<Entry> entries_;    // by id
  std::vector<uint64_t> slots_;   // 0 = empty, else (hash >> 32) << 32 | (id + 1)
  uint64_t mask_ = 0;             // slots_.size() - 1 (a power of two)
};

// 64-bit hash of a short string (fast for words; not for untrusted-input DoS resistance).
uint64_t HashWord(std::string_view s);

}  // namespace text_internal

class Lemmatizer {
 public:
  // Reads the WordNet files named above from `wordnet_dir` (e.g. "/usr/share/wordnet").
  // Fails with kNotFound / kIoError naming the missing or unreadable file, or kDataError
  // ("<dir>/index.verb:42: ...") if a file is malformed. Takes about 30 ms.
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& wordnet_dir);

  ~Lemmatizer();
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // The verb lemma of the lower-case word form `lower` ("met" -> "meet", "kidnapped" -> "kidnap",
  // "criticised" -> "criticise", "says" -> "say", "stop" -> "stop"), or an empty view if `lower`
  // is not a form of any WordNet verb. Order: verb.exc; else the form itself if it is a verb
  // lemma; else the rules s->"", ies->y, es->e, es->"", ed->e, ed->"", ing->e, ing->"",
  // ied->y, then undoubling ("stopped", "kidnapping"). If the form itself and a rule both give a
  // lemma, the one with more sense-tagged WordNet occurrences wins (a tie keeps the form).
  // Between ed->e and ed->"" (likewise ing): "hoping" -> "hope" because "hop" ends
  // consonant-vowel-consonant and would have doubled; otherwise the more frequent lemma wins.
  // The returned view always points into this Lemmatizer's own storage (never into `lower`)
  // and stays valid for the Lemmatizer's lifetime. Input must already be lower-case.
  std::string_view VerbLemma(std::string_view lower) const;

  // Likewise for nouns: noun.exc; the form itself; rules s->"" (not after ss/us/is), ses->s,
  // xes->x, zes->z, ches->ch, shes->sh, men->man, ies->y ("talks" -> "talk",
  // "forces" -> "force", "countries" -> "country", "militiamen" -> "militiaman"). If the form
  // itself is a lemma and a rule also gives one, the rule wins unless the form has strictly more
  // sense-tagged occurrences ("talks" -> "talk" but "species" -> "species").
  // Same lifetime guarantee as VerbLemma; empty view if not a noun form.
  std::string_view NounLemma(std::string_view lower) const;

  // Likewise for adjectives: adj.exc ("better" -> "good"), the form itself, then er->"",
  // est->"", er->e, est->e and undoubling ("bigger" -> "big"). Empty view if unknown.
  std::string_view AdjectiveLemma(std::string_view lower) const;

  // True if `lemma` (lower-case) is a single-word lemma in index.verb / index.noun / index.adj.
  // Inflected forms are not lemmas: IsVerb("said") is false. Note that WordNet's noun index also
  // holds many proper names in lower case ("moscow", "russia").
  bool IsVerb(std::string_view lemma) const;
  bool IsNoun(std::string_view lemma) const;
  bool IsAdjective(std::string_view lemma) const;

  // Number of single-word index lemmas loaded for each word class (for logs and tests).
  size_t verb_count() const;
  size_t noun_count() const;
  size_t adjective_count() const;

 private:
  struct Impl;
  explicit Lemmatizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_TEXT_LEMMATIZER_H_
