// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "lexicon/lexicon.h"

#include <algorithm>

#include "text/tokenizer.h"
#include "util/hash.h"

namespace dragoman {
namespace {

// The word of Lexicon::first_bloom_ and the two bits in it that stand for `w`.
inline uint64_t FirstBloomBits(std::string_view w, uint32_t* word) {
  const uint64_t m = Fnv1a64(w) * 0x9E3779B97F4A7C15ull;
  *word = static_cast<uint32_t>(m >> 51);  // 13 bits: Lexicon::kFirstBloomWords
  return (uint64_t{1} << ((m >> 20) & 63)) | (uint64_t{1} << ((m >> 26) & 63));
}

constexpr size_t kMaxNameTokens = 12;

struct ReservedSet {
  const char* name;
  WordClass bit;
};
constexpr ReservedSet kReservedSets[] = {
    {"&speech", kWordSpeech}, {"&intend", kWordIntend},     {"&threaten", kWordThreaten},
    {"&deny", kWordDeny},     {"&allege", kWordAllege},     {"&negation", kWordNegation},
    {"&light", kWordLight},   {"&ask", kWordAppeal},     {"&refuse", kWordRefuse},
    {"&intransitive", kWordIntransitive}, {"&catenative", kWordCatenative},
};

}  // namespace

void Lexicon::AddName(const std::string& name, NameKind kind, uint32_t index,
                      std::vector<std::string>* errors, const SourceLine& where) {
  std::string lower;
  LowerAscii(name, &lower);
  std::vector<Token> tokens;
  Tokenize(name, lower, 0, static_cast<uint32_t>(name.size()), &tokens);
  if (tokens.empty()) return;
  if (tokens.size() > kMaxNameTokens) {
    errors->push_back(where.ToString() + ": name longer than 12 tokens: " + name);
    ++stats_.skipped;
    return;
  }
  // A leading article is not part of the name: "the Kremlin" matches as "Kremlin".
  size_t first = 0;
  if (tokens.size() > 1 && tokens[0].lower == "the") first = 1;
  std::string key;
  NameEntry entry{kind, index, {}};
  for (size_t i = first; i < tokens.size(); ++i) {
    if (i > first) key.push_back(' ');
    key.append(tokens[i].lower);
    uint8_t c = 0;
    if (tokens[i].all_caps) {
      c = 2;
    } else if (tokens[i].capitalized) {
      c = 1;
    }
    entry.cases.push_back(c);
  }
  auto& entries = names_[key];
  for (const NameEntry& e : entries) {
    if (e.kind == kind && e.index == index && e.cases == entry.cases) return;  // same name twice
  }
  entries.push_back(std::move(entry));
  std::string first_token(tokens[first].lower);
  uint32_t word;
  const uint64_t bits = FirstBloomBits(first_token, &word);
  first_bloom_[word] |= bits;
  uint8_t& longest = first_tokens_[first_token];
  longest = std::max<uint8_t>(longest, static_cast<uint8_t>(tokens.size() - first));
  ++stats_.names;
}

std::unique_ptr<Lexicon> Lexicon::Build(DictionaryData data, const CameoTable* cameo,
                                        std::vector<std::string>* errors) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  lex->cameo_ = cameo;
  lex->data_ = std::move(data);
  DictionaryData& d = lex->data_;

  for (uint32_t i = 0; i < d.actors.size(); ++i) {
    const ActorRecord& a = d.actors[i];
    for (const std::string& n : a.names) lex->AddName(n, NameKind::kActor, i, errors, a.where);
    for (const std::string& n : a.adjectives) lex->AddName(n, NameKind::kAdjective, i, errors, a.where);
    for (const std::string& n : a.capitals) lex->AddName(n, NameKind::kCapital, i, errors, a.where);
  }
  for (uint32_t i = 0; i < d.agents.size(); ++i) {
    for (const std::string& n : d.agents[i].names) {
      lex->AddName(n, NameKind::kAgent, i, errors, d.agents[i].where);
    }
  }
  lex->stats_.actors = d.actors.size();
  lex->stats_.agents = d.agents.size();

