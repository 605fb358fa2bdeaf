// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "quotes/verb_senses.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace dragoman {

Result<std::unique_ptr<VerbSenses>> VerbSenses::Load(const std::string& wordnet_dir) {
  const std::string index_path = wordnet_dir + "/index.verb", data_path = wordnet_dir + "/data.verb";
  std::ifstream data_in(data_path, std::ios::binary);
  if (!data_in) return Status::NotFound(data_path + ": cannot read WordNet verb synsets");
  std::stringstream ss;
  ss << data_in.rdbuf();
  const std::string data = ss.str();
  std::ifstream index(index_path);
  if (!index) return Status::NotFound(index_path + ": cannot read the WordNet verb index");
  std::unique_ptr<VerbSenses> out(new VerbSenses());
  out->first_file_.reserve(12000);
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
    if (file > 0 && file < 256) out->first_file_.emplace(f[0], static_cast<unsigned char>(file));
  }
  if (out->first_file_.empty()) return Status::NotFound(index_path + ": no verb could be read");
  return out;
}

int VerbSenses::FirstSenseFile(std::string_view lemma) const {
  auto it = first_file_.find(lemma);
  return it == first_file_.end() ? -1 : it->second;
}

}  // namespace dragoman
