// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace dragoman {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsCaseless(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits "Name: value"; false if there is no colon.
bool SplitHeader(std::string_view line, std::string_view* name, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  *name = Trim(line.substr(0, colon));
  *value = Trim(line.substr(colon + 1));
  return true;
}

// De-chunks an HTTP/1.1 chunked body. False if the framing is broken (the caller keeps the body).
bool Dechunk(std::string_view in, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < in.size()) {
    size_t eol = in.find('\n', i);
    if (eol == std::string_view::npos) return false;
    std::string size_line(Trim(in.substr(i, eol - i)));
    size_t semi = size_line.find(';');
    if (semi != std::string::npos) size_line.resize(semi);
    if (size_line.empty() || size_line.size() > 12) return false;
    char* end = nullptr;
    unsigned long long n = std::strtoull(size_line.c_str(), &end, 16);
    if (end == size_line.c_str() || *end != '\0') return false;
    i = eol + 1;
    if (n == 0) return true;
    if (n > in.size() - i) return false;
    out->append(in.substr(i, n));
    i += n;
    if (i < in.size() && in[i] == '\r') ++i;
    if (i < in.size() && in[i] == '\n') ++i;
  }
  return true;
}

// Inflates a gzip or zlib/deflate body, refusing to grow past `max`. False on bad data.
bool Inflate(std::string_view in, size_t max, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return false;  // gzip or zlib, detected
  out->clear();
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    size_t old = out->size();
    if (old >= max) break;
    out->resize(std::min(max, old + (1u << 16)));
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + old);
    zs.avail_out = static_cast<uInt>(out->size() - old);
    rc = inflate(&zs, Z_NO_FLUSH);
    out->resize(out->size() - zs.avail_out);
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END || rc == Z_OK || rc == Z_BUF_ERROR;
}

}  // namespace

WarcReader::WarcReader(ByteStream* stream, size_t max_record_bytes)
    : stream_(stream), max_record_bytes_(max_record_bytes) {}

Status WarcReader::Bad(const WarcRecord& r, const std::string& why) const {
  return Status::InvalidArgument("record " + std::to_string(r.index) + " at byte " + std::to_string(r.offset) + ": " +
                                 why);
}

