// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// PETRARCH-2 dictionary files (formats: petrarch_importer.h and doc/legacy_formats.md).

#include "lexicon/petrarch_importer.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <sstream>

namespace dragoman {
namespace {

namespace fs = std::filesystem;

std::string Problem(const std::string& name, int line, const std::string& reason, std::string_view text) {
  return name + ":" + std::to_string(line) + ": " + reason + ": " + LegacyTrim(text);
}

// Removes <!-- ... --> (possibly over several lines: `in_comment` carries the state) and '#'
// comments that start a line or follow white space.
std::string StripComments(const std::string& line, bool* in_comment) {
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    if (*in_comment) {
      const size_t e = line.find("-->", i);
      if (e == std::string::npos) return out;
      *in_comment = false;
      i = e + 3;
      continue;
    }
    if (line.compare(i, 4, "<!--") == 0) {
      *in_comment = true;
      i += 4;
      continue;
    }
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return out;
    out.push_back(line[i]);
    ++i;
  }
  return out;
}

}  // namespace

void ParsePetrarchVerbs(const std::string& name, std::string_view text, LegacyDictionary* dict,
                        std::vector<std::string>* errors, LegacyLoadStats* stats) {
  std::vector<std::string> lines = ReadLegacyLines(text, &stats->latin1_lines);
  bool in_comment = false;
  std::string synset;
  LegacyCode block_code;
  bool in_block = false;
  size_t block_first = dict->verbs.size();  // first verb of the open block
  std::vector<LegacyPattern> block_patterns;
  auto close_block = [&]() {
    if (in_block) {
      if (dict->verbs.size() == block_first && !block_patterns.empty()) {
        errors->push_back(Problem(name, block_patterns.front().where.line, "patterns of a block without verbs", "skipped"));
        ++stats->skipped;
      }
      std::stable_sort(block_patterns.begin(), block_patterns.end(),
                       [](const LegacyPattern& a, const LegacyPattern& b) { return a.text.size() > b.text.size(); });
      for (size_t v = block_first; v < dict->verbs.size(); ++v) dict->verbs[v].patterns = block_patterns;
    }
    block_patterns.clear();
    in_block = false;
    block_first = dict->verbs.size();
  };
  for (size_t li = 0; li < lines.size(); ++li) {
    const int lineno = static_cast<int>(li) + 1;
    const std::string& raw = lines[li];
    std::string line = LegacyTrim(StripComments(raw, &in_comment));
    if (line.empty()) continue;
    if (line[0] == '&') {
      synset = LegacyUpper(line);
      if (!synset.empty() && synset.back() == '_') synset.pop_back();
      dict->synsets[synset];
      ++stats->synsets;
      continue;
    }
    if (line[0] == '~') {  // transformation
      close_block();
      dict->transformations.push_back({line, {name, lineno}});
      ++stats->transformations;
      continue;
    }
    if (line.rfind("---", 0) == 0 && line.size() > 3 && line[3] != '-') {  // block header
      close_block();
      const size_t a = line.find('['), z = line.find(']');
      LegacyCode code;
      if (a == std::string::npos || z == std::string::npos || z < a || !ParseLegacyCode(line.substr(a + 1, z - a - 1), &code)) {
        errors->push_back(Problem(name, lineno, "verb block header without a [code]", raw));
        ++stats->skipped;
        code.code = "---";
      }
      block_code = code;
      in_block = true;
      synset.clear();
      continue;
    }
    if (line[0] == '+' && !synset.empty() && !in_block) {  // synset member
      std::vector<LegacyElement> member;
      LegacyPattern tmp;
      std::string err;
      if (!ParseLegacyPattern(line.substr(1), true, &tmp, &err) || tmp.upper.empty()) {
        errors->push_back(Problem(name, lineno, "malformed synset member" + (err.empty() ? "" : ": " + err), raw));
        ++stats->skipped;
        continue;
      }
      dict->synsets[synset].push_back(std::move(tmp.upper));
      continue;
    }
    if (!in_block) {
      errors->push_back(Problem(name, lineno, "line outside a verb block or synset", raw));
      ++stats->skipped;
      continue;
    }
    if (line[0] == '-') {  // pattern
      const size_t a = line.rfind('['), z = line.rfind(']');
      LegacyCode code;
      if (a == std::string::npos || z == std::string::npos || z < a || !ParseLegacyCode(line.substr(a + 1, z - a - 1), &code)) {
        errors->push_back(Problem(name, lineno, "pattern without a [code]", raw));
        ++stats->skipped;
        continue;
      }
      LegacyPattern p;
      std::string err;
      std::string body = LegacyTrim(line.substr(1, a - 1));
      if (!ParseLegacyPattern(body, true, &p, &err)) {
        errors->push_back(Problem(name, lineno, "malformed pattern: " + err, raw));
        ++stats->skipped;
        continue;
      }
      p.code = code;
      p.text = body;
      p.where = {name, lineno};
      block_patterns.push_back(std::move(p));
      ++stats->patterns;
      continue;
    }
    // A member verb: "VERB {FORMS} [CODE]" or "+MULTI_WORD {FORMS}".
    std::string member = line[0] == '+' ? line.substr(1) : line;
    LegacyCode code = block_code;
    const size_t a = member.find('[');
    if (a != std::string::npos) {
      const size_t z = member.find(']', a);
      LegacyCode own;
      if (z == std::string::npos || !ParseLegacyCode(member.substr(a + 1, z - a - 1), &own)) {
        errors->push_back(Problem(name, lineno, "malformed verb code", raw));
        ++stats->skipped;
        continue;
      }
      code = own;
      member.erase(a, (z == std::string::npos ? member.size() : z + 1) - a);
    }
    std::vector<std::vector<LegacyWord>> roots;
    const size_t ob = member.find('{');
    std::string head = LegacyTrim(member.substr(0, ob));
    if (ob != std::string::npos) {
      const size_t cb = member.find('}', ob);
      if (cb == std::string::npos) {
        errors->push_back(Problem(name, lineno, "unclosed '{'", raw));
        ++stats->skipped;
        continue;
      }
      std::stringstream ss(member.substr(ob + 1, cb - ob - 1));
      std::string f;
      roots.push_back(ParseLegacyPhrase(head + "_"));
      while (ss >> f) roots.push_back(ParseLegacyPhrase(f + "_"));
    } else {
      // PETRARCH generates regular forms: the root is a word with regular endings.
      roots.push_back(ParseLegacyPhrase(head + "_"));
    }
    if (roots.empty() || roots[0].empty()) {
      errors->push_back(Problem(name, lineno, "verb without a root", raw));
      ++stats->skipped;
      continue;
    }
    LegacyVerb v;
    v.roots = std::move(roots);
    v.code = code;
    v.where = {name, lineno};
    dict->verbs.push_back(std::move(v));
    ++stats->verbs;
  }
  close_block();
}

