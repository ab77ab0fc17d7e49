#include "store/postgres.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <vector>

#include "store/schema.h"

namespace dyad::store {
namespace {

// PostgreSQL type OIDs (catalog/pg_type_d.h is a server header).
constexpr Oid kInt8Oid = 20;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kTextOid = 25;

// libpq messages end in a newline and wrap with a tab: one line instead.
std::string one_line(const char* message) {
  std::string out;
  for (const char* p = message; p && *p; ++p) {
    const char c = (*p == '\n' || *p == '\t') ? ' ' : *p;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A user-facing message for a failed command: the common conditions get
// plain words (as the SQLite backend gives them), the rest the server's.
std::string describe(PGconn* conn, const PGresult* result) {
  if (PQstatus(conn) == CONNECTION_BAD) {
    return "lost the connection to the PostgreSQL server: " + one_line(PQerrorMessage(conn));
  }
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state ? state : "";
  const std::string server = one_line(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
  if (sqlstate == "53100") return "disk or database is full; the current batch was rolled back (" + server + ")";
  if (sqlstate == "25006") return "database is read-only (" + server + ")";
  if (sqlstate == "42501") return "permission denied (" + server + ")";
  return server;
}

// Sent without waiting at most this many statements: their answers must
// fit the socket buffers, or client and server would both wait to write.
constexpr int kMaxPending = 256;
// Rows a query command fetches at a time.
constexpr int kChunkRows = 256;

class PgStatement : public StatementImpl {
 public:
  PgStatement(PgSession& session, std::string name, std::string_view sql)
      : session_(session), conn_(session.conn), name_(std::move(name)), sql_(to_postgres_parameters(sql)) {}
  ~PgStatement() override {
    close_cursor();
    PQclear(result_);
    // Frees the server's copy; the connection may already be gone, which
    // frees it too.
    if (prepared_ && !session_.pipeline && PQstatus(conn_) == CONNECTION_OK &&
        (PQtransactionStatus(conn_) == PQTRANS_IDLE || PQtransactionStatus(conn_) == PQTRANS_INTRANS)) {
      PQclear(PQexec(conn_, ("DEALLOCATE " + name_).c_str()));
    }
  }

  void bind_int64(int i, std::int64_t v) override {
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    set(i, std::string(buf, end), kInt8Oid);
  }
  void bind_double(int i, double v) override {
    char buf[32];  // shortest text that reads back as the same double
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    set(i, std::string(buf, end), kFloat8Oid);
  }
  void bind_text(int i, std::string_view v) override { set(i, std::string(v), kTextOid); }
  void bind_null(int i) override {
    slot(i);
    null_[static_cast<std::size_t>(i - 1)] = true;
  }

  void run() override {
    if (!session_.pipeline) {
      StatementImpl::run();
      return;
    }
    prepare_once();
    const std::vector<const char*> values = value_pointers();
    if (!PQsendQueryPrepared(conn_, name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr,
                             0)) {
      throw StoreError(describe(conn_, nullptr));
    }
    ++session_.pending;
    reset();
    if (session_.pending >= kMaxPending) session_.flush();
  }

  bool step() override {
    if (!result_) {
      if (session_.read_only && is_query() && PQtransactionStatus(conn_) == PQTRANS_IDLE) {
        open_cursor();
      } else {
        execute();
      }
      row_ = 0;
    } else if (++row_ >= rows_ && cursor_ && !last_chunk_) {
      fetch();
    }
    return row_ < rows_;
  }

  void reset() override {
    close_cursor();
    PQclear(result_);
    result_ = nullptr;
    rows_ = 0;
    row_ = 0;
    for (std::size_t i = 0; i < null_.size(); ++i) null_[i] = true;
  }

  bool is_null(int col) const override { return PQgetisnull(result_, row_, col) != 0; }
  std::int64_t int64(int col) const override {
    return is_null(col) ? 0 : std::strtoll(PQgetvalue(result_, row_, col), nullptr, 10);
  }
  double real(int col) const override {
    // from_chars, not strtod: the server's text is never localised.
    double v = 0;
    if (!is_null(col)) {
      const char* p = PQgetvalue(result_, row_, col);
      std::from_chars(p, p + PQgetlength(result_, row_, col), v);
    }
    return v;
  }
  std::string text(int col) const override {
    std::string out;
    text(col, out);
    return out;
  }
  void text(int col, std::string& out) const override {
    if (is_null(col)) {
      out.clear();
    } else {
      out.assign(PQgetvalue(result_, row_, col), static_cast<std::size_t>(PQgetlength(result_, row_, col)));
    }
  }

 private:
  void slot(int i) {
    const auto n = static_cast<std::size_t>(i);
    if (values_.size() < n) {
      values_.resize(n);
      null_.resize(n, true);
      types_.resize(n, 0);
    }
  }
  void set(int i, std::string value, Oid type) {
    slot(i);
    const auto k = static_cast<std::size_t>(i - 1);
    values_[k] = std::move(value);
    null_[k] = false;
    if (!prepared_) types_[k] = type;
  }

  bool is_query() const {
    const auto start = sql_.find_first_not_of(" \n\t(");
    return start != std::string::npos && (sql_.compare(start, 6, "SELECT") == 0 || sql_.compare(start, 4, "WITH") == 0);
  }

  // A query command's result arrives in chunks through a cursor (in a
  // read-only transaction of its own), so `dyad events` over millions of
  // rows holds one chunk in memory, not the whole result. Statements run
  // while the cursor is open (a cluster's reports) share its transaction.
  void open_cursor() {
    check(PQexec(conn_, "BEGIN"), PGRES_COMMAND_OK);
    cursor_ = true;
    last_chunk_ = false;
    const std::vector<const char*> values = value_pointers();
    check(PQexecParams(conn_, ("DECLARE " + name_ + " NO SCROLL CURSOR FOR " + sql_).c_str(),
                       static_cast<int>(values.size()), types_.data(), values.data(), nullptr, nullptr, 0),
          PGRES_COMMAND_OK);
    fetch();
  }

  void fetch() {
    PQclear(result_);
    result_ = nullptr;
    rows_ = 0;
    row_ = 0;
    result_ = check(PQexec(conn_, ("FETCH " + std::to_string(kChunkRows) + " FROM " + name_).c_str()),
                    PGRES_TUPLES_OK, false);
    rows_ = PQntuples(result_);
    last_chunk_ = rows_ < kChunkRows;
  }

  // Ends the cursor's transaction (which closes the cursor).
  void close_cursor() noexcept {
    if (!cursor_) return;
    cursor_ = false;
    if (PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) != PQTRANS_IDLE) {
      PQclear(PQexec(conn_, "ROLLBACK"));  // read-only: nothing to keep
    }
  }

  // `r` when it has the expected status (cleared unless `keep`), else
  // throws with the server's message.
  PGresult* check(PGresult* r, ExecStatusType want, bool clear = true) {
    if (PQresultStatus(r) != want) {
      const std::string message = describe(conn_, r);
      PQclear(r);
      close_cursor();
      throw StoreError(message);
    }
    if (clear) {
      PQclear(r);
      return nullptr;
    }
    return r;
  }

  std::vector<const char*> value_pointers() const {
    std::vector<const char*> values(values_.size());
    for (std::size_t i = 0; i < values_.size(); ++i) values[i] = null_[i] ? nullptr : values_[i].c_str();
    return values;
  }

  void prepare_once() {
    if (prepared_) return;
    PgSession::Pause pause(session_);  // once per statement: synchronously
    const int n = static_cast<int>(values_.size());
    {
      // Parameter types come from the first execution's values; a NULL
      // leaves its type to the server. Values travel as text, so a later
      // execution may bind any value the column accepts.
      PGresult* r = PQprepare(conn_, name_.c_str(), sql_.c_str(), n, types_.data());
      if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        const std::string message = describe(conn_, r);
        PQclear(r);
        throw StoreError(message);
      }
      PQclear(r);
      prepared_ = true;
    }
  }

  void execute() {
    prepare_once();
    // A statement that reads waits for the deferred ones (and their errors).
    PgSession::Pause pause(session_);
    const std::vector<const char*> values = value_pointers();
    result_ = PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()), values.data(), nullptr, nullptr,
                             0);
    const ExecStatusType status = PQresultStatus(result_);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      const std::string message = describe(conn_, result_);
      PQclear(result_);
      result_ = nullptr;
      throw StoreError(message);
    }
    rows_ = PQntuples(result_);
  }

