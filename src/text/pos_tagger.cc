// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Lexicon format (festlex-poslex wsj.wp39.poslexR, derived from the Penn Treebank WSJ corpus):
//
//   file  := "MNCL" NL { entry NL }
//   entry := "(" '"' word '"' SP "(" { "(" tag SP logprob ")" SP } ")" SP "()" SP ")"
//   e.g.     ("stop" ((nn -9.667) (nnp -11.403) (vb -5.983) (vbp -8.674) ) () )
//
// `logprob` is ln P(word | tag) (the probabilities of each tag sum to 1 over the file), `tag` a
// lower-case Penn tag ("punc" for all punctuation, "prp" also covers PRP$, "of" is IN). Unknown
// tag names ("1", "2": noise in the file) are ignored. We turn the numbers into P(tag | word) with
// Bayes' rule and the tag frequencies in kPennInfo (open classes: 1 / the smallest P(w|t), i.e.
// the count of a singleton; closed classes: the WSJ counts scaled to the same corpus size).
//
// Tagging = initial tag + contextual rules, one left-to-right pass. Initial tag:
//   I1  punctuation (ASCII punctuation, U+00A1-U+00BF, U+2000-U+206F, U+3000-U+303F) -> PUNC
//   I2  starts with a digit -> CD ("20", "1,000", "1990s"), ordinals and "10-year-old" -> JJ
//   I3  known word -> its most probable tag, but never NNP/NNPS for a lower-case token ("army");
//       closed-class words have fixed tags (his -> PRP$); rare words (< 3 occurrences) that
//       the lexicon knows only as non-verbs but WordNet derives from a verb and that end in
//       -ed/-ing become VBN/VBG ("abducted" is a noise singleton NN in the lexicon)
//   I4  capitalised and not sentence-initial, or all caps: proper noun if the lexicon gives
//       NNP/NNPS at least 1/20 of the best tag's probability or the best tag is a common noun
//       ("Interior Ministry"); adjectives stay ("Italian ships"). "Sentence-initial" also covers
//       the first word after leading punctuation, an opening quote or a colon.
//   I5  unknown capitalised -> NNP (-ans -> NNPS: "Libyans"), unless sentence-initial and an
//       inflected WordNet noun/verb ("Militiamen"); hyphenated with a capital after the hyphen
//       -> NNP ("al-Qaeda"), or JJ after pro/anti/non/... ("pro-Russian"); unknown lower-case
//       -> WordNet (via the Lemmatizer) and suffixes: -ing VBG, -ed VBN, -ly RB, -s NNS,
//       -tion/-ment/-ness/-ity NN, -ous/-ive/-al/-ic JJ, -ise/-ize VB; hyphenated words by
//       their last part
// Contextual rules, in the order they are tried for token i (prev = final tag of i-1, next =
// initial tag of i+1, gov = first token left of i that is not an adverb); the first that fires
// decides:
//   C1  her -> PRP$ before a noun/adjective/number, else PRP
//   C2  that -> IN after a verb ("said that"); before a noun: IN if a subject + finite verb
//       follows ("a sign that talks would"), else DT ("that deal"); WDT after a noun and before
//       a verb/adverb ("ships that were"); DT before punctuation; else IN
//   C3  's -> VBZ after a pronoun/wh-word/there ("it's") or after a noun before
//       DT/PRP/RB/IN/TO/VBN/VBG (but not VBN/VBG + noun: "Haftar's alleged statements");
//       otherwise POS ("Russia's foreign minister"). C2 looks past quote marks.
//   C4  ' -> POS after a plural noun ending in -s and before a noun/adjective, else PUNC
//   C5  there -> EX before a verb or modal, else RB
//   C6  up/out/off/down/away/back/over -> RP after a verb ("blew up", "blew himself up") but
//       IN after a passive participle before a noun phrase ("rescued off the coast"); RP
//       elsewhere -> IN/RB
//   C14 capitalised NNP that is also an adjective, before a lower-case noun/adjective -> JJ
//       ("German ambassador", "Kurdish militias"; "European Union" stays NNP)
//   --- tokens fixed by I1/I2/I4/I5 and closed-class words stop here ---
//   C15 sentence-initial capitalised common noun, or adjective with a real NNP reading, before a
//       proper noun -> NNP ("President Putin", "General Khalifa Haftar")
//   C7  gov is a modal or do/does/did -> VB if the word can be a base verb with P >= 1%
//       ("would like", "will not stop"); gov is TO -> VB likewise unless the word is
//       closed-class, if "to" follows a verb or adjective ("agreed to exchange") or the verb
//       reading has P >= 0.1 or an object follows; never after according/due/... or after
//       return/go/send/... ("according to police", "returned to power")
//   C7b right after a form of the verb "help": a word that can be a base verb, before an object
//       start (DT, PRP$, PRP, CD, NNP, JJ) -> VB ("help defend Saudi Arabia")
//   C8  gov is have/has/had/'ve -> VBN if the word can be VBN ("has ordered")
//   C9  gov is a form of be -> VBN if the word can be VBN and is not VBG ("was killed")
//   C19 sentence-initial VBG before IN, with a VBD/VBZ/VBP/MD later and no comma between -> NN
//       ("Fighting between X and Y continued")
//   C10 after DT/PDT/PRP$/POS/JJ* (or IN, CD for base/-s forms): verb -> noun if the lexicon or
//       WordNet allows it ("the talks", "his forces", "the suspect"); VBD -> VBN ("the
//       deployed ships"); JJ that can be NN and ends the noun phrase -> NN ("a new offensive
//       against"); VBG not before a noun -> NN ("the bombing")
//   C11 subject pronoun + noun/adjective that can be a verb -> verb ("they attack"); noun
//       subject + such a word + object start (DT, PRP$, PRP, CD, NNP, TO) -> verb
//       ("Police attack the", "Russia plans to")
//   C18 plural noun + noun that is often VBD (P >= 0.2), not before a verb -> VBD
//       ("gunmen shot dead")
//   C16 main verb + base form that can be a noun + common noun -> NN ("used tear gas")
//   C17 subject + base form that can be VBD (P >= 0.05) -> VBD after a singular subject,
//       else the likelier of VBD/VBP ("Saudi Arabia cut ties")
//   C12 VBD vs VBN (word can be both; regular -ed forms can always be both): "by" follows ->
//       VBN; saying verb after a noun before punctuation -> VBD (", police said."); after a
//       pronoun or who/which/that -> VBD; after a noun: an object follows -> VBD ("Rebels
//       attacked an army base"); otherwise VBN if the clause already has a finite verb (not
//       across a comma, a saying verb, "that" or a subordinator such as "after") or an
//       unambiguous one follows ("ships deployed in", "soldiers killed in the attack were"),
//       else VBD ("fighting erupted in"); after and/or -> the tag of the previous VBD/VBN
//   C13 hyphenated unknown noun before a noun -> JJ ("anti-government protesters")
// Lemmas: verbs -> Lemmatizer::VerbLemma, NN/NNS/NNPS -> Lemmatizer::NounLemma (precomputed for
// every lexicon word at load), 's -> be / have ("it's been"), 're/'m -> be, 've/'d -> have.
// Mapping to Pos: WDT is kDeterminer before a noun ("which country") and kWh otherwise
// (relative "which"/"that"); EX is kPronoun; FW is kNoun; LS and UH are kUnknown.