void ParsePetrarchDiscards(const std::string& name, std::string_view text, LegacyDictionary* dict,
                           std::vector<std::string>* errors, LegacyLoadStats* stats) {
  std::vector<std::string> lines = ReadLegacyLines(text, &stats->latin1_lines);
  bool in_comment = false;
  for (size_t li = 0; li < lines.size(); ++li) {
    std::string line = LegacyTrim(StripComments(lines[li], &in_comment));
    if (line.empty()) continue;
    const bool story = line[0] == '+';
    std::vector<LegacyWord> phrase = ParseLegacyPhrase(story ? line.substr(1) : line);
    if (phrase.empty()) {
      errors->push_back(Problem(name, static_cast<int>(li) + 1, "empty discard", lines[li]));
      ++stats->skipped;
      continue;
    }
    (story ? dict->story_discards : dict->discards).push_back(std::move(phrase));
    ++stats->discards;
  }
}

std::vector<std::string> PetrarchFiles(const std::string& dir) {
  std::vector<std::string> files;
  const fs::path d(dir);
  // PETR_config.ini names the dictionaries PETRARCH itself loads.
  Result<std::string> ini = ReadLegacyFile((d / "PETR_config.ini").string());
  if (ini.ok()) {
    for (const std::string& raw : ReadLegacyLines(*ini, nullptr)) {
      const size_t eq = raw.find('=');
      if (eq == std::string::npos || raw[0] == '#') continue;
      const std::string key = LegacyTrim(raw.substr(0, eq));
      if (key != "verbfile_name" && key != "actorfile_list" && key != "agentfile_name" && key != "discardfile_name") {
        continue;
      }
      std::stringstream ss(raw.substr(eq + 1));
      std::string f;
      while (std::getline(ss, f, ',')) {
        f = LegacyTrim(f);
        if (!f.empty() && fs::exists(d / f)) files.push_back((d / f).string());
      }
    }
    if (!files.empty()) return files;
  }
  std::vector<std::string> all;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(d, ec)) {
    if (e.is_regular_file()) all.push_back(e.path().filename().string());
  }
  std::sort(all.begin(), all.end());
  const bool has_phoenix = std::any_of(all.begin(), all.end(), [](const std::string& f) { return f.rfind("Phoenix.", 0) == 0; });
  for (const std::string& f : all) {
    if (has_phoenix && f.rfind("PETR.Validate.", 0) == 0) continue;
    const LegacyFormat k = DetectLegacyFormat(f, "");
    if (k == LegacyFormat::kPetrarchVerbs || k == LegacyFormat::kPetrarchActors || k == LegacyFormat::kPetrarchAgents ||
        k == LegacyFormat::kPetrarchDiscards || k == LegacyFormat::kTabariActors || k == LegacyFormat::kTabariAgents) {
      if (f.size() > 4 && f.substr(f.size() - 4) == ".ini") continue;
      files.push_back((d / f).string());
    }
  }
  return files;
}

