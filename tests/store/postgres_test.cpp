// The PostgreSQL backend against a real server started for the test (see
// postgres_server.h): the same answers as the SQLite store on a shared
// fixture, idempotent re-ingest and replacement, two concurrent `dyad
// ingest` processes giving what a sequential run gives, and clear errors
// (server down, wrong password, newer schema, a foreign database) that
// change nothing. Skipped only when PostgreSQL's binaries are not installed.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "cli_runner.h"
#include "coded_input.h"
#include "postgres_server.h"
#include "store/query.h"
#include "store/schema.h"
#include "store_fixture.h"

namespace dyad::store::testing {
namespace {

using nlohmann::json;

constexpr std::size_t kDocs = 120;
constexpr std::size_t kEventsPerDoc = 4;

class PostgresTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    bin_ = PostgresServer::find_binaries();
    if (!bin_.empty()) server_ = PostgresServer::start(bin_, &error_);
  }
  static void TearDownTestSuite() { server_.reset(); }

  void SetUp() override {
    if (bin_.empty()) {
      GTEST_SKIP() << "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin "
                      "(Debian package postgresql; scripts/setup.sh installs it)";
    }
    ASSERT_TRUE(server_) << error_;
    const std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    dir_ = fs::temp_directory_path() / ("dyad-pg-test-" + std::to_string(::getpid()) + "-" + test);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    input_ = dir_ / "coded.jsonl";
    write_coded_jsonl(input_, kDocs, kEventsPerDoc);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  // A new empty database; its URI.
  std::string database(const std::string& name) {
    server_->create_database(name);
    return server_->uri(name);
  }
  Result dyad(const std::string& args) { return run_dyad(dir_, args); }
  std::int64_t count(const std::string& uri, const std::string& sql) {
    PgConnection db(uri);
    return db.scalar(sql).value_or(-1);
  }

  static fs::path bin_;
  static std::unique_ptr<PostgresServer> server_;
  static std::string error_;
  fs::path dir_, input_;
};

fs::path PostgresTest::bin_;
std::unique_ptr<PostgresServer> PostgresTest::server_;
std::string PostgresTest::error_;

// Every report of every cluster as "doc:sentence", per cluster, with the
// cluster's code, date and count: what a cluster is, without its id (ids
// follow arrival order, which concurrent writers do not fix).
std::multiset<std::string> cluster_contents(const std::string& jsonl) {
  std::multiset<std::string> out;
  for (const std::string& line : lines(jsonl)) {
    const json c = json::parse(line);
    std::set<std::string> reports;
    for (const json& r : c["report_list"]) {
      reports.insert(r["doc"].get<std::string>() + ":" + std::to_string(r["sentence"].get<int>()));
    }
    std::string key = c["code"].get<std::string>() + " " + c["date"].dump() + " " + c["reports"].dump() + " |";
    for (const std::string& r : reports) key += " " + r;
    out.insert(key);
  }
  return out;
}

TEST_F(PostgresTest, SameResultsAsSqliteForIngestAndEveryQuery) {
  const std::string pg = database("same_results");
  const std::string file = (dir_ / "reference.db").string();
  for (const std::string& db : {pg, file}) {
    const Result r = dyad("ingest --batch 7 --coded " + input_.string() + " --db '" + db + "'");
    ASSERT_EQ(r.status, 0) << r.err;
  }
  const std::vector<std::string> commands = {
      "events --format jsonl",
      "events --format csv --actor NLD",
      "events --format tsv --actor NLD --with SOM --code 05 --since 2017-02 --until 2017-03-01",
      "events --format jsonl --code 04 --lang nl --quad 1",
      "events --format jsonl --doc doc-7",
      "events --limit 25",
      "events --clusters --format jsonl",
      "events --clusters --actor USA --code 043",
      "actor-counts --format csv",
      "network --format json",
      "network --format gexf --since 2017-02",
      "timeline --actor NLD --by day --format csv",
      "export --format gdelt",
  };
  for (const std::string& cmd : commands) {
    const Result want = dyad(cmd + " --db " + file);
    const Result got = dyad(cmd + " --db '" + pg + "'");
    ASSERT_EQ(want.status, 0) << cmd << ": " << want.err;
    ASSERT_EQ(got.status, 0) << cmd << ": " << got.err;
    EXPECT_FALSE(want.out.empty()) << cmd;
    EXPECT_TRUE(want.out == got.out) << cmd << " differs between SQLite and PostgreSQL";
  }
}

TEST_F(PostgresTest, ReingestIsIdempotentAndAChangedDocumentReplacesItsEvents) {
  const std::string uri = database("idempotent");
  ASSERT_EQ(dyad("ingest --coded " + input_.string() + " --db '" + uri + "'").status, 0);
  const auto docs = count(uri, "SELECT count(*) FROM documents");
  const auto events = count(uri, "SELECT count(*) FROM events");
  const auto clusters = count(uri, "SELECT count(*) FROM clusters");
  EXPECT_EQ(docs, static_cast<std::int64_t>(kDocs));
  EXPECT_EQ(events, static_cast<std::int64_t>(kDocs * kEventsPerDoc));
  const Result again = dyad("ingest --coded " + input_.string() + " --db '" + uri + "'");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(count(uri, "SELECT count(*) FROM documents"), docs);
  EXPECT_EQ(count(uri, "SELECT count(*) FROM events"), events);
  EXPECT_EQ(count(uri, "SELECT count(*) FROM clusters"), clusters);

  std::string error;
  auto s = Store::open(uri, {}, &error);
  ASSERT_TRUE(s) << error;
  StoredDocument d = document("doc-3", "Kenya and the Netherlands met. They signed a pact.");
  d.events = {event("KENGOV", "057", "NLDGOV", "2018-03-13", false), event("KENGOV", "111", "SOMREB", "2018-03-14")};
  d.events[0].sentences = {0, 1};
  Writer w(*s);
  w.begin();
  EXPECT_EQ(w.put(d), IngestResult::kReplaced);
  EXPECT_EQ(w.put(d), IngestResult::kUnchanged);
  w.commit();
  EXPECT_EQ(count(uri, "SELECT count(*) FROM documents"), docs);
  EXPECT_EQ(count(uri, "SELECT count(*) FROM events"), events - static_cast<std::int64_t>(kEventsPerDoc) + 2);
  EXPECT_EQ(count(uri, "SELECT sum(reports) FROM clusters"), events - static_cast<std::int64_t>(kEventsPerDoc) + 2);
  EXPECT_EQ(count(uri, "SELECT count(*) FROM clusters WHERE reports = 0"), 0);
  EventFilter f;
  f.doc = "doc-3";
  std::vector<EventRow> rows;
  query_events(*s, f, [&](const EventRow& r) { rows.push_back(r); });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].event.code, "057");
  EXPECT_EQ(rows[0].event.sentences, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(rows[0].event.goldstein, d.events[0].goldstein);
  EXPECT_EQ(rows[0].event.confidence, d.events[0].confidence);
}

