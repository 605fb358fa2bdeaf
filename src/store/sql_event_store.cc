// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The EventStore, written once in SQL that SQLite 3.40 and PostgreSQL 15 both run. The few
// differences (key columns, full-text search, the writers' lock) are switched on the dialect.
//
// Schema (version 2; doc/store.md has the column meanings):
//   store_meta(key, value)        schema version, dedup rule
//   store_seq(id = 1, seq)        the cursor: bumped once by each batch that changes anything
//   articles(id, doc_id, url, outlet, content_hash, fingerprint, title, date, time, dateline,
//            doc_len, sentences, sentence_spans, events, raw, added_at, updated_at)
//       sentence_spans: "BEGIN:END BEGIN:END ..." of the coded sentences in raw, in order
//       unique content_hash; unique url where url <> ''
//   Full-text index over every coded sentence (its raw bytes, raw[BEGIN, END)):
//       SQLite: contentless FTS5 table sentences_fts(text), rowid = article id * 2^20 + sentence
//               index, detail=none (the index keeps no text: rows are deleted with the text
//               rebuilt from the article's raw and sentence_spans)
//       PostgreSQL: sentences(article_id, idx, text) with a GIN index on to_tsvector('simple', text)
//   events(id, ckey, day, date, month, source_*, target_*, cameo_*, quad_class, goldstein,
//          plover_*, mode, place_*, geo_*, num_mentions, num_sources, num_articles, is_root,
//          confidence, url, sentence, verb, deleted, seq, added_at, updated_at, rep_article, rep_ord)
//       rep_article, rep_ord: the representative mention (earliest day, then article, then position)
//       source_place, target_place, place_json: a place as the JSON object of doc/places.md, or ''
//       place_*: the action place, from the mention with the lowest place_rank (then day, article,
//       position); geo_*: its DedupPlace (dedup.h), which clustering compares
//   mentions(article_id, mention_id, event_id, ord, day, outlet, sentence_index, source_*,
//            target_*, verb, verb_offset, cameo_*, quad_class, goldstein, plover_*, mode, place_*,
//            geo_*, place_rank, confidence, in_lead, in_raw, rule_id, sentence, record)
//       primary key (article_id, mention_id); place_rank: 0 no place, 1-6 a place the text states
//       (point, city, admin2, admin1, country, region), 11-16 a dateline's place
//   quotes(id = article_id * 2^20 + ord, article_id, quote_id, ord, sentence_index, direct, text, span_begin, span_end,
//          speaker_text, speaker_code, speaker_country, speaker_role, speaker_entity, cue, outlet,
//          outlet_code, addressee, addressee_code, mention_ids, record_hash)
//       mention_ids: the coder's ids of the events inside the quote, space-separated
//       record_hash: QuoteHash of the quote's fields, all its JSON record holds (the record itself is not kept: it is
//       mostly these columns again, and would make the store half as large again on news text)
//   Full-text index over every quote's text: SQLite: contentless FTS5 quotes_fts(text), rowid =
//       quotes.id; PostgreSQL: a GIN index on to_tsvector('simple', quotes.text)

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <set>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "output/jsonl_writer.h"
#include "output/place_record.h"
#include "store/dedup.h"
#include "store/event_store.h"
#include "store/sql_connection.h"

namespace dragoman {
namespace {

constexpr const char* kSchemaVersion = "2";

// Column lists shared by the schema, the INSERTs and the UPDATEs (events and mentions alike).
std::string ActorColumnNames(const std::string& side) {
  return side + "_code, " + side + "_name, " + side + "_country, " + side + "_role, " + side + "_text, " + side +
         "_place";
}
// The action place: name, country, admin1, lat, lon, precision, JSON, then the DedupPlace.
constexpr const char* kPlaceColumnNames =
    "place, place_country, place_admin1, place_lat, place_lon, place_precision, place_json, geo_country, "
    "geo_admin1, geo_point";
constexpr size_t kPlaceColumnCount = 10;
// The columns an event takes from its representative mention.
std::string RepColumnNames() {
  return "day, date, month, " + ActorColumnNames("source") + ", " + ActorColumnNames("target") +
         ", cameo_code, cameo_base, cameo_root, quad_class, goldstein, plover_event, plover_mode, mode, url, "
         "sentence, verb";
}
// "?, ?, ?" for a column list.
std::string Placeholders(const std::string& names) {
  std::string out = "?";
  for (char c : names) {
    if (c == ',') out += ", ?";
  }
  return out;
}
// "a = ?, b = ?" for a column list.
std::string Assignments(const std::string& names) {
  std::string out, name;
  for (size_t i = 0; i <= names.size(); ++i) {
    if (i == names.size() || names[i] == ',') {
      out += (out.empty() ? "" : ", ") + name + " = ?";
      name.clear();
    } else if (names[i] != ' ') {
      name += names[i];
    }
  }
  return out;
}
// "m.a, m.b" for a column list.
std::string Prefixed(const std::string& prefix, const std::string& names) {
  std::string out = prefix;
  for (char c : names) {
    out += c;
    if (c == ' ') out += prefix;
  }
  return out;
}

// --- Schema ---------------------------------------------------------------------------------------

std::string SchemaSql(SqlDialect d) {
  const std::string pk = d == SqlDialect::kSqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
  std::string actor_cols;
  for (const char* side : {"source", "target"}) {
    const std::string s = side;
    actor_cols += s + "_code TEXT NOT NULL, " + s + "_name TEXT NOT NULL, " + s + "_country TEXT NOT NULL, " + s +
                  "_role TEXT NOT NULL, " + s + "_text TEXT NOT NULL, " + s + "_place TEXT NOT NULL, ";
  }
  const std::string cameo_cols =
      "cameo_code TEXT NOT NULL, cameo_base TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class BIGINT NOT NULL, "
      "goldstein DOUBLE PRECISION NOT NULL, plover_event TEXT NOT NULL, plover_mode TEXT NOT NULL, "
      "mode TEXT NOT NULL, place TEXT NOT NULL, place_country TEXT NOT NULL, place_admin1 TEXT NOT NULL, "
      "place_lat DOUBLE PRECISION NOT NULL, place_lon DOUBLE PRECISION NOT NULL, place_precision TEXT NOT NULL, "
      "place_json TEXT NOT NULL, geo_country TEXT NOT NULL, geo_admin1 TEXT NOT NULL, geo_point TEXT NOT NULL, ";
  std::string sql =
      "CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
      "CREATE TABLE IF NOT EXISTS store_seq (id INTEGER PRIMARY KEY, seq BIGINT NOT NULL);\n"
      "CREATE TABLE IF NOT EXISTS articles (id " + pk + ", doc_id TEXT NOT NULL, url TEXT NOT NULL, "
      "outlet TEXT NOT NULL, content_hash TEXT NOT NULL, fingerprint TEXT NOT NULL, title TEXT NOT NULL, "
      "date TEXT NOT NULL, time TEXT NOT NULL, dateline TEXT NOT NULL, doc_len BIGINT NOT NULL, "
      "sentences BIGINT NOT NULL, sentence_spans TEXT NOT NULL, events BIGINT NOT NULL, quotes BIGINT NOT NULL, "
      "raw TEXT NOT NULL, "
      "added_at TEXT NOT NULL, "
      "updated_at TEXT NOT NULL);\n"
      "CREATE UNIQUE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);\n"
      "CREATE UNIQUE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url <> '';\n"

      "CREATE TABLE IF NOT EXISTS events (id " + pk + ", ckey TEXT NOT NULL, day BIGINT, date TEXT NOT NULL, "
      "month BIGINT NOT NULL, " + actor_cols + cameo_cols +
      "num_mentions BIGINT NOT NULL, num_sources BIGINT NOT NULL, num_articles BIGINT NOT NULL, "
      "is_root BIGINT NOT NULL, confidence DOUBLE PRECISION NOT NULL, url TEXT NOT NULL, sentence TEXT NOT NULL, "
      "verb TEXT NOT NULL, deleted BIGINT NOT NULL, seq BIGINT NOT NULL, added_at TEXT NOT NULL, "
      "updated_at TEXT NOT NULL, rep_article BIGINT NOT NULL, rep_ord BIGINT NOT NULL);\n"
      "CREATE INDEX IF NOT EXISTS events_ckey ON events(ckey, day);\n"
      "CREATE INDEX IF NOT EXISTS events_seq ON events(seq, id);\n"
      "CREATE INDEX IF NOT EXISTS events_day ON events(day);\n"
      "CREATE INDEX IF NOT EXISTS events_country_month ON events(source_country, month, quad_class, deleted, "
      "num_mentions);\n"
      "CREATE TABLE IF NOT EXISTS mentions (article_id BIGINT NOT NULL, mention_id TEXT NOT NULL, "
      "event_id BIGINT NOT NULL, ord BIGINT NOT NULL, day BIGINT, outlet TEXT NOT NULL, "
      "sentence_index BIGINT NOT NULL, " + actor_cols +
      "source_offset BIGINT NOT NULL, target_offset BIGINT NOT NULL, verb TEXT NOT NULL, "
      "verb_offset BIGINT NOT NULL, " + cameo_cols +
      "place_rank BIGINT NOT NULL, confidence DOUBLE PRECISION NOT NULL, in_lead BIGINT NOT NULL, in_raw BIGINT NOT NULL, "
      "rule_id TEXT NOT NULL, sentence TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (article_id, mention_id));\n"
      "CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id, article_id, ord);\n"
      "CREATE INDEX IF NOT EXISTS mentions_event_outlet ON mentions(event_id, outlet);\n"
      "CREATE TABLE IF NOT EXISTS quotes (id BIGINT PRIMARY KEY, article_id BIGINT NOT NULL, quote_id TEXT NOT NULL, "
      "ord BIGINT NOT NULL, sentence_index BIGINT NOT NULL, direct BIGINT NOT NULL, text TEXT NOT NULL, "
      "span_begin BIGINT NOT NULL, span_end BIGINT NOT NULL, speaker_text TEXT NOT NULL, speaker_code TEXT NOT NULL, "
      "speaker_country TEXT NOT NULL, speaker_role TEXT NOT NULL, speaker_entity TEXT NOT NULL, cue TEXT NOT NULL, "
      "outlet TEXT NOT NULL, outlet_code TEXT NOT NULL, addressee TEXT NOT NULL, addressee_code TEXT NOT NULL, "
      "mention_ids TEXT NOT NULL, record_hash TEXT NOT NULL);\n"
      "";
  if (d == SqlDialect::kSqlite) {
    sql +=
        "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='', detail=none);\n"
        "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='', detail=none);\n";
  } else {
    sql +=
        "CREATE TABLE IF NOT EXISTS sentences (article_id BIGINT NOT NULL, idx BIGINT NOT NULL, text TEXT NOT NULL, "
        "PRIMARY KEY (article_id, idx));\n"
        "CREATE INDEX IF NOT EXISTS sentences_fts ON sentences USING GIN (to_tsvector('simple', text));\n"
        "CREATE INDEX IF NOT EXISTS quotes_fts ON quotes USING GIN (to_tsvector('simple', text));\n";
  }
  return sql;
}

// --- Values ---------------------------------------------------------------------------------------

std::string NowUtc() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// PostgreSQL's text type holds only valid UTF-8 without NUL: other bytes become '?' one for one, so
// that byte offsets into the stored raw text stay those of the input. Applied on both backends.
std::string CleanUtf8(const std::string& s) {
  std::string out = s;
  size_t i = 0;
  const size_t n = out.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = len > 0 && i + len <= n && c != 0;
    if (ok && len > 1) {
      for (size_t k = 1; k < len; ++k) ok = ok && (static_cast<unsigned char>(out[i + k]) >> 6) == 2;
      if (ok) {
        const unsigned char c1 = static_cast<unsigned char>(out[i + 1]);
        if (len == 2 && c < 0xC2) ok = false;                      // overlong
        if (len == 3 && c == 0xE0 && c1 < 0xA0) ok = false;        // overlong
        if (len == 3 && c == 0xED && c1 >= 0xA0) ok = false;       // surrogate
        if (len == 4 && (c > 0xF4 || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))) ok = false;
      }
    }
    if (!ok) {
      out[i] = '?';
      ++i;
    } else {
      i += len;
    }
  }
  return out;
}

