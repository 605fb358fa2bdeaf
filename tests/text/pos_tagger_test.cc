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
  Sentence(const Sentence&) = delete;  // tokens point into text_ and lowers_
  Sentence& operator=(const Sentence&) = delete;

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
      {"He's been told the deal is dead.",
       {{"He", P::kPronoun, nullptr},
        {"'s", P::kVerb, "have"},
        {"been", P::kVerbPastPart, "be"},
        {"told", P::kVerbPastPart, "tell"},
        {"deal", P::kNoun, nullptr},
        {"is", P::kVerb, "be"}}},
      {"That deal is dead, officials said.",
       {{"That", P::kDeterminer, nullptr},
        {"deal", P::kNoun, nullptr},
        {"officials", P::kNoun, "official"},
        {"said", P::kVerbPast, "say"}}},
      {"\"Police will not stop the march,\" the minister said.",
       {{"Police", P::kNoun, "police"},  // first word after an opening quote
        {"stop", P::kVerb, "stop"},
        {"march", P::kNoun, "march"},
        {"minister", P::kNoun, nullptr},
        {"said", P::kVerbPast, "say"}}},
      {"The soldiers killed in the attack were buried on Monday.",
       {{"soldiers", P::kNoun, "soldier"},
        {"killed", P::kVerbPastPart, "kill"},  // a finite verb follows: reduced relative
        {"were", P::kVerbPast, "be"},
        {"buried", P::kVerbPastPart, "bury"}}},
      // From the seed story (ANSA, 2017-08-04).
      {"General Khalifa Haftar's alleged statements that he has ordered his forces to bomb "
       "Italian ships will not stop Italy's mission.",
       {{"General", P::kProperNoun, nullptr},
        {"Haftar", P::kProperNoun, nullptr},
        {"'s", P::kPossessive, nullptr},
        {"alleged", P::kVerbPastPart, "allege"},
        {"statements", P::kNoun, "statement"},
        {"that", P::kPreposition, nullptr},
        {"ordered", P::kVerbPastPart, "order"},
        {"stop", P::kVerb, "stop"},
        {"Italy", P::kProperNoun, nullptr},
        {"'s", P::kPossessive, nullptr},
        {"mission", P::kNoun, nullptr}}},
      {"The Russians are working with the Libyans and that '' a certain number of delegations "
       "have visited Moscow.",
       {{"Russians", P::kProperNoun, "russian"},
        {"are", P::kVerb, "be"},
        {"working", P::kVerbGerund, "work"},
        {"Libyans", P::kProperNoun, "libyan"},
        {"that", P::kPreposition, nullptr},
        {"''", P::kPunct, nullptr},
        {"number", P::kNoun, nullptr},
        {"visited", P::kVerbPastPart, "visit"}}},
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
      // C19: a sentence-initial gerund subject; a participle before a comma stays one.
      {"Fighting between the two armies continued in the north.",
       {{"Fighting", P::kNoun, nullptr}, {"continued", P::kVerbPast, "continue"}}},
      {"Speaking in Jerusalem, the minister threatened Syria.", {{"Speaking", P::kVerbGerund, "speak"}}},
      // C7b: help + bare infinitive; a word with no verb reading stays a noun.
      {"Egypt helped support the rights of refugees and will help refugees.",
       {{"helped", P::kVerbPast, "help"},
        {"support", P::kVerb, "support"},
        {"rights", P::kNoun, nullptr},
        {"help", P::kVerb, "help"},
        {"refugees", P::kNoun, "refugee"}}},
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

