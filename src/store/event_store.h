// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// EventStore: coded articles in, de-duplicated events out. Read doc/store.md for the schema, the
// clustering rule and the export formats.
//
//   auto store = dragoman::OpenEventStore("events.db", dragoman::StoreOptions{});   // or postgresql://...
//   if (!store.ok()) { ... store.status().ToString() ... }
//   (*store)->WriteBatch(batch, &report);           // one transaction; idempotent per article
//   (*store)->ForEachEvent(filter, [](const dragoman::StoredEvent& e) { ...; return true; });
//
// Every article is stored with its sentences and quotes (both full-text indexed) and every coded
// event as a *mention*. Mentions of the same real-world event (same source, target, CAMEO code at the chosen
// level, mode and place, within a date window) from any number of articles are clustered into one
// *event* carrying GDELT's NumMentions / NumSources / NumArticles. Events are never deleted: when
// re-coding removes all of an event's mentions the event becomes a tombstone (deleted, updated_at
// and seq set) so that `--since` consumers see the removal.
//
// The same implementation (sql_event_store.cc) runs on SQLite (the embedded default) and PostgreSQL;
// callers see only this interface. An EventStore is not thread-safe: use one per thread.

#ifndef DRAGOMAN_STORE_EVENT_STORE_H_
#define DRAGOMAN_STORE_EVENT_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dragoman/engine.h"
#include "dragoman/place.h"
#include "dragoman/status.h"

namespace dragoman {

// How mentions are clustered into events. Fixed when a store is created (kept in its metadata);
// opening an existing store with different explicit options fails rather than mixing two rules.
struct DedupOptions {
  // Mentions whose date is within this many days of an event's date (its earliest mention) join
  // it. 0: same day only (the "one-a-day" rule); default 1: a next-day report is the same event.
  int date_window_days = 1;
  // CAMEO level that must agree: "code" (full code, 1384), "base" (3 digits, 138: default, so that
  // 1384 and 138 from two wordings meet), or "root" (2 digits, 13).
  std::string code_level = "base";
  // Actor level that must agree: "code" (full actor code, LBYMIL: default) or "country" (LBY).
  std::string actor_level = "code";
  // Keep asserted, intended, denied ... reports of one act apart (default true): "X will attack Y"
  // and "X attacked Y" are different events.
  bool separate_modes = true;
  // Place level that must agree (doc/store.md, "De-duplication"): "place" (default: same country,
  // same first-level division when both name one, same city when both name one; a place and a
  // place inside it agree, a mention without a place agrees with any), "country" (same country
  // when both have one), or "ignore". Only places the text states count (a clause's or sentence's
  // locative phrase); a dateline says where the reporter was and never separates reports.
  std::string place_level = "place";

  // "window=1;code=base;actor=code;modes=separate;place=place": how it is kept in the store's metadata.
  std::string Serialize() const;
  // Parses Serialize()'s form. Fails naming the bad field.
  static Result<DedupOptions> Parse(const std::string& text);
  // Fails if a value is out of range ("code_level: want code, base or root, got 'x'").
  Status Validate() const;
  bool operator==(const DedupOptions&) const = default;
};

struct StoreOptions {
  DedupOptions dedup;
  // True when `dedup` was given explicitly (by the user): an existing store with a different rule is
  // then an error. False: an existing store keeps its own rule and `dedup` applies only to a new one.
  bool dedup_explicit = false;
  // Create the database (file or schema) if it does not exist. Readers (query, export) pass false.
  bool create = true;
};

// Opens the store at `location`: a SQLite file path (optionally "sqlite:PATH"), or a PostgreSQL
// connection string ("postgresql://...", "postgres://...", or libpq "key=value" form). Creates the
// schema when needed and options.create. Fails naming the location when it cannot be opened, is not
// a Dragoman store, or has a different dedup rule than an explicit options.dedup.
class EventStore;
Result<std::unique_ptr<EventStore>> OpenEventStore(const std::string& location, const StoreOptions& options);

// True when `location` names a PostgreSQL database rather than a SQLite file.
bool IsPostgresLocation(const std::string& location);

// One article to write: the coder's output plus the identity the store uses for idempotence.
struct ArticleToStore {
  const CodedArticle* coded = nullptr;  // not owned; must live until WriteBatch returns
  std::string content_hash;             // ContentHash(article.raw)
  std::string fingerprint;              // CodingFingerprint() of the engine that coded it
};

// What WriteBatch did, added to the counts already there.
struct WriteReport {
  size_t new_articles = 0;
  size_t unchanged = 0;      // same URL or content hash, same fingerprint (or same result): nothing written
  size_t recoded = 0;        // known article whose events were replaced (new fingerprint or recode)
  size_t failed = 0;         // articles the backend refused (listed in `problems`); the batch went on
  size_t mentions_added = 0;
  size_t mentions_removed = 0;
  size_t events_created = 0;
  size_t events_updated = 0;    // existing events whose counts or attributes changed
  size_t events_tombstoned = 0;
  std::vector<std::string> problems;  // "ARTICLE_ID: reason"

