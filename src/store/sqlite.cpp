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

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                                    nullptr);
  if (rc != SQLITE_OK) throw StoreError(describe_sqlite_error(db, rc));
}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = other.stmt_;
    other.stmt_ = nullptr;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

namespace {
void check_bind(sqlite3* db, int rc) {
  if (rc != SQLITE_OK) throw StoreError(describe_sqlite_error(db, rc));
}
}  // namespace

Statement& Statement::bind(int i, std::int64_t v) {
  check_bind(db_, sqlite3_bind_int64(stmt_, i, v));
  return *this;
}
Statement& Statement::bind(int i, double v) {
  check_bind(db_, sqlite3_bind_double(stmt_, i, v));
  return *this;
}
Statement& Statement::bind(int i, std::string_view v) {
  check_bind(db_, sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  return *this;
}
Statement& Statement::bind_null(int i) {
  check_bind(db_, sqlite3_bind_null(stmt_, i));
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string message = describe_sqlite_error(db_, rc);
  sqlite3_reset(stmt_);
  throw StoreError(message);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}

void Statement::text(int col, std::string& out) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (p) {
    out.assign(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
  } else {
    out.clear();
  }
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = other.db_;
    other.db_ = nullptr;
  }
  return *this;
}

Connection::~Connection() { sqlite3_close_v2(db_); }

void Connection::exec(std::string_view sql) {
  char* err = nullptr;
  const std::string owned(sql);
  const int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) throw StoreError(describe_sqlite_error(db_, rc));
}

std::optional<std::int64_t> Connection::scalar(std::string_view sql) {
  Statement st(db_, sql);
  if (!st.step()) return std::nullopt;
  return st.int64(0);
}

}  // namespace dyad::store
