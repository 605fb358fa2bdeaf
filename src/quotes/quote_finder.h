// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// QuoteFinder: who said what, to whom, through which outlet. It runs beside the sentence loop of
// Coder::Code (doc/quotes.md has the rules and examples):
//
//   finder.BeginArticle(text, raw, &norm);       // direct-quote regions from the quote marks
//   for each sentence: mentions, clauses, then
//     finder.ObserveSentence(&analysis);           // cues, speakers, reported-speech content;
//                                                  // "we"/"I" inside a quote get the speaker's code
//     then the event coder
//   finder.Finish();                               // attributes the remaining quotes
//   MakeQuotes(finder, norm, article, &events);    // public records with raw spans; links events
//
// Cues: reporting verbs (&speech and cue_words.h) with the speaker before them ("Dengov said"), after
// them (", said Perrone"), in an interrupting frame (", the diplomat said, ''…''"), or carried over
// (", adding that …"); "according to X"; "as X said"; "X was quoted as saying"; passives with and
// without an agent ("was endorsed by X", "X was accused of …"); "X: …" speaker labels; cue nouns
// ("Haftar's statements that …", "X's bet is that …"). Each cue has a speaker (resolved to an actor through the mentions,
// their coreference, and the names the article introduced in apposition: "the Italian ambassador to
// Tripoli, Giuseppe Perrone" makes a later "Perrone" ITAGOV), an outlet ("told newspaper Kommersant",
// "in an interview with Reuters"), an addressee ("told reporters"), and the reported-speech content.
// A direct quote is attributed to the cue framing it, to the reported speech it sits in, to the cue of
// the previous quote of its paragraph, to a "said:" that ends the previous paragraph, or, when it
// opens a paragraph with no cue of its own, to the speaker of the previous paragraph.
//
// A QuoteFinder is reused article after article by one Coder; it is not thread-safe. Offsets are byte
// offsets into the normalised text given to BeginArticle.

#ifndef DRAGOMAN_QUOTES_QUOTE_FINDER_H_
#define DRAGOMAN_QUOTES_QUOTE_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/event.h"
#include "dragoman/quote.h"
#include "lexicon/lexicon.h"
#include "quotes/quote_marks.h"
#include "quotes/verb_senses.h"
#include "syntax/sentence_analysis.h"
#include "text/normalizer.h"

namespace dragoman {

// A byte range of the normalised text.
struct TextRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

// A speaker, outlet or addressee as found at a cue.
struct CueActor {
  TextRange range;          // as written ("the diplomat")
  std::string code;         // "ITAGOV", or empty
  std::string entity;       // "Giuseppe Perrone", or empty
  std::string resolved_from;
  std::vector<TextRange> chain;  // coreference links, nearest first
  std::vector<const SourceLine*> records;
  bool person = false;
  bool empty() const { return range.empty(); }
};

struct QuoteCue {
  int sentence = 0;           // index of the observed sentence
  TextRange words;            // "said", "has learned", "according to", ":"
  TextRange frame;            // speaker, cue words and their adjuncts
  CueActor speaker, outlet, addressee;
  std::vector<TextRange> pieces;  // reported-speech content
  bool colon = false;         // "said:" with nothing after it: the quote follows
  bool label = false;         // a paragraph that is only a name, over the quote it introduces
  bool label_turn = false;    // "PENCE: …" opening a paragraph: a transcript turn, to its end
  bool stance = false;        // a position taken ("called for", "praised"), not a statement reported
  bool speech = false;        // a reporting verb proper (said, told, added), a label or "according to"
};

struct FoundQuote {
  TextRange content;
  bool direct = false;
  int cue = -1;  // into cues(), or -1 when unattributed
  int sentence = 0;
};

class QuoteFinder {
 public:
  // `lexicon` (and `senses`, when not null) must outlive the finder. Without `senses` only the listed
  // cue verbs (cue_words.h) are read.
  explicit QuoteFinder(const Lexicon* lexicon, const VerbSenses* senses = nullptr)
      : lexicon_(lexicon), senses_(senses) {}
  QuoteFinder(const QuoteFinder&) = delete;
  QuoteFinder& operator=(const QuoteFinder&) = delete;

