// The store commands as a user runs them: `dyad ingest --coded`, events
// (filters, --clusters), network, timeline, export, and their exit codes on
// files that are not dyad databases. Input is generated coded JSONL, so
// these tests do not depend on parser models.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_runner.h"
#include "coded_input.h"

namespace dyad::store::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t kDocs = 60;
constexpr std::size_t kEventsPerDoc = 3;

class StoreCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad-store-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    input_ = dir_ / "coded.jsonl";
    db_ = dir_ / "test.db";
    write_coded_jsonl(input_, kDocs, kEventsPerDoc);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result dyad(const std::string& args) { return run_dyad(dir_, args); }

  std::string db() const { return " --db " + db_.string(); }

  void ingest() {
    const Result r = dyad("ingest --coded " + input_.string() + db());
    ASSERT_EQ(r.status, 0) << r.err;
  }

  std::int64_t count(const std::string& sql) {
    sqlite3* h = nullptr;
    sqlite3_open_v2(db_.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    std::int64_t n = -1;
    if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return n;
  }

  std::vector<json> events(const std::string& filter) {
    const Result r = dyad("events --format jsonl" + db() + " " + filter);
    EXPECT_EQ(r.status, 0) << r.err;
    std::vector<json> out;
    for (const std::string& l : lines(r.out)) out.push_back(json::parse(l));
    return out;
  }

  fs::path dir_, input_, db_;
};

TEST_F(StoreCli, IngestTwiceIsIdempotent) {
  ingest();
  const auto docs = count("SELECT count(*) FROM documents");
  const auto events = count("SELECT count(*) FROM events");
  const auto clusters = count("SELECT count(*) FROM clusters");
  EXPECT_EQ(docs, static_cast<std::int64_t>(kDocs));
  EXPECT_EQ(events, static_cast<std::int64_t>(kDocs * kEventsPerDoc));
  ingest();
  EXPECT_EQ(count("SELECT count(*) FROM documents"), docs);
  EXPECT_EQ(count("SELECT count(*) FROM events"), events);
  EXPECT_EQ(count("SELECT count(*) FROM clusters"), clusters);
  EXPECT_EQ(count("SELECT sum(reports) FROM clusters"), events);
}

TEST_F(StoreCli, RecodedEventsReplaceTheOldOnes) {
  ingest();
  // The same documents coded differently (another seed): every document
  // is replaced, none is added.
  write_coded_jsonl(input_, kDocs, kEventsPerDoc, 99);
  ingest();
  EXPECT_EQ(count("SELECT count(*) FROM documents"), static_cast<std::int64_t>(kDocs));
  EXPECT_EQ(count("SELECT count(*) FROM events"), static_cast<std::int64_t>(kDocs * kEventsPerDoc));
  EXPECT_EQ(count("SELECT sum(reports) FROM clusters"), static_cast<std::int64_t>(kDocs * kEventsPerDoc));
}

TEST_F(StoreCli, CodedEventsRoundTrip) {
  ingest();
  const auto all = events("");
  ASSERT_EQ(all.size(), kDocs * kEventsPerDoc);
  // Every input line comes back with its contract fields intact.
  std::map<std::pair<std::string, std::size_t>, json> stored;
  for (const json& e : all) stored[{e["doc"].get<std::string>(), e["sentence"].get<std::size_t>()}] = e;
  for (const std::string& line : lines(slurp(input_))) {
    const json in = json::parse(line);
    const auto it = stored.find({in["doc"].get<std::string>(), in["sentence"].get<std::size_t>()});
    ASSERT_NE(it, stored.end()) << line;
    for (const char* key : {"text", "span", "trigger", "code", "root", "name", "quad", "source", "target",
                            "symmetric", "date", "date_precision", "lang", "sentences"}) {
      EXPECT_EQ(it->second[key], in[key]) << key << " of " << line;
    }
  }
}

TEST_F(StoreCli, EventFilters) {
  ingest();
  const auto nld = events("--actor NLD");
  ASSERT_FALSE(nld.empty());
  EXPECT_EQ(static_cast<std::int64_t>(nld.size()),
            count("SELECT count(*) FROM events WHERE source_code LIKE 'NLD%' OR target_code LIKE 'NLD%'"));
  for (const json& e : nld) {
    EXPECT_TRUE(e["source"]["code"].get<std::string>().starts_with("NLD") ||
                e["target"]["code"].get<std::string>().starts_with("NLD"));
  }
  const auto dyad_rows = events("--actor NLD --with KEN");
  EXPECT_EQ(static_cast<std::int64_t>(dyad_rows.size()),
            count("SELECT count(*) FROM events WHERE (source_code LIKE 'NLD%' AND target_code LIKE 'KEN%') "
                  "OR (source_code LIKE 'KEN%' AND target_code LIKE 'NLD%')"));
  for (const json& e : events("--code 04")) EXPECT_TRUE(e["code"].get<std::string>().starts_with("04"));
  const auto feb = events("--since 2017-02 --until 2017-02");
  ASSERT_FALSE(feb.empty());
  for (const json& e : feb) EXPECT_TRUE(e["date"].get<std::string>().starts_with("2017-02")) << e.dump();
  const auto nl = events("--lang nl");
  EXPECT_EQ(static_cast<std::int64_t>(nl.size()), count("SELECT count(*) FROM events WHERE lang = 'nl'"));
  const auto one = events("--doc doc-7");
  ASSERT_EQ(one.size(), kEventsPerDoc);
  for (const json& e : one) EXPECT_EQ(e["doc"], "doc-7");
  EXPECT_EQ(events("--actor NLD --limit 5").size(), 5u);

  // Dates come back in order, for people and programs alike.
  for (std::size_t i = 1; i < nld.size(); ++i) EXPECT_LE(nld[i - 1]["date"], nld[i]["date"]);
  const Result table = dyad("events" + db() + " --actor NLD");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_EQ(lines(table.out).size(), nld.size() + 1);  // a header
  const Result csv = dyad("events --format csv" + db() + " --actor NLD");
  EXPECT_EQ(lines(csv.out).size(), nld.size() + 1);
}