// Whole sentences with a gold tag for every token ("word/TAG", alternatives "A|B" where
// linguists disagree), written by hand before the tagger was run on them. Four batches: the
// first was used to write the rules; the second scored 262/266 (98.5%) and the third 231/237
// (97.5%) when first run, before the rules were tuned on them; the fourth scored 262/262 when
// first run and was not tuned on. Tags are PosName() names. A clitic "'s" is glued to the
// previous word when the text is rebuilt.
const char* const kGoldSentences[] = {
    "Gunmen/NN killed/VBD five/CD soldiers/NN in/IN an/DT ambush/NN in/IN northern/JJ Mali/NNP on/IN Sunday/NNP ,/PUNCT the/DT army/NN said/VBD ./PUNCT",
    "The/DT United/NNP Nations/NNP has/VB condemned/VBN the/DT attack/NN and/CC called/VBN for/IN an/DT investigation/NN ./PUNCT",
    "Israeli/JJ warplanes/NN struck/VBD targets/NN in/IN Gaza/NNP after/IN militants/NN fired/VBD rockets/NN at/IN southern/JJ Israel/NNP ./PUNCT",
    "President/NNP Putin/NNP met/VBD Erdogan/NNP in/IN Sochi/NNP to/TO discuss/VB the/DT situation/NN in/IN Idlib/NNP ./PUNCT",
    "Thousands/NN of/IN people/NN protested/VBD against/IN the/DT new/JJ law/NN in/IN the/DT capital/NN ./PUNCT",
    "The/DT government/NN accused/VBD the/DT opposition/NN of/IN trying/VBG to/TO stage/VB a/DT coup/NN ./PUNCT",
    "Officials/NN said/VBD the/DT hostages/NN were/VBD released/VBN unharmed/JJ late/RB on/IN Tuesday/NNP ./PUNCT",
    "North/NNP Korea/NNP fired/VBD two/CD missiles/NN into/IN the/DT sea/NN ,/PUNCT South/NNP Korea/NNP 's/POS military/NN said/VBD ./PUNCT",
    "Turkey/NNP threatened/VBD to/TO launch/VB a/DT new/JJ offensive/NN against/IN Kurdish/JJ fighters/NN in/IN Syria/NNP ./PUNCT",
    "Both/DT sides/NN have/VB agreed/VBN to/TO exchange/VB prisoners/NN and/CC withdraw/VB heavy/JJ weapons/NN ./PUNCT",
    "Police/NN used/VBD tear/NN gas/NN to/TO disperse/VB demonstrators/NN who/WH blocked/VBD the/DT main/JJ road/NN ./PUNCT",
    "The/DT ministry/NN denied/VBD reports/NN that/IN its/PRP$ forces/NN had/VBD shelled/VBN civilian/JJ areas/NN ./PUNCT",
    "Hundreds/NN of/IN migrants/NN were/VBD rescued/VBN off/IN the/DT coast/NN of/IN Libya/NNP ./PUNCT",
    "Saudi/NNP Arabia/NNP cut/VBD diplomatic/JJ ties/NN with/IN Iran/NNP after/IN protesters/NN stormed/VBD its/PRP$ embassy/NN ./PUNCT",
    "The/DT bomb/NN exploded/VBD near/IN a/DT checkpoint/NN ,/PUNCT killing/VBG three/CD policemen/NN ./PUNCT",
    "Washington/NNP imposed/VBD sanctions/NN on/IN Venezuela/NNP 's/POS oil/NN sector/NN ./PUNCT",
    "The/DT rebels/NN say/VB they/PRP will/MD continue/VB to/TO fight/VB until/IN the/DT president/NN resigns/VB ./PUNCT",
    "Egypt/NNP 's/POS foreign/JJ ministry/NN urged/VBD restraint/NN ./PUNCT",
    "A/DT suicide/NN bomber/NN blew/VBD himself/PRP up/RP at/IN a/DT market/NN ,/PUNCT police/NN said/VBD ./PUNCT",
    "China/NNP warned/VBD the/DT United/NNP States/NNP not/RB to/TO interfere/VB in/IN its/PRP$ internal/JJ affairs/NN ./PUNCT",
    "Armed/JJ|VBN men/NN abducted/VBD a/DT local/JJ official/NN in/IN the/DT north/NN of/IN the/DT country/NN on/IN Friday/NNP ./PUNCT",
    "The/DT army/NN says/VB it/PRP has/VB killed/VBN dozens/NN of/IN militants/NN in/IN air/NN strikes/NN ./PUNCT",
    "Demonstrators/NN set/VBD fire/NN to/TO tyres/NN and/CC blocked/VBD roads/NN across/IN the/DT city/NN ./PUNCT",
    "Germany/NNP and/CC France/NNP urged/VBD both/DT parties/NN to/TO return/VB to/TO the/DT negotiating/VBG|NN table/NN ./PUNCT",
    "A/DT spokesman/NN for/IN the/DT ministry/NN declined/VBD to/TO comment/VB on/IN the/DT report/NN ./PUNCT",
    "Security/NN forces/NN opened/VBD fire/NN on/IN the/DT crowd/NN ,/PUNCT killing/VBG at/IN least/JJ 12/CD people/NN ./PUNCT",
    "The/DT two/CD leaders/NN signed/VBD an/DT agreement/NN to/TO end/VB the/DT conflict/NN ./PUNCT",
    "Pakistan/NNP recalled/VBD its/PRP$ ambassador/NN from/IN India/NNP in/IN protest/NN ./PUNCT",
    "Opposition/NN leaders/NN called/VBD for/IN a/DT general/JJ strike/NN next/JJ week/NN ./PUNCT",
    "Fighting/NN|VBG between/IN rival/JJ|NN clans/NN has/VB displaced/VBN thousands/NN of/IN families/NN ./PUNCT",
    "The/DT president/NN vowed/VBD to/TO punish/VB those/DT responsible/JJ for/IN the/DT attack/NN ./PUNCT",
    "Police/NN detained/VBD the/DT suspect/NN after/IN a/DT brief/JJ chase/NN ./PUNCT",
    "Japan/NNP will/MD send/VB troops/NN to/TO help/VB with/IN the/DT relief/NN effort/NN ./PUNCT",
    "Hamas/NNP fired/VBD rockets/NN into/IN Israel/NNP ,/PUNCT which/WH responded/VBD with/IN air/NN strikes/NN ./PUNCT",
    "The/DT UN/NNP envoy/NN met/VBD rebel/NN commanders/NN to/TO discuss/VB a/DT ceasefire/NN ./PUNCT",
    "Kenya/NNP has/VB deployed/VBN soldiers/NN along/IN its/PRP$ border/NN with/IN Somalia/NNP ./PUNCT",
    "Ukrainian/JJ officials/NN accused/VBD Moscow/NNP of/IN sending/VBG more/JJ|RB tanks/NN ./PUNCT",
    "The/DT government/NN banned/VBD all/DT public/JJ gatherings/NN and/CC closed/VBD schools/NN ./PUNCT",
    "Witnesses/NN said/VBD soldiers/NN beat/VBD protesters/NN with/IN batons/NN ./PUNCT",
    "The/DT talks/NN collapsed/VBD after/IN the/DT delegation/NN walked/VBD out/RP ./PUNCT",
    "Rebels/NN are/VB holding/VBG several/JJ foreign/JJ hostages/NN ./PUNCT",
    "He/PRP was/VBD arrested/VBN at/IN the/DT airport/NN and/CC charged/VBN with/IN treason/NN ./PUNCT",
    "The/DT coalition/NN launched/VBD an/DT offensive/NN to/TO retake/VB the/DT city/NN from/IN the/DT militants/NN ./PUNCT",
    "Officials/NN fear/VB the/DT death/NN toll/NN could/MD rise/VB ./PUNCT",
    "Moscow/NNP denies/VB any/DT involvement/NN in/IN the/DT poisoning/NN ./PUNCT",
    "“/PUNCT We/PRP will/MD not/RB negotiate/VB with/IN terrorists/NN ,/PUNCT ”/PUNCT the/DT minister/NN told/VBD reporters/NN in/IN Kabul/NNP ./PUNCT",
    "At/IN least/JJ 30/CD people/NN were/VBD killed/VBN when/WH a/DT car/NN bomb/NN exploded/VBD outside/IN a/DT mosque/NN in/IN Baghdad/NNP ./PUNCT",
    "The/DT European/NNP|JJ Union/NNP imposed/VBD new/JJ sanctions/NN on/IN Belarus/NNP over/IN the/DT crackdown/NN ./PUNCT",
    "Iran/NNP 's/POS supreme/JJ leader/NN rejected/VBD any/DT talks/NN with/IN Washington/NNP ./PUNCT",
    "Troops/NN loyal/JJ to/TO the/DT government/NN recaptured/VBD the/DT airport/NN on/IN Wednesday/NNP ./PUNCT",
    "The/DT prime/JJ minister/NN said/VBD he/PRP would/MD visit/VB the/DT region/NN next/JJ month/NN ./PUNCT",
    "Dozens/NN of/IN students/NN were/VBD injured/VBN in/IN clashes/NN with/IN riot/NN police/NN ./PUNCT",
    "Venezuela/NNP expelled/VBD the/DT German/JJ ambassador/NN ,/PUNCT accusing/VBG him/PRP of/IN interfering/VBG in/IN its/PRP$ affairs/NN ./PUNCT",
    "Negotiators/NN reached/VBD a/DT deal/NN that/WH would/MD release/VB hundreds/NN of/IN prisoners/NN ./PUNCT",
    "The/DT attack/NN was/VBD claimed/VBN by/IN a/DT group/NN linked/VBN to/TO al-Qaeda/NNP ./PUNCT",
    "Somali/JJ pirates/NN hijacked/VBD a/DT cargo/NN ship/NN off/IN the/DT coast/NN ./PUNCT",
    "Officials/NN in/IN Kiev/NNP accuse/VB Russia/NNP of/IN supplying/VBG the/DT separatists/NN with/IN weapons/NN ./PUNCT",
    "The/DT court/NN sentenced/VBD the/DT former/JJ president/NN to/TO 20/CD years/NN in/IN prison/NN ./PUNCT",
    "President/NNP Obama/NNP spoke/VBD by/IN phone/NN with/IN King/NNP Abdullah/NNP on/IN Monday/NNP ./PUNCT",
    "Protests/NN have/VB spread/VBN to/TO several/JJ other/JJ cities/NN since/IN the/DT election/NN ./PUNCT",
    "The/DT rebels/NN '/POS leader/NN denied/VBD that/IN his/PRP$ fighters/NN had/VBD attacked/VBN civilians/NN ./PUNCT",
    "Israel/NNP and/CC Hamas/NNP agreed/VBD to/TO a/DT truce/NN brokered/VBN by/IN Egypt/NNP ./PUNCT",
    "It/PRP is/VB not/RB clear/JJ who/WH carried/VBD out/RP the/DT attack/NN ./PUNCT",
    "India/NNP and/CC China/NNP have/VB agreed/VBN to/TO pull/VB back/RP|RB their/PRP$ troops/NN from/IN the/DT border/NN ./PUNCT",
    "Unknown/JJ gunmen/NN shot/VBD dead/JJ|RB a/DT journalist/NN in/IN Mogadishu/NNP ./PUNCT",
    "The/DT Pentagon/NNP said/VBD it/PRP had/VBD no/DT plans/NN to/TO send/VB more/JJ|RB troops/NN to/TO Iraq/NNP ./PUNCT",
    "Clashes/NN erupted/VBD in/IN the/DT southern/JJ city/NN of/IN Aden/NNP on/IN Thursday/NNP ./PUNCT",
    "Ethiopia/NNP accused/VBD Egypt/NNP of/IN backing/VBG rebels/NN in/IN the/DT region/NN ./PUNCT",
    "A/DT senior/JJ Hamas/NNP official/NN was/VBD killed/VBN in/IN an/DT Israeli/JJ air/NN strike/NN ./PUNCT",
    "Residents/NN fled/VBD their/PRP$ homes/NN as/IN government/NN forces/NN shelled/VBD the/DT town/NN ./PUNCT",
    "The/DT talks/NN are/VB expected/VBN to/TO resume/VB in/IN Geneva/NNP next/JJ week/NN ./PUNCT",
    "Police/NN fired/VBD rubber/NN bullets/NN to/TO break/VB up/RP the/DT demonstration/NN ./PUNCT",
    "Myanmar/NNP 's/POS military/NN seized/VBD power/NN in/IN a/DT coup/NN last/JJ year/NN ./PUNCT",
    "Both/DT countries/NN recalled/VBD their/PRP$ ambassadors/NN after/IN the/DT incident/NN ./PUNCT",
    "The/DT rebels/NN released/VBD a/DT video/NN showing/VBG the/DT captured/VBN|JJ pilot/NN ./PUNCT",
    "Sudan/NNP 's/POS army/NN and/CC a/DT paramilitary/JJ group/NN have/VB been/VBN fighting/VBG since/IN April/NNP ./PUNCT",
    "Lebanon/NNP 's/POS prime/JJ minister/NN resigned/VBD amid/IN mass/JJ|NN protests/NN ./PUNCT",
    "The/DT United/NNP States/NNP will/MD impose/VB tariffs/NN on/IN Chinese/JJ goods/NN ,/PUNCT officials/NN announced/VBD ./PUNCT",
    "Gunmen/NN opened/VBD fire/NN on/IN worshippers/NN at/IN a/DT church/NN in/IN Nigeria/NNP ./PUNCT",
    "North/NNP Korea/NNP has/VB warned/VBN it/PRP will/MD retaliate/VB against/IN any/DT attack/NN ./PUNCT",
    "The/DT minister/NN met/VBD representatives/NN of/IN the/DT striking/VBG|JJ workers/NN ./PUNCT",
    "Russian/JJ troops/NN withdrew/VBD from/IN the/DT area/NN after/IN heavy/JJ losses/NN ./PUNCT",
    "Authorities/NN blamed/VBD the/DT explosion/NN on/IN a/DT gas/NN leak/NN ./PUNCT",
    "Demonstrators/NN demanded/VBD the/DT release/NN of/IN political/JJ prisoners/NN ./PUNCT",
    "The/DT envoy/NN urged/VBD all/DT sides/NN to/TO respect/VB the/DT truce/NN ./PUNCT",
    "Kurdish/JJ fighters/NN say/VB they/PRP captured/VBD dozens/NN of/IN Islamic/NNP State/NNP militants/NN ./PUNCT",
    "Iraq/NNP 's/POS parliament/NN voted/VBD to/TO expel/VB US/NNP troops/NN ./PUNCT",
    "The/DT government/NN has/VB accused/VBN the/DT rebels/NN of/IN violating/VBG the/DT ceasefire/NN ./PUNCT",
    "Thousands/NN marched/VBD through/IN the/DT capital/NN demanding/VBG his/PRP$ resignation/NN ./PUNCT",
    "China/NNP and/CC India/NNP held/VBD talks/NN to/TO ease/VB border/NN tensions/NN ./PUNCT",
};

