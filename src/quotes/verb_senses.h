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

#include <memory>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>

#include "dragoman/status.h"

namespace dragoman {

class VerbSenses {
 public:
  // WordNet's lexicographer files for verbs (lex_filenum).
  static constexpr int kCognition = 31;
  static constexpr int kCommunication = 32;
  static constexpr int kEmotion = 37;

  // Reads index.verb and data.verb from `wordnet_dir`. Fails (NotFound, naming the file) when
  // either cannot be read; a line that does not parse is skipped.
  static Result<std::unique_ptr<VerbSenses>> Load(const std::string& wordnet_dir);

  // The lexicographer file of `lemma`'s first sense, or -1 when WordNet has no such verb.
  int FirstSenseFile(std::string_view lemma) const;

 private:
  VerbSenses() = default;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, unsigned char, Hash, std::equal_to<>> first_file_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_QUOTES_VERB_SENSES_H_
