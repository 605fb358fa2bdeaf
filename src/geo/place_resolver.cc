// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "geo/place_resolver.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <unordered_map>

namespace dragoman {

const char* PlacePrecisionName(PlacePrecision p) {
  switch (p) {
    case PlacePrecision::kNone: return "";
    case PlacePrecision::kPoint: return "point";
    case PlacePrecision::kCity: return "city";
    case PlacePrecision::kAdmin2: return "admin2";
    case PlacePrecision::kAdmin1: return "admin1";
    case PlacePrecision::kCountry: return "country";
    case PlacePrecision::kRegion: return "region";
  }
  return "";
}

namespace {

// Resolution weights (doc/places.md): the prior of a first-level division and of a capital, and
// the weight of the article's country and admin1 votes.
constexpr double kAdmin1Base = 4.5;
constexpr double kCapitalBonus = 3;
constexpr double kCountryContext = 2;
constexpr double kAdmin1Context = 2;
constexpr double kNamedAdmin1Vote = 2;  // a state named outright counts as two of its towns
constexpr double kNearContext = 2;     // weight of other names' places nearby
constexpr double kNearKm = 25, kFarKm = 250;
constexpr double kKmPerDeg = 111.2, kRadPerDeg = 0.017453292519943295;
constexpr size_t kMaxPostings = 24;   // candidates considered per name (the best by prior)
constexpr size_t kMaxReported = 5;    // candidates written per mention
constexpr int kRounds = 3;

// Verbs whose direct object, when it is a place, is where the act happened.
bool IsPlaceObjectVerb(std::string_view lemma) {
  for (std::string_view v : {"visit", "tour", "enter", "reach", "invade", "occupy", "bomb", "shell", "attack",
                             "strike", "raid", "storm", "capture", "seize", "besiege", "recapture", "liberate",
                             "bombard", "hit", "overrun", "blockade", "host"}) {
    if (lemma == v) return true;
  }
  return false;
}

PlacePrecision PrecisionOf(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return PlacePrecision::kCountry;
    case PlaceKind::kAdmin1: return PlacePrecision::kAdmin1;
    case PlaceKind::kRegion: return PlacePrecision::kRegion;
    case PlaceKind::kAdmin2: return PlacePrecision::kAdmin2;
    case PlaceKind::kSection: return PlacePrecision::kPoint;
    default: return PlacePrecision::kCity;
  }
}

}  // namespace

void ArticlePlaces::Clear() {
  items_.clear();
  person_words_.clear();
  surnames_.clear();
  after_initial_ = false;
  first_sentence_ = true;
  compass_begin_ = -1;
  compass_part_ = nullptr;
  events_.clear();
  dateline_item_ = -1;
}