#include "text/pos_tagger.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dragoman {
namespace {

using text_internal::StringTable;

enum Penn : uint8_t {
  kNoTag = 0,
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP, kNNPS, kPDT, kPOS,
  kPRP, kPRPS, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH, kVB, kVBD, kVBG, kVBN, kVBP, kVBZ, kWDT,
  kWP, kWPS, kWRB, kPUNC,
  kPennCount
};

struct PennInfo {
  const char* name;          // Penn name, for TagPenn
  const char* lexicon_name;  // name in the poslex file, or nullptr
  double count;              // tag frequency in the lexicon's training corpus (see file comment)
};

constexpr PennInfo kPennInfo[kPennCount] = {
    {"", nullptr, 1},
    {"CC", "cc", 22765},     {"CD", "cd", 34961},      {"DT", "dt", 78747},
    {"EX", "ex", 900},       {"FW", "fw", 225},        {"IN", "in", 95000},
    {"JJ", "jj", 58163},     {"JJR", "jjr", 3100},     {"JJS", "jjs", 1850},
    {"LS", "ls", 45},        {"MD", "md", 9400},       {"NN", "nn", 126374},
    {"NNS", "nns", 56897},   {"NNP", "nnp", 89590},    {"NNPS", "nnps", 2273},
    {"PDT", "pdt", 356},     {"POS", "pos", 8400},     {"PRP", "prp", 24860},
    {"PRP$", nullptr, 8600}, {"RB", "rb", 29703},      {"RBR", "rbr", 1667},
    {"RBS", "rbs", 411},     {"RP", "rp", 2550},       {"SYM", "sym", 60},
    {"TO", "to", 22000},     {"UH", "uh", 88},         {"VB", "vb", 25362},
    {"VBD", "vbd", 29466},   {"VBG", "vbg", 13891},    {"VBN", "vbn", 19053},
    {"VBP", "vbp", 11696},   {"VBZ", "vbz", 20455},    {"WDT", "wdt", 4150},
    {"WP", "wp", 2250},      {"WP$", nullptr, 170},    {"WRB", "wrb", 2037},
    {"PUNC", "punc", 113891},
};

// Closed-class words and other words the rules single out.
enum class Special : uint8_t {
  kNone,
  kPossPron,     // his, their, its, my, our, your: always PRP$
  kHer,          // her: PRP$ or PRP
  kSubjPron,     // he, she, it, they, we, i, you: PRP, can be a subject
  kObjPron,      // him, them, me, us: PRP
  kThat,         // that
  kApostropheS,  // 's: POS or VBZ
  kApostrophe,   // ' alone: POS or punctuation
  kThere,        // there: EX or RB
  kParticle,     // up, out, off, down, away, back, over
  kDo,           // do, does, did
  kHave,         // have, has, had, 've
  kBe,           // be, is, are, was, were, been, being, am, 're, 'm
  kPrepBeforeTo, // according, due, next, close, ...: the "to" after them is a preposition
  kBy,           // by
  kWh,           // who, whom, what, which: a relative or question word
};

constexpr int kMaxTags = 8;

struct LexEntry {
  uint64_t mask = 0;               // bit t set if the word can have Penn tag t
  float prob[kMaxTags] = {};       // P(tag | word), descending
  Penn tags[kMaxTags] = {};
  uint8_t n = 0;                   // number of tags
  Special special = Special::kNone;
  bool saying = false;             // a verb of saying/reporting: "said that", "said troops ..."
  bool directional = false;        // a verb whose "to" is usually a preposition ("returned to")
  bool subordinator = false;       // after, because, while...: may open a clause
  bool ends_ed = false;            // form ends in "ed" (regular past: both VBD and VBN)
  bool rare = false;               // seen fewer than 3 times in the lexicon's corpus
  std::string_view verb_lemma;     // "" if not a verb form
  std::string_view noun_lemma;     // "" if not a noun form

  bool Can(Penn t) const { return (mask >> t) & 1u; }
  float P(Penn t) const {
    for (int i = 0; i < n; ++i) {
      if (tags[i] == t) return prob[i];
    }
    return 0.0f;
  }
  Penn best() const { return n > 0 ? tags[0] : kNN; }
  bool CanBase() const { return Can(kVB) || Can(kVBP); }
  bool CanNoun() const { return Can(kNN) || Can(kNNS); }
  // The lexicon or WordNet allows a common-noun reading ("tear" is only VB in the lexicon).
  bool CanNounLoose() const { return CanNoun() || !noun_lemma.empty(); }
  // P(t | word) among the non-proper readings (for lower-case tokens).
  float PCommon(Penn t) const {
    const float common = 1.0f - P(kNNP) - P(kNNPS);
    return common > 0.0f ? P(t) / common : 0.0f;
  }
  bool CanVBD() const { return Can(kVBD) || (ends_ed && Can(kVBN)); }
  bool CanVBN() const { return Can(kVBN) || (ends_ed && Can(kVBD)); }
  bool CanFiniteVerb() const { return Can(kVB) || Can(kVBP) || Can(kVBZ) || Can(kVBD); }

  // Replaces the tag distribution with (t, 1.0) (and the extra tags in `also`, probability 0).
  void SetOnly(Penn t, std::initializer_list<Penn> also = {}) {
    n = 0;
    mask = 0;
    tags[n] = t;
    prob[n++] = 1.0f;
    mask |= uint64_t{1} << t;
    for (Penn a : also) {
      if (n < kMaxTags) {
        tags[n] = a;
        prob[n++] = 0.0f;
      }
      mask |= uint64_t{1} << a;
    }
  }
};

constexpr uint64_t Bit(Penn t) { return uint64_t{1} << t; }

bool In(Penn t, uint64_t set) { return (set >> t) & 1u; }

constexpr uint64_t kNounTags = Bit(kNN) | Bit(kNNS) | Bit(kNNP) | Bit(kNNPS);
constexpr uint64_t kCommonNounTags = Bit(kNN) | Bit(kNNS);
constexpr uint64_t kAdjTags = Bit(kJJ) | Bit(kJJR) | Bit(kJJS);
constexpr uint64_t kAdverbTags = Bit(kRB) | Bit(kRBR) | Bit(kRBS);
constexpr uint64_t kVerbTags =
    Bit(kVB) | Bit(kVBD) | Bit(kVBG) | Bit(kVBN) | Bit(kVBP) | Bit(kVBZ);
constexpr uint64_t kFiniteTags = Bit(kVBD) | Bit(kVBP) | Bit(kVBZ) | Bit(kMD);
// Tags that can start a noun phrase after a head (a nominal continuation).
constexpr uint64_t kNominalTags = kNounTags | kAdjTags | Bit(kCD);
// Tags that can start a direct object.
constexpr uint64_t kObjectStartTags = Bit(kDT) | Bit(kPDT) | Bit(kPRPS) | Bit(kPRP) | Bit(kCD) |
                                      kNounTags | kAdjTags;
// Tags of words inside a simple noun phrase.
constexpr uint64_t kNpTags =
    Bit(kDT) | Bit(kPDT) | Bit(kPRPS) | Bit(kPOS) | Bit(kCD) | kNounTags | kAdjTags;

Pos ToPos(Penn t) {
  switch (t) {
    case kCC: return Pos::kConjunction;
    case kCD: return Pos::kNumber;
    case kDT: case kPDT: case kWDT: return Pos::kDeterminer;
    case kEX: case kPRP: return Pos::kPronoun;
    case kFW: case kNN: case kNNS: return Pos::kNoun;
    case kIN: return Pos::kPreposition;
    case kJJ: case kJJR: case kJJS: return Pos::kAdjective;
    case kMD: return Pos::kModal;
    case kNNP: case kNNPS: return Pos::kProperNoun;
    case kPOS: return Pos::kPossessive;
    case kPRPS: return Pos::kPossPronoun;
    case kRB: case kRBR: case kRBS: return Pos::kAdverb;
    case kRP: return Pos::kParticle;
    case kSYM: case kPUNC: return Pos::kPunct;
    case kTO: return Pos::kTo;
    case kVB: case kVBP: case kVBZ: return Pos::kVerb;
    case kVBD: return Pos::kVerbPast;
    case kVBG: return Pos::kVerbGerund;
    case kVBN: return Pos::kVerbPastPart;
    case kWP: case kWPS: case kWRB: return Pos::kWh;
    case kLS: case kUH: case kNoTag: case kPennCount: break;
  }
  return Pos::kUnknown;
}

// Suffix test for short literals, inlined (no strlen/memcmp calls on the hot path).
inline bool EndsWith(std::string_view w, std::string_view s) {
  if (w.size() < s.size()) return false;
  const char* a = w.data() + (w.size() - s.size());
  for (size_t k = 0; k < s.size(); ++k) {
    if (a[k] != s[k]) return false;
  }
  return true;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True if every character of `text` is punctuation or a symbol (ASCII or the Unicode punctuation
// blocks listed in the file comment). Letters of any script make it false.
bool IsPunctuation(std::string_view text) {
  if (text.empty()) return false;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (IsAsciiAlpha(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c))) return false;
      if (c <= 0x20) return false;
      ++i;
      continue;
    }
    uint32_t cp;
    size_t len;
    if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; len = 2; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; len = 3; }
    else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; len = 4; }
    else return false;
    if (i + len > text.size()) return false;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    const bool punct = (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
                       (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x23FF) ||
                       (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F);
    if (!punct) return false;
    i += len;
  }
  return true;
}

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
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) out->append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read error");
  return Status::Ok();
}

