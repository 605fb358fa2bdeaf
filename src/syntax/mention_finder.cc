// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "syntax/mention_finder.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <span>
#include <utility>
#include <string_view>

namespace dragoman {
namespace {

// Blocks that are roles or transnational sectors rather than countries.
// (Regional blocks such as EUR, AFR or LAM stand in the country slot and are not listed.)
constexpr std::array<std::string_view, 35> kRoleBlocks = {
    "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "CVL", "BUS", "EDU", "REL", "LAB", "REF",
    "HLH", "SPY", "AGR", "ELI", "INS", "SEP", "UAF", "CRM", "IGO", "NGO", "MNC", "PTY", "IMG", "DEV",
    "HRI", "ENV", "MOD", "RAD", "NGM", "PRO", "DIP"};

// Every three-letter block of capitals as a number below 26^3, and the role blocks as bits: this
// runs for every mention and every code the engine writes, and a scan of the list cost ~1 k
// instructions a call.
int BlockIndex(std::string_view b) {
  if (b.size() != 3) return -1;
  int v = 0;
  for (char c : b) {
    if (c < 'A' || c > 'Z') return -1;
    v = v * 26 + (c - 'A');
  }
  return v;
}

bool IsRoleBlock(std::string_view b) {
  static const std::bitset<26 * 26 * 26> roles = [] {
    std::bitset<26 * 26 * 26> r;
    for (std::string_view k : kRoleBlocks) r.set(static_cast<size_t>(BlockIndex(k)));
    return r;
  }();
  const int v = BlockIndex(b);
  return v >= 0 && roles.test(static_cast<size_t>(v));
}

bool IsLocativePrep(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kLoc = {
      "in", "at", "near", "off", "outside", "inside", "into", "across", "around", "within", "from",
      "toward", "towards", "throughout", "onto", "via"};
  return std::find(kLoc.begin(), kLoc.end(), w) != kLoc.end();
}

bool IsNounish(Pos p) {
  return p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kAdjective || p == Pos::kNumber;
}

bool IsPlural(const Token& t) {
  std::string_view w = t.lower;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}

// Is `code` compatible with an agent's role: same role, or an actor with a country.
std::string WithRole(const std::string& owner_code, const std::string& role) {
  std::string country = CodeCountry(owner_code);
  if (!country.empty()) return country + role;
  if (!owner_code.empty()) return owner_code;  // IGOUNO envoy → IGOUNO
  return role;
}

// The country an article is about so far: the one named most often in earlier mentions (this
// sentence's and the discourse's), the dateline's country breaking ties and counting once.
std::string ArticleCountry(const std::vector<Mention>& sentence, std::span<const Token> toks,
                           const Discourse& discourse, const std::string& dateline_country) {
  std::vector<std::pair<std::string, int>> counts;
  auto add = [&](const std::string& code, int weight) {
    std::string c = CodeCountry(code);
    if (c.empty()) return;
    for (auto& [k, n] : counts) {
      if (k == c) {
        n += weight;
        return;
      }
    }
    counts.push_back({c, weight});
  };
  for (const auto& [country, n] : discourse.country_counts()) add(country, 2 * n);
  for (const Mention& m : sentence) add(m.code, 2);
  add(dateline_country, 1);
  std::string best;
  int best_n = 0;
  for (const auto& [k, n] : counts) {
    if (n > best_n) {
      best = k;
      best_n = n;
    }
  }
  return best;
}

}  // namespace

bool IsPersonNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 50> kPersonNouns = {
      "admiral",    "adviser",   "advisor",   "aide",     "ambassador", "chancellor", "chief",
      "colonel",    "commander", "consul",    "coordinator", "delegate", "deputy",    "dictator",
      "diplomat",   "director",  "emir",      "emissary", "envoy",      "general",    "governor",
      "head",       "judge",     "king",      "lawmaker", "lawyer",     "leader",     "marshal",
      "mayor",      "mediator",  "minister",  "monarch",  "negotiator", "officer",    "official",
      "premier",    "president", "prince",    "prosecutor", "queen",    "representative", "secretary",
      "senator",    "spokesman", "spokesperson", "spokeswoman", "sultan", "undersecretary", "chairman",
      "chairwoman"};
  return std::find(kPersonNouns.begin(), kPersonNouns.end(), w) != kPersonNouns.end();
}

