// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "eval/extraction_scorer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "ingest/byte_stream.h"
#include "ingest/date_resolver.h"
#include "ingest/html_reader.h"
#include "ingest/markup_text.h"
#include "ingest/plain_text_reader.h"

namespace dragoman {

namespace fs = std::filesystem;

std::vector<std::string> RougeTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string cur;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0 && u_isalnum(c)) {
      c = u_tolower(c);
      char buf[4];
      int32_t len = 0;
      UBool error = false;
      U8_APPEND(buf, len, 4, c, error);
      if (!error) cur.append(buf, static_cast<size_t>(len));
    } else if (!cur.empty()) {
      tokens.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

namespace {

// Indices into `ref` of one longest common subsequence of ref and cand (rouge-score's _lcs_ind).
void LcsIndices(const std::vector<int>& ref, const std::vector<int>& cand, std::vector<char>* hit) {
  const size_t m = ref.size(), n = cand.size();
  if (m == 0 || n == 0) return;
  std::vector<uint32_t> table((m + 1) * (n + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint32_t& { return table[i * (n + 1) + j]; };
  for (size_t i = 1; i <= m; ++i) {
    for (size_t j = 1; j <= n; ++j) {
      at(i, j) = ref[i - 1] == cand[j - 1] ? at(i - 1, j - 1) + 1 : std::max(at(i - 1, j), at(i, j - 1));
    }
  }
  // Backtrack as rouge-score does (prefers moving up in ref on ties).
  size_t i = m, j = n;
  while (i > 0 && j > 0) {
    if (ref[i - 1] == cand[j - 1]) {
      (*hit)[i - 1] = 1;
      --i;
      --j;
    } else if (at(i - 1, j) > at(i, j - 1)) {
      --i;
    } else {
      --j;
    }
  }
}

}  // namespace

PrfScore RougeLsum(const std::vector<std::string>& reference, const std::vector<std::string>& candidate) {
  std::unordered_map<std::string, int> ids;
  auto encode = [&](const std::vector<std::string>& paragraphs) {
    std::vector<std::vector<int>> out;
    for (const std::string& p : paragraphs) {
      std::vector<int> seq;
      for (std::string& t : RougeTokens(p)) seq.push_back(ids.emplace(std::move(t), static_cast<int>(ids.size())).first->second);
      if (!seq.empty()) out.push_back(std::move(seq));
    }
    return out;
  };
  const std::vector<std::vector<int>> ref = encode(reference), cand = encode(candidate);
  size_t m = 0, n = 0;
  std::vector<int> count_r(ids.size(), 0), count_c(ids.size(), 0);
  for (const auto& s : ref) {
    m += s.size();
    for (int t : s) ++count_r[static_cast<size_t>(t)];
  }
  for (const auto& s : cand) {
    n += s.size();
    for (int t : s) ++count_c[static_cast<size_t>(t)];
  }
  PrfScore score;
  if (m == 0 || n == 0) return score;
  // Which candidate paragraphs share a token with a reference paragraph (skips hopeless LCS tables).
  size_t hits = 0;
  for (const auto& r : ref) {
    std::vector<char> hit(r.size(), 0);
    std::vector<char> in_r(ids.size(), 0);
    for (int t : r) in_r[static_cast<size_t>(t)] = 1;
    for (const auto& c : cand) {
      bool share = false;
      for (int t : c) {
        if (in_r[static_cast<size_t>(t)]) {
          share = true;
          break;
        }
      }
      if (share) LcsIndices(r, c, &hit);
    }
    for (size_t k = 0; k < r.size(); ++k) {
      if (!hit[k]) continue;
      const size_t t = static_cast<size_t>(r[k]);
      if (count_c[t] > 0 && count_r[t] > 0) {
        ++hits;
        --count_c[t];
        --count_r[t];
      }
    }
  }
  score.recall = static_cast<double>(hits) / static_cast<double>(m);
  score.precision = static_cast<double>(hits) / static_cast<double>(n);
  score.f1 = score.precision + score.recall > 0
                 ? 2 * score.precision * score.recall / (score.precision + score.recall)
                 : 0;
  return score;
}

std::string NormalizeForMatch(std::string_view text, bool byline) {
  std::vector<std::string> tokens = RougeTokens(text);
  if (byline && !tokens.empty() && tokens[0] == "by") tokens.erase(tokens.begin());
  std::string out;
  for (const std::string& t : tokens) out += t;
  return out;
}

std::vector<std::string> BodyParagraphs(const Article& article, bool with_subtitle) {
  std::vector<std::string> out;
  for (const ArticlePart& p : article.parts) {
    if (p.kind == PartKind::kBody || (with_subtitle && p.kind == PartKind::kSubtitle)) {
      out.push_back(article.raw.substr(p.span.begin, p.span.end - p.span.begin));
    }
  }
  return out;
}

// --- loaders ----------------------------------------------------------------------------------

Result<std::vector<FundusPage>> LoadFundus(const std::string& dir) {
  const std::string gt_path = dir + "/dataset/ground_truth.json";
  auto gt_text = ReadWholeFile(gt_path, 64u << 20);
  if (!gt_text.ok()) return gt_text.status();
  nlohmann::json gt = nlohmann::json::parse(*gt_text, nullptr, false);
  if (gt.is_discarded() || !gt.is_object()) return Status::DataError(gt_path + ": not a JSON object");
  std::vector<FundusPage> pages;
  for (auto it = gt.begin(); it != gt.end(); ++it) {
    FundusPage p;
    p.name = it.key();
    const nlohmann::json& v = it.value();
    if (!v.is_object()) return Status::DataError(gt_path + ": " + p.name + ": not an object");
    if (auto u = v.find("url"); u != v.end() && u->is_string()) p.url = u->get<std::string>();
    if (auto c = v.find("crawl_date"); c != v.end() && c->is_string()) p.crawl_date = c->get<std::string>().substr(0, 10);
    auto body = v.find("body");
    if (body == v.end() || !body->is_array()) return Status::DataError(gt_path + ": " + p.name + ": no body array");
    for (const auto& para : *body) {
      if (para.is_string()) p.body.push_back(para.get<std::string>());
    }
    auto html = ReadWholeFile(dir + "/dataset/html/" + p.name, 64u << 20);
    if (!html.ok()) return html.status();
    p.html = std::move(html.value());
    pages.push_back(std::move(p));
  }
  std::sort(pages.begin(), pages.end(), [](const FundusPage& a, const FundusPage& b) { return a.name < b.name; });
  return pages;
}

Result<std::vector<ReadabilityPage>> LoadReadability(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": not a directory");
  std::vector<ReadabilityPage> pages;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_directory()) continue;
    const fs::path d = entry.path();
    fs::path source = d / "source.html.gz";
    if (!fs::exists(source, ec)) source = d / "source.html";
    const fs::path meta = d / "expected-metadata.json";
    if (!fs::exists(source, ec) || !fs::exists(meta, ec)) continue;
    auto html = ReadWholeFile(source.string(), 64u << 20);
    if (!html.ok()) return html.status();
    auto meta_text = ReadWholeFile(meta.string(), 1u << 20);
    if (!meta_text.ok()) return meta_text.status();
    nlohmann::json j = nlohmann::json::parse(*meta_text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::DataError(meta.string() + ": not a JSON object");
    ReadabilityPage p;
    p.name = d.filename().string();
    p.html = std::move(html.value());
    auto opt = [&](const char* key) -> std::optional<std::string> {
      auto f = j.find(key);
      if (f == j.end() || !f->is_string()) return std::nullopt;
      return f->get<std::string>();
    };
    p.title = opt("title");
    p.byline = opt("byline");
    p.published = opt("publishedTime");
    pages.push_back(std::move(p));
  }
  std::sort(pages.begin(), pages.end(), [](const ReadabilityPage& a, const ReadabilityPage& b) { return a.name < b.name; });
  return pages;
}

namespace {

// Text of an SGML element: character references decoded, control characters (Reuters ends its
// bodies with "&#3;") dropped.
std::string SgmlText(std::string_view s) {
  std::string out = DecodeEntities(s);
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 32 && c != '\n' && c != '\t'; }),
            out.end());
  return out;
}

