// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The pipeline: ingest → text → lexicon → syntax → code, for one article at a time.

#include "dragoman/engine.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "code/event_coder.h"
#include "code/tabari_coder.h"
#include "geo/gazetteer.h"
#include "geo/place_resolver.h"
#include "ingest/plain_text_reader.h"
#include "lexicon/cameo_table.h"
#include "lexicon/dictionary.h"
#include "lexicon/dictionary_files.h"
#include "pipeline/event_dates.h"
#include "lexicon/lexicon.h"
#include "quotes/quote_finder.h"
#include "lexicon/tabari_importer.h"
#include "syntax/clause_analyzer.h"
#include "syntax/mention_finder.h"
#include "text/lemmatizer.h"
#include "text/normalizer.h"
#include "text/pos_tagger.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/hash.h"

namespace dragoman {

const char* EventModeName(EventMode mode) {
  switch (mode) {
    case EventMode::kAsserted: return "asserted";
    case EventMode::kIntended: return "intended";
    case EventMode::kThreatened: return "threatened";
    case EventMode::kDenied: return "denied";
    case EventMode::kNegated: return "negated";
    case EventMode::kAlleged: return "alleged";
    case EventMode::kHypothetical: return "hypothetical";
    case EventMode::kClaimed: return "claimed";
  }
  return "asserted";
}

struct Engine::Impl {
  EngineOptions options;
  CameoTable cameo;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::unique_ptr<PosTagger> tagger;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<Gazetteer> gazetteer;  // null: a build without places
  std::unique_ptr<VerbSenses> verb_senses;  // null when quotes are off or WordNet lacks data.verb
  std::unique_ptr<LegacyDictionary> tabari;  // the TABARI project coded by TABARI's rules, if asked
  LoadReport report;
};

namespace {

namespace fs = std::filesystem;

DateInt DateToInt(const std::string& date) {
  DateInt d = 0;
  if (date.size() == 10 && ParseDictDate(date, false, &d)) return d;
  return 0;
}

}  // namespace

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;
const LoadReport& Engine::load_report() const { return impl_->report; }
std::vector<std::string> Engine::CheckDictionaries() const { return impl_->lexicon->Check(); }

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  if (options.sentence_window < 1 || options.sentence_window > 4096) {
    return Status::InvalidArgument("sentence window must be 1 to 4096 sentences, not " +
                                   std::to_string(options.sentence_window));
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;

  Result<CameoTable> cameo = CameoTable::Load(data_dir + "/cameo/cameo.tsv");
  if (!cameo.ok()) return cameo.status();
  impl->cameo = std::move(cameo.value());

  Result<std::unique_ptr<Lemmatizer>> lem =
      Lemmatizer::Load(options.wordnet_dir.empty() ? DRAGOMAN_WORDNET_DIR : options.wordnet_dir);
  if (!lem.ok()) return lem.status();
  impl->lemmatizer = std::move(lem.value());
  if (options.find_quotes) {
    auto senses = VerbSenses::Load(options.wordnet_dir.empty() ? DRAGOMAN_WORDNET_DIR : options.wordnet_dir,
                                   {VerbSenses::kCognition, VerbSenses::kCommunication});
    if (senses.ok()) impl->verb_senses = std::move(senses.value());
  }
  Result<std::unique_ptr<PosTagger>> tagger = PosTagger::Load(
      options.poslex_path.empty() ? DRAGOMAN_POSLEX_PATH : options.poslex_path, impl->lemmatizer.get());
  if (!tagger.ok()) return tagger.status();
  impl->tagger = std::move(tagger.value());

  std::vector<std::string> files;
  if (!options.replace_default_dictionaries) {
    DRAGOMAN_RETURN_IF_ERROR(DictionaryFiles(data_dir + "/dict", &files));
  }
  // TABARI and PETRARCH dictionaries ("tabari:PROJECT", "petrarch:DIR", or a file recognised by
  // its content) go through their importers, after Dragoman's own files.
  std::vector<std::string> legacy;
  for (const std::string& d : options.dictionaries) {
    std::error_code ec;
    if (d.rfind("tabari:", 0) == 0 || d.rfind("petrarch:", 0) == 0 ||
        (!fs::is_directory(d, ec) && fs::exists(d, ec) && fs::path(d).extension() != ".dict")) {
      legacy.push_back(d);
    } else {
      DRAGOMAN_RETURN_IF_ERROR(DictionaryFiles(d, &files));
    }
  }
  DictionaryData data;
  for (const std::string& f : files) {
    DRAGOMAN_RETURN_IF_ERROR(ParseDictionaryFile(f, &data, &impl->report.problems));
  }
  for (const std::string& d : legacy) {
    bool handled = false;
    DRAGOMAN_RETURN_IF_ERROR(ImportLegacyDictionary(d, &data, &impl->report.problems, &handled));
    if (!handled) DRAGOMAN_RETURN_IF_ERROR(ParseDictionaryFile(d, &data, &impl->report.problems));
  }
  impl->lexicon = Lexicon::Build(std::move(data), &impl->cameo, &impl->report.problems);
  if (options.rules == EngineOptions::Rules::kTabari) {
    std::string project;
    for (const std::string& d : options.dictionaries) {
      if (d.rfind("tabari:", 0) == 0) project = d.substr(7);
    }
    if (project.empty()) {
      return Status::InvalidArgument("TABARI's rules need a TABARI project: --dict tabari:PROJECT");
    }
    impl->tabari = std::make_unique<LegacyDictionary>();
    LegacyLoadStats stats;
    DRAGOMAN_RETURN_IF_ERROR(LoadTabari(project, {}, impl->tabari.get(), &impl->report.problems, &stats));
  }
  if (const std::string gp = options.gazetteer_path.empty() ? DefaultGazetteerPath() : options.gazetteer_path;
      !gp.empty() && gp != "none") {
    const auto g0 = std::chrono::steady_clock::now();
    Result<std::unique_ptr<Gazetteer>> gaz = Gazetteer::Load(gp);
    if (!gaz.ok()) return gaz.status();
    impl->gazetteer = std::move(gaz.value());
    impl->report.places = impl->gazetteer->place_count();
    impl->report.gazetteer_bytes = impl->gazetteer->memory_bytes();
    impl->report.gazetteer_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - g0).count();
  }
  const LexiconStats& s = impl->lexicon->stats();
  LoadReport& r = impl->report;
  r.actors = s.actors;
  r.agents = s.agents;
  r.names = s.names;
  r.verbs = s.verbs;
  r.nouns = s.nouns;
  r.patterns = s.patterns;
  r.sets = s.sets;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

struct Coder::Impl {
  const Engine::Impl* engine = nullptr;
  std::unique_ptr<SentenceSplitter> splitter;
  // Reused buffers.
  std::vector<SentenceBounds> bounds;
  std::vector<Token> tokens;
  std::vector<NameHit> hits;
  std::vector<CodedEvent> coded;
  std::unique_ptr<QuoteFinder> quotes;  // null when EngineOptions::find_quotes is off
  std::unique_ptr<ArticlePlaces> places;  // null without a gazetteer
  std::unique_ptr<TabariCoder> tabari;    // set when EngineOptions::rules is kTabari

