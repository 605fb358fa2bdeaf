// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// SqlConnection over Debian's libsqlite3: one cached prepared statement per SQL text.

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <unordered_map>

#include "store/sql_connection.h"

namespace dragoman {

namespace {

std::string Head(const std::string& sql) {
  std::string h = sql.substr(0, 80);
  for (char& c : h) {
    if (c == '\n') c = ' ';
  }
  return h;
}

class SqliteConnection : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    if (in_tx_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db_);
  }

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

  Status Script(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err != nullptr ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      return Status::IoError(path_ + ": " + m + " in: " + Head(sql));
    }
    return Status::Ok();
  }

  Status Run(const std::string& sql, const std::vector<SqlValue>& params, const SqlRowFn& on_row) override {
    sqlite3_stmt* stmt = nullptr;
    auto it = statements_.find(sql);
    if (it != statements_.end()) {
      stmt = it->second;
    } else {
      if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                             nullptr) != SQLITE_OK) {
        return Status::IoError(path_ + ": " + sqlite3_errmsg(db_) + " in: " + Head(sql));
      }
      statements_.emplace(sql, stmt);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      const int k = static_cast<int>(i + 1);
      const SqlValue& v = params[i];
      if (const int64_t* p = std::get_if<int64_t>(&v)) {
        sqlite3_bind_int64(stmt, k, *p);
      } else if (const double* p = std::get_if<double>(&v)) {
        sqlite3_bind_double(stmt, k, *p);
      } else if (const std::string* p = std::get_if<std::string>(&v)) {
        sqlite3_bind_text(stmt, k, p->data(), static_cast<int>(p->size()), SQLITE_STATIC);
      } else {
        sqlite3_bind_null(stmt, k);
      }
    }
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status s = Status::IoError(path_ + ": " + sqlite3_errmsg(db_) + " in: " + Head(sql));
        sqlite3_reset(stmt);
        return s;
      }
      if (!on_row) continue;
      const int n = sqlite3_column_count(stmt);
      std::vector<SqlValue> values(n);
      for (int c = 0; c < n; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_INTEGER: values[c] = static_cast<int64_t>(sqlite3_column_int64(stmt, c)); break;
          case SQLITE_FLOAT: values[c] = sqlite3_column_double(stmt, c); break;
          case SQLITE_NULL: break;
          default: {
            const unsigned char* t = sqlite3_column_text(stmt, c);
            values[c] = std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(stmt, c));
          }
        }
      }
      if (!on_row(SqlRow(std::move(values)))) break;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);  // the text bindings point into `params`
    return Status::Ok();
  }

  Status Begin() override {
    DRAGOMAN_RETURN_IF_ERROR(Script("BEGIN IMMEDIATE"));
    in_tx_ = true;
    return Status::Ok();
  }
  Status Commit() override {
    Status s = Script("COMMIT");
    if (s.ok()) in_tx_ = false;
    return s;
  }
  Status Rollback() override {
    if (!in_tx_) return Status::Ok();
    in_tx_ = false;
    // Statements left mid-step would keep the transaction open.
    for (auto& [sql, stmt] : statements_) sqlite3_reset(stmt);
    return Script("ROLLBACK");
  }
  Status Savepoint(const std::string& name) override { return Script("SAVEPOINT " + name); }
  Status ReleaseSavepoint(const std::string& name) override { return Script("RELEASE SAVEPOINT " + name); }
  Status RollbackToSavepoint(const std::string& name) override {
    DRAGOMAN_RETURN_IF_ERROR(Script("ROLLBACK TO SAVEPOINT " + name));
    return Script("RELEASE SAVEPOINT " + name);
  }
  bool in_transaction() const override { return in_tx_; }

 private:
  sqlite3* db_;
  std::string path_;
  bool in_tx_ = false;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// The journal mode of `db` ("wal", "delete", ...), or "" when the pragma fails.
std::string JournalMode(sqlite3* db, const char* sql, int* rc) {
  sqlite3_stmt* stmt = nullptr;
  std::string mode;
  *rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
  if (*rc == SQLITE_OK) {
    *rc = sqlite3_step(stmt);
    if (*rc == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      if (text != nullptr) mode = reinterpret_cast<const char*>(text);
      *rc = SQLITE_OK;
    }
  }
  sqlite3_finalize(stmt);
  return mode;
}

// Puts the database in WAL mode. The mode is a property of the file, so once any connection has
// converted it there is nothing to do and no lock is taken. Converting needs exclusive access and
// SQLite does not call the busy handler for it: when another process holds the file (a reader
// opening the store the moment the writer creates it), the conversion is retried here until
// `timeout` instead of failing the open.
Status EnsureWal(sqlite3* db, const std::string& path, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  auto pause = std::chrono::milliseconds(1);
  while (true) {
    int rc = SQLITE_OK;
    std::string mode = JournalMode(db, "PRAGMA journal_mode", &rc);
    if (rc == SQLITE_OK && mode == "wal") return Status::Ok();
    if (rc == SQLITE_OK) {
      // A database that cannot have a log (":memory:") answers with its own mode: kept as it is.
      mode = JournalMode(db, "PRAGMA journal_mode=WAL", &rc);
      if (rc == SQLITE_OK) return Status::Ok();
    }
    const bool busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
    if (!busy || std::chrono::steady_clock::now() >= deadline) {
      return Status::IoError(path + ": cannot put the database in WAL mode: " + sqlite3_errmsg(db));
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
}

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path, bool create) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string m = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    if (!create && rc == SQLITE_CANTOPEN) return Status::NotFound(path + ": no such database (run `dragoman ingest` first)");
    return Status::IoError(path + ": cannot open SQLite database: " + m);
  }
  constexpr int kBusyTimeoutMs = 10000;
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  auto conn = std::make_unique<SqliteConnection>(db, path);
  // journal_mode=WAL: readers do not block the writer and a kill leaves the last committed state;
  // synchronous=NORMAL: in WAL mode a crash of the process loses nothing committed (a power loss may
  // lose the last transactions but never corrupts).
  // wal_autocheckpoint: checkpoint (two fsyncs) every 64 MB of log rather than every 4 MB;
  // cache_size: 32 MB, so that a batch's pages are not spilled to the log before its commit;
  // temp_store=MEMORY: the statement journal of each article's savepoint (the pages it changed, to
  // roll back to) stays in memory; in a temporary file it cost 190 k small writes on the BBC corpus.
  Status s = EnsureWal(db, path, std::chrono::milliseconds(kBusyTimeoutMs));
  if (s.ok()) {
    s = conn->Script(
      "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=16384; "
      "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF;");
  }
  if (!s.ok()) {
    return Status::IoError(path + ": not a usable SQLite database: " + s.message());
  }
  return std::unique_ptr<SqlConnection>(std::move(conn));
}

}  // namespace dragoman