// Two writers at once: even documents in one file, odd in the other, the
// first 20 in both (the same content, so one of them skips each). Whatever
// the interleaving of their batches, the database holds what a sequential
// run stores: clusters are assigned under the writers' lock.
TEST_F(PostgresTest, TwoConcurrentIngestsGiveTheSameClustersAsASequentialRun) {
  const fs::path even = dir_ / "even.jsonl", odd = dir_ / "odd.jsonl";
  {
    std::ofstream a(even), b(odd);
    for (const std::string& line : lines(slurp(input_))) {
      const std::string doc = json::parse(line)["doc"].get<std::string>();
      const int n = std::stoi(doc.substr(4));
      if (n % 2 == 0 || n < 20) a << line << "\n";
      if (n % 2 == 1 || n < 20) b << line << "\n";
    }
  }
  const std::string sequential = database("sequential"), concurrent = database("concurrent");
  for (const fs::path& f : {even, odd}) {
    ASSERT_EQ(dyad("ingest --batch 3 --coded " + f.string() + " --db '" + sequential + "'").status, 0);
  }
  const fs::path log_a = dir_ / "a.log", log_b = dir_ / "b.log";
  const pid_t a = spawn_dyad({"ingest", "--batch", "3", "--coded", even.string(), "--db", concurrent}, log_a);
  const pid_t b = spawn_dyad({"ingest", "--batch", "3", "--coded", odd.string(), "--db", concurrent}, log_b);
  ASSERT_GT(a, 0);
  ASSERT_GT(b, 0);
  const int status_a = wait_exit(a), status_b = wait_exit(b);
  ASSERT_TRUE(WIFEXITED(status_a) && WEXITSTATUS(status_a) == 0) << slurp(log_a);
  ASSERT_TRUE(WIFEXITED(status_b) && WEXITSTATUS(status_b) == 0) << slurp(log_b);

  for (const char* sql : {"SELECT count(*) FROM documents", "SELECT count(*) FROM events",
                          "SELECT count(*) FROM clusters", "SELECT sum(reports) FROM clusters",
                          "SELECT count(*) FROM near_duplicates"}) {
    EXPECT_EQ(count(concurrent, sql), count(sequential, sql)) << sql;
  }
  EXPECT_EQ(count(concurrent, "SELECT count(*) FROM documents"), static_cast<std::int64_t>(kDocs));
  EXPECT_EQ(count(concurrent, "SELECT count(*) FROM clusters c WHERE reports <> "
                              "(SELECT count(*) FROM events e WHERE e.cluster = c.id)"),
            0);
  const Result want = dyad("events --clusters --format jsonl --db '" + sequential + "'");
  const Result got = dyad("events --clusters --format jsonl --db '" + concurrent + "'");
  ASSERT_EQ(want.status, 0) << want.err;
  ASSERT_EQ(got.status, 0) << got.err;
  EXPECT_TRUE(cluster_contents(want.out) == cluster_contents(got.out));
  for (const std::string& cmd : {"actor-counts", "network --format json", "timeline --actor NLD"}) {
    EXPECT_EQ(dyad(cmd + " --db '" + concurrent + "'").out, dyad(cmd + " --db '" + sequential + "'").out) << cmd;
  }
}

