// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The EventStore contract, run against both backends: SQLite (a file) and PostgreSQL (a server this
// test starts; skipped with a message when the binaries are absent).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "store/event_store.h"
#include "store/ingester.h"
#include "store_test_env.h"

namespace dragoman {
namespace {

using testing::Backend;

constexpr const char* kNorthwindUrl = "https://northwind.example/2024/03/11/border-shelling";
constexpr const char* kHarbourUrl = "https://harbourtimes.example/world/border-clash";

class EventStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    std::string why;
    location_ = testing::FreshStoreLocation(GetParam(), "store.db", &why);
    if (location_.empty()) GTEST_SKIP() << why;
  }

  std::unique_ptr<EventStore> Open(const StoreOptions& options = {}) {
    auto s = OpenEventStore(location_, options);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s.value()) : nullptr;
  }

  // The two fixture wire stories: the same shelling, two outlets, two wordings, two days; the
  // Northwind story also reports a meeting.
  std::vector<CodedArticle> Stories(const Engine& engine) {
    std::vector<CodedArticle> out;
    out.push_back(testing::CodeArticle(engine, "northwind-border-shelling",
                                       testing::StoreFixture("northwind-border-shelling.txt"), "2024-03-11",
                                       "Northwind Wire", kNorthwindUrl));
    out.push_back(testing::CodeArticle(engine, "harbour-times-border-shelling",
                                       testing::StoreFixture("harbour-times-border-shelling.txt"), "2024-03-12",
                                       "Harbour Times", kHarbourUrl));
    return out;
  }

  static WriteReport Write(EventStore* store, const std::vector<CodedArticle>& coded, const std::string& fingerprint,
                           bool recode = false) {
    std::vector<ArticleToStore> batch;
    for (const CodedArticle& c : coded) batch.push_back({&c, ContentHash(c.article.raw), fingerprint});
    WriteReport report;
    Status s = store->WriteBatch(batch, recode, &report);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return report;
  }

  static std::vector<StoredEvent> Events(EventStore* store, const EventFilter& filter = {}) {
    std::vector<StoredEvent> out;
    Status s = store->ForEachEvent(filter, [&](const StoredEvent& e) {
      out.push_back(e);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }

  static void ExpectConsistent(EventStore* store) {
    std::vector<std::string> problems;
    Status s = store->Verify(&problems);
    ASSERT_TRUE(s.ok()) << s.ToString();
    std::string all;
    for (const std::string& p : problems) all += p + "\n";
    EXPECT_TRUE(problems.empty()) << all;
  }

  static const StoredEvent* Find(const std::vector<StoredEvent>& events, const std::string& source,
                                 const std::string& code_prefix) {
    for (const StoredEvent& e : events) {
      if (e.source.code == source && e.cameo_code.rfind(code_prefix, 0) == 0) return &e;
    }
    return nullptr;
  }

  std::string location_;
};

TEST_P(EventStoreTest, SameEventFromTwoOutletsIsOneEventWithTwoMentions) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  std::vector<CodedArticle> stories = Stories(testing::StoreEngine());
  ASSERT_EQ(stories[0].events.size(), 2u) << "fixture coding changed";
  ASSERT_EQ(stories[1].events.size(), 1u) << "fixture coding changed";
  WriteReport r = Write(store.get(), stories, testing::StoreFingerprint());
  EXPECT_EQ(r.new_articles, 2u);
  EXPECT_EQ(r.mentions_added, 3u);
  EXPECT_EQ(r.events_created, 2u);

  std::vector<StoredEvent> events = Events(store.get());
  ASSERT_EQ(events.size(), 2u);
  const StoredEvent* shelling = Find(events, "ARMMIL", "194");
  ASSERT_NE(shelling, nullptr);
  EXPECT_EQ(shelling->target.code, "AZEMIL");
  EXPECT_EQ(shelling->num_mentions, 2);
  EXPECT_EQ(shelling->num_articles, 2);
  EXPECT_EQ(shelling->num_sources, 2);
  EXPECT_EQ(shelling->date, "2024-03-11");  // the earliest report
  EXPECT_EQ(shelling->url, kNorthwindUrl);
  EXPECT_TRUE(shelling->is_root);
  const StoredEvent* meeting = Find(events, "RUSGOV", "040");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->target.code, "AZEGOV");
  EXPECT_EQ(meeting->num_mentions, 1);
  EXPECT_EQ(meeting->num_articles, 1);
  EXPECT_EQ(meeting->num_sources, 1);
  EXPECT_NE(meeting->id, shelling->id);

  // Every mention is kept, with offsets into its article's own text.
  std::map<std::string, std::string> raw = {{"northwind-border-shelling", stories[0].article.raw},
                                            {"harbour-times-border-shelling", stories[1].article.raw}};
  std::multiset<std::string> outlets;
  EventFilter only_shelling;
  only_shelling.cameo = {"194"};
  Status s = store->ForEachMention(only_shelling, [&](const StoredMention& m) {
    EXPECT_EQ(m.event_id, shelling->id);
    outlets.insert(m.outlet);
    const std::string& text = raw[m.article_id];
    EXPECT_EQ(text.substr(m.source_offset, m.source.text.size()), m.source.text);
    EXPECT_EQ(text.substr(m.target_offset, m.target.text.size()), m.target.text);
    EXPECT_EQ(text.substr(m.verb_offset, m.verb.size()), m.verb);
    EXPECT_NE(m.record.find("\"type\":\"event\""), std::string::npos);
    return true;
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(outlets, (std::multiset<std::string>{"Harbour Times", "Northwind Wire"}));
  ExpectConsistent(store.get());
}

// Two outlets report the same shelling on consecutive days, without a date in the text (so each
// event takes its article's date).
std::vector<CodedArticle> ConsecutiveDays(const Engine& engine) {
  std::vector<CodedArticle> out;
  out.push_back(testing::CodeArticle(engine, "day1", "Armenian forces shelled Azerbaijani troops.", "2024-05-06", "A",
                                     "https://a.example/day1"));
  out.push_back(testing::CodeArticle(engine, "day2", "Armenian artillery shelled Azerbaijani troops.", "2024-05-07",
                                     "B", "https://b.example/day2"));
  return out;
}

TEST_P(EventStoreTest, DateWindowIsAnOptionFixedAtCreation) {
  {
    // The default window (1 day): one event.
    const std::string other = location_ + (GetParam() == Backend::kSqlite ? "-default" : "");
    if (GetParam() == Backend::kSqlite) {
      auto by_default = OpenEventStore(other, StoreOptions{});
      ASSERT_TRUE(by_default.ok()) << by_default.status().ToString();
      Write(by_default->get(), ConsecutiveDays(testing::StoreEngine()), testing::StoreFingerprint());
      std::vector<StoredEvent> one = Events(by_default->get());
      ASSERT_EQ(one.size(), 1u);
      EXPECT_EQ(one[0].num_mentions, 2);
      EXPECT_EQ(one[0].date, "2024-05-06");
    }
  }
  StoreOptions same_day;
  same_day.dedup.date_window_days = 0;
  same_day.dedup_explicit = true;
  auto store = Open(same_day);
  ASSERT_NE(store, nullptr);
  Write(store.get(), ConsecutiveDays(testing::StoreEngine()), testing::StoreFingerprint());
  // Reports a day apart stay apart with a window of 0 days.
  std::vector<StoredEvent> events = Events(store.get());
  ASSERT_EQ(events.size(), 2u);
  for (const StoredEvent& e : events) EXPECT_EQ(e.num_mentions, 1) << e.id;
  EXPECT_NE(events[0].date, events[1].date);
  store.reset();

  // The rule is the store's: reopening without options keeps it; asking for another one fails.
  auto again = Open();
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->dedup().date_window_days, 0);
  again.reset();
  StoreOptions other;
  other.dedup_explicit = true;
  auto refused = OpenEventStore(location_, other);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("window=0"), std::string::npos) << refused.status().message();
}

