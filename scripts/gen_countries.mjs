#!/usr/bin/env node
// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Writes data/dict/countries.dict, Dragoman's country actor dictionary (doc/dictionaries.md), from
//   - the npm package `world-countries` (mledoze/countries; ODbL-1.0): names, alternate spellings,
//     English demonyms, capitals, ISO 3166-1 codes; and
//   - data/dict/src/country_overrides.tsv (ours): extra names, news spellings, adjectives, seat-of-
//     government metonyms, code changes, forms to drop, notes.
// The output is a Derivative Database of world-countries and carries its licence (ODbL-1.0).
//
// Usage, from the project root (the package is NOT part of the repository; install it anywhere):
//   npm install --prefix /tmp/wc world-countries@5.1.0
//   node scripts/gen_countries.mjs --world-countries /tmp/wc/node_modules/world-countries
// Options:
//   --world-countries DIR  the installed package (holds countries.json); default: $WORLD_COUNTRIES_DIR,
//                          else node_modules/world-countries under the current directory
//   --overrides FILE       default: data/dict/src/country_overrides.tsv beside this script's project
//   --out FILE             default: data/dict/countries.dict; "-" writes to stdout
// Exit status: 0 on success; 1 on bad input (unknown override key/field, a drop that removes nothing,
// a form shared by two records), with FILE:LINE messages on stderr. The output is deterministic:
// records sorted by code, forms in a fixed order, no timestamps.
//
// Rules applied to the source (before overrides):
//   - names: common name, official name, altSpellings. Parenthesised parts are removed ("Falkland
//     Islands (Malvinas)" -> "Falkland Islands"); dropped are forms with a comma (inverted list forms:
//     "Korea, Republic of"), two-letter codes ("IN", "IT": they collide with English words; overrides add
//     "US", "UK" back, which only match in capitals), forms starting with a lower-case letter, forms in
//     non-Latin scripts, and scholarly transliterations (macrons, dots below, ayn/hamza marks).
//   - every kept form with diacritics also gets its ASCII spelling ("Bogotá" -> "Bogota").
//   - adjectives: the English demonyms (male and female), split at ", " and " or ", each with a
//     regular plural (+s) unless it ends in s, sh, ch, x, z, y, ese or ic (Swiss, British, French,
//     Chinese, Malagasy, Greenlandic); irregular nouns (Briton, Dane, Pole) come from the overrides.
//   - a form is written once per record: a name is not repeated as an adjective or capital.

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PINNED_VERSION = "5.1.0";  // the world-countries release the committed file was made from
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv) {
  const args = {
    wc: process.env.WORLD_COUNTRIES_DIR || join(process.cwd(), "node_modules", "world-countries"),
    overrides: join(projectRoot, "data", "dict", "src", "country_overrides.tsv"),
    out: join(projectRoot, "data", "dict", "countries.dict"),
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) fail(`missing value after ${a}`);
      return argv[++i];
    };
    if (a === "--world-countries") args.wc = next();
    else if (a === "--overrides") args.overrides = next();
    else if (a === "--out") args.out = next();
    else if (a === "-h" || a === "--help") {
      process.stdout.write("usage: node scripts/gen_countries.mjs [--world-countries DIR] " +
                           "[--overrides FILE] [--out FILE|-]\n");
      process.exit(0);
    } else fail(`unknown argument: ${a}`);
  }
  return args;
}

