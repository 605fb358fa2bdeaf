// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// File formats (Debian wordnet-base, see wndb(5WN)):
//
//   exception file (verb.exc, noun.exc, adj.exc), sorted, one entry per line:
//     line   := form SP lemma { SP lemma } NL          e.g. "kidnapped kidnap"
//   index file (index.verb, index.noun, index.adj):
//     line   := header | entry
//     header := SP ... NL                              (the licence text; skipped)
//     entry  := lemma SP pos SP synset_cnt SP p_cnt { SP ptr_symbol }{p_cnt}
//               SP sense_cnt SP tagsense_cnt { SP synset_offset } [SP] NL
//
// Multi-word forms and lemmas ("carry_out") are skipped. Only the first lemma of an exception
// line is kept ("found find" -> find). tagsense_cnt (how often the lemma's senses occur in the
// semantically tagged corpus) is kept as a frequency signal to choose between candidates.

#include "text/lemmatizer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace dragoman {

namespace text_internal {

uint64_t HashWord(std::string_view s) {
  // Overlapping unaligned loads and one 64x64->128 multiply (as in wyhash); words are short.
  constexpr uint64_t kK0 = 0xA0761D6478BD642Full, kK1 = 0xE7037ED1A0B428DBull;
  const char* p = s.data();
  const size_t n = s.size();
  auto load64 = [](const char* q) {
    uint64_t v;
    std::memcpy(&v, q, 8);
    return v;
  };
  auto load32 = [](const char* q) {
    uint32_t v;
    std::memcpy(&v, q, 4);
    return uint64_t{v};
  };
  uint64_t a, b, seed = kK0 ^ n;
  if (n >= 8) {
    size_t i = 0;
    for (; i + 16 < n; i += 16) {
      const unsigned __int128 m =
          static_cast<unsigned __int128>(load64(p + i) ^ kK1) * (load64(p + i + 8) ^ seed);
      seed = static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
    }
    a = load64(p + i);
    b = load64(p + n - 8);
  } else if (n >= 4) {
    a = load32(p);
    b = load32(p + n - 4);
  } else if (n > 0) {
    a = (uint64_t{static_cast<uint8_t>(p[0])} << 16) |
        (uint64_t{static_cast<uint8_t>(p[n >> 1])} << 8) | static_cast<uint8_t>(p[n - 1]);
    b = 0;
  } else {
    a = b = 0;
  }
  const unsigned __int128 m = static_cast<unsigned __int128>(a ^ kK1 ^ seed) * (b ^ kK0 ^ (n << 56));
  const uint64_t h = static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
  const unsigned __int128 m2 = static_cast<unsigned __int128>(h ^ kK1) * (h ^ kK0);
  return static_cast<uint64_t>(m2) ^ static_cast<uint64_t>(m2 >> 64);
}

StringTable::StringTable() { Rehash(16); }

void StringTable::Reserve(size_t keys, size_t bytes) {
  arena_.reserve(bytes);
  entries_.reserve(keys);
  size_t want = 16;
  while (want < keys * 2) want <<= 1;
  if (want > slots_.size()) Rehash(want);
}

void StringTable::Rehash(size_t slot_count) {
  slots_.assign(slot_count, 0);
  mask_ = slot_count - 1;
  for (uint32_t id = 0; id < entries_.size(); ++id) {
    const uint64_t h = HashWord(Key(id));
    uint64_t i = h & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = ((h >> 32) << 32) | (uint64_t{id} + 1);
  }
}

std::pair<uint32_t, bool> StringTable::Insert(std::string_view key) {
  uint32_t found = Find(key);
  if (found != kNotFound) return {found, false};
  if ((entries_.size() + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  entries_.push_back(Entry{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size())});
  arena_.append(key);
  const uint64_t h = HashWord(key);
  uint64_t i = h & mask_;
  while (slots_[i] != 0) i = (i + 1) & mask_;
  slots_[i] = ((h >> 32) << 32) | (uint64_t{id} + 1);
  return {id, true};
}

uint32_t StringTable::Find(std::string_view key) const {
  const uint64_t h = HashWord(key);
  const uint64_t tag = h >> 32;
  uint64_t i = h & mask_;
  for (;;) {
    const uint64_t s = slots_[i];
    if (s == 0) return kNotFound;
    if ((s >> 32) == tag) {
      const uint32_t id = static_cast<uint32_t>(s & 0xFFFFFFFFu) - 1;
      if (Key(id) == key) return id;
    }
    i = (i + 1) & mask_;
  }
}

}  // namespace text_internal

namespace {

using text_internal::StringTable;

constexpr size_t kMaxWord = 64;  // longer forms are not lemmatised (no English word is this long)

// One word class (verb, noun or adjective).
struct WordClass {
  StringTable lemmas;              // index lemmas, plus exception targets missing from the index
  std::vector<uint16_t> tagsense;  // by lemma id: tagsense_cnt, saturated at 65535
  std::vector<uint8_t> in_index;   // by lemma id: 1 if the lemma is in index.<pos>
  StringTable exc_forms;           // exception forms
  std::vector<uint32_t> exc_lemma; // by form id: lemma id