TEST_P(EventStoreTest, SameArticleTwiceChangesNothing) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  std::vector<CodedArticle> stories = Stories(testing::StoreEngine());
  Write(store.get(), stories, testing::StoreFingerprint());
  auto before = store->Stats();
  ASSERT_TRUE(before.ok());
  std::vector<StoredEvent> events_before = Events(store.get(), EventFilter{.include_deleted = true});

  // The same articles again; the same text under another URL (a syndicated copy); the same URL with
  // edited text (the first version stays).
  WriteReport again = Write(store.get(), stories, testing::StoreFingerprint());
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_EQ(again.new_articles + again.recoded + again.mentions_added + again.events_created, 0u);
  std::vector<CodedArticle> copies;
  copies.push_back(testing::CodeArticle(testing::StoreEngine(), "syndicated", stories[1].article.raw, "2024-03-12",
                                        "Another Paper", "https://another.example/copy"));
  copies.push_back(testing::CodeArticle(testing::StoreEngine(), "edited", stories[0].article.raw + "\nUpdated.",
                                        "2024-03-11", "Northwind Wire", kNorthwindUrl));
  WriteReport dup = Write(store.get(), copies, testing::StoreFingerprint());
  EXPECT_EQ(dup.unchanged, 2u);
  EXPECT_EQ(dup.new_articles, 0u);

  auto after = store->Stats();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->articles, before->articles);
  EXPECT_EQ(after->mentions, before->mentions);
  EXPECT_EQ(after->events, before->events);
  EXPECT_EQ(after->cursor, before->cursor);  // no batch changed anything
  std::vector<StoredEvent> events_after = Events(store.get(), EventFilter{.include_deleted = true});
  ASSERT_EQ(events_after.size(), events_before.size());
  for (size_t i = 0; i < events_after.size(); ++i) {
    EXPECT_EQ(events_after[i].updated_at, events_before[i].updated_at);
    EXPECT_EQ(events_after[i].seq, events_before[i].seq);
    EXPECT_EQ(events_after[i].num_mentions, events_before[i].num_mentions);
  }
  ExpectConsistent(store.get());
}

