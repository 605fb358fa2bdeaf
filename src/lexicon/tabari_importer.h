// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// TabariImporter: reads TABARI's dictionary files unchanged (.verbs, .actors, .agents, .options and
// the .project file that names them) into a faithful model of their own (LegacyDictionary, shared
// with the PETRARCH importer), and converts that model into Dragoman's DictionaryData.
//
// The formats are described in doc/legacy_formats.md. In short:
//
//   actors   NAME_WORDS [CODE] [CODE <YYMMDD] [CODE >YYMMDD] [CODE YYMMDD-YYMMDD] ; comment
//            +SYNONYM                         (further names of the same actor)
//            <TAB>[CODE DATES]                (code lines of a multi-line entry)
//            <NOUN> ... </NOUN>, <ADJECTIVE> ... </ADJECTIVE>   (words typed for the parser)
//   agents   NAME_WORDS [~SUFFIX] | [PREFIX~]
//   verbs    ROOT_WORDS [CODE] ; comment       (a verb; [a:b] paired, [CODE?] subordinate, [CODE!] dominant)
//            { FORM_ FORM_ }                   (irregular forms of the root)
//            - LOWER WORDS * UPPER WORDS [CODE]   (a pattern; * is the verb)
//            <SYNSETS> &NAME +MEMBER ... </SYNSETS>, <TIME> PHRASE [shift] ... </TIME>
//   words    WORD  (stem: any word that starts with it)   WORD_ (the word, with regular endings)
//            WORD= (exactly the word)   A_B (A directly followed by B)   A B (words may stand between)
//            WORD~ (pattern: a stem even before a connector)
//   pattern  + target, $ source, % compound actor, ^ skipped actor, &SET, { A | B C } alternatives
//   codes    --- null (known, not coded), ### discard the sentence, +++ complex (do not code)
//
// Every file is read as bytes: CR before LF is dropped, a line that is not valid UTF-8 is taken as
// Latin-1 and converted. A malformed line or code block is reported as "FILE:LINE: reason: text" and
// skipped; reading goes on.
//
// Two-digit years (YYMMDD): see ResolveYear(). Eight-digit dates (YYYYMMDD) are taken as written.

#ifndef DRAGOMAN_LEXICON_TABARI_IMPORTER_H_
#define DRAGOMAN_LEXICON_TABARI_IMPORTER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/status.h"
#include "lexicon/dictionary.h"