std::string_view Between(std::string_view s, std::string_view open, std::string_view close) {
  size_t a = s.find(open);
  if (a == std::string_view::npos) return {};
  a += open.size();
  size_t b = s.find(close, a);
  if (b == std::string_view::npos) return {};
  return s.substr(a, b - a);
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

Result<std::vector<ReutersStory>> LoadReuters(const std::string& sgm_path) {
  auto data = ReadWholeFile(sgm_path, 64u << 20);
  if (!data.ok()) return data.status();
  const std::string_view all = *data;
  std::vector<ReutersStory> out;
  size_t pos = 0;
  while ((pos = all.find("<REUTERS", pos)) != std::string_view::npos) {
    size_t end = all.find("</REUTERS>", pos);
    if (end == std::string_view::npos) break;
    std::string_view doc = all.substr(pos, end - pos);
    pos = end;
    std::string_view dateline = Between(doc, "<DATELINE>", "</DATELINE>");
    if (dateline.empty()) continue;
    ReutersStory s;
    std::string_view newid = Between(doc, "NEWID=\"", "\"");
    s.newid = std::atoi(std::string(newid).c_str());
    // <DATE>26-FEB-1987 15:01:01.79</DATE>
    std::string date = Trim(Between(doc, "<DATE>", "</DATE>"));
    int day = std::atoi(date.c_str());
    size_t d1 = date.find('-'), d2 = date.find('-', d1 + 1);
    if (d1 == std::string::npos || d2 == std::string::npos) continue;
    int month = MonthFromName(date.substr(d1 + 1, d2 - d1 - 1));
    int year = std::atoi(date.c_str() + d2 + 1);
    CivilDate context{year, month, day};
    if (!context.valid()) continue;
    s.date = context.ToString();
    s.dateline = Trim(SgmlText(dateline));
    // Gold: the place is the dateline's first comma-separated part; the date is its "Mon D" or
    // "D Mon" part, in the context year.
    s.gold_place = Trim(s.dateline.substr(0, s.dateline.find(',')));
    if (s.gold_place.size() > 1 && s.gold_place.back() == '-') s.gold_place = Trim(s.gold_place.substr(0, s.gold_place.size() - 1));
    {
      std::vector<std::string> words;
      std::string w;
      for (char c : s.dateline) {
        if (c == ' ' || c == ',' || c == '-') {
          if (!w.empty()) words.push_back(w);
          w.clear();
        } else {
          w.push_back(c);
        }
      }
      if (!w.empty()) words.push_back(w);
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        int m = MonthFromName(words[k]);
        int d = std::atoi(words[k + 1].c_str());
        if (m == 0 || d <= 0) {
          m = MonthFromName(words[k + 1]);
          d = std::atoi(words[k].c_str());
        }
        if (m > 0 && d > 0 && d <= 31) {
          CivilDate g{year, m, d};
          if (g.valid()) {
            s.gold_date = g.ToString();
            break;
          }
        }
      }
    }
    std::string title = Trim(SgmlText(Between(doc, "<TITLE>", "</TITLE>")));
    std::string body = SgmlText(Between(doc, "<BODY>", "</BODY>"));
    // The dateline as sent: leading spaces dropped, the rest (and the body right after it) kept.
    std::string dl_raw = SgmlText(dateline);
    size_t first = dl_raw.find_first_not_of(" \t\n");
    dl_raw = first == std::string::npos ? "" : dl_raw.substr(first);
    s.text = (title.empty() ? "" : title + "\n\n") + dl_raw + body;
    out.push_back(std::move(s));
  }
  return out;
}

