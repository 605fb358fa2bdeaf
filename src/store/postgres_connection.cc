// Copyright 2026 The Dragoman Authors. Licensed under the Apache License, Version 2.0.
//
// SqlConnection over libpqxx 6.4 (Debian libpqxx-dev). Every libpqxx exception is caught here and
// turned into a Status; none reaches the caller. `?` placeholders become $1, $2, ...; each distinct
// SQL text is prepared once per connection. Values travel as text and PostgreSQL converts them to
// the column types.

#include <pqxx/pqxx>

#include <cstdio>
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

// "a = ? AND b = '?'" -> "a = $1 AND b = '?'": placeholders outside single-quoted literals.
std::string NumberPlaceholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted) {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(std::unique_ptr<pqxx::connection> conn) : conn_(std::move(conn)) {}
  ~PostgresConnection() override {
    try {
      if (tx_) tx_->abort();
      tx_.reset();
      conn_.reset();
    } catch (...) {
    }
  }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  Status Script(const std::string& sql) override {
    try {
      if (tx_) {
        tx_->exec(sql);
      } else {
        pqxx::nontransaction ntx(*conn_);
        ntx.exec(sql);
      }
      return Status::Ok();
    } catch (const std::exception& e) {
      return Error(e, sql);
    }
  }

  Status Run(const std::string& sql, const std::vector<SqlValue>& params, const SqlRowFn& on_row) override {
    try {
      std::string& name = prepared_[sql];
      if (name.empty()) {
        name = "s" + std::to_string(prepared_.size());
        conn_->prepare(name, NumberPlaceholders(sql));
      }
      std::vector<std::string> text(params.size());
      std::vector<const char*> ptrs(params.size(), nullptr);
      for (size_t i = 0; i < params.size(); ++i) {
        const SqlValue& v = params[i];
        if (const int64_t* p = std::get_if<int64_t>(&v)) {
          text[i] = std::to_string(*p);
        } else if (const double* p = std::get_if<double>(&v)) {
          char buf[40];
          std::snprintf(buf, sizeof buf, "%.17g", *p);
          text[i] = buf;
        } else if (const std::string* p = std::get_if<std::string>(&v)) {
          text[i] = *p;
        } else {
          continue;  // NULL: a null pointer
        }
        ptrs[i] = text[i].c_str();
      }
      pqxx::result r;
      if (tx_) {
        r = tx_->exec_prepared(name, pqxx::prepare::make_dynamic_params(ptrs));
      } else {
        pqxx::nontransaction ntx(*conn_);
        r = ntx.exec_prepared(name, pqxx::prepare::make_dynamic_params(ptrs));
      }
      if (!on_row) return Status::Ok();
      for (const pqxx::row& row : r) {
        std::vector<SqlValue> values(row.size());
        for (pqxx::row::size_type c = 0; c < row.size(); ++c) {
          if (!row[c].is_null()) values[c] = std::string(row[c].c_str(), row[c].size());
        }
        if (!on_row(SqlRow(std::move(values)))) break;
      }
      return Status::Ok();
    } catch (const std::exception& e) {
      return Error(e, sql);
    }
  }

  Status Begin() override {
    try {
      tx_ = std::make_unique<pqxx::work>(*conn_);
      return Status::Ok();
    } catch (const std::exception& e) {
      return Error(e, "BEGIN");
    }
  }
  Status Commit() override {
    if (!tx_) return Status::Internal("postgres: COMMIT without a transaction");
    try {
      tx_->commit();
      tx_.reset();
      return Status::Ok();
    } catch (const std::exception& e) {
      tx_.reset();
      return Error(e, "COMMIT");
    }
  }
  Status Rollback() override {
    if (!tx_) return Status::Ok();
    try {
      tx_->abort();
    } catch (...) {
    }
    tx_.reset();
    return Status::Ok();
  }
  Status Savepoint(const std::string& name) override { return Script("SAVEPOINT " + name); }
  Status ReleaseSavepoint(const std::string& name) override { return Script("RELEASE SAVEPOINT " + name); }
  Status RollbackToSavepoint(const std::string& name) override {
    DRAGOMAN_RETURN_IF_ERROR(Script("ROLLBACK TO SAVEPOINT " + name));
    return Script("RELEASE SAVEPOINT " + name);
  }
  bool in_transaction() const override { return tx_ != nullptr; }

 private:
  static Status Error(const std::exception& e, const std::string& sql) {
    std::string m = e.what();
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    for (char& c : m) {
      if (c == '\n') c = ' ';
    }
    return Status::IoError("postgres: " + m + " in: " + Head(sql));
  }

  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::work> tx_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL text -> statement name
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& conninfo) {
  try {
    auto conn = std::make_unique<pqxx::connection>(conninfo);
    {
      pqxx::nontransaction ntx(*conn);
      ntx.exec("SET client_min_messages = warning");
    }
    return std::unique_ptr<SqlConnection>(new PostgresConnection(std::move(conn)));
  } catch (const std::exception& e) {
    std::string m = e.what();
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return Status::IoError("postgres: cannot connect to " + conninfo + ": " + m);
  }
}

}  // namespace dragoman
