// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// ArticlePlaces: the place names of one article, collected sentence by sentence (ToponymFinder),
// then resolved together, and the place of each event.
//
// Resolution (doc/places.md): every candidate place of a name gets
//   prior   by kind (country > admin1 > capital > admin seat > populated place) + log10(population),
//           less a little for alternate names;
//   context the countries and first-level divisions the rest of the article names (other names,
//           demonyms, the dateline, which counts double), each counted once per distinct name, so
//           that a name repeated does not vote for itself; and the other names' places near the
//           candidate (within 25 km fully, fading to nothing at 250 km);
//   constraints "Springfield, Ill." (must be in Illinois), "the Chechen capital Grozny" (in
//           Chechnya), a demonym names only countries and divisions.
// Before that, one-word mentions of words the article shows to be surnames are dropped
// (DropPersonWords). Three rounds: each round scores with the context of the previous round's winners. All mentions
// of one name (same key) take the same place: the one with the highest summed score.
//
// Event place: the place object of a verb of motion or attack ("visited Moscow", "shelled Aleppo"),
// else the first locative name after the event's anchor in its clause (else the nearest before it),
// else a locative name elsewhere in the sentence, else the dateline; demonyms never.
//
// Thread safety: one ArticlePlaces per Coder; not thread-safe. The Gazetteer must outlive it.

#ifndef DRAGOMAN_GEO_PLACE_RESOLVER_H_
#define DRAGOMAN_GEO_PLACE_RESOLVER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "dragoman/event.h"
#include "dragoman/place.h"
#include "geo/gazetteer.h"
#include "geo/toponym_finder.h"
#include "lexicon/lexicon.h"
#include "syntax/sentence_analysis.h"
#include "text/token.h"

namespace dragoman {

class ArticlePlaces {
 public:
  explicit ArticlePlaces(const Gazetteer* gazetteer) : gaz_(gazetteer) {}

  // Forgets the previous article.
  void Clear();

  // Finds the toponyms of one sentence. `to_raw(begin, end)` maps a normalised byte range to the
  // raw span; `raw` is Article::raw. `sentence_index` is -1 outside the coded sentences.
  void AddSentence(std::span<const Token> tokens, const std::vector<NameHit>& hits, const Lexicon* lexicon,
                   int sentence_index, const char* part, const std::function<Span(uint32_t, uint32_t)>& to_raw,
                   const std::string& raw);

  // The dateline's place ("MOSCOW", "GAZA CITY"), found inside `span` of `raw`.
  void AddDateline(const std::string& place, Span span, const std::string& raw);

  // Resolves every mention added so far. Call once, after the last AddSentence/AddDateline.
  void Resolve();

  // The place of an event whose anchor is token `anchor` of sentence `sentence_index`, with the
  // event's clause [clause_begin, clause_end) in tokens. After Resolve(). Empty when nothing fits.
  Place EventPlace(int sentence_index, uint32_t anchor, uint32_t clause_begin, uint32_t clause_end) const;

  // Remembers that event `event_index` (of the article's events) is anchored at token `anchor` of
  // the sentence `sentence_index`, analysed in `analysis` (its clause is read from the boundary
  // flags now; the analysis may change afterwards).
  void NoteEvent(size_t event_index, int sentence_index, uint32_t anchor, const SentenceAnalysis& analysis);
  // After Resolve(): sets the place of every noted event that `events` has.
  void FillEventPlaces(std::vector<Event>* events) const;

  // The mentions, in text order, resolved. After Resolve(); moves them out.
  std::vector<PlaceMention> TakeMentions();

 private:
  struct Item {
    PlaceMention out;
    Toponym top;              // token indexes within its sentence; qualifier/modifier: item indexes
    std::vector<uint32_t> postings;
    std::string key;          // the name's lookup key: mentions with one key resolve together
    int winner = -1;          // index into postings
    std::vector<double> scores;
  };
  // Removes the one-word mentions whose word the article uses in a person's name (see .cc).
  void DropPersonWords();
  double Prior(uint32_t posting) const;
  void FillPlace(uint32_t place_index, Place* place) const;
  bool Inside(uint32_t place_index, uint32_t container_index) const;

  struct EventNote {
    size_t event;
    int sentence;
    uint32_t anchor, clause_begin, clause_end;
    int object_item;  // "visited Moscow": the place object of a verb of motion or attack, or -1
  };
  const Gazetteer* gaz_;
  std::vector<Item> items_;
  std::vector<EventNote> events_;
  int dateline_item_ = -1;
  std::vector<Toponym> scratch_;
  std::unordered_set<std::string> person_words_;  // article-scoped: see FindToponyms
  std::unordered_set<std::string> surnames_;      // article-scoped: see FindToponyms, DropPersonWords
  bool after_initial_ = false;                    // the last sentence ended with "Irvin E."
  bool first_sentence_ = true;                    // no sentence added since Clear()
  // The last sentence ended with a compass initial ("1200 E.", cut off from "Broad St." by the
  // sentence splitter): its normalised offset, else -1; and that sentence's part.
  int64_t compass_begin_ = -1;
  const char* compass_part_ = nullptr;
};

}  // namespace dragoman

#endif  // DRAGOMAN_GEO_PLACE_RESOLVER_H_
