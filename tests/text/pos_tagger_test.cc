// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/pos_tagger.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "text/lemmatizer.h"
#include "text/token.h"

namespace dragoman {
namespace {

constexpr const char* kWordNetDir = "/usr/share/wordnet";
constexpr const char* kPoslexPath = "/usr/share/festival/dicts/wsj.wp39.poslexR";

bool FileExists(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::fclose(f);
  return true;
}

// A tiny stand-in for the real tokenizer: splits on spaces, peels punctuation (ASCII and the
// UTF-8 quotes and dashes) off word edges, and splits the clitics 's n't 're 've 'll 'd 'm.
class Sentence {
 public:
  explicit Sentence(std::string text) : text_(std::move(text)) {
    std::vector<std::pair<size_t, size_t>> spans;  // [begin, end) in text_
    size_t i = 0;
    while (i < text_.size()) {
      while (i < text_.size() && text_[i] == ' ') ++i;
      size_t j = i;
      while (j < text_.size() && text_[j] != ' ') ++j;
      if (j > i) SplitChunk(i, j, &spans);
      i = j;
    }
    bool first_word = true;
    for (auto [b, e] : spans) {
      Token t;
      t.begin = static_cast<uint32_t>(b);
      t.end = static_cast<uint32_t>(e);
      t.text = std::string_view(text_).substr(b, e - b);
      std::string lower(t.text);
      int letters = 0, upper = 0;
      for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
          c = static_cast<char>(c - 'A' + 'a');
          ++upper;
          ++letters;
        } else if (c >= 'a' && c <= 'z') {
          ++letters;
        }
      }
      lowers_.push_back(std::move(lower));
      t.lower = lowers_.back();
      t.lemma = t.lower;
      t.capitalized = t.text[0] >= 'A' && t.text[0] <= 'Z';
      t.all_caps = letters >= 2 && upper == letters;
      if (letters > 0 && first_word) {
        t.sentence_initial = true;
        first_word = false;
      }
      tokens_.push_back(t);
    }
  }
  std::vector<Token>& tokens() { return tokens_; }
  // Index of the first token whose text is `word` (at or after `from`); -1 if none.
  int Find(std::string_view word, int from = 0) const {
    for (size_t k = static_cast<size_t>(from); k < tokens_.size(); ++k) {
      if (tokens_[k].text == word) return static_cast<int>(k);
    }
    return -1;
  }

 private:
  // Length of the punctuation character at text_[i] (ASCII or a UTF-8 quote/dash), or 0.
  size_t PunctAt(size_t i, size_t end) const {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80) {
      const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      return alnum ? 0 : 1;
    }
    for (const char* p : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
                          "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xAB", "\xC2\xBB"}) {
      const std::string_view s(p);
      if (text_.compare(i, s.size(), s) == 0 && i + s.size() <= end) return s.size();
    }
    return 0;
  }
  void SplitChunk(size_t b, size_t e, std::vector<std::pair<size_t, size_t>>* out) const {
    std::vector<std::pair<size_t, size_t>> tail;
    const std::string_view chunk(text_.data() + b, e - b);
    if (chunk == "--" || chunk == "..." || chunk == "``" || chunk == "''") {
      out->push_back({b, e});
      return;
    }
    // Leading punctuation.
    while (b < e) {
      const size_t n = PunctAt(b, e);
      if (n == 0) break;
      out->push_back({b, b + n});
      b += n;
    }
    // Trailing punctuation (a final '.' stays on abbreviations such as "U.S.").
    while (e > b) {
      size_t n = 0;
      for (size_t len = 1; len <= 3 && len <= e - b; ++len) {
        if (PunctAt(e - len, e) == len) {
          n = len;
          break;
        }
      }
      if (n == 0) break;
      const std::string_view word(text_.data() + b, e - b - n);
      if (n == 1 && text_[e - 1] == '.' && word.find('.') != std::string_view::npos) break;
      if (n == 1 && text_[e - 1] == '\'' && !word.empty() && word.back() == 's') {
        tail.push_back({e - 1, e});  // "rebels'": a possessive, split like a quote
        e -= 1;
        continue;
      }
      tail.push_back({e - n, e});
      e -= n;
    }
    if (b < e) {
      const std::string_view word(text_.data() + b, e - b);
      size_t cut = e;
      for (std::string_view clitic : {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
                                      "\xE2\x80\x99s"}) {
        if (word.size() > clitic.size() && word.substr(word.size() - clitic.size()) == clitic) {
          cut = e - clitic.size();
          break;
        }
      }
      if (cut < e) {
        out->push_back({b, cut});
        out->push_back({cut, e});
      } else {
        out->push_back({b, e});
      }
    }
    for (size_t k = tail.size(); k-- > 0;) out->push_back(tail[k]);
  }

  std::string text_;
  std::deque<std::string> lowers_;
  std::vector<Token> tokens_;
};

class PosTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!FileExists(std::string(kWordNetDir) + "/index.verb") || !FileExists(kPoslexPath)) return;
    auto lem = Lemmatizer::Load(kWordNetDir);
    ASSERT_TRUE(lem.ok()) << lem.status().ToString();
    lemmatizer_ = std::move(lem.value()).release();
    const auto t0 = std::chrono::steady_clock::now();
    auto tagger = PosTagger::Load(kPoslexPath, lemmatizer_);
    const auto t1 = std::chrono::steady_clock::now();
    ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
    tagger_ = std::move(tagger.value()).release();
    std::printf("[ info     ] PosTagger::Load: %.1f ms, %zu lexicon words\n",
                std::chrono::duration<double, std::milli>(t1 - t0).count(),
                tagger_->lexicon_size());
  }
  static void TearDownTestSuite() {
    delete tagger_;
    delete lemmatizer_;
    tagger_ = nullptr;
    lemmatizer_ = nullptr;
  }
  void SetUp() override {
    if (tagger_ == nullptr) {
      GTEST_SKIP() << "needs WordNet in " << kWordNetDir << " (Debian wordnet-base) and "
                   << kPoslexPath << " (Debian festlex-poslex)";
    }
  }

  static const Lemmatizer* lemmatizer_;
  static const PosTagger* tagger_;
};

const Lemmatizer* PosTaggerTest::lemmatizer_ = nullptr;
const PosTagger* PosTaggerTest::tagger_ = nullptr;

// Renders "word/TAG word/TAG ..." for failure messages.
std::string Render(const std::vector<Token>& tokens) {
  std::string s;
  for (const Token& t : tokens) {
    if (!s.empty()) s += ' ';
    s += std::string(t.text) + "/" + PosName(t.pos);
  }
  return s;
}

struct Expect {
  const char* word;  // first occurrence in the sentence (after the previous expectation)
  Pos pos;
  const char* lemma;  // nullptr: not checked
};

struct SentenceCase {
  const char* text;
  std::vector<Expect> expect;
};