// 16 hex digits of the 64-bit FNV-1a hash of `s`: tells a changed quote record from the same one.
std::string RecordHash(const std::string& s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// RecordHash of every field of a quote record, without building the record: serialising each
// quote to JSON only to hash it was a third of what the store added to coding (callgrind, BBC).
// A change to any field, the chain and event ids included, changes the hash.
std::string QuoteHash(const Quote& q) {
  std::string m;
  m.reserve(256 + q.text.size());
  auto add = [&m](std::string_view s) {
    m += s;
    m.push_back('\x1f');
  };
  auto add_span = [&](const Span& sp) { add(std::to_string(sp.begin) + ":" + std::to_string(sp.end)); };
  auto add_text = [&](const QuoteText& t) {
    add(t.text);
    add_span(t.span);
    add(t.code);
  };
  add(q.id);
  add(q.article_id);
  add(std::to_string(q.sentence_index));
  add(q.text);
  add_span(q.span);
  add(q.direct ? "D" : "R");
  const QuoteSpeaker& sp = q.speaker;
  add(sp.text);
  add_span(sp.span);
  add(sp.code);
  add(sp.country);
  add(sp.role);
  add(sp.entity);
  add(sp.resolved_from);
  for (const QuoteText& link : sp.chain) add_text(link);
  add("|");
  add_text(q.cue);
  add_text(q.outlet);
  add_text(q.addressee);
  for (const std::string& e : q.event_ids) add(e);
  return RecordHash(m);
}

std::string UrlHost(const std::string& url) {
  size_t p = url.find("://");
  if (p == std::string::npos) return "";
  p += 3;
  size_t e = url.find_first_of("/?#:", p);
  std::string host = url.substr(p, e == std::string::npos ? std::string::npos : e - p);
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

SqlValue DayValue(const std::optional<int64_t>& day) {
  if (day) return *day;
  return std::monostate{};
}

// A place as stored: the JSON object of doc/places.md, or "" for none.
std::string PlaceText(const Place& p) { return p.empty() ? std::string() : CleanUtf8(PlaceJson(p).dump()); }

// PlaceText's inverse; an empty Place for "" or anything unreadable.
Place ParsePlace(const std::string& text) {
  Place p;
  if (text.empty()) return p;
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return p;
  auto str = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(); };
  auto num = [&](const char* k) { return j.contains(k) && j[k].is_number() ? j[k].get<double>() : 0.0; };
  p.name = str("name");
  p.country = str("country");
  p.admin1 = str("admin1");
  p.lat = num("lat");
  p.lon = num("lon");
  p.geonames_id = static_cast<uint32_t>(num("geonames_id"));
  const std::string precision = str("precision");
  for (PlacePrecision pr : {PlacePrecision::kPoint, PlacePrecision::kCity, PlacePrecision::kAdmin2,
                            PlacePrecision::kAdmin1, PlacePrecision::kCountry, PlacePrecision::kRegion}) {
    if (precision == PlacePrecisionName(pr)) p.precision = pr;
  }
  p.feature = str("feature");
  p.text = str("text");
  if (j.contains("span") && j["span"].is_array() && j["span"].size() == 2 && j["span"][0].is_number() &&
      j["span"][1].is_number()) {
    p.span.begin = j["span"][0].get<size_t>();
    p.span.end = j["span"][1].get<size_t>();
  }
  p.basis = str("basis");
  return p;
}

// The order in which an event's mentions give its place: a place the text states before a
// dateline's, a more precise one before a less precise one; 0 for none.
int64_t PlaceRank(const Place& p) {
  if (p.empty()) return 0;
  int64_t r = 6;
  switch (p.precision) {
    case PlacePrecision::kPoint: r = 1; break;
    case PlacePrecision::kCity: r = 2; break;
    case PlacePrecision::kAdmin2: r = 3; break;
    case PlacePrecision::kAdmin1: r = 4; break;
    case PlacePrecision::kCountry: r = 5; break;
    default: r = 6; break;
  }
  return p.basis == "dateline" ? r + 10 : r;
}

// The place an actor's mention names: the first resolved place mention inside its span (a demonym
// "Armenian" in "Armenian forces", the capital "Moscow" as a subject); empty when none.
Place ActorPlace(const ActorRef& actor, const std::vector<PlaceMention>& places) {
  if (actor.code.empty() || actor.span.empty()) return Place{};
  for (const PlaceMention& pm : places) {
    if (pm.place.empty() || pm.span.empty()) continue;
    if (pm.span.begin >= actor.span.begin && pm.span.end <= actor.span.end) {
      Place p = pm.place;
      p.span = pm.span;
      p.text = pm.text;
      p.basis.clear();
      return p;
    }
  }
  return Place{};
}

// A mention about to be written, with every column.
struct MentionRow {
  std::string mention_id, ckey, record;
  std::optional<int64_t> day;
  const Event* event = nullptr;
  bool in_lead = false, in_raw = true;
  DedupPlace geo;
  int64_t place_rank = 0;
  std::string place_json, source_place, target_place;
};

// The columns of `events` that clustering recomputes, in this order, with their kinds for
// comparing an old row with a new one.
enum class Kind { kInt, kReal, kText };
struct Column {
  const char* name;
  Kind kind;
};
constexpr Column kEventContent[] = {
    {"day", Kind::kInt},           {"date", Kind::kText},           {"month", Kind::kInt},
    {"source_code", Kind::kText},  {"source_name", Kind::kText},    {"source_country", Kind::kText},
    {"source_role", Kind::kText},  {"source_text", Kind::kText},    {"source_place", Kind::kText},
    {"target_code", Kind::kText},  {"target_name", Kind::kText},    {"target_country", Kind::kText},
    {"target_role", Kind::kText},  {"target_text", Kind::kText},    {"target_place", Kind::kText},
    {"cameo_code", Kind::kText},   {"cameo_base", Kind::kText},     {"cameo_root", Kind::kText},
    {"quad_class", Kind::kInt},    {"goldstein", Kind::kReal},      {"plover_event", Kind::kText},
    {"plover_mode", Kind::kText},  {"mode", Kind::kText},           {"place", Kind::kText},
    {"place_country", Kind::kText}, {"place_admin1", Kind::kText},  {"place_lat", Kind::kReal},
    {"place_lon", Kind::kReal},    {"place_precision", Kind::kText}, {"place_json", Kind::kText},
    {"geo_country", Kind::kText},  {"geo_admin1", Kind::kText},     {"geo_point", Kind::kText},
    {"num_mentions", Kind::kInt},  {"num_sources", Kind::kInt},
    {"num_articles", Kind::kInt},  {"is_root", Kind::kInt},         {"confidence", Kind::kReal},
    {"url", Kind::kText},          {"sentence", Kind::kText},       {"verb", Kind::kText},
    {"deleted", Kind::kInt},
};
constexpr size_t kEventContentCount = sizeof(kEventContent) / sizeof(kEventContent[0]);

bool SameValue(const SqlRow& row, size_t i, const SqlValue& v, Kind kind) {
  const bool vnull = std::holds_alternative<std::monostate>(v);
  if (row.IsNull(i) || vnull) return row.IsNull(i) == vnull;
  switch (kind) {
    case Kind::kInt: return row.Int(i) == std::get<int64_t>(v);
    case Kind::kReal: return std::fabs(row.Real(i) - std::get<double>(v)) < 1e-9;
    case Kind::kText: return row.Text(i) == std::get<std::string>(v);
  }
  return false;
}

// The SELECT list that fills a StoredEvent (FillEvent reads it by position).
constexpr const char* kEventSelect =
    "e.id, e.date, e.source_code, e.source_name, e.source_country, e.source_role, e.source_text, "
    "e.target_code, e.target_name, e.target_country, e.target_role, e.target_text, e.cameo_code, e.cameo_base, "
    "e.cameo_root, e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.mode, e.place, e.num_mentions, "
    "e.num_sources, e.num_articles, e.is_root, e.confidence, e.url, e.sentence, e.verb, e.added_at, e.updated_at, "
    "e.seq, e.deleted, e.place_json, e.source_place, e.target_place";

StoredEvent FillEvent(const SqlRow& r) {
  StoredEvent e;
  size_t i = 0;
  e.id = r.Int(i++);
  e.date = r.Text(i++);
  for (StoredActor* a : {&e.source, &e.target}) {
    a->code = r.Text(i++);
    a->name = r.Text(i++);
    a->country = r.Text(i++);
    a->role = r.Text(i++);
    a->text = r.Text(i++);
  }
  e.cameo_code = r.Text(i++);
  e.cameo_base = r.Text(i++);
  e.cameo_root = r.Text(i++);
  e.quad_class = static_cast<int>(r.Int(i++));
  e.goldstein = r.Real(i++);
  e.plover_event = r.Text(i++);
  e.plover_mode = r.Text(i++);
  e.mode = r.Text(i++);
  e.place = r.Text(i++);
  e.num_mentions = static_cast<int>(r.Int(i++));
  e.num_sources = static_cast<int>(r.Int(i++));
  e.num_articles = static_cast<int>(r.Int(i++));
  e.is_root = r.Int(i++) != 0;
  e.confidence = r.Real(i++);
  e.url = r.Text(i++);
  e.sentence = r.Text(i++);
  e.verb = r.Text(i++);
  e.added_at = r.Text(i++);
  e.updated_at = r.Text(i++);
  e.seq = r.Int(i++);
  e.deleted = r.Int(i++) != 0;
  e.action_place = ParsePlace(r.Text(i++));
  e.source_place = ParsePlace(r.Text(i++));
  e.target_place = ParsePlace(r.Text(i++));
  return e;
}

constexpr const char* kMentionSelect =
    "m.event_id, e.date, e.added_at, m.mention_id, a.doc_id, a.url, a.outlet, a.date, a.time, a.doc_len, m.sentence_index, "
    "m.sentence, m.source_code, m.source_name, m.source_country, m.source_role, m.source_text, m.target_code, "
    "m.target_name, m.target_country, m.target_role, m.target_text, m.source_offset, m.target_offset, "
    "m.verb_offset, m.verb, m.cameo_code, m.mode, m.confidence, m.in_raw, m.rule_id, m.record, m.article_id, m.ord";

StoredMention FillMention(const SqlRow& r) {
  StoredMention m;
  size_t i = 0;
  m.event_id = r.Int(i++);
  m.event_date = r.Text(i++);
  m.event_added_at = r.Text(i++);
  m.mention_id = r.Text(i++);
  m.article_id = r.Text(i++);
  m.url = r.Text(i++);
  m.outlet = r.Text(i++);
  m.article_date = r.Text(i++);
  m.article_time = r.Text(i++);
  m.doc_len = r.Int(i++);
  m.sentence_index = static_cast<int>(r.Int(i++));
  m.sentence = r.Text(i++);
  for (StoredActor* a : {&m.source, &m.target}) {
    a->code = r.Text(i++);
    a->name = r.Text(i++);
    a->country = r.Text(i++);
    a->role = r.Text(i++);
    a->text = r.Text(i++);
  }
  m.source_offset = r.Int(i++);
  m.target_offset = r.Int(i++);
  m.verb_offset = r.Int(i++);
  m.verb = r.Text(i++);
  m.cameo_code = r.Text(i++);
  m.mode = r.Text(i++);
  m.confidence = r.Real(i++);
  m.in_raw_text = r.Int(i++) != 0;
  m.rule_id = r.Text(i++);
  m.record = r.Text(i++);
  return m;
}

bool IsCode(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// --- The store ------------------------------------------------------------------------------------

class SqlEventStore : public EventStore {
 public:
  SqlEventStore(std::unique_ptr<SqlConnection> db, std::string location)
      : db_(std::move(db)), location_(std::move(location)) {}
  ~SqlEventStore() override { db_->Rollback(); }

  Status Open(const StoreOptions& options);

  Result<ArticleState> Lookup(const std::string& url, const std::string& content_hash,
                              const std::string& fingerprint) override;
  Status WriteBatch(const std::vector<ArticleToStore>& batch, bool recode, WriteReport* report) override;
  Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn) override;
  Status ForEachMention(const EventFilter& filter, const std::function<bool(const StoredMention&)>& fn) override;
  Result<std::vector<CountRow>> Count(const EventFilter& filter, const std::vector<CountDim>& dims) override;
  Status ForEachQuote(const QuoteFilter& filter, const std::function<bool(const StoredQuote&)>& fn) override;
  Result<StoreStats> Stats() override;
  const DedupOptions& dedup() const override { return dedup_; }
  Status Verify(std::vector<std::string>* problems) override;

 private:
  // The article's row id and fingerprint, if it is stored (by URL, else content hash).
  Status FindArticle(const std::string& url, const std::string& hash, int64_t* id, std::string* fingerprint,
                     std::string* stored_hash);
  Status WriteArticle(const ArticleToStore& a, bool recode, WriteReport* report);
  // The article's sentences and their full-text entries (the raw bytes of each sentence's span).
  Status InsertSentences(int64_t article_id, const CodedArticle& coded, const std::string& raw);
  Status DeleteSentences(int64_t article_id);
  // The article's quotes and their full-text entries; DeleteQuotes removes both.
  Status InsertQuotes(int64_t article_id, const CodedArticle& coded);
  Status DeleteQuotes(int64_t article_id);
  // Sets an event's place columns from its mentions (the lowest place_rank, then day, article,
  // position); the columns' values are appended to *values when it is not null instead of written.
  Status EventPlace(int64_t event_id, std::vector<SqlValue>* values);
  // The batch's cursor value, taken on the first change.
  Result<int64_t> Seq();
  Result<int64_t> FindCluster(const std::string& ckey, const std::optional<int64_t>& day, const DedupPlace& geo);
  Status InsertEvent(const MentionRow& m, const Article& article, const std::string& sentence, int64_t article_id,
                     int64_t ord, int64_t seq, int64_t* id);
  // Adds a new mention's counts to an existing live event without reading its other mentions; call
  // before inserting the mention. *revive: the event is a tombstone, to be recomputed instead.
  Status Attach(int64_t event_id, const MentionRow& m, const Article& article, const std::string& sentence,
                int64_t article_id, int64_t ord, const std::string& outlet, int64_t seq, bool* revive);
  // Recomputes an event from its mentions; a tombstone when none are left. *changed: whether the
  // row changed.
  // With dry_run nothing is written (Verify uses it to check the incremental counts).
  Status Recompute(int64_t event_id, int64_t seq, bool* changed, bool* tombstoned, bool dry_run = false);
  // " WHERE ..." for `f` over events aliased `e`.
  std::string Where(const EventFilter& f, std::vector<SqlValue>* params) const;

  std::unique_ptr<SqlConnection> db_;
  std::string location_;
  DedupOptions dedup_;
  // Per batch.
  std::string now_;
  int64_t batch_seq_ = -1;
  // SQLite full-text changes of the article being written and of the batch so far. They are applied
  // after the last article, just before the commit: FTS5 flushes its pending index at every
  // savepoint, and there is one savepoint per article.
  struct FtsOp {
    bool remove;
    int64_t rowid;
    std::string text;
    const char* table = "sentences_fts";
  };
  std::vector<FtsOp> article_fts_, batch_fts_;
};

Status SqlEventStore::Open(const StoreOptions& options) {
  DRAGOMAN_RETURN_IF_ERROR(options.dedup.Validate());
  bool exists = false;
  const std::string probe = db_->dialect() == SqlDialect::kSqlite
                                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'store_meta'"
                                : "SELECT table_name FROM information_schema.tables WHERE table_name = 'store_meta' "
                                  "AND table_schema = current_schema()";
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(probe, {}, [&](const SqlRow&) {
    exists = true;
    return false;
  }));
  if (!exists) {
    if (!options.create) return Status::NotFound(location_ + ": not a Dragoman event store (no store_meta table)");
    DRAGOMAN_RETURN_IF_ERROR(db_->Begin());
    Status s = db_->Script(SchemaSql(db_->dialect()));
    if (s.ok()) {
      s = db_->Run("INSERT INTO store_meta(key, value) VALUES ('schema', ?), ('dedup', ?) ON CONFLICT (key) DO NOTHING",
                   {std::string(kSchemaVersion), options.dedup.Serialize()});
    }
    if (s.ok()) s = db_->Run("INSERT INTO store_seq(id, seq) VALUES (1, 0) ON CONFLICT (id) DO NOTHING", {});
    if (s.ok()) s = db_->Commit();
    if (!s.ok()) {
      db_->Rollback();
      return Status(s.code(), location_ + ": cannot create the store: " + s.message());
    }
  }
  std::string schema, dedup;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT key, value FROM store_meta", {}, [&](const SqlRow& r) {
    if (r.Text(0) == "schema") schema = r.Text(1);
    if (r.Text(0) == "dedup") dedup = r.Text(1);
    return true;
  }));
  if (schema != kSchemaVersion) {
    return Status::DataError(location_ + ": store schema version '" + schema + "', this build reads " +
                             kSchemaVersion);
  }
  Result<DedupOptions> stored = DedupOptions::Parse(dedup);
  if (!stored.ok()) return Status::DataError(location_ + ": " + stored.status().message());
  if (options.dedup_explicit && !(*stored == options.dedup)) {
    return Status::InvalidArgument(location_ + ": the store clusters with '" + stored->Serialize() +
                                   "', not '" + options.dedup.Serialize() +
                                   "': use the store's rule or a new database");
  }
  dedup_ = *stored;
  return Status::Ok();
}