// kill -9 of a writer mid-run: the server ends its transaction and its
// lock, so another writer goes on (no wait for a dead process), only whole
// batches of the victim remain, and rerunning it completes the database to
// what uninterrupted runs store.
TEST_F(PostgresTest, KilledWriterReleasesTheLockAndARerunCompletes) {
  constexpr std::size_t kMany = 400, kBatch = 5;
  const fs::path big = dir_ / "big.jsonl", other = dir_ / "other.jsonl", log = dir_ / "victim.log";
  write_coded_jsonl(big, kMany, 3, 11);
  {
    // Other documents (new ids) for the writer that runs after the kill.
    std::ofstream out(other);
    for (const std::string& line : lines(slurp(input_))) {
      json j = json::parse(line);
      j["doc"] = "other-" + j["doc"].get<std::string>();
      out << j.dump() << "\n";
    }
  }
  const std::string reference = database("kill_reference"), crashed = database("kill_crashed");
  for (const fs::path& f : {big, other}) {
    ASSERT_EQ(dyad("ingest --coded " + f.string() + " --db '" + reference + "'").status, 0);
  }

  const pid_t victim =
      spawn_dyad({"ingest", "--batch", std::to_string(kBatch), "--coded", big.string(), "--db", crashed}, log);
  ASSERT_GT(victim, 0);
  // Kill once a few batches are committed: bounded polling, no fixed sleep.
  bool exited_early = false;
  std::unique_ptr<PgConnection> poll;
  poll_while_running(
      victim,
      [&] {
        try {
          if (!poll) poll = std::make_unique<PgConnection>(crashed);
          return poll->scalar("SELECT count(*) FROM documents").value_or(0) >= static_cast<std::int64_t>(3 * kBatch);
        } catch (const StoreError&) {
          return false;  // no tables yet
        }
      },
      &exited_early);
  poll.reset();
  ASSERT_FALSE(exited_early) << "ingest finished before it could be killed; raise kMany";
  ASSERT_EQ(::kill(victim, SIGKILL), 0);
  const int status = wait_exit(victim);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

  const std::int64_t docs = count(crashed, "SELECT count(*) FROM documents");
  EXPECT_LT(docs, static_cast<std::int64_t>(kMany)) << "the kill came after the last batch";
  EXPECT_EQ(docs % static_cast<std::int64_t>(kBatch), 0) << "a partial batch survived";
  EXPECT_EQ(count(crashed, "SELECT count(*) FROM events"), docs * 3);
  EXPECT_EQ(count(crashed, "SELECT count(*) FROM clusters c WHERE reports <> "
                           "(SELECT count(*) FROM events e WHERE e.cluster = c.id)"),
            0);

  for (const fs::path& f : {other, big}) {
    const Result r = dyad("ingest --coded " + f.string() + " --db '" + crashed + "'");
    ASSERT_EQ(r.status, 0) << r.err;
  }
  for (const char* sql : {"SELECT count(*) FROM documents", "SELECT count(*) FROM events",
                          "SELECT count(*) FROM clusters", "SELECT sum(reports) FROM clusters"}) {
    EXPECT_EQ(count(crashed, sql), count(reference, sql)) << sql;
  }
  const Result want = dyad("events --clusters --format jsonl --db '" + reference + "'");
  const Result got = dyad("events --clusters --format jsonl --db '" + crashed + "'");
  EXPECT_TRUE(cluster_contents(want.out) == cluster_contents(got.out));
}