TEST_P(EventStoreTest, DictionaryChangeReplacesEventsWithTombstones) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  Write(store.get(), Stories(testing::StoreEngine()), testing::StoreFingerprint());
  const int64_t cursor_before = store->Stats()->cursor;
  std::vector<StoredEvent> before = Events(store.get());
  const StoredEvent* old_meeting = Find(before, "RUSGOV", "040");
  const StoredEvent* old_shelling = Find(before, "ARMMIL", "194");
  ASSERT_TRUE(old_meeting != nullptr && old_shelling != nullptr);
  const StoredEvent meeting = *old_meeting, shelling = *old_shelling;

  // The dictionary changes: "meet" now codes 042 (make a visit) instead of 040.
  std::string dict = testing::StoreFixture("store.dict");
  const size_t at = dict.find("verb meet 040");
  ASSERT_NE(at, std::string::npos);
  dict.replace(at, 13, "verb meet 042");
  const std::string path = testing::StoreTempPath("changed.dict");
  std::ofstream(path) << dict;
  EngineOptions changed;
  changed.replace_default_dictionaries = true;
  changed.dictionaries = {path};
  auto engine = Engine::Create(changed);
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  auto fingerprint = CodingFingerprint(changed);
  ASSERT_TRUE(fingerprint.ok());
  ASSERT_NE(*fingerprint, testing::StoreFingerprint());

  EXPECT_EQ(store->Lookup(kNorthwindUrl, ContentHash(testing::StoreFixture("northwind-border-shelling.txt")),
                          *fingerprint)
                .value(),
            ArticleState::kStale);
  WriteReport r = Write(store.get(), Stories(**engine), *fingerprint);
  // Both stories are re-coded (the mentions' provenance names the new dictionary file), but only
  // the meeting changes.
  EXPECT_EQ(r.recoded, 2u);
  EXPECT_EQ(r.mentions_removed, 3u);
  EXPECT_EQ(r.mentions_added, 3u);
  EXPECT_EQ(r.events_updated, 0u);
  EXPECT_EQ(r.events_tombstoned, 1u);
  EXPECT_EQ(r.events_created, 1u);
  const int64_t cursor_after = store->Stats()->cursor;
  EXPECT_GT(cursor_after, cursor_before);

  std::vector<StoredEvent> all = Events(store.get(), EventFilter{.include_deleted = true});
  ASSERT_EQ(all.size(), 3u);
  for (const StoredEvent& e : all) {
    if (e.id == meeting.id) {  // the 040 event: a tombstone
      EXPECT_TRUE(e.deleted);
      EXPECT_EQ(e.num_mentions, 0);
      EXPECT_EQ(e.seq, cursor_after);
      EXPECT_FALSE(e.updated_at.empty());
    } else if (e.id == shelling.id) {  // untouched: same counts, same cursor
      EXPECT_FALSE(e.deleted);
      EXPECT_EQ(e.num_mentions, 2);
      EXPECT_EQ(e.num_articles, 2);
      EXPECT_EQ(e.seq, shelling.seq);
      EXPECT_EQ(e.updated_at, shelling.updated_at);
    } else {  // the new 042 event
      EXPECT_EQ(e.cameo_code, "042");
      EXPECT_EQ(e.source.code, "RUSGOV");
      EXPECT_FALSE(e.deleted);
      EXPECT_EQ(e.seq, cursor_after);
    }
  }
  EXPECT_EQ(Events(store.get()).size(), 2u);  // tombstones are not live events
  // A consumer syncing from the old cursor sees exactly the removal and the new event.
  std::vector<StoredEvent> changes = Events(store.get(), EventFilter{.since = cursor_before});
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_TRUE(changes[0].deleted || changes[1].deleted);

  // The same change again does nothing.
  WriteReport again = Write(store.get(), Stories(**engine), *fingerprint);
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_EQ(store->Stats()->cursor, cursor_after);
  ExpectConsistent(store.get());
}