  PgSession& session_;
  PGconn* conn_;
  std::string name_, sql_;
  bool prepared_ = false;
  std::vector<std::string> values_;
  std::vector<bool> null_;
  std::vector<Oid> types_;
  PGresult* result_ = nullptr;
  int rows_ = 0, row_ = 0;
  bool cursor_ = false, last_chunk_ = false;
};

// Server notices ("relation already exists, skipping") are not for users.
void ignore_notice(void*, const char*) {}

}  // namespace

bool is_postgres_uri(std::string_view db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Keywords whose value is a secret (passfile names where secrets are;
// libpq's URI and key=value forms share them).
bool secret_keyword(std::string_view lowered) {
  return lowered == "password" || lowered == "passfile" || lowered == "sslpassword" ||
         lowered == "oauth_client_secret";
}

// libpq's connection keywords (libpq 13 to 18). PQconndefaults() would
// list the linked library's, but it also reads the environment and the
// service file, which deciding what a --db string is should not.
constexpr std::string_view kConninfoKeywords[] = {
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "require_auth", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "replication", "sslmode", "sslnegotiation", "sslcompression", "sslcert", "sslkey", "sslpassword",
    "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer", "requiressl",
    "ssl_min_protocol_version", "ssl_max_protocol_version", "min_protocol_version", "max_protocol_version",
    "gssencmode", "krbsrvname", "gsslib", "gssdelegation", "service", "target_session_attrs",
    "load_balance_hosts", "oauth_issuer", "oauth_client_id", "oauth_client_secret", "oauth_scope"};

// A value of a key=value connection string from `i` (just after '=' and
// the whitespace libpq skips there), read as libpq's conninfo_parse reads
// it: '...' with backslash escapes, or up to whitespace with backslash
// escapes. Returns where the value ends as written (quotes included); an
// unterminated quote runs to the end and clears `terminated`.
std::size_t read_conninfo_value(std::string_view s, std::size_t i, std::string& value, bool& terminated) {
  terminated = true;
  const bool quoted = i < s.size() && s[i] == '\'';
  if (quoted) ++i;
  while (i < s.size()) {
    if (s[i] == '\\') {
      if (++i < s.size()) value += s[i++];
    } else if (quoted && s[i] == '\'') {
      return i + 1;
    } else if (!quoted && is_space(s[i])) {
      return i;
    } else {
      value += s[i++];
    }
  }
  terminated = !quoted;
  return i;
}

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// Whether the key=value pairs of `s`, read as libpq reads them up to its
// first syntax error, name a keyword libpq knows.
bool has_conninfo_keyword(std::string_view s) {
  for (std::size_t i = skip_space(s, 0); i < s.size(); i = skip_space(s, i)) {
    const std::size_t key_begin = i;
    while (i < s.size() && s[i] != '=' && !is_space(s[i])) ++i;
    const std::string_view key = s.substr(key_begin, i - key_begin);
    i = skip_space(s, i);
    if (i >= s.size() || s[i] != '=') return false;
    if (std::find(std::begin(kConninfoKeywords), std::end(kConninfoKeywords), key) != std::end(kConninfoKeywords)) {
      return true;
    }
    std::string value;
    bool terminated = true;
    i = read_conninfo_value(s, skip_space(s, i + 1), value, terminated);
    if (!terminated) return false;
  }
  return false;
}

// A secret as written in `db` (its range) and as libpq reads it.
struct Secret {
  std::size_t begin = 0, end = 0;
  std::string value;
};

// Where the passwords of a URI are: the userinfo's after its first ':'
// (up to the last '@' before the query, so an unencoded '@' or '/' in the
// password is covered too) and every password= query parameter's value.
std::vector<std::pair<std::size_t, std::size_t>> uri_password_ranges(std::string_view uri) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const auto scheme = uri.find("://");
  if (scheme == std::string_view::npos) return out;
  const std::size_t authority = scheme + 3;
  const std::size_t query = uri.find('?', authority);
  const std::string_view before_query = uri.substr(0, query);
  const auto at = before_query.rfind('@');
  if (at != std::string_view::npos && at >= authority) {
    const auto colon = uri.find(':', authority);
    if (colon != std::string_view::npos && colon < at) out.emplace_back(colon + 1, at);
  }
  if (query == std::string_view::npos) return out;
  for (std::size_t p = query + 1; p < uri.size();) {
    const std::size_t amp = std::min(uri.find('&', p), uri.size());
    const std::string_view param = uri.substr(p, amp - p);
    const std::size_t eq = param.find('=');
    if (eq != std::string_view::npos && secret_keyword(lowercase(param.substr(0, eq)))) {
      out.emplace_back(p + eq + 1, amp);
    }
    p = amp + 1;
  }
  return out;
}

std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() + 0 && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The values of password=, sslpassword=, ... anywhere a key=value pair can
// start (the beginning, after whitespace, after a closing quote), whether
// or not the whole string is one libpq accepts: a connection string with a
// typo is taken for a file name, and its password must not show either.
// Linear: each value is read once and the scan resumes after it.
std::vector<Secret> conninfo_secrets(std::string_view s) {
  static constexpr std::string_view kKeys[] = {"oauth_client_secret", "sslpassword", "password", "passfile"};
  std::vector<Secret> out;
  for (std::size_t i = 0; i < s.size();) {
    const bool boundary = i == 0 || is_space(s[i - 1]) || s[i - 1] == '\'';
    std::size_t after_key = std::string_view::npos;
    if (boundary) {
      for (std::string_view key : kKeys) {
        if (s.size() - i >= key.size() && lowercase(s.substr(i, key.size())) == key) {
          after_key = i + key.size();
          break;
        }
      }
    }
    if (after_key == std::string_view::npos) {
      ++i;
      continue;
    }
    const std::size_t eq = skip_space(s, after_key);
    if (eq >= s.size() || s[eq] != '=') {
      i = after_key;
      continue;
    }
    Secret secret;
    secret.begin = skip_space(s, eq + 1);
    bool terminated = true;
    secret.end = read_conninfo_value(s, secret.begin, secret.value, terminated);
    i = std::max(secret.end, eq + 1);
    out.push_back(std::move(secret));
  }
  return out;
}

std::vector<Secret> secrets_of(std::string_view db) {
  if (!is_postgres_uri(db)) return conninfo_secrets(db);
  std::vector<Secret> out;
  for (const auto& [begin, end] : uri_password_ranges(db)) {
    out.push_back({begin, end, percent_decoded(db.substr(begin, end - begin))});
  }
  return out;
}

}  // namespace