TEST_F(PostgresTest, ServerDownGivesAClearErrorAndExitStatus3) {
  const std::string down = "postgresql://dyad:secret@127.0.0.1:" + std::to_string(PostgresServer::free_port()) + "/x";
  for (const std::string& cmd : {"ingest --coded " + input_.string(), std::string("events"), std::string("export")}) {
    const Result r = dyad(cmd + " --db '" + down + "'");
    EXPECT_EQ(r.status, 3) << cmd;
    EXPECT_NE(r.err.find("cannot connect to the PostgreSQL server"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("secret"), std::string::npos) << "the password is shown: " << r.err;
  }
}

TEST_F(PostgresTest, WrongPasswordGivesAClearErrorAndExitStatus3) {
  const std::string uri = database("wrong_password");
  const Result r = dyad("ingest --coded " + input_.string() + " --db '" + server_->uri("wrong_password", "nope") + "'");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("password authentication failed"), std::string::npos) << r.err;
  EXPECT_EQ(count(uri, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'"), 0);
}

TEST_F(PostgresTest, ForeignAndNewerDatabasesAreRefusedUnchanged) {
  const std::string foreign = database("foreign_db");
  {
    PgConnection db(foreign);
    db.exec("CREATE TABLE t(x int); INSERT INTO t VALUES (1)");
  }
  for (const std::string& cmd : {"ingest --coded " + input_.string(), std::string("events")}) {
    const Result r = dyad(cmd + " --db '" + foreign + "'");
    EXPECT_EQ(r.status, 3) << cmd;
    EXPECT_NE(r.err.find("not a dyad database"), std::string::npos) << r.err;
  }
  EXPECT_EQ(count(foreign, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'"), 1);

  const std::string newer = database("newer");
  ASSERT_EQ(dyad("ingest --coded " + input_.string() + " --db '" + newer + "'").status, 0);
  {
    PgConnection db(newer);
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  }
  const auto events = count(newer, "SELECT count(*) FROM events");
  write_coded_jsonl(input_, kDocs, kEventsPerDoc, 99);  // new content for every document
  for (const std::string& cmd : {"ingest --coded " + input_.string(), std::string("events")}) {
    const Result r = dyad(cmd + " --db '" + newer + "'");
    EXPECT_EQ(r.status, 3) << cmd;
    EXPECT_NE(r.err.find("newer than this dyad supports"), std::string::npos) << r.err;
  }
  EXPECT_EQ(count(newer, "SELECT count(*) FROM events"), events);

  const Result empty = dyad("events --db '" + database("empty") + "'");
  EXPECT_EQ(empty.status, 3);
  EXPECT_NE(empty.err.find("no dyad tables"), std::string::npos) << empty.err;
}

// A version 4 database (the first PostgreSQL schema) is migrated on open by
// a writer, keeping its rows; a query command asks for that instead.
TEST_F(PostgresTest, VersionFourDatabaseIsMigratedKeepingData) {
  const std::string uri = database("version_four");
  {
    PgConnection db(uri);
    migrate(db, 4);
    db.exec("INSERT INTO documents(doc_id, content_hash, text, simhash) VALUES ('old-doc', 'h', 'x', 0)");
    db.exec("INSERT INTO events(doc, sentence, text, code, root, quad, goldstein, source_code, target_code, "
            "\"symmetric\", date, day_lo, day_hi, lang, doc_id, sentences) VALUES "
            "(1, 2, 'old', '057', '05', 1, 3, 'NLDGOV', 'KENGOV', 0, '2018-03-13', 17603, 17603, 'en', 'old-doc', "
            "'0,2')");
  }
  const Result query = dyad("events --db '" + uri + "'");
  EXPECT_EQ(query.status, 3);
  EXPECT_NE(query.err.find("older schema"), std::string::npos) << query.err;
  std::string error;
  auto s = Store::open(uri, {}, &error);
  ASSERT_TRUE(s) << error;
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(count(uri, "SELECT count(*) FROM pg_indexes WHERE indexname = 'events_code' "
                       "AND indexdef LIKE '%(code, day_lo, doc_id, sentence)%'"),
            1);
  EventFilter f;
  f.code = "057";
  std::vector<EventRow> rows;
  query_events(*s, f, [&](const EventRow& r) { rows.push_back(r); });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].doc, "old-doc");
  EXPECT_EQ(rows[0].event.sentences, (std::vector<std::size_t>{0, 2}));
}

// A batch the server rejects halfway (text PostgreSQL cannot store) is
// rolled back whole; earlier batches stay.
TEST_F(PostgresTest, FailedBatchLeavesNothingBehind) {
  const std::string uri = database("failed_batch");
  std::string error;
  auto s = Store::open(uri, {}, &error);
  ASSERT_TRUE(s) << error;
  Writer w(*s);
  StoredDocument good = document("good", "The Netherlands and Kenya met.");
  good.events = {event("NLDGOV", "036", "KENGOV", "2018-03-13", true)};
  w.begin();
  w.put(good);
  w.commit();
  StoredDocument next = document("next", "Kenya hosted talks.");
  next.events = {event("KENGOV", "043", "NLDGOV", "2018-03-13")};
  StoredDocument bad = document("bad", std::string("invalid UTF-8: \xff\xfe"));
  w.begin();
  w.put(next);
  EXPECT_THROW(w.put(bad), StoreError);
  w.rollback();
  EXPECT_EQ(count(uri, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(count(uri, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(count(uri, "SELECT sum(reports) FROM clusters"), 1);
  // The writer goes on after the failure.
  w.begin();
  EXPECT_EQ(w.put(next), IngestResult::kAdded);
  w.commit();
  EXPECT_EQ(count(uri, "SELECT count(*) FROM events"), 2);

  // Rows nobody reads back are sent without waiting (pipeline mode): their
  // failure surfaces at the next statement that reads, or at commit, and
  // the batch is still rolled back whole.
  StoredDocument deferred = document("deferred", "Somalia was mentioned.");
  deferred.events = {event("SOMGOV", "043", "KENGOV", "2018-03-20")};
  for (int variant = 0; variant < 2; ++variant) {
    StoredDocument broken = deferred;
    if (variant == 0) {  // a mention: later statements of the same put() read
      StoredMention m;
      m.text = "invalid UTF-8: \xff";
      m.actor = actor("SOMGOV");
      broken.mentions = {m};
    } else {  // the event, the put()'s last statement: found at commit
      broken.events[0].text = "invalid UTF-8: \xff";
    }
    w.begin();
    EXPECT_THROW(
        {
          w.put(broken);
          w.commit();
        },
        StoreError)
        << "variant " << variant;
    w.rollback();
    EXPECT_EQ(count(uri, "SELECT count(*) FROM documents"), 2);
    EXPECT_EQ(count(uri, "SELECT count(*) FROM events"), 2);
    EXPECT_EQ(count(uri, "SELECT count(*) FROM mentions"), 0);
  }
  w.begin();
  EXPECT_EQ(w.put(deferred), IngestResult::kAdded);
  w.commit();
  EXPECT_EQ(count(uri, "SELECT count(*) FROM events"), 3);
}

TEST(PostgresUri, RecognisedRedactedAndParametersRenumbered) {
  EXPECT_TRUE(is_postgres_uri("postgresql://u@h/db"));
  EXPECT_TRUE(is_postgres_uri("postgres://h/db"));
  EXPECT_FALSE(is_postgres_uri("dyad.db"));
  EXPECT_FALSE(is_postgres_uri("./postgresql:/x.db"));
  EXPECT_EQ(redact_uri("postgresql://u:pw@h:5432/db"), "postgresql://u:***@h:5432/db");
  EXPECT_EQ(redact_uri("postgresql://u@h/db?sslmode=require"), "postgresql://u@h/db?sslmode=require");
  EXPECT_EQ(redact_uri("postgresql://h:5432/db"), "postgresql://h:5432/db");
  EXPECT_EQ(to_postgres_parameters("SELECT ?1, '?2', ?12 WHERE a = 'it''s ?3'"), "SELECT $1, '?2', $12 WHERE a = 'it''s ?3'");
}

}  // namespace
}  // namespace dyad::store::testing
