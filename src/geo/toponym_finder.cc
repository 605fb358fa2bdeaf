// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "geo/toponym_finder.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>

namespace dragoman {
namespace {

constexpr uint32_t kMaxNameTokens = 6;

// A fixed word list (these run for every capitalised token). Most words are in none of the lists:
// a word whose length, first or last byte no listed word has is rejected with three bit tests. The
// others are compared with the listed words of their length only, which sit in one buffer: no
// hashing, and one or two cache lines.
class WordList {
 public:
  WordList(std::initializer_list<std::string_view> words) {
    std::vector<std::string_view> sorted;
    for (std::string_view w : words) {
      if (w.empty() || w.size() >= 64) continue;
      sorted.push_back(w);
      lengths_ |= uint64_t{1} << w.size();
      Set(first_, static_cast<unsigned char>(w.front()));
      Set(last_, static_cast<unsigned char>(w.back()));
    }
    std::sort(sorted.begin(), sorted.end(), [](std::string_view a, std::string_view b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (std::string_view w : sorted) {
      if (count_[w.size()]++ == 0) start_[w.size()] = static_cast<uint32_t>(text_.size());
      text_.append(w);
    }
  }
  bool Has(std::string_view w) const {
    if (w.empty() || w.size() >= 64 || !(lengths_ >> w.size() & 1) ||
        !Test(first_, static_cast<unsigned char>(w.front())) || !Test(last_, static_cast<unsigned char>(w.back()))) {
      return false;
    }
    const char* p = text_.data() + start_[w.size()];
    for (uint32_t i = 0; i < count_[w.size()]; ++i, p += w.size()) {
      if (p[0] == w[0] && std::memcmp(p, w.data(), w.size()) == 0) return true;
    }
    return false;
  }

 private:
  static void Set(uint64_t* bits, unsigned char c) { bits[c >> 6] |= uint64_t{1} << (c & 63); }
  static bool Test(const uint64_t* bits, unsigned char c) { return bits[c >> 6] >> (c & 63) & 1; }
  std::string text_;              // the words, by length, then alphabetically, without separators
  uint32_t start_[64] = {};       // start_[len]: where the words of len bytes begin in text_
  uint32_t count_[64] = {};       // count_[len]: how many there are
  uint64_t lengths_ = 0;          // bit len: some word has len bytes
  uint64_t first_[4] = {0, 0, 0, 0};
  uint64_t last_[4] = {0, 0, 0, 0};
};

#define DRAGOMAN_WORD_LIST(name, ...)                              \
  bool name(std::string_view lower) {                             \
    static const WordList* list = new WordList({__VA_ARGS__});    \
    return list->Has(lower);                                      \
  }

DRAGOMAN_WORD_LIST(IsLocativePreposition, "in", "at", "near", "off", "outside", "inside", "across", "throughout", "around", "within",
                       "into", "nearby", "en")

// Lower-case words allowed inside a multi-word name.
DRAGOMAN_WORD_LIST(IsConnector, "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "el",
                       "al", "and", "on", "upon", "the", "y", "en", "am", "an", "der", "im", "sur", "-", "&")

// Nouns that stand between a demonym and a place name: "the Chechen capital Grozny".
DRAGOMAN_WORD_LIST(IsPlaceNoun, "capital", "city", "town", "village", "port", "province", "region", "state", "district",
                       "county", "area", "country", "island", "islands", "enclave", "border", "coastal", "southern",
                       "northern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
                       "southwestern", "holy", "seaside", "resort", "oil", "industrial", "strategic", "besieged",
                       "rebel-held", "commercial", "ancient", "neighbouring", "neighboring", "nearby")

// Words after a place name that keep it a place: "Dublin City Council", "Springfield Township".
DRAGOMAN_WORD_LIST(IsPlaceSuffix, "city", "county", "township", "parish", "borough", "village", "town", "river", "lake",
                       "valley", "state", "province", "region", "district", "metro", "area", "airport", "harbor",
                       "harbour", "bay", "island", "islands", "mountains", "hills", "heights")

// Words of institutions named after their place: "Dublin City Council", "Gainesville Police",
// "Paris High School", "Athens Police Department".
DRAGOMAN_WORD_LIST(IsInstitutionWord, "police", "city", "public", "high", "school", "schools", "department", "council", "library",
                       "university", "college", "hospital", "airport", "environmental", "convention", "fire",
                       "sheriff", "mayor", "board", "community", "regional", "metro", "metropolitan", "municipal",
                       "district", "court", "center", "centre", "daily", "club", "church", "chamber", "zoo",
                       "museum", "symphony", "ballet", "opera", "port", "harbor", "station", "government",
                       "administration", "authority", "housing", "water", "utilities", "transit", "parks",
                       "health", "memorial", "medical", "general", "international", "national", "federal",
                       "state", "area", "region", "perimeter", "township", "village", "town", "borough",
                       "middle", "elementary", "junior", "senior", "academy", "institute", "stadium", "arena",
                       "county", "parish", "avenue", "street", "road", "boulevard", "market", "mall", "times",
                       "post", "herald", "tribune", "journal", "gazette", "news", "press", "observer", "patrol",
                       "arts", "art", "riding", "development", "highway", "branch", "veterans", "singers",
                       "legislature", "free", "animal", "traders", "boys", "girls", "citizens", "emergency",
                       "association", "society", "league", "foundation", "chapter", "team", "rodeo", "fair",
                       "festival", "orchestra", "choir", "theatre", "theater", "library", "lions", "rotary",
                       "kiwanis", "ymca", "commission", "committee", "assembly", "legion", "guard", "education",
                       "elks", "christian", "catholic", "baptist", "methodist", "bus", "co.", "transit", "superior",
                       "lodge", "neighbors", "neighbours", "chamber", "rotary", "bank", "trust", "savings", "film")

// Verbs of speech: a one-word town name as their subject is a person ("Dyer said").
DRAGOMAN_WORD_LIST(IsSpeechLemma, "say", "tell", "add", "explain", "note", "recall", "testify", "write", "ask",
                       "describe", "admit", "insist", "plead", "hope", "laugh", "smile")

bool StartsUpper(const Token& t) {
  if (t.capitalized || t.all_caps) return true;
  return !t.text.empty() && static_cast<unsigned char>(t.text[0]) >= 0xC3;  // "Ürümqi", "Łódź"
}

// Words that end a feature name: "Main Street", "Neches River".
DRAGOMAN_WORD_LIST(IsFeatureSuffix, "street", "st.", "avenue", "ave.", "road", "rd.", "drive", "boulevard", "blvd.", "lane",
                       "parkway", "pkwy.", "highway", "hwy.", "trail", "turnpike", "expressway", "freeway",
                       "river", "creek", "valley", "mountain", "mountains", "canyon", "bay", "island", "islands",
                       "peninsula", "strait", "straits", "gulf", "sea", "ocean", "desert", "plateau", "basin",
                       "lake", "square", "plaza", "pike", "township", "twp", "twp.")

// Words that start one: "Lake Erie", "Mount Kenya", "Highway 19", "Route 66", "Interstate 95".
DRAGOMAN_WORD_LIST(IsFeaturePrefix, "lake", "mount", "mt.", "highway", "route", "interstate")

// One past the last token of a feature name starting at token i, or 0.
uint32_t FeaturePhraseEnd(std::span<const Token> toks, uint32_t i, const std::vector<uint8_t>& person) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto cap = [&](uint32_t k) {
    return k < n && !person[k] && (toks[k].capitalized || toks[k].all_caps) && toks[k].pos != Pos::kPunct;
  };
  if (!cap(i)) return 0;
  // "County Road 43", "State Highway 360", "Illinois Route 159": a numbered road with its jurisdiction.
  if (i + 2 < n && cap(i + 1) && toks[i + 2].pos == Pos::kNumber &&
      (toks[i + 1].lower == "highway" || toks[i + 1].lower == "route" ||
       (toks[i + 1].lower == "road" && (toks[i].lower == "county" || toks[i].lower == "state")))) {
    return i + 3;
  }
  if (toks[i].lower == "county" || toks[i].lower == "state" || toks[i].lower == "city") return 0;
  if (IsFeaturePrefix(toks[i].lower) && i + 1 < n) {
    if (toks[i + 1].pos == Pos::kNumber) return i + 2;
    if (toks[i].lower != "lake" && toks[i].lower != "mount" && toks[i].lower != "mt.") return 0;
    uint32_t k = i + 1;
    while (k < n && k < i + 4 && cap(k) && !IsFeatureSuffix(toks[k].lower)) ++k;
    if (k > i + 1) return k;
  }
  // Up to three capitalised words (or a number after the first) and a capitalised feature word.
  for (uint32_t k = i + 1; k < n && k <= i + 3; ++k) {
    if (cap(k) && IsFeatureSuffix(toks[k].lower)) return k + 1;
    if (!cap(k) && toks[k].pos != Pos::kNumber) break;
  }
  return 0;
}

DRAGOMAN_WORD_LIST(IsLanguage, "english", "french", "spanish", "german", "italian", "portuguese", "russian", "arabic",
                       "chinese", "japanese", "korean", "dutch", "greek", "turkish", "polish", "hebrew", "persian",
                       "swedish", "norwegian", "danish", "finnish", "hungarian", "czech", "romanian", "ukrainian",
                       "vietnamese", "thai", "hindi", "urdu", "bengali", "swahili", "somali", "serbian", "croatian")

// Words after a language name that show it is the language or the culture, not the country: "English
// language learners", "French immersion", "Italian food", "Irish songs".
DRAGOMAN_WORD_LIST(IsLanguageContext, "language", "languages", "learners", "speakers", "speaking", "speaker", "students",
                       "student", "class", "classes", "teacher", "teachers", "immersion", "lessons", "course",
                       "courses", "translation", "subtitles", "version", "songs", "song", "music", "food",
                       "cuisine", "restaurant", "dishes", "heritage", "literature", "grammar", "dictionary")

DRAGOMAN_WORD_LIST(IsDirectionOrUnit, "north", "south", "east", "west", "northeast", "northwest", "southeast",
                       "southwest", "miles", "mile", "kilometers", "kilometres", "km", "outside", "suburbs")

// "the village of Achguara": a settlement the gazetteer lacks is still a place name.
DRAGOMAN_WORD_LIST(IsSettlementNoun, "village", "villages", "town", "towns", "hamlet", "city", "municipality",
                       "township", "settlement", "district", "province", "region")

DRAGOMAN_WORD_LIST(IsPlacePrefix, "metro", "greater", "downtown", "uptown", "midtown", "north", "south", "east", "west",
                       "northern", "southern", "eastern", "western", "central", "upper", "lower", "inner", "outer",
                       "old", "new", "historic", "suburban", "rural", "coastal")

// "E." of "Irvin E. Rhodes".
bool IsInitial(const Token& t) {
  return t.text.size() == 2 && t.text[1] == '.' && t.text[0] >= 'A' && t.text[0] <= 'Z';
}

// "E." of "1200 E. Broad St.": a compass point abbreviated before a street name.
bool IsCompassInitial(const Token& t) {
  return IsInitial(t) && (t.text[0] == 'N' || t.text[0] == 'S' || t.text[0] == 'E' || t.text[0] == 'W');
}

// A headline written in title case ("Freemason Bogdanov Joins Sochi Mayor Race"): most words of four
// letters or more are capitalised, so a capital says nothing about a proper noun there.
bool IsTitleCase(std::span<const Token> toks) {
  int words = 0, caps = 0;
  for (const Token& t : toks) {
    if (t.text.size() < 4 || t.pos == Pos::kPunct || t.pos == Pos::kNumber) continue;
    ++words;
    if (t.capitalized || t.all_caps) ++caps;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

// "D-N.D.", "D-Story City": a legislator's party and home state or town. The tokenizer splits
// "D-N.D." into "D-N", ".", "D.": the name is the text after "D-" glued to the tokens that follow
// without a space, possibly followed by one more capitalised word ("D-Story City").
// Returns one past the name's last token (0 when there is none) and fills `ref`.
uint32_t PartyStateEnd(const Gazetteer& gaz, std::span<const Token> toks, uint32_t i, Gazetteer::NameRef* ref) {
  const std::string_view t = toks[i].text;
  if (t.size() < 3 || t[1] != '-' || (t[0] != 'D' && t[0] != 'R' && t[0] != 'I') || t[2] < 'A' || t[2] > 'Z') return 0;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::string glued(t.substr(2));
  uint32_t k = i + 1;
  while (k < n && toks[k].begin == toks[k - 1].end && toks[k].text != "," && toks[k].text != ")" &&
         toks[k].text != ";") {
    glued.append(toks[k].text);
    ++k;
  }
  std::string key;
  if (k < n && StartsUpper(toks[k]) && toks[k].begin == toks[k - 1].end + 1) {
    AppendNameKey(glued, &key);
    if (AppendNameKey(toks[k].text, &key) && gaz.Find(key, ref) && !ref->postings.empty()) return k + 1;
  }
  key.clear();
  if (!AppendNameKey(glued, &key) || !gaz.Find(key, ref) || ref->postings.empty()) return 0;
  // The sentence's final dot belongs to an abbreviation ("D-Pa."), not to a name ("D-McDowell.").
  if (toks[k - 1].text == "." && k - 1 > i && !(ref->flags & kNameAbbrev)) --k;
  return k;
}

DRAGOMAN_WORD_LIST(IsPersonTitle, "mr.", "mrs.", "ms.", "dr.", "rev.", "sgt.", "gov.", "sen.", "rep.", "lt.", "capt.",
                       "det.", "cpl.", "pvt.", "gen.", "col.", "maj.", "officer", "deputy", "judge", "coach",
                       "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "mayor", "councilman", "councilwoman",
                       "commissioner", "trooper", "sheriff", "pastor", "father", "sister", "brother")

// Relatives, before the name of one: "his son Bryan", "their first child, Hailey".
DRAGOMAN_WORD_LIST(IsKinNoun, "son", "sons", "daughter", "daughters", "child", "children", "wife", "husband", "grandson",
                       "granddaughter", "grandchildren", "nephew", "niece", "stepson", "stepdaughter", "boyfriend",
                       "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "twin", "twins", "baby", "brother",
                       "sister", "mother", "father")

bool IsWordToken(const Token& t) {
  return !t.text.empty() && t.pos != Pos::kPunct;
}

}  // namespace

void FindToponyms(const Gazetteer& gaz, const Lexicon* lexicon, std::span<const Token> toks,
                  const std::vector<NameHit>& hits, std::vector<Toponym>* out,
                  std::unordered_set<std::string>* person_words, bool after_initial,
                  std::unordered_set<std::string>* surnames, bool headline) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  const size_t first = out->size();
  // Tokens inside a person's name the lexicon knows: never the start of a place.
  // Scratch reused across calls on this thread (this runs for every sentence).
  thread_local std::vector<uint8_t> person;
  thread_local std::vector<Toponym> kept;
  thread_local std::vector<uint8_t> drop;
  thread_local std::vector<int> renum;
  thread_local std::string key;
  person.assign(n, 0);
  const bool title_case = headline && IsTitleCase(toks);
  if (lexicon != nullptr) {
    for (const NameHit& h : hits) {
      if (h.kind != NameKind::kActor || h.index >= lexicon->actors().size()) continue;
      const std::string& type = lexicon->actors()[h.index].type;
      if (type == "person") {
        for (uint32_t k = h.begin; k < h.end && k < n; ++k) {
          person[k] = 1;
          std::string w;
          if (person_words != nullptr && toks[k].capitalized && AppendNameKey(toks[k].text, &w)) {
            person_words->insert(w);
            if (surnames != nullptr && k + 1 == h.end && k > h.begin) surnames->insert(w);
          }
        }
      }
    }
  }
  for (uint32_t i = 0; i < n;) {
    const Token& t = toks[i];
    // Names start with proper nouns, adjectives (demonyms) or nouns; a capitalised "The", "In" or
    // "He" at the start of a sentence is not looked up.
    const bool nominal = t.pos == Pos::kProperNoun || t.pos == Pos::kAdjective || t.pos == Pos::kNoun ||
                         t.pos == Pos::kUnknown || t.all_caps;
    if (!StartsUpper(t) || person[i] || !IsWordToken(t) || !nominal) {
      ++i;
      continue;
    }
    key.clear();
    uint32_t best_end = 0, shorter_end = 0;
    Gazetteer::NameRef best, shorter;
    for (uint32_t j = i; j < n && j < i + kMaxNameTokens; ++j) {
      const Token& tj = toks[j];
      if (j > i) {
        if (!IsWordToken(tj) && tj.text != "-") break;
        if (!StartsUpper(tj) && !IsConnector(tj.lower)) break;
        if (person[j]) break;
      }
      if (!AppendNameKey(tj.text, &key)) break;
      Gazetteer::NameRef ref;
      if (!gaz.Find(key, &ref)) break;  // no name is or starts with this
      if (StartsUpper(tj) && !ref.postings.empty()) {
        shorter_end = best_end;
        shorter = best;
        best_end = j + 1;
        best = ref;
      }
      if (!(ref.flags & kNamePrefix)) break;
    }
    // "Dublin City Council", "Paris City Hall": the city, not a place called "Dublin City".
    if (shorter_end > 0 && best_end < n && toks[best_end - 1].lower == "city" && StartsUpper(toks[best_end]) &&
        IsInstitutionWord(toks[best_end].lower)) {
      best_end = shorter_end;
      best = shorter;
    }
    // "Platte Co. tops 32K": a county written short, when the gazetteer has "Platte County" ("Dow
    // Chemical Co." names no county) and no comma, possessive or name follows, as after a firm's
    // ("Crane Co., of Chicago").
    bool county_abbrev = false;
    if (best_end > 0 && best_end + 1 < n && toks[best_end].lower == "co." && StartsUpper(toks[best_end]) &&
        toks[best_end + 1].text != "," && toks[best_end + 1].pos != Pos::kPossessive && !StartsUpper(toks[best_end + 1])) {
      std::string ck;
      for (uint32_t k = i; k < best_end; ++k) AppendNameKey(toks[k].text, &ck);
      Gazetteer::NameRef county;
      if (AppendNameKey("county", &ck) && gaz.Find(ck, &county) && !county.postings.empty()) {
        best = county;
        ++best_end;
        county_abbrev = true;
      }
    }
    // "Main Street", "Neches River", "Kanawha Valley", "Lake Erie", "Highway 19": a named feature the
    // gazetteer has no entry for; recognised (it is a place name) but not resolved.
    if (uint32_t feat_end = FeaturePhraseEnd(toks, i, person);
        feat_end > best_end && !(best_end > i + 1 && IsFeaturePrefix(t.lower) && !IsFeatureSuffix(toks[feat_end - 1].lower)) &&
        !(feat_end < n && StartsUpper(toks[feat_end]) && IsInstitutionWord(toks[feat_end].lower))) {
      Toponym top;
      top.begin = i;
      top.end = feat_end;
      top.feature = true;
      // "1200 E. Broad St.": the compass point belongs to the street's name.
      if (i > 0 && IsCompassInitial(toks[i - 1]) && (out->size() == first || out->back().end < i)) top.begin = i - 1;
      // "Madison Twp." whose dot the tokenizer split off.
      if (toks[feat_end - 1].lower == "twp" && feat_end < n && toks[feat_end].text == "." &&
          toks[feat_end].begin == toks[feat_end - 1].end) {
        top.byte_begin = toks[top.begin].begin;
        top.byte_end = toks[feat_end].end;
      }
      out->push_back(top);
      i = feat_end;
      continue;
    }
    if (best_end == 0 && i >= 2 && toks[i - 1].lower == "of" && IsSettlementNoun(toks[i - 2].lower) &&
        (t.pos == Pos::kProperNoun || t.pos == Pos::kUnknown) && !t.all_caps && t.text.find('-') == std::string_view::npos) {
      Toponym top;
      top.begin = i;
      top.end = i + 1;
      top.feature = true;  // recognised, not resolved
      out->push_back(top);
      ++i;
      continue;
    }
    if (best_end == 0) {
      // "Rep. Earl Pomeroy, D-N.D.": the legislator's state (never an event's place, like a qualifier).
      Gazetteer::NameRef party_ref;
      if (const uint32_t pe = PartyStateEnd(gaz, toks, i, &party_ref); pe > 0) {
        Toponym top;
        top.begin = i;
        top.end = pe;
        top.byte_begin = t.begin + 2;
        top.byte_end = toks[pe - 1].end;
        top.name = party_ref;
        top.is_qualifier = true;
        top.adjective = true;
        for (uint32_t p : party_ref.postings) top.adjective = top.adjective && (p & kPostingAdjective) != 0;
        out->push_back(top);
        i = pe;
        continue;
      }
      // "Egypt-US", "Logan-Rogersville": the parts of a hyphenated word.
      if (t.text.find('-') != std::string_view::npos) {
        size_t b = 0;
        while (b < t.text.size()) {
          size_t e = t.text.find('-', b);
          if (e == std::string_view::npos) e = t.text.size();
          const std::string_view part = t.text.substr(b, e - b);
          std::string pk;
          Gazetteer::NameRef ref;
          if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z' && AppendNameKey(part, &pk) && gaz.Find(pk, &ref) &&
              !ref.postings.empty()) {
            Toponym top;
            top.begin = i;
            top.end = i + 1;
            top.byte_begin = t.begin + static_cast<uint32_t>(b);
            top.byte_end = t.begin + static_cast<uint32_t>(e);
            top.name = ref;
            top.adjective = (ref.flags & kNameAllAdjectives) != 0;
            out->push_back(top);
          }
          b = e + 1;
        }
      }
      ++i;
      continue;
    }
    // "W.Va. 61", "KY 52": a state's numbered road (not "U.S. 79": a country's abbreviation is no
    // state's).
    // (The tokenizer may split "W.Va" + "." + "61".)
    const uint32_t number = best_end + 1 < n && toks[best_end].text == "." && toks[best_end].begin == toks[best_end - 1].end
                                ? best_end + 1 : best_end;
    if ((best.flags & kNameAbbrev) && number < n && toks[number].pos == Pos::kNumber &&
        toks[number].begin > toks[number - 1].end) {
      bool state = !best.postings.empty();
      for (uint32_t p : best.postings) state = state && static_cast<PlaceKind>(gaz.place(p & kPostingPlaceMask).kind) == PlaceKind::kAdmin1;
      if (state) {
        Toponym top;
        top.begin = i;
        top.end = number + 1;
        top.feature = true;
        out->push_back(top);
        i = number + 1;
        continue;
      }
    }
    Toponym top;
    top.begin = i;
    top.end = best_end;
    top.name = best;
    top.adjective = (best.flags & kNameAllAdjectives) != 0;
    // "W.Va." whose final dot the tokenizer gave to the sentence.
    const Token& last = toks[best_end - 1];
    // (Not when the name has its own final dot: "to D.C.." ends with the sentence's.)
    if (!county_abbrev && best_end < n && toks[best_end].text == "." && toks[best_end].begin == last.end &&
        last.text.back() != '.' && (last.text.find('.') != std::string_view::npos || (best.flags & kNameAbbrev))) {
      top.byte_begin = toks[i].begin;
      top.byte_end = toks[best_end].end;
    }
    out->push_back(top);
    i = best_end;
  }