bool is_postgres_conninfo(std::string_view db) { return !is_postgres_uri(db) && has_conninfo_keyword(db); }

bool is_postgres(std::string_view db) { return is_postgres_uri(db) || has_conninfo_keyword(db); }

std::string redact_uri(std::string_view db) {
  std::string out(db);
  const auto secrets = secrets_of(db);
  // Back to front, so earlier offsets stay true.
  for (auto it = secrets.rbegin(); it != secrets.rend(); ++it) {
    if (it->end > it->begin) out.replace(it->begin, it->end - it->begin, "***");
  }
  return out;
}

std::string redact_secrets(std::string message, std::string_view db) {
  std::vector<std::string> secrets;
  for (const Secret& s : secrets_of(db)) {
    if (s.end <= s.begin) continue;
    for (std::string secret : {std::string(db.substr(s.begin, s.end - s.begin)), s.value}) {
      // One character would blank half the message.
      if (secret.size() >= 2 && std::find(secrets.begin(), secrets.end(), secret) == secrets.end()) {
        secrets.push_back(std::move(secret));
      }
    }
  }
  if (secrets.empty()) return message;
  // Every occurrence of every secret is covered, overlapping ones too, and
  // each covered run becomes one "***". Replacing the first secret found at
  // each position let a shorter one eat the start of a longer one: with
  // "rd='" a secret too, "password='Pw7 x\'y'" kept "Pw7 x\'y'" (found by
  // fuzz_pg_uri). One pass builds the result, so a "***" put in is never
  // searched again (a password of '*'s, repeated, grew the message
  // exponentially).
  std::vector<int> starts(message.size() + 1, 0);
  for (const std::string& secret : secrets) {
    for (std::size_t at = message.find(secret); at != std::string::npos; at = message.find(secret, at + 1)) {
      ++starts[at];
      --starts[at + secret.size()];
    }
  }
  std::string out;
  out.reserve(message.size());
  int depth = 0;
  for (std::size_t i = 0; i < message.size(); ++i) {
    const bool was_covered = depth > 0;
    depth += starts[i];
    if (depth == 0) {
      out += message[i];
    } else if (!was_covered) {
      out += "***";
    }
  }
  return out;
}

