// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Charsets of web pages: what a page declares (byte-order mark, HTTP header, <meta>), what its bytes
// look like when it declares nothing, and the conversion to UTF-8 (ICU converters; windows-1252 by
// table, as browsers read "iso-8859-1" and undeclared non-UTF-8 pages).

#ifndef DRAGOMAN_INGEST_CHARSET_H_
#define DRAGOMAN_INGEST_CHARSET_H_

#include <string>
#include <string_view>

#include "dragoman/status.h"

namespace dragoman {

// True if `bytes` is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// True if the first 4 KB of `bytes` look like a binary file rather than text in any charset: a NUL
// byte outside UTF-16 text, or more than 10 % control bytes.
bool LooksBinary(std::string_view bytes);

// The charset named by a Content-Type value ("text/html; charset=ISO-8859-1" → "iso-8859-1"),
// lower-cased, or "".
std::string CharsetFromContentType(std::string_view content_type);

// The charset the page declares, lower-cased: its byte-order mark, else `http_content_type`'s
// charset, else a <meta charset=...> or <meta http-equiv="Content-Type" content="...charset=...">
// in the first 16 KB. "" when it declares none.
std::string DeclaredCharset(std::string_view bytes, std::string_view http_content_type);

// Decodes `bytes` to UTF-8 into *out. `declared` is the declared charset ("" when none). Rules:
//   - a byte-order mark is removed;
//   - valid UTF-8 is copied as is, whatever the declaration says (legacy charsets almost never yield
//     valid multi-byte UTF-8 by accident; stale <meta charset> tags on re-served pages are common);
//   - undeclared text that is not valid UTF-8 is read as windows-1252;
//   - declared UTF-8 with a few bad bytes keeps them as U+FFFD; with fewer than four valid multi-byte
//     characters per bad byte it was mislabelled and is read as windows-1252;
//   - "iso-8859-1", "latin1", "us-ascii" are read as windows-1252 (what browsers do);
//   - other charsets go through ICU; an unknown name is treated as undeclared.
// NUL and other C0 control bytes (except tab, newline, carriage return) become spaces, so *out is
// valid UTF-8 without controls. *used gets the charset actually used ("utf-8", "windows-1252", ...).
// Fails only if ICU reports an error converting a known charset.
Status DecodeToUtf8(std::string_view bytes, std::string_view declared, std::string* out, std::string* used);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_CHARSET_H_