Penn TagFromLexiconName(std::string_view name) {
  if (name == "of") return kIN;  // the file gives "of" a tag of its own
  for (int t = 1; t < kPennCount; ++t) {
    if (kPennInfo[t].lexicon_name != nullptr && name == kPennInfo[t].lexicon_name) {
      return static_cast<Penn>(t);
    }
  }
  return kNoTag;
}

// True for quote-mark tokens (ASCII and typographic).
bool IsQuote(std::string_view t) {
  return t == "\"" || t == "''" || t == "``" || t == "'" || t == "\xE2\x80\x9C" ||
         t == "\xE2\x80\x9D" || t == "\xE2\x80\x98" || t == "\xE2\x80\x99" ||
         t == "\xC2\xAB" || t == "\xC2\xBB";
}

// Per-token working state of one Tag() call.
struct Work {
  const LexEntry* e;
  Penn tag;
  bool fixed;     // decided by form or capitalisation; rules after C14 leave it alone
  bool unknown;   // not in the lexicon: lemmas are computed at the end
  bool demonym;   // capitalised NNP that is also an adjective ("German", "Kurdish"), rule C14
  bool initial;   // first word of the sentence or of a quotation (see Run)
};

constexpr size_t kStackTokens = 256;

}  // namespace

struct PosTagger::Impl {
  const Lemmatizer* lemmatizer = nullptr;
  StringTable words;
  std::vector<LexEntry> entries;  // by word id

  // Synthetic entries for words not in the lexicon.
  LexEntry punct, number, ordinal, proper, proper_plural;
  LexEntry unk_nn, unk_nn_vb, unk_nns, unk_nns_vbz, unk_vbz, unk_vb, unk_vbg, unk_vbn, unk_jj,
      unk_rb;

  Status Parse(const std::string& path, std::string_view text);
  void AddSpecials();
  void InitSynthetic();
  const LexEntry* Find(std::string_view lower) const {
    const uint32_t id = words.Find(lower);
    return id == StringTable::kNotFound ? nullptr : &entries[id];
  }

  void Run(std::span<Token> tokens, Work* w, const char** penn) const;
  void Init(const Token& tok, Work* w) const;
  const LexEntry* GuessLower(std::string_view lower, Work* w) const;
  void Context(std::span<Token> tokens, Work* w, size_t i) const;
  bool ThatIsComplementizerClause(Work* w, size_t n, size_t i) const;
  bool EarlierFiniteVerb(std::span<Token> tokens, Work* w, size_t i) const;
  bool LaterFiniteVerb(std::span<Token> tokens, Work* w, size_t i) const;
  void Finish(Token& tok, const Work& w, Penn next_tag) const;
};

Status PosTagger::Impl::Parse(const std::string& path, std::string_view text) {
  size_t pos = 0;
  size_t line_no = 0;
  words.Reserve(40000, 400000);
  entries.reserve(40000);
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line != "MNCL") return Status::DataError(path + ":1: expected \"MNCL\" header");
      continue;
    }
    if (line.empty()) continue;
    auto bad = [&](const char* why) {
      return Status::DataError(path + ":" + std::to_string(line_no) + ": " + why + ": " +
                               std::string(line.substr(0, 80)));
    };
    if (line.size() < 4 || line[0] != '(' || line[1] != '"') return bad("expected (\"word\"");
    const size_t close = line.find('"', 2);
    if (close == std::string_view::npos || close == 2) return bad("unterminated word");
    const std::string_view word = line.substr(2, close - 2);
    std::string_view rest = line.substr(close + 1);
    if (rest.size() < 3 || rest.substr(0, 2) != " (") return bad("expected tag list");
    rest.remove_prefix(2);
    // Parse "(tag num) " pairs until ')'.
    LexEntry e;
    double counts[kMaxTags * 2];
    Penn tags[kMaxTags * 2];
    int n = 0;
    for (;;) {
      while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
      if (rest.empty()) return bad("unterminated tag list");
      if (rest[0] == ')') break;
      if (rest[0] != '(') return bad("expected (tag logprob)");
      const size_t sp = rest.find(' ');
      const size_t rp = rest.find(')');
      if (sp == std::string_view::npos || rp == std::string_view::npos || sp > rp) {
        return bad("malformed (tag logprob)");
      }
      const std::string_view tag_name = rest.substr(1, sp - 1);
      const std::string num(rest.substr(sp + 1, rp - sp - 1));
      char* end = nullptr;
      const double logp = std::strtod(num.c_str(), &end);
      if (num.empty() || end != num.c_str() + num.size()) return bad("bad log probability");
      rest.remove_prefix(rp + 1);
      const Penn t = TagFromLexiconName(tag_name);
      if (t == kNoTag || n == kMaxTags * 2) continue;  // noise tags ("1", "of") are ignored
      tags[n] = t;
      counts[n++] = std::exp(logp) * kPennInfo[t].count;
    }
    if (n == 0) continue;  // only noise tags
    // Sort by count, descending (n is tiny).
    for (int a = 1; a < n; ++a) {
      for (int b = a; b > 0 && counts[b] > counts[b - 1]; --b) {
        std::swap(counts[b], counts[b - 1]);
        std::swap(tags[b], tags[b - 1]);
      }
    }
    double total = 0;
    for (int k = 0; k < n; ++k) total += counts[k];
    e.rare = total < 2.5;
    for (int k = 0; k < n; ++k) {
      e.mask |= Bit(tags[k]);
      if (e.n < kMaxTags) {
        e.tags[e.n] = tags[k];
        e.prob[e.n++] = static_cast<float>(counts[k] / total);
      }
    }
    auto [id, added] = words.Insert(word);
    if (!added) continue;  // first entry wins
    entries.push_back(e);
  }
  if (entries.empty()) return Status::DataError(path + ": no entries");
  return Status::Ok();
}