  for (const WordSet& s : d.sets) {
    auto& set = lex->sets_[s.name];
    for (const std::string& w : s.words) set[w] = true;
    for (const ReservedSet& r : kReservedSets) {
      if (s.name == r.name) {
        for (const std::string& w : s.words) lex->word_classes_[w] |= r.bit;
      }
    }
  }
  lex->stats_.sets = d.sets.size();

  StringMap<int> set_index;
  auto code_ok = [&](const std::string& code) {
    return code.empty() || code == "---" || cameo == nullptr || cameo->Find(code) != nullptr;
  };
  for (uint32_t i = 0; i < d.verbs.size(); ++i) {
    VerbRecord& v = d.verbs[i];
    if (!code_ok(v.default_code)) {
      errors->push_back(v.where.ToString() + ": unknown CAMEO code: " + v.default_code);
      ++lex->stats_.skipped;
      v.default_code.clear();
    }
    std::vector<VerbPattern> kept;
    for (VerbPattern& p : v.patterns) {
      if (!code_ok(p.code)) {
        errors->push_back(p.where.ToString() + ": unknown CAMEO code: " + p.code);
        ++lex->stats_.skipped;
        continue;
      }
      bool sets_ok = true;
      for (PatternElement& e : p.elements) {
        if (e.kind != PatternElement::kSet) continue;
        auto it = lex->sets_.find(e.word);
        if (it == lex->sets_.end()) {
          errors->push_back(p.where.ToString() + ": unknown set " + e.word + ": " + p.text);
          sets_ok = false;
          continue;
        }
        auto idx = set_index.find(e.word);
        if (idx == set_index.end()) {
          idx = set_index.emplace(e.word, static_cast<int>(lex->set_list_.size())).first;
          lex->set_list_.push_back(&it->second);
        }
        e.set_index = idx->second;
      }
      if (!sets_ok) {
        ++lex->stats_.skipped;
        continue;
      }
      kept.push_back(std::move(p));
    }
    v.patterns = std::move(kept);
    lex->stats_.patterns += v.patterns.size();
    (v.noun ? lex->noun_anchors_ : lex->verb_anchors_)[v.lemma].push_back(i);
    (v.noun ? lex->stats_.nouns : lex->stats_.verbs) += 1;
    for (const std::string& f : v.forms) lex->forms_[f] = v.lemma;
  }
  return lex;
}

void Lexicon::MatchNames(std::span<const Token> tokens, std::vector<NameHit>* out) const {
  static_assert(kFirstBloomWords == 1u << 13, "FirstBloomBits takes the word from 13 bits");
  std::string key;
  key.reserve(128);
  const size_t n = tokens.size();
  size_t i = 0;
  while (i < n) {
    uint32_t word;
    const uint64_t bits = FirstBloomBits(tokens[i].lower, &word);
    auto ft = (first_bloom_[word] & bits) == bits ? first_tokens_.find(tokens[i].lower) : first_tokens_.end();
    if (ft == first_tokens_.end()) {
      MatchLedOrBased(tokens, i, out);
      ++i;
      continue;
    }
    const size_t longest = std::min<size_t>(ft->second, n - i);
    bool matched = false;
    for (size_t len = longest; len >= 1 && !matched; --len) {
      key.clear();
      for (size_t k = 0; k < len; ++k) {
        if (k > 0) key.push_back(' ');
        key.append(tokens[i + k].lower);
      }
      auto it = names_.find(key);
      if (it == names_.end()) continue;
      for (const NameEntry& e : it->second) {
        bool ok = true;
        for (size_t k = 0; k < len && ok; ++k) {
          const Token& t = tokens[i + k];
          if (e.cases[k] == 1) {
            ok = t.capitalized;
          } else if (e.cases[k] == 2) {
            ok = t.all_caps;
          }
        }
        if (ok) {
          out->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), e.kind, e.index});
          i += len;
          matched = true;
          break;
        }
      }
    }
    if (!matched) {
      MatchLedOrBased(tokens, i, out);
      ++i;
    }
  }
}

