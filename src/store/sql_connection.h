// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// SqlConnection: the small database surface the event store needs, implemented once per backend
// (sqlite_connection.cc, postgres_connection.cc). The store's SQL is written once, with `?`
// placeholders; a backend rewrites them as it needs ($1, $2, ... for PostgreSQL) and caches one
// prepared statement per distinct SQL text. Everything that differs between the backends beyond
// that (key columns, full-text search) is asked of the Dialect.
//
// Not thread-safe: one connection per thread. No exception leaves a connection: backend errors come
// back as Status, with the backend's message and the start of the statement that failed.

#ifndef DRAGOMAN_STORE_SQL_CONNECTION_H_
#define DRAGOMAN_STORE_SQL_CONNECTION_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "dragoman/status.h"

namespace dragoman {

enum class SqlDialect { kSqlite, kPostgres };

// A parameter or column value. std::monostate is SQL NULL.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

// One result row. Accessors convert: a PostgreSQL value arrives as text and is parsed on demand.
class SqlRow {
 public:
  explicit SqlRow(std::vector<SqlValue> values) : values_(std::move(values)) {}
  size_t size() const { return values_.size(); }
  bool IsNull(size_t i) const;
  int64_t Int(size_t i) const;         // 0 for NULL or text that is not a number
  double Real(size_t i) const;         // 0 for NULL
  std::string Text(size_t i) const;    // "" for NULL; numbers printed

 private:
  std::vector<SqlValue> values_;
};

// Called for each result row; return false to stop reading rows.
using SqlRowFn = std::function<bool(const SqlRow&)>;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual SqlDialect dialect() const = 0;
  // Runs one or more statements without parameters or results (DDL, PRAGMA).
  virtual Status Script(const std::string& sql) = 0;
  // Runs one statement with `?` placeholders bound to `params` in order; `on_row` (may be empty)
  // receives the result rows. Inside Begin()..Commit() it runs in that transaction, otherwise on
  // its own (autocommit).
  virtual Status Run(const std::string& sql, const std::vector<SqlValue>& params, const SqlRowFn& on_row) = 0;
  Status Run(const std::string& sql, const std::vector<SqlValue>& params) { return Run(sql, params, nullptr); }

  // Transactions. Begin() takes the write lock at once on SQLite (BEGIN IMMEDIATE) so two writers
  // wait for each other instead of failing on upgrade. Savepoints nest inside a transaction.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;  // safe to call when no transaction is open
  virtual Status Savepoint(const std::string& name) = 0;
  virtual Status ReleaseSavepoint(const std::string& name) = 0;
  virtual Status RollbackToSavepoint(const std::string& name) = 0;
  virtual bool in_transaction() const = 0;
};

// Opens (creating when `create`) a SQLite database file in WAL mode with synchronous=NORMAL and a
// busy timeout. Fails with the path named when the file cannot be opened or is not a database.
Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path, bool create);

// Connects to PostgreSQL with a libpq connection string ("postgresql://user@host:port/db" or
// "host=... port=... dbname=..."). Fails with the server's message.
Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& conninfo);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_SQL_CONNECTION_H_