void PosTagger::Impl::AddSpecials() {
  auto entry = [&](std::string_view word) -> LexEntry& {
    auto [id, added] = words.Insert(word);
    if (added) {
      entries.emplace_back();
      entries.back().SetOnly(kNN);
    }
    return entries[id];
  };
  // Curly-apostrophe spellings share the straight ones' statistics.
  const char* const kCurly[][2] = {{"\xE2\x80\x99" "s", "'s"},   {"n\xE2\x80\x99" "t", "n't"},
                                   {"\xE2\x80\x99" "re", "'re"}, {"\xE2\x80\x99" "ve", "'ve"},
                                   {"\xE2\x80\x99" "m", "'m"},   {"\xE2\x80\x99" "d", "'d"},
                                   {"\xE2\x80\x99" "ll", "'ll"}};
  for (const auto& pair : kCurly) {
    const LexEntry copy = entry(pair[1]);
    entry(pair[0]) = copy;
  }
  for (const char* w : {"his", "their", "its", "my", "our", "your"}) {
    entry(w).SetOnly(kPRPS);
    entry(w).special = Special::kPossPron;
  }
  entry("her").SetOnly(kPRP, {kPRPS});
  entry("her").special = Special::kHer;
  for (const char* w : {"he", "she", "it", "they", "we", "i", "you"}) {
    entry(w).SetOnly(kPRP);
    entry(w).special = Special::kSubjPron;
  }
  for (const char* w : {"him", "them", "me", "us", "himself", "herself", "itself", "themselves",
                        "ourselves", "myself", "yourself"}) {
    entry(w).SetOnly(kPRP);
    entry(w).special = Special::kObjPron;
  }
  entry("whose").SetOnly(kWPS);
  for (const char* w : {"who", "whom", "what", "which"}) entry(w).special = Special::kWh;
  entry("which").SetOnly(kWDT);
  entry("that").special = Special::kThat;
  for (const char* w : {"'s", "\xE2\x80\x99" "s"}) {
    entry(w).special = Special::kApostropheS;
    entry(w).verb_lemma = "be";
  }
  for (const char* w : {"'", "\xE2\x80\x99"}) {
    entry(w).SetOnly(kPUNC, {kPOS});
    entry(w).special = Special::kApostrophe;
  }
  entry("there").special = Special::kThere;
  for (const char* w : {"up", "out", "off", "down", "away", "back", "over"}) {
    entry(w).special = Special::kParticle;
  }
  for (const char* w : {"do", "does", "did"}) entry(w).special = Special::kDo;
  for (const char* w : {"have", "has", "had", "'ve", "\xE2\x80\x99" "ve"}) {
    entry(w).special = Special::kHave;
    entry(w).verb_lemma = "have";
  }
  for (const char* w : {"be", "is", "are", "was", "were", "been", "being", "am", "'re",
                        "\xE2\x80\x99" "re", "'m", "\xE2\x80\x99" "m"}) {
    entry(w).special = Special::kBe;
    entry(w).verb_lemma = "be";
  }
  for (const char* w : {"'d", "\xE2\x80\x99" "d"}) entry(w).verb_lemma = "have";
  for (const char* w : {"according", "due", "next", "close", "closer", "similar", "compared",
                        "related", "prior", "thanks", "contrary", "addition", "regard",
                        "respect", "opposed", "subject", "relation"}) {
    entry(w).special = Special::kPrepBeforeTo;
  }
  entry("to").SetOnly(kTO);
  for (const char* w : {"after", "before", "because", "while", "since", "although", "though",
                        "if", "unless", "until", "whereas", "once", "as"}) {
    entry(w).subordinator = true;
  }
  entry("by").special = Special::kBy;
}

void PosTagger::Impl::InitSynthetic() {
  punct.SetOnly(kPUNC);
  number.SetOnly(kCD);
  ordinal.SetOnly(kJJ);
  proper.SetOnly(kNNP);
  proper_plural.SetOnly(kNNPS);
  unk_nn.SetOnly(kNN);
  unk_nn_vb.SetOnly(kNN, {kVB, kVBP});
  unk_nns.SetOnly(kNNS);
  unk_nns_vbz.SetOnly(kNNS, {kVBZ});
  unk_vbz.SetOnly(kVBZ, {kNNS});
  unk_vb.SetOnly(kVB, {kVBP, kNN});
  unk_vbg.SetOnly(kVBG, {kNN, kJJ});
  unk_vbn.SetOnly(kVBN, {kVBD, kJJ});
  unk_vbn.ends_ed = true;
  unk_jj.SetOnly(kJJ);
  unk_rb.SetOnly(kRB);
}

// Guesses an entry for an unknown lower-case word (rule I5).
const LexEntry* PosTagger::Impl::GuessLower(std::string_view lower, Work* w) const {
  w->unknown = true;
  const size_t hyphen = lower.rfind('-');
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < lower.size()) {
    const std::string_view last = lower.substr(hyphen + 1);
    const LexEntry* e = Find(last);
    if (e != nullptr) {
      switch (e->best()) {
        case kVBN: case kVBD: case kVBG: case kJJ: case kJJR: case kJJS: return &unk_jj;
        case kNNS: return &unk_nns;
        default: return &unk_nn;  // rule C13 may make it JJ
      }
    }
  }
  const Lemmatizer& lem = *lemmatizer;
  if (EndsWith(lower, "ing") && lower.size() > 5) return &unk_vbg;
  if (EndsWith(lower, "ed") && lower.size() > 4) return &unk_vbn;
  if (EndsWith(lower, "ly") && lower.size() > 4 && !lem.IsAdjective(lower)) return &unk_rb;
  const bool noun = lem.IsNoun(lower), verb = lem.IsVerb(lower), adj = lem.IsAdjective(lower);
  if (EndsWith(lower, "s") && !EndsWith(lower, "ss") && !EndsWith(lower, "us") &&
      !EndsWith(lower, "is") && !noun && !adj) {
    const bool plural = !lem.NounLemma(lower).empty();
    const bool third = !lem.VerbLemma(lower).empty();
    if (plural) return third ? &unk_nns_vbz : &unk_nns;
    if (third) return &unk_vbz;
    return &unk_nns;
  }
  if (verb && !noun) return &unk_vb;
  // An irregular past form WordNet lists ("overthrew", "unfroze", "overflown"): a verb.
  if (!noun && !adj) {
    const std::string_view vl = lem.VerbLemma(lower);
    if (!vl.empty() && vl != lower) return &unk_vbn;
  }
  if (noun) return verb ? &unk_nn_vb : &unk_nn;
  if (adj) return &unk_jj;
  static constexpr std::string_view kNounSuffixes[] = {
      "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "hood", "ance", "ence", "er",
      "or", "ee"};
  static constexpr std::string_view kAdjSuffixes[] = {
      "ous", "ful", "ive", "able", "ible", "al", "ic", "ish", "less", "ian", "ese", "ary"};
  static constexpr std::string_view kVerbSuffixes[] = {"ise", "ize", "ate", "ify"};
  for (std::string_view s : kNounSuffixes) {
    if (EndsWith(lower, s)) return &unk_nn;
  }
  for (std::string_view s : kAdjSuffixes) {
    if (EndsWith(lower, s)) return &unk_jj;
  }
  for (std::string_view s : kVerbSuffixes) {
    if (EndsWith(lower, s)) return &unk_vb;
  }
  return &unk_nn;
}