Status SqlEventStore::FindArticle(const std::string& url, const std::string& hash, int64_t* id,
                                  std::string* fingerprint, std::string* stored_hash) {
  *id = -1;
  auto take = [&](const SqlRow& r) {
    *id = r.Int(0);
    *fingerprint = r.Text(1);
    *stored_hash = r.Text(2);
    return false;
  };
  if (!url.empty()) {
    DRAGOMAN_RETURN_IF_ERROR(
        db_->Run("SELECT id, fingerprint, content_hash FROM articles WHERE url = ? AND url <> ''", {url}, take));
    if (*id >= 0) return Status::Ok();
  }
  return db_->Run("SELECT id, fingerprint, content_hash FROM articles WHERE content_hash = ?", {hash}, take);
}

Result<ArticleState> SqlEventStore::Lookup(const std::string& url, const std::string& content_hash,
                                           const std::string& fingerprint) {
  int64_t id;
  std::string fp, hash;
  DRAGOMAN_RETURN_IF_ERROR(FindArticle(CleanUtf8(url), content_hash, &id, &fp, &hash));
  if (id < 0) return ArticleState::kNew;
  return fp == fingerprint ? ArticleState::kUnchanged : ArticleState::kStale;
}

Result<int64_t> SqlEventStore::Seq() {
  if (batch_seq_ >= 0) return batch_seq_;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run("UPDATE store_seq SET seq = seq + 1 WHERE id = 1 RETURNING seq", {},
                                    [&](const SqlRow& r) {
                                      batch_seq_ = r.Int(0);
                                      return false;
                                    }));
  if (batch_seq_ < 0) return Status::DataError(location_ + ": store_seq has no row");
  return batch_seq_;
}

Status SqlEventStore::WriteBatch(const std::vector<ArticleToStore>& batch, bool recode, WriteReport* report) {
  if (batch.empty()) return Status::Ok();
  now_ = NowUtc();
  batch_seq_ = -1;
  DRAGOMAN_RETURN_IF_ERROR(db_->Begin());
  batch_fts_.clear();
  Status s;
  if (db_->dialect() == SqlDialect::kPostgres) {
    // Writers take turns for the whole batch: clustering reads what the previous batch wrote.
    s = db_->Run("SELECT pg_advisory_xact_lock(7007)", {}, [](const SqlRow&) { return true; });
  }
  WriteReport local;
  for (size_t i = 0; s.ok() && i < batch.size(); ++i) {
    s = db_->Savepoint("article");
    if (!s.ok()) break;
    const int64_t seq_before = batch_seq_;
    WriteReport one;
    article_fts_.clear();
    Status a = WriteArticle(batch[i], recode, &one);
    if (a.ok()) {
      s = db_->ReleaseSavepoint("article");
      for (FtsOp& op : article_fts_) batch_fts_.push_back(std::move(op));
      local.new_articles += one.new_articles;
      local.unchanged += one.unchanged;
      local.recoded += one.recoded;
      local.mentions_added += one.mentions_added;
      local.mentions_removed += one.mentions_removed;
      local.events_created += one.events_created;
      local.events_updated += one.events_updated;
      local.events_tombstoned += one.events_tombstoned;
    } else {
      s = db_->RollbackToSavepoint("article");
      // The cursor bump may have been rolled back with the article.
      if (seq_before < 0) batch_seq_ = -1;
      ++local.failed;
      const std::string& id = batch[i].coded != nullptr ? batch[i].coded->article.id : "?";
      local.problems.push_back(id + ": " + a.message());
    }
  }
  for (size_t i = 0; s.ok() && i < batch_fts_.size(); ++i) {
    FtsOp& op = batch_fts_[i];
    const std::string table = op.table;
    s = op.remove ? db_->Run("INSERT INTO " + table + " (" + table + ", rowid, text) VALUES ('delete', ?, ?)",
                             {op.rowid, std::move(op.text)})
                  : db_->Run("INSERT INTO " + table + " (rowid, text) VALUES (?, ?)", {op.rowid, std::move(op.text)});
  }
  batch_fts_.clear();
  article_fts_.clear();
  if (s.ok()) s = db_->Commit();
  if (!s.ok()) {
    db_->Rollback();
    return Status(s.code(), location_ + ": batch not written: " + s.message());
  }
  report->Add(local);
  return Status::Ok();
}

