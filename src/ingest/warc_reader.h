// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// WARC reader (ISO 28500, WARC/1.0 and 1.1; .warc or .warc.gz with one gzip member per record, as
// Common Crawl ships CC-NEWS). A file is a sequence of records:
//
//   record   = "WARC/1." DIGIT CRLF *(field CRLF) CRLF block CRLF CRLF
//   field    = name ":" value                 ; WARC-Type, WARC-Target-URI, WARC-Date,
//                                             ; WARC-Record-ID, Content-Type, Content-Length
//   block    = Content-Length bytes           ; for WARC-Type: response with Content-Type
//                                             ; application/http: an HTTP response
//   response = status-line CRLF *(header CRLF) CRLF body
//
// The reader hands out every record with its header fields; for HTTP responses it also parses the
// status line and headers and gives the body, de-chunked and gunzipped/inflated when the headers
// say so. Memory per record is bounded by max_record_bytes: a larger record is skipped, not read.

#ifndef DRAGOMAN_INGEST_WARC_READER_H_
#define DRAGOMAN_INGEST_WARC_READER_H_

#include <cstdint>
#include <string>

#include "dragoman/status.h"
#include "ingest/byte_stream.h"

namespace dragoman {

struct WarcRecord {
  size_t index = 0;     // 1-based position in the file
  uint64_t offset = 0;  // decompressed byte offset of the record's "WARC/" line
  std::string type;     // WARC-Type: "response", "request", "warcinfo", ...
  std::string target_uri;
  std::string date;       // WARC-Date ("2024-02-28T13:06:44Z")
  std::string record_id;  // WARC-Record-ID without the <urn:uuid:...> wrapping
  std::string content_type;  // the record's Content-Type
  uint64_t content_length = 0;
  // HTTP responses only:
  int http_status = 0;             // 0 when the block is not an HTTP response
  std::string http_content_type;   // the response's Content-Type header
  std::string body;                // the response body (or, for other records, the block)
};

class WarcReader {
 public:
  // Reads records from `stream` (owned by the caller, which must outlive the reader).
  WarcReader(ByteStream* stream, size_t max_record_bytes);

  // Reads the next record into *record. Returns:
  //   true              — a record was read;
  //   false             — the end of the file (or reading cannot go on after an error);
  //   an error Status   — this record is bad ("record 12 at byte 48213: no Content-Length"); the
  //                       caller reports it and calls Next() again: the reader resynchronises on the
  //                       next "WARC/1." line when it can, and returns false when it cannot
  //                       (truncated or corrupt gzip data, a read error).
  Result<bool> Next(WarcRecord* record);

 private:
  Status Bad(const WarcRecord& r, const std::string& why) const;

  ByteStream* stream_;
  size_t max_record_bytes_;
  size_t index_ = 0;
  bool done_ = false;
};

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_WARC_READER_H_