void PosTagger::Impl::Init(const Token& tok, Work* w) const {
  // w->initial is set by the caller.
  w->fixed = false;
  w->unknown = false;
  w->demonym = false;
  const std::string_view lower = tok.lower;
  const std::string_view text = tok.text.empty() ? lower : tok.text;
  if (lower.empty()) {
    w->e = &punct;
    w->tag = kPUNC;
    w->fixed = true;
    return;
  }
  // I2: numbers.
  if (IsAsciiDigit(text[0])) {
    bool letters = false;
    for (char c : lower) letters |= IsAsciiAlpha(c);
    const bool ordinal_like = letters && (lower.find('-') != std::string_view::npos ||
                                          EndsWith(lower, "st") || EndsWith(lower, "nd") ||
                                          EndsWith(lower, "rd") || EndsWith(lower, "th"));
    w->e = ordinal_like ? &ordinal : &number;
    w->tag = w->e->best();
    w->fixed = true;
    return;
  }
  const LexEntry* e = Find(lower);
  // I1: punctuation (the lexicon's "'" entry is kept: it may be a possessive).
  if (e == nullptr && IsPunctuation(text)) {
    w->e = &punct;
    w->tag = kPUNC;
    w->fixed = true;
    return;
  }
  const bool mid_caps = (tok.capitalized && !w->initial) || tok.all_caps;
  if (e != nullptr) {
    w->e = e;
    w->tag = e->best();
    if (e->best() == kPUNC) w->fixed = e->special == Special::kNone;
    // A lower-case token is not a proper noun even if the word mostly is ("army", "minister").
    if (!tok.capitalized && !tok.all_caps && (w->tag == kNNP || w->tag == kNNPS)) {
      for (int k = 1; k < e->n; ++k) {
        if (e->tags[k] != kNNP && e->tags[k] != kNNPS) {
          w->tag = e->tags[k];
          break;
        }
      }
    }
    // I4: capitalised words that are not closed-class.
    if (mid_caps && e->special == Special::kNone) {
      const Penn best = e->best();
      const float p_nnp = e->P(kNNP), p_nnps = e->P(kNNPS);
      if (best == kNNP || best == kNNPS) {
        w->fixed = true;
      } else if ((p_nnp + p_nnps) * 20 >= e->prob[0] || In(best, kCommonNounTags) ||
                 (tok.all_caps && !In(best, Bit(kDT) | Bit(kIN) | Bit(kCC) | Bit(kTO) |
                                                Bit(kMD) | Bit(kWDT) | Bit(kWP) | Bit(kWRB) |
                                                Bit(kPUNC)))) {
        w->tag = (p_nnps > p_nnp || (best == kNNS && p_nnp == 0)) ? kNNPS : kNNP;
        w->fixed = true;
      }
      w->demonym = w->fixed && !tok.all_caps && e->Can(kJJ);
    } else if (tok.all_caps && lower == "us") {  // "US": the country, not the pronoun
      w->tag = kNNP;
      w->fixed = true;
    }
    return;
  }
  // I5: unknown words.
  if (tok.capitalized || tok.all_caps) {
    bool proper_noun = true;
    if (w->initial && !tok.all_caps && !EndsWith(lower, "ans")) {
      // An inflected common word at the start of a sentence ("Militiamen", "Bombings").
      const std::string_view nl = lemmatizer->NounLemma(lower);
      const std::string_view vl = lemmatizer->VerbLemma(lower);
      proper_noun = !((!nl.empty() && nl != lower) || (!vl.empty() && vl != lower));
    }
    if (proper_noun) {
      w->unknown = true;
      w->e = EndsWith(lower, "ans") ? &proper_plural : &proper;
      w->tag = w->e->best();
      w->fixed = true;
      w->demonym = !tok.all_caps && (EndsWith(lower, "ish") || EndsWith(lower, "ese") ||
                                     EndsWith(lower, "ian") || EndsWith(lower, "ean") ||
                                     lemmatizer->IsAdjective(lower));
      return;
    }
  }
  // "al-Qaeda" is a name, "pro-Russian" an adjective: a capitalised part after a hyphen.
  const size_t hyphen = text.find('-');
  if (hyphen != std::string_view::npos && hyphen + 1 < text.size() &&
      text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", hyphen + 1) != std::string_view::npos) {
    static constexpr std::string_view kPrefixes[] = {
        "pro", "anti", "non", "ex", "post", "pre", "neo", "mid", "trans", "pan", "inter", "intra",
        "extra", "sub", "ultra", "semi", "multi", "counter", "cross"};
    bool prefix = false;
    for (std::string_view p : kPrefixes) prefix |= lower.substr(0, hyphen) == p;
    w->unknown = true;
    w->e = prefix ? &unk_jj : &proper;
    w->tag = w->e->best();
    w->fixed = !prefix;
    return;
  }
  w->e = GuessLower(lower, w);
  w->tag = w->e->best();
}

// For "that" followed by a noun: true if a subject noun phrase + finite verb follows ("a sign
// that talks would"). A bare singular noun needs a determiner, so "that deal is" is DT + NN.
bool PosTagger::Impl::ThatIsComplementizerClause(Work* w, size_t n, size_t i) const {
  size_t j = i + 1;
  while (j < n && In(w[j].tag, kAdjTags | Bit(kDT) | Bit(kCD))) ++j;
  while (j < n && In(w[j].tag, kNounTags)) ++j;
  if (j >= n || j == i + 1) return false;
  if (w[j - 1].tag == kNN && j == i + 2) return false;
  const LexEntry& e = *w[j].e;
  return In(w[j].tag, kFiniteTags) || e.special == Special::kBe || e.special == Special::kHave ||
         (e.CanFiniteVerb() && !In(w[j].tag, Bit(kIN) | Bit(kPUNC) | Bit(kCC) | Bit(kTO)));
}

// True if the clause containing token i already has a finite verb before the noun phrase that
// ends at i-1 (which is then an object and i a reduced relative), rule C12.
bool PosTagger::Impl::EarlierFiniteVerb(std::span<Token> tokens, Work* w, size_t i) const {
  size_t k = i;  // start of the noun phrase ending at i-1
  while (k > 0 && In(w[k - 1].tag, kNpTags)) --k;
  if (k == 0) return false;
  const Work& before = w[k - 1];
  if (before.e->saying || before.e->special == Special::kThat || before.e->subordinator ||
      In(before.tag, Bit(kWRB) | Bit(kCC))) {
    return false;  // a new clause: "after the delegation walked out"
  }
  for (size_t m = k; m-- > 0;) {
    if (w[m].tag == kPUNC && (tokens[m].lower == ";" || tokens[m].lower == ":" ||
                              tokens[m].lower == ",")) {
      return false;
    }
    if (In(w[m].tag, kFiniteTags)) {
      // "He said troops arrived": a saying verb right before the subject opens a new clause.
      return !(w[m].e->saying && m + 1 == k);
    }
  }
  return false;
}

// True if an unambiguous finite verb follows token i in the same clause ("soldiers killed in the
// attack were buried").
bool PosTagger::Impl::LaterFiniteVerb(std::span<Token> tokens, Work* w, size_t i) const {
  for (size_t j = i + 1; j < tokens.size(); ++j) {
    const Penn t = w[j].tag;
    if (t == kPUNC) {
      const std::string_view p = tokens[j].lower;
      if (p == "," || p == ";" || p == ":" || p == "." || p == "(" || p == ")") return false;
      continue;
    }
    if (In(t, Bit(kWDT) | Bit(kWP)) || w[j].e->special == Special::kThat) return false;
    if (t == kVBZ || t == kVBP || t == kMD) return true;
    if (t == kVBD && !w[j].e->CanVBN()) return true;
  }
  return false;
}