void ArticlePlaces::AddSentence(std::span<const Token> tokens, const std::vector<NameHit>& hits,
                                const Lexicon* lexicon, int sentence_index, const char* part,
                                const std::function<Span(uint32_t, uint32_t)>& to_raw, const std::string& raw) {
  scratch_.clear();
  // A headline: a title or subtitle part, or the first sentence (corpora that put the title first).
  const bool headline = first_sentence_ || std::strcmp(part, "title") == 0 || std::strcmp(part, "subtitle") == 0;
  first_sentence_ = false;
  FindToponyms(*gaz_, lexicon, tokens, hits, &scratch_, &person_words_, after_initial_, &surnames_, headline);
  // Does this sentence end with a middle initial ("Irvin E.")? Then the next starts with a surname.
  const size_t nt = tokens.size();
  after_initial_ = nt >= 2 && tokens[nt - 1].text.size() == 2 && tokens[nt - 1].text[1] == '.' &&
                   tokens[nt - 1].text[0] >= 'A' && tokens[nt - 1].text[0] <= 'Z' && tokens[nt - 2].capitalized &&
                   tokens[nt - 2].pos == Pos::kProperNoun;
  const int64_t compass_begin = compass_part_ != nullptr && std::strcmp(compass_part_, part) == 0 ? compass_begin_ : -1;
  compass_begin_ = -1;
  compass_part_ = part;
  if (nt >= 1 && tokens[nt - 1].text.size() == 2 && tokens[nt - 1].text[1] == '.' &&
      std::strchr("NSEW", tokens[nt - 1].text[0]) != nullptr && tokens[nt - 1].text[0] != '\0') {
    compass_begin_ = tokens[nt - 1].begin;
  }
  const int base = static_cast<int>(items_.size());
  for (const Toponym& t : scratch_) {
    Item it;
    it.top = t;
    if (t.qualifier >= 0) it.top.qualifier = base + t.qualifier;
    if (t.modifier >= 0) it.top.modifier = base + t.modifier;
    it.out.span = t.byte_end > 0 ? to_raw(t.byte_begin, t.byte_end) : to_raw(tokens[t.begin].begin, tokens[t.end - 1].end);
    // "1200 E. | Broad St.": the street's name starts with the last sentence's compass initial.
    if (t.feature && t.begin == 0 && t.byte_end == 0 && compass_begin >= 0) {
      it.out.span = to_raw(static_cast<uint32_t>(compass_begin), tokens[t.end - 1].end);
    }
    if (it.out.span.end > raw.size() || it.out.span.begin >= it.out.span.end) continue;
    it.out.text = raw.substr(it.out.span.begin, it.out.span.end - it.out.span.begin);
    it.out.sentence_index = sentence_index;
    it.out.part = part;
    it.out.adjective = t.adjective;
    it.out.locative = t.locative;
    if (t.byte_end > 0) {
      const uint32_t tb = tokens[t.begin].begin;
      AppendNameKey(tokens[t.begin].text.substr(t.byte_begin - tb, std::min<uint32_t>(t.byte_end, tokens[t.begin].end) - t.byte_begin), &it.key);
      for (uint32_t k = t.begin + 1; k < t.end; ++k) AppendNameKey(tokens[k].text, &it.key);
    } else {
      for (uint32_t k = t.begin; k < t.end; ++k) AppendNameKey(tokens[k].text, &it.key);
    }
    const size_t n = std::min(kMaxPostings, t.name.postings.size());
    it.postings.assign(t.name.postings.begin(), t.name.postings.begin() + n);
    it.out.candidates_total = t.name.postings.size();
    items_.push_back(std::move(it));
  }
}

void ArticlePlaces::AddDateline(const std::string& place, Span span, const std::string& raw) {
  if (place.empty() || span.end > raw.size()) return;
  std::string name = place.substr(0, place.find('/'));
  while (!name.empty() && name.back() == ' ') name.pop_back();
  const size_t at = raw.find(name, span.begin);
  if (name.empty() || at == std::string::npos || at + name.size() > span.end) return;
  std::string key;
  size_t b = 0;
  while (b < name.size()) {
    size_t e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    if (e > b && !AppendNameKey(std::string_view(name).substr(b, e - b), &key)) return;
    b = e + 1;
  }
  Gazetteer::NameRef ref;
  if (!gaz_->Find(key, &ref) || ref.postings.empty()) return;
  Item it;
  it.top.name = ref;
  it.key = key;
  it.out.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())};
  it.out.text = name;
  it.out.part = "dateline";
  it.out.locative = true;
  const size_t n = std::min(kMaxPostings, ref.postings.size());
  it.postings.assign(ref.postings.begin(), ref.postings.begin() + n);
  it.out.candidates_total = ref.postings.size();
  dateline_item_ = static_cast<int>(items_.size());
  items_.push_back(std::move(it));
}

double ArticlePlaces::Prior(uint32_t posting) const {
  const GazPlace& p = gaz_->place(posting & kPostingPlaceMask);
  const double lp = std::log10(static_cast<double>(p.population) + 1);
  double s = 0;
  switch (static_cast<PlaceKind>(p.kind)) {
    case PlaceKind::kCountry: s = 11; break;
    case PlaceKind::kAdmin1: s = kAdmin1Base + 0.9 * lp; break;
    case PlaceKind::kAdmin2: s = 4 + 0.4 * lp; break;
    case PlaceKind::kCapital: s = kCapitalBonus + lp; break;
    case PlaceKind::kSeat: s = 1.5 + lp; break;
    case PlaceKind::kSeat2: s = 0.5 + lp; break;
    case PlaceKind::kPopulated: s = lp; break;
    case PlaceKind::kSection: s = lp - 1; break;
    case PlaceKind::kRegion: s = 8; break;
  }
  if (posting & kPostingAlternate) s -= 1.0;
  return s;
}

