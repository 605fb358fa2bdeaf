// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/byte_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace dragoman {

namespace {
constexpr size_t kChunk = 1 << 16;
}  // namespace

struct ByteStream::Zlib {
  z_stream zs{};
  bool open = false;
  ~Zlib() {
    if (open) inflateEnd(&zs);
  }
};

Result<std::unique_ptr<ByteStream>> ByteStream::Open(const std::string& path) {
  std::unique_ptr<ByteStream> s(new ByteStream());
  if (path == "-") {
    s->file_ = stdin;
    s->owns_file_ = false;
    return s;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::InvalidArgument(path + ": is a directory");
  s->file_ = std::fopen(path.c_str(), "rb");
  if (s->file_ == nullptr) {
    return errno == ENOENT ? Status::NotFound(path + ": cannot open (no such file)")
                           : Status::IoError(path + ": cannot open (" + std::strerror(errno) + ")");
  }
  s->owns_file_ = true;
  return s;
}

std::unique_ptr<ByteStream> ByteStream::FromMemory(std::string_view data) {
  std::unique_ptr<ByteStream> s(new ByteStream());
  s->memory_ = data;
  return s;
}

ByteStream::~ByteStream() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

Status ByteStream::Fill(size_t want) {
  if (!error_.ok()) return error_;
  // Compact the consumed prefix.
  if (buf_pos_ > 0 && (buf_pos_ >= buf_.size() || buf_pos_ > kChunk)) {
    buf_.erase(0, buf_pos_);
    buf_pos_ = 0;
  }
  while (buf_.size() - buf_pos_ < want) {
    // Refill compressed (or raw) input.
    if (in_pos_ >= in_.size() && !eof_) {
      in_.resize(kChunk);
      size_t n;
      if (file_ != nullptr) {
        n = std::fread(in_.data(), 1, kChunk, file_);
        if (n < kChunk) {
          if (std::ferror(file_)) {
            error_ = Status::IoError(std::string("read error: ") + std::strerror(errno));
            return error_;
          }
          eof_ = true;
        }
      } else {
        n = std::min(kChunk, memory_.size() - memory_pos_);
        std::memcpy(in_.data(), memory_.data() + memory_pos_, n);
        memory_pos_ += n;
        if (memory_pos_ >= memory_.size()) eof_ = true;
      }
      in_.resize(n);
      in_pos_ = 0;
      compressed_ += n;
    }
    if (!sniffed_) {
      if (in_.size() - in_pos_ < 2 && !eof_) continue;
      sniffed_ = true;
      gzipped_ = in_.size() - in_pos_ >= 2 && static_cast<unsigned char>(in_[in_pos_]) == 0x1F &&
                 static_cast<unsigned char>(in_[in_pos_ + 1]) == 0x8B;
      if (gzipped_) {
        z_ = std::make_unique<Zlib>();
        if (inflateInit2(&z_->zs, 15 + 16) != Z_OK) {
          error_ = Status::Internal("zlib inflateInit2 failed");
          return error_;
        }
        z_->open = true;
      }
    }
    if (in_pos_ >= in_.size()) {
      if (eof_) {
        if (gzipped_ && !stream_end_) {
          error_ = Status::InvalidArgument("truncated gzip data after " + std::to_string(compressed_) +
                                           " compressed bytes (" + std::to_string(position_ + buf_.size() - buf_pos_) +
                                           " bytes decompressed)");
          // Hand out what was decompressed before the error first.
          if (buf_.size() > buf_pos_) return Status::Ok();
          return error_;
        }
        return Status::Ok();  // the end
      }
      continue;
    }
    if (!gzipped_) {
      buf_.append(in_, in_pos_, std::string::npos);
      in_pos_ = in_.size();
      continue;
    }
    // Inflate one chunk.
    z_stream& zs = z_->zs;
    if (stream_end_) {
      // Another gzip member follows, or trailing garbage.
      if (static_cast<unsigned char>(in_[in_pos_]) != 0x1F) {
        // Zero padding after the last member is tolerated; anything else is reported.
        bool zeros = true;
        for (size_t k = in_pos_; k < in_.size() && zeros; ++k) zeros = in_[k] == '\0';
        if (zeros) {
          in_pos_ = in_.size();
          continue;
        }
        error_ = Status::InvalidArgument("garbage after gzip member at compressed byte " +
                                         std::to_string(compressed_ - (in_.size() - in_pos_)));
        return buf_.size() > buf_pos_ ? Status::Ok() : error_;
      }
      inflateReset(&zs);
      stream_end_ = false;
    }
    const size_t old = buf_.size();
    buf_.resize(old + 4 * kChunk);
    zs.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
    zs.avail_in = static_cast<uInt>(in_.size() - in_pos_);
    zs.next_out = reinterpret_cast<Bytef*>(buf_.data() + old);
    zs.avail_out = static_cast<uInt>(4 * kChunk);
    int rc = inflate(&zs, Z_NO_FLUSH);
    in_pos_ = in_.size() - zs.avail_in;
    buf_.resize(old + (4 * kChunk - zs.avail_out));
    if (rc == Z_STREAM_END) {
      stream_end_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      error_ = Status::InvalidArgument("corrupt gzip data near compressed byte " +
                                       std::to_string(compressed_ - (in_.size() - in_pos_)) + " (" +
                                       (zs.msg != nullptr ? zs.msg : "zlib error") + ")");
      return buf_.size() > buf_pos_ ? Status::Ok() : error_;
    }
  }
  return Status::Ok();
}

Result<std::string_view> ByteStream::Peek(size_t n) {
  Status s = Fill(n);
  if (!s.ok() && buf_.size() == buf_pos_) return s;
  return std::string_view(buf_).substr(buf_pos_, std::min(n, buf_.size() - buf_pos_));
}

Result<size_t> ByteStream::Read(size_t n, std::string* out) {
  size_t total = 0;
  while (total < n) {
    Status s = Fill(std::min(n - total, kChunk * 4));
    size_t avail = buf_.size() - buf_pos_;
    if (avail == 0) {
      if (!s.ok()) return s;
      if (!error_.ok()) return error_;
      break;
    }
    size_t take = std::min(avail, n - total);
    out->append(buf_, buf_pos_, take);
    buf_pos_ += take;
    position_ += take;
    total += take;
  }
  return total;
}

Result<size_t> ByteStream::Skip(size_t n) {
  size_t total = 0;
  while (total < n) {
    Status s = Fill(std::min(n - total, kChunk * 4));
    size_t avail = buf_.size() - buf_pos_;
    if (avail == 0) {
      if (!s.ok()) return s;
      if (!error_.ok()) return error_;
      break;
    }
    size_t take = std::min(avail, n - total);
    buf_pos_ += take;
    position_ += take;
    total += take;
  }
  return total;
}

Result<bool> ByteStream::ReadLine(std::string* line, size_t max_line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  size_t length = 0;  // bytes of the line seen, kept or not
  for (;;) {
    if (buf_pos_ >= buf_.size()) {
      Status s = Fill(1);
      if (buf_pos_ >= buf_.size()) {
        if (!s.ok()) return s;
        if (!error_.ok()) return error_;
        break;
      }
    }
    any = true;
    const char* start = buf_.data() + buf_pos_;
    const size_t avail = buf_.size() - buf_pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t take = nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (line->size() < max_line) line->append(start, std::min(take, max_line - line->size()));
    length += take;
    buf_pos_ += take + (nl != nullptr ? 1 : 0);
    position_ += take + (nl != nullptr ? 1 : 0);
    if (nl != nullptr) break;
  }
  *too_long = length > max_line;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return any;
}

Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes) {
  auto stream = ByteStream::Open(path);
  if (!stream.ok()) return stream.status();
  std::string data;
  auto n = (*stream)->Read(max_bytes + 1, &data);
  if (!n.ok()) return Status(n.status().code(), path + ": " + n.status().message());
  if (data.size() > max_bytes) {
    return Status::InvalidArgument(path + ": larger than " + std::to_string(max_bytes) + " bytes");
  }
  return data;
}

}  // namespace dragoman
