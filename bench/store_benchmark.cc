// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Event store query latency over 1 M synthetic events (SQLite). Figures are printed, not asserted:
//   build/dragoman_benchmarks --benchmark_filter=Store
// The store is built once through EventStore::WriteBatch (100 k articles of 10 events each, ten
// years, 100 countries, 6 roles, 20 CAMEO codes, half the events placed in one of 20 cities of the
// source country) at $DRAGOMAN_BENCH_STORE, default
// /tmp/dragoman-bench-1m.db, and reused while it holds 1 M events.

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/content_hash.h"
#include "store/event_store.h"

namespace dragoman {
namespace {

constexpr int kArticles = 100000;
constexpr int kEventsPerArticle = 10;

std::string StorePath() {
  const char* env = std::getenv("DRAGOMAN_BENCH_STORE");
  return env != nullptr && *env != '\0' ? env : "/tmp/dragoman-bench-1m.db";
}

// A deterministic pseudo-random sequence (xorshift64*).
struct Rng {
  uint64_t s = 88172645463325252ull;
  uint64_t Next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 2685821657736338717ull;
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
};

std::string Country(int i) {
  std::string c = "AAA";
  c[0] = static_cast<char>('A' + i % 26);
  c[1] = static_cast<char>('A' + (i / 26) % 26);
  c[2] = static_cast<char>('A' + (i / 676) % 26);
  return c;
}

void BuildStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  auto store = OpenEventStore(path, StoreOptions{});
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    std::exit(2);
  }
  static const char* kRoles[] = {"", "GOV", "MIL", "REB", "OPP", "CVL"};
  static const char* kCodes[] = {"010", "020", "036", "040", "042", "043", "046", "057", "061", "071",
                                 "111", "112", "120", "130", "141", "163", "173", "190", "193", "195"};
  static const int kQuad[] = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4};
  Rng rng;
  const auto start = std::chrono::steady_clock::now();
  std::vector<CodedArticle> batch;
  for (int a = 0; a < kArticles; ++a) {
    CodedArticle c;
    c.article.id = "bench-" + std::to_string(a);
    c.article.url = "https://bench" + std::to_string(a % 50) + ".example/" + std::to_string(a);
    c.article.source = "outlet-" + std::to_string(a % 50);
    const int day = rng.Below(3650);  // 2015-01-01 + day
    const std::time_t t = 1420070400 + static_cast<std::time_t>(day) * 86400;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
    c.article.date = date;
    c.article.raw = "Synthetic article " + std::to_string(a) + ".";
    c.sentences.push_back({Span{0, static_cast<uint32_t>(c.article.raw.size())}, c.article.raw, PartKind::kBody, 0});
    for (int k = 0; k < kEventsPerArticle; ++k) {
      Event e;
      e.article_id = c.article.id;
      e.date = date;
      const int sc = rng.Below(100), tc = rng.Below(100), code = rng.Below(20);
      e.source.country = Country(sc);
      e.source.role = kRoles[rng.Below(6)];
      e.source.code = e.source.country + e.source.role;
      e.source.text = e.source.code;
      e.target.country = Country(tc);
      e.target.role = kRoles[rng.Below(6)];
      e.target.code = e.target.country + e.target.role;
      e.target.text = e.target.code;
      e.cameo_code = kCodes[code];
      e.cameo_base = e.cameo_code.substr(0, 3);
      e.cameo_root = e.cameo_code.substr(0, 2);
      e.quad_class = kQuad[code];
      e.goldstein = kQuad[code] <= 2 ? 3.0 : -5.0;
      if (k % 2 == 0) {  // half the events have a place: a city of the source country
        e.place.name = "City" + std::to_string(rng.Below(20));
        e.place.country = e.source.country;
        e.place.admin1 = "Province" + std::to_string(rng.Below(5));
        e.place.precision = PlacePrecision::kCity;
        e.place.lat = 10;
        e.place.lon = 20;
        e.place.basis = "clause";
      }
      e.verb_text = "acted";
      e.confidence = 0.5;
      char id[24];
      std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(rng.Next()));
      e.id = id;
      c.events.push_back(std::move(e));
    }
    batch.push_back(std::move(c));
    if (batch.size() == 1000 || a + 1 == kArticles) {
      std::vector<ArticleToStore> items;
      for (const CodedArticle& x : batch) items.push_back({&x, ContentHash(x.article.raw), "bench"});
      WriteReport report;
      Status s = (*store)->WriteBatch(items, false, &report);
      if (!s.ok()) {
        std::fprintf(stderr, "%s\n", s.ToString().c_str());
        std::exit(2);
      }
      batch.clear();
      const double el = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "\rbuilding %s: %d/%d articles, %.0f s   ", path.c_str(), a + 1, kArticles, el);
    }
  }
  std::fprintf(stderr, "\n");
}

EventStore& Store() {
  static std::unique_ptr<EventStore> store = [] {
    const std::string path = StorePath();
    StoreOptions reader;
    reader.create = false;
    auto s = OpenEventStore(path, reader);
    if (!s.ok() || (*s)->Stats()->events < kArticles * kEventsPerArticle * 99 / 100) {
      s = Status::NotFound("rebuild");
      BuildStore(path);
      s = OpenEventStore(path, reader);
    }
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.status().ToString().c_str());
      std::exit(2);
    }
    auto st = (*s)->Stats();
    std::fprintf(stderr, "store %s: %lld events, %lld mentions, %lld articles\n", path.c_str(),
                 static_cast<long long>(st->events), static_cast<long long>(st->mentions),
                 static_cast<long long>(st->articles));
    return std::move(s.value());
  }();
  return *store;
}

void CountBy(benchmark::State& state, const EventFilter& filter, const std::vector<CountDim>& dims) {
  EventStore& store = Store();
  size_t rows = 0;
  for (auto _ : state) {
    auto r = store.Count(filter, dims);
    if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
    rows = r.ok() ? r->size() : 0;
    benchmark::DoNotOptimize(rows);
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_StoreCountCountryMonth(benchmark::State& state) { CountBy(state, {}, {CountDim::kCountry, CountDim::kMonth}); }
void BM_StoreCountCountryMonthQuad(benchmark::State& state) {
  CountBy(state, {}, {CountDim::kCountry, CountDim::kMonth, CountDim::kQuad});
}
void BM_StoreCountOneCountryByMonth(benchmark::State& state) {
  CountBy(state, {.country = "AAA", .side = ActorSide::kSource}, {CountDim::kMonth});
}
void BM_StoreCountDyadsOneYear(benchmark::State& state) {
  CountBy(state, {.from_date = "2020-01-01", .to_date = "2020-12-31"}, {CountDim::kSource, CountDim::kTarget});
}
void BM_StoreEventsOneCountryOneMonth(benchmark::State& state) {
  EventStore& store = Store();
  size_t rows = 0;
  const EventFilter f = {.country = "BAA", .from_date = "2019-06-01", .to_date = "2019-06-30"};
  for (auto _ : state) {
    rows = 0;
    Status s = store.ForEachEvent(f, [&](const StoredEvent&) {
      ++rows;
      return true;
    });
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.counters["rows"] = static_cast<double>(rows);
}

BENCHMARK(BM_StoreCountCountryMonth)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCountCountryMonthQuad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCountOneCountryByMonth)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreCountDyadsOneYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreEventsOneCountryOneMonth)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dragoman
