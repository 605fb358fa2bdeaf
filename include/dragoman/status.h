// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// Status and Result<T>: the library's one error mechanism. No exception crosses the public API.
// A failed Status carries a code and a message that names the offending input
// ("data/dict/verbs.dict:812: unknown CAMEO code: 99X").

#ifndef DRAGOMAN_STATUS_H_
#define DRAGOMAN_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace dragoman {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is malformed
  kNotFound,         // a file or record does not exist
  kIoError,          // reading or writing failed
  kDataError,        // a data file (dictionary, table) is malformed
  kInternal,         // a bug: an invariant did not hold
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>", or "OK".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // Precondition: ok().
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dragoman

#define DRAGOMAN_RETURN_IF_ERROR(expr)          \
  do {                                          \
    ::dragoman::Status dragoman_status_ = (expr); \
    if (!dragoman_status_.ok()) return dragoman_status_; \
  } while (0)

#endif  // DRAGOMAN_STATUS_H_