bool ArticlePlaces::Inside(uint32_t pi, uint32_t ci) const {
  if (pi == ci) return true;
  const GazPlace& p = gaz_->place(pi);
  const GazPlace& c = gaz_->place(ci);
  switch (static_cast<PlaceKind>(c.kind)) {
    case PlaceKind::kCountry: return p.country == c.country;
    case PlaceKind::kAdmin1: return p.admin1 == ci;
    case PlaceKind::kAdmin2: return p.admin2 == ci;
    default: return false;
  }
}

void ArticlePlaces::FillPlace(uint32_t pi, Place* out) const {
  const GazPlace& p = gaz_->place(pi);
  out->name = std::string(gaz_->PlaceName(pi));
  out->country = std::string(gaz_->CountryIso3(p.country));
  out->admin1 = p.admin1 != kNoPlace ? std::string(gaz_->PlaceName(p.admin1)) : "";
  out->lat = p.lat_e5 / 1e5;
  out->lon = p.lon_e5 / 1e5;
  out->geonames_id = p.geonames_id;
  out->precision = PrecisionOf(static_cast<PlaceKind>(p.kind));
  out->feature = PlaceKindName(static_cast<PlaceKind>(p.kind));
}

void ArticlePlaces::DropPersonWords() {
  if (surnames_.empty()) return;
  // A one-word name seen anywhere in the article as part of a person's name ("Jordan Dyer", "Dyer
  // said") is that person everywhere in it, earlier mentions too; countries and major divisions
  // excepted ("George Washington" does not take Washington state away).
  std::vector<int> renum(items_.size(), -1);
  size_t kept = 0;
  for (size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    bool drop = static_cast<int>(i) != dateline_item_ && it.top.end - it.top.begin == 1 && it.top.byte_end == 0 &&
                !it.out.adjective && !it.top.feature && it.top.qualifier < 0 && !it.top.is_qualifier &&
                surnames_.count(it.key) > 0;
    for (uint32_t p : it.postings) {
      const GazPlace& g = gaz_->place(p & kPostingPlaceMask);
      const auto k = static_cast<PlaceKind>(g.kind);
      if (k == PlaceKind::kCountry || k == PlaceKind::kCapital || (k == PlaceKind::kAdmin1 && g.population >= 200000)) {
        drop = false;
      }
    }
    if (!drop) renum[i] = static_cast<int>(kept++);
  }
  if (kept == items_.size()) return;
  auto map = [&](int i) { return i >= 0 ? renum[i] : -1; };
  std::vector<Item> items;
  items.reserve(kept);
  for (size_t i = 0; i < items_.size(); ++i) {
    if (renum[i] < 0) continue;
    items.push_back(std::move(items_[i]));
    items.back().top.qualifier = map(items.back().top.qualifier);
    items.back().top.modifier = map(items.back().top.modifier);
  }
  items_ = std::move(items);
  dateline_item_ = map(dateline_item_);
  for (EventNote& e : events_) e.object_item = map(e.object_item);
}

