// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// `dragoman ingest`, `query` and `export` as a user runs them: idempotent ingestion, output formats
// when piped, the --since cursor, and crash safety: kill -9 in the middle of an ingest leaves a
// consistent store, and running the same command again completes it without duplicates.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "store/event_store.h"
#include "store_test_env.h"

namespace dragoman {
namespace {

using testing::Backend;
using testing::RunCli;
using testing::SplitLines;

// A JSONL feed of the two fixture stories (their outlets, URLs and dates).
std::string FixtureFeed() {
  const std::string path = testing::StoreTempPath("feed.jsonl");
  std::ofstream f(path);
  f << nlohmann::json{{"id", "northwind-border-shelling"},
                      {"text", testing::StoreFixture("northwind-border-shelling.txt")},
                      {"date", "2024-03-11"},
                      {"source", "Northwind Wire"},
                      {"url", "https://northwind.example/2024/03/11/border-shelling"}}
           .dump()
    << "\n";
  f << nlohmann::json{{"id", "harbour-times-border-shelling"},
                      {"text", testing::StoreFixture("harbour-times-border-shelling.txt")},
                      {"date", "2024-03-12"},
                      {"source", "Harbour Times"},
                      {"url", "https://harbourtimes.example/world/border-clash"}}
           .dump()
    << "\n";
  return path;
}

std::vector<nlohmann::json> JsonLines(const std::string& text) {
  std::vector<nlohmann::json> out;
  for (const std::string& line : SplitLines(text)) {
    out.push_back(nlohmann::json::parse(line, nullptr, false));
    EXPECT_FALSE(out.back().is_discarded()) << line;
  }
  return out;
}

class StoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::StoreTempPath("cli.db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_ + suffix);
  }
  std::string db_;
};

TEST_F(StoreCliTest, IngestTwiceChangesNothingAndQueriesPipeJsonl) {
  const std::string feed = FixtureFeed();
  auto first = RunCli(testing::StoreDictArgs() + " ingest --db " + db_ + " " + feed);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("2 new"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("events: 2 new"), std::string::npos) << first.err;
  auto second = RunCli(testing::StoreDictArgs() + " ingest --db " + db_ + " " + feed);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("0 new, 0 re-coded, 2 unchanged (2 not re-coded)"), std::string::npos) << second.err;

  // Piped: JSON Lines with every event column.
  auto events = RunCli("query --db " + db_);
  ASSERT_EQ(events.exit_code, 0) << events.err;
  std::vector<nlohmann::json> rows = JsonLines(events.out);
  ASSERT_EQ(rows.size(), 2u);
  int mentions = 0;
  for (const auto& j : rows) mentions += j["num_mentions"].get<int>();
  EXPECT_EQ(mentions, 3);
  EXPECT_EQ(rows[0]["deleted"], false);

  auto counts = RunCli("query --db " + db_ + " --counts country,month,quad");
  ASSERT_EQ(counts.exit_code, 0) << counts.err;
  rows = JsonLines(counts.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], nlohmann::json::parse(R"({"country":"ARM","month":"2024-03","quad":4,"events":1,"mentions":2})"));

  auto dyads = RunCli("query --db " + db_ + " --dyads --format csv");
  ASSERT_EQ(dyads.exit_code, 0) << dyads.err;
  EXPECT_EQ(dyads.out, "source,target,events,mentions\nARMMIL,AZEMIL,1,2\nRUSGOV,AZEGOV,1,1\n");

  auto table = RunCli("query --db " + db_ + " --actor RUS --format table");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_EQ(table.out.rfind("id  date", 0), 0u) << table.out;
  EXPECT_NE(table.out.find("RUSGOV"), std::string::npos);
  EXPECT_EQ(table.out.find("ARMMIL"), std::string::npos);

  auto provenance = RunCli("query --db " + db_ + " --mentions --cameo 194");
  ASSERT_EQ(provenance.exit_code, 0) << provenance.err;
  rows = JsonLines(provenance.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["outlet"], "Northwind Wire");
  EXPECT_EQ(rows[1]["outlet"], "Harbour Times");

  auto bad = RunCli("query --db " + db_ + " --quad 5");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--quad: want 1..4, got '5'"), std::string::npos) << bad.err;
  auto missing = RunCli("query --db " + testing::StoreTempPath("missing.db"));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("missing.db: no such database"), std::string::npos) << missing.err;
}