  // The country of a place name such as a dateline ("MOSCOW", "GAZA CITY"), or empty.
  std::string PlaceCountry(const std::string& place, DateInt date) {
    if (place.empty()) return "";
    std::string text = place.substr(0, place.find('/')), lower;  // "MOSCOW/YEREVAN": the first
    // Datelines are in capitals: match them as a title-cased name would.
    for (size_t i = 1; i < text.size(); ++i) {
      if (std::isalpha(static_cast<unsigned char>(text[i])) && std::isalpha(static_cast<unsigned char>(text[i - 1]))) {
        text[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      }
    }
    LowerAscii(text, &lower);
    std::vector<Token> toks;
    Tokenize(text, lower, 0, static_cast<uint32_t>(text.size()), &toks);
    for (Token& t : toks) t.all_caps = false;
    std::vector<NameHit> found;
    engine->lexicon->MatchNames(toks, &found);
    for (const NameHit& h : found) {
      if (h.kind == NameKind::kAgent || h.end - h.begin != toks.size()) continue;
      const ActorRecord& rec = engine->lexicon->actors()[h.index];
      std::string code(engine->lexicon->ActorCodeOn(rec, date));
      std::string country = rec.country.empty() ? CodeCountry(code) : rec.country;
      if (!country.empty()) return country;
    }
    return "";
  }

  // Tags tokens[...] of one sentence, finds its dictionary names (`names`), mentions and clauses.
  void AnalyzeSentence(std::span<Token> toks, DateInt date, const std::string& context_country,
                       Discourse* discourse, SentenceAnalysis* analysis, std::vector<NameHit>* names) {
    engine->tagger->Tag(toks);
    const Lexicon& lex = *engine->lexicon;
    names->clear();
    lex.MatchNames(toks, names);
    analysis->tokens = toks;
    analysis->mentions.clear();
    FindMentions(lex, *names, date, context_country, discourse, analysis);
    AnalyzeClauses(lex, analysis);
  }

  // One sentence of the article being coded, kept from its analysis to its coding. Code() runs
  // each pass over a window of sentences (EngineOptions::sentence_window) before the next pass
  // (analysis, places, quotes, coding) rather than all passes sentence by sentence: each pass's code
  // then stays in the instruction cache from one sentence to the next, and the window's data stays
  // in the data cache (doc/performance.md). The slots are reused window after window.
  struct SentenceSlot {
    uint32_t begin = 0, end = 0;  // in the normalised text
    PartKind kind = PartKind::kBody;
    std::vector<Token> tokens;
    std::vector<NameHit> hits;  // dictionary names, for the place finder
    SentenceAnalysis analysis;
  };
  std::vector<SentenceSlot> slots;  // one per sentence of the window
};

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::unique_ptr<Coder>> Engine::NewCoder() const {
  auto impl = std::make_unique<Coder::Impl>();
  impl->engine = impl_.get();
  Result<std::unique_ptr<SentenceSplitter>> s = SentenceSplitter::Create();
  if (!s.ok()) return s.status();
  impl->splitter = std::move(s.value());
  impl->slots.resize(static_cast<size_t>(impl_->options.sentence_window));
  if (impl_->options.find_quotes) impl->quotes = std::make_unique<QuoteFinder>(impl_->lexicon.get(), impl_->verb_senses.get());
  if (impl_->gazetteer) impl->places = std::make_unique<ArticlePlaces>(impl_->gazetteer.get());
  if (impl_->tabari) impl->tabari = std::make_unique<TabariCoder>(impl_->tabari.get());
  return std::unique_ptr<Coder>(new Coder(std::move(impl)));
}

CodedArticle Coder::Code(Article article, const std::string& known_date) {
  Impl& im = *impl_;
  CodedArticle result;
  if (article.parts.empty()) ReadPlainText(known_date, &article);
  if (article.date.empty() && !known_date.empty()) {
    article.date = known_date;
    article.date_inferred = true;
  }
  const DateInt date = DateToInt(article.date);
  const CivilDate article_day = ParseIsoDate(article.date).value_or(CivilDate{});
  const bool headlines = im.engine->options.code_headlines;

  NormalizedText norm;
  struct Range {
    uint32_t begin, end;
    PartKind kind;
  };
  std::vector<Range> ranges;
  for (const ArticlePart& p : article.parts) {
    bool code = p.kind == PartKind::kBody || p.kind == PartKind::kCaption ||
                (headlines && (p.kind == PartKind::kTitle || p.kind == PartKind::kSubtitle));
    if (!code || p.span.empty()) continue;
    uint32_t b = p.span.begin;
    // The dateline is not part of the first sentence.
    if (!article.dateline_span.empty() && article.dateline_span.begin == p.span.begin) {
      b = article.dateline_span.end;
    }
    const uint32_t before = static_cast<uint32_t>(norm.text().size());
    norm.Append(article.raw, b, p.span.end);
    uint32_t start = before == 0 ? 0 : before + 2;
    ranges.push_back({start, static_cast<uint32_t>(norm.text().size()), p.kind});
  }
  const std::string& text = norm.text();
  std::string lower;
  LowerAscii(text, &lower);

  Discourse discourse;
  const Lexicon& lex = *im.engine->lexicon;
  const std::string context_country = im.PlaceCountry(article.dateline_place, date);
  if (im.places) {
    // Places: the headline lines (when they are not coded), the dateline, then every sentence.
    im.places->Clear();
    for (const ArticlePart& p : article.parts) {
      if (headlines || (p.kind != PartKind::kTitle && p.kind != PartKind::kSubtitle) || p.span.empty()) continue;
      NormalizedText hn;
      hn.Append(article.raw, p.span.begin, p.span.end);
      std::string hl;
      LowerAscii(hn.text(), &hl);
      im.tokens.clear();
      Tokenize(hn.text(), hl, 0, static_cast<uint32_t>(hn.text().size()), &im.tokens);
      if (im.tokens.empty()) continue;
      im.tokens[0].sentence_initial = true;
      im.engine->tagger->Tag(im.tokens);
      im.hits.clear();  // no dictionary pass for a headline: capitalisation rules alone
      im.places->AddSentence(im.tokens, im.hits, &lex, -1, p.kind == PartKind::kTitle ? "title" : "subtitle",
                             [&](uint32_t b, uint32_t e) { return Span{hn.OriginalOffset(b), hn.OriginalEnd(e)}; },
                             article.raw);
    }
    im.places->AddDateline(article.dateline_place, article.dateline_span, article.raw);
  }
  if (im.quotes) im.quotes->BeginArticle(text, article.raw, &norm);
  // The passes run over windows of sentences (Impl::SentenceSlot): analysis of every sentence of
  // the window, then places, then quotes, then events. The result is the same as sentence by sentence: analysis
  // reads only earlier sentences, the quote pass sees the sentences in text order and changes only
  // the sentence it observes, and coding reads only its own sentence.
  //
  // The events of one analysed sentence:
  auto code_slot = [&](const Impl::SentenceSlot& slot, int sentence_index) {
    const uint32_t sbeg = slot.begin, send = slot.end;
    const std::span<const Token> tokens = slot.tokens;
    const SentenceAnalysis& analysis = slot.analysis;
    CodedSentence cs;
    cs.span = {norm.OriginalOffset(sbeg), norm.OriginalEnd(send)};
    cs.text = text.substr(sbeg, send - sbeg);
    cs.part = slot.kind;
    auto fill_actor = [&](const Mention& m, ActorRef* ref) {
      ref->span = {norm.OriginalOffset(tokens[m.begin].begin), norm.OriginalEnd(tokens[m.end - 1].end)};
      ref->text = article.raw.substr(ref->span.begin, ref->span.end - ref->span.begin);
      ref->code = m.code;
      ref->country = CodeCountry(m.code);
      ref->role = CodeRole(m.code);
      ref->entity = m.entity;
      ref->resolved_from = m.resolved_from;
      for (const SourceLine* s : m.records) ref->dictionary.push_back(s->ToString());
    };
    // An event of this sentence, dated by the article until a date expression says otherwise.
    auto sentence_event = [&] {
      Event e;
      e.article_id = article.id;
      e.sentence_index = sentence_index;
      e.sentence = cs.text;
      e.sentence_span = cs.span;
      e.date = e.date_last = article.date;
      if (!article.date.empty()) e.date_precision = "day";
      return e;
    };
    auto set_code = [&](const std::string& code, Event* e) {
      e->cameo_code = code;
      e->cameo_base = code.substr(0, std::min<size_t>(3, code.size()));
      e->cameo_root = code.substr(0, 2);
      if (const CameoCode* c = lex.cameo()->Find(code)) {
        e->goldstein = c->goldstein;
        e->quad_class = c->quad_class;
        e->plover_event = c->plover_event;
        e->plover_mode = c->plover_mode;
      }
    };
    auto push_event = [&](Event&& e) {
      uint64_t h = Fnv1a64(article.id);
      h = Fnv1a64(std::to_string(e.sentence_index) + "|" + std::to_string(e.verb_span.begin) + "|" +
                      e.source.code + "|" + e.target.code + "|" + e.cameo_code + "|" +
                      std::to_string(e.source.span.begin) + "|" + std::to_string(e.target.span.begin),
                  h);
      char id[24];
      std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(h));
      e.id = id;
      result.events.push_back(std::move(e));
      ++cs.events;
    };
    if (im.tabari) {
      // TABARI's rules (EngineOptions::rules): the imported project codes the sentence as TABARI
      // would; the rest of the pipeline (parts, sentences, quotes, places) is ours.
      TabariResult tr = im.tabari->Code(cs.text, date, im.engine->tabari->options, article.id);
      auto legacy_actor = [&](const std::string& code, Span in_sentence, ActorRef* ref) {
        ref->code = code;
        ref->country = CodeCountry(code);
        ref->role = CodeRole(code);
        if (in_sentence.empty()) {
          ref->resolved_from = "(TABARI default or forwarded actor)";
          return;
        }
        ref->span = {norm.OriginalOffset(sbeg + in_sentence.begin), norm.OriginalEnd(sbeg + in_sentence.end)};
        ref->text = article.raw.substr(ref->span.begin, ref->span.end - ref->span.begin);
      };
      for (const TabariEvent& te : tr.events) {
        Event e = sentence_event();
        legacy_actor(te.source, te.source_span, &e.source);
        legacy_actor(te.target, te.target_span, &e.target);
        set_code(te.code, &e);
        if (!te.verb_span.empty()) {
          e.verb_span = {norm.OriginalOffset(sbeg + te.verb_span.begin), norm.OriginalEnd(sbeg + te.verb_span.end)};
          e.verb_text = article.raw.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin);
          if (im.places) {
            for (uint32_t t = 0; t < tokens.size(); ++t) {
              if (tokens[t].begin == sbeg + te.verb_span.begin) {
                im.places->NoteEvent(result.events.size(), sentence_index, t, analysis);
                break;
              }
            }
          }
        }
        e.confidence = te.source_span.empty() || te.target_span.empty() ? 0.4 : 0.6;
        e.rule.file = te.where.file;
        e.rule.line = te.where.line;
        e.rule.id = fs::path(te.where.file).filename().string() + ":" + std::to_string(te.where.line);
        e.rule.pattern = te.verb + (te.pattern.empty() ? " (default)" : " " + te.pattern);
        push_event(std::move(e));
      }
      result.sentences.push_back(std::move(cs));
      return;
    }
    im.coded.clear();
    CodeSentence(lex, analysis, &im.coded, nullptr);
    // Dates written in the sentence, attached to the events whose verbs they modify.
    std::vector<DateReference> dates;
    std::vector<int> date_of_event;
    if (article_day.valid() && !im.coded.empty() && MayHoldDate(tokens)) {
      dates = SentenceDates(std::string_view(text).substr(sbeg, send - sbeg), sbeg, article_day);
      if (!dates.empty()) {
        std::vector<uint32_t> anchors;
        for (const CodedEvent& ce : im.coded) anchors.push_back(ce.anchor);
        date_of_event = AttachDates(tokens, dates, anchors);
      }
    }
    for (size_t ci = 0; ci < im.coded.size(); ++ci) {
      const CodedEvent& ce = im.coded[ci];
      Event e = sentence_event();
      if (!date_of_event.empty() && date_of_event[ci] >= 0) {
        DateReference ref = dates[static_cast<size_t>(date_of_event[ci])];
        // An intended or threatened act points ahead: "will meet on Friday" is the coming Friday.
        if (ce.mode == EventMode::kIntended || ce.mode == EventMode::kThreatened) {
          if (auto ahead = ResolveDateExpression(ref.text, article_day, TimeDirection::kFuture)) {
            ref.first = ahead->first;
            ref.last = ahead->last;
          }
        }
        e.date = ref.first.ToString();
        e.date_last = ref.last.ToString();
        e.date_precision = DatePrecisionName(ref.precision);
        e.date_span = {norm.OriginalOffset(ref.begin), norm.OriginalEnd(ref.end)};
        e.date_text = article.raw.substr(e.date_span.begin, e.date_span.end - e.date_span.begin);
        e.date_year_inferred = ref.year_inferred;
      }
      fill_actor(analysis.mentions[ce.source], &e.source);
      if (ce.target >= 0) fill_actor(analysis.mentions[ce.target], &e.target);
      set_code(ce.code, &e);
      e.mode = ce.mode;
      e.verb_span = {norm.OriginalOffset(tokens[ce.anchor].begin),
                     norm.OriginalEnd(tokens[ce.anchor_end - 1].end)};
      e.verb_text = article.raw.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin);
      e.confidence = ce.confidence;
      if (im.places) im.places->NoteEvent(result.events.size(), sentence_index, ce.anchor, analysis);
      if (ce.record != nullptr) {
        const SourceLine& where = ce.pattern ? ce.pattern->where : ce.record->where;
        e.rule.file = where.file;
        e.rule.line = where.line;
        e.rule.id = fs::path(where.file).filename().string() + ":" + std::to_string(where.line);
        e.rule.pattern = ce.pattern ? ce.record->lemma + " " + ce.pattern->text
                                    : ce.record->lemma + " (default)";
      } else {
        e.rule.id = "engine:obligation-demand";
        e.rule.pattern = "SPEAKER <speech verb> ... X must|should ...";
      }
      e.rule.code_note = ce.note;
      push_event(std::move(e));
    }
    result.sentences.push_back(std::move(cs));
  };
  int sentence_index = 0;  // of the article
  size_t filled = 0;       // slots of the window
  auto flush = [&] {
    // Places named in each sentence.
    if (im.places) {
      for (size_t i = 0; i < filled; ++i) {
        const Impl::SentenceSlot& slot = im.slots[i];
        im.places->AddSentence(
            slot.tokens, slot.hits, &lex, sentence_index + static_cast<int>(i),
            slot.kind == PartKind::kCaption ? "caption" : slot.kind == PartKind::kBody ? "body"
                                          : slot.kind == PartKind::kTitle ? "title" : "subtitle",
            [&](uint32_t b, uint32_t e) { return Span{norm.OriginalOffset(b), norm.OriginalEnd(e)}; }, article.raw);
      }
    }
    // Quotes and reported speech, in text order: "we" and "I" inside a quote get the speaker's code
    // before coding.
    if (im.quotes) {
      for (size_t i = 0; i < filled; ++i) im.quotes->ObserveSentence(&im.slots[i].analysis);
    }
    for (size_t i = 0; i < filled; ++i) code_slot(im.slots[i], sentence_index++);
    filled = 0;
  };
  for (const Range& r : ranges) {
    im.bounds.clear();
    im.splitter->Split(std::string_view(text).substr(r.begin, r.end - r.begin), &im.bounds);
    for (const SentenceBounds& sb : im.bounds) {
      // Sentences, tokens, tags, names, mentions, clauses.
      Impl::SentenceSlot& slot = im.slots[filled];
      slot.begin = r.begin + sb.begin;
      slot.end = r.begin + sb.end;
      slot.kind = r.kind;
      slot.tokens.clear();
      Tokenize(text, lower, slot.begin, slot.end, &slot.tokens);
      if (slot.tokens.empty()) continue;
      slot.tokens[0].sentence_initial = true;
      im.AnalyzeSentence(slot.tokens, date, context_country, &discourse, &slot.analysis, &slot.hits);
      if (++filled == im.slots.size()) flush();
    }
  }
  flush();
  if (im.places) {
    im.places->Resolve();
    im.places->FillEventPlaces(&result.events);
    result.places = im.places->TakeMentions();
  }
  if (im.quotes) {
    // Quotes: attribute what is left, map to raw spans, link the events they contain.
    im.quotes->Finish();
    result.quotes = MakeQuotes(*im.quotes, norm, article, &result.events);
  }
  result.article = std::move(article);
  return result;
}

