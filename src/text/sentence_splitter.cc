// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.

#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace dragoman {
namespace {

// Abbreviations after which a full stop does not end a sentence in news text.
constexpr const char* kAbbreviations[] = {
    "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Brig.", "Sgt.", "Cpl.", "Pvt.", "Lieut.",
    "Gov.", "Sen.", "Rep.", "Rev.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Hon.", "Amb.", "Pres.",
    "Sec.", "Supt.", "Insp.", "St.", "Ste.", "Mt.", "Ft.", "Jr.", "Sr.", "No.", "Nos.", "Vol.", "Art.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "U.S.", "U.N.", "U.K.", "E.U.", "U.S.S.R.", "D.C.", "A.Q.", "Inc.", "Corp.", "Co.", "Ltd.",
    "vs.", "approx.", "est.", "Ala.", "Ariz.", "Calif.", "Colo.", "Conn.", "Fla.", "Ga.", "Ill.",
    "Ind.", "Kan.", "Ky.", "La.", "Mass.", "Md.", "Mich.", "Minn.", "Miss.", "Mo.", "Nev.", "Okla.",
    "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "a.m.", "p.m.", "e.g.", "i.e.",
    "etc.", "al.", "Messrs.", "Mme.", "Mlle.", "Sheikh.", "Fr.", "Pte.", "Cdr.", "Wg.", "Sqn.", "Ldr.",
};

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
  UText* utext = nullptr;
  ~Impl() {
    if (utext != nullptr) utext_close(utext);
  }
};

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::~SentenceSplitter() = default;

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU sentence iterator: ") + u_errorName(status));
  }
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU filtered break builder: ") + u_errorName(status));
  }
  for (const char* abbr : kAbbreviations) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbr), status);
    status = U_ZERO_ERROR;  // a duplicate is not an error worth failing for
  }
  auto impl = std::make_unique<Impl>();
  impl->iter.reset(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU filtered iterator: ") + u_errorName(status));
  }
  return std::unique_ptr<SentenceSplitter>(new SentenceSplitter(std::move(impl)));
}

void SentenceSplitter::Split(std::string_view text, std::vector<SentenceBounds>* out) {
  // Paragraphs are split separately: ICU would also break there, but this keeps each call small.
  size_t para = 0;
  while (para < text.size()) {
    size_t para_end = text.find("\n\n", para);
    if (para_end == std::string_view::npos) para_end = text.size();
    std::string_view p = text.substr(para, para_end - para);
    UErrorCode status = U_ZERO_ERROR;
    impl_->utext = utext_openUTF8(impl_->utext, p.data(), static_cast<int64_t>(p.size()), &status);
    if (U_SUCCESS(status)) {
      impl_->iter->setText(impl_->utext, status);
    }
    if (U_FAILURE(status)) {  // cannot happen with valid UTF-8; keep the paragraph whole
      out->push_back({static_cast<uint32_t>(para), static_cast<uint32_t>(para_end)});
    } else {
      int32_t start = impl_->iter->first();
      for (int32_t end = impl_->iter->next(); end != icu::BreakIterator::DONE;
           start = end, end = impl_->iter->next()) {
        size_t b = para + static_cast<size_t>(start), e = para + static_cast<size_t>(end);
        while (b < e && (text[b] == ' ' || text[b] == '\n')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
        if (e > b) out->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
      }
    }
    para = para_end;
    while (para < text.size() && text[para] == '\n') ++para;
  }
}

}  // namespace dragoman
