// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// ZipReader: reads the files of a .zip archive (stored or deflated entries) into memory, for the
// benchmark corpus. A damaged entry is reported and skipped.

#ifndef DRAGOMAN_UTIL_ZIP_READER_H_
#define DRAGOMAN_UTIL_ZIP_READER_H_

#include <string>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

struct ZipEntry {
  std::string name;
  std::string data;
};

// All file entries of `path` (directories left out), in archive order. Entries that cannot be
// decoded are listed in `errors` ("PATH:ENTRY: reason") and skipped.
Result<std::vector<ZipEntry>> ReadZip(const std::string& path, std::vector<std::string>* errors);

}  // namespace dragoman

#endif  // DRAGOMAN_UTIL_ZIP_READER_H_
