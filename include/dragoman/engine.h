// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The public entry point. Read this header first.
//
//   auto engine = dragoman::Engine::Create(dragoman::EngineOptions{});   // loads dictionaries once
//   if (!engine.ok()) { ... engine.status().ToString() ... }
//   auto coder = (*engine)->NewCoder();                                   // one per thread
//   dragoman::Article article;  article.id = "a1";  article.raw = text;
//   dragoman::CodedArticle out = coder->Code(std::move(article), "2017-08-04");
//   for (const dragoman::Event& e : out.events) ...
//
// An Engine is immutable after Create() and may be shared by threads; a Coder is not thread-safe.

#ifndef DRAGOMAN_ENGINE_H_
#define DRAGOMAN_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/event.h"
#include "dragoman/quote.h"
#include "dragoman/status.h"

namespace dragoman {

struct EngineOptions {
  // Directory with cameo/cameo.tsv and dict/*.dict. Empty: the build's data directory, or
  // $DRAGOMAN_DATA when set.
  std::string data_dir;
  // Extra dictionary files or directories of *.dict files, loaded after the defaults.
  std::vector<std::string> dictionaries;
  // Load only `dictionaries`, not data_dir/dict.
  bool replace_default_dictionaries = false;
  // WordNet data (Debian wordnet-base) and the part-of-speech lexicon (Debian festlex-poslex).
  // Empty: the paths configured at build time.
  std::string wordnet_dir;
  std::string poslex_path;
  // The place gazetteer (doc/places.md). Empty: $DRAGOMAN_GAZETTEER when set, else the file the
  // build made; "none" (or a build configured with -DDRAGOMAN_GAZETTEER=OFF): no places are found.
  // Create() fails when the file is named but cannot be read.
  std::string gazetteer_path;
  // Code headlines and sub-headlines too (default: only captions and body; headlines repeat the
  // body in telegraphic form and double-count events).
  bool code_headlines = false;
  // Find attributed quotes and reported speech (CodedArticle::quotes, doc/quotes.md); off: no quote
  // pass, no "we" resolved to a speaker, no event is made kClaimed.
  bool find_quotes = true;
  // Whose coding rules: Dragoman's (the dictionaries, including imported TABARI and PETRARCH ones,
  // are compiled into our model and coded by our clause analysis), or TABARI's (the TABARI project
  // among `dictionaries`, given as "tabari:PROJECT", codes each sentence the way TABARI does:
  // its source/target defaults, comma and conjunction handling, compounds, paired codes; see
  // doc/legacy_formats.md). Ingestion, sentences, quotes, places and output stay ours.
  enum class Rules { kDragoman, kTabari };
  Rules rules = Rules::kDragoman;
  // Sentences each pass of Coder::Code runs over before the next pass (analysis, places, quotes,
  // events; doc/design.md). The output is the same for any value; 1 runs every pass sentence by
  // sentence. The default keeps each pass's code in the instruction cache (doc/performance.md).
  int sentence_window = 8;
};

struct LoadReport {
  size_t actors = 0, agents = 0, names = 0, verbs = 0, nouns = 0, patterns = 0, sets = 0;
  std::vector<std::string> problems;  // "FILE:LINE: message: text", one per skipped record or line
  double seconds = 0;                 // wall time of Create()
  size_t places = 0;                  // gazetteer places (0: no gazetteer)
  double gazetteer_seconds = 0;       // time to load it
  size_t gazetteer_bytes = 0;         // memory it holds
};

// A sentence of a coded article.
struct CodedSentence {
  Span span;         // in Article::raw
  std::string text;  // normalised
  PartKind part = PartKind::kBody;
  int events = 0;
};

struct CodedArticle {
  Article article;
  std::vector<CodedSentence> sentences;  // the sentences that were coded (captions and body)
  std::vector<Event> events;
  std::vector<PlaceMention> places;      // every place name, in text order (doc/places.md)
  std::vector<Quote> quotes;             // attributed quotes and reported speech, in text order
};

class Coder;

class Engine {
 public:
  // Loads the CAMEO table, WordNet, the part-of-speech lexicon and the dictionaries. Fails if a
  // required file is missing or unreadable; malformed dictionary records are skipped and listed in
  // load_report().problems.
  static Result<std::unique_ptr<Engine>> Create(const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const LoadReport& load_report() const;
  // Consistency problems of the loaded dictionaries, "FILE:LINE: message": overlapping date ranges
  // of one actor, a pattern written twice for one anchor, an anchor defined in two records.
  std::vector<std::string> CheckDictionaries() const;
  // A new Coder bound to this engine (which must outlive it). Fails only if ICU data is missing.
  Result<std::unique_ptr<Coder>> NewCoder() const;

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class Coder {
 public:
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  // Reads the article's parts from article.raw (unless article.parts is already filled), then codes
  // its captions and body. `known_date` (YYYY-MM-DD or empty) supplies the year of a date line
  // without one, or the date when the text has none. Never fails: text it cannot code yields no
  // events.
  CodedArticle Code(Article article, const std::string& known_date);

  // For `dragoman explain`: the analysis of one sentence as readable text (tokens with tags and
  // lemmas, dictionary hits, mentions, verb groups, clause marks, and why each verb was or was not
  // coded), followed by the events.
  std::string Explain(const std::string& sentence, const std::string& date);

  struct Impl;

 private:
  friend class Engine;
  explicit Coder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_ENGINE_H_
