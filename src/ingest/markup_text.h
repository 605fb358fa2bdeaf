// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Small helpers for text that arrives wrapped in markup: HTML/SGML character references and a
// cheap nesting-depth check that refuses pathological JSON before a parser sees it.

#ifndef DRAGOMAN_INGEST_MARKUP_TEXT_H_
#define DRAGOMAN_INGEST_MARKUP_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dragoman {

// Decodes numeric (&#8217; &#x2019;) and the common named character references to UTF-8; an
// unknown or malformed reference is kept as it is.
std::string DecodeEntities(std::string_view s);

// Deepest nesting of JSON brackets outside strings in `s`.
size_t JsonDepth(std::string_view s);

}  // namespace dragoman

#endif  // DRAGOMAN_INGEST_MARKUP_TEXT_H_