  // Adds `other`'s counts and problems to these (a batch's report to a run's).
  void Add(const WriteReport& other) {
    new_articles += other.new_articles;
    unchanged += other.unchanged;
    recoded += other.recoded;
    failed += other.failed;
    mentions_added += other.mentions_added;
    mentions_removed += other.mentions_removed;
    events_created += other.events_created;
    events_updated += other.events_updated;
    events_tombstoned += other.events_tombstoned;
    problems.insert(problems.end(), other.problems.begin(), other.problems.end());
  }
};

// What the store knows of an article about to be coded.
enum class ArticleState {
  kNew,        // never seen
  kUnchanged,  // seen (same URL or content hash) and coded with the same fingerprint
  kStale,      // seen, but coded with another fingerprint: re-coding may change its events
};

enum class ActorSide { kEither, kSource, kTarget };

// Which events a query or export covers. Empty fields do not filter.
struct EventFilter {
  std::string actor;                // actor code prefix: "LBY" matches LBY and LBYMIL
  std::string country;              // an actor's country (ISO alpha-3)
  ActorSide side = ActorSide::kEither;  // which actor `actor` and `country` apply to
  std::vector<std::string> cameo;   // CAMEO code prefixes: "19" (root), "193" (base), "0871"
  std::vector<int> quad_classes;    // 1..4
  std::string from_date, to_date;   // inclusive, YYYY-MM-DD
  std::string place;                // the event's place (case-insensitive prefix)
  std::string text;                 // all these words in the sentence of one of its mentions
  int min_sources = 0;              // NumSources >= this
  bool include_deleted = false;     // tombstones too (always included with `since`)
  int64_t since = -1;               // >= 0: only events changed after this cursor, in cursor order
  int64_t limit = 0;                // 0: no limit
  // Fails naming the field ("--from: want YYYY-MM-DD, got '2024-13-01'").
  Status Validate() const;
};

struct StoredActor {
  std::string code, name, country, role, text;  // name: the entity, or the mention text
};

// One de-duplicated event (the representative mention's attributes: earliest date, then first
// stored article, then first in its article).
struct StoredEvent {
  int64_t id = 0;       // stable: never reused or renumbered in this store
  std::string date;     // YYYY-MM-DD of the earliest mention, or "" when the articles had no date
  StoredActor source, target;  // target.code empty: no target
  std::string cameo_code, cameo_base, cameo_root;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_event, plover_mode;
  std::string mode;     // asserted, intended, ...
  std::string place;    // the action place's name ("" when none): action_place.name
  // Where it happened: the most precise place its mentions state in their text (a clause's or
  // sentence's locative phrase), else the place of a mention's dateline; empty when none.
  // action_place.span and .text are those of the mention the place came from.
  Place action_place;
  // The actors' places when their mention names one ("Armenian forces" -> Armenia, "Moscow" ->
  // Moscow), from the representative mention; empty otherwise.
  Place source_place, target_place;
  int num_mentions = 0, num_sources = 0, num_articles = 0;
  bool is_root = false;  // a mention is in its article's lead paragraph
  double confidence = 0;  // the highest of its mentions
  std::string url;        // the representative article's URL, or its id when it has none
  std::string sentence;   // the representative mention's sentence
  std::string verb;       // and its anchoring word
  std::string added_at, updated_at;  // UTC, YYYY-MM-DDTHH:MM:SSZ
  int64_t seq = 0;        // cursor of the batch that last changed it
  bool deleted = false;   // a tombstone
};

// One mention (one coded event in one article), with its provenance.
struct StoredMention {
  int64_t event_id = 0;
  std::string event_date;      // the event's date (YYYY-MM-DD or "")
  std::string event_added_at;  // when the event was first stored (UTC, YYYY-MM-DDTHH:MM:SSZ)
  std::string mention_id;  // the coder's event id (16 hex digits)
  std::string article_id, url, outlet, article_date, article_time;
  int64_t doc_len = 0;     // bytes of the article's raw text
  int sentence_index = 0;
  std::string sentence;
  StoredActor source, target;
  int64_t source_offset = -1, target_offset = -1, verb_offset = -1;  // byte offsets into the raw text
  std::string verb;
  std::string cameo_code;
  std::string mode;
  double confidence = 0;
  bool in_raw_text = true;  // both actors named in the sentence (false: resolved by coreference)
  std::string rule_id;
  std::string record;       // the full JSON event record (doc/output.md)
};

// Dimensions of Count().
enum class CountDim { kCountry, kTargetCountry, kSource, kTarget, kYear, kMonth, kDay, kQuad, kRoot, kCode };
// "country" (the source actor's country), "target_country", "source", "target", "year", "month",
// "day", "quad", "root", "code"; nullopt-like failure for anything else.
Result<CountDim> ParseCountDim(const std::string& name);
const char* CountDimName(CountDim dim);

struct CountRow {
  std::vector<std::string> keys;  // one per dimension, as text ("2017-08" for a month)
  int64_t events = 0;
  int64_t mentions = 0;           // sum of NumMentions
};

struct StoreStats {
  int64_t articles = 0, sentences = 0, mentions = 0, events = 0, tombstones = 0, cursor = 0, quotes = 0;
};

// Which quotes ForEachQuote lists. Empty fields do not filter.
struct QuoteFilter {
  std::string text;          // all these words in the quote's text (full-text index)
  std::string speaker;       // speaker's actor code prefix: "RUS" matches RUSGOV
  std::string speaker_name;  // in the speaker's text or entity, case-insensitive ("dengov")
  std::string country;       // speaker's country (ISO alpha-3)
  std::string from_date, to_date;  // the article's date, inclusive, YYYY-MM-DD
  int direct = -1;           // 1: direct quotes only, 0: reported speech only, -1: both
  int64_t limit = 0;         // 0: no limit
  // Fails naming the field.
  Status Validate() const;
};

// One stored quote (doc/output.md "quote"), with its article's identity.
struct StoredQuote {
  int64_t id = 0;                    // the store's row id
  std::string quote_id;              // the coder's 16-hex id
  std::string article_id, url, outlet, article_date;
  int sentence_index = 0;
  bool direct = false;
  std::string text;                  // the quoted words or reported content (raw bytes)
  int64_t begin = 0, end = 0;        // its byte range in the article's raw text
  std::string speaker_text, speaker_code, speaker_country, speaker_role, speaker_entity;
  std::string cue, outlet_text, outlet_code, addressee, addressee_code;
  std::vector<int64_t> event_ids;    // the store's ids of the events whose verb lies in the quote
};

class EventStore {
 public:
  virtual ~EventStore() = default;