void ArticlePlaces::Resolve() {
  DropPersonWords();
  const size_t n = items_.size();
  if (n == 0) return;
  // Groups: mentions with one key resolve together.
  std::unordered_map<std::string_view, int> group_of_key;  // views of items_' keys, which stay put
  std::vector<std::vector<int>> groups;
  std::vector<int> group(n);
  for (size_t i = 0; i < n; ++i) {
    auto [it, fresh] = group_of_key.emplace(items_[i].key, static_cast<int>(groups.size()));
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(static_cast<int>(i));
    group[i] = it->second;
  }
  // A demonym names countries and divisions only; the others keep all their postings.
  for (Item& it : items_) {
    if (!it.out.adjective) continue;
    std::erase_if(it.postings, [&](uint32_t p) {
      const auto k = static_cast<PlaceKind>(gaz_->place(p & kPostingPlaceMask).kind);
      return k != PlaceKind::kCountry && k != PlaceKind::kAdmin1 && k != PlaceKind::kRegion && k != PlaceKind::kAdmin2;
    });
  }
  // Constraint from a qualifier or modifier item: does any of its candidates contain place p?
  auto contained = [&](uint32_t p, const Item& by) {
    for (uint32_t q : by.postings) {
      if (Inside(p, q & kPostingPlaceMask)) return true;
    }
    return false;
  };
  auto contains = [&](uint32_t q, const Item& of) {
    for (uint32_t p : of.postings) {
      if (Inside(p & kPostingPlaceMask, q)) return true;
    }
    return false;
  };
  // Per group: weight of its vote (repeated names count a little more).
  std::vector<double> group_weight(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    group_weight[g] = 1 + 0.5 * std::log2(static_cast<double>(groups[g].size()));
    for (int i : groups[g]) {
      if (i == dateline_item_) group_weight[g] += 1;
    }
  }
  // What does not change between rounds: prior, name clashes, constraints.
  std::vector<std::vector<double>> base(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    const Item& head = items_[groups[g][0]];
    base[g].assign(head.postings.size(), 0);
    for (size_t k = 0; k < head.postings.size(); ++k) {
      const uint32_t pi = head.postings[k] & kPostingPlaceMask;
      const GazPlace& p = gaz_->place(pi);
      double s = Prior(head.postings[k]);
      if (static_cast<PlaceKind>(p.kind) == PlaceKind::kAdmin1 || static_cast<PlaceKind>(p.kind) == PlaceKind::kAdmin2) {
        for (uint32_t q : head.postings) {
          const uint32_t qi = q & kPostingPlaceMask;
          const auto qk = static_cast<PlaceKind>(gaz_->place(qi).kind);
          // A division named like a city inside it ("Moscow", "Tripoli", "New York"): news means the city.
          if (qi != pi && qk >= PlaceKind::kCapital && qk <= PlaceKind::kPopulated && Inside(qi, pi)) {
            s -= 4;
            break;
          }
          // A national capital elsewhere with the division's name ("Washington"): news means it.
          if (qi != pi && qk == PlaceKind::kCapital && !(q & kPostingAlternate)) {
            s -= 3;
            break;
          }
        }
      }
      double constraint = 0;
      for (int i : groups[g]) {
        const Item& it = items_[i];
        if (it.top.qualifier >= 0) constraint += contained(pi, items_[it.top.qualifier]) ? 15 : -15;
        if (it.top.modifier >= 0) constraint += contained(pi, items_[it.top.modifier]) ? 8 : -4;
        if (it.top.is_qualifier) {
          for (size_t j = 0; j < n; ++j) {
            if (items_[j].top.qualifier == i) constraint += contains(pi, items_[j]) ? 15 : -15;
          }
        }
      }
      base[g][k] = s + constraint / static_cast<double>(groups[g].size());
    }
  }
  std::vector<int> winner(groups.size(), -1);  // place index
  std::vector<std::vector<double>> gscores(groups.size());
  std::unordered_map<uint32_t, double> country_votes, admin1_votes;  // country index / admin1 place
  struct WinnerPoint {
    uint32_t place = kNoPlace;
    double lat = 0, lon = 0;
  };
  std::vector<WinnerPoint> points(groups.size());
  for (int round = 0; round < kRounds; ++round) {
    // Context votes of every group's current winner.
    country_votes.clear();
    admin1_votes.clear();
    auto vote = [&](uint32_t pi, double w, double sign) {
      const GazPlace& p = gaz_->place(pi);
      const auto k = static_cast<PlaceKind>(p.kind);
      country_votes[p.country] += sign * (k == PlaceKind::kCountry ? w : 0.5 * w);
      if (k == PlaceKind::kAdmin1) admin1_votes[pi] += sign * kNamedAdmin1Vote * w;
      else if (k != PlaceKind::kCountry && p.admin1 != kNoPlace) admin1_votes[p.admin1] += sign * w;
    };
    if (round > 0) {
      for (size_t g = 0; g < groups.size(); ++g) {
        if (winner[g] >= 0) vote(static_cast<uint32_t>(winner[g]), group_weight[g], 1);
      }
    }
    // The winners' points, for nearness (regions have none that means anything).
    auto set_point = [&](size_t g) {
      points[g].place = kNoPlace;
      if (winner[g] < 0) return;
      const GazPlace& q = gaz_->place(static_cast<uint32_t>(winner[g]));
      if (static_cast<PlaceKind>(q.kind) == PlaceKind::kRegion) return;
      points[g] = {static_cast<uint32_t>(winner[g]), q.lat_e5 / 1e5, q.lon_e5 / 1e5};
    };
    for (size_t g = 0; g < groups.size(); ++g) set_point(g);
    for (size_t g = 0; g < groups.size(); ++g) {
      const Item& head = items_[groups[g][0]];
      // A name with one candidate has nothing to decide: its context is scored in the last round
      // only (for the reported score).
      if (round > 0 && round + 1 < kRounds && head.postings.size() == 1 && winner[g] >= 0) continue;
      if (round > 0 && winner[g] >= 0) vote(static_cast<uint32_t>(winner[g]), group_weight[g], -1);  // not itself
      std::vector<double>& sc = gscores[g];
      sc.assign(head.postings.size(), 0);
      double best = -1e9;
      int best_k = -1;
      for (size_t k = 0; k < head.postings.size(); ++k) {
        const uint32_t pi = head.postings[k] & kPostingPlaceMask;
        const GazPlace& p = gaz_->place(pi);
        double s = base[g][k];
        if (round > 0) {
          auto c = country_votes.find(p.country);
          if (c != country_votes.end() && c->second > 0) s += kCountryContext * std::log2(1 + c->second);
          const uint32_t a1 = static_cast<PlaceKind>(p.kind) == PlaceKind::kAdmin1 ? pi : p.admin1;
          if (a1 != kNoPlace && static_cast<PlaceKind>(p.kind) != PlaceKind::kCountry) {
            auto a = admin1_votes.find(a1);
            if (a != admin1_votes.end() && a->second > 0) s += kAdmin1Context * std::log2(1 + a->second);
          }
          // Nearness to the other names' places ("Rogersville" near "Springfield, Greene County";
          // "Gaza" next to "Israel"): each within kNearKm counts its weight, fading to nothing at
          // kFarKm. Equirectangular distance: exact enough at these ranges, and cheap.
          if (static_cast<PlaceKind>(p.kind) != PlaceKind::kCountry && static_cast<PlaceKind>(p.kind) != PlaceKind::kRegion) {
            const double lat = p.lat_e5 / 1e5, lon = p.lon_e5 / 1e5, c = std::cos(lat * kRadPerDeg);
            double near = 0;
            for (size_t h = 0; h < groups.size(); ++h) {
              const WinnerPoint& q = points[h];
              if (h == g || q.place == kNoPlace || q.place == pi) continue;
              double dlon = std::fabs(lon - q.lon);
              if (dlon > 180) dlon = 360 - dlon;
              const double dy = (lat - q.lat) * kKmPerDeg, dx = dlon * kKmPerDeg * c;
              const double d2 = dx * dx + dy * dy;
              if (d2 >= kFarKm * kFarKm) continue;
              const double d = std::sqrt(d2);
              near += group_weight[h] * (d <= kNearKm ? 1.0 : 1.0 - std::log(d / kNearKm) / std::log(kFarKm / kNearKm));
            }
            if (near > 0) s += kNearContext * std::log2(1 + near);
          }
        }
        sc[k] = s;
        if (s > best) {
          best = s;
          best_k = static_cast<int>(k);
        }
      }
      if (round > 0 && winner[g] >= 0) vote(static_cast<uint32_t>(winner[g]), group_weight[g], 1);
      winner[g] = best_k >= 0 ? static_cast<int>(head.postings[best_k] & kPostingPlaceMask) : -1;
      set_point(g);
    }
  }
  // Write the results: the candidates and winner of each group once, copied to its mentions (the
  // last takes them).
  for (size_t g = 0; g < groups.size(); ++g) {
    const std::vector<double>& sc = gscores[g];
    const Item& head = items_[groups[g][0]];
    std::vector<PlaceCandidate> cands;
    double z = 0;
    if (!sc.empty()) {
      std::vector<size_t> order(sc.size());
      for (size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sc[a] > sc[b]; });
      for (double v : sc) z += std::exp(v - sc[order[0]]);
      for (size_t r = 0; r < order.size() && r < kMaxReported; ++r) {
        PlaceCandidate c;
        Place p;
        FillPlace(head.postings[order[r]] & kPostingPlaceMask, &p);
        c.name = std::move(p.name);
        c.country = std::move(p.country);
        c.admin1 = std::move(p.admin1);
        c.feature = std::move(p.feature);
        c.lat = p.lat;
        c.lon = p.lon;
        c.geonames_id = p.geonames_id;
        c.score = std::round(sc[order[r]] * 100) / 100;
        cands.push_back(std::move(c));
      }
    }
    Place place;
    if (winner[g] >= 0) FillPlace(static_cast<uint32_t>(winner[g]), &place);
    const std::vector<int>& members = groups[g];
    for (size_t m = 0; m < members.size(); ++m) {
      Item& it = items_[members[m]];
      const bool last = m + 1 == members.size();
      it.out.candidates = last ? std::move(cands) : cands;
      if (winner[g] >= 0) {
        it.winner = winner[g];
        it.out.place = last ? std::move(place) : place;
        it.out.place.span = it.out.span;
        it.out.place.text = it.out.text;
        it.out.confidence = z > 0 ? std::round(100.0 / z) / 100 : 0;
      }
    }
  }
}

