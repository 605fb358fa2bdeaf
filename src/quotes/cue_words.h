// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// CueWords: the words the quote finder reads attributions by. They extend the lexicon's &speech set
// (data/dict/sets.dict), which stays the engine-wide list of reporting verbs:
//   - cue verbs: &speech plus verbs that report speech or a stance when they take a that-clause or a
//     quote ("warned that", "argued that", "a poll shows that", "has learned that");
//   - outlet words: "newspaper", "agency", "television" … ("told newspaper Kommersant");
//   - audience words: "reporters", "parliament" … ("told reporters");
//   - time and manner words that stand between a cue and its content ("said on Monday that");
//   - cue nouns: "X's claim that …", "statements that …".
// All functions take lower-case words or lemmas.

#ifndef DRAGOMAN_QUOTES_CUE_WORDS_H_
#define DRAGOMAN_QUOTES_CUE_WORDS_H_

#include <string_view>

namespace dragoman {

// How a verb introduces reported speech.
enum class CueStrength {
  kNone,
  kStance,  // a position taken toward something ("called for a recount", "praised the deal", "wants
            // to run"): any complement, but only with a speaker-like subject
  kWeak,    // a finding or belief: needs a that-clause, a clause, a colon or a quote ("found that")
  kStrong,  // speech proper: also frames (", said X") and bare complements ("said the talks failed")
};

// The strength of lemma `lemma` as a cue verb; `in_speech_set` is whether the lexicon's &speech
// set holds it.
CueStrength CueVerbStrength(std::string_view lemma, bool in_speech_set);

// A common noun that can be a speaker: people ("officials", "critics"), bodies ("committee"),
// documents and findings ("poll", "report", "study").
bool IsSpeakerNoun(std::string_view lower);
bool IsOutletWord(std::string_view lower);    // newspaper, daily, agency, radio, television …
bool IsAudienceWord(std::string_view lower);  // reporters, journalists, parliament, lawmakers …
bool IsTimeWord(std::string_view lower);      // monday … sunday, yesterday, today, earlier, later …
bool IsTimePeriod(std::string_view lower);    // week, month, year, morning, monday … sunday, spring …
bool IsMonth(std::string_view lower);         // january … december
bool IsCueNoun(std::string_view lower);       // claim, statement, remarks, warning …
// Verbs whose object is the addressee ("told reporters", "assured parliament").
bool TakesAddressee(std::string_view lemma);
// Adjectives of a stance taken toward a that-clause or a topic ("were incensed that", "is convinced
// that", "are worried about").
bool IsStanceAdjective(std::string_view lower);
// A noun that reports a position toward its complement ("his criticism of", "her plan to", "Trump's
// concerns that"); the cue nouns count too.
bool IsTopicNoun(std::string_view lower);
// A noun whose copula takes a that-clause as its owner's position ("Mr. X's bet is that …", "her
// argument was that …"); the topic and cue nouns count too.
bool IsPositionNoun(std::string_view lower);

}  // namespace dragoman

#endif  // DRAGOMAN_QUOTES_CUE_WORDS_H_
