// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "eval/tabari_validation.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <memory>
#include <fstream>
#include <sstream>

#include "code/tabari_coder.h"
#include "dragoman/engine.h"
#include "ingest/tabari_text_reader.h"
#include "lexicon/tabari_importer.h"

namespace dragoman {
namespace {

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

struct Triple {
  std::string src, tgt, code;
  bool operator==(const Triple& o) const { return src == o.src && tgt == o.tgt && code == o.code; }
  std::string ToString() const { return src + "/" + tgt + "/" + code; }
};

struct Expectations {
  std::vector<Triple> active;
  size_t switched_off = 0;
  std::vector<std::string> options;
};

Expectations ParseExpectations(const std::string& comments) {
  Expectations e;
  size_t i = 0;
  while ((i = comments.find('{', i)) != std::string::npos) {
    const size_t j = comments.find('}', i);
    if (j == std::string::npos) break;
    const std::string body = comments.substr(i + 1, j - i - 1);
    const bool off = i > 0 && comments[i - 1] == '-';
    const std::string t = Trim(body);
    if (t.rfind("OPTION:", 0) == 0) {
      e.options.push_back(Trim(t.substr(7)));
    } else {
      std::vector<std::string> parts;
      std::stringstream ss(body);
      std::string p;
      while (std::getline(ss, p, '/')) parts.push_back(Trim(p));
      if (parts.size() == 3) {
        if (off) {
          ++e.switched_off;
        } else {
          e.active.push_back({parts[0], parts[1], parts[2]});
        }
      }
    }
    i = j + 1;
  }
  // An "{ OPTION: ..." whose closing brace is missing ("{ OPTION: SET: MINIMUM WORDS = 4  */").
  size_t k = 0;
  while ((k = comments.find("{ OPTION:", k)) != std::string::npos || (k = comments.find("{OPTION:", k)) != std::string::npos) {
    const size_t close = comments.find('}', k);
    const size_t nl = comments.find('\n', k);
    if (close == std::string::npos || (nl != std::string::npos && close > nl)) {
      const size_t start = comments.find(':', k) + 1;
      e.options.push_back(Trim(comments.substr(start, (nl == std::string::npos ? comments.size() : nl) - start)));
    }
    k += 8;
  }
  return e;
}

std::string Category(const TabariRecord& r) {
  std::string id = r.id;
  bool digits = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (digits) {  // "950101  950101  AGENTS-11": the id is the next word
    std::stringstream ss(r.header);
    std::string w;
    while (ss >> w) {
      if (!std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        id = w;
        break;
      }
    }
  }
  const size_t dash = id.find('-');
  return dash == std::string::npos ? id : id.substr(0, dash);
}

// Records of one story share the ID up to its last '-' part (FRWD-001-002 → FRWD-001).
std::string Story(const std::string& id) {
  const size_t last = id.rfind('-');
  return last == std::string::npos ? id : id.substr(0, last);
}

}  // namespace

Result<TabariValidationReport> RunTabariValidation(const std::string& project, const TabariValidationOptions& opt) {
  const auto start = std::chrono::steady_clock::now();
  TabariValidationReport report;
  Result<TabariProject> p = ReadTabariProject(project);
  if (!p.ok()) return p.status();
  LegacyDictionary dict;
  LegacyLoadStats stats;
  DRAGOMAN_RETURN_IF_ERROR(LoadTabari(project, LegacyImportOptions{}, &dict, &report.problems, &stats));
  const std::string text_path = opt.text.empty() ? p->text : opt.text;
  if (text_path.empty()) return Status::InvalidArgument(project + ": no <textfile> and no text given");
  std::ifstream in(text_path, std::ios::binary);
  if (!in) return Status::NotFound(text_path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  std::vector<TabariRecord> records = ParseTabariText(text_path, bytes, &report.problems);
  const int ref_year = [&] {
    const int y = LegacyReferenceYear(ReadLegacyLines(bytes, nullptr));
    return y > 0 ? y : 2012;
  }();

  TabariOptions options = dict.options;
  TabariCoder coder(&dict);
  std::unique_ptr<Coder> engine_coder;
  if (opt.engine != nullptr) {
    Result<std::unique_ptr<Coder>> c = opt.engine->NewCoder();
    if (!c.ok()) return c.status();
    engine_coder = std::move(c.value());
  }
  for (const TabariRecord& r : records) {
    // Expectation lines that stand outside the comment because the suite closed it too early
    // ("\n{ GON / FOR / 044 }" after "*/") are expectations, not text.
    std::string text, comments = r.comments;
    {
      std::stringstream ts(r.text);
      std::string line;
      while (std::getline(ts, line)) {
        const std::string t = Trim(line);
        if (t.rfind("\\n{", 0) == 0 || t.rfind("*/", 0) == 0) {
          comments += "\n" + t;
        } else {
          text += line + "\n";
        }
      }
    }
    const Expectations ex = ParseExpectations(comments);
    if (!ex.options.empty()) {
      for (const std::string& line : ex.options) {
        std::string err;
        if (!ApplyTabariOption(line, &options, &err)) {
          report.problems.push_back(text_path + ":" + std::to_string(r.line) + ": " + err + ": " + line);
        }
      }
      ++report.option_records;
      continue;
    }
    std::string date_text = r.date;
    if (date_text.size() != 6 && date_text.size() != 8) date_text = date_text.substr(0, 6);
    DateInt date = 0;
    if (!ParseLegacyDate(date_text, ref_year, &date)) date = 0;
    TabariResult res;
    if (engine_coder != nullptr) {
      Article a;
      a.id = r.id;
      a.raw = text;
      char iso[16] = "";
      if (date != 0) std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date / 10000, (date / 100) % 100, date % 100);
      CodedArticle coded = engine_coder->Code(std::move(a), iso);
      for (const Event& e : coded.events) {
        TabariEvent te;
        te.source = e.source.code;
        te.target = e.target.code;
        te.code = e.cameo_code;
        res.events.push_back(std::move(te));
      }
    } else {
      res = coder.Code(text, date, options, options.forward ? Story(r.id) : "");
    }
    const std::string cat = Category(r);
    TabariScore& cs = report.by_category[cat];
    ++cs.records;
    ++report.total.records;
    cs.expected += ex.active.size();
    cs.switched_off += ex.switched_off;
    report.total.expected += ex.active.size();
    report.total.switched_off += ex.switched_off;
    std::vector<Triple> got;
    for (const TabariEvent& e : res.events) got.push_back({e.source, e.target, e.code});
    std::vector<bool> used(got.size(), false);
    std::vector<std::string> missing, extra;
    for (const Triple& t : ex.active) {
      bool hit = false;
      for (size_t g = 0; g < got.size() && !hit; ++g) {
        if (!used[g] && got[g] == t) {
          used[g] = true;
          hit = true;
        }
      }
      if (hit) {
        ++cs.found;
        ++report.total.found;
      } else {
        missing.push_back(t.ToString());
      }
    }
    const bool incomplete = ex.switched_off > 0;
    for (size_t g = 0; g < got.size(); ++g) {
      if (!used[g]) {
        ++(incomplete ? cs.extra_unscored : cs.extra);
        ++(incomplete ? report.total.extra_unscored : report.total.extra);
        extra.push_back(got[g].ToString());
      }
    }
    if (!missing.empty() || !extra.empty()) {
      std::string line = r.id + ":";
      if (!missing.empty()) {
        line += " missing";
        for (const std::string& m : missing) line += " " + m;
      }
      if (!extra.empty()) {
        line += (missing.empty() ? "" : ";") + std::string(incomplete ? " unscored" : " extra");
        for (const std::string& x : extra) line += " " + x;
      }
      if (!res.reason.empty() && res.events.empty()) line += " (" + res.reason + ")";
      report.mismatches.push_back(line);
    }
    if (!opt.all_records && r.id == "FINAL-01") break;
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace dragoman