Result<int64_t> SqlEventStore::FindCluster(const std::string& ckey, const std::optional<int64_t>& day,
                                           const DedupPlace& geo) {
  int64_t id = -1;
  auto take = [&](const SqlRow& r) {
    id = r.Int(0);
    return false;
  };
  // PlacesAgree (dedup.h) in SQL.
  std::string places;
  std::vector<SqlValue> place_params;
  if (!geo.country.empty()) {
    places = " AND (geo_country = '' OR (geo_country = ? AND (geo_admin1 = '' OR ? = '' OR geo_admin1 = ?) AND "
             "(geo_point = '' OR ? = '' OR geo_point = ?)))";
    place_params = {geo.country, geo.admin1, geo.admin1, geo.point, geo.point};
  }
  std::vector<SqlValue> p = {ckey};
  if (!day) {
    p.insert(p.end(), place_params.begin(), place_params.end());
    DRAGOMAN_RETURN_IF_ERROR(
        db_->Run("SELECT id FROM events WHERE ckey = ? AND day IS NULL" + places + " ORDER BY id LIMIT 1", p, take));
  } else {
    const int64_t w = dedup_.date_window_days;
    p.push_back(*day - w);
    p.push_back(*day + w);
    p.insert(p.end(), place_params.begin(), place_params.end());
    p.push_back(*day);
    DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT id FROM events WHERE ckey = ? AND day BETWEEN ? AND ?" + places +
                                          " ORDER BY abs(day - ?), id LIMIT 1",
                                      p, take));
  }
  return id;
}

// Actor columns of an event or mention row: code, name, country, role, text, place.
void AddActor(const ActorRef& a, const std::string& place, std::vector<SqlValue>* p) {
  p->push_back(a.code);
  p->push_back(CleanUtf8(a.entity.empty() ? a.text : a.entity));
  p->push_back(a.country);
  p->push_back(a.role);
  p->push_back(CleanUtf8(a.text));
  p->push_back(place);
}

void AddCameo(const Event& e, std::vector<SqlValue>* p) {
  p->push_back(e.cameo_code);
  p->push_back(e.cameo_base);
  p->push_back(e.cameo_root);
  p->push_back(static_cast<int64_t>(e.quad_class));
  p->push_back(e.goldstein);
  p->push_back(e.plover_event);
  p->push_back(e.plover_mode);
  p->push_back(std::string(EventModeName(e.mode)));
}

// The kPlaceColumnNames values of a mention.
void AddPlace(const MentionRow& m, std::vector<SqlValue>* p) {
  const Place& pl = m.event->place;
  const bool has = !pl.empty();
  p->push_back(has ? CleanUtf8(pl.name) : std::string());
  p->push_back(has ? pl.country : std::string());
  p->push_back(has ? CleanUtf8(pl.admin1) : std::string());
  p->push_back(has ? pl.lat : 0.0);
  p->push_back(has ? pl.lon : 0.0);
  p->push_back(std::string(has ? PlacePrecisionName(pl.precision) : ""));
  p->push_back(m.place_json);
  p->push_back(CleanUtf8(m.geo.country));
  p->push_back(CleanUtf8(m.geo.admin1));
  p->push_back(CleanUtf8(m.geo.point));
}

std::string ArticleUrlOrId(const Article& a) { return CleanUtf8(a.url.empty() ? a.id : a.url); }

// The representative columns of an event row from the mention being written, in the order of
// RepColumnNames().
std::vector<SqlValue> RepValues(const MentionRow& m, const Article& article, const std::string& sentence) {
  const Event& e = *m.event;
  std::vector<SqlValue> p = {DayValue(m.day), m.day ? e.date : std::string(), MonthNumber(e.date)};
  AddActor(e.source, m.source_place, &p);
  AddActor(e.target, m.target_place, &p);
  AddCameo(e, &p);
  p.push_back(ArticleUrlOrId(article));
  p.push_back(CleanUtf8(sentence));
  p.push_back(CleanUtf8(e.verb_text));
  return p;
}


Status SqlEventStore::Attach(int64_t event_id, const MentionRow& m, const Article& article,
                             const std::string& sentence, int64_t article_id, int64_t ord, const std::string& outlet,
                             int64_t seq, bool* revive) {
  *revive = false;
  bool found = false, deleted = false, day_null = true;
  int64_t day = 0, rep_article = 0, rep_ord = 0, mentions = 0, articles = 0, sources = 0, is_root = 0;
  double confidence = 0;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      "SELECT day, rep_article, rep_ord, deleted, num_mentions, num_articles, num_sources, is_root, confidence "
      "FROM events WHERE id = ?",
      {event_id}, [&](const SqlRow& r) {
        found = true;
        day_null = r.IsNull(0);
        day = r.Int(0);
        rep_article = r.Int(1);
        rep_ord = r.Int(2);
        deleted = r.Int(3) != 0;
        mentions = r.Int(4);
        articles = r.Int(5);
        sources = r.Int(6);
        is_root = r.Int(7);
        confidence = r.Real(8);
        return false;
      }));
  if (!found) return Status::Internal("event " + std::to_string(event_id) + " vanished");
  if (deleted) {
    *revive = true;
    return Status::Ok();
  }
  bool same_article = false, same_outlet = false;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT 1 FROM mentions WHERE event_id = ? AND article_id = ? LIMIT 1",
                                    {event_id, article_id}, [&](const SqlRow&) {
                                      same_article = true;
                                      return false;
                                    }));
  DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT 1 FROM mentions WHERE event_id = ? AND outlet = ? LIMIT 1",
                                    {event_id, outlet}, [&](const SqlRow&) {
                                      same_outlet = true;
                                      return false;
                                    }));
  std::vector<SqlValue> p;
  // The new mention represents the event if it sorts first: (day, article, position).
  const int64_t mday = m.day.value_or(0);
  const bool first = (!day_null && mday != day) ? mday < day
                                                : (article_id != rep_article ? article_id < rep_article : ord < rep_ord);
  std::string sql = "UPDATE events SET ";
  if (first) {
    sql += Assignments(RepColumnNames()) + ", ";
    p = RepValues(m, article, sentence);
    sql += "rep_article = ?, rep_ord = ?, ";
    p.push_back(article_id);
    p.push_back(ord);
  }
  sql += "num_mentions = ?, num_articles = ?, num_sources = ?, is_root = ?, confidence = ?, seq = ?, "
         "updated_at = ? WHERE id = ?";
  p.push_back(mentions + 1);
  p.push_back(articles + (same_article ? 0 : 1));
  p.push_back(sources + (same_outlet ? 0 : 1));
  p.push_back(std::max<int64_t>(is_root, m.in_lead ? 1 : 0));
  p.push_back(std::max(confidence, m.event->confidence));
  p.push_back(seq);
  p.push_back(now_);
  p.push_back(event_id);
  return db_->Run(sql, p);
}

Status SqlEventStore::InsertEvent(const MentionRow& m, const Article& article, const std::string& sentence,
                                  int64_t article_id, int64_t ord, int64_t seq, int64_t* id) {
  const Event& e = *m.event;
  std::vector<SqlValue> p = {m.ckey};
  const std::vector<SqlValue> rep = RepValues(m, article, sentence);
  p.insert(p.end(), rep.begin(), rep.end());
  AddPlace(m, &p);
  const std::vector<SqlValue> tail = {int64_t{1}, int64_t{1}, int64_t{1}, int64_t{m.in_lead ? 1 : 0},
                                      e.confidence, int64_t{0}, seq, now_, now_, article_id, ord};
  p.insert(p.end(), tail.begin(), tail.end());
  *id = -1;
  static const std::string kColumns = "ckey, " + RepColumnNames() + ", " + kPlaceColumnNames +
                                      ", num_mentions, num_sources, num_articles, is_root, confidence, deleted, seq, "
                                      "added_at, updated_at, rep_article, rep_ord";
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      "INSERT INTO events (" + kColumns + ") VALUES (" + Placeholders(kColumns) + ") RETURNING id",
      p, [&](const SqlRow& r) {
        *id = r.Int(0);
        return false;
      }));
  if (*id < 0) return Status::Internal("INSERT INTO events returned no id");
  return Status::Ok();
}

