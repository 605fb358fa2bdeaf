// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// File format (little endian; written by scripts/gen_gazetteer.mjs):
//   header    "DRGZ", u32 version = 1, u32 n_countries, u32 n_places, u32 n_names, u32 n_postings,
//             u32 n_slots (a power of two), u32 strings_size
//   countries n_countries x 12 bytes  { char iso2[2], char iso3[3], pad[3], u32 place }
//   places    n_places x 32 bytes     GazPlace
//   names     n_names x 12 bytes      { u32 key, u32 first_posting, u16 n_postings, u16 flags }
//   postings  n_postings x u32
//   slots     n_slots x u32           0, or name index + 1 (FNV-1a 32 of the key, linear probing)
//   strings   strings_size bytes      NUL-terminated UTF-8
// Every offset, index and count is checked here, so a damaged file fails Load() instead of
// reading out of bounds later.

#include "geo/gazetteer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/mman.h>

#ifndef DRAGOMAN_GAZETTEER_PATH
#define DRAGOMAN_GAZETTEER_PATH ""
#endif

namespace dragoman {

const char* PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kAdmin2: return "admin2";
    case PlaceKind::kCapital: return "capital";
    case PlaceKind::kSeat: return "admin1 seat";
    case PlaceKind::kSeat2: return "admin seat";
    case PlaceKind::kPopulated: return "populated place";
    case PlaceKind::kSection: return "section of a place";
    case PlaceKind::kRegion: return "region";
  }
  return "place";
}

namespace {

uint32_t Fnv1a32(std::string_view s) {
  uint32_t h = 0x811c9dc5u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x01000193u;
  }
  return h;
}

// The Bloom filter: 2^16 words of 64 bits (512 KB). A key sets two bits of one word, so a lookup
// reads one cache line, not two: most capitalised words are no place name, and each line fetched
// from this table evicts some of the lexicon's.
constexpr uint32_t kBloomWords = 1u << 16;

// The word and the two-bit mask of one 32-bit hash.
inline uint64_t BloomMask(uint32_t h, uint32_t* word) {
  *word = h & (kBloomWords - 1);
  const uint32_t m = h * 0x9E3779B1u;
  return (1ull << (m >> 26)) | (1ull << ((m >> 20) & 63));
}

}  // namespace

std::string DefaultGazetteerPath() {
  if (const char* env = std::getenv("DRAGOMAN_GAZETTEER"); env != nullptr && *env != '\0') {
    return std::string_view(env) == "none" ? "" : env;
  }
  return DRAGOMAN_GAZETTEER_PATH;
}

Gazetteer::~Gazetteer() = default;

