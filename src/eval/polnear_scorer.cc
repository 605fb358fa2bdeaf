// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "eval/polnear_scorer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace dragoman {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& p, bool* ok) {
  std::ifstream in(p, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Byte offset of every code point boundary: result[i] is the byte where code point i starts.
std::vector<uint32_t> CodePointOffsets(const std::string& text) {
  std::vector<uint32_t> out;
  out.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

struct Word {
  uint32_t begin, end;
};

// Maximal runs of letters and digits (bytes >= 0x80 are letters, except the punctuation block
// U+2000–U+206F: dashes, curly quotes, ellipsis).
std::vector<Word> Words(const std::string& text) {
  std::vector<Word> out;
  size_t i = 0;
  const size_t n = text.size();
  auto is_letter_at = [&](size_t k, size_t* len) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    if (c < 0x80) {
      *len = 1;
      return std::isalnum(c) != 0;
    }
    size_t l = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    *len = std::min(l, n - k);
    if (c == 0xE2 && k + 1 < n && (static_cast<unsigned char>(text[k + 1]) == 0x80 ||
                                   static_cast<unsigned char>(text[k + 1]) == 0x81)) {
      return false;
    }
    if (c == 0xC2) return false;  // Latin-1 punctuation and spaces (« » NBSP …)
    return true;
  };
  while (i < n) {
    size_t len = 1;
    if (!is_letter_at(i, &len)) {
      i += len;
      continue;
    }
    const size_t b = i;
    while (i < n && is_letter_at(i, &len)) i += len;
    out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i)});
  }
  return out;
}

// The words (indexes into `words`) that the spans touch.
std::vector<int> WordSet(const std::vector<Word>& words, const std::vector<Span>& spans) {
  std::vector<int> out;
  for (const Span& s : spans) {
    auto it = std::upper_bound(words.begin(), words.end(), s.begin, [](uint32_t b, const Word& w) { return b < w.end; });
    for (; it != words.end() && it->begin < s.end; ++it) out.push_back(static_cast<int>(it - words.begin()));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t Intersection(const std::vector<int>& a, const std::vector<int>& b) {
  size_t n = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++n;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

std::string Excerpt(const std::string& text, const std::vector<Span>& spans, size_t max = 90) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out += " … ";
    if (s.end <= text.size() && s.begin < s.end) out += text.substr(s.begin, s.end - s.begin);
  }
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  if (out.size() > max) out = out.substr(0, max) + "…";
  return out;
}

}  // namespace

