// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "quotes/verb_senses.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "util/hash.h"

namespace dragoman {

Result<std::unique_ptr<VerbSenses>> VerbSenses::Load(const std::string& wordnet_dir, std::vector<int> files) {
  const std::string index_path = wordnet_dir + "/index.verb", data_path = wordnet_dir + "/data.verb";
  std::ifstream data_in(data_path, std::ios::binary);
  if (!data_in) return Status::NotFound(data_path + ": cannot read WordNet verb synsets");
  std::stringstream ss;
  ss << data_in.rdbuf();
  const std::string data = ss.str();
  std::ifstream index(index_path);
  if (!index) return Status::NotFound(index_path + ": cannot read the WordNet verb index");
  std::unique_ptr<VerbSenses> out(new VerbSenses());
  out->slots_.assign(1u << 12, 0);  // grows to stay at most half full (WordNet 3: 8.7 k verbs)
  out->shift_ = 64 - 12;
  std::string line;
  std::vector<std::string> f;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream in(line);
    f.clear();
    for (std::string w; in >> w;) f.push_back(std::move(w));
    // lemma pos synset_cnt p_cnt ptr{p_cnt} sense_cnt tagsense_cnt offset{synset_cnt}
    if (f.size() < 4 || f[0].find('_') != std::string::npos) continue;
    const size_t p_cnt = std::strtoul(f[3].c_str(), nullptr, 10);
    const size_t first = 4 + p_cnt + 2;
    if (first >= f.size()) continue;
    const size_t offset = std::strtoul(f[first].c_str(), nullptr, 10);
    // data.verb: "OFFSET LEX_FILENUM v …" at byte OFFSET.
    if (offset + 12 > data.size() || data.compare(offset, f[first].size(), f[first]) != 0) continue;
    const int file = std::atoi(data.c_str() + offset + f[first].size() + 1);
    if (file <= 0 || file >= 256) continue;
    if (!files.empty() && std::find(files.begin(), files.end(), file) == files.end()) continue;
    out->Insert(f[0], file);
  }
  if (out->count_ == 0) return Status::NotFound(index_path + ": no verb could be read (of the files asked for)");
  return out;
}

namespace {

constexpr uint64_t kFileBits = 0xff;

// The slot to start probing at: the top bits of the hash, mixed (FNV's low bits are weak).
inline size_t Home(uint64_t h, uint32_t shift) { return static_cast<size_t>((h * 0x9E3779B97F4A7C15ull) >> shift); }

}  // namespace

void VerbSenses::Insert(std::string_view lemma, int file) {
  if (2 * (count_ + 1) > slots_.size()) {  // keep it at most half full
    std::vector<uint64_t> old = std::move(slots_);
    slots_.assign(old.size() * 2, 0);
    --shift_;
    count_ = 0;
    for (uint64_t e : old) {
      if (e == 0) continue;
      for (size_t s = Home(e & ~kFileBits, shift_);; s = (s + 1) & (slots_.size() - 1)) {
        if (slots_[s] == 0) {
          slots_[s] = e;
          ++count_;
          break;
        }
      }
    }
  }
  const uint64_t tag = Fnv1a64(lemma) & ~kFileBits;
  for (size_t s = Home(tag, shift_);; s = (s + 1) & (slots_.size() - 1)) {
    if (slots_[s] == 0) {
      slots_[s] = tag | static_cast<uint64_t>(file);
      ++count_;
      return;
    }
    if ((slots_[s] & ~kFileBits) == tag) return;  // the first line of a lemma wins
  }
}

int VerbSenses::FirstSenseFile(std::string_view lemma) const {
  const uint64_t tag = Fnv1a64(lemma) & ~kFileBits;
  for (size_t s = Home(tag, shift_);; s = (s + 1) & (slots_.size() - 1)) {
    const uint64_t e = slots_[s];
    if (e == 0) return -1;
    if ((e & ~kFileBits) == tag) return static_cast<int>(e & kFileBits);
  }
}

}  // namespace dragoman
