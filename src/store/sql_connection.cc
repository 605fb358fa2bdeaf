// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "store/sql_connection.h"

#include <cstdio>
#include <cstdlib>

namespace dragoman {

bool SqlRow::IsNull(size_t i) const { return i >= values_.size() || std::holds_alternative<std::monostate>(values_[i]); }

int64_t SqlRow::Int(size_t i) const {
  if (i >= values_.size()) return 0;
  const SqlValue& v = values_[i];
  if (const int64_t* p = std::get_if<int64_t>(&v)) return *p;
  if (const double* p = std::get_if<double>(&v)) return static_cast<int64_t>(*p);
  if (const std::string* p = std::get_if<std::string>(&v)) return std::strtoll(p->c_str(), nullptr, 10);
  return 0;
}

double SqlRow::Real(size_t i) const {
  if (i >= values_.size()) return 0;
  const SqlValue& v = values_[i];
  if (const double* p = std::get_if<double>(&v)) return *p;
  if (const int64_t* p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
  if (const std::string* p = std::get_if<std::string>(&v)) return std::strtod(p->c_str(), nullptr);
  return 0;
}

std::string SqlRow::Text(size_t i) const {
  if (i >= values_.size()) return "";
  const SqlValue& v = values_[i];
  if (const std::string* p = std::get_if<std::string>(&v)) return *p;
  if (const int64_t* p = std::get_if<int64_t>(&v)) return std::to_string(*p);
  if (const double* p = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *p);
    return buf;
  }
  return "";
}

}  // namespace dragoman