Result<std::vector<PolnearArticle>> LoadPolnear(const std::string& dir, std::vector<std::string>* problems) {
  const fs::path text_dir = fs::path(dir) / "text", ann_dir = fs::path(dir) / "attributions";
  std::error_code ec;
  if (!fs::is_directory(text_dir, ec) || !fs::is_directory(ann_dir, ec)) {
    return Status::NotFound(dir + ": want text/ and attributions/ folders (a PolNeAR compartment)");
  }
  std::vector<fs::path> anns;
  for (const auto& e : fs::directory_iterator(ann_dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".ann") anns.push_back(e.path());
  }
  std::sort(anns.begin(), anns.end());
  std::map<std::string, bool> seen;
  std::vector<PolnearArticle> out;
  for (const fs::path& ann : anns) {
    // NAME_ANNOTATOR.ann
    std::string stem = ann.stem().string();
    const size_t us = stem.rfind('_');
    if (us == std::string::npos) {
      problems->push_back(ann.string() + ":0: no _ANNOTATOR suffix in the file name");
      continue;
    }
    const std::string name = stem.substr(0, us);
    if (seen[name]) continue;
    seen[name] = true;
    PolnearArticle a;
    a.name = name;
    const size_t d = name.find('_');
    if (d != std::string::npos && name.size() >= d + 11 && name[d + 5] == '-') a.date = name.substr(d + 1, 10);
    bool ok = false;
    a.text = ReadAll(text_dir / (name + ".txt"), &ok);
    if (!ok) {
      problems->push_back((text_dir / (name + ".txt")).string() + ":0: cannot read the article text");
      continue;
    }
    const std::vector<uint32_t> cp = CodePointOffsets(a.text);
    std::ifstream in(ann);
    std::string line;
    int line_no = 0;
    std::map<std::string, std::pair<std::string, std::vector<Span>>> bounds;  // T id → (type, spans)
    std::vector<std::string> events;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      if (line[0] == 'E') {
        events.push_back(line);
        continue;
      }
      if (line[0] != 'T') continue;
      std::istringstream fields(line);
      std::string id, rest;
      std::getline(fields, id, '\t');
      std::getline(fields, rest, '\t');
      const size_t sp = rest.find(' ');
      if (sp == std::string::npos) {
        problems->push_back(ann.string() + ":" + std::to_string(line_no) + ": no range: " + line);
        continue;
      }
      std::string type = rest.substr(0, sp);
      std::vector<Span> spans;
      std::istringstream ranges(rest.substr(sp + 1));
      std::string range;
      bool bad = false;
      while (std::getline(ranges, range, ';')) {
        std::istringstream r(range);
        long b = -1, e = -1;
        r >> b >> e;
        if (b < 0 || e < b || static_cast<size_t>(e) >= cp.size()) {
          bad = true;
          break;
        }
        spans.push_back({cp[b], cp[e]});
      }
      if (bad) {
        problems->push_back(ann.string() + ":" + std::to_string(line_no) + ": bad range: " + line);
        continue;
      }
      bounds[id] = {type, spans};
    }
    for (const std::string& ev : events) {
      std::istringstream fields(ev);
      std::string id, args;
      std::getline(fields, id, '\t');
      std::getline(fields, args, '\t');
      std::istringstream parts(args);
      std::string part;
      PolnearAttribution at;
      while (parts >> part) {
        const size_t colon = part.find(':');
        if (colon == std::string::npos) continue;
        // BRAT numbers a repeated role: "Content:T18 Content2:T22" is one content in two pieces.
        std::string role = part.substr(0, colon);
        while (!role.empty() && std::isdigit(static_cast<unsigned char>(role.back()))) role.pop_back();
        auto it = bounds.find(part.substr(colon + 1));
        if (it == bounds.end()) continue;
        std::vector<Span>* into = role == "Content" ? &at.content
                                  : role == "Source" ? &at.source
                                  : role == "Cue"    ? &at.cue
                                                     : nullptr;
        if (into != nullptr) into->insert(into->end(), it->second.second.begin(), it->second.second.end());
      }
      if (!at.content.empty()) a.gold.push_back(std::move(at));
    }
    out.push_back(std::move(a));
  }
  if (out.empty()) return Status::NotFound(dir + ": no article could be read");
  return out;
}

std::vector<PolnearAttribution> AttributionsFromQuotes(const std::vector<Quote>& quotes) {
  std::vector<PolnearAttribution> out;
  std::map<std::pair<uint32_t, uint32_t>, size_t> by_cue;
  for (const Quote& q : quotes) {
    if (!q.cue.span.empty()) {
      auto key = std::make_pair(q.cue.span.begin, q.cue.span.end);
      auto it = by_cue.find(key);
      if (it != by_cue.end()) {
        out[it->second].content.push_back(q.span);
        continue;
      }
      by_cue[key] = out.size();
    }
    PolnearAttribution a;
    a.content.push_back(q.span);
    if (!q.speaker.span.empty()) a.source.push_back(q.speaker.span);
    if (!q.cue.span.empty()) a.cue.push_back(q.cue.span);
    out.push_back(std::move(a));
  }
  return out;
}