void PosTagger::Impl::Context(std::span<Token> tokens, Work* w, size_t i) const {
  const size_t n = tokens.size();
  Work& cur = w[i];
  const LexEntry& e = *cur.e;
  const Penn prev = i > 0 ? w[i - 1].tag : kNoTag;
  const Penn next = i + 1 < n ? w[i + 1].tag : kNoTag;
  const Special prev_special = i > 0 ? w[i - 1].e->special : Special::kNone;

  // The next token that is not a quote mark ("and that '' a certain number").
  size_t nq = i + 1;
  while (nq < n && IsQuote(tokens[nq].text)) ++nq;
  const Penn next_word = nq < n ? w[nq].tag : kNoTag;

  switch (e.special) {
    case Special::kHer:  // C1
      cur.tag = In(next, kNominalTags) ? kPRPS : kPRP;
      return;
    case Special::kThat: {  // C2
      if (In(prev, kVerbTags) || (i > 0 && w[i - 1].e->saying)) {
        cur.tag = kIN;
      } else if (In(next_word, kCommonNounTags | kAdjTags | Bit(kCD))) {
        cur.tag = ThatIsComplementizerClause(w, n, nq - 1) && i > 0 ? kIN : kDT;
      } else if (In(prev, kNounTags | Bit(kCD)) &&
                 (In(next_word, kVerbTags | Bit(kMD) | kAdverbTags) ||
                  (nq < n && w[nq].e->CanFiniteVerb() && next_word != kIN))) {
        cur.tag = kWDT;
      } else if (next_word == kPUNC || next_word == kNoTag ||
                 (i == 0 && In(next_word, kVerbTags | Bit(kMD)))) {
        cur.tag = kDT;
      } else {
        cur.tag = kIN;
      }
      return;
    }
    case Special::kApostropheS: {  // C3
      if (prev == kPRP || prev_special == Special::kSubjPron || prev_special == Special::kWh ||
          prev_special == Special::kThere || prev_special == Special::kThat ||
          In(prev, Bit(kEX) | Bit(kWP) | Bit(kWRB) | Bit(kDT))) {
        cur.tag = kVBZ;
      } else if (In(prev, kNounTags | Bit(kCD)) &&
                 In(next, Bit(kDT) | Bit(kPRP) | Bit(kPRPS) | kAdverbTags | Bit(kIN) | Bit(kTO) |
                              Bit(kVBN) | Bit(kVBG)) &&
                 // "Haftar's alleged statements", "Russia's growing influence": a participle
                 // before a noun is a modifier of the possessed noun.
                 !(In(next, Bit(kVBN) | Bit(kVBG)) && i + 2 < n &&
                   In(w[i + 2].tag, kCommonNounTags))) {
        cur.tag = kVBZ;
      } else {
        cur.tag = kPOS;
      }
      return;
    }
    case Special::kApostrophe: {  // C4
      const bool plural_s = i > 0 && In(prev, Bit(kNNS) | Bit(kNNPS)) &&
                            EndsWith(tokens[i - 1].lower, "s");
      cur.tag = plural_s && In(next, kNominalTags) ? kPOS : kPUNC;
      return;
    }
    case Special::kThere:  // C5
      cur.tag = (In(next, kFiniteTags | Bit(kVB)) ||
                 (i + 1 < n && (w[i + 1].e->special == Special::kBe ||
                                w[i + 1].e->special == Special::kHave)))
                    ? kEX
                    : kRB;
      return;
    case Special::kNone:
      // C14: "Kurdish militias", "German ambassador": a capitalised adjective before a
      // lower-case common word.
      if (cur.demonym && i + 1 < n && !tokens[i + 1].capitalized &&
          In(next, kCommonNounTags | kAdjTags)) {
        cur.tag = kJJ;
        return;
      }
      break;
    case Special::kParticle:  // C6
      if (tokens[i].lower == "up" && i + 2 < n && tokens[i + 1].lower == "to" && w[i + 2].tag == kCD) {
        cur.tag = kRB;  // "up to 4,000 troops": a quantity, not a particle
      } else if (prev == kVBN && In(next, kObjectStartTags)) {
        cur.tag = kIN;  // "rescued off the coast": a passive verb takes no object
      } else if (In(prev, kVerbTags) && e.Can(kRP)) {
        cur.tag = kRP;
      } else if (i >= 2 && prev_special == Special::kObjPron && In(w[i - 2].tag, kVerbTags) &&
                 e.Can(kRP)) {
        cur.tag = kRP;  // "blew himself up"
      } else if (cur.tag == kRP) {
        cur.tag = In(next, kObjectStartTags) ? kIN : kRB;
      }
      return;
    default:
      break;
  }
  if (cur.fixed || e.special == Special::kPossPron || e.special == Special::kSubjPron ||
      e.special == Special::kObjPron || cur.tag == kTO) {
    return;
  }

  // C15: "President Putin", "General Khalifa Haftar": a sentence-initial capitalised noun (or
  // adjective with a real NNP reading) before a proper noun.
  if (cur.initial && tokens[i].capitalized && e.Can(kNNP) && i + 1 < n &&
      tokens[i + 1].capitalized && w[i + 1].tag == kNNP &&
      (In(cur.tag, kCommonNounTags) || (cur.tag == kJJ && e.P(kNNP) * 20 >= e.prob[0]))) {
    cur.tag = kNNP;
    return;
  }

  // gov: the first token to the left that is not an adverb ("will not stop", "has also ordered").
  size_t g = i;
  for (int skipped = 0; g > 0 && skipped < 3; ++skipped) {
    if (!In(w[g - 1].tag, kAdverbTags)) break;
    --g;
  }
  const bool has_gov = g > 0;
  const Penn gov = has_gov ? w[g - 1].tag : kNoTag;
  const Special gov_special = has_gov ? w[g - 1].e->special : Special::kNone;
  const bool gov_is_verb = In(gov, kVerbTags);

  // C7: base verb after to / modal / do.
  constexpr uint64_t kClosedTags = Bit(kDT) | Bit(kPDT) | Bit(kIN) | Bit(kCC) | Bit(kPRP) |
                                   Bit(kPRPS) | Bit(kWDT) | Bit(kWP) | Bit(kWPS) | Bit(kWRB) |
                                   Bit(kMD) | Bit(kTO) | Bit(kCD) | Bit(kPOS) | Bit(kEX);
  if ((gov == kMD || (gov_special == Special::kDo && gov_is_verb) ||
       (gov == kTO && !In(cur.tag, kClosedTags)))) {
    // Verb readings below 1% are noise in the lexicon ("the" has VB).
    if (e.CanBase() && (cur.unknown || e.P(kVB) + e.P(kVBP) >= 0.01f)) {
      bool verb = true;
      if (gov == kTO) {
        const Work* before_to = g >= 2 ? &w[g - 2] : nullptr;
        const bool prep_to = before_to != nullptr &&
                             (before_to->e->special == Special::kPrepBeforeTo ||
                              before_to->e->directional);
        // "agreed to exchange", "ready to stage": after a verb or adjective, "to" is infinitival.
        const bool infinitival = before_to != nullptr && !prep_to &&
                                 In(before_to->tag, kVerbTags | kAdjTags) &&
                                 before_to->e->special != Special::kBe;
        const bool object_follows =
            In(next, Bit(kDT) | Bit(kPDT) | Bit(kPRPS) | Bit(kPRP) | Bit(kCD) | Bit(kNNP) |
                         kAdjTags | kAdverbTags | Bit(kRP) | Bit(kTO));
        const float p_verb = tokens[i].capitalized ? e.P(kVB) + e.P(kVBP)
                                                   : e.PCommon(kVB) + e.PCommon(kVBP);
        verb = !prep_to && (infinitival || p_verb >= 0.1f || object_follows || cur.unknown);
      }
      if (verb) {
        cur.tag = kVB;
        return;
      }
    }
  }
  // C7b: "help defend Saudi Arabia", "helped support the rights of": right after a form of the
  // verb "help", a word with a base-verb reading that is followed by the start of an object is the
  // bare infinitive help takes ("help refugees" stays a noun: it has no verb reading).
  if (g == i && gov_is_verb && w[g - 1].e->verb_lemma == "help" && e.CanBase() &&
      e.P(kVB) + e.P(kVBP) >= 0.01f &&
      In(next, Bit(kDT) | Bit(kPDT) | Bit(kPRPS) | Bit(kPRP) | Bit(kCD) | Bit(kNNP) | Bit(kNNPS) |
                   kAdjTags)) {
    cur.tag = kVB;
    return;
  }
  // C8: participle after have.
  if (gov_special == Special::kHave && gov_is_verb && e.CanVBN()) {
    cur.tag = kVBN;
    return;
  }
  // C9: passive after be.
  if ((gov_special == Special::kBe || (gov_special == Special::kApostropheS && gov == kVBZ)) &&
      gov_is_verb && e.CanVBN() && cur.tag != kVBG && !(cur.tag == kJJ && e.P(kJJ) > 0.5f)) {
    cur.tag = kVBN;
    return;
  }
  // C19: "Fighting between X and Y continued": a sentence-initial gerund before a preposition, with
  // a finite verb later in the same stretch (no comma between), is the subject noun. ("Speaking in
  // Jerusalem, Rabin said" stays a participle: its verb comes after a comma.)
  if (cur.initial && cur.tag == kVBG && next == kIN &&
      (e.CanNoun() || !lemmatizer->NounLemma(tokens[i].lower).empty())) {
    bool finite_after = false;
    for (size_t j = i + 2; j < n && !finite_after; ++j) {
      const std::string_view t = tokens[j].lower;
      if (t == "," || t == ";" || t == ":" || t == "." || In(w[j].tag, Bit(kWDT) | Bit(kWP))) break;
      finite_after = In(w[j].tag, Bit(kVBD) | Bit(kVBZ) | Bit(kVBP) | Bit(kMD));
    }
    if (finite_after) {
      cur.tag = kNN;
      return;
    }
  }
  // C10: noun after a determiner, possessive or adjective (or a preposition / number).
  const bool np_context = In(prev, Bit(kDT) | Bit(kPDT) | Bit(kPRPS) | Bit(kPOS) | kAdjTags);
  const bool weak_np_context = In(prev, Bit(kIN) | Bit(kCD));
  if (np_context || weak_np_context) {
    if (In(cur.tag, Bit(kVB) | Bit(kVBP) | Bit(kVBZ) | Bit(kMD))) {
      if (e.CanNoun()) {
        cur.tag = e.P(kNNS) > e.P(kNN) ? kNNS : kNN;
        if (cur.tag == kNN && !e.Can(kNN)) cur.tag = kNNS;
        return;
      }
      // WordNet knows a noun reading the lexicon lacks ("the suspect").
      const std::string_view nl =
          cur.unknown ? lemmatizer->NounLemma(tokens[i].lower) : e.noun_lemma;
      if (!nl.empty()) {
        cur.tag = nl != tokens[i].lower && EndsWith(tokens[i].lower, "s") ? kNNS : kNN;
        return;
      }
    }
    if (np_context && cur.tag == kVBD && e.CanVBN()) {
      cur.tag = kVBN;
      return;
    }
    // "a new offensive against": a noun phrase ends in a noun.
    if (np_context && cur.tag == kJJ && e.CanNoun() && !In(next, kNominalTags | Bit(kVBG)) &&
        !(i + 1 < n && (tokens[i + 1].capitalized || w[i + 1].e->CanNoun()))) {
      cur.tag = e.Can(kNN) ? kNN : kNNS;
      return;
    }
    if (np_context && cur.tag == kVBG && !In(next, kNounTags) &&
        (e.CanNoun() || cur.unknown || !lemmatizer->NounLemma(tokens[i].lower).empty())) {
      cur.tag = kNN;
      return;
    }
  }
  // C11: a noun-or-verb word after a subject.
  const bool pron_subject = prev_special == Special::kSubjPron && prev == kPRP;
  const bool noun_subject = In(prev, kNounTags) && i > 0 && w[i - 1].e->special == Special::kNone;
  if ((pron_subject || noun_subject) && In(cur.tag, kCommonNounTags | kAdjTags) &&
      e.CanFiniteVerb()) {
    const bool object_follows =
        In(next, Bit(kDT) | Bit(kPDT) | Bit(kPRPS) | Bit(kPRP) | Bit(kCD) | Bit(kNNP) |
                     Bit(kNNPS) | Bit(kTO));
    if (pron_subject || object_follows) {
      if (e.Can(kVBZ) && EndsWith(tokens[i].lower, "s")) {
        cur.tag = kVBZ;
      } else if (e.CanBase()) {
        cur.tag = kVBP;
      } else if (e.CanVBD()) {
        cur.tag = kVBD;
      }
      if (In(cur.tag, kVerbTags)) return;
    }
  }
  // C18: "gunmen shot dead": a plural noun is seldom a modifier, so a following noun that is
  // often a past tense is the verb.
  if (prev == kNNS && noun_subject && cur.tag == kNN && e.CanVBD() && e.P(kVBD) >= 0.2f &&
      !In(next, kVerbTags | Bit(kMD))) {
    cur.tag = kVBD;
    return;
  }
  // C16: "used tear gas": a base form right after a main verb and before a noun is a noun.
  if (In(prev, Bit(kVBD) | Bit(kVBZ) | Bit(kVBP)) && prev_special == Special::kNone &&
      In(cur.tag, Bit(kVB) | Bit(kVBP)) && e.CanNounLoose() && In(next, kCommonNounTags)) {
    cur.tag = kNN;
    return;
  }
  // C17: "Saudi Arabia cut ties": a base form with a past reading after a subject. After a
  // singular subject it cannot be present tense; after a plural one the likelier reading wins.
  if ((pron_subject || noun_subject) && In(cur.tag, Bit(kVB) | Bit(kVBP)) && e.Can(kVBD) &&
      e.special == Special::kNone && e.P(kVBD) >= 0.05f) {
    const std::string_view subj = tokens[i - 1].lower;
    const bool singular = In(prev, Bit(kNN) | Bit(kNNP)) || subj == "he" || subj == "she" ||
                          subj == "it";
    cur.tag = (singular || e.P(kVBD) > e.P(kVBP)) ? kVBD : kVBP;
    return;
  }
  // C12: past tense or past participle.
  if (In(cur.tag, Bit(kVBD) | Bit(kVBN)) && e.CanVBD() && e.CanVBN()) {
    if (i + 1 < n && w[i + 1].e->special == Special::kBy) {
      cur.tag = kVBN;
    } else if (e.saying && (next == kPUNC || next == kNoTag) && In(prev, kNounTags | Bit(kPRP))) {
      cur.tag = kVBD;  // ", police said."
    } else if (pron_subject || In(prev, Bit(kWDT) | Bit(kWP)) ||
               (prev == kPRP && prev_special != Special::kObjPron)) {
      cur.tag = kVBD;
    } else if (In(prev, kNounTags | Bit(kPRP))) {
      if (In(next, kObjectStartTags)) {
        cur.tag = kVBD;
      } else if (EarlierFiniteVerb(tokens, w, i) || LaterFiniteVerb(tokens, w, i)) {
        cur.tag = kVBN;
      } else {
        cur.tag = kVBD;
      }
    } else if (prev == kCC) {
      for (size_t m = i - 1; m-- > 0;) {
        if (In(w[m].tag, Bit(kVBD) | Bit(kVBN))) {
          cur.tag = w[m].tag;
          break;
        }
        if (In(w[m].tag, Bit(kVBZ) | Bit(kVBP) | Bit(kVB) | Bit(kMD))) break;
      }
    }
    return;
  }
  // C13: hyphenated unknown modifier.
  if (cur.unknown && cur.tag == kNN && tokens[i].lower.find('-') != std::string_view::npos &&
      In(next, kNounTags)) {
    cur.tag = kJJ;
  }
}