TEST_P(EventStoreTest, NewFingerprintWithTheSameCodingChangesNothing) {
  // The dictionary gains a comment: a new fingerprint, the same events and provenance.
  const std::string path = testing::StoreTempPath("store.dict");
  std::ofstream(path) << testing::StoreFixture("store.dict");
  EngineOptions options;
  options.replace_default_dictionaries = true;
  options.dictionaries = {path};
  auto engine = Engine::Create(options);
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  const std::string fp1 = CodingFingerprint(options).value();
  auto store = Open();
  ASSERT_NE(store, nullptr);
  Write(store.get(), Stories(**engine), fp1);
  const int64_t cursor = store->Stats()->cursor;

  std::ofstream(path, std::ios::app) << "# a comment\n";
  const std::string fp2 = CodingFingerprint(options).value();
  ASSERT_NE(fp1, fp2);
  const std::string hash = ContentHash(testing::StoreFixture("harbour-times-border-shelling.txt"));
  EXPECT_EQ(store->Lookup(kHarbourUrl, hash, fp2).value(), ArticleState::kStale);
  WriteReport r = Write(store.get(), Stories(**engine), fp2);
  EXPECT_EQ(r.unchanged, 2u);
  EXPECT_EQ(r.recoded + r.mentions_added + r.mentions_removed, 0u);
  EXPECT_EQ(store->Stats()->cursor, cursor);
  // The new fingerprint is recorded: next time the article is not even coded.
  EXPECT_EQ(store->Lookup(kHarbourUrl, hash, fp2).value(), ArticleState::kUnchanged);
  ExpectConsistent(store.get());
}

TEST_P(EventStoreTest, RefusedArticleIsRolledBackAloneAndTheBatchGoesOn) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  const Engine& engine = testing::StoreEngine();
  const std::string text_x = "YEREVAN - Armenian forces shelled Azerbaijani troops on Friday.";
  const std::string text_y = "BAKU - Azerbaijani troops shelled Armenian forces on Saturday.";
  std::vector<CodedArticle> first;
  first.push_back(testing::CodeArticle(engine, "x", text_x, "2024-05-03", "A", "https://a.example/x"));
  first.push_back(testing::CodeArticle(engine, "y", text_y, "2024-05-04", "B", "https://b.example/y"));
  Write(store.get(), first, testing::StoreFingerprint());

  // Re-coding x's URL with y's text would give two articles one content hash: the store refuses
  // that article, keeps x as it was, and stores the others of the batch.
  std::vector<CodedArticle> second = Stories(engine);
  second.insert(second.begin() + 1,
                testing::CodeArticle(engine, "x-edited", text_y, "2024-05-03", "A", "https://a.example/x"));
  WriteReport r = Write(store.get(), second, testing::StoreFingerprint(), /*recode=*/true);
  EXPECT_EQ(r.failed, 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].rfind("x-edited: ", 0), 0u) << r.problems[0];
  EXPECT_EQ(r.new_articles, 2u);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 4);
  EXPECT_EQ(stats->mentions, 5);
  EventFilter friday;
  friday.from_date = friday.to_date = "2024-05-03";
  std::vector<StoredEvent> x_events = Events(store.get(), friday);
  ASSERT_EQ(x_events.size(), 1u);
  EXPECT_EQ(x_events[0].source.code, "ARMMIL");
  ExpectConsistent(store.get());
}