  // Starts an article. `text` is the normalised text of its coded parts (paragraphs separated by
  // "\n\n"), `raw` the article's raw text and `norm` the map between them (may be null: then single
  // quotes are read from ASCII marks only). The views must stay valid until Finish().
  void BeginArticle(std::string_view text, std::string_view raw, const NormalizedText* norm);

  // Reads one sentence (in text order, after mentions and clauses, before coding). Its tokens carry
  // offsets into the text. First-person mentions inside a quote whose speaker is already known get the
  // speaker's code ("we" in an Italian diplomat's quote → ITA), so that the coder uses them.
  void ObserveSentence(SentenceAnalysis* analysis);

  // Attributes what is left and returns the article's quotes in text order. Valid until the next
  // BeginArticle().
  const std::vector<FoundQuote>& Finish();
  // What the last Finish() returned.
  const std::vector<FoundQuote>& quotes() const { return quotes_; }

  const std::vector<QuoteCue>& cues() const { return cues_; }
  const std::vector<QuoteRegion>& regions() const { return regions_; }
  std::string_view text() const { return text_; }

 private:
  struct NameNote {  // a person's full name seen in the article
    TextRange range;
    std::string text, last;  // "Giuseppe Perrone", "perrone"
    CueActor described;      // what an apposition says of them ("the Italian ambassador")
  };
  struct MentionNote {  // every coded or resolved mention seen, for coreference chains
    TextRange range, antecedent;
  };

  void FindCues(const SentenceAnalysis& a, int sentence);
  void LearnNames(const SentenceAnalysis& a);
  CueActor ResolveSpeaker(const SentenceAnalysis& a, int b, int e, int ab, int ae) const;
  CueActor MentionActor(const SentenceAnalysis& a, int m) const;
  void AddChain(CueActor* actor, TextRange from) const;
  // The cue of region r from the cues known so far, or -1. `depth` bounds the look at earlier regions.
  int AttributeRegion(size_t r, int depth) const;
  int ParagraphOf(uint32_t pos) const;
  int SentenceOf(uint32_t pos) const;
  static bool HasWordsBetween(const SentenceAnalysis& a, int b, int e);
  // The region whose closing mark stands right before pos (spaces, a comma, or a name cut at a middle
  // initial between), or -1.
  int QuoteEndingBefore(uint32_t pos) const;
  bool QuoteEndsBefore(uint32_t pos) const;
  // Two to six capitalised words and no sentence punctuation: a title or a name ("Open Doors").
  bool TitleLike(TextRange r) const;
  int RegionAt(uint32_t pos) const;  // the region whose marks enclose pos, or -1
  void ResolveFirstPerson(SentenceAnalysis* a);

  const Lexicon* lexicon_;
  const VerbSenses* senses_;
  std::string_view text_, raw_;
  const NormalizedText* norm_ = nullptr;
  std::vector<uint32_t> paragraph_starts_;
  std::vector<uint32_t> sentence_starts_;
  std::vector<QuoteRegion> regions_;
  std::vector<int> region_cue_;   // per region: attributed cue, -1 none yet
  std::vector<bool> region_done_;
  std::vector<QuoteCue> cues_;
  std::vector<NameNote> names_;
  std::vector<MentionNote> notes_;
  std::vector<FoundQuote> quotes_;
  size_t first_open_region_ = 0;  // regions before it are attributed for good
  int sentences_ = 0;
};

// The public records of the quotes of the finder's last Finish(): spans mapped to Article::raw through `norm`, stable ids,
// speakers, cues, outlets and addressees. Each event whose verb lies inside a quote is linked to it
// (Quote::event_ids) and, when it was asserted and the quote is a statement (direct, or reported
// speech; not a stance such as "called for"), becomes EventMode::kClaimed: the speaker claims it.
std::vector<Quote> MakeQuotes(const QuoteFinder& finder, const NormalizedText& norm, const Article& article,
                              std::vector<Event>* events);

}  // namespace dragoman

#endif  // DRAGOMAN_QUOTES_QUOTE_FINDER_H_