void PosTagger::Impl::Finish(Token& tok, const Work& w, Penn next_tag) const {
  const LexEntry& e = *w.e;
  Pos pos = ToPos(w.tag);
  if (w.tag == kWDT && !In(next_tag, kNominalTags)) pos = Pos::kWh;  // relative which/that
  tok.pos = pos;
  tok.lemma = tok.lower;
  switch (w.tag) {
    case kVB: case kVBD: case kVBG: case kVBN: case kVBP: case kVBZ: {
      std::string_view lemma = e.verb_lemma;
      if (w.unknown) lemma = lemmatizer->VerbLemma(tok.lower);
      if (e.special == Special::kApostropheS) lemma = "be";
      if (!lemma.empty()) tok.lemma = lemma;
      break;
    }
    case kNN: case kNNS: case kNNPS: {
      std::string_view lemma = w.unknown ? lemmatizer->NounLemma(tok.lower) : e.noun_lemma;
      if (!lemma.empty()) tok.lemma = lemma;
      break;
    }
    default:
      break;
  }
}

void PosTagger::Impl::Run(std::span<Token> tokens, Work* w, const char** penn) const {
  const size_t n = tokens.size();
  // A word counts as sentence-initial if the tokenizer says so, if only punctuation precedes it
  // ('"Police said'), or if it follows an opening quote or a colon.
  bool only_punct = true;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view prev = i > 0 ? tokens[i - 1].text : std::string_view();
    w[i].initial = tokens[i].sentence_initial || (i > 0 && only_punct) || prev == "\"" ||
                   prev == "``" || prev == "\xE2\x80\x9C" || prev == ":";
    Init(tokens[i], &w[i]);
    only_punct = only_punct && w[i].tag == kPUNC;
  }
  // A capitalised word inside a run of capitalised words is part of a name, even when the word
  // is mostly a verb ("Lt. Gen. Prosper Avril", "Said Jalili").
  for (size_t i = 0; i < n; ++i) {
    if (!tokens[i].capitalized || tokens[i].all_caps || w[i].initial || w[i].fixed) continue;
    const bool name_before = i > 0 && tokens[i - 1].capitalized && w[i - 1].tag != kPUNC;
    const bool name_after = i + 1 < n && tokens[i + 1].capitalized && !tokens[i + 1].all_caps;
    if ((name_before || name_after) &&
        In(w[i].tag, Bit(kVB) | Bit(kVBD) | Bit(kVBN) | Bit(kVBP) | Bit(kVBZ) | Bit(kVBG))) {
      w[i].tag = kNNP;
      w[i].fixed = true;
    }
  }
  for (size_t i = 0; i < n; ++i) Context(tokens, w, i);
  for (size_t i = 0; i < n; ++i) {
    Finish(tokens[i], w[i], i + 1 < n ? w[i + 1].tag : kNoTag);
    // 's before "been" is "has" ("it's been").
    if (w[i].e->special == Special::kApostropheS && w[i].tag == kVBZ && i + 1 < n &&
        tokens[i + 1].lower == "been") {
      tokens[i].lemma = "have";
    }
    if (penn != nullptr) penn[i] = kPennInfo[w[i].tag].name;
  }
}

