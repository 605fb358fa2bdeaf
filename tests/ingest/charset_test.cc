// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/charset.h"

#include <gtest/gtest.h>

#include <string>

namespace dragoman {
namespace {

TEST(CharsetTest, Utf8Validity) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));            // Latin-1 byte
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));       // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));           // cut short
}

TEST(CharsetTest, DeclaredCharset) {
  EXPECT_EQ(DeclaredCharset("<meta charset=\"ISO-8859-1\">", ""), "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1251'>", ""),
            "windows-1251");
  EXPECT_EQ(DeclaredCharset("<meta charset=utf-8>", "text/html; charset=Shift_JIS"), "shift_jis");
  EXPECT_EQ(DeclaredCharset("\xEF\xBB\xBF<meta charset=iso-8859-1>", ""), "utf-8");
  EXPECT_EQ(DeclaredCharset("<html><body>nothing</body></html>", ""), "");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"UTF-8\""), "utf-8");
}

TEST(CharsetTest, Decoding) {
  std::string out, used;
  ASSERT_TRUE(DecodeToUtf8("na\xEFve \x93quote\x94", "", &out, &used).ok());
  EXPECT_EQ(out, "na\xC3\xAFve \xE2\x80\x9Cquote\xE2\x80\x9D");
  EXPECT_EQ(used, "windows-1252");
  ASSERT_TRUE(DecodeToUtf8("\xEF\xBB\xBFhello", "", &out, &used).ok());
  EXPECT_EQ(out, "hello");
  // UTF-16 with its byte-order mark.
  ASSERT_TRUE(DecodeToUtf8(std::string("\xFF\xFEh\0i\0", 6), "", &out, &used).ok());
  EXPECT_EQ(out, "hi");
  // A stale <meta> that says gb2312 over UTF-8 text: the bytes win.
  ASSERT_TRUE(DecodeToUtf8("\xE4\xB8\xAD\xE6\x96\x87", "gb2312", &out, &used).ok());
  EXPECT_EQ(out, "\xE4\xB8\xAD\xE6\x96\x87");
  EXPECT_EQ(used, "utf-8");
  // Declared UTF-8 with one bad byte keeps the rest and marks the byte.
  ASSERT_TRUE(DecodeToUtf8("Caf\xC3\xA9 na\xEF" "ve r\xC3\xA9sum\xC3\xA9 d\xC3\xA9j\xC3\xA0 \xC3\xA0 la carte", "utf-8",
                           &out, &used)
                  .ok());
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_TRUE(IsValidUtf8(out));
  // An unknown charset name is treated as undeclared.
  ASSERT_TRUE(DecodeToUtf8("plain", "x-no-such-charset", &out, &used).ok());
  EXPECT_EQ(out, "plain");
  // Control bytes become spaces.
  ASSERT_TRUE(DecodeToUtf8(std::string("a\0b\x01" "c", 5), "", &out, &used).ok());
  EXPECT_EQ(out, "a b c");
}

TEST(CharsetTest, Binary) {
  EXPECT_TRUE(LooksBinary(std::string("GIF89a\0\0\x01", 9)));
  EXPECT_FALSE(LooksBinary("<html>text</html>"));
  EXPECT_FALSE(LooksBinary(std::string("\xFF\xFEh\0i\0", 6)));
}

}  // namespace
}  // namespace dragoman
