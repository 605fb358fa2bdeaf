// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// ByteStream: a file or standard input read front to back in bounded memory, gunzipped on the fly
// when its first bytes are the gzip magic (concatenated gzip members, as in .warc.gz, read as one
// stream). Used by every reader of outside input, so that a huge or damaged file costs a bounded
// buffer and yields an error that names the byte where it went wrong.

#ifndef DRAGOMAN_INGEST_BYTE_STREAM_H_
#define DRAGOMAN_INGEST_BYTE_STREAM_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "dragoman/status.h"

namespace dragoman {

class ByteStream {
 public:
  // Opens `path` ("-" is standard input). Fails (kNotFound / kIoError) if it cannot be opened or is
  // a directory.
  static Result<std::unique_ptr<ByteStream>> Open(const std::string& path);
  // A stream over bytes held in memory (for tests and for JSONL "html" fields); `data` must outlive it.
  static std::unique_ptr<ByteStream> FromMemory(std::string_view data);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // The first `n` (decompressed) bytes, without consuming them (fewer at the end of a short
  // stream). The view lives until the next call on this stream.
  Result<std::string_view> Peek(size_t n);
  // Appends up to `n` bytes to *out; returns how many (0 at the end). Fails on a read error, corrupt
  // gzip data, or a gzip stream that ends early ("truncated gzip data after N compressed bytes").
  Result<size_t> Read(size_t n, std::string* out);
  // Discards up to `n` bytes; returns how many.
  Result<size_t> Skip(size_t n);
  // Reads one line into *line (without the '\n' and a '\r' before it). Returns false at the end. A
  // line longer than `max_line` is consumed to its end but only its first max_line bytes are kept, and
  // *too_long is set.
  Result<bool> ReadLine(std::string* line, size_t max_line, bool* too_long);

  bool gzipped() const { return gzipped_; }
  // Decompressed bytes consumed so far (the position of the next byte).
  uint64_t position() const { return position_; }
  // Compressed bytes read from the file so far (equals position() for plain files, roughly).
  uint64_t compressed_position() const { return compressed_; }

 private:
  ByteStream() = default;
  // Makes at least `want` bytes available in buf_ (from buf_pos_) unless the stream ends first.
  Status Fill(size_t want);

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string_view memory_;  // FromMemory source
  size_t memory_pos_ = 0;
  bool gzipped_ = false;
  bool sniffed_ = false;
  bool eof_ = false;        // no more source bytes
  bool stream_end_ = false;  // the last gzip member ended cleanly
  struct Zlib;
  std::unique_ptr<Zlib> z_;
  std::string in_;           // compressed input buffer
  size_t in_pos_ = 0;
  std::string buf_;          // decompressed bytes not yet consumed: buf_[buf_pos_, end)
  size_t buf_pos_ = 0;
  uint64_t position_ = 0;
  uint64_t compressed_ = 0;
  Status error_;             // sticky
};

// Reads a whole file ("-": standard input), gunzipped if it is gzip, refusing more than `max_bytes`
// (kInvalidArgument "... is larger than N bytes"). Errors name the path.
Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_BYTE_STREAM_H_