  // The lemma id of `w` if it is an index lemma, else kNotFound.
  uint32_t IndexId(std::string_view w) const {
    const uint32_t id = lemmas.Find(w);
    return (id != StringTable::kNotFound && in_index[id]) ? id : StringTable::kNotFound;
  }
};

Status ReadWholeFile(const std::string& path, std::string* out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int err = errno;
    if (err == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": " + std::strerror(err));
  }
  out->clear();
  char buf[1 << 16];
  size_t n;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) out->reserve(static_cast<size_t>(size));
    std::fseek(f, 0, SEEK_SET);
  }
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) out->append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read error");
  return Status::Ok();
}

// Calls fn(line, line_number) for each line of `text` (without the newline).
template <typename Fn>
Status ForEachLine(std::string_view text, Fn fn) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line_no;
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    DRAGOMAN_RETURN_IF_ERROR(fn(line, line_no));
    pos = nl + 1;
  }
  return Status::Ok();
}

// Splits off the next space-separated field of `*rest`.
std::string_view NextField(std::string_view* rest) {
  size_t i = 0;
  while (i < rest->size() && (*rest)[i] == ' ') ++i;
  size_t j = i;
  while (j < rest->size() && (*rest)[j] != ' ') ++j;
  std::string_view field = rest->substr(i, j - i);
  rest->remove_prefix(j);
  return field;
}

bool ParseUint(std::string_view s, uint32_t* out) {
  if (s.empty() || s.size() > 9) return false;
  uint32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  *out = v;
  return true;
}