void ScorePolnearArticle(const PolnearArticle& article, const std::vector<PolnearAttribution>& predicted,
                         PolnearReport* report, std::vector<std::string>* misses) {
  ++report->articles;
  const std::vector<Word> words = Words(article.text);
  std::vector<std::vector<int>> gold, pred;
  for (const auto& g : article.gold) gold.push_back(WordSet(words, g.content));
  for (const auto& p : predicted) pred.push_back(WordSet(words, p.content));
  // Attributions with no words (punctuation only) count for neither side.
  size_t gold_n = 0, pred_n = 0;
  for (const auto& g : gold) gold_n += !g.empty();
  for (const auto& p : pred) pred_n += !p.empty();
  report->exact.gold += gold_n;
  report->exact.predicted += pred_n;
  report->overlap.gold += gold_n;
  report->overlap.predicted += pred_n;

  std::vector<bool> g_used(gold.size(), false), p_used(pred.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gold[g].empty()) continue;
    for (size_t p = 0; p < pred.size(); ++p) {
      if (!p_used[p] && pred[p] == gold[g]) {
        g_used[g] = p_used[p] = true;
        ++report->exact.tp_gold;
        ++report->exact.tp_predicted;
        break;
      }
    }
  }
  struct Pair {
    double score;
    size_t g, p;
  };
  std::vector<Pair> pairs;
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < pred.size(); ++p) {
      const size_t inter = Intersection(gold[g], pred[p]);
      if (inter == 0) continue;
      pairs.push_back({double(inter) / double(gold[g].size() + pred[p].size() - inter), g, p});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    return a.score != b.score ? a.score > b.score : (a.g != b.g ? a.g < b.g : a.p < b.p);
  });
  // Gold contents with a quote mark (straight, curly, guillemet, or '') are direct.
  std::vector<bool> direct(gold.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    for (const Span& sp : article.gold[g].content) {
      const std::string_view piece = std::string_view(article.text).substr(sp.begin, sp.end - sp.begin);
      direct[g] = direct[g] || piece.find('"') != std::string_view::npos ||
                  piece.find("\xE2\x80\x9C") != std::string_view::npos || piece.find("\xE2\x80\x9D") != std::string_view::npos ||
                  piece.find("''") != std::string_view::npos || piece.find("\xC2\xAB") != std::string_view::npos;
    }
    if (!gold[g].empty() && direct[g]) ++report->gold_direct;
  }
  std::vector<int> g_match(gold.size(), -1), p_match(pred.size(), -1);
  for (const Pair& pr : pairs) {
    if (g_match[pr.g] >= 0 || p_match[pr.p] >= 0) continue;
    g_match[pr.g] = static_cast<int>(pr.p);
    p_match[pr.p] = static_cast<int>(pr.g);
    ++report->overlap.tp_gold;
    ++report->overlap.tp_predicted;
    if (direct[pr.g]) ++report->gold_direct_matched;
    const PolnearAttribution& ga = article.gold[pr.g];
    const PolnearAttribution& pa = predicted[pr.p];
    if (ga.source.empty()) continue;
    ++report->speaker_pairs;
    const bool right = Intersection(WordSet(words, ga.source), WordSet(words, pa.source)) > 0;
    report->speaker_correct += right;
    if (!right && misses != nullptr) {
      misses->push_back(article.name + "\tspeaker\tgold=" + Excerpt(article.text, ga.source, 40) +
                        "\tpredicted=" + Excerpt(article.text, pa.source, 40) + "\t" +
                        Excerpt(article.text, ga.content));
    }
  }
  if (misses == nullptr) return;
  for (size_t g = 0; g < gold.size(); ++g) {
    if (g_match[g] < 0 && !gold[g].empty()) {
      misses->push_back(article.name + "\tmissed\t" + Excerpt(article.text, article.gold[g].cue, 30) + "\t" +
                        Excerpt(article.text, article.gold[g].content));
    }
  }
  for (size_t p = 0; p < pred.size(); ++p) {
    if (p_match[p] < 0 && !pred[p].empty()) {
      misses->push_back(article.name + "\textra\t" + Excerpt(article.text, predicted[p].cue, 30) + "\t" +
                        Excerpt(article.text, predicted[p].content));
    }
  }
}

}  // namespace dragoman