bool Gazetteer::Buffer::Allocate(size_t bytes) {
  constexpr size_t kHuge = size_t{2} << 20;
  const size_t mapped = (bytes + kHuge - 1) / kHuge * kHuge;
  // Map one huge page more than needed, so that the buffer can start on a 2 MB boundary.
  void* p = mmap(nullptr, mapped + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return false;
  const uintptr_t start = (reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  const size_t head = start - reinterpret_cast<uintptr_t>(p);
  if (head > 0) munmap(p, head);
  if (kHuge - head > 0) munmap(reinterpret_cast<char*>(start) + mapped, kHuge - head);
  madvise(reinterpret_cast<void*>(start), mapped, MADV_HUGEPAGE);  // advice only: fine if refused
  words = reinterpret_cast<uint32_t*>(start);
  size = mapped;
  return true;
}

Gazetteer::Buffer::~Buffer() {
  if (words != nullptr) munmap(words, size);
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::NotFound(path + ": cannot open the gazetteer (built by scripts/gen_gazetteer.mjs; see doc/places.md)");
  }
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  if (size < 32) {
    std::fclose(f);
    return Status::DataError(path + ": too short for a gazetteer");
  }
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  if (!g->data_.Allocate(static_cast<size_t>(size))) {
    std::fclose(f);
    return Status::IoError(path + ": cannot allocate " + std::to_string(size) + " bytes");
  }
  const size_t got = std::fread(g->data_.words, 1, static_cast<size_t>(size), f);
  std::fclose(f);
  if (got != static_cast<size_t>(size)) return Status::IoError(path + ": read failed");

  const char* base = reinterpret_cast<const char*>(g->data_.words);
  if (std::memcmp(base, "DRGZ", 4) != 0) return Status::DataError(path + ": not a gazetteer (bad magic)");
  uint32_t h[8];
  std::memcpy(h, base, sizeof h);
  const uint32_t version = h[1], n_countries = h[2], n_places = h[3], n_names = h[4], n_postings = h[5],
                 n_slots = h[6], strings_size = h[7];
  if (version != 1) return Status::DataError(path + ": unsupported gazetteer version " + std::to_string(version));
  if (n_slots == 0 || (n_slots & (n_slots - 1)) != 0 || n_slots < n_names) {
    return Status::DataError(path + ": bad hash table size");
  }
  const uint64_t need = 32ull + 12ull * n_countries + 32ull * n_places + 12ull * n_names + 4ull * n_postings +
                        4ull * n_slots + strings_size;
  if (need != static_cast<uint64_t>(size)) {
    return Status::DataError(path + ": size " + std::to_string(size) + " does not match its header (" +
                             std::to_string(need) + ")");
  }
  size_t off = 32;
  g->countries_ = {reinterpret_cast<const CountryRec*>(base + off), n_countries};
  off += 12ull * n_countries;
  g->places_ = {reinterpret_cast<const GazPlace*>(base + off), n_places};
  off += 32ull * n_places;
  g->names_ = {reinterpret_cast<const NameRec*>(base + off), n_names};
  off += 12ull * n_names;
  g->postings_ = {reinterpret_cast<const uint32_t*>(base + off), n_postings};
  off += 4ull * n_postings;
  g->slots_ = {reinterpret_cast<const uint32_t*>(base + off), n_slots};
  off += 4ull * n_slots;
  g->strings_ = base + off;
  g->strings_size_ = strings_size;
  g->name_count_ = n_names;

  if (strings_size == 0 || g->strings_[strings_size - 1] != '\0') {
    return Status::DataError(path + ": string table not terminated");
  }
  for (const CountryRec& c : g->countries_) {
    if (c.place >= n_places) return Status::DataError(path + ": country record points past the places");
  }
  for (uint32_t i = 0; i < n_places; ++i) {
    const GazPlace& p = g->places_[i];
    const bool no_country = p.country == kNoCountry && p.kind == static_cast<uint8_t>(PlaceKind::kRegion);
    if (p.name >= strings_size || (p.country >= n_countries && !no_country) || p.kind > static_cast<uint8_t>(PlaceKind::kRegion) ||
        (p.admin1 != kNoPlace && p.admin1 >= n_places) || (p.admin2 != kNoPlace && p.admin2 >= n_places) ||
        std::abs(p.lat_e5) > 9000000 || std::abs(p.lon_e5) > 18000000) {
      return Status::DataError(path + ": place " + std::to_string(i) + " is malformed");
    }
  }
  for (uint32_t i = 0; i < n_names; ++i) {
    const NameRec& n = g->names_[i];
    if (n.key >= strings_size || static_cast<uint64_t>(n.first) + n.count > n_postings) {
      return Status::DataError(path + ": name " + std::to_string(i) + " is malformed");
    }
  }
  for (uint32_t p : g->postings_) {
    if ((p & kPostingPlaceMask) >= n_places) return Status::DataError(path + ": posting points past the places");
  }
  for (uint32_t s : g->slots_) {
    if (s > n_names) return Status::DataError(path + ": hash slot points past the names");
  }
  g->bloom_.assign(kBloomWords, 0);
  for (const NameRec& n : g->names_) {
    uint32_t w;
    const uint64_t bits = BloomMask(Fnv1a32(g->String(n.key)), &w);
    g->bloom_[w] |= bits;
  }
  // What the recognition rules ask of all the places of a name, answered once here, so that they
  // read the name's flags rather than each of its places (a cache miss each, in a 7 MB table).
  NameRec* names = reinterpret_cast<NameRec*>(g->data_.words + (reinterpret_cast<const char*>(g->names_.data()) - base) / 4);
  for (uint32_t i = 0; i < n_names; ++i) {
    uint16_t derived = names[i].count > 0 ? kNameAllAdjectives : 0;
    for (uint32_t p : g->postings_.subspan(names[i].first, names[i].count)) {
      const GazPlace& place = g->places_[p & kPostingPlaceMask];
      const auto kind = static_cast<PlaceKind>(place.kind);
      if (kind == PlaceKind::kCountry) derived |= kNameHasCountry;
      if (kind == PlaceKind::kCountry || kind == PlaceKind::kAdmin1) derived |= kNameHasDivision;
      if (kind == PlaceKind::kCountry || (kind == PlaceKind::kAdmin1 && place.population >= kMajorDivisionPopulation)) {
        derived |= kNameHasMajorDivision;
      }
      if ((kind == PlaceKind::kCapital || kind == PlaceKind::kSeat) && !(p & kPostingAlternate)) {
        derived |= kNameHasCapitalOrSeat;
      }
      if ((p & kPostingAdjective) == 0) derived &= static_cast<uint16_t>(~kNameAllAdjectives);
    }
    names[i].flags = static_cast<uint16_t>((names[i].flags & kNameFileFlags) | derived);
  }
  return g;
}

std::string_view Gazetteer::String(uint32_t off) const {
  if (off >= strings_size_) return {};
  return std::string_view(strings_ + off);  // terminated: checked at load
}

std::string_view Gazetteer::CountryIso3(uint16_t c) const {
  if (c >= countries_.size()) return {};
  return std::string_view(countries_[c].iso3, 3);
}

std::string_view Gazetteer::CountryIso2(uint16_t c) const {
  if (c >= countries_.size()) return {};
  return std::string_view(countries_[c].iso2, 2);
}

uint32_t Gazetteer::CountryPlace(uint16_t c) const {
  if (c >= countries_.size()) return kNoPlace;
  return countries_[c].place;
}

bool Gazetteer::Find(std::string_view key, NameRef* out) const {
  const uint32_t mask = static_cast<uint32_t>(slots_.size()) - 1;
  const uint32_t h = Fnv1a32(key);
  uint32_t w;
  const uint64_t bits = BloomMask(h, &w);
  if ((bloom_[w] & bits) != bits) return false;
  // The table is at most half full, so the probe always reaches an empty slot.
  for (uint32_t s = h & mask;; s = (s + 1) & mask) {
    const uint32_t v = slots_[s];
    if (v == 0) return false;
    const NameRec& n = names_[v - 1];
    // The stored key is NUL-terminated and the wanted one has no NUL: equal when the first
    // key.size() bytes agree and the stored key ends there.
    if (std::strncmp(strings_ + n.key, key.data(), key.size()) == 0 && strings_[n.key + key.size()] == '\0') {
      out->index = v - 1;
      out->flags = n.flags;
      out->postings = postings_.subspan(n.first, n.count);
      return true;
    }
  }
}

bool AppendNameKey(std::string_view word, std::string* key) {
  if (!key->empty() && key->back() != ' ') key->push_back(' ');
  const size_t start = key->size();
  bool ascii = true;
  for (unsigned char c : word) ascii = ascii && c < 0x80;
  auto put = [&](char32_t c) {
    if (c == '.' || c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x2BB || c == 0x2BC) return;
    if (c == '-' || c == '/' || c == 0x2010 || c == 0x2013 || c == 0x2014) {
      if (key->size() > start && key->back() != ' ') key->push_back(' ');
      return;
    }
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    key->push_back(static_cast<char>(c));
  };
  if (ascii) {
    for (unsigned char c : word) put(c);
  } else {
    // NFD, drop combining marks, then a few letters NFD does not decompose.
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
    if (U_FAILURE(err)) return false;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    icu::UnicodeString d = nfd->normalize(u, err);
    if (U_FAILURE(err)) return false;
    for (int32_t i = 0; i < d.length();) {
      const UChar32 c = d.char32At(i);
      i += U16_LENGTH(c);
      if (u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK) continue;
      switch (c) {
        case 0xDF: case 0x1E9E: key->append("ss"); continue;
        case 0xD8: case 0xF8: key->push_back('o'); continue;
        case 0x141: case 0x142: key->push_back('l'); continue;
        case 0x110: case 0x111: key->push_back('d'); continue;
        case 0xC6: case 0xE6: key->append("ae"); continue;
        case 0x152: case 0x153: key->append("oe"); continue;
        case 0xDE: case 0xFE: key->append("th"); continue;
        case 0x131: case 0x130: key->push_back('i'); continue;
        default: break;
      }
      if (c >= 0x80 && c != 0x2019 && c != 0x2018 && c != 0x2BB && c != 0x2BC && c != 0x2010 && c != 0x2013 &&
          c != 0x2014) {
        return false;
      }
      put(static_cast<char32_t>(c));
    }
  }
  while (!key->empty() && key->back() == ' ') key->pop_back();
  return key->size() > start;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

}  // namespace dragoman
