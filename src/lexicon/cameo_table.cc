// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "lexicon/cameo_table.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace dragoman {

Result<CameoTable> CameoTable::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open CAMEO table");
  CameoTable table;
  std::string line;
  int line_no = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (!header_seen) {
      header_seen = true;
      if (line.rfind("code\t", 0) == 0) continue;
    }
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    if (f.size() < 6) {
      return Status::DataError(path + ":" + std::to_string(line_no) + ": expected 6 columns: " + line);
    }
    CameoCode c;
    c.code = f[0];
    try {
      c.goldstein = std::stod(f[1]);
      c.quad_class = std::stoi(f[2]);
    } catch (...) {
      return Status::DataError(path + ":" + std::to_string(line_no) + ": bad number: " + line);
    }
    c.plover_event = f[3];
    c.plover_mode = f[4];
    c.name = f[5];
    table.codes_[c.code] = std::move(c);
  }
  if (table.codes_.empty()) return Status::DataError(path + ": no codes");
  return table;
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dragoman
