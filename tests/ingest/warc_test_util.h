// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Builders for WARC files and gzip data in tests (the files are made in the test, not stored).

#ifndef DRAGOMAN_TESTS_INGEST_WARC_TEST_UTIL_H_
#define DRAGOMAN_TESTS_INGEST_WARC_TEST_UTIL_H_

#include <zlib.h>

#include <string>

namespace dragoman::testing {

// One gzip member holding `data`.
inline std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// A WARC record: the header fields and the block, framed as ISO 28500 says.
inline std::string WarcRecordBytes(const std::string& type, const std::string& uri, const std::string& block,
                              const std::string& content_type = "application/http; msgtype=response",
                              const std::string& id = "") {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Date: 2024-02-28T13:06:44Z\r\n";
  r += "WARC-Record-ID: <urn:uuid:" + (id.empty() ? std::string("00000000-0000-0000-0000-000000000000") : id) +
       ">\r\n";
  r += "Content-Type: " + content_type + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

// An HTTP response block.
inline std::string HttpResponse(const std::string& body, const std::string& content_type = "text/html; charset=utf-8",
                                int status = 200, const std::string& extra_headers = "") {
  return "HTTP/1.1 " + std::to_string(status) + " OK\r\nContent-Type: " + content_type + "\r\n" + extra_headers +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// A page with an article body long enough to be read as one.
inline std::string ArticlePage(const std::string& title, const std::string& sentence) {
  return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body><nav><a href=/>Home</a> "
         "<a href=/world>World</a></nav><article><h1>" + title + "</h1><p>" + sentence +
         " Officials confirmed the account later in the day, and said talks would continue.</p><p>" + sentence +
         " A second paragraph repeats it, as news sites often do, with more words for the reader.</p></article>"
         "<footer>Copyright 2024 Example</footer></body></html>";
}

}  // namespace dragoman::testing

#endif  // DRAGOMAN_TESTS_INGEST_WARC_TEST_UTIL_H_
