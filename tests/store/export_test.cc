// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Export formats: the GDELT 2.0 event table of the seed story (61 columns, valid codes, loads in
// sqlite3's CSV reader unchanged), the GDELT mentions table, PLOVER JSON Lines and CSV.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "store/gdelt_format.h"
#include "store/plover_format.h"
#include "store/tabular_format.h"
#include "store_test_env.h"

namespace dragoman {
namespace {

using testing::RunCli;
using testing::SplitLines;
using testing::SplitTabs;

// CAMEO event codes of a table whose first column is the code (our cameo.tsv, GDELT's
// CAMEO.eventcodes.txt).
std::set<std::string> CodesIn(const std::string& path) {
  std::set<std::string> codes;
  for (const std::string& line : SplitLines(testing::ReadFile(path))) {
    const std::string code = SplitTabs(line)[0];
    if (!code.empty() && code.find_first_not_of("0123456789") == std::string::npos) codes.insert(code);
  }
  return codes;
}

bool AllDigits(const std::string& s, size_t n) {
  return s.size() == n && s.find_first_not_of("0123456789") == std::string::npos;
}

bool ActorCode(const std::string& s) {
  if (s.empty()) return true;
  if (s.size() % 3 != 0) return false;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// A store holding the seed story, coded with the default dictionaries.
class SeedExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    shared_ = testing::SharedDir();
    if (shared_.empty()) GTEST_SKIP() << "../shared is absent: the seed story is not available";
    db_ = testing::StoreTempPath("seed.db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_ + suffix);
    auto r = RunCli("ingest --db " + db_ + " --date 2017-08-04 " + shared_ + "/examples/ansa-2017-08-04-libya.txt");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string shared_, db_;
};

TEST_F(SeedExportTest, GdeltEventsHave61ColumnsAndValidCodes) {
  auto r = RunCli("export --db " + db_ + " --format gdelt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The column list of the reference.
  std::vector<std::string> columns;
  for (const std::string& line : SplitLines(testing::ReadFile(shared_ + "/reference/gdelt/gdelt2_events_columns.tsv"))) {
    auto f = SplitTabs(line);
    if (f.size() == 2 && f[0] != "index") columns.push_back(f[1]);
  }
  ASSERT_EQ(columns.size(), 61u);
  ASSERT_EQ(static_cast<int>(columns.size()), kGdeltEventColumns);
  auto col = [&](const std::string& name) {
    return static_cast<size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
  };
  const std::set<std::string> ours = CodesIn(testing::SourceDir() + "/data/cameo/cameo.tsv");
  const std::set<std::string> gdelt = CodesIn(shared_ + "/reference/cameo/CAMEO.eventcodes.txt");
  ASSERT_FALSE(gdelt.empty());

  std::vector<std::string> lines = SplitLines(r.out);
  ASSERT_FALSE(lines.empty());
  // The stored events' places, by id, to check the Geo columns against.
  auto query = RunCli("query --db " + db_ + " --format jsonl");
  ASSERT_EQ(query.exit_code, 0) << query.err;
  std::map<std::string, nlohmann::json> stored;
  for (const std::string& line : SplitLines(query.out)) {
    auto j = nlohmann::json::parse(line);
    stored[std::to_string(j["id"].get<long long>())] = j;
  }
  size_t with_place = 0;
  std::set<std::string> ids;
  for (const std::string& line : lines) {
    std::vector<std::string> f = SplitTabs(line);
    ASSERT_EQ(f.size(), 61u) << line;
    EXPECT_TRUE(ids.insert(f[col("GLOBALEVENTID")]).second);
    EXPECT_GT(std::stoll(f[col("GLOBALEVENTID")]), 0);
    EXPECT_EQ(f[col("SQLDATE")], "20170804");
    EXPECT_EQ(f[col("MonthYear")], "201708");
    EXPECT_EQ(f[col("Year")], "2017");
    EXPECT_EQ(f[col("FractionDate")], "2017.5890");
    for (const char* actor : {"Actor1", "Actor2"}) {
      const std::string code = f[col(std::string(actor) + "Code")];
      EXPECT_TRUE(ActorCode(code)) << code;
      const std::string country = f[col(std::string(actor) + "CountryCode")];
      EXPECT_TRUE(country.empty() || (country.size() == 3 && code.rfind(country, 0) == 0)) << country << " " << code;
      const std::string type1 = f[col(std::string(actor) + "Type1Code")];
      EXPECT_TRUE(type1.empty() || code.find(type1) != std::string::npos) << type1 << " " << code;
    }
    EXPECT_FALSE(f[col("Actor1Code")].empty());
    const std::string code = f[col("EventCode")];
    EXPECT_TRUE(ours.count(code)) << code;
    EXPECT_TRUE(gdelt.count(code)) << code << " is not in GDELT's CAMEO code list";
    EXPECT_EQ(f[col("EventBaseCode")], code.substr(0, 3));
    EXPECT_EQ(f[col("EventRootCode")], code.substr(0, 2));
    const int quad = std::stoi(f[col("QuadClass")]);
    EXPECT_TRUE(quad >= 1 && quad <= 4);
    const double goldstein = std::stod(f[col("GoldsteinScale")]);
    EXPECT_TRUE(goldstein >= -10 && goldstein <= 10);
    EXPECT_TRUE(f[col("IsRootEvent")] == "0" || f[col("IsRootEvent")] == "1");
    EXPECT_GE(std::stoi(f[col("NumMentions")]), std::stoi(f[col("NumArticles")]));
    EXPECT_GE(std::stoi(f[col("NumArticles")]), 1);
    EXPECT_GE(std::stoi(f[col("NumSources")]), 1);
    EXPECT_TRUE(AllDigits(f[col("DATEADDED")], 14)) << f[col("DATEADDED")];
    EXPECT_EQ(f[col("SOURCEURL")], "ansa-2017-08-04-libya.txt");
    // Geography: ActionGeo_* is the event's place, Actor1Geo/Actor2Geo the actors' places.
    ASSERT_TRUE(stored.count(f[0])) << f[0];
    const nlohmann::json& e = stored[f[0]];
    const std::string precision = e["place_precision"];
    if (e["place"] == "" || precision == "region") {
      for (size_t i = col("ActionGeo_Type"); i <= col("ActionGeo_FeatureID"); ++i) EXPECT_EQ(f[i], "") << columns[i];
    } else {
      ++with_place;
      const std::string type = f[col("ActionGeo_Type")];
      if (precision == "country") {
        EXPECT_EQ(type, "1");
      } else if (precision == "admin1" || precision == "admin2") {
        EXPECT_TRUE(type == "2" || type == "5") << type;
      } else {
        EXPECT_TRUE(type == "3" || type == "4") << type;
      }
      EXPECT_EQ(f[col("ActionGeo_CountryCode")], e["place_country"]);
      EXPECT_EQ(f[col("ActionGeo_ADM1Code")], e["place_country"]);
      EXPECT_NEAR(std::stod(f[col("ActionGeo_Lat")]), e["place_lat"].get<double>(), 1e-4);
      EXPECT_NEAR(std::stod(f[col("ActionGeo_Long")]), e["place_lon"].get<double>(), 1e-4);
      const std::string full = f[col("ActionGeo_FullName")];
      if (precision != "country") EXPECT_EQ(full.rfind(e["place"].get<std::string>() + ", ", 0), 0u) << full;
      EXPECT_EQ(full.find(", " + e["place_country"].get<std::string>()), std::string::npos)
          << full << ": the country's name, not its code";
      if (!e["place_geonames_id"].is_null()) {
        EXPECT_EQ(f[col("ActionGeo_FeatureID")], std::to_string(e["place_geonames_id"].get<long long>()));
      }
    }
    EXPECT_EQ(f[col("Actor1Geo_Type")].empty(), e["source_place"] == "") << e["source_place"];
    EXPECT_EQ(f[col("Actor2Geo_Type")].empty(), e["target_place"] == "") << e["target_place"];
    for (const char* geo : {"Actor1Geo_ADM2Code", "Actor2Geo_ADM2Code", "ActionGeo_ADM2Code"}) {
      EXPECT_EQ(f[col(geo)], "");
    }
  }
  EXPECT_GT(with_place, 0u) << "no event of the seed story has a place";
}

TEST_F(SeedExportTest, GdeltEventsLoadInSqlite3Unchanged) {
  if (testing::Shell("command -v sqlite3 >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "the sqlite3 command-line shell is absent (Debian package sqlite3)";
  }
  const std::string tsv = testing::StoreTempPath("events.tsv");
  auto r = RunCli("export --db " + db_ + " --format gdelt -o " + tsv);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const size_t rows = SplitLines(testing::ReadFile(tsv)).size();
  ASSERT_GT(rows, 0u);

  std::string create = "CREATE TABLE events (";
  int n = 0;
  for (const std::string& line : SplitLines(testing::ReadFile(shared_ + "/reference/gdelt/gdelt2_events_columns.tsv"))) {
    auto f = SplitTabs(line);
    if (f.size() != 2 || f[0] == "index") continue;
    create += (n++ ? ", " : "") + f[1];
  }
  create += ");";
  const std::string script = testing::StoreTempPath("load.sql");
  std::ofstream(script) << create << "\n.mode tabs\n.import " << tsv
                        << " events\nSELECT COUNT(*), SUM(SQLDATE = '20170804'), SUM(EventRootCode = substr(EventCode, 1, 2)), "
                           "SUM(NumMentions >= 1) FROM events;\n";
  const std::string out = testing::StoreTempPath("sqlite3.out"), err = testing::StoreTempPath("sqlite3.err");
  const std::string loaded = testing::StoreTempPath("loaded.db");
  std::filesystem::remove(loaded);
  ASSERT_EQ(testing::Shell("sqlite3 " + loaded + " <" + script + " >" + out + " 2>" + err), 0) << testing::ReadFile(err);
  EXPECT_EQ(testing::ReadFile(err), "");  // no "expected 61 columns" or quoting complaints
  const std::string n_rows = std::to_string(rows);
  EXPECT_EQ(testing::ReadFile(out), n_rows + "\t" + n_rows + "\t" + n_rows + "\t" + n_rows + "\n");
}

TEST_F(SeedExportTest, MentionsPloverAndCsv) {
  auto events = RunCli("export --db " + db_ + " --format gdelt");
  ASSERT_EQ(events.exit_code, 0);
  std::set<std::string> event_ids;
  for (const std::string& line : SplitLines(events.out)) event_ids.insert(SplitTabs(line)[0]);

  // GDELT mentions: 16 columns, each row names an exported event; offsets point into the story.
  const std::string story = testing::ReadFile(shared_ + "/examples/ansa-2017-08-04-libya.txt");
  auto mentions = RunCli("export --db " + db_ + " --format mentions");
  ASSERT_EQ(mentions.exit_code, 0) << mentions.err;
  size_t rows = 0;
  for (const std::string& line : SplitLines(mentions.out)) {
    std::vector<std::string> f = SplitTabs(line);
    ASSERT_EQ(f.size(), static_cast<size_t>(kGdeltMentionColumns)) << line;
    EXPECT_TRUE(event_ids.count(f[0])) << f[0];
    EXPECT_TRUE(AllDigits(f[1], 14) && AllDigits(f[2], 14)) << line;
    EXPECT_EQ(f[2].substr(0, 8), "20170804");
    EXPECT_EQ(f[3], "2");  // no URL: a citation
    EXPECT_EQ(f[5], "ansa-2017-08-04-libya.txt");
    EXPECT_GE(std::stoi(f[6]), 1);
    const long a1 = std::stol(f[7]), action = std::stol(f[9]);
    EXPECT_TRUE(a1 >= 0 && static_cast<size_t>(a1) < story.size());
    EXPECT_TRUE(action >= 0 && static_cast<size_t>(action) < story.size());
    EXPECT_EQ(std::stoul(f[12]), story.size());
    const int confidence = std::stoi(f[11]);
    EXPECT_TRUE(confidence >= 0 && confidence <= 100);
    ++rows;
  }
  EXPECT_GE(rows, event_ids.size());

  // PLOVER: the specification's field names; CAMEO roots 01 and 02 have no PLOVER category.
  auto plover = RunCli("export --db " + db_ + " --format plover");
  ASSERT_EQ(plover.exit_code, 0) << plover.err;
  const std::set<std::string> categories = {"AGREE",   "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE", "AID",
                                            "RETREAT", "INVESTIGATE", "REQUEST", "DEMAND", "ACCUSE", "REJECT",
                                            "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  size_t records = 0;
  for (const std::string& line : SplitLines(plover.out)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    EXPECT_EQ(j["id"].get<std::string>().rfind("dragoman-", 0), 0u);
    EXPECT_EQ(j["date"], "2017-08-04");
    ASSERT_TRUE(j["source"].is_array() && j["source"].size() == 1);
    EXPECT_EQ(j["source"][0]["code"].get<std::string>().size(), 3u);
    EXPECT_TRUE(j["source"][0].contains("actor_text"));
    ASSERT_TRUE(j["event"].is_array() && j["event"].size() == 1);
    EXPECT_TRUE(categories.count(j["event"][0].get<std::string>())) << j["event"][0];
    EXPECT_TRUE(j["quad_code"].get<int>() >= 1 && j["quad_code"].get<int>() <= 4);
    EXPECT_EQ(j["quad_code"].get<int>(), PloverQuad(j["event"][0].get<std::string>()));
    EXPECT_TRUE(j.contains("event_text") && j.contains("text") && j.contains("coder") && j.contains("coded_date"));
    EXPECT_FALSE(j.contains("target"));  // PLOVER says recipient
    ++records;
  }
  size_t without_plover = 0;
  for (const std::string& line : SplitLines(events.out)) {
    const std::string root = SplitTabs(line)[28];
    if (root == "01" || root == "02") ++without_plover;
  }
  EXPECT_EQ(records + without_plover, event_ids.size());
  if (without_plover > 0) EXPECT_NE(plover.err.find("left out"), std::string::npos) << plover.err;

  // CSV: a header with every event column, one row per event.
  auto csv = RunCli("export --db " + db_ + " --format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::vector<std::string> names;
  for (const ColumnSpec& c : EventColumns()) names.push_back(c.name);
  const std::vector<std::string> lines = SplitLines(csv.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0] + "\n", CsvLine(names));
  // Sentences hold commas and quotes: count records with a small RFC 4180 reader.
  size_t records_csv = 0, fields = 0;
  bool quoted = false;
  for (size_t i = 0; i < csv.out.size(); ++i) {
    const char c = csv.out[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.out.size() && csv.out[i + 1] == '"') {
        ++i;
      } else if (c == '"') {
        quoted = false;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      ++fields;
    } else if (c == '\n') {
      EXPECT_EQ(fields + 1, names.size()) << "record " << records_csv;
      fields = 0;
      ++records_csv;
    }
  }
  EXPECT_EQ(records_csv, event_ids.size() + 1);
}

TEST(GdeltFormatTest, FractionDateAsGdeltComputesIt) {
  EXPECT_EQ(GdeltFractionDate("2017-08-04"), "2017.5890");
  EXPECT_EQ(GdeltFractionDate("2013-04-01"), "2013.2466");
  EXPECT_EQ(GdeltFractionDate("2015-01-01"), "2015.0000");
  EXPECT_EQ(GdeltFractionDate(""), "");
  EXPECT_EQ(GdeltFractionDate("2017-02-30"), "");
}

TEST(GdeltFormatTest, ActorCodesSplitIntoGdeltColumns) {
  struct Case {
    std::string code, country, known, rel1, rel2, t1, t2, t3;
  };
  const Case cases[] = {
      {"LBYMIL", "LBY", "", "", "", "MIL", "", ""},
      {"USAGOVMIL", "USA", "", "", "", "GOV", "MIL", ""},
      {"IGOUNO", "", "UNO", "", "", "IGO", "", ""},
      {"IRQMOSSHIREB", "IRQ", "", "MOS", "SHI", "REB", "", ""},
      {"RUS", "RUS", "", "", "", "", "", ""},
      {"NGO", "", "", "", "", "NGO", "", ""},
  };
  for (const Case& c : cases) {
    GdeltActorParts p = SplitActorCode(c.code, c.country);
    EXPECT_EQ(p.known_group, c.known) << c.code;
    EXPECT_EQ(p.religion1, c.rel1) << c.code;
    EXPECT_EQ(p.religion2, c.rel2) << c.code;
    EXPECT_EQ(p.type1, c.t1) << c.code;
    EXPECT_EQ(p.type2, c.t2) << c.code;
    EXPECT_EQ(p.type3, c.t3) << c.code;
  }
}

TEST(GdeltFormatTest, TextFieldsNeverBreakTheTable) {
  StoredEvent e;
  e.id = 9;
  e.date = "2024-03-11";
  e.source = {"ARMMIL", "Name\twith \"tab\"\nand newline", "ARM", "MIL", "x"};
  e.cameo_code = "194";
  e.cameo_base = "194";
  e.cameo_root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.num_mentions = e.num_sources = e.num_articles = 1;
  e.added_at = "2026-01-02T03:04:05Z";
  e.url = "https://x.example/a\tb";
  auto f = GdeltEventFields(e);
  ASSERT_TRUE(f.ok());
  const std::string line = JoinTabs(*f);
  EXPECT_EQ(SplitTabs(line).size(), 61u);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line.find('"'), std::string::npos);
  EXPECT_EQ((*f)[6], "NAME WITH 'TAB' AND NEWLINE");
  EXPECT_EQ((*f)[30], "-10.0");
  EXPECT_EQ((*f)[59], "20260102030405");
  e.date = "";
  EXPECT_FALSE(GdeltEventFields(e).ok());
}

TEST(GdeltFormatTest, GeoColumnsFromPlaces) {
  auto place = [](const char* name, const char* country, const char* admin1, PlacePrecision precision,
                  uint32_t id) {
    Place p;
    p.name = name;
    p.country = country;
    p.admin1 = admin1;
    p.precision = precision;
    p.geonames_id = id;
    p.lat = 43.311953;
    p.lon = -45.68896;
    return p;
  };
  const CountryNames names = {{"RUS", "Russia"}, {"USA", "United States"}};
  struct Case {
    Place place;
    std::vector<std::string> want;  // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
  };
  const Case cases[] = {
      {place("Groznyy", "RUS", "Chechnya", PlacePrecision::kCity, 558418),
       {"4", "Groznyy, Chechnya, Russia", "RUS", "RUS", "", "43.3120", "-45.6890", "558418"}},
      {place("Chechnya", "RUS", "", PlacePrecision::kAdmin1, 0),
       {"5", "Chechnya, Russia", "RUS", "RUS", "", "43.3120", "-45.6890", ""}},
      {place("Russia", "RUS", "", PlacePrecision::kCountry, 0),
       {"1", "Russia", "RUS", "RUS", "", "43.3120", "-45.6890", "RUS"}},
      {place("Austin", "USA", "Texas", PlacePrecision::kCity, 4671654),
       {"3", "Austin, Texas, United States", "USA", "USA", "", "43.3120", "-45.6890", "4671654"}},
      {place("Texas", "USA", "Texas", PlacePrecision::kAdmin1, 0),
       {"2", "Texas, United States", "USA", "USA", "", "43.3120", "-45.6890", ""}},
      {place("Sukhumi", "GEO", "Abkhazia", PlacePrecision::kCity, 611847),  // no name known: the code
       {"4", "Sukhumi, Abkhazia, GEO", "GEO", "GEO", "", "43.3120", "-45.6890", "611847"}},
      {place("Europe", "", "", PlacePrecision::kRegion, 0), {"", "", "", "", "", "", "", ""}},
      {Place{}, {"", "", "", "", "", "", "", ""}},
  };
  for (const Case& c : cases) EXPECT_EQ(GdeltGeoFields(c.place, &names), c.want) << c.place.name;

  StoredEvent e;
  e.id = 1;
  e.date = "2024-03-11";
  e.action_place = cases[0].place;
  e.target_place = cases[2].place;
  auto f = GdeltEventFields(e, &names);
  ASSERT_TRUE(f.ok());
  ASSERT_EQ(f->size(), 61u);
  EXPECT_EQ((*f)[35], "");         // Actor1Geo_Type: the source actor's mention names no place
  EXPECT_EQ((*f)[43], "1");        // Actor2Geo_Type
  EXPECT_EQ((*f)[44], "Russia");   // Actor2Geo_FullName
  EXPECT_EQ((*f)[51], "4");        // ActionGeo_Type
  EXPECT_EQ((*f)[52], "Groznyy, Chechnya, Russia");
  EXPECT_EQ((*f)[58], "558418");   // ActionGeo_FeatureID
}

TEST(PloverFormatTest, RootsOneAndTwoHaveNoRecord) {
  StoredEvent e;
  e.id = 3;
  e.cameo_code = "019";
  EXPECT_EQ(PloverRecord(e).status().code(), StatusCode::kNotFound);
  e.cameo_code = "163";
  e.plover_event = "SANCTION";
  e.quad_class = 4;
  e.source = {"USAGOV", "Washington", "USA", "GOV", "Washington"};
  e.target = {"IRN", "Iran", "IRN", "", "Iran"};
  auto r = PloverRecord(e);
  ASSERT_TRUE(r.ok());
  auto j = nlohmann::json::parse(*r);
  EXPECT_EQ(j["source"][0]["code"], "USA");
  EXPECT_EQ(j["source"][0]["sector"], "GOV");
  EXPECT_EQ(j["recipient"][0]["code"], "IRN");
  EXPECT_EQ(j["quad_code"], 3);  // PLOVER puts SANCTION under verbal conflict; CAMEO's QuadClass is 4
  EXPECT_EQ(j["dragoman"]["cameo"]["quad_class"], 4);
}

TEST(TabularFormatTest, CsvQuotingAndJsonTypes) {
  EXPECT_EQ(CsvLine({"a", "b,c", "say \"hi\"", "two\nlines", ""}), "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
  std::vector<ColumnSpec> cols = {{"n", CellKind::kNumber}, {"x", CellKind::kNumber}, {"t", CellKind::kText},
                                  {"b", CellKind::kBool},   {"e", CellKind::kNumber}};
  auto j = nlohmann::json::parse(JsonLine(cols, {"42", "-7.2", "042", "1", ""}));
  EXPECT_EQ(j["n"], 42);
  EXPECT_DOUBLE_EQ(j["x"].get<double>(), -7.2);
  EXPECT_EQ(j["t"], "042");
  EXPECT_EQ(j["b"], true);
  EXPECT_TRUE(j["e"].is_null());
  TextTable table({{"code", CellKind::kText}, {"events", CellKind::kNumber}});
  table.Add({"LBY", "7"});
  table.Add({"RUS", "123"});
  EXPECT_EQ(table.Render(), "code  events\n----  ------\nLBY        7\nRUS      123\n");
}

}  // namespace
}  // namespace dragoman
