// An open dyad database: an SQLite file (WAL mode) or a PostgreSQL database
// (`postgresql://...` or `host=... dbname=...`), schema checked and migrated on open. Readers
// (queries) and writers (ingest) share it safely: one writing batch at a
// time, readers never blocked.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "store/sql.h"

namespace dyad::store {

enum class OpenMode {
  kReadOnly,   // queries; the database must exist and be a current dyad database
  kReadWrite,  // ingest; creates the file (or the tables) and migrates an older schema
};

struct OpenOptions {
  OpenMode mode = OpenMode::kReadWrite;
  int busy_timeout_ms = 5000;  // SQLite: how long to wait for another writer before "locked"
  std::int64_t max_pages = 0;  // SQLite: >0 caps the file size (tests use it to simulate a full disk)
};

class Store {
 public:
  // `db` is a file path, a libpq URI (postgresql://user@host:port/name) or
  // libpq key=value pairs (host=h dbname=x). Null with a message in `error`
  // ("dyad.db: not a dyad database ..."); a password never appears in it.
  static std::unique_ptr<Store> open(const std::filesystem::path& db, const OpenOptions& options, std::string* error);

  Connection& db() { return *db_; }
  // The file path, or the connection string without its password.
  const std::string& name() const { return name_; }

 private:
  Store(std::unique_ptr<Connection> db, std::string name) : db_(std::move(db)), name_(std::move(name)) {}
  std::unique_ptr<Connection> db_;
  std::string name_;
};

// The name of a database for messages: any password (URI or key=value)
// replaced by ***.
std::string display_name(const std::string& db);

// A message about database `db` with any password of its connection string
// replaced by ***.
std::string redacted(const std::string& db, std::string message);

}  // namespace dyad::store
