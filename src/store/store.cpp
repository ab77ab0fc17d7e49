#include "store/store.h"

#include <sys/stat.h>
#include <unistd.h>

#include <system_error>

#include "store/postgres.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace dyad::store {
namespace {

std::string newer_message(int version) {
  return "database schema version " + std::to_string(version) + " is newer than this dyad supports (" +
         std::to_string(kSchemaVersion) + "); upgrade dyad";
}

// Queries never migrate (that writes): the schema must be current.
void check_current(Connection& db) {
  const int version = schema_version(db);
  if (version > kSchemaVersion) throw StoreError(newer_message(version));
  if (version == 0) throw StoreError("no dyad tables in this database (create them with dyad ingest)");
  if (version < kSchemaVersion) throw StoreError("database has an older schema; run dyad ingest on it to upgrade");
}

// An SQLite URI for `path` ("file:/a%3Fb.db?mode=ro"): '?', '#' and '%'
// in the path are escaped.
std::string sqlite_uri(const std::filesystem::path& path, const char* query) {
  std::string out = "file:";
  for (const char c : path.string()) {
    if (c == '?' || c == '#' || c == '%') {
      static const char* hex = "0123456789ABCDEF";
      out += '%';
      out += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      out += hex[static_cast<unsigned char>(c) & 0xF];
    } else {
      out += c;
    }
  }
  return out + "?" + query;
}

// How a query opens a WAL database without writing beside it. SQLite makes
// the -wal and -shm files a reader needs next to the database: in a
// directory the user cannot write that fails, and made by another user they
// keep the owner's ingest from opening them. So a reader that is not the
// file's owner with a writable directory opens it immutable (no side files,
// no locks) when no log holds commits the file lacks, and otherwise
// read-only (mode=ro) on the side files a writer already made.
std::string read_only_uri(const std::filesystem::path& path) {
  struct stat file {};
  const bool owner = ::stat(path.c_str(), &file) == 0 && file.st_uid == ::geteuid();
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  const bool dir_writable = ::access(dir.c_str(), W_OK) == 0;
  if (owner && dir_writable) return sqlite_uri(path, "mode=ro");
  struct stat wal {};
  const bool wal_content = ::stat((path.string() + "-wal").c_str(), &wal) == 0 && wal.st_size > 0;
  return sqlite_uri(path, wal_content ? "mode=ro" : "immutable=1");
}

std::unique_ptr<Connection> open_sqlite(const std::filesystem::path& path, const OpenOptions& options) {
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (options.mode == OpenMode::kReadOnly && !exists) {
    throw StoreError("no such database (create one with dyad ingest)");
  }
  if (exists && std::filesystem::is_directory(path, ec)) throw StoreError("is a directory, not a database file");
  sqlite3* raw = nullptr;
  const bool read_only = options.mode == OpenMode::kReadOnly;
  const int flags =
      (read_only ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
      SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(read_only ? read_only_uri(path).c_str() : path.c_str(), &raw, flags, nullptr);
  auto db = std::make_unique<SqliteConnection>(raw);
  if (rc != SQLITE_OK) throw StoreError(describe_sqlite_error(raw, rc));
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  if (options.mode == OpenMode::kReadOnly) {
    check_current(*db);
  } else {
    // Checks before changing anything: journal_mode=WAL rewrites the
    // header of whatever file it is given.
    const int version = schema_version(*db);
    if (version > kSchemaVersion) throw StoreError(newer_message(version));
    // WAL: readers never block the writer and a killed writer leaves the
    // last committed batch intact. NORMAL sync is durable across process
    // crashes (only an OS crash may lose the very last commits).
    {
      Statement wal = db->prepare("PRAGMA journal_mode = WAL");
      wal.step();
    }
    db->exec("PRAGMA synchronous = NORMAL");
    if (options.max_pages > 0) db->exec("PRAGMA max_page_count = " + std::to_string(options.max_pages));
    migrate(*db);
    // Checkpoint every 40 MB of log rather than every 4 MB: index pages
    // that every batch touches are copied into the database once, not ten
    // times.
    db->exec("PRAGMA wal_autocheckpoint = 10000");
  }
  db->exec("PRAGMA cache_size = -65536");
  // Queries read rows scattered over the file: mapping it avoids a read()
  // and a copy per page. SQLite caps this at its compile-time maximum.
  db->exec("PRAGMA mmap_size = 1073741824");
  db->exec("PRAGMA temp_store = MEMORY");
  return db;
}

std::unique_ptr<Connection> open_postgres(const std::string& uri, const OpenOptions& options) {
  auto db = std::make_unique<PgConnection>(uri);
  if (options.mode == OpenMode::kReadOnly) {
    check_current(*db);
    // A query command cannot change the database even by mistake.
    db->set_read_only();
  } else {
    migrate(*db);  // under the writers' lock: concurrent first ingests create the tables once
  }
  return db;
}

}  // namespace

// Redacted whatever `db` names: a connection string libpq would refuse is
// taken for a file name, and still shows no password.
std::string display_name(const std::string& db) { return redact_uri(db); }

std::string redacted(const std::string& db, std::string message) { return redact_secrets(std::move(message), db); }

std::unique_ptr<Store> Store::open(const std::filesystem::path& path, const OpenOptions& options, std::string* error) {
  const std::string name = display_name(path.string());
  try {
    auto db = is_postgres(path.string()) ? open_postgres(path.string(), options) : open_sqlite(path, options);
    return std::unique_ptr<Store>(new Store(std::move(db), name));
  } catch (const StoreError& e) {
    if (error) *error = name + ": " + redacted(path.string(), e.what());
    return nullptr;
  }
}

}  // namespace dyad::store