  // The state of an article before coding it: kNew, kUnchanged or kStale (see ArticleState).
  // `url` may be empty. Used to skip coding articles already stored.
  virtual Result<ArticleState> Lookup(const std::string& url, const std::string& content_hash,
                                      const std::string& fingerprint) = 0;

  // Writes a batch of coded articles in one transaction (all or nothing on a backend failure; an
  // article the backend refuses is rolled back alone, reported in report->problems and counted in
  // report->failed). Per article, identified by URL (when it has one) or content hash:
  //   - unknown: stored, its mentions clustered into events;
  //   - known with the same fingerprint: nothing changes (unless `recode`);
  //   - known, other fingerprint or `recode`: its mentions are replaced; events left without
  //     mentions become tombstones; changed events get updated_at and the batch's cursor.
  // A batch that changes anything takes a new cursor value (seq).
  virtual Status WriteBatch(const std::vector<ArticleToStore>& batch, bool recode, WriteReport* report) = 0;

  // Calls `fn` for each event matching `filter` (ordered by id, or by seq then id with
  // filter.since) until it returns false.
  virtual Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn) = 0;
  // Calls `fn` for each mention of the events matching `filter` (tombstones have none), ordered by
  // event id, article and position.
  virtual Status ForEachMention(const EventFilter& filter,
                                const std::function<bool(const StoredMention&)>& fn) = 0;
  // Event counts (and summed mentions) grouped by `dims` in key order; tombstones excluded unless
  // filter.include_deleted.
  virtual Result<std::vector<CountRow>> Count(const EventFilter& filter, const std::vector<CountDim>& dims) = 0;

  // Calls `fn` for each stored quote matching `filter`, ordered by article and position, until it
  // returns false.
  virtual Status ForEachQuote(const QuoteFilter& filter, const std::function<bool(const StoredQuote&)>& fn) = 0;

  virtual Result<StoreStats> Stats() = 0;
  // The clustering rule this store uses.
  virtual const DedupOptions& dedup() const = 0;
  // Consistency checks (tested after a kill -9): every event's counts equal its mentions', every
  // live event has mentions and every tombstone none, every mention's event and article exist,
  // every article's stored event count equals its mentions. Appends one line per problem.
  virtual Status Verify(std::vector<std::string>* problems) = 0;
};

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_EVENT_STORE_H_