TEST_P(EventStoreTest, FiltersCountsAndDyads) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  std::vector<CodedArticle> coded = Stories(testing::StoreEngine());
  coded.push_back(testing::CodeArticle(testing::StoreEngine(), "april",
                                       "BAKU - Azerbaijani soldiers shelled Armenian troops near the border.",
                                       "2024-04-02", "Harbour Times", "https://harbourtimes.example/april"));
  Write(store.get(), coded, testing::StoreFingerprint());
  auto count = [&](EventFilter f) { return Events(store.get(), f).size(); };

  EXPECT_EQ(count({}), 3u);
  EXPECT_EQ(count({.actor = "ARM"}), 2u);
  EXPECT_EQ(count({.actor = "ARM", .side = ActorSide::kSource}), 1u);
  EXPECT_EQ(count({.actor = "ARMMIL", .side = ActorSide::kTarget}), 1u);
  EXPECT_EQ(count({.country = "AZE", .side = ActorSide::kTarget}), 2u);
  EXPECT_EQ(count({.cameo = {"04"}}), 1u);
  EXPECT_EQ(count({.cameo = {"19"}}), 2u);
  EXPECT_EQ(count({.cameo = {"040", "194"}}), 3u);
  EXPECT_EQ(count({.quad_classes = {1}}), 1u);
  EXPECT_EQ(count({.quad_classes = {4}}), 2u);
  EXPECT_EQ(count({.from_date = "2024-04-01"}), 1u);
  EXPECT_EQ(count({.to_date = "2024-03-31"}), 2u);
  EXPECT_EQ(count({.text = "ceasefire"}), 1u);          // full-text search over sentences
  EXPECT_EQ(count({.text = "Artillery, Baku"}), 1u);    // all words, any case, punctuation ignored
  EXPECT_EQ(count({.text = "artillery ceasefire"}), 0u);
  EXPECT_EQ(count({.min_sources = 2}), 1u);
  EXPECT_EQ(count({.limit = 2}), 2u);
  EXPECT_EQ(count({.place = "Baku"}), 2u);  // the shelling ("officials in Baku") and April's (dateline BAKU)
  EXPECT_EQ(count({.place = "yer"}), 1u);   // the meeting: dateline YEREVAN; a prefix, any case

  EventFilter bad;
  bad.from_date = "2024-13-01";
  Status s = store->ForEachEvent(bad, [](const StoredEvent&) { return true; });
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("2024-13-01"), std::string::npos);

  auto by_country_month = store->Count({}, {CountDim::kCountry, CountDim::kMonth});
  ASSERT_TRUE(by_country_month.ok()) << by_country_month.status().ToString();
  std::vector<std::string> rows;
  for (const CountRow& r : *by_country_month) {
    rows.push_back(r.keys[0] + " " + r.keys[1] + " " + std::to_string(r.events) + " " + std::to_string(r.mentions));
  }
  EXPECT_EQ(rows, (std::vector<std::string>{"ARM 2024-03 1 2", "AZE 2024-04 1 1", "RUS 2024-03 1 1"}));

  auto dyads = store->Count({.quad_classes = {4}}, {CountDim::kSource, CountDim::kTarget});
  ASSERT_TRUE(dyads.ok());
  ASSERT_EQ(dyads->size(), 2u);
  EXPECT_EQ((*dyads)[0].keys, (std::vector<std::string>{"ARMMIL", "AZEMIL"}));
  EXPECT_EQ((*dyads)[1].keys, (std::vector<std::string>{"AZEMIL", "ARMMIL"}));

  auto quads = store->Count({}, {CountDim::kQuad, CountDim::kYear});
  ASSERT_TRUE(quads.ok());
  ASSERT_EQ(quads->size(), 2u);
  EXPECT_EQ((*quads)[1].keys, (std::vector<std::string>{"4", "2024"}));
  EXPECT_EQ((*quads)[1].events, 2);
  EXPECT_EQ((*quads)[1].mentions, 3);
}