// --- evaluations --------------------------------------------------------------------------------

namespace {

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

FundusReport EvaluateFundus(const std::vector<FundusPage>& pages) {
  FundusReport r;
  std::vector<double> f1s;
  for (const FundusPage& p : pages) {
    Article a;
    a.url = p.url;
    HtmlReadOptions opt;
    opt.known_date = p.crawl_date;
    Status s = ReadHtml(p.html, opt, &a);
    PrfScore score;
    if (s.ok()) {
      score = RougeLsum(p.body, BodyParagraphs(a));
    } else {
      ++r.failed;
    }
    ++r.pages;
    r.mean_precision += score.precision;
    r.mean_recall += score.recall;
    r.mean_f1 += score.f1;
    f1s.push_back(score.f1);
    r.per_page.emplace_back(p.name, score);
  }
  if (r.pages > 0) {
    r.mean_precision /= static_cast<double>(r.pages);
    r.mean_recall /= static_cast<double>(r.pages);
    r.mean_f1 /= static_cast<double>(r.pages);
  }
  r.median_f1 = Median(f1s);
  return r;
}

ReadabilityReport EvaluateReadability(const std::vector<ReadabilityPage>& pages) {
  ReadabilityReport r;
  auto score = [&](FieldAccuracy* acc, const std::optional<std::string>& expected, const std::string& got,
                   bool byline, const std::string& page, const char* field) {
    const std::string g = NormalizeForMatch(got, byline);
    if (!expected || NormalizeForMatch(*expected, byline).empty()) {
      if (!g.empty()) ++acc->spurious;
      return;
    }
    const std::string e = NormalizeForMatch(*expected, byline);
    ++acc->expected;
    if (e == g) {
      ++acc->correct;
      ++acc->lenient;
      return;
    }
    if (!g.empty() && g.size() >= 4 && (e.find(g) != std::string::npos || g.find(e) != std::string::npos)) ++acc->lenient;
    r.misses.push_back(page + ": " + field + ": expected \"" + *expected + "\", got \"" + got + "\"");
  };
  for (const ReadabilityPage& p : pages) {
    Article a;
    Status s = ReadHtml(p.html, HtmlReadOptions{}, &a);
    ++r.pages;
    if (!s.ok()) ++r.failed;
    score(&r.title, p.title, a.title, false, p.name, "title");
    score(&r.byline, p.byline, a.byline, true, p.name, "byline");
    std::optional<std::string> expected_date;
    if (p.published && p.published->size() >= 10) {
      // The date as the page wrote it: the first ten characters of an ISO timestamp.
      std::optional<DateTime> d = ParseDateTime(*p.published, true);
      if (d && d->has_year) expected_date = d->date.ToString();
    }
    score(&r.date, expected_date, a.date_inferred ? "" : a.date, false, p.name, "date");
  }
  return r;
}

ReutersReport EvaluateReuters(const std::vector<ReutersStory>& stories) {
  ReutersReport r;
  for (const ReutersStory& s : stories) {
    Article a;
    a.raw = s.text;
    ReadPlainText(s.date, &a);
    ++r.stories;
    const bool place_ok = NormalizeForMatch(a.dateline_place) == NormalizeForMatch(s.gold_place) && !s.gold_place.empty();
    if (place_ok) ++r.place_correct;
    Dateline dl;
    const bool from_dateline = !a.dateline_span.empty() &&
                               ParseDateline(std::string_view(a.raw).substr(a.dateline_span.begin), &dl) && dl.month > 0;
    if (from_dateline) ++r.date_from_dateline;
    bool date_ok = true;
    if (!s.gold_date.empty()) {
      ++r.with_gold_date;
      date_ok = a.date == s.gold_date;
      if (date_ok) ++r.date_correct;
    }
    if (!place_ok || !date_ok) {
      r.misses.push_back(std::to_string(s.newid) + ": dateline \"" + s.dateline + "\": place \"" + a.dateline_place +
                         "\" (gold \"" + s.gold_place + "\"), date " + a.date + " (gold " + s.gold_date + ")");
    }
  }
  return r;
}

SpeedReport BenchmarkExtraction(const std::vector<std::string>& pages, int runs) {
  SpeedReport r;
  r.pages = pages.size();
  std::vector<double> sizes;
  size_t bytes = 0;
  for (const std::string& p : pages) {
    bytes += p.size();
    sizes.push_back(static_cast<double>(p.size()) / 1024.0);
  }
  r.megabytes = static_cast<double>(bytes) / 1e6;
  r.median_page_kb = Median(sizes);
  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  std::vector<double> times, cpu_times;
  for (int run = 0; run < std::max(1, runs); ++run) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_now();
    for (const std::string& p : pages) {
      Article a;
      (void)ReadHtml(p, HtmlReadOptions{}, &a);
    }
    cpu_times.push_back(cpu_now() - cpu_start);
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  r.median_seconds = Median(times);
  r.median_cpu_seconds = Median(cpu_times);
  if (r.median_cpu_seconds > 0) {
    r.pages_per_second = static_cast<double>(r.pages) / r.median_cpu_seconds;
    r.mb_per_second = r.megabytes / r.median_cpu_seconds;
    r.pages_per_second_at_100kb = r.mb_per_second / 0.1;
  }
  return r;
}

}  // namespace dragoman
