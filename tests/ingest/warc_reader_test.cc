// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/warc_test_util.h"

namespace dragoman {
namespace {

using testing::Gzip;
using testing::HttpResponse;
using testing::WarcRecordBytes;

struct Read {
  std::vector<dragoman::WarcRecord> records;
  std::vector<std::string> errors;
};

Read ReadAll(const std::string& file, size_t max_record = 1 << 20) {
  std::unique_ptr<ByteStream> stream = ByteStream::FromMemory(file);
  WarcReader reader(stream.get(), max_record);
  Read out;
  for (int guard = 0; guard < 1000; ++guard) {
    dragoman::WarcRecord r;
    Result<bool> got = reader.Next(&r);
    if (!got.ok()) {
      out.errors.push_back(got.status().message());
      continue;
    }
    if (!*got) break;
    out.records.push_back(std::move(r));
  }
  return out;
}

std::string SampleWarc() {
  std::string f;
  f += WarcRecordBytes("warcinfo", "", "software: test\r\n", "application/warc-fields");
  f += WarcRecordBytes("request", "https://example.org/a", "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n",
                  "application/http; msgtype=request");
  f += WarcRecordBytes("response", "https://example.org/a", HttpResponse("<html><body><p>Page A</p></body></html>"), 
                  "application/http; msgtype=response", "aaaa");
  f += WarcRecordBytes("response", "https://example.org/logo.png", HttpResponse(std::string("\x89PNG\r\n", 6), "image/png"));
  return f;
}

TEST(WarcReaderTest, ReadsRecordsAndHttpResponses) {
  Read r = ReadAll(SampleWarc());
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.records.size(), 4u);
  EXPECT_EQ(r.records[0].type, "warcinfo");
  EXPECT_EQ(r.records[1].type, "request");
  const dragoman::WarcRecord& a = r.records[2];
  EXPECT_EQ(a.index, 3u);
  EXPECT_EQ(a.type, "response");
  EXPECT_EQ(a.target_uri, "https://example.org/a");
  EXPECT_EQ(a.record_id, "aaaa");
  EXPECT_EQ(a.date, "2024-02-28T13:06:44Z");
  EXPECT_EQ(a.http_status, 200);
  EXPECT_EQ(a.http_content_type, "text/html; charset=utf-8");
  EXPECT_EQ(a.body, "<html><body><p>Page A</p></body></html>");
  EXPECT_EQ(r.records[3].http_content_type, "image/png");
}

TEST(WarcReaderTest, GzipMembersPerRecordReadAsOneStream) {
  std::string plain = SampleWarc();
  // Split into records and gzip each, as .warc.gz files are made.
  std::string gz;
  size_t pos = 0;
  while (pos < plain.size()) {
    size_t next = plain.find("WARC/1.0\r\n", pos + 1);
    if (next == std::string::npos) next = plain.size();
    gz += Gzip(plain.substr(pos, next - pos));
    pos = next;
  }
  Read r = ReadAll(gz);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(r.records.size(), 4u);
  EXPECT_EQ(r.records[2].body, "<html><body><p>Page A</p></body></html>");
  EXPECT_EQ(r.records[2].offset, plain.find("WARC/1.0\r\nWARC-Type: response"));
}

TEST(WarcReaderTest, TruncatedGzipIsReportedWithTheRecordAndEndsTheFile) {
  std::string gz = Gzip(SampleWarc());
  gz.resize(gz.size() * 2 / 3);
  Read r = ReadAll(gz);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("record "), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[0].find("truncated gzip"), std::string::npos) << r.errors[0];
  EXPECT_LT(r.records.size(), 4u);
}

TEST(WarcReaderTest, ChunkedAndGzippedBodiesAreDecoded) {
  const std::string html = "<html><body><p>Chunked and compressed page text.</p></body></html>";
  const std::string gz = Gzip(html);
  // Chunked in two pieces, of the gzipped body.
  char size1[16], size2[16];
  std::snprintf(size1, sizeof size1, "%zx", gz.size() / 2);
  std::snprintf(size2, sizeof size2, "%zx", gz.size() - gz.size() / 2);
  std::string chunked = std::string(size1) + "\r\n" + gz.substr(0, gz.size() / 2) + "\r\n" + size2 + "\r\n" +
                        gz.substr(gz.size() / 2) + "\r\n0\r\n\r\n";
  std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                      "Content-Encoding: gzip\r\n\r\n" + chunked;
  Read r = ReadAll(WarcRecordBytes("response", "https://example.org/c", block));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].body, html);
}

TEST(WarcReaderTest, BadRecordsAreReportedAndReadingGoesOn) {
  std::string f;
  f += "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\n\r\nno length here\r\n\r\n";
  f += WarcRecordBytes("response", "https://example.org/big", HttpResponse(std::string(5000, 'x')));
  f += WarcRecordBytes("response", "https://example.org/ok", HttpResponse("<p>fine</p>"));
  Read r = ReadAll(f, /*max_record=*/1000);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].find("record 1 at byte 0: no Content-Length"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[1].find("record 2"), std::string::npos) << r.errors[1];
  EXPECT_NE(r.errors[1].find("over the limit"), std::string::npos) << r.errors[1];
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].target_uri, "https://example.org/ok");
  EXPECT_EQ(r.records[0].index, 3u);
}

TEST(WarcReaderTest, TruncatedPlainFile) {
  std::string f = SampleWarc();
  f.resize(f.size() - 20);
  Read r = ReadAll(f);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("record 4"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[0].find("truncated"), std::string::npos) << r.errors[0];
  EXPECT_EQ(r.records.size(), 3u);
}

TEST(WarcReaderTest, NotAWarcFile) {
  Read r = ReadAll("just some text\nwith lines\n");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.records.empty());
}

}  // namespace
}  // namespace dragoman
