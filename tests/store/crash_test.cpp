// Crash safety of `dyad ingest`: a writer killed with SIGKILL in the middle
// of a run leaves a consistent database holding whole batches only, and
// rerunning the same command completes it to exactly what an uninterrupted
// run stores. Uses --coded input so it does not depend on parser models.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli_runner.h"
#include "coded_input.h"
#include "store_fixture.h"

namespace dyad::store::testing {
namespace {

constexpr std::size_t kDocs = 3000;
constexpr std::size_t kEventsPerDoc = 3;
constexpr std::size_t kBatch = 20;

// Starts `dyad ingest --coded` with stdout/stderr to `log`.
pid_t spawn_ingest(const fs::path& input, const fs::path& db, const fs::path& log) {
  return spawn_dyad({"ingest", "--coded", input.string(), "--db", db.string(), "--batch", std::to_string(kBatch)}, log);
}

// A raw read-only connection, as another process would have.
class Reader {
 public:
  explicit Reader(const fs::path& db) {
    sqlite3_open_v2(db.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_busy_timeout(db_, 2000);
  }
  ~Reader() { sqlite3_close(db_); }
  // The first column of the first row as text; "" when the query fails
  // (e.g. the schema does not exist yet).
  std::string one(const std::string& sql) {
    std::string out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      out = p ? p : "";
    }
    sqlite3_finalize(st);
    return out;
  }
  std::int64_t count(const std::string& sql) {
    const std::string v = one(sql);
    return v.empty() ? -1 : std::stoll(v);
  }
  // Every row of every table, in key order: equal dumps mean equal content.
  std::string dump() {
    std::string out;
    for (const char* table : {"documents", "sentences", "mentions", "events", "clusters",
                              "near_duplicates", "simhash_bands", "meta"}) {
      out += std::string("# ") + table + "\n";
      const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2, 3";
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return "error: " + sql;
      while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
          const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
          out += p ? p : "NULL";
          out += '\t';
        }
        out += '\n';
      }
      sqlite3_finalize(st);
    }
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

TEST_F(StoreTest, KillDuringIngestKeepsWholeBatchesAndRerunCompletes) {
  const fs::path input = dir_ / "coded.jsonl", log = dir_ / "ingest.log";
  write_coded_jsonl(input, kDocs, kEventsPerDoc);
  const fs::path reference = dir_ / "reference.db", crashed = dir_ / "crashed.db";

  const pid_t ref = spawn_ingest(input, reference, log);
  ASSERT_GT(ref, 0);
  const int ref_status = wait_exit(ref);
  ASSERT_TRUE(WIFEXITED(ref_status) && WEXITSTATUS(ref_status) == 0) << "reference run failed, see " << log;

  const pid_t victim = spawn_ingest(input, crashed, log);
  ASSERT_GT(victim, 0);
  // Kill once a few batches are committed: bounded polling, no fixed sleep.
  bool exited_early = false;
  std::unique_ptr<Reader> poll;
  poll_while_running(
      victim,
      [&] {
        // (Re)open until the file exists and holds the schema.
        if (!poll) poll = std::make_unique<Reader>(crashed);
        const std::int64_t docs = poll->count("SELECT count(*) FROM documents");
        if (docs < 0) poll.reset();
        return docs >= static_cast<std::int64_t>(3 * kBatch);
      },
      &exited_early);
  poll.reset();
  ASSERT_FALSE(exited_early) << "ingest finished before it could be killed; raise kDocs";
  ASSERT_EQ(::kill(victim, SIGKILL), 0);
  const int status = wait_exit(victim);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

  {
    Reader r(crashed);
    EXPECT_EQ(r.one("PRAGMA integrity_check"), "ok");
    const std::int64_t docs = r.count("SELECT count(*) FROM documents");
    EXPECT_GE(docs, static_cast<std::int64_t>(3 * kBatch));
    EXPECT_LT(docs, static_cast<std::int64_t>(kDocs)) << "the kill came after the last batch";
    EXPECT_EQ(docs % static_cast<std::int64_t>(kBatch), 0) << "a partial batch survived";
    EXPECT_EQ(r.count("SELECT count(*) FROM events"), docs * static_cast<std::int64_t>(kEventsPerDoc));
    EXPECT_EQ(r.count("SELECT count(*) FROM events WHERE doc NOT IN (SELECT id FROM documents)"), 0);
    EXPECT_EQ(r.count("SELECT count(*) FROM events WHERE cluster NOT IN (SELECT id FROM clusters)"), 0);
    EXPECT_EQ(r.count("SELECT count(*) FROM clusters WHERE reports <> "
                      "(SELECT count(*) FROM events WHERE cluster = clusters.id)"),
              0);
    EXPECT_EQ(r.count("SELECT count(*) FROM events e WHERE doc_id IS NOT (SELECT doc_id FROM documents WHERE id = e.doc)"), 0);
    EXPECT_EQ(r.count("SELECT count(*) FROM sentences"), docs * static_cast<std::int64_t>(kEventsPerDoc));
  }

  const pid_t rerun = spawn_ingest(input, crashed, log);
  ASSERT_GT(rerun, 0);
  const int rerun_status = wait_exit(rerun);
  ASSERT_TRUE(WIFEXITED(rerun_status) && WEXITSTATUS(rerun_status) == 0) << "rerun failed, see " << log;

  Reader a(reference), b(crashed);
  EXPECT_EQ(a.count("SELECT count(*) FROM documents"), static_cast<std::int64_t>(kDocs));
  EXPECT_EQ(b.one("PRAGMA integrity_check"), "ok");
  const std::string want = a.dump(), got = b.dump();
  EXPECT_TRUE(want == got) << "the resumed database differs from an uninterrupted run";
}

}  // namespace
}  // namespace dyad::store::testing
