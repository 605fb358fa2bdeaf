// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// The zip format as read here: the end-of-central-directory record (signature 0x06054b50) gives the
// central directory; each central entry (0x02014b50) gives method, sizes and the offset of its local
// header (0x04034b50), after which the data follows the local name and extra fields.

#include "util/zip_reader.h"

#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dragoman {
namespace {

uint32_t U16(const std::string& s, size_t p) {
  return static_cast<uint8_t>(s[p]) | (static_cast<uint8_t>(s[p + 1]) << 8);
}
uint32_t U32(const std::string& s, size_t p) { return U16(s, p) | (U16(s, p + 2) << 16); }

bool Inflate(const char* in, size_t in_size, size_t out_size, std::string* out) {
  out->resize(out_size);
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
  z.avail_in = static_cast<uInt>(in_size);
  z.next_out = reinterpret_cast<Bytef*>(out->data());
  z.avail_out = static_cast<uInt>(out_size);
  int rc = inflate(&z, Z_FINISH);
  inflateEnd(&z);
  return rc == Z_STREAM_END && z.total_out == out_size;
}

}  // namespace

Result<std::vector<ZipEntry>> ReadZip(const std::string& path, std::vector<std::string>* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string buf = ss.str();
  if (buf.size() < 22) return Status::DataError(path + ": too short for a zip file");
  size_t eocd = std::string::npos;
  for (size_t p = buf.size() - 22; p + 1 > 0 && buf.size() - p < 70000; --p) {
    if (U32(buf, p) == 0x06054b50) {
      eocd = p;
      break;
    }
    if (p == 0) break;
  }
  if (eocd == std::string::npos) return Status::DataError(path + ": no end-of-central-directory record");
  const uint32_t count = U16(buf, eocd + 10);
  size_t p = U32(buf, eocd + 16);
  std::vector<ZipEntry> entries;
  for (uint32_t i = 0; i < count; ++i) {
    if (p + 46 > buf.size() || U32(buf, p) != 0x02014b50) {
      return Status::DataError(path + ": bad central directory entry " + std::to_string(i));
    }
    const uint32_t method = U16(buf, p + 10);
    const uint32_t csize = U32(buf, p + 20), usize = U32(buf, p + 24);
    const uint32_t nlen = U16(buf, p + 28), xlen = U16(buf, p + 30), clen = U16(buf, p + 32);
    const uint32_t local = U32(buf, p + 42);
    ZipEntry e;
    e.name = buf.substr(p + 46, nlen);
    p += 46 + nlen + xlen + clen;
    if (!e.name.empty() && e.name.back() == '/') continue;
    if (local + 30 > buf.size() || U32(buf, local) != 0x04034b50) {
      errors->push_back(path + ":" + e.name + ": bad local header");
      continue;
    }
    const size_t data = local + 30 + U16(buf, local + 26) + U16(buf, local + 28);
    if (data + csize > buf.size()) {
      errors->push_back(path + ":" + e.name + ": truncated");
      continue;
    }
    if (method == 0) {
      e.data = buf.substr(data, csize);
    } else if (method == 8) {
      if (!Inflate(buf.data() + data, csize, usize, &e.data)) {
        errors->push_back(path + ":" + e.name + ": inflate failed");
        continue;
      }
    } else {
      errors->push_back(path + ":" + e.name + ": unsupported method " + std::to_string(method));
      continue;
    }
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace dragoman