Status SqlEventStore::Recompute(int64_t event_id, int64_t seq, bool* changed, bool* tombstoned, bool dry_run) {
  *changed = *tombstoned = false;
  // Current row.
  std::string cols;
  for (size_t i = 0; i < kEventContentCount; ++i) cols += std::string(i ? ", " : "") + kEventContent[i].name;
  std::optional<SqlRow> old;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT " + cols + " FROM events WHERE id = ?", {event_id}, [&](const SqlRow& r) {
    old.emplace(r);
    return false;
  }));
  if (!old) return Status::Internal("event " + std::to_string(event_id) + " vanished");

  int64_t n = 0, articles = 0, sources = 0, in_lead = 0;
  double confidence = 0;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      "SELECT COUNT(*), COUNT(DISTINCT article_id), COUNT(DISTINCT outlet), MAX(in_lead), MAX(confidence) "
      "FROM mentions WHERE event_id = ?",
      {event_id}, [&](const SqlRow& r) {
        n = r.Int(0);
        articles = r.Int(1);
        sources = r.Int(2);
        in_lead = r.Int(3);
        confidence = r.Real(4);
        return false;
      }));
  std::vector<SqlValue> v;
  int64_t rep_article = -1, rep_ord = -1;
  if (n == 0) {
    // A tombstone keeps its last attributes; only the counts and the flag change.
    for (size_t i = 0; i < kEventContentCount; ++i) {
      const std::string name = kEventContent[i].name;
      if (name == "num_mentions" || name == "num_sources" || name == "num_articles") {
        v.push_back(int64_t{0});
      } else if (name == "deleted") {
        v.push_back(int64_t{1});
      } else if (old->IsNull(i)) {
        v.push_back(std::monostate{});
      } else if (kEventContent[i].kind == Kind::kInt) {
        v.push_back(old->Int(i));
      } else if (kEventContent[i].kind == Kind::kReal) {
        v.push_back(old->Real(i));
      } else {
        v.push_back(old->Text(i));
      }
    }
  } else {
    // The representative mention: earliest date, then first stored article, then first in it.
    bool found = false;
    std::string url, doc_id, sentence, verb;
    static const std::string kRepSelect =
        "SELECT m.day, a.date, " + Prefixed("m.", ActorColumnNames("source")) + ", " +
        Prefixed("m.", ActorColumnNames("target")) +
        ", m.cameo_code, m.cameo_base, m.cameo_root, m.quad_class, m.goldstein, m.plover_event, m.plover_mode, "
        "m.mode, a.url, a.doc_id, m.sentence, m.verb, m.article_id, m.ord FROM mentions m JOIN articles a ON a.id = "
        "m.article_id WHERE m.event_id = ? ORDER BY m.day, m.article_id, m.ord LIMIT 1";
    DRAGOMAN_RETURN_IF_ERROR(db_->Run(kRepSelect, {event_id}, [&](const SqlRow& r) {
      found = true;
      size_t c = 0;
      if (r.IsNull(0)) {
        v.push_back(std::monostate{});
        v.push_back(std::string());
        v.push_back(int64_t{0});
      } else {
        v.push_back(r.Int(0));
        v.push_back(r.Text(1));
        v.push_back(MonthNumber(r.Text(1)));
      }
      c = 2;
      for (int k = 0; k < 15; ++k) v.push_back(r.Text(c++));  // actors x 6 x 2, cameo code/base/root
      v.push_back(r.Int(c++));                                // quad_class
      v.push_back(r.Real(c++));                               // goldstein
      for (int k = 0; k < 3; ++k) v.push_back(r.Text(c++));   // plover event and mode, mode
      url = r.Text(c++);
      doc_id = r.Text(c++);
      sentence = r.Text(c++);
      verb = r.Text(c++);
      rep_article = r.Int(c++);
      rep_ord = r.Int(c++);
      return false;
    }));
    if (!found) return Status::Internal("event " + std::to_string(event_id) + ": mentions without an article");
    DRAGOMAN_RETURN_IF_ERROR(EventPlace(event_id, &v));
    v.push_back(n);
    v.push_back(sources);
    v.push_back(articles);
    v.push_back(in_lead);
    v.push_back(confidence);
    v.push_back(url.empty() ? doc_id : url);
    v.push_back(sentence);
    v.push_back(verb);
    v.push_back(int64_t{0});
  }
  if (v.size() != kEventContentCount) return Status::Internal("event row has the wrong width");
  bool same = true;
  for (size_t i = 0; i < kEventContentCount && same; ++i) same = SameValue(*old, i, v[i], kEventContent[i].kind);
  if (dry_run) {
    *changed = !same;
    return Status::Ok();
  }
  if (same) {
    // The representative may have moved to an identical mention: keep its key, quietly.
    if (rep_article >= 0) {
      return db_->Run("UPDATE events SET rep_article = ?, rep_ord = ? WHERE id = ?", {rep_article, rep_ord, event_id});
    }
    return Status::Ok();
  }
  *changed = true;
  *tombstoned = n == 0 && old->Int(kEventContentCount - 1) == 0;
  std::string set;
  for (size_t i = 0; i < kEventContentCount; ++i) set += std::string(kEventContent[i].name) + " = ?, ";
  set += "seq = ?, updated_at = ?";
  v.push_back(seq);
  v.push_back(now_);
  if (rep_article >= 0) {
    set += ", rep_article = ?, rep_ord = ?";
    v.push_back(rep_article);
    v.push_back(rep_ord);
  }
  v.push_back(event_id);
  return db_->Run("UPDATE events SET " + set + " WHERE id = ?", v);
}

Status SqlEventStore::EventPlace(int64_t event_id, std::vector<SqlValue>* values) {
  static const std::string kSelect = std::string("SELECT ") + kPlaceColumnNames +
                                     " FROM mentions WHERE event_id = ? AND place_rank > 0 ORDER BY place_rank, day, "
                                     "article_id, ord LIMIT 1";
  std::vector<SqlValue> v;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(kSelect, {event_id}, [&](const SqlRow& r) {
    for (size_t i = 0; i < kPlaceColumnCount; ++i) {
      if (i == 3 || i == 4) {
        v.push_back(r.Real(i));
      } else {
        v.push_back(r.Text(i));
      }
    }
    return false;
  }));
  if (v.empty()) {
    for (size_t i = 0; i < kPlaceColumnCount; ++i) {
      v.push_back(i == 3 || i == 4 ? SqlValue(0.0) : SqlValue(std::string()));
    }
  }
  if (values != nullptr) {
    values->insert(values->end(), v.begin(), v.end());
    return Status::Ok();
  }
  v.push_back(event_id);
  return db_->Run("UPDATE events SET " + Assignments(kPlaceColumnNames) + " WHERE id = ?", v);
}

std::string SpanText(const std::string& raw, int64_t begin, int64_t end) {
  if (begin < 0 || end < begin || static_cast<size_t>(end) > raw.size()) return "";
  return raw.substr(begin, end - begin);
}

constexpr int64_t kSentencesPerArticle = int64_t{1} << 20;  // full-text rowid = article * this + index
constexpr int64_t kRowsPerArticle = kSentencesPerArticle;     // quotes.id = article * this + position

// The range of an article's quote ids, for BETWEEN.
std::vector<SqlValue> QuoteIds(int64_t article_id) {
  return {article_id * kRowsPerArticle, article_id * kRowsPerArticle + kRowsPerArticle - 1};
}

// "BEGIN:END BEGIN:END ..." of the coded sentences.
std::string SentenceSpans(const CodedArticle& coded) {
  std::string out;
  for (const CodedSentence& s : coded.sentences) {
    if (!out.empty()) out += ' ';
    out += std::to_string(s.span.begin) + ":" + std::to_string(s.span.end);
  }
  return out;
}

std::vector<std::pair<int64_t, int64_t>> ParseSpans(const std::string& text) {
  std::vector<std::pair<int64_t, int64_t>> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t sp = text.find(' ', i);
    if (sp == std::string::npos) sp = text.size();
    const std::string item = text.substr(i, sp - i);
    const size_t colon = item.find(':');
    if (colon != std::string::npos) {
      out.emplace_back(std::strtoll(item.c_str(), nullptr, 10), std::strtoll(item.c_str() + colon + 1, nullptr, 10));
    }
    i = sp + 1;
  }
  return out;
}

Status SqlEventStore::InsertSentences(int64_t article_id, const CodedArticle& coded, const std::string& raw) {
  const size_t n = std::min<size_t>(coded.sentences.size(), kSentencesPerArticle);
  for (size_t i = 0; i < n; ++i) {
    const CodedSentence& s = coded.sentences[i];
    std::string text = SpanText(raw, s.span.begin, s.span.end);
    if (db_->dialect() == SqlDialect::kSqlite) {
      article_fts_.push_back({false, article_id * kSentencesPerArticle + static_cast<int64_t>(i), std::move(text)});
    } else {
      DRAGOMAN_RETURN_IF_ERROR(db_->Run("INSERT INTO sentences (article_id, idx, text) VALUES (?, ?, ?)",
                                        {article_id, static_cast<int64_t>(i), std::move(text)}));
    }
  }
  return Status::Ok();
}

Status SqlEventStore::DeleteSentences(int64_t article_id) {
  if (db_->dialect() == SqlDialect::kPostgres) {
    return db_->Run("DELETE FROM sentences WHERE article_id = ?", {article_id});
  }
  // A contentless FTS5 row is deleted by giving the text it was indexed with.
  std::string raw, spans;
  DRAGOMAN_RETURN_IF_ERROR(
      db_->Run("SELECT raw, sentence_spans FROM articles WHERE id = ?", {article_id}, [&](const SqlRow& r) {
        raw = r.Text(0);
        spans = r.Text(1);
        return false;
      }));
  const auto parsed = ParseSpans(spans);
  for (size_t i = 0; i < parsed.size() && i < static_cast<size_t>(kSentencesPerArticle); ++i) {
    article_fts_.push_back({true, article_id * kSentencesPerArticle + static_cast<int64_t>(i),
                            SpanText(raw, parsed[i].first, parsed[i].second)});
  }
  return Status::Ok();
}

Status SqlEventStore::InsertQuotes(int64_t article_id, const CodedArticle& coded) {
  static const std::string kColumns =
      "id, article_id, quote_id, ord, sentence_index, direct, text, span_begin, span_end, speaker_text, speaker_code, "
      "speaker_country, speaker_role, speaker_entity, cue, outlet, outlet_code, addressee, addressee_code, "
      "mention_ids, record_hash";
  const size_t n = std::min<size_t>(coded.quotes.size(), kRowsPerArticle);
  for (size_t i = 0; i < n; ++i) {
    const Quote& q = coded.quotes[i];
    const int64_t id = article_id * kRowsPerArticle + static_cast<int64_t>(i);
    std::string ids;
    for (const std::string& id : q.event_ids) ids += (ids.empty() ? "" : " ") + id;
    std::string text = CleanUtf8(q.text);
    const std::vector<SqlValue> p = {id,
                                     article_id,
                                     q.id,
                                     static_cast<int64_t>(i),
                                     static_cast<int64_t>(q.sentence_index),
                                     int64_t{q.direct ? 1 : 0},
                                     text,
                                     static_cast<int64_t>(q.span.begin),
                                     static_cast<int64_t>(q.span.end),
                                     CleanUtf8(q.speaker.text),
                                     q.speaker.code,
                                     q.speaker.country,
                                     q.speaker.role,
                                     CleanUtf8(q.speaker.entity),
                                     CleanUtf8(q.cue.text),
                                     CleanUtf8(q.outlet.text),
                                     q.outlet.code,
                                     CleanUtf8(q.addressee.text),
                                     q.addressee.code,
                                     ids,
                                     QuoteHash(q)};
    DRAGOMAN_RETURN_IF_ERROR(db_->Run("INSERT INTO quotes (" + kColumns + ") VALUES (" + Placeholders(kColumns) + ")", p));
    if (db_->dialect() == SqlDialect::kSqlite) article_fts_.push_back({false, id, std::move(text), "quotes_fts"});
  }
  return Status::Ok();
}

Status SqlEventStore::DeleteQuotes(int64_t article_id) {
  if (db_->dialect() == SqlDialect::kSqlite) {
    // A contentless FTS5 row is deleted by giving the text it was indexed with.
    DRAGOMAN_RETURN_IF_ERROR(
        db_->Run("SELECT id, text FROM quotes WHERE id BETWEEN ? AND ?", QuoteIds(article_id), [&](const SqlRow& r) {
          article_fts_.push_back({true, r.Int(0), r.Text(1), "quotes_fts"});
          return true;
        }));
  }
  return db_->Run("DELETE FROM quotes WHERE id BETWEEN ? AND ?", QuoteIds(article_id));
}

