// The API over a PostgreSQL store gives what it gives over SQLite: the same
// data ingested into both, the same answers (ids aside).
#include "../store/postgres_server.h"
#include "serve_fixture.h"

namespace dyad::serve::testing {
namespace {

using store::testing::PostgresServer;

class ServePostgresTest : public ServeTest {};

TEST_F(ServePostgresTest, AnswersAsOverSqlite) {
  const fs::path bin = PostgresServer::find_binaries();
  if (bin.empty()) GTEST_SKIP() << "PostgreSQL server binaries not found (scripts/setup.sh installs postgresql)";
  std::string error;
  auto pg = PostgresServer::start(bin, &error);
  ASSERT_TRUE(pg) << error;
  pg->create_database("serve_api");
  const std::string uri = pg->uri("serve_api");
  ASSERT_EQ(store::testing::run_dyad(*dir_, "ingest --db '" + uri + "' " DYAD_SOURCE_DIR "/examples").status, 0);
  ASSERT_EQ(store::testing::run_dyad(*dir_, "ingest --db '" + uri + "' --coded " + kBilingualCluster)
                .status,
            0);
  RunningServer server(options_for(uri));
  auto c = server.client();
  auto both = [&](const std::string& path) {
    auto a = server_->client().Get(path.c_str());
    auto b = c.Get(path.c_str());
    EXPECT_TRUE(a && b) << path;
    if (!a || !b) return std::make_pair(json(), json());
    EXPECT_EQ(a->status, 200) << path << a->body;
    EXPECT_EQ(b->status, 200) << path << b->body;
    return std::make_pair(json::parse(a->body), json::parse(b->body));
  };
  auto without_ids = [](json events) {
    for (json& e : events) {
      e.erase("id");
      e.erase("cluster");
    }
    return events;
  };
  for (const char* path : {"/api/network", "/api/network?lang=nl&since=2023", "/api/timeline?by=day",
                           "/api/timeline?by=week", "/api/timeline?by=month&actor=GHA", "/api/timeline?by=year",
                           "/api/actors", "/api/actors?q=NLD", "/api/info"}) {
    const auto [sqlite, postgres] = both(path);
    EXPECT_EQ(sqlite, postgres) << path;
  }
  // Pages to the end, filtered: the same events in the same order.
  for (const std::string& filter : std::vector<std::string>{"", "&actor=NLD", "&q=visserij", "&quad=1&since=2023-06"}) {
    json all_sqlite = json::array(), all_postgres = json::array();
    std::string next_a, next_b;
    for (int page = 0; page < 50; ++page) {
      const auto [a, b] = both("/api/events?limit=4" + filter + (next_a.empty() ? "" : "&cursor=" + next_a));
      for (const json& e : a["events"]) all_sqlite.push_back(e);
      const auto b2 = json::parse(c.Get(("/api/events?limit=4" + filter + (next_b.empty() ? "" : "&cursor=" + next_b)).c_str())->body);
      for (const json& e : b2["events"]) all_postgres.push_back(e);
      next_a = a["next"].is_null() ? "" : a["next"].get<std::string>();
      next_b = b2["next"].is_null() ? "" : b2["next"].get<std::string>();
      if (next_a.empty() || next_b.empty()) break;
    }
    EXPECT_TRUE(next_a.empty() && next_b.empty()) << filter;
    EXPECT_EQ(without_ids(all_sqlite), without_ids(all_postgres)) << filter;
  }
  const json found = json::parse(c.Get("/api/events?actor=GHA&with=NLD&lang=nl")->body);
  ASSERT_EQ(found["events"].size(), 1u);
  const json one = json::parse(c.Get(("/api/events/" + std::to_string(found["events"][0]["id"].get<long long>())).c_str())->body);
  EXPECT_EQ(one["cluster"]["langs"], json::array({"en", "nl"}));
  const auto [doc_a, doc_b] = both("/api/documents/sahel-summit");
  EXPECT_EQ(doc_a["document"], doc_b["document"]);
}

}  // namespace
}  // namespace dyad::serve::testing