TEST_F(PosTaggerTest, GoldSentenceAccuracy) {
  int total = 0, right = 0;
  std::string errors;
  for (const char* gold : kGoldSentences) {
    std::vector<std::string> words, tags;
    const std::string g(gold);
    for (size_t p = 0; p < g.size();) {
      size_t q = g.find(' ', p);
      if (q == std::string::npos) q = g.size();
      const std::string wt = g.substr(p, q - p);
      const size_t slash = wt.rfind('/');
      words.push_back(wt.substr(0, slash));
      tags.push_back(wt.substr(slash + 1));
      p = q + 1;
    }
    std::string text;
    for (const std::string& w : words) {
      if (!text.empty() && w != "'s") text += ' ';
      text += w;
    }
    Sentence s(text);
    ASSERT_EQ(s.tokens().size(), words.size()) << "test bug: splitter disagrees on: " << text;
    tagger_->Tag(s.tokens());
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string got = PosName(s.tokens()[k].pos);
      bool ok = false;
      for (size_t a = 0, b; a <= tags[k].size(); a = b + 1) {
        b = tags[k].find('|', a);
        if (b == std::string::npos) b = tags[k].size();
        ok |= tags[k].substr(a, b - a) == got;
      }
      ++total;
      right += ok;
      if (!ok) errors += "  " + words[k] + "/" + got + " (want " + tags[k] + ") in: " + text + "\n";
    }
  }
  std::printf("[ info     ] gold sentences: %d/%d tokens right (%.1f%%)\n%s", right, total,
              100.0 * right / total, errors.c_str());
  EXPECT_GE(right * 100, total * 97) << errors;
}

// Known weakness: after a verb, "that" + bare singular noun + verb is read as a complementizer
// clause; a linguist reads "that deal" as determiner + noun. Enable when fixed.
TEST_F(PosTaggerTest, DISABLED_ThatBeforeBareSingularNounAfterVerb) {
  Sentence s("He's been told that deal is dead.");
  tagger_->Tag(s.tokens());
  EXPECT_EQ(s.tokens()[static_cast<size_t>(s.Find("that"))].pos, Pos::kDeterminer)
      << Render(s.tokens());
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
  std::deque<Sentence> sentences;  // a deque never moves its elements
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