Status SqlEventStore::WriteArticle(const ArticleToStore& in, bool recode, WriteReport* report) {
  if (in.coded == nullptr) return Status::InvalidArgument("no coded article");
  const CodedArticle& coded = *in.coded;
  const Article& art = coded.article;
  const std::string url = CleanUtf8(art.url);
  int64_t article_id;
  std::string old_fp, old_hash;
  DRAGOMAN_RETURN_IF_ERROR(FindArticle(url, in.content_hash, &article_id, &old_fp, &old_hash));
  if (article_id >= 0 && old_fp == in.fingerprint && !recode) {
    ++report->unchanged;
    return Status::Ok();
  }

  // The new mentions.
  Span lead;
  for (const ArticlePart& p : art.parts) {
    if (p.kind == PartKind::kBody) {
      lead = p.span;
      break;
    }
  }
  std::vector<MentionRow> rows;
  rows.reserve(coded.events.size());
  std::unordered_set<std::string> seen_ids;
  for (const Event& e : coded.events) {
    if (!seen_ids.insert(e.id).second) continue;  // a repeated id would break the key: keep the first
    MentionRow m;
    m.event = &e;
    m.mention_id = e.id;
    m.day = DayNumber(e.date);
    m.ckey = ClusterKey(e, dedup_);
    m.record = CleanUtf8(EventRecord(e));
    m.geo = DedupPlaceOf(e.place, dedup_);
    m.place_rank = PlaceRank(e.place);
    m.place_json = PlaceText(e.place);
    m.source_place = PlaceText(ActorPlace(e.source, coded.places));
    m.target_place = PlaceText(ActorPlace(e.target, coded.places));
    m.in_lead = !lead.empty() && e.sentence_span.begin >= lead.begin && e.sentence_span.begin < lead.end;
    m.in_raw = e.source.resolved_from.empty() && e.target.resolved_from.empty();
    rows.push_back(std::move(m));
  }

  std::set<int64_t> touched;
  if (article_id >= 0) {
    // Known article, new coding: unchanged if the mentions (with their actors' places) and the
    // quotes are the same.
    std::vector<std::string> old_rows;  // mention id, record, actor places
    DRAGOMAN_RETURN_IF_ERROR(db_->Run(
        "SELECT m.mention_id, m.record, m.event_id, m.source_place, m.target_place FROM mentions m "
        "WHERE m.article_id = ? ORDER BY m.ord",
        {article_id}, [&](const SqlRow& r) {
          old_rows.push_back(r.Text(0) + "\n" + r.Text(1) + "\n" + r.Text(3) + "\n" + r.Text(4));
          touched.insert(r.Int(2));
          return true;
        }));
    std::vector<std::string> old_quotes;
    DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT record_hash FROM quotes WHERE id BETWEEN ? AND ? ORDER BY id",
                                      QuoteIds(article_id),
                                      [&](const SqlRow& r) {
                                        old_quotes.push_back(r.Text(0));
                                        return true;
                                      }));
    bool same = old_hash == in.content_hash && old_rows.size() == rows.size() &&
                old_quotes.size() == coded.quotes.size();
    for (size_t i = 0; same && i < rows.size(); ++i) {
      same = old_rows[i] ==
             rows[i].mention_id + "\n" + rows[i].record + "\n" + rows[i].source_place + "\n" + rows[i].target_place;
    }
    for (size_t i = 0; same && i < old_quotes.size(); ++i) {
      same = old_quotes[i] == QuoteHash(coded.quotes[i]);
    }
    if (same) {
      DRAGOMAN_RETURN_IF_ERROR(
          db_->Run("UPDATE articles SET fingerprint = ? WHERE id = ?", {in.fingerprint, article_id}));
      ++report->unchanged;
      return Status::Ok();
    }
  }
  Result<int64_t> seq = Seq();
  if (!seq.ok()) return seq.status();

  const std::string raw = CleanUtf8(art.raw);
  const std::string outlet = CleanUtf8(!art.source.empty() ? art.source : UrlHost(art.url));
  const std::string dateline =
      art.dateline_span.empty() || art.dateline_span.end > art.raw.size()
          ? art.dateline_place
          : raw.substr(art.dateline_span.begin, art.dateline_span.end - art.dateline_span.begin);
  std::vector<SqlValue> ap = {CleanUtf8(art.id), url, outlet, in.content_hash, in.fingerprint, CleanUtf8(art.title),
                              art.date, art.time, CleanUtf8(dateline), static_cast<int64_t>(art.raw.size()),
                              static_cast<int64_t>(coded.sentences.size()), SentenceSpans(coded),
                              static_cast<int64_t>(rows.size()), static_cast<int64_t>(coded.quotes.size()), raw};
  const bool recoded_article = article_id >= 0;
  if (recoded_article) {
    int64_t removed = 0;
    DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT COUNT(*) FROM mentions WHERE article_id = ?", {article_id},
                                      [&](const SqlRow& r) {
                                        removed = r.Int(0);
                                        return false;
                                      }));
    report->mentions_removed += removed;
    DRAGOMAN_RETURN_IF_ERROR(db_->Run("DELETE FROM mentions WHERE article_id = ?", {article_id}));
    DRAGOMAN_RETURN_IF_ERROR(DeleteSentences(article_id));
    DRAGOMAN_RETURN_IF_ERROR(DeleteQuotes(article_id));
    ap.push_back(now_);
    ap.push_back(article_id);
    DRAGOMAN_RETURN_IF_ERROR(db_->Run(
        "UPDATE articles SET doc_id = ?, url = ?, outlet = ?, content_hash = ?, fingerprint = ?, title = ?, date = ?, "
        "time = ?, dateline = ?, doc_len = ?, sentences = ?, sentence_spans = ?, events = ?, quotes = ?, raw = ?, "
        "updated_at = ? "
        "WHERE id = ?",
        ap));
    ++report->recoded;
  } else {
    ap.push_back(now_);
    ap.push_back(now_);
    DRAGOMAN_RETURN_IF_ERROR(db_->Run(
        "INSERT INTO articles (doc_id, url, outlet, content_hash, fingerprint, title, date, time, dateline, doc_len, "
        "sentences, sentence_spans, events, quotes, raw, added_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        ap, [&](const SqlRow& r) {
          article_id = r.Int(0);
          return false;
        }));
    if (article_id < 0) return Status::Internal("INSERT INTO articles returned no id");
    ++report->new_articles;
  }

  DRAGOMAN_RETURN_IF_ERROR(InsertSentences(article_id, coded, raw));
  DRAGOMAN_RETURN_IF_ERROR(InsertQuotes(article_id, coded));

  // A new article's mentions update their events incrementally; a re-coded article's events (old and
  // new) are recomputed from their mentions at the end, as are revived tombstones.
  const bool recompute_all = !touched.empty() || recoded_article;
  std::unordered_set<int64_t> created, attached;
  for (size_t i = 0; i < rows.size(); ++i) {
    const MentionRow& m = rows[i];
    const Event& e = *m.event;
    const int64_t ord = static_cast<int64_t>(i);
    const std::string sentence = static_cast<size_t>(e.sentence_index) < coded.sentences.size()
                                     ? coded.sentences[e.sentence_index].text
                                     : e.sentence;
    Result<int64_t> found = FindCluster(m.ckey, m.day, m.geo);
    if (!found.ok()) return found.status();
    int64_t event_id = *found;
    if (event_id < 0) {
      DRAGOMAN_RETURN_IF_ERROR(InsertEvent(m, art, sentence, article_id, ord, *seq, &event_id));
      created.insert(event_id);
      ++report->events_created;
    } else if (recompute_all || touched.count(event_id) != 0) {
      touched.insert(event_id);
    } else {
      bool revive = false;
      DRAGOMAN_RETURN_IF_ERROR(Attach(event_id, m, art, sentence, article_id, ord, outlet, *seq, &revive));
      if (revive) {
        touched.insert(event_id);
      } else {
        attached.insert(event_id);
      }
    }
    std::vector<SqlValue> p = {article_id, m.mention_id, event_id, static_cast<int64_t>(i), DayValue(m.day), outlet,
                               static_cast<int64_t>(e.sentence_index)};
    AddActor(e.source, m.source_place, &p);
    AddActor(e.target, m.target_place, &p);
    p.push_back(static_cast<int64_t>(e.source.span.begin));
    p.push_back(e.target.code.empty() ? int64_t{-1} : static_cast<int64_t>(e.target.span.begin));
    p.push_back(CleanUtf8(e.verb_text));
    p.push_back(static_cast<int64_t>(e.verb_span.begin));
    AddCameo(e, &p);
    AddPlace(m, &p);
    p.push_back(m.place_rank);
    p.push_back(e.confidence);
    p.push_back(int64_t{m.in_lead ? 1 : 0});
    p.push_back(int64_t{m.in_raw ? 1 : 0});
    p.push_back(e.rule.id);
    p.push_back(CleanUtf8(sentence));
    p.push_back(m.record);
    static const std::string kColumns =
        "article_id, mention_id, event_id, ord, day, outlet, sentence_index, " + ActorColumnNames("source") + ", " +
        ActorColumnNames("target") +
        ", source_offset, target_offset, verb, verb_offset, cameo_code, cameo_base, cameo_root, quad_class, "
        "goldstein, plover_event, plover_mode, mode, " + kPlaceColumnNames +
        ", place_rank, confidence, in_lead, in_raw, rule_id, sentence, record";
    DRAGOMAN_RETURN_IF_ERROR(
        db_->Run("INSERT INTO mentions (" + kColumns + ") VALUES (" + Placeholders(kColumns) + ")", p));
    ++report->mentions_added;
    // An attached mention with a place may give its event a better one.
    if (m.place_rank > 0 && attached.count(event_id) != 0 && touched.count(event_id) == 0) {
      DRAGOMAN_RETURN_IF_ERROR(EventPlace(event_id, nullptr));
    }
  }
  for (int64_t id : attached) {
    if (created.count(id) == 0 && touched.count(id) == 0) ++report->events_updated;
  }
  for (int64_t id : touched) {
    bool changed = false, tombstoned = false;
    DRAGOMAN_RETURN_IF_ERROR(Recompute(id, *seq, &changed, &tombstoned));
    if (created.count(id) != 0) continue;
    if (tombstoned) {
      ++report->events_tombstoned;
    } else if (changed) {
      ++report->events_updated;
    }
  }
  return Status::Ok();
}

// --- Queries --------------------------------------------------------------------------------------

// The words of a text search: runs of letters, digits and non-ASCII bytes.
std::vector<std::string> SearchWords(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(c);
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  return words;
}

// An FTS5 MATCH expression requiring every word (each a quoted string, so no operator syntax).
std::string Fts5AllWords(const std::vector<std::string>& words) {
  std::string match;
  for (const std::string& word : words) match += (match.empty() ? "\"" : " \"") + word + "\"";
  return match;
}