TEST_F(StoreCliTest, QuotesAreListedAndSearched) {
  const std::string feed = testing::StoreTempPath("quotes.jsonl");
  std::ofstream(feed) << nlohmann::json{{"id", "quotes"},
                                        {"text",
                                         "YEREVAN - Armenian forces shelled Azerbaijani troops in Tovuz.\n\n"
                                         "\"We will respond to every provocation,\" an Azerbaijani official told "
                                         "reporters."},
                                        {"date", "2024-03-11"},
                                        {"source", "Wire"}}
                             .dump()
                      << "\n";
  auto ingest = RunCli(testing::StoreDictArgs() + " ingest --db " + db_ + " " + feed);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  auto stats = RunCli("query --db " + db_ + " --stats");
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_EQ(JsonLines(stats.out).at(0)["quotes"], 1);

  auto found = RunCli("query --db " + db_ + " --quotes --text provocation --speaker AZE");
  ASSERT_EQ(found.exit_code, 0) << found.err;
  std::vector<nlohmann::json> rows = JsonLines(found.out);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["text"], "We will respond to every provocation");
  EXPECT_EQ(rows[0]["speaker_code"], "AZEGOV");
  EXPECT_EQ(rows[0]["direct"], true);
  EXPECT_EQ(rows[0]["outlet"], "Wire");
  EXPECT_EQ(JsonLines(RunCli("query --db " + db_ + " --quotes --speaker RUS").out).size(), 0u);
  EXPECT_EQ(JsonLines(RunCli("query --db " + db_ + " --quotes --text shelled").out).size(), 0u);
  EXPECT_EQ(JsonLines(RunCli("query --db " + db_ + " --quotes --reported").out).size(), 0u);

  // The event's place and its GDELT ActionGeo columns.
  auto events = RunCli("query --db " + db_ + " --place tovuz");
  ASSERT_EQ(events.exit_code, 0) << events.err;
  rows = JsonLines(events.out);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["place_country"], "AZE");
  auto gdelt = RunCli("export --db " + db_ + " --format gdelt --place tovuz");
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  const std::vector<std::string> f = testing::SplitTabs(SplitLines(gdelt.out).at(0));
  ASSERT_EQ(f.size(), 61u);
  EXPECT_EQ(f[51], "4");                               // ActionGeo_Type: a city outside the US
  EXPECT_EQ(f[52].rfind("Tovuz, ", 0), 0u) << f[52];   // ActionGeo_FullName
  EXPECT_EQ(f[53], "AZE");
}

TEST_F(StoreCliTest, SinceCursorFileSyncsEachChangeOnce) {
  const std::string cursor = testing::StoreTempPath("cursor.txt");
  std::filesystem::remove(cursor);
  const std::string feed = FixtureFeed();
  // The first story alone, then a sync; then the second story, then a sync.
  std::vector<std::string> lines = SplitLines(testing::ReadFile(feed));
  const std::string one = testing::StoreTempPath("one.jsonl"), two = testing::StoreTempPath("two.jsonl");
  std::ofstream(one) << lines[0] << "\n";
  std::ofstream(two) << lines[1] << "\n";
  ASSERT_EQ(RunCli(testing::StoreDictArgs() + " ingest --db " + db_ + " " + one).exit_code, 0);
  auto sync1 = RunCli("query --db " + db_ + " --cursor-file " + cursor);
  ASSERT_EQ(sync1.exit_code, 0) << sync1.err;
  EXPECT_EQ(JsonLines(sync1.out).size(), 2u);
  EXPECT_NE(sync1.err.find("cursor: 1"), std::string::npos) << sync1.err;
  auto sync2 = RunCli("query --db " + db_ + " --cursor-file " + cursor);
  EXPECT_EQ(sync2.out, "");
  ASSERT_EQ(RunCli(testing::StoreDictArgs() + " ingest --db " + db_ + " " + two).exit_code, 0);
  auto sync3 = RunCli("query --db " + db_ + " --cursor-file " + cursor);
  std::vector<nlohmann::json> changed = JsonLines(sync3.out);
  ASSERT_EQ(changed.size(), 1u);  // the shelling, now with two mentions
  EXPECT_EQ(changed[0]["num_mentions"], 2);
  EXPECT_EQ(changed[0]["seq"], 2);
  EXPECT_EQ(testing::ReadFile(cursor), "2\n");
}

// --- Crash safety ----------------------------------------------------------------------------------

// A feed of `n` distinct short wire items over three kinds of event, twenty days and five outlets,
// so that mentions cluster across articles and batches.
std::string SyntheticFeed(int n) {
  const std::string path = testing::StoreTempPath("synthetic.jsonl");
  std::ofstream f(path);
  for (int i = 0; i < n; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-06-%02d", 1 + (i / 3) % 20);
    std::string text;
    switch (i % 3) {
      case 0: text = "YEREVAN - Armenian forces shelled Azerbaijani troops near village " + std::to_string(i) + "."; break;
      case 1: text = "MOSCOW - Russian diplomats met Azerbaijani officials for round " + std::to_string(i) + " of talks."; break;
      default: text = "BAKU - Azerbaijani soldiers shelled Armenian troops at post " + std::to_string(i) + "."; break;
    }
    f << nlohmann::json{{"id", "item-" + std::to_string(i)},
                        {"text", text},
                        {"date", date},
                        {"source", "outlet-" + std::to_string(i % 5)},
                        {"url", "https://outlet" + std::to_string(i % 5) + ".example/" + std::to_string(i)}}
             .dump()
      << "\n";
  }
  return path;
}