bool ParseLegacyFile(const std::string& name, std::string_view bytes, LegacyFormat format,
                     const LegacyImportOptions& options, LegacyDictionary* dict, std::vector<std::string>* errors,
                     LegacyLoadStats* stats) {
  if (format == LegacyFormat::kUnknown) format = DetectLegacyFormat(name, bytes);
  switch (format) {
    case LegacyFormat::kTabariActors:
    case LegacyFormat::kPetrarchActors:  // TABARI's actor syntax with '#' comments
      ParseTabariActors(name, bytes, options, dict, errors, stats);
      return true;
    case LegacyFormat::kTabariAgents:
    case LegacyFormat::kPetrarchAgents:
      ParseTabariAgents(name, bytes, dict, errors, stats);
      return true;
    case LegacyFormat::kTabariVerbs:
      ParseTabariVerbs(name, bytes, dict, errors, stats);
      return true;
    case LegacyFormat::kTabariOptions:
      ParseTabariOptions(name, bytes, &dict->options, errors);
      return true;
    case LegacyFormat::kPetrarchVerbs:
      ParsePetrarchVerbs(name, bytes, dict, errors, stats);
      return true;
    case LegacyFormat::kPetrarchDiscards:
      ParsePetrarchDiscards(name, bytes, dict, errors, stats);
      return true;
    case LegacyFormat::kPetrarchIssues:
      return true;  // issue coding is not part of event coding
    default:
      return false;
  }
}

Status LoadPetrarch(const std::string& path, const LegacyImportOptions& options, LegacyDictionary* dict,
                    std::vector<std::string>* errors, LegacyLoadStats* stats) {
  const auto start = std::chrono::steady_clock::now();
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    files = PetrarchFiles(path);
    if (files.empty()) return Status::NotFound(path + ": no PETRARCH dictionary files in directory");
  } else {
    files.push_back(path);
  }
  for (const std::string& f : files) {
    Result<std::string> bytes = ReadLegacyFile(f);
    if (!bytes.ok()) return bytes.status();
    if (!ParseLegacyFile(f, *bytes, LegacyFormat::kUnknown, options, dict, errors, stats)) {
      return Status::DataError(f + ": not a PETRARCH dictionary file");
    }
  }
  stats->seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::Ok();
}

Status ImportLegacyDictionary(const std::string& spec, DictionaryData* data, std::vector<std::string>* problems,
                              bool* handled) {
  *handled = false;
  std::string path = spec;
  enum { kGuess, kTabari, kPetrarch } kind = kGuess;
  if (spec.rfind("tabari:", 0) == 0) {
    kind = kTabari;
    path = spec.substr(7);
  } else if (spec.rfind("petrarch:", 0) == 0) {
    kind = kPetrarch;
    path = spec.substr(9);
  } else {
    std::error_code ec;
    if (fs::is_directory(spec, ec) || !fs::exists(spec, ec)) return Status::Ok();
    Result<std::string> bytes = ReadLegacyFile(spec);
    if (!bytes.ok()) return Status::Ok();  // the Dragoman parser will report it
    const LegacyFormat f = DetectLegacyFormat(spec, std::string_view(*bytes).substr(0, 65536));
    if (f == LegacyFormat::kUnknown) return Status::Ok();
    kind = (f == LegacyFormat::kPetrarchVerbs || f == LegacyFormat::kPetrarchActors || f == LegacyFormat::kPetrarchAgents ||
            f == LegacyFormat::kPetrarchDiscards || f == LegacyFormat::kPetrarchIssues)
               ? kPetrarch
               : kTabari;
  }
  *handled = true;
  LegacyDictionary dict;
  LegacyLoadStats stats;
  LegacyImportOptions options;
  std::vector<std::string> errors;
  Status st = kind == kPetrarch ? LoadPetrarch(path, options, &dict, &errors, &stats)
                                : LoadTabari(path, options, &dict, &errors, &stats);
  if (!st.ok()) return st;
  problems->insert(problems->end(), errors.begin(), errors.end());
  std::vector<std::string> dropped;
  LegacyToDictionaryData(dict, data, &dropped);
  for (const std::string& d : dropped) problems->push_back(spec + ": not expressible in Dragoman's model, left out: " + d);
  return Status::Ok();
}

}  // namespace dragoman