std::string to_postgres_parameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  bool quoted = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'') quoted = !quoted;
    const bool number_follows = i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9';
    out += (c == '?' && !quoted && number_follows) ? '$' : c;
  }
  return out;
}

void PgSession::flush() {
  if (!pipeline || pending == 0) return;
  pending = 0;
  if (!PQpipelineSync(conn)) throw StoreError(describe(conn, nullptr));
  // Each statement's answer ends with a null result; the sync ends them
  // all. Two nulls in a row only come from a lost connection.
  std::string error;
  int nulls = 0;
  for (;;) {
    PGresult* r = PQgetResult(conn);
    if (!r) {
      if (++nulls > 1) {
        if (error.empty()) error = describe(conn, nullptr);
        break;
      }
      continue;
    }
    nulls = 0;
    const ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_PIPELINE_SYNC) {
      PQclear(r);
      break;
    }
    // After a failure the server skips the rest (PGRES_PIPELINE_ABORTED).
    if (status == PGRES_FATAL_ERROR && error.empty()) error = describe(conn, r);
    PQclear(r);
  }
  if (!error.empty()) throw StoreError(error);
}

PgSession::Pause::Pause(PgSession& s) : s_(s), resume_(s.pipeline) {
  if (!resume_) return;
  s_.flush();
  PQexitPipelineMode(s_.conn);
  s_.pipeline = false;
}