TEST_P(EventStoreTest, SinceCursorReturnsEachChangeOnce) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->cursor, 0);
  std::vector<CodedArticle> stories = Stories(testing::StoreEngine());
  Write(store.get(), {stories[0]}, testing::StoreFingerprint());
  const int64_t c1 = store->Stats()->cursor;
  EXPECT_EQ(Events(store.get(), {.since = 0}).size(), 2u);
  EXPECT_EQ(Events(store.get(), {.since = c1}).size(), 0u);

  // The second outlet's report updates the shelling event: it comes again, with its new counts.
  Write(store.get(), {stories[1]}, testing::StoreFingerprint());
  const int64_t c2 = store->Stats()->cursor;
  EXPECT_GT(c2, c1);
  std::vector<StoredEvent> changed = Events(store.get(), {.since = c1});
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].cameo_code, "194");
  EXPECT_EQ(changed[0].num_mentions, 2);
  EXPECT_EQ(changed[0].seq, c2);
  // In cursor order.
  std::vector<StoredEvent> all = Events(store.get(), {.since = 0});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_LE(all[0].seq, all[1].seq);
}

TEST_P(EventStoreTest, IngesterSkipsStoredArticlesWithoutCodingThem) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  std::vector<InputItem> items(2);
  items[0].article.id = "northwind";
  items[0].article.raw = testing::StoreFixture("northwind-border-shelling.txt");
  items[0].article.url = kNorthwindUrl;
  items[0].date = "2024-03-11";
  items[1].article.id = "harbour";
  items[1].article.raw = testing::StoreFixture("harbour-times-border-shelling.txt");
  items[1].date = "2024-03-12";
  // The first run writes on a writer thread (a second connection for look-ups), the second in turn.
  auto lookup = Open(StoreOptions{.create = false});
  ASSERT_NE(lookup, nullptr);
  for (int run = 0; run < 2; ++run) {
    size_t next = 0;
    Ingester ingester(testing::StoreEngine(), store.get(), testing::StoreFingerprint(), IngestOptions{.batch_size = 1});
    if (run == 0) ingester.set_lookup_store(lookup.get());
    Status s = ingester.Run(
        [&](InputItem* item) {
          if (next >= items.size()) return false;
          *item = items[next++];
          return true;
        },
        nullptr);
    ASSERT_TRUE(s.ok()) << s.ToString();
    EXPECT_EQ(ingester.stats().read, 2u);
    EXPECT_EQ(ingester.stats().coded, run == 0 ? 2u : 0u);
    EXPECT_EQ(ingester.stats().not_recoded, run == 0 ? 0u : 2u);
    EXPECT_EQ(ingester.stats().batches, run == 0 ? 2u : 0u);
  }
  EXPECT_EQ(store->Stats()->mentions, 3);
  EXPECT_EQ(store->Stats()->events, 2);
  ExpectConsistent(store.get());
}

TEST_P(EventStoreTest, VerifyFindsCountsThatDisagreeWithMentions) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  Write(store.get(), Stories(testing::StoreEngine()), testing::StoreFingerprint());
  ExpectConsistent(store.get());
  // Damage one event behind the store's back.
  auto conn = GetParam() == Backend::kSqlite ? OpenSqliteConnection(location_, false)
                                             : OpenPostgresConnection(location_);
  ASSERT_TRUE(conn.ok()) << conn.status().ToString();
  ASSERT_TRUE((*conn)->Run("UPDATE events SET num_mentions = 7 WHERE cameo_code = '194'", {}).ok());
  std::vector<std::string> problems;
  ASSERT_TRUE(store->Verify(&problems).ok());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems[0].find("stored mentions/articles/sources/deleted 7/2/2/0, actual 2/2/2"), std::string::npos)
      << problems[0];
}

TEST_P(EventStoreTest, ReadersDoNotCreateStores) {
  StoreOptions reader;
  reader.create = false;
  if (GetParam() == Backend::kSqlite) {
    auto missing = OpenEventStore(location_, reader);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
    EXPECT_FALSE(std::filesystem::exists(location_));
  } else {
    auto empty = OpenEventStore(location_, reader);  // an empty database: no store in it
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.status().message().find("not a Dragoman event store"), std::string::npos);
  }
}