std::string Coder::Explain(const std::string& sentence, const std::string& date) {
  Impl& im = *impl_;
  const Lexicon& lex = *im.engine->lexicon;
  NormalizedText norm;
  norm.Append(sentence, 0, static_cast<uint32_t>(sentence.size()));
  const std::string& text = norm.text();
  std::string lower;
  LowerAscii(text, &lower);
  im.tokens.clear();
  Tokenize(text, lower, 0, static_cast<uint32_t>(text.size()), &im.tokens);
  if (!im.tokens.empty()) im.tokens[0].sentence_initial = true;
  Discourse discourse;
  SentenceAnalysis a;
  std::vector<std::string> trace;
  // The quote pass sees the sentence as an article of one sentence, as in Code(): it attributes
  // reported speech and gives "we" and "I" inside a quote the speaker's code before coding.
  im.AnalyzeSentence(im.tokens, DateToInt(date), "", &discourse, &a, &im.hits);
  if (im.quotes) {
    im.quotes->BeginArticle(text, sentence, &norm);
    im.quotes->ObserveSentence(&a);
  }
  im.coded.clear();
  CodeSentence(lex, a, &im.coded, &trace);

  std::string out = "sentence: " + text + "\n\ntokens:\n";
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    const Token& t = a.tokens[k];
    char line[256];
    std::snprintf(line, sizeof line, "  %3zu  %-20.*s %-4s lemma=%.*s%s%s%s\n", k, static_cast<int>(t.text.size()),
                  t.text.data(), PosName(t.pos), static_cast<int>(t.lemma.size()), t.lemma.data(),
                  (a.flags[k] & kFlagBoundary) ? " [boundary]" : "", (a.flags[k] & kFlagFrame) ? " [frame]" : "",
                  (a.flags[k] & kFlagSkip) ? " [skip]" : "");
    out += line;
  }
  out += "\ndictionary hits:\n";
  for (const NameHit& h : im.hits) {
    std::string what;
    const SourceLine* where = nullptr;
    if (h.kind == NameKind::kAgent) {
      what = "agent " + lex.agents()[h.index].role;
      where = &lex.agents()[h.index].where;
    } else {
      const ActorRecord& r = lex.actors()[h.index];
      what = std::string(h.kind == NameKind::kAdjective ? "adjective of " : h.kind == NameKind::kCapital ? "capital of " : "actor ") +
             r.entity + " [" + std::string(lex.ActorCodeOn(r, DateToInt(date))) + "]";
      where = &r.where;
    }
    std::string span(a.tokens[h.begin].text.data(), a.tokens[h.end - 1].end - a.tokens[h.begin].begin);
    out += "  '" + span + "' → " + what + "  (" + where->ToString() + ")\n";
  }
  out += "\nmentions:\n";
  for (size_t k = 0; k < a.mentions.size(); ++k) {
    const Mention& m = a.mentions[k];
    std::string span(a.tokens[m.begin].text.data(), a.tokens[m.end - 1].end - a.tokens[m.begin].begin);
    out += "  #" + std::to_string(k) + " '" + span + "' code=" + (m.code.empty() ? "-" : m.code);
    if (!m.entity.empty()) out += " entity=" + m.entity;
    if (m.possessor) out += " possessor";
    if (m.modifier) out += " modifier";
    if (m.locative) out += " place";
    if (m.in_pp) out += " in-PP";
    if (m.group >= 0) out += " group=" + std::to_string(m.group);
    if (!m.resolved_from.empty()) out += " resolved-from='" + m.resolved_from + "'";
    out += "\n";
  }
  out += "\nverb groups:\n";
  for (size_t v = 0; v < a.verbs.size(); ++v) {
    const VerbGroup& g = a.verbs[v];
    std::string span(a.tokens[g.begin].text.data(), a.tokens[g.end - 1].end - a.tokens[g.begin].begin);
    int s = Subject(a, static_cast<int>(v));
    out += "  '" + span + "' head=" + std::string(a.tokens[g.head].lemma);
    if (g.finite) out += " finite";
    if (g.infinitive) out += " infinitive(governor=" + std::to_string(g.governor) + ")";
    if (g.participle) out += " participle";
    if (g.passive) out += " passive";
    if (g.negated) out += " negated";
    if (g.speech) out += " speech";
    out += " subject=" + (s >= 0 ? "#" + std::to_string(s) : std::string("-")) + "\n";
  }
  if (im.quotes) {
    out += "\nquotes:\n";
    const std::vector<FoundQuote>& quotes = im.quotes->Finish();
    auto cut = [&](const TextRange& r) { return r.empty() ? std::string("-") : "'" + text.substr(r.begin, r.end - r.begin) + "'"; };
    for (const FoundQuote& q : quotes) {
      out += std::string("  ") + (q.direct ? "direct " : "reported ") + cut(q.content);
      if (q.cue >= 0) {
        const QuoteCue& c = im.quotes->cues()[q.cue];
        out += " cue=" + cut(c.words) + " speaker=" + cut(c.speaker.range) +
               (c.speaker.code.empty() ? "" : " [" + c.speaker.code + "]");
        if (!c.outlet.empty()) out += " outlet=" + cut(c.outlet.range);
      } else {
        out += " (no speaker)";
      }
      out += "\n";
    }
    if (quotes.empty()) out += "  (none)\n";
  }
  out += "\ncoding:\n";
  for (const std::string& t : trace) out += "  " + t + "\n";
  out += "\nevents:\n";
  for (const CodedEvent& e : im.coded) {
    out += "  " + a.mentions[e.source].code + " → " + (e.target >= 0 ? a.mentions[e.target].code : std::string("(no target)")) + "  " + e.code + "  " +
           EventModeName(e.mode) + (e.note.empty() ? "" : "  (" + e.note + ")") + "\n";
  }
  if (im.coded.empty()) out += "  (none)\n";
  return out;
}

}  // namespace dragoman
