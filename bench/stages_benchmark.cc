// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Per-stage micro-benchmarks on one paragraph of wire text (our own writing), repeated. Figures are
// printed, not asserted: run build/dragoman_benchmarks.

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "dragoman/engine.h"
#include "lexicon/dictionary.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "lexicon/cameo_table.h"
#include "lexicon/lexicon.h"
#include "text/lemmatizer.h"
#include "text/pos_tagger.h"

#include <filesystem>
#include <algorithm>

namespace dragoman {
namespace {

const std::string& Paragraph() {
  static const std::string text = [] {
    std::string p =
        "Russia would like to organise talks between the rival Libyan factions in Moscow, a senior "
        "diplomat told reporters on Tuesday. The Italian foreign minister said Rome would send two ships "
        "to help the Libyan coast guard. ''We will not stop the mission'', the ambassador said. Gen. "
        "Khalifa Haftar's forces shelled positions held by militias loyal to the U.S.-backed government "
        "near Sirte, killing three fighters.\n\n";
    std::string out;
    for (int i = 0; i < 50; ++i) out += p;
    return out;
  }();
  return text;
}

void BM_Normalize(benchmark::State& state) {
  const std::string& t = Paragraph();
  for (auto _ : state) {
    NormalizedText n;
    n.Append(t, 0, static_cast<uint32_t>(t.size()));
    benchmark::DoNotOptimize(n.text().data());
  }
  state.SetBytesProcessed(state.iterations() * t.size());
}
BENCHMARK(BM_Normalize);

void BM_SplitSentences(benchmark::State& state) {
  NormalizedText n;
  n.Append(Paragraph(), 0, static_cast<uint32_t>(Paragraph().size()));
  auto splitter = SentenceSplitter::Create();
  std::vector<SentenceBounds> b;
  for (auto _ : state) {
    b.clear();
    (*splitter)->Split(n.text(), &b);
    benchmark::DoNotOptimize(b.data());
  }
  state.SetBytesProcessed(state.iterations() * n.text().size());
  state.counters["sentences"] = static_cast<double>(b.size());
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  NormalizedText n;
  n.Append(Paragraph(), 0, static_cast<uint32_t>(Paragraph().size()));
  std::string lower;
  LowerAscii(n.text(), &lower);
  std::vector<Token> toks;
  for (auto _ : state) {
    toks.clear();
    Tokenize(n.text(), lower, 0, static_cast<uint32_t>(n.text().size()), &toks);
    benchmark::DoNotOptimize(toks.data());
  }
  state.SetBytesProcessed(state.iterations() * n.text().size());
}
BENCHMARK(BM_Tokenize);

// Tokens of the paragraph, one vector per sentence-sized chunk (split at full stops).
std::vector<std::vector<Token>>& Sentences(std::string* text, std::string* lower) {
  static std::vector<std::vector<Token>> sentences;
  if (sentences.empty()) {
    NormalizedText n;
    n.Append(Paragraph(), 0, static_cast<uint32_t>(Paragraph().size()));
    *text = n.text();
    LowerAscii(*text, lower);
    std::vector<Token> all;
    Tokenize(*text, *lower, 0, static_cast<uint32_t>(text->size()), &all);
    std::vector<Token> cur;
    for (const Token& t : all) {
      cur.push_back(t);
      if (t.text == ".") {
        sentences.push_back(cur);
        cur.clear();
      }
    }
  }
  return sentences;
}

void BM_TagSentences(benchmark::State& state) {
  static auto lem = Lemmatizer::Load("/usr/share/wordnet");
  static auto tagger = PosTagger::Load("/usr/share/festival/dicts/wsj.wp39.poslexR", lem.ok() ? lem->get() : nullptr);
  if (!tagger.ok()) {
    state.SkipWithError(tagger.status().ToString().c_str());
    return;
  }
  static std::string text, lower;
  auto& sentences = Sentences(&text, &lower);
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : sentences) {
      (*tagger)->Tag(s);
      tokens += s.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagSentences);

void BM_MatchNames(benchmark::State& state) {
  static std::unique_ptr<Lexicon> lex = [] {
    const std::string dir = std::string(DRAGOMAN_SOURCE_DIR) + "/data";
    static auto cameo = CameoTable::Load(dir + "/cameo/cameo.tsv");
    DictionaryData data;
    std::vector<std::string> errors;
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir + "/dict")) {
      if (e.path().extension() == ".dict") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) (void)ParseDictionaryFile(f, &data, &errors);
    return Lexicon::Build(std::move(data), cameo.ok() ? &cameo.value() : nullptr, &errors);
  }();
  static std::string text, lower;
  auto& sentences = Sentences(&text, &lower);
  std::vector<NameHit> hits;
  size_t tokens = 0;
  for (auto _ : state) {
    for (auto& s : sentences) {
      hits.clear();
      lex->MatchNames(s, &hits);
      tokens += s.size();
    }
    benchmark::DoNotOptimize(hits.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MatchNames);

void BM_CodeArticle(benchmark::State& state) {
  static auto engine = Engine::Create(EngineOptions{});
  if (!engine.ok()) {
    state.SkipWithError(engine.status().ToString().c_str());
    return;
  }
  auto coder = (*engine)->NewCoder();
  size_t sentences = 0;
  for (auto _ : state) {
    Article a;
    a.id = "bench";
    a.raw = Paragraph();
    CodedArticle c = (*coder)->Code(std::move(a), "2017-08-04");
    sentences += c.sentences.size();
  }
  state.SetBytesProcessed(state.iterations() * Paragraph().size());
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CodeArticle);

}  // namespace
}  // namespace dragoman