TEST_F(StoreCli, ClustersAccountForEveryReport) {
  ingest();
  const Result r = dyad("events --clusters --format jsonl" + db());
  ASSERT_EQ(r.status, 0) << r.err;
  std::size_t reports = 0, merged = 0;
  std::set<std::int64_t> ids;
  for (const std::string& l : lines(r.out)) {
    const json c = json::parse(l);
    EXPECT_TRUE(ids.insert(c["cluster"].get<std::int64_t>()).second);
    EXPECT_EQ(c["reports"].get<std::size_t>(), c["report_list"].size());
    reports += c["report_list"].size();
    if (c["reports"].get<std::size_t>() > 1) ++merged;
  }
  EXPECT_EQ(reports, kDocs * kEventsPerDoc);
  EXPECT_GT(merged, 0u) << "the generated input repeats actor pairs, codes and dates";
  const Result table = dyad("events --clusters" + db());
  EXPECT_EQ(lines(table.out).size(), ids.size() + 1);
}

TEST_F(StoreCli, NetworkTimelineAndExportShapes) {
  ingest();
  Result r = dyad("network --format json" + db());
  ASSERT_EQ(r.status, 0) << r.err;
  const json g = json::parse(r.out);
  std::size_t edge_events = 0;
  for (const json& e : g["edges"]) {
    edge_events += e["events"].get<std::size_t>();
    EXPECT_NEAR(e["cooperation"].get<double>() + e["conflict"].get<double>(), 1.0, 1e-9);
  }
  EXPECT_EQ(edge_events, kDocs * kEventsPerDoc);  // every generated event has a target
  EXPECT_FALSE(g["nodes"].empty());

  r = dyad("network --format graphml" + db());
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("<graphml"), std::string::npos);
  EXPECT_NE(r.out.find("<edge"), std::string::npos);
  r = dyad("network --format gexf" + db());
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("<gexf"), std::string::npos);

  r = dyad("timeline --actor NLD --by month --format jsonl" + db());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto bins = lines(r.out);
  EXPECT_GE(bins.size(), 1u);
  EXPECT_LE(bins.size(), 3u);  // the generated dates span January to March 2017

  r = dyad("export --format gdelt" + db());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto rows = lines(r.out);
  ASSERT_FALSE(rows.empty());
  const auto tabs = std::count(rows[0].begin(), rows[0].end(), '\t');
  EXPECT_GT(tabs, 10);
  for (const std::string& row : rows) EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), tabs) << row;
}

TEST_F(StoreCli, NonDyadFilesGiveExitCode3AndStayUnchanged) {
  const fs::path other = dir_ / "other.db";
  {
    sqlite3* h = nullptr;
    sqlite3_open(other.c_str(), &h);
    sqlite3_exec(h, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    sqlite3_close(h);
  }
  const fs::path text = dir_ / "notes.db";
  std::ofstream(text) << "not a database at all\n";
  for (const fs::path& p : {other, text}) {
    const std::string before = slurp(p);
    const std::vector<std::string> commands = {"events", "network", "export", "ingest --coded " + input_.string()};
    for (const std::string& cmd : commands) {
      const Result r = dyad(cmd + " --db " + p.string());
      EXPECT_EQ(r.status, 3) << cmd << " on " << p;
      EXPECT_NE(r.err.find("not a dyad database"), std::string::npos) << r.err;
    }
    EXPECT_EQ(slurp(p), before) << p;
  }
  const Result missing = dyad("events --db " + (dir_ / "missing.db").string());
  EXPECT_EQ(missing.status, 3);
  EXPECT_FALSE(fs::exists(dir_ / "missing.db"));
}

TEST_F(StoreCli, MalformedCodedInputNamesTheLineAndStoresTheRest) {
  std::ofstream(input_, std::ios::app) << "{\"doc\": \"broken\", \"sentence\": 0}\n";
  const Result r = dyad("ingest --batch 10 --coded " + input_.string() + db());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(input_.string() + ":" + std::to_string(kDocs * kEventsPerDoc + 1) + ": error:"),
            std::string::npos)
      << r.err;
  // The bad line is skipped; every other document is stored (issue 15).
  EXPECT_EQ(count("SELECT count(*) FROM documents"), static_cast<std::int64_t>(kDocs));
  EXPECT_EQ(count("SELECT count(*) FROM documents WHERE doc_id = 'broken'"), 0);
}

}  // namespace
}  // namespace dyad::store::testing
