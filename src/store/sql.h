// The seam between the store's logic (schema, writer, queries, exports) and
// the database it runs on: SQLite (a file) or PostgreSQL (a server). The
// store's SQL is written once, in the subset both understand, with ?N
// parameters; a backend only executes it. Values are always bound as
// parameters, never spliced into SQL.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/error.h"

namespace dyad::store {

enum class Dialect { kSqlite, kPostgres };

// One backend statement. Binds are 1-based; columns 0-based; a NULL column
// reads as 0 / "".
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  virtual void bind_int64(int i, std::int64_t v) = 0;
  virtual void bind_double(int i, double v) = 0;
  virtual void bind_text(int i, std::string_view v) = 0;
  virtual void bind_null(int i) = 0;
  // True while a row is available; throws StoreError on failure.
  virtual bool step() = 0;
  // Ready to run again; bindings are cleared.
  virtual void reset() = 0;
  // Runs a statement whose rows (if any) nobody reads, then resets. A
  // backend may defer it within a write transaction (PostgreSQL sends it
  // without waiting for the answer); its error then surfaces at the next
  // statement that reads, or at commit.
  virtual void run() {
    while (step()) {
    }
    reset();
  }
  virtual bool is_null(int col) const = 0;
  virtual std::int64_t int64(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual std::string text(int col) const = 0;
  // Into an existing string, reusing its buffer: queries decode every row
  // into one reused record.
  virtual void text(int col, std::string& out) const { out = text(col); }
};

// A prepared statement of either backend, with chainable typed binds.
class Statement {
 public:
  Statement() = default;
  explicit Statement(std::unique_ptr<StatementImpl> impl) : impl_(std::move(impl)) {}

  Statement& bind(int i, std::int64_t v) { return impl_->bind_int64(i, v), *this; }
  Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Statement& bind(int i, std::size_t v) { return bind(i, static_cast<std::int64_t>(v)); }
  Statement& bind(int i, double v) { return impl_->bind_double(i, v), *this; }
  Statement& bind(int i, std::string_view v) { return impl_->bind_text(i, v), *this; }
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind_null(int i) { return impl_->bind_null(i), *this; }
  // Empty strings are stored as NULL (absent actor fields, unknown dates).
  Statement& bind_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }

  bool step() { return impl_->step(); }
  // Runs to completion (for statements without results), then resets.
  void run() { impl_->run(); }
  void reset() { impl_->reset(); }
  // The first column of the only row of an INSERT ... RETURNING id.
  std::int64_t returning_id() {
    if (!step()) throw StoreError("insert returned no id");
    const std::int64_t id = int64(0);
    reset();
    return id;
  }

  bool is_null(int col) const { return impl_->is_null(col); }
  std::int64_t int64(int col) const { return impl_->int64(col); }
  double real(int col) const { return impl_->real(col); }
  std::string text(int col) const { return impl_->text(col); }
  void text(int col, std::string& out) const { impl_->text(col, out); }

 private:
  std::unique_ptr<StatementImpl> impl_;
};

// An open connection. Writers go through begin_write()/commit(): the
// transaction excludes every other writer of the same database until it
// ends, so a batch sees a stable set of clusters and documents.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  virtual Statement prepare(std::string_view sql) = 0;
  // SQL without parameters; may hold several statements (migrations).
  virtual void exec(std::string_view sql) = 0;
  virtual void begin_write() = 0;
  virtual void commit() { exec("COMMIT"); }
  // Never throws: it runs while another error is being reported.
  virtual void rollback() noexcept = 0;
  // Refreshes the planner's statistics after a bulk ingest (sampled).
  virtual void analyze() = 0;

  // The first column of the first row, or nullopt when there is no row.
  std::optional<std::int64_t> scalar(std::string_view sql) {
    Statement st = prepare(sql);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
  }
};

}  // namespace dyad::store
