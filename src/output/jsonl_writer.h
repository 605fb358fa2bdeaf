// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// JSON Lines records of the output contract (doc/output.md): "article" and "event".

#ifndef DRAGOMAN_OUTPUT_JSONL_WRITER_H_
#define DRAGOMAN_OUTPUT_JSONL_WRITER_H_

#include <string>

#include "dragoman/engine.h"

namespace dragoman {

// One line (without the newline) for the article record of `coded`: the fields of
// ArticleRecord(coded.article) plus "sentences" and "events" (how many were coded and found).
std::string ArticleRecord(const CodedArticle& coded);
// One line (without the newline) for an article as read (`dragoman extract`): type, id, url, source
// (when given), title, subtitle, byline, date, date_inferred, time, date_time (when known), dateline
// {place, region, text, span}, site, language, captions [{text, span}], body, dropped [{text, span,
// why}], and for HTML inputs "text": the decoded text every span points into.
std::string ArticleRecord(const Article& article);
// One line (without the newline) for an event record.
std::string EventRecord(const Event& event);

}  // namespace dragoman

#endif  // DRAGOMAN_OUTPUT_JSONL_WRITER_H_