PosTagger::PosTagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PosTagger::~PosTagger() = default;

Result<std::unique_ptr<PosTagger>> PosTagger::Load(const std::string& poslex_path,
                                                   const Lemmatizer* lemmatizer) {
  if (lemmatizer == nullptr) return Status::InvalidArgument("PosTagger::Load: null lemmatizer");
  std::string text;
  DRAGOMAN_RETURN_IF_ERROR(ReadWholeFile(poslex_path, &text));
  auto impl = std::make_unique<Impl>();
  impl->lemmatizer = lemmatizer;
  DRAGOMAN_RETURN_IF_ERROR(impl->Parse(poslex_path, text));
  impl->AddSpecials();
  impl->InitSynthetic();
  // Precompute lemmas and per-word flags.
  static constexpr std::string_view kSaying[] = {
      "say", "tell", "claim", "report", "announce", "state", "add", "insist", "warn", "believe",
      "think", "deny", "confirm", "allege", "argue", "declare", "assert", "acknowledge", "admit",
      "explain", "note", "suggest", "indicate", "know", "fear", "hope", "agree", "show"};
  static constexpr std::string_view kDirectional[] = {
      "go", "come", "return", "rise", "head", "travel", "send", "bring", "take", "move", "flee",
      "fly", "sentence", "lead", "turn", "fall", "drop", "climb", "march", "lose", "sell", "give",
      "talk", "speak", "deliver", "transfer", "deport", "extradite", "belong", "sail", "walk"};
  for (uint32_t id = 0; id < impl->words.size(); ++id) {
    LexEntry& e = impl->entries[id];
    const std::string_view word = impl->words.Key(id);
    e.ends_ed = EndsWith(word, "ed");
    if (e.verb_lemma.empty()) e.verb_lemma = lemmatizer->VerbLemma(word);
    e.noun_lemma = lemmatizer->NounLemma(word);
    // Rare words with no verb reading are often annotation noise ("abducted" is a singleton NN):
    // trust the morphology when WordNet knows the verb.
    if (e.rare && (e.mask & kVerbTags) == 0 && !e.verb_lemma.empty() && e.special == Special::kNone) {
      if (e.ends_ed) {
        e.SetOnly(kVBN, {kVBD, kJJ});
      } else if (EndsWith(word, "ing") && word.size() > 5) {
        e.SetOnly(kVBG, {kNN, kJJ});
      }
    }
    // And the reverse: a rare word the lexicon knows only as a verb that WordNet knows only as a
    // plural noun ("inspectors" is a singleton VBZ).
    if (e.rare && (e.mask & ~kVerbTags) == 0 && e.special == Special::kNone &&
        lemmatizer->VerbLemma(word).empty() && !e.noun_lemma.empty() && e.noun_lemma != word) {
      e.SetOnly(kNNS);
      e.verb_lemma = {};
    }
    if (!e.verb_lemma.empty() && (e.mask & kVerbTags) != 0) {
      for (std::string_view s : kSaying) {
        if (e.verb_lemma == s) e.saying = true;
      }
      for (std::string_view s : kDirectional) {
        if (e.verb_lemma == s) e.directional = true;
      }
    }
  }
  return std::unique_ptr<PosTagger>(new PosTagger(std::move(impl)));
}

void PosTagger::Tag(std::span<Token> tokens) const {
  if (tokens.empty()) return;
  if (tokens.size() <= kStackTokens) {
    Work w[kStackTokens];
    impl_->Run(tokens, w, nullptr);
  } else {
    std::vector<Work> w(tokens.size());
    impl_->Run(tokens, w.data(), nullptr);
  }
}

void PosTagger::TagPenn(std::span<Token> tokens, std::span<const char*> penn) const {
  if (tokens.empty()) return;
  std::vector<Work> w(tokens.size());
  std::vector<const char*> names(tokens.size());
  impl_->Run(tokens, w.data(), names.data());
  for (size_t i = 0; i < tokens.size() && i < penn.size(); ++i) penn[i] = names[i];
}

size_t PosTagger::lexicon_size() const { return impl_->words.size(); }

}  // namespace dragoman