std::vector<SentenceCase> NewsSentences() {
  using P = Pos;
  return {
      {"Russia would like to organize talks between Libyan factions in Moscow.",
       {{"Russia", P::kProperNoun, "russia"},
        {"would", P::kModal, nullptr},
        {"like", P::kVerb, "like"},
        {"to", P::kTo, nullptr},
        {"organize", P::kVerb, "organize"},
        {"talks", P::kNoun, "talk"},
        {"between", P::kPreposition, nullptr},
        {"Libyan", P::kAdjective, nullptr},
        {"factions", P::kNoun, "faction"},
        {"in", P::kPreposition, nullptr},
        {"Moscow", P::kProperNoun, nullptr},
        {".", P::kPunct, nullptr}}},
      {"Haftar has ordered his forces to bomb Italian ships deployed in an imminent mission.",
       {{"Haftar", P::kProperNoun, "haftar"},
        {"has", P::kVerb, "have"},
        {"ordered", P::kVerbPastPart, "order"},
        {"his", P::kPossPronoun, nullptr},
        {"forces", P::kNoun, "force"},
        {"to", P::kTo, nullptr},
        {"bomb", P::kVerb, "bomb"},
        {"Italian", P::kAdjective, nullptr},
        {"ships", P::kNoun, "ship"},
        {"deployed", P::kVerbPastPart, "deploy"},
        {"in", P::kPreposition, nullptr},
        {"an", P::kDeterminer, nullptr},
        {"imminent", P::kAdjective, nullptr},
        {"mission", P::kNoun, "mission"}}},
      {"The talks will not stop the mission.",
       {{"The", P::kDeterminer, nullptr},
        {"talks", P::kNoun, "talk"},
        {"will", P::kModal, nullptr},
        {"not", P::kAdverb, nullptr},
        {"stop", P::kVerb, "stop"},
        {"the", P::kDeterminer, nullptr},
        {"mission", P::kNoun, nullptr}}},
      {"Police arrested 20 protesters on Monday.",
       {{"Police", P::kNoun, "police"},
        {"arrested", P::kVerbPast, "arrest"},
        {"20", P::kNumber, nullptr},
        {"protesters", P::kNoun, "protester"},
        {"on", P::kPreposition, nullptr},
        {"Monday", P::kProperNoun, nullptr}}},
      {"Rebels attacked an army base near Goma.",
       {{"Rebels", P::kNoun, "rebel"},
        {"attacked", P::kVerbPast, "attack"},
        {"an", P::kDeterminer, nullptr},
        {"army", P::kNoun, nullptr},
        {"base", P::kNoun, "base"},
        {"near", P::kPreposition, nullptr},
        {"Goma", P::kProperNoun, nullptr}}},
      {"Russia wants the attack to end, he said.",
       {{"wants", P::kVerb, "want"},
        {"the", P::kDeterminer, nullptr},
        {"attack", P::kNoun, "attack"},
        {"to", P::kTo, nullptr},
        {"end", P::kVerb, "end"},
        {",", P::kPunct, nullptr},
        {"he", P::kPronoun, nullptr},
        {"said", P::kVerbPast, "say"}}},
      {"Militiamen kidnapped two aid workers who were visiting the camp.",
       {{"Militiamen", P::kNoun, "militiaman"},
        {"kidnapped", P::kVerbPast, "kidnap"},
        {"two", P::kNumber, nullptr},
        {"workers", P::kNoun, "worker"},
        {"who", P::kWh, nullptr},
        {"were", P::kVerbPast, "be"},
        {"visiting", P::kVerbGerund, "visit"},
        {"camp", P::kNoun, nullptr}}},
      {"The minister said that the government had criticised the bombing of the hospital.",
       {{"said", P::kVerbPast, "say"},
        {"that", P::kPreposition, nullptr},
        {"had", P::kVerbPast, "have"},
        {"criticised", P::kVerbPastPart, "criticise"},
        {"bombing", P::kNoun, "bombing"},
        {"of", P::kPreposition, nullptr},
        {"hospital", P::kNoun, nullptr}}},
      {"Russia's foreign minister met his Turkish counterpart in Ankara.",
       {{"Russia", P::kProperNoun, nullptr},
        {"'s", P::kPossessive, nullptr},
        {"foreign", P::kAdjective, nullptr},
        {"minister", P::kNoun, nullptr},
        {"met", P::kVerbPast, "meet"},
        {"his", P::kPossPronoun, nullptr},
        {"Turkish", P::kAdjective, nullptr},
        {"counterpart", P::kNoun, nullptr},
        {"Ankara", P::kProperNoun, nullptr}}},
      {"He's been told that deal is dead.",
       {{"He", P::kPronoun, nullptr},
        {"'s", P::kVerb, "have"},
        {"been", P::kVerbPastPart, "be"},
        {"told", P::kVerbPastPart, "tell"},
        {"that", P::kDeterminer, nullptr},
        {"deal", P::kNoun, nullptr},
        {"is", P::kVerb, "be"}}},
      {"Soldiers fought the militants that seized the town.",
       {{"Soldiers", P::kNoun, "soldier"},
        {"fought", P::kVerbPast, "fight"},
        {"militants", P::kNoun, "militant"},
        {"that", P::kWh, nullptr},
        {"seized", P::kVerbPast, "seize"},
        {"town", P::kNoun, nullptr}}},
      {"Two journalists were shot by snipers and 12 civilians fled the city.",
       {{"were", P::kVerbPast, "be"},
        {"shot", P::kVerbPastPart, "shoot"},
        {"by", P::kPreposition, nullptr},
        {"snipers", P::kNoun, "sniper"},
        {"and", P::kConjunction, nullptr},
        {"civilians", P::kNoun, "civilian"},
        {"fled", P::kVerbPast, "flee"}}},
      {"\xE2\x80\x9CWe will not attend the summit,\xE2\x80\x9D the opposition told reporters.",
       {{"\xE2\x80\x9C", P::kPunct, nullptr},
        {"We", P::kPronoun, nullptr},
        {"will", P::kModal, nullptr},
        {"attend", P::kVerb, "attend"},
        {"summit", P::kNoun, nullptr},
        {",", P::kPunct, nullptr},
        {"\xE2\x80\x9D", P::kPunct, nullptr},
        {"opposition", P::kNoun, nullptr},
        {"told", P::kVerbPast, "tell"},
        {"reporters", P::kNoun, "reporter"}}},
      {"Syrian troops seized the town after fierce fighting with Kurdish militias.",
       {{"Syrian", P::kAdjective, nullptr},
        {"troops", P::kNoun, nullptr},
        {"seized", P::kVerbPast, "seize"},
        {"after", P::kPreposition, nullptr},
        {"fierce", P::kAdjective, nullptr},
        {"fighting", P::kNoun, nullptr},
        {"Kurdish", P::kAdjective, nullptr},
        {"militias", P::kNoun, "militia"}}},
      {"The Libyans agreed to a ceasefire and the UN welcomed the deal.",
       {{"Libyans", P::kProperNoun, "libyan"},
        {"agreed", P::kVerbPast, "agree"},
        {"to", P::kTo, nullptr},
        {"a", P::kDeterminer, nullptr},
        {"ceasefire", P::kNoun, nullptr},
        {"UN", P::kProperNoun, nullptr},
        {"welcomed", P::kVerbPast, "welcome"},
        {"deal", P::kNoun, nullptr}}},
      {"Iran has denied that it supplied weapons to the rebels' allies.",
       {{"has", P::kVerb, "have"},
        {"denied", P::kVerbPastPart, "deny"},
        {"that", P::kPreposition, nullptr},
        {"it", P::kPronoun, nullptr},
        {"supplied", P::kVerbPast, "supply"},
        {"weapons", P::kNoun, "weapon"},
        {"to", P::kTo, nullptr},
        {"rebels", P::kNoun, "rebel"},
        {"'", P::kPossessive, nullptr},
        {"allies", P::kNoun, "ally"}}},
      {"Protesters threw stones at police, who fired tear gas.",
       {{"Protesters", P::kNoun, "protester"},
        {"threw", P::kVerbPast, "throw"},
        {"stones", P::kNoun, "stone"},
        {"at", P::kPreposition, nullptr},
        {"police", P::kNoun, nullptr},
        {"who", P::kWh, nullptr},
        {"fired", P::kVerbPast, "fire"},
        {"gas", P::kNoun, nullptr}}},
      {"The US and China are expected to sign a trade agreement next week.",
       {{"US", P::kProperNoun, nullptr},
        {"China", P::kProperNoun, nullptr},
        {"are", P::kVerb, "be"},
        {"expected", P::kVerbPastPart, "expect"},
        {"sign", P::kVerb, "sign"},
        {"trade", P::kNoun, nullptr},
        {"agreement", P::kNoun, nullptr}}},
      {"According to police, gunmen stormed the building and took 30 hostages.",
       {{"According", P::kVerbGerund, nullptr},
        {"to", P::kTo, nullptr},
        {"police", P::kNoun, "police"},
        {"gunmen", P::kNoun, "gunman"},
        {"stormed", P::kVerbPast, "storm"},
        {"building", P::kNoun, "building"},
        {"took", P::kVerbPast, "take"},
        {"30", P::kNumber, nullptr},
        {"hostages", P::kNoun, "hostage"}}},
      {"They attack the convoy every night.",
       {{"They", P::kPronoun, nullptr},
        {"attack", P::kVerb, "attack"},
        {"convoy", P::kNoun, nullptr}}},
  };
}

