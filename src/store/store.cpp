#include "store/store.h"

#include <system_error>

#include "store/schema.h"

namespace dyad::store {

std::unique_ptr<Store> Store::open(const std::filesystem::path& path, const OpenOptions& options, std::string* error) {
  auto fail = [&](const std::string& message) -> std::unique_ptr<Store> {
    if (error) *error = path.string() + ": " + message;
    return nullptr;
  };
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (options.mode == OpenMode::kReadOnly && !exists) return fail("no such database (create one with dyad ingest)");
  if (exists && std::filesystem::is_directory(path, ec)) return fail("is a directory, not a database file");
  sqlite3* raw = nullptr;
  const int flags = (options.mode == OpenMode::kReadOnly ? SQLITE_OPEN_READONLY
                                                         : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) return fail(describe_sqlite_error(raw, rc));
  try {
    sqlite3_busy_timeout(raw, options.busy_timeout_ms);
    if (options.mode == OpenMode::kReadOnly) {
      const int version = schema_version(db);
      if (version > kSchemaVersion) {
        return fail("database schema version " + std::to_string(version) + " is newer than this dyad supports (" +
                    std::to_string(kSchemaVersion) + "); upgrade dyad");
      }
      if (version < kSchemaVersion) return fail("database has an older schema; run dyad ingest on it to upgrade");
    } else {
      // Checks before changing anything: journal_mode=WAL rewrites the
      // header of whatever file it is given.
      const int version = schema_version(db);
      if (version > kSchemaVersion) {
        return fail("database schema version " + std::to_string(version) + " is newer than this dyad supports (" +
                    std::to_string(kSchemaVersion) + "); upgrade dyad");
      }
      // WAL: readers never block the writer and a killed writer leaves the
      // last committed batch intact. NORMAL sync is durable across process
      // crashes (only an OS crash may lose the very last commits).
      {
        Statement wal = db.prepare("PRAGMA journal_mode = WAL");
        wal.step();
      }
      db.exec("PRAGMA synchronous = NORMAL");
      if (options.max_pages > 0) db.exec("PRAGMA max_page_count = " + std::to_string(options.max_pages));
      migrate(db);
    }
    db.exec("PRAGMA cache_size = -65536");
    // Queries read rows scattered over the file: mapping it avoids a read()
    // and a copy per page. SQLite caps this at its compile-time maximum.
    db.exec("PRAGMA mmap_size = 1073741824");
    db.exec("PRAGMA temp_store = MEMORY");
  } catch (const StoreError& e) {
    return fail(e.what());
  }
  return std::unique_ptr<Store>(new Store(std::move(db), path));
}

}  // namespace dyad::store