Place ArticlePlaces::EventPlace(int sentence_index, uint32_t anchor, uint32_t clause_begin,
                                uint32_t clause_end) const {
  int after = -1, before = -1, s_after = -1, s_before = -1;
  for (size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.out.sentence_index != sentence_index || static_cast<int>(i) == dateline_item_) continue;
    if (it.winner < 0 || it.out.adjective || !it.top.locative || it.top.is_qualifier) continue;
    const bool in_clause = it.top.begin >= clause_begin && it.top.end <= clause_end;
    if (it.top.begin > anchor) {
      if (in_clause && after < 0) after = static_cast<int>(i);
      if (s_after < 0) s_after = static_cast<int>(i);
    } else if (it.top.end <= anchor) {
      if (in_clause) before = static_cast<int>(i);
      s_before = static_cast<int>(i);
    }
  }
  int pick = after >= 0 ? after : before;
  const char* basis = "clause";
  if (pick < 0) {
    pick = s_after >= 0 ? s_after : s_before;
    basis = "sentence";
  }
  if (pick < 0 && dateline_item_ >= 0 && items_[dateline_item_].winner >= 0) {
    pick = dateline_item_;
    basis = "dateline";
  }
  Place place;
  if (pick < 0) return place;
  place = items_[pick].out.place;
  place.basis = basis;
  return place;
}

