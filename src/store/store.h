// An open dyad database: SQLite in WAL mode, schema checked and migrated on
// open. Readers (queries) and one writer at a time (ingest) share it safely.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "store/sqlite.h"

namespace dyad::store {

enum class OpenMode {
  kReadOnly,   // queries; the file must exist and be a current dyad database
  kReadWrite,  // ingest; creates the file and migrates an older schema
};

struct OpenOptions {
  OpenMode mode = OpenMode::kReadWrite;
  int busy_timeout_ms = 5000;  // how long to wait for another writer before "locked"
  std::int64_t max_pages = 0;  // >0 caps the file size (tests use it to simulate a full disk)
};

class Store {
 public:
  // Null with a message in `error` ("dyad.db: not a dyad database ...").
  static std::unique_ptr<Store> open(const std::filesystem::path& path, const OpenOptions& options, std::string* error);

  Connection& db() { return db_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  Store(Connection db, std::filesystem::path path) : db_(std::move(db)), path_(std::move(path)) {}
  Connection db_;
  std::filesystem::path path_;
};

}  // namespace dyad::store
