// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "ingest/charset.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace dragoman {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Case-insensitive find of an ASCII lower-case needle.
size_t FindCaseless(std::string_view hay, std::string_view needle, size_t from = 0) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == ':';
}

// The value after "charset" in `s` (skipping =, spaces and quotes), lower-cased, or "".
std::string CharsetValueAfter(std::string_view s, size_t pos) {
  size_t i = pos + 7;  // strlen("charset")
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  if (i >= s.size() || s[i] != '=') return "";
  ++i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '\'' || s[i] == '\t')) ++i;
  size_t b = i;
  while (i < s.size() && IsNameChar(s[i]) && i - b < 40) ++i;
  return LowerCopy(s.substr(b, i - b));
}

// Windows-1252 bytes 0x80..0x9F; the rest of the upper half is Latin-1.
constexpr uint16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void AppendCodePoint(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void DecodeCp1252(std::string_view bytes, std::string* out) {
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else if (c < 0xA0) {
      AppendCodePoint(kCp1252High[c - 0x80], out);
    } else {
      AppendCodePoint(c, out);
    }
  }
}

// Length of the well-formed UTF-8 sequence at s[i], or 0.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t len;
  uint32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  uint32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// Copies UTF-8, replacing each ill-formed byte with U+FFFD. Returns the number replaced.
size_t RepairUtf8(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  size_t bad = 0;
  for (size_t i = 0; i < s.size();) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      out->append("\xEF\xBF\xBD");
      ++bad;
      ++i;
    } else {
      out->append(s.data() + i, n);
      i += n;
    }
  }
  return bad;
}

// NUL and C0 controls other than \t \n \r become spaces (in place; keeps UTF-8 valid).
void BlankControls(std::string* s) {
  for (char& c : *s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') c = ' ';
    if (u == 0x7F) c = ' ';
  }
}

bool IsCp1252Alias(const std::string& cs) {
  return cs == "iso-8859-1" || cs == "iso8859-1" || cs == "latin1" || cs == "latin-1" || cs == "l1" ||
         cs == "us-ascii" || cs == "ascii" || cs == "windows-1252" || cs == "cp1252" || cs == "x-cp1252" ||
         cs == "iso_8859-1" || cs == "cp819" || cs == "ibm819" || cs == "iso-ir-100";
}

bool IsUtf8Alias(const std::string& cs) { return cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8"; }

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  size_t i = 0;
  // ASCII fast path, 8 bytes at a time.
  while (i < bytes.size()) {
    if (i + 8 <= bytes.size()) {
      uint64_t w;
      std::memcpy(&w, bytes.data() + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  if (head.size() >= 2 && ((static_cast<unsigned char>(head[0]) == 0xFF && static_cast<unsigned char>(head[1]) == 0xFE) ||
                           (static_cast<unsigned char>(head[0]) == 0xFE && static_cast<unsigned char>(head[1]) == 0xFF))) {
    return false;  // UTF-16 with a byte-order mark
  }
  size_t controls = 0;
  for (char c : head) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u == 0) return true;
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return !head.empty() && controls * 10 > head.size();
}

std::string CharsetFromContentType(std::string_view content_type) {
  size_t p = FindCaseless(content_type, "charset");
  if (p == std::string_view::npos) return "";
  return CharsetValueAfter(content_type, p);
}

std::string DeclaredCharset(std::string_view bytes, std::string_view http_content_type) {
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) return "utf-8";
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) {
    return "utf-16le";
  }
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF) {
    return "utf-16be";
  }
  std::string http = CharsetFromContentType(http_content_type);
  if (!http.empty()) return http;
  std::string_view head = bytes.substr(0, 16384);
  size_t pos = 0;
  while ((pos = FindCaseless(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string_view::npos) end = std::min(head.size(), pos + 1024);
    std::string_view tag = head.substr(pos, std::min<size_t>(end - pos, 1024));
    size_t c = FindCaseless(tag, "charset");
    if (c != std::string_view::npos) {
      std::string cs = CharsetValueAfter(tag, c);
      if (!cs.empty()) return cs;
    }
    pos += 5;
  }
  return "";
}

Status DecodeToUtf8(std::string_view bytes, std::string_view declared_in, std::string* out, std::string* used) {
  std::string declared = LowerCopy(declared_in);
  // Byte-order marks decide.
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    bytes.remove_prefix(3);
    declared = "utf-8";
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
             static_cast<unsigned char>(bytes[1]) == 0xFE) {
    declared = "utf-16le";
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
             static_cast<unsigned char>(bytes[1]) == 0xFF) {
    declared = "utf-16be";
  } else if (declared.rfind("utf-16", 0) == 0 || declared == "unicode") {
    declared = "utf-8";  // a <meta> cannot declare UTF-16 of the bytes it was read from
  }
  if (declared.empty() || IsUtf8Alias(declared)) {
    if (IsValidUtf8(bytes)) {
      out->assign(bytes.data(), bytes.size());
      *used = "utf-8";
    } else if (declared.empty()) {
      DecodeCp1252(bytes, out);
      *used = "windows-1252";
    } else {
      // Mislabelled Latin text has almost no valid multi-byte sequences; damaged UTF-8 has many
      // more of them than bad bytes.
      size_t multibyte = 0;
      for (size_t i = 0; i < bytes.size();) {
        size_t n = Utf8SequenceLength(bytes, i);
        multibyte += n > 1 ? 1 : 0;
        i += n == 0 ? 1 : n;
      }
      size_t bad = RepairUtf8(bytes, out);
      if (multibyte < bad * 4) {
        DecodeCp1252(bytes, out);
        *used = "windows-1252";
      } else {
        *used = "utf-8";
      }
    }
    BlankControls(out);
    return Status::Ok();
  }
  // Text that is valid UTF-8 and has non-ASCII characters is UTF-8 whatever the page says: legacy
  // encodings almost never produce valid multi-byte UTF-8 by accident, while saved and re-served
  // pages often keep a stale <meta charset>.
  if (declared.rfind("utf-16", 0) != 0 && IsValidUtf8(bytes)) {
    out->assign(bytes.data(), bytes.size());
    *used = "utf-8";
    BlankControls(out);
    return Status::Ok();
  }
  if (IsCp1252Alias(declared)) {
    DecodeCp1252(bytes, out);
    *used = "windows-1252";
    BlankControls(out);
    return Status::Ok();
  }
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(declared.c_str(), &err);
  if (U_FAILURE(err) || conv == nullptr) {
    return DecodeToUtf8(bytes, "", out, used);  // unknown name: as if undeclared
  }
  ucnv_close(conv);
  out->resize(bytes.size() * 3 + 16);
  err = U_ZERO_ERROR;
  int32_t n = ucnv_convert("UTF-8", declared.c_str(), out->data(), static_cast<int32_t>(out->size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    out->resize(static_cast<size_t>(n) + 16);
    err = U_ZERO_ERROR;
    n = ucnv_convert("UTF-8", declared.c_str(), out->data(), static_cast<int32_t>(out->size()), bytes.data(),
                     static_cast<int32_t>(bytes.size()), &err);
  }
  if (U_FAILURE(err)) {
    return Status::InvalidArgument("cannot convert from charset " + declared + ": " + u_errorName(err));
  }
  out->resize(static_cast<size_t>(n));
  if (out->compare(0, 3, "\xEF\xBB\xBF") == 0) out->erase(0, 3);  // the byte-order mark, converted
  *used = declared;
  BlankControls(out);
  return Status::Ok();
}

}  // namespace dragoman