Status LoadIndex(const std::string& path, WordClass* wc) {
  std::string text;
  DRAGOMAN_RETURN_IF_ERROR(ReadWholeFile(path, &text));
  // Rough pre-sizing: about 40 bytes per line in these files.
  wc->lemmas.Reserve(text.size() / 40, text.size() / 6);
  wc->tagsense.reserve(text.size() / 40);
  wc->in_index.reserve(text.size() / 40);
  size_t entries = 0;
  Status st = ForEachLine(text, [&](std::string_view line, size_t line_no) -> Status {
    if (line.empty() || line[0] == ' ') return Status::Ok();  // licence header
    auto bad = [&](const char* what) {
      return Status::DataError(path + ":" + std::to_string(line_no) + ": " + what + ": " +
                               std::string(line.substr(0, 80)));
    };
    std::string_view rest = line;
    const std::string_view lemma = NextField(&rest);
    const std::string_view pos = NextField(&rest);
    uint32_t synset_cnt = 0, p_cnt = 0, sense_cnt = 0, tagsense_cnt = 0;
    if (pos.size() != 1) return bad("bad part of speech field");
    if (!ParseUint(NextField(&rest), &synset_cnt)) return bad("bad synset_cnt");
    if (!ParseUint(NextField(&rest), &p_cnt)) return bad("bad p_cnt");
    for (uint32_t i = 0; i < p_cnt; ++i) {
      if (NextField(&rest).empty()) return bad("missing pointer symbol");
    }
    if (!ParseUint(NextField(&rest), &sense_cnt)) return bad("bad sense_cnt");
    if (!ParseUint(NextField(&rest), &tagsense_cnt)) return bad("bad tagsense_cnt");
    ++entries;
    if (lemma.find('_') != std::string_view::npos || lemma.size() > kMaxWord) return Status::Ok();
    auto [id, added] = wc->lemmas.Insert(lemma);
    if (added) {
      wc->tagsense.push_back(static_cast<uint16_t>(tagsense_cnt > 65535 ? 65535 : tagsense_cnt));
      wc->in_index.push_back(1);
    }
    return Status::Ok();
  });
  DRAGOMAN_RETURN_IF_ERROR(st);
  if (entries == 0) return Status::DataError(path + ": no index entries");
  return Status::Ok();
}