std::string SqlEventStore::Where(const EventFilter& f, std::vector<SqlValue>* params) const {
  std::vector<std::string> conds;
  if (f.since >= 0) {
    conds.push_back("e.seq > ?");
    params->push_back(f.since);
  } else if (!f.include_deleted) {
    conds.push_back("e.deleted = 0");
  }
  auto sided = [&](const std::string& source_expr, const std::string& target_expr, const SqlValue& v) {
    if (f.side == ActorSide::kSource) {
      conds.push_back(source_expr);
      params->push_back(v);
    } else if (f.side == ActorSide::kTarget) {
      conds.push_back(target_expr);
      params->push_back(v);
    } else {
      conds.push_back("(" + source_expr + " OR " + target_expr + ")");
      params->push_back(v);
      params->push_back(v);
    }
  };
  if (!f.actor.empty()) sided("e.source_code LIKE ?", "e.target_code LIKE ?", f.actor + "%");
  if (!f.country.empty()) sided("e.source_country = ?", "e.target_country = ?", f.country);
  if (!f.cameo.empty()) {
    std::string c = "(";
    for (size_t i = 0; i < f.cameo.size(); ++i) {
      c += std::string(i ? " OR " : "") + "e.cameo_code LIKE ?";
      params->push_back(f.cameo[i] + "%");
    }
    conds.push_back(c + ")");
  }
  if (!f.quad_classes.empty()) {
    std::string c = "e.quad_class IN (";
    for (size_t i = 0; i < f.quad_classes.size(); ++i) {
      c += i ? ", ?" : "?";
      params->push_back(static_cast<int64_t>(f.quad_classes[i]));
    }
    conds.push_back(c + ")");
  }
  if (auto d = DayNumber(f.from_date)) {
    conds.push_back("e.day >= ?");
    params->push_back(*d);
  }
  if (auto d = DayNumber(f.to_date)) {
    conds.push_back("e.day <= ?");
    params->push_back(*d);
  }
  if (!f.place.empty()) {
    std::string lower = f.place;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    conds.push_back("lower(e.place) LIKE ?");
    params->push_back(lower + "%");
  }
  if (f.min_sources > 0) {
    conds.push_back("e.num_sources >= ?");
    params->push_back(static_cast<int64_t>(f.min_sources));
  }
  if (!f.text.empty()) {
    // Words (letters and digits); all must occur in one sentence.
    const std::vector<std::string> words = SearchWords(f.text);
    if (words.empty()) {
      conds.push_back("1 = 0");
    } else if (db_->dialect() == SqlDialect::kSqlite) {
      const std::string match = Fts5AllWords(words);
      conds.push_back(
          "e.id IN (SELECT m.event_id FROM (SELECT rowid AS r FROM sentences_fts WHERE sentences_fts MATCH ?) f "
          "JOIN mentions m ON m.article_id = f.r / 1048576 AND m.sentence_index = f.r % 1048576)");
      params->push_back(match);
    } else {
      std::string query;
      for (const std::string& word : words) query += (query.empty() ? "" : " ") + word;
      conds.push_back(
          "e.id IN (SELECT m.event_id FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND "
          "s.idx = m.sentence_index WHERE to_tsvector('simple', s.text) @@ plainto_tsquery('simple', ?))");
      params->push_back(query);
    }
  }
  std::string where;
  for (size_t i = 0; i < conds.size(); ++i) where += (i ? " AND " : " WHERE ") + conds[i];
  return where;
}

Status SqlEventStore::ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn) {
  DRAGOMAN_RETURN_IF_ERROR(filter.Validate());
  // Keyset pages, so that a PostgreSQL result never holds the whole table.
  const int64_t kPage = 2000;
  const bool by_seq = filter.since >= 0;
  int64_t last_id = -1, last_seq = -1, emitted = 0;
  for (;;) {
    std::vector<SqlValue> params;
    std::string where = Where(filter, &params);
    std::string after;
    if (last_id >= 0) {
      after = by_seq ? "(e.seq > ? OR (e.seq = ? AND e.id > ?))" : "e.id > ?";
      if (by_seq) {
        params.push_back(last_seq);
        params.push_back(last_seq);
      }
      params.push_back(last_id);
      where += (where.empty() ? " WHERE " : " AND ") + after;
    }
    int64_t page = kPage;
    if (filter.limit > 0) page = std::min(page, filter.limit - emitted);
    if (page <= 0) return Status::Ok();
    params.push_back(page);
    const std::string sql = std::string("SELECT ") + kEventSelect + " FROM events e" + where +
                            (by_seq ? " ORDER BY e.seq, e.id" : " ORDER BY e.id") + " LIMIT ?";
    int64_t rows = 0;
    bool stop = false;
    DRAGOMAN_RETURN_IF_ERROR(db_->Run(sql, params, [&](const SqlRow& r) {
      StoredEvent e = FillEvent(r);
      ++rows;
      ++emitted;
      last_id = e.id;
      last_seq = e.seq;
      if (!fn(e)) {
        stop = true;
        return false;
      }
      return true;
    }));
    if (stop || rows < page) return Status::Ok();
  }
}

Status SqlEventStore::ForEachMention(const EventFilter& filter, const std::function<bool(const StoredMention&)>& fn) {
  DRAGOMAN_RETURN_IF_ERROR(filter.Validate());
  const int64_t kPage = 2000;
  int64_t last_event = -1, last_article = -1, last_ord = -1, emitted = 0;
  for (;;) {
    std::vector<SqlValue> params;
    std::string where = Where(filter, &params);
    if (last_event >= 0) {
      where += std::string(where.empty() ? " WHERE " : " AND ") +
               "(m.event_id > ? OR (m.event_id = ? AND (m.article_id > ? OR (m.article_id = ? AND m.ord > ?))))";
      for (const SqlValue& v : std::vector<SqlValue>{last_event, last_event, last_article, last_article, last_ord}) {
        params.push_back(v);
      }
    }
    int64_t page = kPage;
    if (filter.limit > 0) page = std::min(page, filter.limit - emitted);
    if (page <= 0) return Status::Ok();
    params.push_back(page);
    const std::string sql = std::string("SELECT ") + kMentionSelect +
                            " FROM mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = "
                            "m.article_id" +
                            where + " ORDER BY m.event_id, m.article_id, m.ord LIMIT ?";
    int64_t rows = 0;
    bool stop = false;
    DRAGOMAN_RETURN_IF_ERROR(db_->Run(sql, params, [&](const SqlRow& r) {
      StoredMention m = FillMention(r);
      ++rows;
      ++emitted;
      last_event = m.event_id;
      last_article = r.Int(32);
      last_ord = r.Int(33);
      if (!fn(m)) {
        stop = true;
        return false;
      }
      return true;
    }));
    if (stop || rows < page) return Status::Ok();
  }
}

Status SqlEventStore::ForEachQuote(const QuoteFilter& f, const std::function<bool(const StoredQuote&)>& fn) {
  DRAGOMAN_RETURN_IF_ERROR(f.Validate());
  std::vector<std::string> conds;
  std::vector<SqlValue> base;
  if (!f.text.empty()) {
    const std::vector<std::string> words = SearchWords(f.text);
    if (words.empty()) {
      conds.push_back("1 = 0");
    } else if (db_->dialect() == SqlDialect::kSqlite) {
      conds.push_back("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)");
      base.push_back(Fts5AllWords(words));
    } else {
      std::string query;
      for (const std::string& word : words) query += (query.empty() ? "" : " ") + word;
      conds.push_back("to_tsvector('simple', q.text) @@ plainto_tsquery('simple', ?)");
      base.push_back(query);
    }
  }
  if (!f.speaker.empty()) {
    conds.push_back("q.speaker_code LIKE ?");
    base.push_back(f.speaker + "%");
  }
  if (!f.speaker_name.empty()) {
    std::string lower = f.speaker_name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    conds.push_back("(lower(q.speaker_text) LIKE ? OR lower(q.speaker_entity) LIKE ?)");
    base.push_back("%" + lower + "%");
    base.push_back("%" + lower + "%");
  }
  if (!f.country.empty()) {
    conds.push_back("q.speaker_country = ?");
    base.push_back(f.country);
  }
  if (!f.from_date.empty()) {
    conds.push_back("a.date >= ?");
    base.push_back(f.from_date);
  }
  if (!f.to_date.empty()) {
    conds.push_back("a.date <> '' AND a.date <= ?");
    base.push_back(f.to_date);
  }
  if (f.direct >= 0) {
    conds.push_back("q.direct = ?");
    base.push_back(int64_t{f.direct ? 1 : 0});
  }
  const int64_t kPage = 2000;
  int64_t last_id = -1, emitted = 0;
  for (;;) {
    std::vector<SqlValue> params = base;
    std::vector<std::string> c = conds;
    if (last_id >= 0) {
      c.push_back("q.id > ?");
      params.push_back(last_id);
    }
    int64_t page = kPage;
    if (f.limit > 0) page = std::min(page, f.limit - emitted);
    if (page <= 0) return Status::Ok();
    params.push_back(page);
    std::string where;
    for (size_t i = 0; i < c.size(); ++i) where += (i ? " AND " : " WHERE ") + c[i];
    std::vector<StoredQuote> rows;
    std::vector<std::pair<int64_t, std::string>> links;  // article row id, mention ids
    DRAGOMAN_RETURN_IF_ERROR(db_->Run(
        "SELECT q.id, q.quote_id, a.doc_id, a.url, a.outlet, a.date, q.sentence_index, q.direct, q.text, "
        "q.span_begin, q.span_end, q.speaker_text, q.speaker_code, q.speaker_country, q.speaker_role, "
        "q.speaker_entity, q.cue, q.outlet, q.outlet_code, q.addressee, q.addressee_code, q.mention_ids, "
        "q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id" +
            where + " ORDER BY q.id LIMIT ?",
        params, [&](const SqlRow& r) {
          StoredQuote q;
          size_t i = 0;
          q.id = r.Int(i++);
          q.quote_id = r.Text(i++);
          q.article_id = r.Text(i++);
          q.url = r.Text(i++);
          q.outlet = r.Text(i++);
          q.article_date = r.Text(i++);
          q.sentence_index = static_cast<int>(r.Int(i++));
          q.direct = r.Int(i++) != 0;
          q.text = r.Text(i++);
          q.begin = r.Int(i++);
          q.end = r.Int(i++);
          q.speaker_text = r.Text(i++);
          q.speaker_code = r.Text(i++);
          q.speaker_country = r.Text(i++);
          q.speaker_role = r.Text(i++);
          q.speaker_entity = r.Text(i++);
          q.cue = r.Text(i++);
          q.outlet_text = r.Text(i++);
          q.outlet_code = r.Text(i++);
          q.addressee = r.Text(i++);
          q.addressee_code = r.Text(i++);
          links.emplace_back(0, r.Text(i++));
          links.back().first = r.Int(i++);
          last_id = q.id;
          rows.push_back(std::move(q));
          return true;
        }));
    for (size_t k = 0; k < rows.size(); ++k) {
      // The store's ids of the events inside the quote.
      const std::vector<std::string> ids = SearchWords(links[k].second);
      if (!ids.empty()) {
        std::string in;
        std::vector<SqlValue> p = {links[k].first};
        for (const std::string& id : ids) {
          in += in.empty() ? "?" : ", ?";
          p.push_back(id);
        }
        DRAGOMAN_RETURN_IF_ERROR(db_->Run(
            "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? AND mention_id IN (" + in + ") ORDER BY event_id",
            p, [&](const SqlRow& r) {
              rows[k].event_ids.push_back(r.Int(0));
              return true;
            }));
      }
      ++emitted;
      if (!fn(rows[k])) return Status::Ok();
    }
    if (static_cast<int64_t>(rows.size()) < page) return Status::Ok();
  }
}

const char* DimExpr(CountDim d) {
  switch (d) {
    case CountDim::kCountry: return "e.source_country";
    case CountDim::kTargetCountry: return "e.target_country";
    case CountDim::kSource: return "e.source_code";
    case CountDim::kTarget: return "e.target_code";
    case CountDim::kYear: return "(e.month / 100)";
    case CountDim::kMonth: return "e.month";
    case CountDim::kDay: return "e.date";
    case CountDim::kQuad: return "e.quad_class";
    case CountDim::kRoot: return "e.cameo_root";
    case CountDim::kCode: return "e.cameo_code";
  }
  return "e.source_country";
}