function fail(msg) {
  process.stderr.write(`gen_countries: ${msg}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------
// Text helpers

const SPECIAL_FOLDS = { "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L",
                        "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                        "œ": "oe", "Œ": "OE", "’": "'" };

// ASCII spelling of a Latin-script form: strip combining marks, fold the few letters NFD keeps.
function asciiFold(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "")
          .replace(/[øØæÆßłŁđĐıðÐþÞœŒ’]/g, (c) => SPECIAL_FOLDS[c]);
}

// Letters of Latin-1 and Latin Extended-A/B, plus the punctuation names use.
const LATIN_FORM = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F .'’\-]+$/u;
// Marks of scholarly transliteration rather than news spelling: macron vowels, Latin Extended
// Additional (dots below, Vietnamese), modifier-letter apostrophes and turned commas.
const SCHOLARLY = /[\u0100\u0101\u0112\u0113\u012A\u012B\u014C\u014D\u016A\u016B\u1E00-\u1EFF\u02BB\u02BC\u02BE\u02BF\u2018]/u;

function cleanSourceForm(raw, cca2) {
  let s = raw.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  if (!s) return null;
  if (s.includes(",")) return null;                  // "Korea, Republic of"
  if (s === cca2 || /^[A-Z]{2}$/.test(s)) return null; // ISO alpha-2 codes: "IN", "IT", "US"
  if (!/^\p{Lu}/u.test(s)) return null;              // "weSwatini", "the Abode of Peace"
  if (!LATIN_FORM.test(s)) return null;              // Cyrillic, Arabic, CJK, IPA, ...
  if (SCHOLARLY.test(s)) return null;                // "Afġānistān", "Mamlakat al-Baḥrayn"
  return s;
}

// The form and, when it has diacritics, its ASCII spelling.
function withFold(s) {
  const f = asciiFold(s);
  return f !== s ? [s, f] : [s];
}

const NO_PLURAL = /(s|sh|ch|x|z|y|ese|ic)$/;
function plural(demonym) {
  return NO_PLURAL.test(demonym) ? null : demonym + "s";
}

function splitValues(v) {
  return v.split("|").map((x) => x.trim()).filter((x) => x.length > 0);
}

// Ordered set: keeps first-insertion order, ignores repeats.
class FormList {
  constructor() { this.items = []; this.seen = new Set(); }
  add(s) { if (s && !this.seen.has(s)) { this.seen.add(s); this.items.push(s); } }
  has(s) { return this.seen.has(s); }
  remove(s) {
    if (!this.seen.has(s)) return false;
    this.seen.delete(s);
    this.items = this.items.filter((x) => x !== s);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------------
// Overrides

const FIELDS = new Set(["canonical", "code", "name", "adj", "capital", "drop-name", "drop-adj",
                        "drop-capital", "omit", "note"]);

function readOverrides(path) {
  if (!existsSync(path)) fail(`${path}: not found`);
  const rows = [];
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const cols = line.split("\t");
    const where = `${path}:${i + 1}`;
    if (cols.length !== 3) fail(`${where}: expected 3 TAB-separated columns: ${line}`);
    const [key, field, value] = cols.map((c) => c.trim());
    if (!/^[A-Z]{3}$/.test(key)) fail(`${where}: bad key: ${key}`);
    if (!FIELDS.has(field)) fail(`${where}: unknown field: ${field}`);
    if (value === "") fail(`${where}: empty value`);
    rows.push({ key, field, value, where });
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Build

function buildRecords(countries, overrides) {
  const byKey = new Map(countries.map((c) => [c.cca3, c]));
  for (const o of overrides) {
    if (!byKey.has(o.key)) fail(`${o.where}: no world-countries entity with cca3 ${o.key}`);
  }
  const ov = (key, field) => overrides.filter((o) => o.key === key && o.field === field);

  const records = [];
  for (const c of countries) {
    const key = c.cca3;
    if (ov(key, "omit").length > 0) continue;

    const codeRows = ov(key, "code");
    const code = codeRows.length ? codeRows[codeRows.length - 1].value : key;
    if (!/^[A-Z]{3}$/.test(code)) fail(`${codeRows[0].where}: bad code: ${code}`);

    const canonRows = ov(key, "canonical");
    const canonical = canonRows.length ? canonRows[canonRows.length - 1].value : c.name.common;

    // Names: source forms (with ASCII spellings), then override additions, then drops.
    const names = new FormList();
    for (const raw of [c.name.common, c.name.official, ...(c.altSpellings || [])]) {
      const s = cleanSourceForm(raw, c.cca2);
      if (s) withFold(s).forEach((x) => names.add(x));
    }
    for (const o of ov(key, "name")) splitValues(o.value).forEach((x) => names.add(x));

    const adjs = new FormList();
    const dem = c.demonyms && c.demonyms.eng;
    if (dem) {
      for (const d of [dem.m, dem.f]) {
        if (!d) continue;
        for (const part of d.split(/, | or /)) {
          const s = cleanSourceForm(part, c.cca2);
          if (!s) continue;
          withFold(s).forEach((x) => adjs.add(x));
          if (names.has(s)) continue;  // "Djibouti", "Gibraltar": no plural of a place name
          const p = plural(s);
          if (p) withFold(p).forEach((x) => adjs.add(x));
        }
      }
    }
    for (const o of ov(key, "adj")) splitValues(o.value).forEach((x) => adjs.add(x));

    const capitals = new FormList();
    for (const raw of c.capital || []) {
      const s = cleanSourceForm(raw, c.cca2);
      if (s) withFold(s).forEach((x) => capitals.add(x));
    }
    for (const o of ov(key, "capital")) splitValues(o.value).forEach((x) => capitals.add(x));

    for (const [field, list] of [["drop-name", names], ["drop-adj", adjs], ["drop-capital", capitals]]) {
      for (const o of ov(key, field)) {
        for (const x of splitValues(o.value)) {
          if (!list.remove(x)) fail(`${o.where}: ${field} removes nothing: ${x}`);
        }
      }
    }

    // One form, one field per record: name > adj > capital. The canonical name is the header.
    names.remove(canonical);
    for (const x of [...adjs.items]) if (x === canonical || names.has(x)) adjs.remove(x);
    for (const x of [...capitals.items]) {
      if (x === canonical || names.has(x) || adjs.has(x)) capitals.remove(x);
    }

    records.push({
      key, code, canonical,
      names: names.items, adjs: adjs.items, capitals: capitals.items,
      notes: ov(key, "note").map((o) => o.value),
      independent: c.independent === true, unMember: c.unMember === true,
    });
  }

  // Sorted by code, then canonical name (codes are unique, but be total anyway).
  records.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 :
                          a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));

  // Codes unique; no form shared by two records (every shared form must be settled in the overrides).
  const codes = new Map();
  for (const r of records) {
    if (codes.has(r.code)) fail(`code ${r.code} used by ${codes.get(r.code)} and ${r.key}`);
    codes.set(r.code, r.key);
  }
  const owner = new Map();
  const clashes = [];
  for (const r of records) {
    for (const f of [r.canonical, ...r.names, ...r.adjs, ...r.capitals]) {
      const prev = owner.get(f);
      if (prev && prev !== r.code) clashes.push(`"${f}": ${prev} and ${r.code}`);
      else owner.set(f, r.code);
    }
  }
  if (clashes.length) {
    fail("forms shared by two records (settle them in the overrides):\n  " + clashes.join("\n  "));
  }
  return records;
}

// ---------------------------------------------------------------------------------------------------
// Output

// Repeats an attribute line so that no line grows much past ~100 characters.
function attributeLines(key, forms) {
  const out = [];
  let cur = [];
  let len = 0;
  for (const f of forms) {
    if (cur.length && len + f.length + 3 > 88) {
      out.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(f);
    len += f.length + 3;
  }
  if (cur.length) out.push(cur);
  return out.map((fs) => `  ${key.padEnd(7)} ${fs.join(" | ")}`);
}

function render(records, version) {
  const lines = [
    "# countries.dict: country and territory actors for Dragoman (format: doc/dictionaries.md).",
    "#",
    "# GENERATED by scripts/gen_countries.mjs -- do not edit by hand; change",
    "# data/dict/src/country_overrides.tsv (or the script) and regenerate:",
    `#   npm install --prefix /tmp/wc world-countries@${PINNED_VERSION}`,
    "#   node scripts/gen_countries.mjs --world-countries /tmp/wc/node_modules/world-countries",
    "#",
    `# Source: the npm package world-countries ${version} (mledoze/countries), licensed under the Open`,
    "# Database License (ODbL-1.0), with Dragoman's own overrides. This file is a Derivative Database of",
    "# world-countries and is made available under ODbL-1.0; see data/dict/NOTICE.md.",
    "#",
    "# Conventions: one record per UN member and observer state and per inhabited territory;",
    "# code = ISO 3166-1 alpha-3 (Kosovo: KSV, as CAMEO); name = common, official and news spellings",
    "# (no two-letter codes except US/UK, which match only in capitals); adj = demonyms, singular and",
    "# plural; capital = capital cities and seat-of-government metonyms (\"Moscow said\" -> RUSGOV).",
    "# Sub-national regions are in regions.dict, organisations in organizations.dict.",
    "",
  ];
  for (const r of records) {
    for (const n of r.notes) lines.push(`# ${n}`);
    lines.push(`actor ${r.canonical}`);
    lines.push(`  type    country`);
    lines.push(`  code    ${r.code}`);
    lines.push(...attributeLines("name", r.names));
    lines.push(...attributeLines("adj", r.adjs));
    lines.push(...attributeLines("capital", r.capitals));
    lines.push("");
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------

function main() {
  const args = parseArgs(process.argv);
  const jsonPath = join(args.wc, "countries.json");
  if (!existsSync(jsonPath)) {
    fail(`${jsonPath} not found: install the package (npm install --prefix /tmp/wc ` +
         `world-countries@${PINNED_VERSION}) and pass --world-countries DIR`);
  }
  const countries = JSON.parse(readFileSync(jsonPath, "utf8"));
  let version = "unknown";
  const pkgPath = join(args.wc, "package.json");
  if (existsSync(pkgPath)) version = JSON.parse(readFileSync(pkgPath, "utf8")).version || version;
  if (version !== PINNED_VERSION) {
    process.stderr.write(`gen_countries: warning: world-countries ${version}, the committed file was ` +
                         `made from ${PINNED_VERSION}; review the diff\n`);
  }
  countries.sort((a, b) => (a.cca3 < b.cca3 ? -1 : a.cca3 > b.cca3 ? 1 : 0));
  const overrides = readOverrides(args.overrides);
  const records = buildRecords(countries, overrides);
  const text = render(records, version);
  if (args.out === "-") process.stdout.write(text);
  else writeFileSync(args.out, text);
  const n = records.reduce((acc, r) => acc + 1 + r.names.length + r.adjs.length + r.capitals.length, 0);
  process.stderr.write(`gen_countries: ${records.length} records, ${n} forms -> ${args.out}\n`);
}

main();