Status LoadExceptions(const std::string& path, WordClass* wc) {
  std::string text;
  DRAGOMAN_RETURN_IF_ERROR(ReadWholeFile(path, &text));
  wc->exc_forms.Reserve(text.size() / 14, text.size() / 2);
  return ForEachLine(text, [&](std::string_view line, size_t line_no) -> Status {
    if (line.empty()) return Status::Ok();
    std::string_view rest = line;
    const std::string_view form = NextField(&rest);
    const std::string_view lemma = NextField(&rest);
    if (form.empty() || lemma.empty()) {
      return Status::DataError(path + ":" + std::to_string(line_no) +
                               ": expected \"form lemma\": " + std::string(line.substr(0, 80)));
    }
    if (form.find('_') != std::string_view::npos || lemma.find('_') != std::string_view::npos ||
        form.size() > kMaxWord || lemma.size() > kMaxWord) {
      return Status::Ok();
    }
    auto [lemma_id, lemma_added] = wc->lemmas.Insert(lemma);
    if (lemma_added) {  // a target missing from the index: keep it, but IsVerb() etc. say no
      wc->tagsense.push_back(0);
      wc->in_index.push_back(0);
    }
    auto [form_id, form_added] = wc->exc_forms.Insert(form);
    if (form_added) wc->exc_lemma.push_back(lemma_id);
    return Status::Ok();
  });
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

// True if `stem` ends consonant-vowel-consonant with a final consonant that English doubles
// before -ed/-ing ("hop", "plan"; not "show", "fix", "play").
bool EndsCvc(std::string_view stem) {
  const size_t n = stem.size();
  if (n < 2) return false;
  const char last = stem[n - 1];
  if (!IsConsonant(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!IsVowel(stem[n - 2])) return false;
  return n == 2 || IsConsonant(stem[n - 3]);
}

// A small fixed buffer for building candidate lemmas without allocating.
class Candidate {
 public:
  // stem = w minus `strip` trailing bytes, then `add` appended. False if too short or too long.
  bool Build(std::string_view w, size_t strip, std::string_view add) {
    if (w.size() < strip) return false;
    const size_t stem = w.size() - strip;
    if (stem + add.size() < 2 || stem + add.size() > kMaxWord) return false;
    std::memcpy(buf_, w.data(), stem);
    std::memcpy(buf_ + stem, add.data(), add.size());
    size_ = stem + add.size();
    return true;
  }
  std::string_view view() const { return std::string_view(buf_, size_); }

 private:
  char buf_[kMaxWord];
  size_t size_ = 0;
};

constexpr uint32_t kNone = StringTable::kNotFound;

// Looks up w[0, size-strip) + add in the index.
uint32_t TryRule(const WordClass& wc, std::string_view w, std::string_view suffix,
                 std::string_view add) {
  if (!EndsWith(w, suffix)) return kNone;
  Candidate c;
  if (!c.Build(w, suffix.size(), add)) return kNone;
  return wc.IndexId(c.view());
}

// For a form ending in -ed / -ing (suffix_len 2 / 3): chooses between stem+"e" and stem.
uint32_t TryEOrBare(const WordClass& wc, std::string_view w, size_t suffix_len) {
  const std::string_view stem = w.substr(0, w.size() - suffix_len);
  Candidate ce, cb;
  const uint32_t with_e = ce.Build(w, suffix_len, "e") ? wc.IndexId(ce.view()) : kNone;
  const uint32_t bare = cb.Build(w, suffix_len, "") ? wc.IndexId(cb.view()) : kNone;
  if (with_e == kNone) return bare;
  if (bare == kNone) return with_e;
  if (EndsCvc(stem)) return with_e;  // "hoping": hop would have given "hopping"
  return wc.tagsense[with_e] > wc.tagsense[bare] ? with_e : bare;
}

// "stopped" -> "stop", "kidnapping" -> "kidnap", "bigger" -> "big".
uint32_t TryUndouble(const WordClass& wc, std::string_view w, size_t suffix_len) {
  if (w.size() < suffix_len + 3) return kNone;
  const std::string_view stem = w.substr(0, w.size() - suffix_len);
  const char a = stem[stem.size() - 1];
  if (a != stem[stem.size() - 2] || !IsConsonant(a)) return kNone;
  return wc.IndexId(stem.substr(0, stem.size() - 1));
}

uint32_t VerbRule(const WordClass& wc, std::string_view w) {
  uint32_t id;
  if (EndsWith(w, "s")) {
    if ((id = TryRule(wc, w, "s", "")) != kNone) return id;
    if ((id = TryRule(wc, w, "ies", "y")) != kNone) return id;
    if ((id = TryRule(wc, w, "es", "e")) != kNone) return id;
    return TryRule(wc, w, "es", "");
  }
  if (EndsWith(w, "ed")) {
    if ((id = TryEOrBare(wc, w, 2)) != kNone) return id;
    if ((id = TryRule(wc, w, "ied", "y")) != kNone) return id;
    return TryUndouble(wc, w, 2);
  }
  if (EndsWith(w, "ing")) {
    if ((id = TryEOrBare(wc, w, 3)) != kNone) return id;
    return TryUndouble(wc, w, 3);
  }
  return kNone;
}

uint32_t NounRule(const WordClass& wc, std::string_view w) {
  uint32_t id;
  if (EndsWith(w, "s")) {
    if (!EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is") &&
        (id = TryRule(wc, w, "s", "")) != kNone) {
      return id;
    }
    if ((id = TryRule(wc, w, "ses", "s")) != kNone) return id;
    if ((id = TryRule(wc, w, "xes", "x")) != kNone) return id;
    if ((id = TryRule(wc, w, "zes", "z")) != kNone) return id;
    if ((id = TryRule(wc, w, "ches", "ch")) != kNone) return id;
    if ((id = TryRule(wc, w, "shes", "sh")) != kNone) return id;
    return TryRule(wc, w, "ies", "y");
  }
  return TryRule(wc, w, "men", "man");
}

uint32_t AdjectiveRule(const WordClass& wc, std::string_view w) {
  uint32_t id;
  if (EndsWith(w, "er")) {
    if ((id = TryRule(wc, w, "er", "")) != kNone) return id;
    if ((id = TryRule(wc, w, "er", "e")) != kNone) return id;
    return TryUndouble(wc, w, 2);
  }
  if (EndsWith(w, "est")) {
    if ((id = TryRule(wc, w, "est", "")) != kNone) return id;
    if ((id = TryRule(wc, w, "est", "e")) != kNone) return id;
    return TryUndouble(wc, w, 3);
  }
  return kNone;
}

enum class Tie { kKeepForm, kTakeRule };

// The whole morphy-style lookup for one word class.
template <typename RuleFn>
std::string_view Lookup(const WordClass& wc, std::string_view w, RuleFn rule, Tie tie) {
  if (w.empty() || w.size() > kMaxWord) return {};
  const uint32_t exc = wc.exc_forms.Find(w);
  if (exc != kNone) return wc.lemmas.Key(wc.exc_lemma[exc]);
  const uint32_t self = wc.IndexId(w);
  const uint32_t derived = rule(wc, w);
  uint32_t pick;
  if (self == kNone) {
    pick = derived;
  } else if (derived == kNone || derived == self) {
    pick = self;
  } else if (tie == Tie::kKeepForm) {
    pick = wc.tagsense[derived] > wc.tagsense[self] ? derived : self;
  } else {
    pick = wc.tagsense[self] > wc.tagsense[derived] ? self : derived;
  }
  if (pick == kNone) return {};
  return wc.lemmas.Key(pick);
}

}  // namespace

struct Lemmatizer::Impl {
  WordClass verb;
  WordClass noun;
  WordClass adj;
};

Lemmatizer::Lemmatizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lemmatizer::~Lemmatizer() = default;

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& wordnet_dir) {
  auto impl = std::make_unique<Impl>();
  std::string dir = wordnet_dir;
  if (!dir.empty() && dir.back() != '/') dir.push_back('/');
  // Index first so that exception targets found there keep their tagsense counts.
  DRAGOMAN_RETURN_IF_ERROR(LoadIndex(dir + "index.verb", &impl->verb));
  DRAGOMAN_RETURN_IF_ERROR(LoadIndex(dir + "index.noun", &impl->noun));
  DRAGOMAN_RETURN_IF_ERROR(LoadIndex(dir + "index.adj", &impl->adj));
  DRAGOMAN_RETURN_IF_ERROR(LoadExceptions(dir + "verb.exc", &impl->verb));
  DRAGOMAN_RETURN_IF_ERROR(LoadExceptions(dir + "noun.exc", &impl->noun));
  DRAGOMAN_RETURN_IF_ERROR(LoadExceptions(dir + "adj.exc", &impl->adj));
  return std::unique_ptr<Lemmatizer>(new Lemmatizer(std::move(impl)));
}

