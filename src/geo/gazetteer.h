// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Gazetteer: the compact place table the engine loads once (built by scripts/gen_gazetteer.mjs from
// GeoNames' cities500 and admin tables, world-countries and our own lists; the file format is
// described at the top of that script and checked field by field in gazetteer.cc).
//
// A place is a country, a first- or second-level division, or a populated place, with a point,
// a population and its country, admin1 and admin2. Names are looked up by key (NameKey below); a
// name has the places it may denote ("postings"), best prior first, and flags that say when it is
// an ordinary word or an abbreviation.
//
// Thread safety: immutable after Load(); every method may be called from many threads. Views
// returned by the methods point into the Gazetteer and live as long as it does.

#ifndef DRAGOMAN_GEO_GAZETTEER_H_
#define DRAGOMAN_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

enum class PlaceKind : uint8_t {
  kCountry = 0,
  kAdmin1 = 1,     // first-level division (state, province, oblast)
  kAdmin2 = 2,     // second-level division (county, district)
  kCapital = 3,    // national capital (GeoNames PPLC)
  kSeat = 4,       // seat of a first-level division (PPLA)
  kSeat2 = 5,      // seat of a lower division (PPLA2..4, PPLG)
  kPopulated = 6,  // any other populated place
  kSection = 7,    // section of a populated place (PPLX): a neighbourhood
  kRegion = 8,      // a continent or multinational region (data/geo/regions.tsv)
};
const char* PlaceKindName(PlaceKind kind);  // "country", "admin1", ..., never null

// One place, exactly as stored in the file (32 bytes).
struct GazPlace {
  uint32_t geonames_id;  // 0 when the place has none (countries, divisions)
  int32_t lat_e5;        // degrees x 1e5
  int32_t lon_e5;
  uint32_t population;   // divisions: the sum of their places
  uint32_t name;         // string offset
  uint32_t admin1;       // place index, or kNoPlace
  uint32_t admin2;       // place index, or kNoPlace
  uint16_t country;      // country index, or kNoCountry (regions)
  uint8_t kind;          // PlaceKind
  uint8_t flags;
};
static_assert(sizeof(GazPlace) == 32);

// Flags of a name: the first four are in the file; the others are worked out at load from the
// name's places (all of them, not only the kMaxPostings a resolution considers).
enum GazNameFlag : uint16_t {
  kNameOrdinary = 1,  // an ordinary word ("Reading", "Split"): needs context
  kNameHardStop = 2,  // never alone ("August", "Police")
  kNameAbbrev = 4,    // only after "Place, " ("Ill.", "TX")
  kNamePrefix = 8,    // a longer name starts with this key ("new" of "new york"); may have no postings
  kNameFileFlags = 15,
  kNameHasCountry = 16,         // one of its places is a country
  kNameHasDivision = 32,        // ... a country or a first-level division
  kNameHasMajorDivision = 64,   // ... a country or a first-level division of kMajorDivisionPopulation
  kNameHasCapitalOrSeat = 128,  // ... a national capital or a division's seat, by its own name
                                //     (not an alternate: "Robertson" is also Robertsport's)
  kNameAllAdjectives = 256,     // it has places and is a demonym of every one ("Chechen")
};
// A first-level division this populous is a major one (not a parish of Barbados).
inline constexpr uint32_t kMajorDivisionPopulation = 200000;

// Posting bits above the place index.
inline constexpr uint32_t kPostingAdjective = 0x80000000u;  // the name is a demonym of the place
inline constexpr uint32_t kPostingAlternate = 0x40000000u;  // an alternate name or our alias
inline constexpr uint32_t kPostingPlaceMask = 0x3fffffffu;
inline constexpr uint32_t kNoPlace = 0xffffffffu;
inline constexpr uint16_t kNoCountry = 0xffff;  // GazPlace::country of a region that spans countries

class Gazetteer {
 public:
  // Reads the file at `path` (about 19 MB; ~20 ms). Fails with kNotFound / kIoError naming the
  // file, or kDataError "<path>: <what>" when the header, a count or an offset is wrong.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  struct NameRef {
    uint32_t index = 0;  // name entry
    uint16_t flags = 0;  // GazNameFlag bits
    std::span<const uint32_t> postings;  // place index | kPosting* bits, best prior first
  };
  // Looks up a key made by AppendNameKey(). Returns false when no name has that key and no longer
  // name starts with it; an entry that is only a prefix has no postings.
  bool Find(std::string_view key, NameRef* out) const;

  size_t place_count() const { return places_.size(); }
  size_t name_count() const { return name_count_; }
  size_t country_count() const { return countries_.size(); }
  // Precondition: i < place_count().
  const GazPlace& place(uint32_t i) const { return places_[i]; }
  std::string_view PlaceName(uint32_t i) const { return String(places_[i].name); }
  // ISO 3166-1 alpha-3 / alpha-2 of country index c ("RUS" / "RU"); "" when out of range.
  std::string_view CountryIso3(uint16_t c) const;
  std::string_view CountryIso2(uint16_t c) const;
  // The place index of country c's own record, or kNoPlace.
  uint32_t CountryPlace(uint16_t c) const;
  // Bytes held in memory.
  size_t memory_bytes() const { return data_.size + bloom_.size() * sizeof(uint64_t); }

 private:
  Gazetteer() = default;
  std::string_view String(uint32_t off) const;

  struct CountryRec {
    char iso2[2];
    char iso3[3];
    uint8_t pad[3];
    uint32_t place;
  };
  struct NameRec {
    uint32_t key;
    uint32_t first;
    uint16_t count;
    uint16_t flags;
  };
  // The whole file, in anonymous memory the kernel is asked to back with 2 MB pages: lookups read
  // it at random, over 5,500 pages of 4 KB, far more than the TLB holds.
  struct Buffer {
    uint32_t* words = nullptr;
    size_t size = 0;  // bytes mapped
    Buffer() = default;
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer();
    bool Allocate(size_t bytes);
  };
  Buffer data_;
  // A Bloom filter of every key (two bits of one 64-bit word a key, 2^22 bits = 512 KB, built at
  // load): most words that are no name are rejected without touching the 20 MB tables, which would
  // miss the cache.
  std::vector<uint64_t> bloom_;
  std::span<const CountryRec> countries_;
  std::span<const GazPlace> places_;
  std::span<const NameRec> names_;
  std::span<const uint32_t> postings_;
  std::span<const uint32_t> slots_;
  const char* strings_ = nullptr;
  uint32_t strings_size_ = 0;
  size_t name_count_ = 0;
};

// The gazetteer file the build made ($DRAGOMAN_GAZETTEER when set); "" for a build without one and
// for the value "none" (places turned off).
std::string DefaultGazetteerPath();

// Appends the lookup key of one written word to `key` ("Ḩudaydah" -> "hudaydah", "U.S." -> "us",
// "Al-Hudaydah" -> "al hudaydah", "O'Hare" -> "ohare"), separated from what is already there by a
// space. Folds Latin letters with diacritics to ASCII and lower-cases. Returns false (and leaves
// `key` in an unspecified state) when the word has characters it cannot fold (non-Latin scripts).
bool AppendNameKey(std::string_view word, std::string* key);

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace dragoman

#endif  // DRAGOMAN_GEO_GAZETTEER_H_
