// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// ToponymFinder: finds the place names of one tagged sentence by looking up capitalised token
// sequences in the Gazetteer (the longest name wins), and notes the context resolution needs.
//
// Rules (doc/places.md):
//   - a name starts at a capitalised token and may span up to 6 tokens, with lower-case connectors
//     inside ("Rio de Janeiro", "Bosnia and Herzegovina"); its last token is capitalised;
//   - not a place: a token inside a person's name the lexicon matched ("Khalifa Haftar"), a name
//     right after another proper noun ("George Washington", "Mount Kenya"), an abbreviation ("Ill.",
//     "TX") anywhere but after "Place, ";
//   - names flagged as ordinary words ("Reading", "Split") need a locative preposition before them
//     in mid-sentence, or a ", State" after them; hard stops ("August", "Police", "Mobile") need the
//     ", State";
//   - also found: a legislator's state ("D-N.D."), counties and townships written short ("Platte
//     Co.", "Madison Twp."), numbered roads ("County Road 43", "KY 52"), streets with a compass
//     initial ("E. Broad St."); not places: languages ("English language learners"), acronyms that
//     are only a village's name ("the NGO"), saints' institutions ("St. John's Health System"),
//     relatives' names ("his son Bryan"); in a title-case headline a capitalised neighbour proves
//     nothing;
//   - locative: after in, at, near, off, outside, inside, across, throughout, around, within, into,
//     possibly with a determiner, adjectives and a place noun between ("in the Chechen capital
//     Grozny"), or coordinated with a locative name ("in Moscow and Grozny");
//   - qualifier: "Springfield, Ill." -> Springfield is inside Illinois;
//   - modifier: a demonym before a place noun ("Chechen capital Grozny") -> Grozny is inside Chechnya.
//
// Thread safety: stateless functions; the Gazetteer and Lexicon are read only.

#ifndef DRAGOMAN_GEO_TOPONYM_FINDER_H_
#define DRAGOMAN_GEO_TOPONYM_FINDER_H_

#include <cstdint>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "geo/gazetteer.h"
#include "lexicon/lexicon.h"
#include "text/token.h"

namespace dragoman {

struct Toponym {
  uint32_t begin = 0, end = 0;  // token indexes [begin, end) in the sentence
  // Bytes of the normalised text when the name is only part of its tokens ("Egypt" in "Egypt-US",
  // "W.Va." with the sentence's final dot); 0, 0: the tokens' own bytes.
  uint32_t byte_begin = 0, byte_end = 0;
  Gazetteer::NameRef name;
  bool adjective = false;  // every posting is a demonym form ("Libyan")
  bool locative = false;
  int qualifier = -1;      // index (in the same output vector) of "Ill." in "Springfield, Ill."
  int modifier = -1;       // index of "Chechen" in "the Chechen capital Grozny"
  bool is_qualifier = false;
  bool feature = false;    // a named feature not in the gazetteer ("Main Street"): no postings
};

// Appends the toponyms of `tokens` (one sentence, tagged) to `out`. `hits` are the lexicon's name
// hits for the same tokens (used to skip person names); pass an empty vector when there are none.
// Indexes in qualifier/modifier are positions in `out`. `person_words` (may be null) carries the
// keys of words seen in person names earlier in the article ("Jones" of "Tom Jones", "Mr. Jones"):
// a one-word name found there is not a place; this call adds the words it sees in person names.
// `after_initial`: the previous sentence ended with a capital's initial ("Irvin E."), so a one-word
// name at the start of this one is a surname the sentence splitter cut off. `surnames` (may be
// null) gets the words seen with strong evidence of a surname (the last word of a person the
// lexicon knows, a name after a middle initial or a title, a town name that speaks: "Dyer said"),
// for the caller to apply to the whole article. `headline`: the sentence is a headline, which may be
// written in title case ("Freemason Bogdanov Joins Sochi Mayor Race"); there a capitalised neighbour
// does not make a one-word name part of a person's name.
void FindToponyms(const Gazetteer& gazetteer, const Lexicon* lexicon, std::span<const Token> tokens,
                  const std::vector<NameHit>& hits, std::vector<Toponym>* out,
                  std::unordered_set<std::string>* person_words = nullptr, bool after_initial = false,
                  std::unordered_set<std::string>* surnames = nullptr, bool headline = false);

}  // namespace dragoman

#endif  // DRAGOMAN_GEO_TOPONYM_FINDER_H_