std::string_view Lemmatizer::VerbLemma(std::string_view lower) const {
  return Lookup(impl_->verb, lower, VerbRule, Tie::kKeepForm);
}

std::string_view Lemmatizer::NounLemma(std::string_view lower) const {
  return Lookup(impl_->noun, lower, NounRule, Tie::kTakeRule);
}

std::string_view Lemmatizer::AdjectiveLemma(std::string_view lower) const {
  return Lookup(impl_->adj, lower, AdjectiveRule, Tie::kKeepForm);
}

bool Lemmatizer::IsVerb(std::string_view lemma) const {
  return impl_->verb.IndexId(lemma) != kNone;
}
bool Lemmatizer::IsNoun(std::string_view lemma) const {
  return impl_->noun.IndexId(lemma) != kNone;
}
bool Lemmatizer::IsAdjective(std::string_view lemma) const {
  return impl_->adj.IndexId(lemma) != kNone;
}

namespace {
size_t CountIndexLemmas(const WordClass& wc) {
  size_t n = 0;
  for (uint8_t in : wc.in_index) n += in;
  return n;
}
}  // namespace

size_t Lemmatizer::verb_count() const { return CountIndexLemmas(impl_->verb); }
size_t Lemmatizer::noun_count() const { return CountIndexLemmas(impl_->noun); }
size_t Lemmatizer::adjective_count() const { return CountIndexLemmas(impl_->adj); }

}  // namespace dragoman