namespace dragoman {

// One word of a dictionary phrase, upper case, markers removed.
struct LegacyWord {
  enum Match : uint8_t {
    kStem,   // WORD   : any text word that starts with it
    kWord,   // WORD_  : the word itself, or with a regular ending (nouns: S 'S ES; verbs: S ES ED D EN ING)
    kExact,  // WORD=  : the word itself only
  };
  std::string text;
  Match match = kStem;
  bool adjacent_next = false;  // '_' between this word and the next: no words may stand between
};

// An element of a verb pattern.
struct LegacyElement {
  enum Kind : uint8_t {
    kWord,          // a literal word
    kSynset,        // &NAME
    kAlternatives,  // { A | B C }: one of several phrases
    kTarget,        // +
    kSource,        // $
    kCompound,      // %: a compound actor (both members take part)
    kSkip,          // ^: an actor that is passed over
    kVerb,          // *: the verb itself
  };
  Kind kind = kWord;
  LegacyWord word;                                       // kWord
  std::string name;                                      // kSynset: with '&'
  std::vector<std::vector<LegacyElement>> alternatives;  // kAlternatives
  bool adjacent_next = false;                            // '_' follows the element
  bool noun_phrase = false;                              // PETRARCH {A B}: the words of one noun phrase
  bool prep_phrase = false;                              // PETRARCH (A B): a prepositional phrase
};

// An event code as written in a verb record: "064", "032:033" (paired), "023?" (subordinate),
// "031!" (dominant), "---" (null), "###" (discard), "+++" (complex), ":173" (paired only).
struct LegacyCode {
  std::string code;    // the primary code; "---", "###", "+++" as written; may be empty for ":173"
  std::string paired;  // the code of the paired event (target → source), or empty
  bool subordinate = false;  // '?': used only when the sentence has no other codable verb
  bool dominant = false;     // '!': when coding every verb, this one wins
};

struct LegacyPattern {
  std::vector<LegacyElement> lower;  // elements before the verb, in text order
  std::vector<LegacyElement> upper;  // elements after the verb
  LegacyCode code;
  std::string text;  // as written (without the code and comment)
  SourceLine where;
};

struct LegacyVerb {
  std::vector<std::vector<LegacyWord>> roots;  // the root phrase, then its irregular forms
  LegacyCode code;
  std::vector<LegacyPattern> patterns;  // longest first (TABARI tries the longest pattern first)
  SourceLine where;
};

// A code of an actor or agent with its date restriction. from/to are YYYYMMDD, 0 = open.
struct LegacyCodeSpan {
  std::string code;  // "USAGOV", "---", "###", "+++"; agents: "~GOV" (suffix) or "NGO~" (prefix)
  DateInt from = 0;
  DateInt to = 0;
};

struct LegacyActor {
  std::vector<std::vector<LegacyWord>> phrases;  // the name, then its synonyms
  std::vector<std::vector<LegacyCodeSpan>> codes;  // code blocks; "ELR/GAL" is one block of two codes
  SourceLine where;
};

struct LegacyAgent {
  std::vector<std::vector<LegacyWord>> phrases;
  std::string code;  // "~GOV" or "NGO~"
  SourceLine where;
};

struct LegacyTimePhrase {
  std::vector<LegacyWord> words;
  std::string shift;  // "-7", "+30", "###", "+++", "- - -"
  SourceLine where;
};

// PETRARCH-2 verb transformation (~ a (a b ATTACK) SAY = a b 015): kept as written.
struct LegacyTransformation {
  std::string text;
  SourceLine where;
};

// Options as TABARI reads them from an .options file or an { OPTION: ... } validation record.
struct TabariOptions {
  int complex_verbs = 0;     // COMPLEX: VERBS[n]: more verbs than this → complex (0: no limit)
  int complex_conj = 0;      // COMPLEX: CONJ[n]
  bool no_actor_prior = false;  // COMPLEX: NOACTPRIOR: no actor before the verb → complex
  std::string default_source, default_target;  // DEFAULT: SOURCE [X] TARGET [Y]
  bool default_prior = false;  // DEFAULT: ... PRIOR: the default source stands in when no actor precedes the verb
  bool default_after = false;  // DEFAULT: ... AFTER: the default target stands in when no actor follows it
  enum CodeBy : uint8_t { kByClause, kBySentence, kAll } code_by = kByClause;
  bool convert_agent = false;  // SET: CONVERT AGENT = TRUE: an agent alone is an actor (~MOS)
  int minimum_words = 8;       // SET: MINIMUM WORDS = n: shorter records are not coded
  bool yyyy = false;           // SET: YYYY = TRUE: record dates are YYYYMMDD
  bool time_shift = true;      // SET: TIME SHIFT: <TIME> phrases move the event date
  bool forward = false;        // FORWARD: ...: pronouns may refer to the previous record's actors
  // COMMA: comma-delimited clauses whose length in words is within [min, max] are skipped:
  // internal (between two commas), ending (last comma to the end), beginning (start to first comma).
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 255, comma_bmax = 0;
  bool comma_off = false;
};

// Applies one options line ("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR", "SET: CODE ALL",
// "DEFAULT: OFF", ...). Returns false, with `error` set, for a line it does not understand; lines it
// understands but that change nothing the coder uses (LABEL:, OUTPUT:) return true.
bool ApplyTabariOption(std::string_view line, TabariOptions* options, std::string* error);

// The dictionaries of one TABARI project or PETRARCH directory, in their own terms.
struct LegacyDictionary {
  std::vector<LegacyActor> actors;
  std::vector<LegacyAgent> agents;
  std::vector<LegacyVerb> verbs;
  std::map<std::string, std::vector<std::vector<LegacyElement>>> synsets;  // "&CURRENCY" → members
  std::vector<std::string> nouns;       // <NOUN>: words that are never verbs
  std::vector<std::string> adjectives;  // <ADJECTIVE>
  std::vector<LegacyTimePhrase> times;
  std::vector<std::vector<LegacyWord>> discards;       // PETRARCH sentence-level discard phrases
  std::vector<std::vector<LegacyWord>> story_discards; // PETRARCH story-level discard phrases (+)
  std::vector<LegacyTransformation> transformations;
  TabariOptions options;
};

// What was read, for reports: entries per kind and lines skipped.
struct LegacyLoadStats {
  size_t actors = 0, actor_names = 0, agents = 0, verbs = 0, patterns = 0, synsets = 0;
  size_t nouns = 0, times = 0, discards = 0, transformations = 0;
  size_t skipped = 0;          // malformed lines or code blocks, each also in `errors`
  size_t latin1_lines = 0;     // lines converted from Latin-1
  double seconds = 0;          // wall time
};

struct LegacyImportOptions {
  // The reference year for two-digit years (see ResolveYear); 0: the newest four-digit year from
  // 1900 to 2099 written in the file's comment lines, else the current year.
  int two_digit_year_reference = 0;
};

// The reference year of a file for ResolveYear: the newest year 1900–2099 written in its comment
// lines ('#', ';', "~~" lines and ';' comments), or 0 when it names none.
int LegacyReferenceYear(const std::vector<std::string>& lines);

// Text helpers shared by the TABARI and PETRARCH readers: white space trimmed at both ends; ASCII
// letters in upper case (the legacy files match words in capitals).
std::string LegacyTrim(std::string_view s);
std::string LegacyUpper(std::string_view s);

// The bytes of a dictionary file, or of every file of a .zip archive joined by newlines.
Result<std::string> ReadLegacyFile(const std::string& path);

// Reads `bytes` as lines: drops the CR of CRLF, converts a line that is not valid UTF-8 from Latin-1.
// `latin1_lines`, if not null, is incremented per converted line.
std::vector<std::string> ReadLegacyLines(std::string_view bytes, size_t* latin1_lines);

// The century rule for two-digit years, with no fixed pivot: YY is read as the year in the hundred
// years that end ten years after `reference_year` (with reference 2014: 1925–2024; with 2045:
// 1956–2055). Dictionaries are written about the past, so a date at most ten years ahead of the
// file is read as future and all others as past.
int ResolveYear(int two_digit_year, int reference_year);

// Parses a date restriction date: six digits YYMMDD (century by ResolveYear) or eight digits
// YYYYMMDD. Returns false for anything else (a seven-digit "2004017", a month 13).
bool ParseLegacyDate(std::string_view digits, int reference_year, DateInt* out);

// Parses one dictionary phrase ("UNITED_ARAB_EMIRATES", "AL GORE", "DEPART_", "MOUSE=") into words.
std::vector<LegacyWord> ParseLegacyPhrase(std::string_view text);

// Parses a verb pattern body (the text between '-' and '['): "SAID $ * ON_ { A | B }".
// Returns false, with `error`, for an unbalanced brace or a pattern without '*'. A PETRARCH pattern
// whose '*' is implicit (it starts with the upper phrase) is accepted when `implicit_verb` is set.
bool ParseLegacyPattern(std::string_view text, bool implicit_verb, LegacyPattern* out, std::string* error);

// Parses a bracketed event code "[032:033]" body "032:033". Returns false for an empty body.
bool ParseLegacyCode(std::string_view body, LegacyCode* out);

// TABARI files. Each appends to `dict`, reports malformed lines in `errors` ("FILE:LINE: reason:
// text") and counts in `stats`. `name` is used in messages; `text` is the file's bytes.
void ParseTabariActors(const std::string& name, std::string_view text, const LegacyImportOptions& options,
                       LegacyDictionary* dict, std::vector<std::string>* errors, LegacyLoadStats* stats);
void ParseTabariAgents(const std::string& name, std::string_view text, LegacyDictionary* dict,
                       std::vector<std::string>* errors, LegacyLoadStats* stats);
void ParseTabariVerbs(const std::string& name, std::string_view text, LegacyDictionary* dict,
                      std::vector<std::string>* errors, LegacyLoadStats* stats);
void ParseTabariOptions(const std::string& name, std::string_view text, TabariOptions* options,
                        std::vector<std::string>* errors);

// A TABARI project file: the dictionary and text files it names, resolved against its directory.
struct TabariProject {
  std::vector<std::string> actors, agents, verbs;
  std::string options, text;
};
Result<TabariProject> ReadTabariProject(const std::string& path);

// Loads a .project (all the dictionaries and options it names) or one dictionary file (.actors,
// .agents, .verbs, .options; a .zip holding one) into `dict`. The kind of a single file is taken
// from its name, else from its content (DetectLegacyFormat). Fails only when a file cannot be read.
Status LoadTabari(const std::string& path, const LegacyImportOptions& options, LegacyDictionary* dict,
                  std::vector<std::string>* errors, LegacyLoadStats* stats);

enum class LegacyFormat : uint8_t {
  kUnknown,
  kTabariProject,
  kTabariActors,
  kTabariAgents,
  kTabariVerbs,
  kTabariOptions,
  kPetrarchVerbs,   // CAMEO.2.0.txt style: "---  NAME   [---]  ---" blocks, synsets
  kPetrarchActors,  // Phoenix actors: TABARI actors syntax with '#' comments
  kPetrarchAgents,  // Phoenix agents: !SUBST! sets
  kPetrarchDiscards,
  kPetrarchIssues,
};
// Guesses the format of a dictionary file from its name and first lines. kUnknown for a Dragoman
// .dict file or anything else.
LegacyFormat DetectLegacyFormat(const std::string& path, std::string_view head);

// Converts the legacy model into Dragoman's records (appended to `out`). What Dragoman's model cannot
// express is dropped and counted in `dropped` (one line per kind, e.g. "patterns with words before
// the verb: 1234"): stems become whole words, patterns with words before the verb, %, ^ or
// alternatives are left out, paired codes keep their first event, null/discard/complex codes make
// no record. Actor names become title case ("UNITED_ARAB_EMIRATES" → "United Arab Emirates"), agent
// names lower case. `origin` names the import in messages.
void LegacyToDictionaryData(const LegacyDictionary& dict, DictionaryData* out, std::vector<std::string>* dropped);

// For the engine's --dict arguments: "tabari:PROJECT_OR_FILE", "petrarch:DIR_OR_FILE", or a plain
// path to a TABARI/PETRARCH file recognised by DetectLegacyFormat (a directory is never guessed:
// Dragoman's own *.dict directories stay with the Dragoman parser). Sets *handled when `spec` is a
// legacy dictionary; then loads it, converts it into `data` and appends skipped lines and what the
// conversion dropped (as "SPEC: note") to `problems`. Fails only when a file cannot be read.
Status ImportLegacyDictionary(const std::string& spec, DictionaryData* data, std::vector<std::string>* problems,
                              bool* handled);

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_TABARI_IMPORTER_H_
