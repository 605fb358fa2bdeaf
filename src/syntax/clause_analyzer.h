// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// ClauseAnalyzer: a shallow, linear-time clause analysis of a tagged sentence with its mentions.
//   - verb groups: auxiliaries, modals, negation and adverbs around a main verb; "to" infinitives
//     with the verb group they complement; passive voice (be + past participle);
//   - clause boundaries: complementizers and relative pronouns (that, which, who), subordinators,
//     semicolons, and the point after a reporting verb ("said (that) …");
//   - reported-speech frames that interrupt or close a sentence (", the diplomat said,",
//     ", Lev Dengov, the head of …, told newspaper Kommersant.") are marked so that the speaker is
//     never taken as a participant of the events reported;
//   - parentheses and appositives (", the head of the Russian contact group,") are stepped over.
// Subject(), Object() and Controller() answer the coder's questions about one verb group.

#ifndef DRAGOMAN_SYNTAX_CLAUSE_ANALYZER_H_
#define DRAGOMAN_SYNTAX_CLAUSE_ANALYZER_H_

#include <string>

#include "lexicon/lexicon.h"
#include "syntax/sentence_analysis.h"

namespace dragoman {

// Finds verb groups, boundaries, frames and skipped spans. Mentions must be filled already.
void AnalyzeClauses(const Lexicon& lexicon, SentenceAnalysis* analysis);

// The mention that is the subject of verb group `v`, or -1: the nearest participant mention to its
// left in the same clause, stepping over frames, parentheticals and appositives; for a relative
// clause ("…, which has agreed") the antecedent; for a second conjoined verb ("visited X and have
// said") the first verb's subject; for an infinitive or a reduced participle, its controller.
int Subject(const SentenceAnalysis& analysis, int v);

// The first participant mention after verb group `v` in its clause (not a place, not in a frame,
// and not coded `not_code` — the source's own code, so that "its borders" is passed over), or -1.
// `from` (if set) starts the search later than the verb group's end: after the words a pattern used
// ("threatened to impose restrictions | against German goods"); verb groups before it do not stop it.
// Mentions that are the source's own belongings ("offered its troops to X") are passed over too.
int Object(const SentenceAnalysis& analysis, int v, const std::string& not_code = "", uint32_t from = 0);

// True if token `k` stands in an adverbial clause of circumstance or of an act not (yet) done: one
// opened by as, when, before, until, once, if, unless, although or though ("resigned | as the
// opposition threatened to storm"). Clauses of a prior or parallel event (after, since, because,
// while, whereas) are not counted: they report news of their own. A clause that opens the sentence
// ends at the first comma ("When talks failed, | Russia attacked": "attacked" is not in it).
bool InAdverbialClause(const SentenceAnalysis& analysis, uint32_t k);

// True if token `k` stands in a clause that only modifies a noun: a restrictive relative clause (a
// relative pronoun or relative "that" with no comma before it: "Macedonia which is preparing an
// offensive"), the content clause of a noun ("an allegation by the LPC that the NPFL had taken …"),
// or a reduced -ing relative right after a noun ("refugees fleeing the war").
bool InNounModifier(const SentenceAnalysis& analysis, uint32_t k);

// One past the last token that verb group `v`'s clause may use for its complements.
uint32_t ClauseEnd(const SentenceAnalysis& analysis, int v);

}  // namespace dragoman

#endif  // DRAGOMAN_SYNTAX_CLAUSE_ANALYZER_H_
