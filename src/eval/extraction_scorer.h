// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Scoring article extraction against the development sets in ../shared/eval/dev/extraction and
// ../shared/corpus (never copied into the repository):
//   - body text: ROUGE-LSum F1 (Lin 2004; summary-level LCS as Google's rouge-score computes it)
//     against the fundus-evaluation gold paragraphs;
//   - metadata: title, byline and publication date against mozilla-readability-test-pages'
//     expected-metadata.json;
//   - datelines: place and date against Reuters-21578's <DATELINE> tags (reut2-000.sgm);
//   - speed: pages per second and MB/s of ReadHtml alone.

#ifndef DRAGOMAN_EVAL_EXTRACTION_SCORER_H_
#define DRAGOMAN_EVAL_EXTRACTION_SCORER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/article.h"
#include "dragoman/status.h"

namespace dragoman {

struct PrfScore {
  double precision = 0, recall = 0, f1 = 0;
};

// Tokens as ROUGE sees them: maximal runs of Unicode letters and digits, lower-cased. (rouge-score
// keeps only [a-z0-9]; keeping other letters changes nothing for English and is fairer elsewhere.)
std::vector<std::string> RougeTokens(std::string_view text);

// ROUGE-LSum of `candidate` paragraphs against `reference` paragraphs: for each reference paragraph,
// the union of its tokens on a longest common subsequence with each candidate paragraph; hits are
// clipped by each token's count on both sides. Precision = hits / candidate tokens, recall = hits /
// reference tokens. All zeros when either side has no tokens.
PrfScore RougeLsum(const std::vector<std::string>& reference, const std::vector<std::string>& candidate);

// Metadata strings compared for accuracy: lower-cased letters and digits only ("Obama's 'biggest
// frustration'" == "obamasbiggestfrustration"); a byline also loses a leading "By".
std::string NormalizeForMatch(std::string_view text, bool byline = false);

// The body an extraction offers for scoring: the standfirst (fundus counts it as the body's
// summary) followed by the body paragraphs.
std::vector<std::string> BodyParagraphs(const Article& article, bool with_subtitle = true);

// --- development sets -------------------------------------------------------------------------

struct FundusPage {
  std::string name;        // "APNews_0.html.gz"
  std::string url;
  std::string crawl_date;  // YYYY-MM-DD
  std::vector<std::string> body;  // gold paragraphs
  std::string html;        // the page (decompressed)
};
// Reads `dir` (…/fundus-evaluation): dataset/ground_truth.json and dataset/html/*.html.gz.
Result<std::vector<FundusPage>> LoadFundus(const std::string& dir);

struct ReadabilityPage {
  std::string name;  // the test directory
  std::string html;
  std::optional<std::string> title, byline, published;  // null in the JSON → nullopt
};
// Reads `dir` (…/mozilla-readability-test-pages): */source.html(.gz) and */expected-metadata.json.
Result<std::vector<ReadabilityPage>> LoadReadability(const std::string& dir);

struct ReutersStory {
  int newid = 0;
  std::string date;      // the record's <DATE> as YYYY-MM-DD (the publication context)
  std::string text;      // "TITLE\n\n" + dateline + body, as the story was sent
  std::string dateline;  // the <DATELINE> text, trimmed
  std::string gold_place;   // the first comma-separated part of the dateline ("TREVISO")
  std::string gold_date;    // the dateline's month and day in the context year (YYYY-MM-DD), or ""
};
// Reads the stories of a Reuters-21578 .sgm file that have a <DATELINE>.
Result<std::vector<ReutersStory>> LoadReuters(const std::string& sgm_path);

// --- evaluations ------------------------------------------------------------------------------

struct FundusReport {
  size_t pages = 0, failed = 0;  // failed: ReadHtml refused the page (scored 0)
  double mean_precision = 0, mean_recall = 0, mean_f1 = 0, median_f1 = 0;
  std::vector<std::pair<std::string, PrfScore>> per_page;
};
FundusReport EvaluateFundus(const std::vector<FundusPage>& pages);

struct FieldAccuracy {
  size_t expected = 0;     // pages where the gold has a value
  size_t correct = 0;      // ... and ours matches it (normalised)
  size_t lenient = 0;      // ... or one contains the other (for bylines with extra words)
  size_t spurious = 0;     // pages where the gold has none and we gave one
  double accuracy() const { return expected ? static_cast<double>(correct) / expected : 0; }
  double lenient_accuracy() const { return expected ? static_cast<double>(lenient) / expected : 0; }
};
struct ReadabilityReport {
  size_t pages = 0, failed = 0;
  FieldAccuracy title, byline, date;
  std::vector<std::string> misses;  // "page: field: expected X, got Y"
};
ReadabilityReport EvaluateReadability(const std::vector<ReadabilityPage>& pages);

struct ReutersReport {
  size_t stories = 0;
  size_t place_correct = 0;
  size_t with_gold_date = 0, date_correct = 0;
  size_t date_from_dateline = 0;  // our date came from the dateline, not from the context date
  double place_accuracy() const { return stories ? static_cast<double>(place_correct) / stories : 0; }
  double date_accuracy() const { return with_gold_date ? static_cast<double>(date_correct) / with_gold_date : 0; }
  std::vector<std::string> misses;
};
ReutersReport EvaluateReuters(const std::vector<ReutersStory>& stories);

struct SpeedReport {
  size_t pages = 0;
  double megabytes = 0;           // per run
  double median_seconds = 0;      // wall time of the median run
  double median_cpu_seconds = 0;  // CPU time of the thread in the median run (per core, whatever the load)
  double pages_per_second = 0;    // per CPU second, median run
  double mb_per_second = 0;
  double median_page_kb = 0;
  double pages_per_second_at_100kb = 0;  // MB/s ÷ 0.1 MB: the "median page ~100 KB" figure
};
// Times ReadHtml over `pages` `runs` times on one thread; reports the median run. Rates are per
// CPU second of the thread (per core), so that a loaded machine does not understate them.
SpeedReport BenchmarkExtraction(const std::vector<std::string>& pages, int runs);

}  // namespace dragoman

#endif  // DRAGOMAN_EVAL_EXTRACTION_SCORER_H_
