// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// PosTagger: assigns a part of speech (token.h's reduced Pos) and a lemma to every token of one
// sentence.
//
// Method: each word starts with its most probable Penn tag from the festlex-poslex lexicon
// (Debian package festlex-poslex, read at run time from /usr/share/festival/dicts/
// wsj.wp39.poslexR; it is never copied into this repository). Unknown words are guessed from
// capitalisation, WordNet (via the Lemmatizer) and suffixes. A fixed list of hand-written
// contextual rules (Brill-style) then repairs the errors that matter for event coding: noun vs
// verb after determiners, "to", modals, auxiliaries and subjects; past tense vs past participle;
// "that"; "'s"; "her". The rules are listed at the top of pos_tagger.cc.
//
// Lemmas: verbs get Lemmatizer::VerbLemma, common nouns Lemmatizer::NounLemma (falling back to
// the lower-case form); every other token gets lemma == lower. Lemma views point into the
// Lemmatizer, into this PosTagger, into static storage or into the token's own `lower`; they stay
// valid as long as the Lemmatizer, the PosTagger and the token's `lower` text do.
//
// Thread safety: immutable after Load(); Tag() may be called concurrently from many threads.
// Cost: no allocation for sentences up to 256 tokens; about 40 ns per token on one core
// (PosTaggerTest.Speed prints the figure).

#ifndef DRAGOMAN_TEXT_POS_TAGGER_H_
#define DRAGOMAN_TEXT_POS_TAGGER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "dragoman/status.h"
#include "text/lemmatizer.h"
#include "text/token.h"

namespace dragoman {

class PosTagger {
 public:
  // Reads the poslex lexicon at `poslex_path`. Format (first line "MNCL", then one entry per
  // line): ("word" ((tag logprob) (tag logprob) ...) () ). `lemmatizer` is borrowed, must be
  // non-null and must outlive the PosTagger. Fails with kInvalidArgument if lemmatizer is null,
  // kNotFound / kIoError naming the file, or kDataError "<path>:<line>: <reason>" for a
  // malformed entry. Takes about 20 ms (including precomputing every word's lemmas).
  static Result<std::unique_ptr<PosTagger>> Load(const std::string& poslex_path,
                                                 const Lemmatizer* lemmatizer);

  ~PosTagger();
  PosTagger(const PosTagger&) = delete;
  PosTagger& operator=(const PosTagger&) = delete;

  // Tags the tokens of ONE sentence in place: sets `pos` and `lemma` of every token.
  // Precondition: text, lower, capitalized, all_caps and sentence_initial are set (lower is the
  // lower-case form of text). A capitalised word is also treated as sentence-initial when only
  // punctuation precedes it or it follows a double quote (" `` “) or a colon. begin/end are neither
  // read nor changed. Never fails; an empty span is a no-op.
  void Tag(std::span<Token> tokens) const;

  // Tags exactly like Tag() and also writes each token's fine Penn Treebank tag ("NNS", "VBD",
  // "PRP$", "WDT", "PUNC"...) to penn[i], for tests and explain output. Writes
  // min(tokens.size(), penn.size()) names; they are static strings. Allocates (not for the hot
  // path).
  void TagPenn(std::span<Token> tokens, std::span<const char*> penn) const;

  // Number of words in the lexicon (for logs and tests).
  size_t lexicon_size() const;

 private:
  struct Impl;
  explicit PosTagger(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_TEXT_POS_TAGGER_H_