TEST_F(PosTaggerTest, NewsSentences) {
  int checked = 0, right = 0;
  for (const SentenceCase& c : NewsSentences()) {
    Sentence s(c.text);
    tagger_->Tag(s.tokens());
    int from = 0;
    for (const Expect& x : c.expect) {
      const int k = s.Find(x.word, from);
      ASSERT_GE(k, 0) << "test bug: no token '" << x.word << "' in: " << c.text;
      from = k + 1;
      const Token& t = s.tokens()[static_cast<size_t>(k)];
      ++checked;
      bool ok = t.pos == x.pos;
      EXPECT_EQ(PosName(t.pos), std::string(PosName(x.pos)))
          << "word '" << x.word << "' in: " << Render(s.tokens());
      if (x.lemma != nullptr) {
        ok = ok && t.lemma == x.lemma;
        EXPECT_EQ(t.lemma, x.lemma) << "lemma of '" << x.word << "' in: " << c.text;
      }
      right += ok;
    }
  }
  std::printf("[ info     ] tagger accuracy on test sentences: %d/%d checked tokens\n", right,
              checked);
}

TEST_F(PosTaggerTest, EveryTokenGetsPosAndLemma) {
  Sentence s("Haftar has ordered his forces to bomb Italian ships deployed in an imminent "
             "mission \xC2\xAB now \xC2\xBB -- said the spokesman \xE2\x80\x94 2,000 km away!");
  tagger_->Tag(s.tokens());
  for (const Token& t : s.tokens()) {
    EXPECT_NE(t.pos, Pos::kUnknown) << t.text;
    EXPECT_FALSE(t.lemma.empty()) << t.text;
  }
  for (const char* word : {"\xC2\xAB", "\xC2\xBB", "--", "\xE2\x80\x94", "!"}) {
    const int k = s.Find(word);
    ASSERT_GE(k, 0) << "test bug: no token " << word;
    EXPECT_EQ(PosName(s.tokens()[static_cast<size_t>(k)].pos), std::string("PUNCT")) << word;
  }
  const int k = s.Find("2,000");
  ASSERT_GE(k, 0);
  EXPECT_EQ(s.tokens()[static_cast<size_t>(k)].pos, Pos::kNumber);
}