// Starts `dragoman ARGS...` with output to /dev/null; returns its pid.
pid_t Spawn(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    std::vector<char*> argv = {const_cast<char*>(DRAGOMAN_CLI_PATH)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(DRAGOMAN_CLI_PATH, argv.data());
    _exit(127);
  }
  return pid;
}

// Articles committed so far (-1 while the store does not exist yet).
int64_t StoredArticles(const std::string& location) {
  StoreOptions reader;
  reader.create = false;
  auto store = OpenEventStore(location, reader);
  if (!store.ok()) return -1;
  auto stats = (*store)->Stats();
  return stats.ok() ? stats->articles : -1;
}

// The live events as comparable text (ids left out: PostgreSQL sequences skip the ids of
// rolled-back inserts), sorted, plus the store's totals.
std::vector<std::string> Snapshot(const std::string& location) {
  StoreOptions reader;
  reader.create = false;
  auto store = OpenEventStore(location, reader);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return {};
  std::vector<std::string> rows;
  Status s = (*store)->ForEachEvent({}, [&](const StoredEvent& e) {
    rows.push_back(e.date + " " + e.source.code + " " + e.target.code + " " + e.cameo_code + " " +
                   std::to_string(e.num_mentions) + "/" + std::to_string(e.num_articles) + "/" +
                   std::to_string(e.num_sources) + " " + e.url);
    return true;
  });
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::sort(rows.begin(), rows.end());
  auto st = (*store)->Stats();
  rows.push_back("articles=" + std::to_string(st->articles) + " mentions=" + std::to_string(st->mentions) +
                 " events=" + std::to_string(st->events) + " tombstones=" + std::to_string(st->tombstones) +
                 " sentences=" + std::to_string(st->sentences));
  return rows;
}

std::vector<std::string> Problems(const std::string& location) {
  StoreOptions reader;
  reader.create = false;
  auto store = OpenEventStore(location, reader);
  if (!store.ok()) return {store.status().ToString()};
  std::vector<std::string> problems;
  Status s = (*store)->Verify(&problems);
  if (!s.ok()) problems.push_back(s.ToString());
  return problems;
}

class CrashTest : public ::testing::TestWithParam<Backend> {};

TEST_P(CrashTest, KillDuringIngestLeavesAConsistentStoreAndRerunCompletesIt) {
  std::string why;
  const std::string crashed = testing::FreshStoreLocation(GetParam(), "crashed.db", &why);
  if (crashed.empty()) GTEST_SKIP() << why;
  const std::string clean = testing::FreshStoreLocation(GetParam(), "clean.db", &why);
  const int64_t n = GetParam() == Backend::kSqlite ? 3000 : 800;
  const std::string feed = SyntheticFeed(n);
  const std::string dict = testing::SourceDir() + "/tests/fixtures/store/store.dict";
  auto ingest_args = [&](const std::string& location) {
    return std::vector<std::string>{"--no-default-dict", "--dict", dict, "ingest", "--db", location,
                                    "--threads", "1", "--batch", "10", feed};
  };

  // Kill it four times, each time after more batches are committed (a kill lands inside a batch's
  // transaction or between two; the store must be consistent either way).
  int64_t previous = 0;
  std::string kills;
  for (int64_t at_least : {n / 10, n * 3 / 10, n / 2, n * 7 / 10}) {
    const pid_t pid = Spawn(ingest_args(crashed));
    ASSERT_GT(pid, 0);
    int64_t stored = -1;
    int status = 0;
    bool exited = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while ((stored = StoredArticles(crashed)) < at_least && std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        exited = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (!exited) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
    }
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the ingest ended on its own (exit status " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1)
        << ", signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0) << ") before it could be killed with "
        << stored << " of " << n << " articles stored";
    stored = StoredArticles(crashed);
    kills += " " + std::to_string(stored);
    EXPECT_GE(stored, previous);
    EXPECT_LT(stored, n);
    previous = stored;
    std::vector<std::string> problems = Problems(crashed);
    EXPECT_TRUE(problems.empty()) << problems[0];
  }

  RecordProperty("articles_stored_at_each_kill", kills);
  // The same command again completes the store: no duplicates, the same result as one clean run.
  const pid_t rerun = Spawn(ingest_args(crashed));
  int status = 0;
  waitpid(rerun, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const pid_t once = Spawn(ingest_args(clean));
  waitpid(once, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  std::vector<std::string> problems = Problems(crashed);
  EXPECT_TRUE(problems.empty()) << problems[0];
  const std::vector<std::string> got = Snapshot(crashed), want = Snapshot(clean);
  ASSERT_FALSE(want.empty());
  EXPECT_EQ(want.back().rfind("articles=" + std::to_string(n) + " mentions=" + std::to_string(n) + " ", 0), 0u)
      << want.back();
  EXPECT_EQ(got, want);
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::BackendName);

}  // namespace
}  // namespace dragoman
