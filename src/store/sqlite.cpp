#include "store/sqlite.h"

namespace dyad::store {

std::string describe_sqlite_error(sqlite3* db, int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "database is locked by another process (try again when it has finished)";
    case SQLITE_READONLY:
      return "database is read-only (check the file's and its directory's permissions)";
    case SQLITE_FULL:
      return "disk or database is full; the current batch was rolled back";
    case SQLITE_NOTADB:
      return "not a dyad database (not an SQLite file)";
    case SQLITE_CANTOPEN:
      return "cannot open the database file";
    case SQLITE_CORRUPT:
      return "database file is corrupt";
    case SQLITE_IOERR:
      return std::string("I/O error: ") + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    default:
      return db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  }
}

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql) : db_(db) {
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                                    nullptr);
  if (rc != SQLITE_OK) throw StoreError(describe_sqlite_error(db, rc));
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

namespace {
void check_bind(sqlite3* db, int rc) {
  if (rc != SQLITE_OK) throw StoreError(describe_sqlite_error(db, rc));
}
}  // namespace

void SqliteStatement::bind_int64(int i, std::int64_t v) { check_bind(db_, sqlite3_bind_int64(stmt_, i, v)); }
void SqliteStatement::bind_double(int i, double v) { check_bind(db_, sqlite3_bind_double(stmt_, i, v)); }
void SqliteStatement::bind_text(int i, std::string_view v) {
  check_bind(db_, sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
}
void SqliteStatement::bind_null(int i) { check_bind(db_, sqlite3_bind_null(stmt_, i)); }

bool SqliteStatement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string message = describe_sqlite_error(db_, rc);
  sqlite3_reset(stmt_);
  throw StoreError(message);
}

void SqliteStatement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string SqliteStatement::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

void SqliteStatement::text(int col, std::string& out) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (p) {
    out.assign(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
  } else {
    out.clear();
  }
}

SqliteConnection::~SqliteConnection() { sqlite3_close_v2(db_); }

void SqliteConnection::exec(std::string_view sql) {
  char* err = nullptr;
  const std::string owned(sql);
  const int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) throw StoreError(describe_sqlite_error(db_, rc));
}

void SqliteConnection::rollback() noexcept {
  if (db_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteConnection::analyze() {
  // Sampled: seconds, not minutes, on millions of rows.
  exec("PRAGMA analysis_limit = 1000");
  exec("ANALYZE");
}

}  // namespace dyad::store