TEST_F(PosTaggerTest, UnknownWordsBySuffixAndCase) {
  struct Case {
    const char* text;
    const char* word;
    Pos pos;
  };
  const Case cases[] = {
      {"The Zorbians attacked.", "Zorbians", Pos::kProperNoun},
      {"Officials met Blorgov in Kiev.", "Blorgov", Pos::kProperNoun},
      {"They were glorbing loudly.", "glorbing", Pos::kVerbGerund},
      {"The grobbification failed.", "grobbification", Pos::kNoun},
      {"He spoke florbishly.", "florbishly", Pos::kAdverb},
      {"Troops will organise patrols.", "organise", Pos::kVerb},
      {"The anti-junta protesters marched.", "anti-junta", Pos::kAdjective},
  };
  for (const Case& c : cases) {
    Sentence s(c.text);
    tagger_->Tag(s.tokens());
    const int k = s.Find(c.word);
    ASSERT_GE(k, 0);
    EXPECT_EQ(PosName(s.tokens()[static_cast<size_t>(k)].pos), std::string(PosName(c.pos)))
        << Render(s.tokens());
  }
}

TEST_F(PosTaggerTest, EmptyAndLongSentences) {
  std::vector<Token> none;
  tagger_->Tag(none);  // no-op
  std::string text;
  for (int k = 0; k < 120; ++k) text += "Rebels attacked the base and police arrested them . ";
  Sentence s(text);  // > 256 tokens: the heap path
  ASSERT_GT(s.tokens().size(), 256u);
  tagger_->Tag(s.tokens());
  EXPECT_EQ(s.tokens()[1].pos, Pos::kVerbPast);
  EXPECT_EQ(s.tokens()[s.tokens().size() - 2].pos, Pos::kPronoun);
}