// Four reports of one act on one day: in Ganja, in Tovuz, in Azerbaijan (no city), and from a
// YEREVAN dateline (no place in the text).
std::vector<CodedArticle> FourPlaces(const Engine& engine) {
  std::vector<CodedArticle> out;
  const std::pair<const char*, const char*> kTexts[] = {
      {"ganja", "Armenian forces shelled Azerbaijani troops in Ganja."},
      {"tovuz", "Armenian forces shelled Azerbaijani troops in Tovuz."},
      {"country", "Armenian forces shelled Azerbaijani troops in Azerbaijan."},
      {"dateline", "YEREVAN - Armenian forces shelled Azerbaijani troops."},
  };
  for (const auto& [id, text] : kTexts) {
    out.push_back(testing::CodeArticle(engine, id, text, "2024-05-06", std::string("Outlet ") + id,
                                       std::string("https://") + id + ".example/a"));
  }
  return out;
}

TEST_P(EventStoreTest, PlacesKeepReportsFromTwoCitiesApart) {
  std::vector<CodedArticle> coded = FourPlaces(testing::StoreEngine());
  for (const CodedArticle& c : coded) {
    ASSERT_EQ(c.events.size(), 1u) << c.article.id << ": fixture coding changed";
  }
  ASSERT_EQ(coded[0].events[0].place.name, "Ganja") << "gazetteer changed";
  ASSERT_EQ(coded[1].events[0].place.name, "Tovuz") << "gazetteer changed";
  ASSERT_EQ(coded[2].events[0].place.precision, PlacePrecision::kCountry);
  ASSERT_EQ(coded[3].events[0].place.basis, "dateline");
  auto store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->dedup().place_level, "place");
  Write(store.get(), coded, testing::StoreFingerprint());
  std::vector<StoredEvent> events = Events(store.get());
  ASSERT_EQ(events.size(), 2u);
  // Ganja's event takes the country-level report and the dateline report (both agree with it; the
  // nearest, lowest-id event wins); Tovuz's stays alone.
  EXPECT_EQ(events[0].place, "Ganja");
  EXPECT_EQ(events[0].action_place.country, "AZE");
  EXPECT_EQ(events[0].action_place.precision, PlacePrecision::kCity);
  EXPECT_NE(events[0].action_place.geonames_id, 0u);
  EXPECT_EQ(events[0].num_mentions, 3);
  EXPECT_EQ(events[0].num_sources, 3);
  EXPECT_EQ(events[1].place, "Tovuz");
  EXPECT_EQ(events[1].num_mentions, 1);
  // The actors' places: the demonyms of their mentions.
  EXPECT_EQ(events[0].source_place.name, "Armenia");
  EXPECT_EQ(events[0].target_place.country, "AZE");
  EXPECT_EQ(Events(store.get(), {.place = "tov"}).size(), 1u);
  ExpectConsistent(store.get());  // the incremental place equals a recount's
}

TEST_P(EventStoreTest, PlaceLevelCountryMergesCitiesOfOneCountry) {
  StoreOptions options;
  options.dedup.place_level = "country";
  options.dedup_explicit = true;
  auto store = Open(options);
  ASSERT_NE(store, nullptr);
  Write(store.get(), FourPlaces(testing::StoreEngine()), testing::StoreFingerprint());
  std::vector<StoredEvent> events = Events(store.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].num_mentions, 4);
  EXPECT_EQ(events[0].place, "Ganja");  // the most precise place the text states, first by article
  ExpectConsistent(store.get());
}