  // Context and filters, now that every name of the sentence is known.
  kept.assign(out->begin() + static_cast<std::ptrdiff_t>(first), out->end());
  out->resize(first);
  drop.assign(kept.size(), 0);
  for (size_t k = 0; k < kept.size(); ++k) {
    Toponym& a = kept[k];
    // "Springfield, Ill.": the next name, after a comma, is a state or country. (A feature has no
    // candidates to constrain: "Memphis St., Alexandria" says nothing about Alexandria.)
    // (Not a legislator's state: "Rep. Earl Pomeroy, D-N.D.", already marked.)
    if (!a.feature && k + 1 < kept.size() && a.end + 1 == kept[k + 1].begin && toks[a.end].text == "," &&
        !kept[k + 1].is_qualifier) {
      const Toponym& b = kept[k + 1];
      const bool division = (b.name.flags & kNameHasDivision) != 0;
      if (division && !b.adjective) {
        a.qualifier = static_cast<int>(k + 1);
        kept[k + 1].is_qualifier = true;
      }
    }
  }
  for (size_t k = 0; k < kept.size(); ++k) {
    Toponym& a = kept[k];
    const Token& t0 = toks[a.begin];
    const bool initial = a.begin == 0 || t0.sentence_initial ||
                         (a.begin > 0 && (toks[a.begin - 1].text == "\"" || toks[a.begin - 1].text == ":"));
    // Locative: walk back over a determiner, adjectives, demonyms and place nouns.
    int j = static_cast<int>(a.begin) - 1;
    int steps = 0;
    while (j >= 0 && steps < 5) {
      const Token& tj = toks[j];
      const bool demonym = k > 0 && kept[k - 1].end == static_cast<uint32_t>(j + 1) && kept[k - 1].adjective;
      if (tj.pos == Pos::kDeterminer || tj.pos == Pos::kAdjective || IsPlaceNoun(tj.lower) || demonym ||
          tj.pos == Pos::kNumber) {
        if (demonym) {
          a.modifier = static_cast<int>(k - 1);
          j = static_cast<int>(kept[k - 1].begin) - 1;
        } else {
          --j;
        }
        ++steps;
        continue;
      }
      break;
    }
    if (a.modifier < 0 && a.begin > 0 && k > 0 && kept[k - 1].adjective && kept[k - 1].end + 1 == a.begin &&
        IsPlaceNoun(toks[a.begin - 1].lower)) {
      a.modifier = static_cast<int>(k - 1);
    }
    if (j >= 0 && IsLocativePreposition(toks[j].lower)) a.locative = true;
    // "in Moscow or (in) Grozny", "in Moscow, Grozny and Kazan".
    if (!a.locative && k > 0 && kept[k - 1].locative && !kept[k - 1].adjective && j >= 0 &&
        static_cast<uint32_t>(j) + 1 >= kept[k - 1].end && static_cast<uint32_t>(j) <= kept[k - 1].end + 1 &&
        (toks[j].lower == "and" || toks[j].lower == "or" || toks[j].text == ",")) {
      a.locative = true;
    }
    // A one-word name next to another proper noun is part of a person's or organisation's name:
    // "George Washington", "Mr. Jones", "Mount Kenya", "Paris Hilton", "Michael Jones".
    if (a.feature) continue;
    const bool whole = a.byte_end == 0;
    if (a.end - a.begin == 1 && whole && !a.is_qualifier && a.qualifier < 0 && !a.adjective) {
      bool name_part = false;
      // "Environment Canada", "Air France": an organisation named after its country still names it.
      const bool country = (a.name.flags & kNameHasCountry) != 0;
      // "Irvin E. | Rhodes": the sentence splitter broke a name after its middle initial.
      if (a.begin == 0 && after_initial && !country) name_part = true;
      if (a.begin > 0) {
        const Token& p = toks[a.begin - 1];
        // (A given name in the stop list, "Roy", is no place before "Jones".)
        const bool prev_place = k > 0 && kept[k - 1].end == a.begin && !(kept[k - 1].name.flags & kNameOrdinary);
        const bool initial = p.text.size() == 2 && p.text[1] == '.' && p.text[0] >= 'A' && p.text[0] <= 'Z';
        const bool acronym = p.all_caps && p.text.size() <= 5 && !initial && a.begin > 1;
        // Nor after a word that qualifies places or names institutions ("Metro Nashville", "West
        // Wichita", "First Baptist Church Maryville", "Team Alberta").
        // (In a title-case headline every word is capitalised: "Joins Sochi Mayor Race".)
        if (!prev_place && (p.pos == Pos::kProperNoun || initial) && StartsUpper(p) && !IsPlaceNoun(p.lower) &&
            (!title_case || initial || IsPersonTitle(p.lower)) &&
            !country && !acronym && !IsPlacePrefix(p.lower) && !IsInstitutionWord(p.lower)) {
          name_part = true;
        }
      }
      // Countries and states are seldom first names ("Texas Department", "Ohio State"); towns are.
      const bool division = (a.name.flags & kNameHasMajorDivision) != 0;
      if (a.end < n && !division) {
        const Token& q = toks[a.end];
        const bool next_place = k + 1 < kept.size() && kept[k + 1].begin == a.end &&
                                !(kept[k + 1].name.flags & (kNameHardStop | kNameOrdinary));
        if (!next_place && !title_case && q.pos == Pos::kProperNoun && StartsUpper(q) && !IsPlaceNoun(q.lower) &&
            !IsPlaceSuffix(q.lower) && !IsInstitutionWord(q.lower)) {
          name_part = true;
          std::string w;
          if (person_words != nullptr && AppendNameKey(q.text, &w)) person_words->insert(w);
        }
      }
      // A one-word town name followed by another one-word name that is not a country ("Roy Jones",
      // "Elizabeth Fairfield", "George Washington") is a person's name, not two places; when the
      // first is an institution word that is a town too ("Rodeo Gainesville": Rodeo, California),
      // the second is the place.
      constexpr uint16_t kStopFlags = kNameHardStop | kNameOrdinary | kNameAbbrev;
      if (k > 0 && kept[k - 1].end == a.begin && kept[k - 1].end - kept[k - 1].begin == 1 && !kept[k - 1].feature &&
          kept[k - 1].byte_end == 0 && !kept[k - 1].adjective && !country && kept[k - 1].qualifier < 0 &&
          !IsPlacePrefix(toks[kept[k - 1].begin].lower) &&
          !(a.name.flags & kStopFlags) && !(kept[k - 1].name.flags & (kNameHardStop | kNameAbbrev))) {
        if (!(kept[k - 1].name.flags & kNameHasMajorDivision)) {
          drop[k - 1] = 1;
          name_part = name_part || !IsInstitutionWord(toks[kept[k - 1].begin].lower);
        }
      }
      // "Stevens & Wilkinson", "Callison Tighe & Robinson": a firm's name.
      if ((a.begin > 1 && toks[a.begin - 1].text == "&" && StartsUpper(toks[a.begin - 2])) ||
          (a.end + 1 < n && toks[a.end].text == "&" && StartsUpper(toks[a.end + 1]))) {
        name_part = !country && !division;
      }
      // "Dyer said", "Moore pleaded guilty": a town that speaks is a person; so is every other
      // mention of that word in the article (ArticlePlaces drops them).
      bool speaker = false;
      // (A seat's own name, not an alternate: "Robertson" is also Robertsport, Liberia.)
      const bool capital = (a.name.flags & kNameHasCapitalOrSeat) != 0;
      // Not "Moscow said", nor "a spokesman for the city of Sevierville said".
      const bool after_preposition = a.begin > 0 && (toks[a.begin - 1].pos == Pos::kPreposition ||
                                                     toks[a.begin - 1].pos == Pos::kTo);
      if (!division && !country && !capital && !a.locative && !after_preposition && a.end < n) {
        uint32_t v = a.end;
        if (v + 1 < n && (toks[v].pos == Pos::kAdverb || toks[v].pos == Pos::kModal)) ++v;
        speaker = toks[v].pos != Pos::kPunct && IsSpeechLemma(toks[v].lemma) &&
                  (toks[v].pos == Pos::kVerb || toks[v].pos == Pos::kVerbPast || toks[v].pos == Pos::kNoun);
      }
      std::string word;
      AppendNameKey(t0.text, &word);
      // Strong evidence of a surname, which ArticlePlaces applies to the whole article: a speaker, a
      // name after a middle initial ("Irvin E. Rhodes") or a title ("Mr. Jones", "Sgt. Morgan").
      // Or a relative's name: "his son Bryan", "their first child, Hailey, ...".
      const bool kin = !division && !country && !capital && !a.locative && a.begin > 0 &&
                       (IsKinNoun(toks[a.begin - 1].lower) ||
                        (a.begin > 1 && toks[a.begin - 1].text == "," && IsKinNoun(toks[a.begin - 2].lower)));
      if (kin) name_part = true;
      const bool surname = speaker || kin ||
                           (name_part && ((a.begin == 0 && after_initial) ||
                                          (a.begin > 0 && (IsInitial(toks[a.begin - 1]) ||
                                                           IsPersonTitle(toks[a.begin - 1].lower)))));
      if (surname && surnames != nullptr) surnames->insert(word);
      if (speaker) {
        drop[k] = 1;
        if (person_words != nullptr) person_words->insert(word);
      } else if (name_part) {
        drop[k] = 1;
        if (person_words != nullptr && ((a.begin == 0 && after_initial) || (a.begin > 0 && toks[a.begin - 1].capitalized &&
            (toks[a.begin - 1].pos == Pos::kProperNoun || toks[a.begin - 1].text.size() == 2)))) {
          person_words->insert(word);
        }
      } else if (person_words != nullptr && person_words->count(word)) {
        drop[k] = 1;
      }
    }
    // A language, not a place: "spoke only French", "math and English" (a demonym used as a noun),
    // "English language learners", "French immersion", "Italian food" (before a word of language or
    // culture). Also when a small town has the name too (English, Indiana).
    // (A language's best posting is its country's demonym: test that before the word list.)
    if (a.end - a.begin == 1 && !a.name.postings.empty() && (a.name.postings[0] & kPostingAdjective) &&
        IsLanguage(t0.lower)) {
      bool demonym = false;
      for (uint32_t p : a.name.postings) demonym = demonym || (p & kPostingAdjective) != 0;
      const bool noun_use = a.end < n && toks[a.end].pos != Pos::kNoun && toks[a.end].pos != Pos::kProperNoun &&
                            toks[a.end].pos != Pos::kAdjective && !StartsUpper(toks[a.end]);
      if ((a.adjective && (a.end >= n || noun_use)) ||
          (demonym && a.end < n && (noun_use || IsLanguageContext(toks[a.end].lower)))) {
        drop[k] = 1;
      }
    }
    const uint16_t f = a.name.flags;
    const bool qualified = a.qualifier >= 0;
    // Abbreviations: dotted ones ("Kan.", "W.Va.", also "Ga" + "." as the tokenizer may split it)
    // anywhere but at the start of a sentence, unless a lower-case word follows there, as in a
    // headline ("Fla. economist casts doubt"); postal codes ("KS") only after "Place, ".
    if ((f & kNameAbbrev) && !a.is_qualifier) {
      const bool split_dot = a.byte_end > toks[a.end - 1].end && !t0.all_caps;
      const bool dotted = t0.text.find('.') != std::string_view::npos || split_dot;
      const uint32_t after = split_dot ? a.end + 1 : a.end;
      const bool lower_next = after < n && IsWordToken(toks[after]) && !StartsUpper(toks[after]) &&
                              toks[after].pos != Pos::kNumber;
      // A split one before a name is a title: "former Del. Brian J. Moran" (a delegate), also when
      // the sentence splitter ended the sentence there.
      const bool before_name = split_dot && !a.locative &&
                               (after >= n || (StartsUpper(toks[after]) && toks[after].pos == Pos::kProperNoun));
      if (!dotted || before_name || ((a.begin == 0 || t0.sentence_initial) && !lower_next)) drop[k] = 1;
    }
    // "St. John's Health System", "St. Michael's Catholic School": named after the saint, not the town
    // (unless qualified: "St. John's, N.L.").
    // The saint is a given name the gazetteer flags as a word ("John", "Mary"); "St. Petersburg's" stays.
    if (!qualified && a.end - a.begin == 2 && a.end < n && (t0.lower == "st." || t0.lower == "saint") &&
        (toks[a.end].text == "'s" || toks[a.end].text == "\u2019s")) {
      std::string saint;
      Gazetteer::NameRef given;
      if (AppendNameKey(toks[a.begin + 1].text, &saint) && gaz.Find(saint, &given) &&
          (given.flags & (kNameOrdinary | kNameHardStop))) {
        drop[k] = 1;
      }
    }
    if ((f & kNameHardStop) && !qualified) drop[k] = 1;
    // A two- or three-letter acronym that is only some town's own name is an acronym ("the NGO",
    // "Region 1 BOE", "the SEC"); not a country's or state's code ("US", "UAE") nor our alias ("NYC").
    if (t0.all_caps && t0.text.size() <= 3 && a.end - a.begin == 1 && !qualified && !a.is_qualifier) {
      bool town = !a.name.postings.empty();
      for (uint32_t p : a.name.postings) {
        const auto kind = static_cast<PlaceKind>(gaz.place(p & kPostingPlaceMask).kind);
        town = town && !(p & kPostingAlternate) && kind != PlaceKind::kCountry && kind != PlaceKind::kAdmin1 &&
               kind != PlaceKind::kRegion;
      }
      if (town) drop[k] = 1;
    }
    // An ordinary word heading an "X of Y" name is that name's head, not a place ("into the Hall of Fame").
    const bool of_name = a.end + 1 < n && toks[a.end].lower == "of" && StartsUpper(toks[a.end + 1]);
    // "from Wayne", "Troop 208 of Coleridge", "186 miles southeast of Alliance": places too.
    const bool from_of = a.begin >= 2 && !initial && !t0.all_caps &&
                         (toks[a.begin - 1].lower == "from" ||
                          (toks[a.begin - 1].lower == "of" && (toks[a.begin - 2].pos == Pos::kNumber ||
                                                               IsDirectionOrUnit(toks[a.begin - 2].lower))));
    if ((f & kNameOrdinary) && !qualified && (!((a.locative && !initial && !t0.all_caps) || from_of) || of_name)) {
      drop[k] = 1;
    }
  }
  // Re-number after dropping.
  renum.assign(kept.size(), -1);
  for (size_t k = 0; k < kept.size(); ++k) {
    if (drop[k]) continue;
    renum[k] = static_cast<int>(out->size());
    out->push_back(kept[k]);
  }
  for (size_t k = first; k < out->size(); ++k) {
    Toponym& t = (*out)[k];
    t.qualifier = t.qualifier >= 0 ? renum[t.qualifier] : -1;
    t.modifier = t.modifier >= 0 ? renum[t.modifier] : -1;
  }
  for (size_t k = first; k < out->size(); ++k) {
    if ((*out)[k].qualifier >= 0) (*out)[(*out)[k].qualifier].is_qualifier = true;
  }
}

}  // namespace dragoman