TEST_F(PosTaggerTest, TagPennMatchesTag) {
  Sentence s("Haftar has ordered his forces to bomb Italian ships.");
  std::vector<const char*> penn(s.tokens().size());
  tagger_->TagPenn(s.tokens(), penn);
  EXPECT_STREQ(penn[0], "NNP");
  EXPECT_STREQ(penn[1], "VBZ");
  EXPECT_STREQ(penn[2], "VBN");
  EXPECT_STREQ(penn[3], "PRP$");
  EXPECT_STREQ(penn[4], "NNS");
}

TEST_F(PosTaggerTest, ConcurrentTaggingAgrees) {
  const char* text = "Rebels attacked an army base near Goma and police arrested 20 protesters.";
  Sentence reference(text);
  tagger_->Tag(reference.tokens());
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < 2000; ++r) {
        Sentence s(text);
        tagger_->Tag(s.tokens());
        for (size_t k = 0; k < s.tokens().size(); ++k) {
          mismatches[t] += s.tokens()[k].pos != reference.tokens()[k].pos;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST_F(PosTaggerTest, Speed) {
  std::vector<Sentence> sentences;
  for (const SentenceCase& c : NewsSentences()) sentences.emplace_back(c.text);
  size_t tokens = 0;
  for (auto& s : sentences) tokens += s.tokens().size();
  const int kRounds = 2000;
  const auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < kRounds; ++r) {
    for (auto& s : sentences) tagger_->Tag(s.tokens());
  }
  const auto t1 = std::chrono::steady_clock::now();
  const double ns = std::chrono::duration<double, std::nano>(t1 - t0).count();
  const double per_token = ns / (static_cast<double>(tokens) * kRounds);
  std::printf("[ info     ] Tag: %.1f ns/token, %.2f us per 25-token sentence\n", per_token,
              per_token * 25 / 1000);
  // Generous bound (sanitizer and debug builds are slow); the target is well under 400 ns.
  EXPECT_LT(per_token, 5000.0);
}

TEST(PosTaggerLoadTest, Errors) {
  if (!FileExists(std::string(kWordNetDir) + "/index.verb")) {
    GTEST_SKIP() << "needs WordNet in " << kWordNetDir << " (Debian wordnet-base)";
  }
  auto lem = Lemmatizer::Load(kWordNetDir);
  ASSERT_TRUE(lem.ok());
  auto missing = PosTagger::Load("/nonexistent/poslex", lem->get());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/nonexistent/poslex"), std::string::npos);

  auto null_lem = PosTagger::Load(kPoslexPath, nullptr);
  EXPECT_EQ(null_lem.status().code(), StatusCode::kInvalidArgument);

  const std::string bad = ::testing::TempDir() + "/bad_poslex";
  FILE* f = std::fopen(bad.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fputs("MNCL\n(\"ok\" ((nn -1.0) ) () )\n(\"broken\" ((nn oops) ) () )\n", f);
  std::fclose(f);
  auto malformed = PosTagger::Load(bad, lem->get());
  ASSERT_FALSE(malformed.ok());
  EXPECT_EQ(malformed.status().code(), StatusCode::kDataError);
  EXPECT_NE(malformed.status().message().find("bad_poslex:3"), std::string::npos)
      << malformed.status().message();
  std::remove(bad.c_str());
}

TEST(PosNameTest, NamesEveryPos) {
  EXPECT_STREQ(PosName(Pos::kNoun), "NN");
  EXPECT_STREQ(PosName(Pos::kProperNoun), "NNP");
  EXPECT_STREQ(PosName(Pos::kVerbPast), "VBD");
  EXPECT_STREQ(PosName(Pos::kPunct), "PUNCT");
  for (int p = 0; p <= static_cast<int>(Pos::kPunct); ++p) {
    EXPECT_NE(PosName(static_cast<Pos>(p)), nullptr);
  }
  EXPECT_NE(PosName(static_cast<Pos>(200)), nullptr);
}

}  // namespace
}  // namespace dragoman