TEST_P(EventStoreTest, QuotesAreStoredSearchableAndReplacedOnRecoding) {
  const std::string text =
      "YEREVAN - Armenian forces shelled Azerbaijani troops in Tovuz on Monday.\n\n"
      "\"We will respond to every provocation,\" an Azerbaijani official told reporters, adding that Armenian "
      "forces shelled Azerbaijani troops.\n";
  auto store = Open();
  ASSERT_NE(store, nullptr);
  std::vector<CodedArticle> coded = {
      testing::CodeArticle(testing::StoreEngine(), "quotes", text, "2024-03-11", "Wire", "https://wire.example/q")};
  ASSERT_EQ(coded[0].quotes.size(), 2u) << "quote finder changed";
  Write(store.get(), coded, testing::StoreFingerprint());
  EXPECT_EQ(store->Stats()->quotes, 2);

  auto quotes = [&](const QuoteFilter& f) {
    std::vector<StoredQuote> out;
    Status s = store->ForEachQuote(f, [&](const StoredQuote& q) {
      out.push_back(q);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  };
  std::vector<StoredQuote> all = quotes({});
  ASSERT_EQ(all.size(), 2u);
  for (const StoredQuote& q : all) {
    EXPECT_EQ(text.substr(q.begin, q.end - q.begin), q.text);  // offsets into the article's bytes
    EXPECT_EQ(q.speaker_code, "AZEGOV");
    EXPECT_EQ(q.article_id, "quotes");
    EXPECT_EQ(q.url, "https://wire.example/q");
    EXPECT_EQ(q.article_date, "2024-03-11");
  }
  std::vector<StoredQuote> provocation = quotes({.text = "PROVOCATION, respond"});
  ASSERT_EQ(provocation.size(), 1u);
  EXPECT_TRUE(provocation[0].direct);
  EXPECT_TRUE(provocation[0].event_ids.empty());
  // The reported statement holds the claimed shelling: its event id is the store's.
  std::vector<StoredQuote> shelled = quotes({.text = "shelled"});
  ASSERT_EQ(shelled.size(), 1u);
  EXPECT_FALSE(shelled[0].direct);
  ASSERT_EQ(shelled[0].event_ids.size(), 1u);
  bool claimed = false;
  for (const StoredEvent& e : Events(store.get())) {
    if (e.id == shelled[0].event_ids[0]) claimed = e.mode == "claimed";
  }
  EXPECT_TRUE(claimed);
  EXPECT_EQ(quotes({.text = "provocation shelled"}).size(), 0u);
  EXPECT_EQ(quotes({.speaker = "AZE"}).size(), 2u);
  EXPECT_EQ(quotes({.speaker = "RUS"}).size(), 0u);
  EXPECT_EQ(quotes({.speaker_name = "OFFICIAL"}).size(), 2u);
  EXPECT_EQ(quotes({.country = "AZE", .direct = 0}).size(), 1u);
  EXPECT_EQ(quotes({.from_date = "2024-03-12"}).size(), 0u);
  EXPECT_EQ(quotes({.limit = 1}).size(), 1u);
  EXPECT_EQ(store->ForEachQuote({.speaker = "aze"}, [](const StoredQuote&) { return true; }).code(),
            StatusCode::kInvalidArgument);

  // Another fingerprint with the same coding: the quotes' record hashes match, nothing changes.
  WriteReport same = Write(store.get(), coded, "another fingerprint");
  EXPECT_EQ(same.unchanged, 1u);
  EXPECT_EQ(same.recoded, 0u);

  // A dictionary change ("shell" now codes 195) re-codes the article: its quotes and their index
  // entries are replaced, not added to, and the quote links the new event.
  std::string dict = testing::StoreFixture("store.dict");
  const std::string shell = "verb shell 194\n  194 +";
  const size_t at = dict.find(shell);
  ASSERT_NE(at, std::string::npos);
  dict.replace(at, shell.size(), "verb shell 195\n  195 +");
  const std::string path = testing::StoreTempPath("changed.dict");
  std::ofstream(path) << dict;
  EngineOptions changed;
  changed.replace_default_dictionaries = true;
  changed.dictionaries = {path};
  auto engine = Engine::Create(changed);
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  std::vector<CodedArticle> recoded = {
      testing::CodeArticle(**engine, "quotes", text, "2024-03-11", "Wire", "https://wire.example/q")};
  WriteReport r = Write(store.get(), recoded, CodingFingerprint(changed).value());
  EXPECT_EQ(r.recoded, 1u);
  EXPECT_EQ(store->Stats()->quotes, 2);
  EXPECT_EQ(quotes({.text = "provocation"}).size(), 1u);
  shelled = quotes({.text = "shelled"});
  ASSERT_EQ(shelled.size(), 1u);
  ASSERT_EQ(shelled[0].event_ids.size(), 1u);
  std::string code;
  for (const StoredEvent& e : Events(store.get())) {
    if (e.id == shelled[0].event_ids[0]) code = e.cameo_code;
  }
  EXPECT_EQ(code, "195");
  ExpectConsistent(store.get());
}

INSTANTIATE_TEST_SUITE_P(Backends, EventStoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::BackendName);

}  // namespace
}  // namespace dragoman