PgSession::Pause::~Pause() {
  if (resume_ && PQenterPipelineMode(s_.conn)) s_.pipeline = true;
}

PgConnection::PgConnection(const std::string& uri) {
  conn_ = PQconnectdb(uri.c_str());
  if (PQstatus(conn_) != CONNECTION_OK) {
    const std::string message = one_line(PQerrorMessage(conn_));
    PQfinish(conn_);
    conn_ = nullptr;
    throw StoreError("cannot connect to the PostgreSQL server: " + message);
  }
  session_->conn = conn_;
  PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
  // Text the store binds is UTF-8 whatever the client's locale says.
  exec("SET client_encoding = 'UTF8'");
}

PgConnection::~PgConnection() { PQfinish(conn_); }

Statement PgConnection::prepare(std::string_view sql) {
  return Statement(std::make_unique<PgStatement>(*session_, "dyad_" + std::to_string(next_statement_++), sql));
}

void PgConnection::exec(std::string_view sql) {
  PgSession::Pause pause(*session_);
  PGresult* r = PQexec(conn_, std::string(sql).c_str());
  const ExecStatusType status = PQresultStatus(r);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const std::string message = describe(conn_, r);
    PQclear(r);
    throw StoreError(message);
  }
  PQclear(r);
}

void PgConnection::begin_write() {
  // One writer at a time per database, like SQLite's write lock: the lock
  // is taken at the start of the batch and released by COMMIT/ROLLBACK (or
  // by the server when the process dies), so cluster assignment and the
  // document checks of a batch never race another dyad ingest. READ
  // COMMITTED (not the server's default, whatever it is) makes every
  // statement after the lock see what the previous holder committed.
  exec("BEGIN ISOLATION LEVEL READ COMMITTED");
  try {
    exec("SELECT pg_advisory_xact_lock(" + std::to_string(kApplicationId) + ")");
  } catch (...) {
    rollback();
    throw;
  }
  if (PQenterPipelineMode(conn_)) session_->pipeline = true;
}

void PgConnection::commit() {
  session_->flush();  // a deferred statement's failure fails the commit
  if (session_->pipeline) {
    PQexitPipelineMode(conn_);
    session_->pipeline = false;
  }
  exec("COMMIT");
}

void PgConnection::rollback() noexcept {
  if (!conn_) return;
  if (session_->pipeline) {
    try {
      session_->flush();
    } catch (const StoreError&) {
      // The failure being rolled back; reported by whoever saw it first.
    }
    PQexitPipelineMode(conn_);
    session_->pipeline = false;
  }
  session_->pending = 0;
  if (PQtransactionStatus(conn_) != PQTRANS_IDLE) PQclear(PQexec(conn_, "ROLLBACK"));
}

void PgConnection::set_read_only() {
  exec("SET default_transaction_read_only = on");
  session_->read_only = true;
}

void PgConnection::analyze() { exec("ANALYZE documents; ANALYZE events; ANALYZE clusters"); }

}  // namespace dyad::store