bool Lexicon::MatchLedOrBased(std::span<const Token> tokens, size_t i, std::vector<NameHit>* out) const {
  // "Vietnamese-led forces", "Tripoli-based government", "Saudi-led coalition": the part before
  // -led or -based names the actor that leads or hosts what follows.
  std::string_view w = tokens[i].lower;
  const size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || !tokens[i].capitalized) return false;
  if (w.substr(dash + 1) != "led" && w.substr(dash + 1) != "based") return false;
  auto it = names_.find(w.substr(0, dash));
  if (it == names_.end()) return false;
  for (const NameEntry& e : it->second) {
    if (e.cases.size() == 1 && e.kind != NameKind::kAgent) {
      out->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1),
                      e.kind == NameKind::kCapital ? NameKind::kCapital : NameKind::kAdjective, e.index});
      return true;
    }
  }
  return false;
}

std::string_view Lexicon::ActorCodeOn(const ActorRecord& actor, DateInt date) const {
  if (!actor.roles.empty()) {
    if (date == 0) {
      const ActorRole* newest = &actor.roles.front();
      for (const ActorRole& r : actor.roles) {
        if (r.from >= newest->from) newest = &r;
      }
      return newest->code;
    }
    for (const ActorRole& r : actor.roles) {
      if ((r.from == 0 || r.from <= date) && (r.to == 0 || date <= r.to)) return r.code;
    }
  }
  return actor.code;
}

const std::vector<uint32_t>* Lexicon::VerbAnchors(std::string_view lemma) const {
  auto it = verb_anchors_.find(lemma);
  return it == verb_anchors_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* Lexicon::NounAnchors(std::string_view lemma) const {
  auto it = noun_anchors_.find(lemma);
  return it == noun_anchors_.end() ? nullptr : &it->second;
}

std::string_view Lexicon::FormLemma(std::string_view lower) const {
  auto it = forms_.find(lower);
  return it == forms_.end() ? std::string_view() : std::string_view(it->second);
}

uint32_t Lexicon::WordClasses(std::string_view word) const {
  auto it = word_classes_.find(word);
  return it == word_classes_.end() ? 0 : it->second;
}

bool Lexicon::InSet(std::string_view set, std::string_view word) const {
  auto it = sets_.find(set);
  if (it == sets_.end()) return false;
  return it->second.find(word) != it->second.end();
}

std::vector<std::string> Lexicon::Check() const {
  std::vector<std::string> problems;
  for (const ActorRecord& a : data_.actors) {
    for (size_t i = 0; i < a.roles.size(); ++i) {
      for (size_t j = i + 1; j < a.roles.size(); ++j) {
        const ActorRole& x = a.roles[i];
        const ActorRole& y = a.roles[j];
        const DateInt x_to = x.to == 0 ? 99999999 : x.to, y_to = y.to == 0 ? 99999999 : y.to;
        if (x.from <= y_to && y.from <= x_to) {
          problems.push_back(y.where.ToString() + ": role " + y.code + " overlaps role " + x.code + " of line " +
                             std::to_string(x.where.line) + ": " + a.entity);
        }
      }
    }
  }
  for (const auto* anchors : {&verb_anchors_, &noun_anchors_}) {
    for (const auto& [lemma, records] : *anchors) {
      for (size_t i = 0; i < records.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
          const VerbRecord& a = data_.verbs[records[j]];
          const VerbRecord& b = data_.verbs[records[i]];
          if (a.particles == b.particles) {
            problems.push_back(b.where.ToString() + ": " + (b.noun ? "noun" : "verb") + " '" + lemma +
                               "' is also defined at " + a.where.ToString() + " (merge the records)");
          }
        }
      }
    }
  }
  StringMap<const WordSet*> set_names;
  for (const WordSet& s : data_.sets) {
    auto [it, added] = set_names.emplace(s.name, &s);
    if (!added) {
      problems.push_back(s.where.ToString() + ": set " + s.name + " is also defined at " +
                         it->second->where.ToString() + " (the words of both are used)");
    }
  }
  for (const VerbRecord& v : data_.verbs) {
    for (size_t i = 0; i < v.patterns.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (v.patterns[i].text == v.patterns[j].text) {
          problems.push_back(v.patterns[i].where.ToString() + ": pattern '" + v.patterns[i].text +
                             "' repeats line " + std::to_string(v.patterns[j].where.line) +
                             (v.patterns[i].code == v.patterns[j].code ? "" : " with another code (shadowed)"));
        }
      }
    }
  }
  return problems;
}

}  // namespace dragoman
