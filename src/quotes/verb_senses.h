// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// VerbSenses: the WordNet lexicographer file of each verb's first (most frequent) sense, read from
// the Debian `wordnet-base` files at run time (never copied into the repository):
//
//   index.verb  line := lemma ' v ' synset_cnt ' ' p_cnt (' ' ptr_symbol){p_cnt} ' ' sense_cnt ' '
//                       tagsense_cnt (' ' synset_offset){synset_cnt}     (senses by frequency)
//   data.verb   line := synset_offset ' ' lex_filenum ' v ' …            (the line starts at its
//                       own byte offset in the file)
//   Lines of either file that begin with a space are the licence header.
//
// The quote finder uses it to read a verb it does not list as a cue when the verb's usual sense is
// one of communication ("unleashed a flurry of tweets", "laid out her proposals") or of cognition
// ("has pooh-poohed the consensus"), the kinds of verbs PolNeAR annotates as attributions.
//
// Thread safety: immutable after Load(); const methods may be called from any number of threads.

#ifndef DRAGOMAN_QUOTES_VERB_SENSES_H_
#define DRAGOMAN_QUOTES_VERB_SENSES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

class VerbSenses {
 public:
  // WordNet's lexicographer files for verbs (lex_filenum).
  static constexpr int kCognition = 31;
  static constexpr int kCommunication = 32;
  static constexpr int kEmotion = 37;

  // Reads index.verb and data.verb from `wordnet_dir`. Fails (NotFound, naming the file) when
  // either cannot be read; a line that does not parse is skipped. With `files`, keeps only the
  // verbs whose first sense is in one of them (the quote finder asks about two files, 1.6 k of
  // WordNet's 8.7 k verbs: a table of 32 KB rather than 256 KB, which evicts less of the rest).
  static Result<std::unique_ptr<VerbSenses>> Load(const std::string& wordnet_dir, std::vector<int> files = {});

  // The lexicographer file of `lemma`'s first sense, or -1 when WordNet has no such verb (or, when
  // Load kept some files only, when its first sense is in none of them).
  int FirstSenseFile(std::string_view lemma) const;

 private:
  VerbSenses() = default;
  void Insert(std::string_view lemma, int file);
  // An open-addressing table, at most half full: each slot holds the top 56 bits of a lemma's
  // 64-bit hash and, in the low byte, its file (0: empty). A lookup reads one or two slots of a
  // 256 KB array and compares no text; a node-based map read two or three scattered cache lines per
  // verb, which the rest of the pipeline then missed. Two of WordNet's verbs sharing 56 hash bits
  // (about one chance in 10^12) would share a file.
  std::vector<uint64_t> slots_;
  uint32_t shift_ = 64;  // 64 - log2(slots_.size())
  size_t count_ = 0;
};

}  // namespace dragoman

#endif  // DRAGOMAN_QUOTES_VERB_SENSES_H_
