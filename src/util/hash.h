// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// FNV-1a, the small non-cryptographic hash behind our stable record ids (event and quote ids are
// hashes of the article id and the record's position, so the same input gives the same ids).

#ifndef DRAGOMAN_UTIL_HASH_H_
#define DRAGOMAN_UTIL_HASH_H_

#include <cstdint>
#include <string_view>

namespace dragoman {

// 64-bit FNV-1a of `s`, continuing from `h` (chain calls to hash several parts).
inline uint64_t Fnv1a64(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace dragoman

#endif  // DRAGOMAN_UTIL_HASH_H_