Result<std::vector<CountRow>> SqlEventStore::Count(const EventFilter& filter, const std::vector<CountDim>& dims) {
  DRAGOMAN_RETURN_IF_ERROR(filter.Validate());
  EventFilter f = filter;
  f.limit = 0;
  std::vector<SqlValue> params;
  const std::string where = Where(f, &params);
  std::string keys;
  for (size_t i = 0; i < dims.size(); ++i) keys += std::string(i ? ", " : "") + DimExpr(dims[i]);
  std::string sql = "SELECT " + keys + (keys.empty() ? "" : ", ") + "COUNT(*), SUM(e.num_mentions) FROM events e" +
                    where;
  if (!keys.empty()) sql += " GROUP BY " + keys + " ORDER BY " + keys;
  if (filter.limit > 0) {
    sql += " LIMIT ?";
    params.push_back(filter.limit);
  }
  std::vector<CountRow> out;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(sql, params, [&](const SqlRow& r) {
    CountRow row;
    for (size_t i = 0; i < dims.size(); ++i) {
      std::string k = r.Text(i);
      if (dims[i] == CountDim::kMonth) {
        const int64_t m = r.Int(i);
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04lld-%02lld", static_cast<long long>(m / 100),
                      static_cast<long long>(m % 100));
        k = m > 0 ? buf : "";
      } else if (dims[i] == CountDim::kYear && r.Int(i) == 0) {
        k = "";
      }
      row.keys.push_back(k);
    }
    row.events = r.Int(dims.size());
    row.mentions = r.Int(dims.size() + 1);
    out.push_back(std::move(row));
    return true;
  }));
  return out;
}

Result<StoreStats> SqlEventStore::Stats() {
  StoreStats s;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      "SELECT (SELECT COUNT(*) FROM articles), (SELECT COALESCE(SUM(sentences), 0) FROM articles), "
      "(SELECT COUNT(*) FROM mentions), "
      "(SELECT COUNT(*) FROM events WHERE deleted = 0), (SELECT COUNT(*) FROM events WHERE deleted <> 0), "
      "(SELECT seq FROM store_seq WHERE id = 1), (SELECT COUNT(*) FROM quotes)",
      {}, [&](const SqlRow& r) {
        s.articles = r.Int(0);
        s.sentences = r.Int(1);
        s.mentions = r.Int(2);
        s.events = r.Int(3);
        s.tombstones = r.Int(4);
        s.cursor = r.Int(5);
        s.quotes = r.Int(6);
        return false;
      }));
  return s;
}

Status SqlEventStore::Verify(std::vector<std::string>* problems) {
  auto add = [&](const std::string& p) { problems->push_back(location_ + ": " + p); };
  if (db_->dialect() == SqlDialect::kSqlite) {
    DRAGOMAN_RETURN_IF_ERROR(db_->Run("PRAGMA integrity_check", {}, [&](const SqlRow& r) {
      if (r.Text(0) != "ok") add("integrity_check: " + r.Text(0));
      return true;
    }));
    Status fts = db_->Run("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')", {});
    if (!fts.ok()) add("full-text index: " + fts.message());
    fts = db_->Run("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')", {});
    if (!fts.ok()) add("quotes' full-text index: " + fts.message());
  }
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      "SELECT e.id, e.num_mentions, e.num_articles, e.num_sources, e.deleted, COALESCE(c.n, 0), COALESCE(c.na, 0), "
      "COALESCE(c.ns, 0) FROM events e LEFT JOIN (SELECT event_id, COUNT(*) AS n, COUNT(DISTINCT article_id) AS na, "
      "COUNT(DISTINCT outlet) AS ns FROM mentions GROUP BY event_id) c ON c.event_id = e.id "
      "WHERE e.num_mentions <> COALESCE(c.n, 0) OR e.num_articles <> COALESCE(c.na, 0) OR "
      "e.num_sources <> COALESCE(c.ns, 0) OR (e.deleted = 0) <> (COALESCE(c.n, 0) > 0)",
      {}, [&](const SqlRow& r) {
        add("event " + r.Text(0) + ": stored mentions/articles/sources/deleted " + r.Text(1) + "/" + r.Text(2) + "/" +
            r.Text(3) + "/" + r.Text(4) + ", actual " + r.Text(5) + "/" + r.Text(6) + "/" + r.Text(7));
        return true;
      }));
  // Every event row equals what its mentions give (the incremental updates agree with a recount).
  std::vector<int64_t> ids;
  DRAGOMAN_RETURN_IF_ERROR(db_->Run("SELECT id FROM events ORDER BY id", {}, [&](const SqlRow& r) {
    ids.push_back(r.Int(0));
    return true;
  }));
  for (int64_t id : ids) {
    bool changed = false, tombstoned = false;
    DRAGOMAN_RETURN_IF_ERROR(Recompute(id, 0, &changed, &tombstoned, /*dry_run=*/true));
    if (changed) add("event " + std::to_string(id) + ": row differs from a recount of its mentions");
  }
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      "SELECT m.article_id, m.mention_id, m.event_id FROM mentions m LEFT JOIN events e ON e.id = m.event_id "
      "WHERE e.id IS NULL",
      {}, [&](const SqlRow& r) {
        add("mention " + r.Text(1) + " of article " + r.Text(0) + ": no event " + r.Text(2));
        return true;
      }));
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      "SELECT m.article_id, m.mention_id FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
      "WHERE a.id IS NULL",
      {}, [&](const SqlRow& r) {
        add("mention " + r.Text(1) + ": no article " + r.Text(0));
        return true;
      }));
  DRAGOMAN_RETURN_IF_ERROR(db_->Run(
      std::string("SELECT a.id, a.doc_id, a.events, (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id), "
                  "a.sentences, a.sentence_spans, a.quotes, (SELECT COUNT(*) FROM quotes q WHERE q.id BETWEEN a.id * "
                  "1048576 AND a.id * 1048576 + 1048575), ") +
          (db_->dialect() == SqlDialect::kPostgres ? "(SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id)"
                                                   : "a.sentences") +
          " FROM articles a",
      {}, [&](const SqlRow& r) {
        if (r.Int(2) != r.Int(3)) {
          add("article " + r.Text(1) + ": " + r.Text(2) + " events recorded, " + r.Text(3) + " mentions stored");
        }
        const int64_t spans = static_cast<int64_t>(ParseSpans(r.Text(5)).size());
        if (r.Int(4) != spans || r.Int(4) != r.Int(8)) {
          add("article " + r.Text(1) + ": " + r.Text(4) + " sentences recorded, " + std::to_string(spans) +
              " spans, " + r.Text(8) + " indexed");
        }
        if (r.Int(6) != r.Int(7)) {
          add("article " + r.Text(1) + ": " + r.Text(6) + " quotes recorded, " + r.Text(7) + " stored");
        }
        return true;
      }));
  return Status::Ok();
}

}  // namespace

// --- Options and opening ----------------------------------------------------------------------------

Status EventFilter::Validate() const {
  if (!actor.empty() && !IsCode(actor)) {
    return Status::InvalidArgument("--actor: want a CAMEO actor code (capitals and digits), got '" + actor + "'");
  }
  if (!country.empty() && (country.size() != 3 || !IsCode(country))) {
    return Status::InvalidArgument("--country: want a 3-letter code, got '" + country + "'");
  }
  for (const std::string& c : cameo) {
    if (c.size() < 2 || c.size() > 4 || !IsCode(c)) {
      return Status::InvalidArgument("--cameo: want a CAMEO code or prefix of 2-4 digits, got '" + c + "'");
    }
  }
  for (int q : quad_classes) {
    if (q < 1 || q > 4) return Status::InvalidArgument("--quad: want 1..4, got " + std::to_string(q));
  }
  if (!from_date.empty() && !DayNumber(from_date)) {
    return Status::InvalidArgument("--from: want YYYY-MM-DD, got '" + from_date + "'");
  }
  if (!to_date.empty() && !DayNumber(to_date)) {
    return Status::InvalidArgument("--to: want YYYY-MM-DD, got '" + to_date + "'");
  }
  if (min_sources < 0) return Status::InvalidArgument("--min-sources: want >= 0");
  if (limit < 0) return Status::InvalidArgument("--limit: want >= 0");
  return Status::Ok();
}

Status QuoteFilter::Validate() const {
  if (!speaker.empty() && !IsCode(speaker)) {
    return Status::InvalidArgument("--speaker: want a CAMEO actor code (capitals and digits), got '" + speaker + "'");
  }
  if (!country.empty() && (country.size() != 3 || !IsCode(country))) {
    return Status::InvalidArgument("--country: want a 3-letter code, got '" + country + "'");
  }
  if (!from_date.empty() && !DayNumber(from_date)) {
    return Status::InvalidArgument("--from: want YYYY-MM-DD, got '" + from_date + "'");
  }
  if (!to_date.empty() && !DayNumber(to_date)) {
    return Status::InvalidArgument("--to: want YYYY-MM-DD, got '" + to_date + "'");
  }
  if (limit < 0) return Status::InvalidArgument("--limit: want >= 0");
  return Status::Ok();
}

Result<CountDim> ParseCountDim(const std::string& name) {
  static const std::pair<const char*, CountDim> kNames[] = {
      {"country", CountDim::kCountry}, {"target_country", CountDim::kTargetCountry},
      {"source", CountDim::kSource},   {"target", CountDim::kTarget},
      {"year", CountDim::kYear},       {"month", CountDim::kMonth},
      {"day", CountDim::kDay},         {"quad", CountDim::kQuad},
      {"root", CountDim::kRoot},       {"code", CountDim::kCode},
  };
  for (const auto& [n, d] : kNames) {
    if (name == n) return d;
  }
  return Status::InvalidArgument("--counts: unknown dimension '" + name +
                                 "' (want country, target_country, source, target, year, month, day, quad, root, "
                                 "code)");
}

const char* CountDimName(CountDim dim) {
  switch (dim) {
    case CountDim::kCountry: return "country";
    case CountDim::kTargetCountry: return "target_country";
    case CountDim::kSource: return "source";
    case CountDim::kTarget: return "target";
    case CountDim::kYear: return "year";
    case CountDim::kMonth: return "month";
    case CountDim::kDay: return "day";
    case CountDim::kQuad: return "quad";
    case CountDim::kRoot: return "root";
    case CountDim::kCode: return "code";
  }
  return "?";
}

bool IsPostgresLocation(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0 ||
         location.find("dbname=") != std::string::npos || location.find("host=") != std::string::npos;
}

Result<std::unique_ptr<EventStore>> OpenEventStore(const std::string& location, const StoreOptions& options) {
  if (location.empty()) return Status::InvalidArgument("--db: no database given");
  Result<std::unique_ptr<SqlConnection>> conn = Status::Internal("unset");
  std::string name = location;
  if (IsPostgresLocation(location)) {
    conn = OpenPostgresConnection(location);
  } else {
    if (name.rfind("sqlite:", 0) == 0) name = name.substr(7);
    conn = OpenSqliteConnection(name, options.create);
  }
  if (!conn.ok()) return conn.status();
  auto store = std::make_unique<SqlEventStore>(std::move(conn.value()), name);
  DRAGOMAN_RETURN_IF_ERROR(store->Open(options));
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace dragoman