Result<bool> WarcReader::Next(WarcRecord* record) {
  if (done_) return false;
  *record = WarcRecord{};
  std::string line;
  bool too_long = false;
  // The version line (blank lines between records are skipped; anything else up to the next
  // version line is skipped and reported).
  size_t skipped_lines = 0;
  for (;;) {
    record->offset = stream_->position();
    Result<bool> got = stream_->ReadLine(&line, 4096, &too_long);
    if (!got.ok()) {
      done_ = true;
      record->index = index_ + 1;
      return Bad(*record, got.status().message());
    }
    if (!*got) {
      done_ = true;
      if (skipped_lines > 0) {
        record->index = index_ + 1;
        return Bad(*record, "no WARC record in the last " + std::to_string(skipped_lines) + " lines");
      }
      return false;
    }
    if (line.rfind("WARC/1.", 0) == 0 && !too_long) break;
    if (!line.empty()) ++skipped_lines;
    if (skipped_lines > 100000) {
      done_ = true;
      record->index = index_ + 1;
      return Bad(*record, "not a WARC file (no \"WARC/1.\" line)");
    }
  }
  record->index = ++index_;
  bool have_length = false;
  size_t header_lines = 0;
  for (;;) {
    Result<bool> got = stream_->ReadLine(&line, 8192, &too_long);
    if (!got.ok()) {
      done_ = true;
      return Bad(*record, got.status().message());
    }
    if (!*got) {
      done_ = true;
      return Bad(*record, "the file ends inside the record header");
    }
    if (line.empty()) break;
    if (++header_lines > 1000) return Bad(*record, "more than 1000 header lines");
    std::string_view name, value;
    if (!SplitHeader(line, &name, &value)) continue;
    if (EqualsCaseless(name, "WARC-Type")) {
      record->type = std::string(value);
    } else if (EqualsCaseless(name, "WARC-Target-URI")) {
      std::string_view v = value;
      if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
      record->target_uri = std::string(v);
    } else if (EqualsCaseless(name, "WARC-Date")) {
      record->date = std::string(value);
    } else if (EqualsCaseless(name, "WARC-Record-ID")) {
      std::string_view v = value;
      if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = v.substr(1, v.size() - 2);
      if (v.rfind("urn:uuid:", 0) == 0) v.remove_prefix(9);
      record->record_id = std::string(v);
    } else if (EqualsCaseless(name, "Content-Type")) {
      record->content_type = std::string(value);
    } else if (EqualsCaseless(name, "Content-Length")) {
      char* end = nullptr;
      std::string v(value);
      unsigned long long n = std::strtoull(v.c_str(), &end, 10);
      if (v.empty() || end == v.c_str() || *end != '\0') return Bad(*record, "bad Content-Length: " + v);
      record->content_length = n;
      have_length = true;
    }
  }
  if (!have_length) return Bad(*record, "no Content-Length (resynchronising on the next record)");
  if (record->content_length > max_record_bytes_) {
    Result<size_t> skipped = stream_->Skip(record->content_length);
    if (!skipped.ok()) {
      done_ = true;
      return Bad(*record, skipped.status().message());
    }
    return Bad(*record, std::to_string(record->content_length) + " bytes, over the limit of " +
                            std::to_string(max_record_bytes_) + ": skipped");
  }
  std::string block;
  Result<size_t> n = stream_->Read(record->content_length, &block);
  if (!n.ok()) {
    done_ = true;
    return Bad(*record, n.status().message());
  }
  if (*n < record->content_length) {
    done_ = true;
    return Bad(*record, "truncated: " + std::to_string(*n) + " of " + std::to_string(record->content_length) +
                            " bytes");
  }
  // The HTTP response inside a response record.
  const bool http = record->content_type.find("application/http") != std::string::npos ||
                    block.rfind("HTTP/", 0) == 0;
  if (record->type == "response" && http && block.rfind("HTTP/", 0) == 0) {
    size_t header_end = block.find("\r\n\r\n");
    size_t sep = 4;
    if (header_end == std::string::npos) {
      header_end = block.find("\n\n");
      sep = 2;
    }
    if (header_end == std::string::npos) return Bad(*record, "HTTP response without the end of its headers");
    std::string_view headers = std::string_view(block).substr(0, header_end);
    size_t eol = headers.find('\n');
    std::string_view status_line = headers.substr(0, eol);
    size_t sp = status_line.find(' ');
    record->http_status = sp == std::string_view::npos ? 0 : std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
    bool chunked = false;
    std::string encoding;
    size_t pos = eol == std::string_view::npos ? headers.size() : eol + 1;
    while (pos < headers.size()) {
      size_t e = headers.find('\n', pos);
      if (e == std::string_view::npos) e = headers.size();
      std::string_view name, value;
      if (SplitHeader(headers.substr(pos, e - pos), &name, &value)) {
        if (EqualsCaseless(name, "Content-Type")) record->http_content_type = std::string(value);
        if (EqualsCaseless(name, "Transfer-Encoding") && value.find("chunked") != std::string_view::npos) chunked = true;
        if (EqualsCaseless(name, "Content-Encoding")) {
          for (char c : value) encoding.push_back(Lower(c));
        }
      }
      pos = e + 1;
    }
    record->body = block.substr(header_end + sep);
    if (chunked) {
      std::string out;
      if (Dechunk(record->body, &out)) record->body = std::move(out);
    }
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
      std::string out;
      if (!Inflate(record->body, max_record_bytes_, &out)) return Bad(*record, "bad " + encoding + " body");
      record->body = std::move(out);
    }
  } else {
    record->body = std::move(block);
  }
  return true;
}

}  // namespace dragoman
