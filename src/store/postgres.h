// The PostgreSQL backend: a thin RAII layer over libpq behind the store's
// Connection/Statement seam. Statements are prepared on the server once
// and executed with bound values (text format, typed where dyad knows the
// type); the store's ?N parameters become $N.
#pragma once
#include <libpq-fe.h>

#include <memory>
#include <string>
#include <string_view>

#include "store/sql.h"

namespace dyad::store {

// "postgresql://..." or "postgres://..." (libpq's URI forms).
bool is_postgres_uri(std::string_view db);

// libpq's other form, key=value pairs ("host=h dbname=x password='a b'"):
// read as libpq reads it (up to its first syntax error), it has a keyword
// libpq knows. "x=1.db" or "runs/date=2020/x.db" stay file names.
bool is_postgres_conninfo(std::string_view db);

// Either form: what --db names is a PostgreSQL database, not an SQLite file.
bool is_postgres(std::string_view db);

// `db` with any password replaced by "***", fit for messages. In a URI:
// user:password@, ?password=, sslpassword=, passfile=. Anything else is
// read as key=value pairs, whether or not libpq would accept it: the value
// of each password=, sslpassword= or passfile= (quoted or not), so a
// mistyped connection string taken for a file name shows none either.
std::string redact_uri(std::string_view db);

// `message` with every occurrence of a password of `db` (as written, and as
// libpq reads it: percent-decoded, unquoted) replaced by "***": libpq echoes
// a malformed URI whole.
std::string redact_secrets(std::string message, std::string_view db);

// The store's SQL with ?N parameters as PostgreSQL's $N (quoted text is
// left alone).
std::string to_postgres_parameters(std::string_view sql);

// What a connection and its statements share: within a write transaction
// the connection is in libpq's pipeline mode, and statements whose answer
// nobody reads (inserts, updates) are sent without waiting for it: a
// round trip per document instead of one per row.
struct PgSession {
  PGconn* conn = nullptr;
  bool read_only = false;  // a query command's connection: results come through cursors
  bool pipeline = false;
  int pending = 0;  // statements sent since the last sync

  // Reads the answers of every pending statement; throws StoreError with
  // the first failure.
  void flush();
  // Ends pipeline mode (after a flush) for a statement that reads, and
  // resumes it when done.
  class Pause {
   public:
    explicit Pause(PgSession& s);
    ~Pause();
    Pause(const Pause&) = delete;
    Pause& operator=(const Pause&) = delete;

   private:
    PgSession& s_;
    bool resume_;
  };
};

class PgConnection : public Connection {
 public:
  // Throws StoreError ("cannot connect to the PostgreSQL server: ...") when
  // the server is down, refuses the credentials or has no such database.
  explicit PgConnection(const std::string& uri);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Dialect dialect() const override { return Dialect::kPostgres; }
  Statement prepare(std::string_view sql) override;
  void exec(std::string_view sql) override;
  void begin_write() override;
  void commit() override;
  void rollback() noexcept override;
  void analyze() override;
  // For query commands: nothing is written, and results are read in
  // chunks.
  void set_read_only();

 private:
  PGconn* conn_ = nullptr;
  std::unique_ptr<PgSession> session_ = std::make_unique<PgSession>();
  int next_statement_ = 0;  // names of server-side prepared statements
};

}  // namespace dyad::store
