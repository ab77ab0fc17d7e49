// The SQLite backend: a thin RAII layer over the SQLite C API behind the
// store's Connection/Statement seam (store/sql.h).
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "store/sql.h"

namespace dyad::store {

class SqliteStatement : public StatementImpl {
 public:
  SqliteStatement(sqlite3* db, std::string_view sql);
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement() override;

  void bind_int64(int i, std::int64_t v) override;
  void bind_double(int i, double v) override;
  void bind_text(int i, std::string_view v) override;  // copied by SQLite
  void bind_null(int i) override;
  bool step() override;
  void reset() override;

  bool is_null(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::int64_t int64(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const override { return sqlite3_column_double(stmt_, col); }
  std::string text(int col) const override;
  void text(int col, std::string& out) const override;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteConnection : public Connection {
 public:
  // Takes ownership of `db` (may be null after a failed sqlite3_open).
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;
  ~SqliteConnection() override;

  sqlite3* get() const { return db_; }
  Dialect dialect() const override { return Dialect::kSqlite; }
  Statement prepare(std::string_view sql) override {
    return Statement(std::make_unique<SqliteStatement>(db_, sql));
  }
  void exec(std::string_view sql) override;
  // IMMEDIATE takes the write lock at once: a second writer waits (busy
  // timeout) at the start of its batch, not halfway through it.
  void begin_write() override { exec("BEGIN IMMEDIATE"); }
  void rollback() noexcept override;
  void analyze() override;

 private:
  sqlite3* db_ = nullptr;
};

// A user-facing message for an SQLite failure: locked, read-only, full disk
// and not-a-database get plain words; anything else SQLite's own message.
std::string describe_sqlite_error(sqlite3* db, int rc);

}  // namespace dyad::store
