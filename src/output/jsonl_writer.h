// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// JSON Lines records of the output contract (doc/output.md): "article" and "event".

#ifndef DRAGOMAN_OUTPUT_JSONL_WRITER_H_
#define DRAGOMAN_OUTPUT_JSONL_WRITER_H_

#include <string>

#include "dragoman/engine.h"

namespace dragoman {

// One line (without the newline) for the article record of `coded`.
std::string ArticleRecord(const CodedArticle& coded);
// One line (without the newline) for an event record.
std::string EventRecord(const Event& event);

}  // namespace dragoman

#endif  // DRAGOMAN_OUTPUT_JSONL_WRITER_H_