void Discourse::Add(DiscourseEntity e) {
  std::string country = CodeCountry(e.code);
  if (!country.empty()) {
    bool found = false;
    for (auto& [k, n] : country_counts_) {
      if (k == country) {
        ++n;
        found = true;
      }
    }
    if (!found) country_counts_.push_back({country, 1});
  }
  entities_.push_back(std::move(e));
}

std::string CodeCountry(const std::string& code) {
  if (code.size() < 3) return "";
  std::string_view first(code.data(), 3);
  if (IsRoleBlock(first)) return "";
  return std::string(first);
}

std::string CodeRole(const std::string& code) {
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    std::string_view b(code.data() + i, 3);
    if (IsRoleBlock(b)) return std::string(b);
  }
  return "";
}

void FindMentions(const Lexicon& lexicon, const std::vector<NameHit>& hits, DateInt date,
                  const std::string& context_country, Discourse* discourse, SentenceAnalysis* analysis) {
  const auto& toks = analysis->tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::vector<Mention>& out = analysis->mentions;
  std::vector<int> hit_at(n, -1);
  for (size_t h = 0; h < hits.size(); ++h) {
    for (uint32_t k = hits[h].begin; k < hits[h].end; ++k) hit_at[k] = static_cast<int>(h);
  }

  auto actor_code = [&](const NameHit& h) -> std::string {
    return std::string(lexicon.ActorCodeOn(lexicon.actors()[h.index], date));
  };
  auto record_of = [&](const NameHit& h) -> const SourceLine* {
    return h.kind == NameKind::kAgent ? &lexicon.agents()[h.index].where
                                      : &lexicon.actors()[h.index].where;
  };
  // One person: a named person, or a singular person noun ("Italian ambassador").
  auto individual = [&](const Mention& c) {
    return c.person || (!c.plural && !c.pronoun && IsPersonNoun(toks[c.end - 1].lower));
  };
  // Resolves a pronoun or a bare agent to the nearest earlier compatible entity. With `one_person`
  // ("he", "the diplomat") only a single person qualifies.
  auto resolve = [&](bool want_person, bool want_plural, const std::string& role, bool one_person,
                     Mention* m) -> bool {
    // This sentence's earlier mentions first, then earlier sentences, nearest first.
    for (int i = static_cast<int>(out.size()) - 1; i >= 0; --i) {
      const Mention& c = out[i];
      if (c.code.empty() || c.pronoun || (CodeCountry(c.code).empty() && c.entity.empty())) continue;
      if (one_person && !individual(c)) continue;
      if (!role.empty() ? CodeRole(c.code) == role
                        : (want_person ? individual(c) : (c.plural == want_plural && !c.person))) {
        m->code = c.code;
        m->entity = c.entity;
        m->records = c.records;
        m->resolved_from = std::string(toks[c.begin].text.data(),
                                       toks[c.end - 1].end - toks[c.begin].begin);
        m->antecedent_begin = toks[c.begin].begin;
        m->antecedent_end = toks[c.end - 1].end;
        return true;
      }
    }
    const auto& ents = discourse->entities();
    const size_t window = std::min(ents.size(), Discourse::kWindow);
    for (auto it = ents.rbegin(); it != ents.rbegin() + static_cast<long>(window); ++it) {
      if (CodeCountry(it->code).empty() && it->entity.empty()) continue;
      if (one_person && !it->individual) continue;
      if (!role.empty() ? CodeRole(it->code) == role
                        : (want_person ? it->individual : (it->plural == want_plural && !it->person))) {
        m->code = it->code;
        m->entity = it->entity;
        m->records = it->records;
        m->resolved_from = it->text;
        m->antecedent_begin = it->begin;
        m->antecedent_end = it->end;
        return true;
      }
    }
    return false;
  };

  uint32_t i = 0;
  while (i < n) {
    const Token& t = toks[i];
    // Pronouns.
    if (hit_at[i] < 0 && (t.pos == Pos::kPronoun || t.pos == Pos::kPossPronoun)) {
      std::string_view w = t.lower;
      bool person = w == "he" || w == "she" || w == "him" || w == "his" || w == "her" ||
                    w == "hers";
      bool plural = w == "they" || w == "them" || w == "their";
      bool thing = w == "it" || w == "its";
      // First person: a mention with no code; the quote finder gives it the speaker's.
      const bool first_person = w == "we" || w == "us" || w == "our" || w == "ours" || w == "i" ||
                                w == "me" || w == "my";
      if (first_person) {
        Mention m;
        m.begin = i;
        m.end = i + 1;
        m.pronoun = true;
        m.plural = w == "we" || w == "us" || w == "our" || w == "ours";
        m.person = !m.plural;
        m.possessor = t.pos == Pos::kPossPronoun;
        out.push_back(std::move(m));
        ++i;
        continue;
      }
      if (person || plural || thing) {
        Mention m;
        m.begin = i;
        m.end = i + 1;
        m.pronoun = true;
        m.person = person;
        m.plural = plural;
        m.possessor = t.pos == Pos::kPossPronoun;
        resolve(person, plural, "", person, &m);
        // "his forces": the pronoun owns an agent.
        if (m.possessor && i + 1 < n && hit_at[i + 1] >= 0 &&
            hits[hit_at[i + 1]].kind == NameKind::kAgent) {
          const NameHit& ah = hits[hit_at[i + 1]];
          m.end = ah.end;
          m.possessor = false;
          m.pronoun = false;
          m.person = false;
          m.plural = IsPlural(toks[ah.end - 1]);
          if (!m.code.empty()) m.code = WithRole(m.code, lexicon.agents()[ah.index].role);
          m.records.push_back(record_of(ah));
        }
        out.push_back(std::move(m));
        i = out.back().end;
        continue;
      }
    }
    if (hit_at[i] < 0) {
      ++i;
      continue;
    }
    // A chain of hits: [agent]* [actor|adj|capital]? ['s]? [agent]*
    const NameHit& h = hits[hit_at[i]];
    Mention m;
    m.begin = h.begin;
    m.end = h.end;
    m.records.push_back(record_of(h));
    std::string role;  // from an agent
    std::string owner;  // code of the owning actor
    bool has_actor = false;
    bool adjective_only = false;
    if (h.kind == NameKind::kAgent) {
      role = lexicon.agents()[h.index].role;
      m.plural = IsPlural(toks[h.end - 1]);
      // agent + actor: "prime minister Al Sarraj", "General Khalifa Haftar"
      if (h.end < n && hit_at[h.end] >= 0 && hits[hit_at[h.end]].kind != NameKind::kAgent) {
        const NameHit& a = hits[hit_at[h.end]];
        owner = actor_code(a);
        const ActorRecord& rec = lexicon.actors()[a.index];
        m.entity = rec.type == "country" ? "" : rec.entity;
        m.person = rec.type == "person";
        m.plural = false;
        m.end = a.end;
        m.records.push_back(record_of(a));
        has_actor = true;
        if (rec.type == "person" || rec.type == "group" || rec.type == "igo" || rec.type == "ngo" ||
            rec.type == "media" || rec.type == "company") {
          role.clear();  // the named actor's own code wins
        }
      }
    } else {
      const ActorRecord& rec = lexicon.actors()[h.index];
      owner = actor_code(h);
      has_actor = true;
      m.entity = rec.type == "country" ? "" : rec.entity;
      m.person = rec.type == "person";
      m.capital = h.kind == NameKind::kCapital;
      if (h.kind == NameKind::kAdjective) {
        adjective_only = true;
        m.plural = IsPlural(toks[h.end - 1]);
      }
      uint32_t j = h.end;
      bool possessive = j < n && toks[j].pos == Pos::kPossessive;
      if (possessive) ++j;
      // Adjectives and nouns between the owner and an agent: "Libyan coast guard", "Russian naval forces".
      uint32_t k = j;
      // "Russian Deputy Foreign Minister", "Libyan coast guard": up to two modifiers.
      while (k < n && hit_at[k] < 0 && k - j < 2 &&
             (toks[k].pos == Pos::kAdjective ||
              ((toks[k].pos == Pos::kProperNoun || toks[k].pos == Pos::kNoun) && k + 1 < n && hit_at[k + 1] >= 0 &&
               hits[hit_at[k + 1]].kind == NameKind::kAgent))) {
        ++k;
      }
      if (k < n && hit_at[k] >= 0 && hits[hit_at[k]].kind == NameKind::kAgent) {
        const NameHit& ah = hits[hit_at[k]];
        role = lexicon.agents()[ah.index].role;
        m.end = ah.end;
        m.records.push_back(record_of(ah));
        m.plural = IsPlural(toks[ah.end - 1]);
        m.person = false;
        adjective_only = false;
        // An agent followed by a named person: "Italian ambassador Giuseppe Perrone".
        if (ah.end < n && hit_at[ah.end] >= 0 && hits[hit_at[ah.end]].kind == NameKind::kActor &&
            lexicon.actors()[hits[hit_at[ah.end]].index].type == "person") {
          const NameHit& p = hits[hit_at[ah.end]];
          std::string pcode = actor_code(p);
          if (!pcode.empty()) {
            owner = pcode;
            role.clear();
          }
          m.entity = lexicon.actors()[p.index].entity;
          m.person = true;
          m.end = p.end;
          m.records.push_back(record_of(p));
        }
      } else if (possessive) {
        m.possessor = true;
      } else if (m.capital && j < n && hit_at[j] < 0 && toks[j].pos == Pos::kNoun) {
        // "the Berne protocol", "the Doha agreement": a capital naming a thing, not an actor.
        m.modifier = true;
      } else if (adjective_only) {
        // "Libyan factions" without an agent: the adjective modifies a head noun.
        if (h.end < n && IsNounish(toks[h.end].pos) && toks[h.end].pos != Pos::kNumber) {
          m.modifier = true;
          // Keep a plural common-noun head in the mention: "Libyan factions", "Libyan delegations".
          uint32_t e = h.end;
          // Plural proper nouns too: "Iraqi Kurds", "Bosnian Serbs".
          while (e < n && hit_at[e] < 0 &&
                 (toks[e].pos == Pos::kNoun || toks[e].pos == Pos::kAdjective ||
                  (toks[e].pos == Pos::kProperNoun && IsPlural(toks[e]))) &&
                 e - h.end < 3) {
            ++e;
          }
          if (e > h.end && (toks[e - 1].pos == Pos::kNoun || toks[e - 1].pos == Pos::kProperNoun)) {
            m.end = e;
            m.plural = IsPlural(toks[e - 1]);
            // A group of people of that nationality is a participant, not a mere modifier.
            m.modifier = !m.plural;
          }
        }
      }
    }
    (void)has_actor;
    if (!role.empty()) {
      m.code = owner.empty() ? role : WithRole(owner, role);
    } else {
      m.code = owner;
    }
    // A bare agent placed by a prepositional phrase: "rebels in Darfur", "the president of Armenia".
    if (owner.empty() && !role.empty() && m.end + 1 < n &&
        (toks[m.end].lower == "in" || toks[m.end].lower == "of" || toks[m.end].lower == "from")) {
      uint32_t q = m.end + 1;
      if (q < n && toks[q].pos == Pos::kDeterminer) ++q;
      if (q < n && hit_at[q] >= 0 && hits[hit_at[q]].kind != NameKind::kAgent) {
        const NameHit& place = hits[hit_at[q]];
        const ActorRecord& rec = lexicon.actors()[place.index];
        if (rec.type == "country" || rec.type == "region") {
          owner = actor_code(place);
          m.code = WithRole(owner, role);
          m.end = place.end;
          m.records.push_back(record_of(place));
        }
      }
    }
    // A bare agent ("the diplomat", "police"): the nearest earlier actor with that role.
    // Only a definite nominal ("the diplomat", "the ministry") refers back; a title before an unknown
    // name ("President Obama") does not.
    const bool definite = m.begin > 0 && (toks[m.begin - 1].lower == "the" || toks[m.begin - 1].lower == "this");
    const bool names_someone = m.end < n && toks[m.end].pos == Pos::kProperNoun;
    const bool person_noun = !m.plural && IsPersonNoun(toks[m.end - 1].lower);
    if (owner.empty() && !role.empty() && !m.plural && definite && !names_someone) {
      std::string code_before = m.code;
      if (!resolve(false, false, role, person_noun, &m)) m.code = code_before;
    }
    // "the Russian envoy" after "Lev Dengov": the same code, and the person it names.
    if (!owner.empty() && !role.empty() && definite && person_noun && !names_someone && m.entity.empty()) {
      bool found = false;
      for (int k = static_cast<int>(out.size()) - 1; k >= 0 && !found; --k) {
        const Mention& c = out[k];
        if (c.person && !c.pronoun && c.code == m.code && !c.entity.empty()) {
          m.entity = c.entity;
          m.resolved_from = std::string(toks[c.begin].text.data(), toks[c.end - 1].end - toks[c.begin].begin);
          m.antecedent_begin = toks[c.begin].begin;
          m.antecedent_end = toks[c.end - 1].end;
          found = true;
        }
      }
      const auto& ents = discourse->entities();
      const size_t window = std::min(ents.size(), Discourse::kWindow);
      for (auto it = ents.rbegin(); it != ents.rbegin() + static_cast<long>(window) && !found; ++it) {
        if (it->person && it->code == m.code && !it->entity.empty()) {
          m.entity = it->entity;
          m.resolved_from = it->text;
          m.antecedent_begin = it->begin;
          m.antecedent_end = it->end;
          found = true;
        }
      }
    }
    // A short name ("Dengov" after "Lev Dengov"): the dictionary already knows who it is; record the
    // earlier, longer mention of the same entity as its antecedent.
    if (m.person && !m.entity.empty() && m.antecedent_end == 0) {
      const uint32_t len = toks[m.end - 1].end - toks[m.begin].begin;
      bool found = false;
      for (int k = static_cast<int>(out.size()) - 1; k >= 0 && !found; --k) {
        const Mention& c = out[k];
        if (c.entity == m.entity && !c.pronoun && toks[c.end - 1].end - toks[c.begin].begin > len) {
          m.antecedent_begin = toks[c.begin].begin;
          m.antecedent_end = toks[c.end - 1].end;
          found = true;
        }
      }
      const auto& ents = discourse->entities();
      for (auto it = ents.rbegin(); it != ents.rend() && !found; ++it) {
        if (it->entity == m.entity && it->end - it->begin > len) {
          m.antecedent_begin = it->begin;
          m.antecedent_end = it->end;
          found = true;
        }
      }
    }
    if (m.code == role && !role.empty() && role != "IGO" && role != "NGO") {
      std::string country = ArticleCountry(out, toks, *discourse, context_country);
      if (!country.empty()) {
        m.code = country + role;
        m.resolved_from = "article country " + country;
      }
    }
    if (!m.code.empty() && m.code.size() >= 3 && m.capital && role.empty()) {
      m.code = CodeCountry(m.code).empty() ? m.code : CodeCountry(m.code);
    }
    out.push_back(std::move(m));
    i = out.back().end;
  }

  // Prepositions before mentions; coordination groups.
  analysis->mention_at.assign(n, -1);
  for (size_t k = 0; k < out.size(); ++k) {
    Mention& m = out[k];
    for (uint32_t t = m.begin; t < m.end; ++t) analysis->mention_at[t] = static_cast<int>(k);
    int p = static_cast<int>(m.begin) - 1;
    while (p >= 0 && (toks[p].pos == Pos::kDeterminer || toks[p].pos == Pos::kAdjective ||
                      toks[p].pos == Pos::kNumber || toks[p].lower == "all")) {
      --p;
    }
    // Quantities are not prepositional phrases: "up to 100 Albanians", "at least 15 soldiers",
    // "more than 30 members".
    const bool quantity = p >= 1 && p + 1 < static_cast<int>(m.begin) && toks[p + 1].pos == Pos::kNumber &&
                          ((toks[p].lower == "to" && toks[p - 1].lower == "up") ||
                           (toks[p].lower == "than" ) || toks[p - 1].lower == "at");
    const bool at_least = p >= 0 && p + 1 < static_cast<int>(m.begin) &&
                          (toks[p].lower == "least" || toks[p].lower == "most");
    if (quantity || at_least) {
      // not a preposition
    } else if (p >= 0 && (toks[p].pos == Pos::kPreposition || toks[p].pos == Pos::kTo)) {
      std::string_view w = toks[p].lower;
      // "from" names a place only before a place: "demands from rebels", "aid from the UN" name
      // an actor in a prepositional phrase.
      const bool from_actor = w == "from" && (m.person || !CodeRole(m.code).empty());
      if (IsLocativePrep(w) && !from_actor) {
        m.locative = true;
      } else if (from_actor) {
        m.in_pp = true;
      } else if (w != "of" && w != "that" && w != "because" && w != "if" && w != "while" &&
                 w != "as" && w != "after" && w != "before" && w != "since" && w != "although") {
        m.in_pp = true;
      }
    }
  }
  for (size_t k = 1; k < out.size(); ++k) {
    const Mention& a = out[k - 1];
    // "the United States and its NATO allies": the possessive pronoun belongs to the second member.
    size_t bk = k;
    if (out[k].pronoun && out[k].possessor && k + 1 < out.size() && out[k + 1].begin == out[k].end &&
        !a.possessor) {
      bk = k + 1;
    }
    Mention& b = out[bk];
    uint32_t gap_begin = a.end, gap_end = out[k].begin;
    bool conj = false, other = false;
    for (uint32_t t = gap_begin; t < gap_end; ++t) {
      std::string_view w = toks[t].lower;
      if (w == "and" || w == "or") {
        conj = true;
      } else if (w != "," && toks[t].pos != Pos::kDeterminer) {
        other = true;
      }
    }
    if (conj && !other && gap_end - gap_begin <= 3 && !a.possessor && !b.possessor && b.group < 0) {
      b.group = a.group >= 0 ? a.group : static_cast<int>(k - 1);
      if (out[k - 1].group < 0) out[k - 1].group = static_cast<int>(k - 1);
      b.locative = b.locative || a.locative;
      b.in_pp = b.in_pp || a.in_pp;
      // "US and British forces", "Hungarian and Romanian officials": a bare country before a
      // nationality + agent shares the agent.
      const std::string b_role = CodeRole(b.code);
      if (!a.person && a.code.size() == 3 && !CodeCountry(a.code).empty() && !b_role.empty() &&
          !CodeCountry(b.code).empty() && toks[b.begin].pos == Pos::kAdjective) {
        Mention& first = out[k - 1];
        first.code = WithRole(first.code, b_role);
        first.modifier = false;
        first.plural = b.plural;
      }
    }
  }

  // A bare agent met before any country was named ("Police arrested 20 activists in Nairobi"): the
  // country of the places the sentence names, when they name one country.
  std::string place_country;
  bool one_country = true;
  for (const Mention& m : out) {
    if (!m.locative || CodeCountry(m.code).empty()) continue;
    if (!place_country.empty() && place_country != CodeCountry(m.code)) one_country = false;
    place_country = CodeCountry(m.code);
  }
  // Else the country the whole sentence names most (ArticleCountry, now with the mentions after it).
  for (Mention& m : out) {
    if (m.code.size() != 3 || CodeRole(m.code) != m.code || m.code == "IGO" || m.code == "NGO" || m.pronoun) continue;
    if (!place_country.empty() && one_country) {
      m.code = place_country + m.code;
      m.resolved_from = "place country " + place_country;
      continue;
    }
    const std::string country = ArticleCountry(out, toks, *discourse, context_country);
    if (!country.empty()) {
      m.code = country + m.code;
      m.resolved_from = "article country " + country;
    }
  }

  // Remember this sentence's actors for the next sentences.
  for (const Mention& m : out) {
    if (m.code.empty() || m.pronoun) continue;
    DiscourseEntity e;
    e.text = std::string(toks[m.begin].text.data(), toks[m.end - 1].end - toks[m.begin].begin);
    e.code = m.code;
    e.entity = m.entity;
    e.records = m.records;
    e.person = m.person;
    e.plural = m.plural;
    e.individual = individual(m);
    e.begin = toks[m.begin].begin;
    e.end = toks[m.end - 1].end;
    discourse->Add(std::move(e));
  }
}

}  // namespace dragoman