void ArticlePlaces::NoteEvent(size_t event_index, int sentence_index, uint32_t anchor,
                              const SentenceAnalysis& analysis) {
  const uint32_t n = static_cast<uint32_t>(analysis.tokens.size());
  uint32_t b = std::min(anchor, n), e = std::min(anchor + 1, n);
  auto boundary = [&](uint32_t k) { return k < analysis.flags.size() && (analysis.flags[k] & kFlagBoundary) != 0; };
  while (b > 0 && !boundary(b - 1)) --b;
  while (e < n && !boundary(e)) ++e;
  int object_item = -1;
  if (anchor < n && IsPlaceObjectVerb(analysis.tokens[anchor].lemma)) {
    uint32_t k = anchor + 1;
    for (int skip = 0; skip < 2 && k < n; ++skip) {
      const Pos pos = analysis.tokens[k].pos;
      if (pos != Pos::kAdverb && pos != Pos::kDeterminer && pos != Pos::kParticle) break;
      ++k;
    }
    for (size_t i = 0; i < items_.size(); ++i) {
      const Item& it = items_[i];
      if (it.out.sentence_index == sentence_index && it.top.begin == k && !it.out.adjective &&
          static_cast<int>(i) != dateline_item_) {
        object_item = static_cast<int>(i);
      }
    }
  }
  events_.push_back({event_index, sentence_index, anchor, b, e, object_item});
}

void ArticlePlaces::FillEventPlaces(std::vector<Event>* events) const {
  for (const EventNote& n : events_) {
    if (n.event >= events->size()) continue;
    Place& place = (*events)[n.event].place;
    if (n.object_item >= 0 && items_[n.object_item].winner >= 0) {
      place = items_[n.object_item].out.place;
      place.basis = "clause";
    } else {
      place = EventPlace(n.sentence, n.anchor, n.clause_begin, n.clause_end);
    }
  }
}

std::vector<PlaceMention> ArticlePlaces::TakeMentions() {
  // Items come in text order but for the headline lines and the dateline: sort their indexes (a
  // mention is a large object to move about), and only when they are out of order.
  auto before = [&](uint32_t a, uint32_t b) { return items_[a].out.span.begin < items_[b].out.span.begin; };
  std::vector<uint32_t> order(items_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  if (!std::is_sorted(order.begin(), order.end(), before)) std::stable_sort(order.begin(), order.end(), before);
  std::vector<PlaceMention> out;
  out.reserve(items_.size());
  for (uint32_t i : order) out.push_back(std::move(items_[i].out));
  return out;
}

}  // namespace dragoman
