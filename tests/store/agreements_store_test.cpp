// The agreements register in the store (issue 19): written with their
// documents, replaced with them, filtered by party, topic, kind and date,
// reports of one agreement sharing a cluster, network edge attributes,
// `dyad agreements` and the same answers from PostgreSQL.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "postgres_server.h"
#include "store/agreements.h"
#include "store/reports.h"
#include "store_fixture.h"

namespace dyad::store::testing {
namespace {

StoredAgreement agreement(const std::vector<std::string>& parties, const std::string& kind,
                          const std::vector<std::string>& topics, const std::string& date = "") {
  StoredAgreement a;
  a.sentence = 0;
  a.text = "signed";
  a.span = {0, 6};
  a.kind = kind;
  a.parties = parties;
  a.topics = topics;
  a.detail = R"({"parties":[],"signatories":[{"name":"A. Person","text":"Minister A. Person"}]})";
  if (!date.empty()) a.date = parse_iso_date(date);
  a.lang = "en";
  a.confidence = 0.8;
  return a;
}

void fill(Store& s) {
  Writer w(s);
  w.begin();
  auto d1 = document("d1", "Kenya and the Netherlands signed a declaration of intent.");
  d1.agreements.push_back(agreement({"NLD", "KEN"}, "declaration_of_intent", {"violent_extremism", "intelligence_sharing"}, "2016-04-05"));
  auto d2 = document("d2", "Kenia en Nederland ondertekenden een intentieverklaring.", "nl");
  d2.agreements.push_back(agreement({"KEN", "NLD"}, "declaration_of_intent", {"violent_extremism"}, "2016-04"));
  auto d3 = document("d3", "Ghana and the EU signed a memorandum of understanding.");
  d3.agreements.push_back(agreement({"GHA", "EU"}, "mou", {"maritime"}, "2024-03-14"));
  d3.agreements.push_back(agreement({"GHA", "KEN"}, "treaty", {"trade_investment"}));
  d3.events.push_back(event("KENGOV", "057", "NLDGOV", "2016-04-05"));
  for (const auto& d : {d1, d2, d3}) w.put(d);
  w.commit();
}

std::vector<AgreementRow> query(Store& s, AgreementFilter f) {
  std::vector<AgreementRow> out;
  query_agreements(s, f, [&](const AgreementRow& r) { out.push_back(r); });
  return out;
}

class AgreementsStoreTest : public StoreTest {};

TEST_F(AgreementsStoreTest, FiltersClustersAndReplacement) {
  auto s = open();
  fill(*s);
  EXPECT_EQ(query(*s, {}).size(), 4u);
  AgreementFilter f;
  f.party = "KEN";
  EXPECT_EQ(query(*s, f).size(), 3u);
  f.with = "NLD";
  const auto pair = query(*s, f);
  ASSERT_EQ(pair.size(), 2u);
  EXPECT_EQ(pair[0].cluster, pair[1].cluster) << "the English and Dutch reports are one agreement";
  EXPECT_EQ(pair[0].agreement.parties, (std::vector<std::string>{"KEN", "NLD"}));
  f = {};
  f.topic = "maritime";
  ASSERT_EQ(query(*s, f).size(), 1u);
  EXPECT_EQ(query(*s, f)[0].doc, "d3");
  f = {};
  f.kind = "treaty";
  EXPECT_EQ(query(*s, f).size(), 1u);
  f = {};
  f.since = parse_iso_date("2020");
  EXPECT_EQ(query(*s, f).size(), 1u) << "undated agreements are left out of a date range";
  f = {};
  f.party = "K%";  // LIKE wildcards in input match only themselves
  EXPECT_TRUE(query(*s, f).empty());
  // A changed document takes its old agreements along.
  auto d3 = document("d3", "Ghana and the EU signed a memorandum of understanding on fisheries.");
  d3.agreements.push_back(agreement({"GHA", "EU"}, "mou", {"agriculture"}, "2024-03-14"));
  EXPECT_EQ(put(*s, d3), IngestResult::kReplaced);
  f = {};
  f.party = "GHA";
  const auto ghana = query(*s, f);
  ASSERT_EQ(ghana.size(), 1u);
  EXPECT_EQ(ghana[0].agreement.topics, (std::vector<std::string>{"agriculture"}));
  const auto j = nlohmann::json::parse(agreement_json(ghana[0]));
  EXPECT_EQ(j["signatories"][0]["name"], "A. Person");
}

TEST_F(AgreementsStoreTest, NetworkEdgesCarryAgreements) {
  auto s = open();
  fill(*s);
  auto dyads = network(*s, {});
  ASSERT_FALSE(dyads.empty());
  add_agreements(*s, dyads);
  bool found = false;
  for (const auto& d : dyads)
    if (d.source == "KENGOV" && d.target == "NLDGOV") {
      found = true;
      EXPECT_EQ(d.agreements, 1u) << "two reports of one agreement count once";
      EXPECT_EQ(d.agreement_topics, "intelligence_sharing;violent_extremism");
    }
  EXPECT_TRUE(found);
}

TEST_F(AgreementsStoreTest, Command) {
  {
    auto s = open();
    fill(*s);
  }
  const std::string db = " --db " + path_.string();
  Result r = run_dyad(dir_, "agreements --party ken --format jsonl" + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(lines(r.out).size(), 3u);
  r = run_dyad(dir_, "agreements --party KEN --with NLD --format csv" + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(lines(r.out).size(), 3u);  // header and two reports
  EXPECT_EQ(lines(r.out)[0].rfind("id,cluster,doc,sentence,date,kind,parties,topics", 0), 0u);
  r = run_dyad(dir_, "agreements --topic maritime" + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("1 agreement\n"), std::string::npos) << r.out;
  EXPECT_EQ(run_dyad(dir_, "agreements --since 2016-13" + db).status, 2);
  EXPECT_EQ(run_dyad(dir_, "agreements --format xml" + db).status, 2);
  EXPECT_EQ(run_dyad(dir_, "agreements --db " + (dir_ / "missing" / "x.db").string()).status, 3);
}

TEST_F(AgreementsStoreTest, PostgresGivesTheSameAnswers) {
  const auto bin = PostgresServer::find_binaries();
  if (bin.empty()) GTEST_SKIP() << "PostgreSQL server binaries not found (Debian package postgresql)";
  std::string error;
  auto server = PostgresServer::start(bin, &error);
  ASSERT_TRUE(server) << error;
  server->create_database("agreements");
  auto pg = Store::open(server->uri("agreements"), {}, &error);
  ASSERT_TRUE(pg) << error;
  auto lite = open();
  fill(*pg);
  fill(*lite);
  for (const char* party : {"", "KEN", "GHA"}) {
    AgreementFilter f;
    f.party = party;
    std::vector<std::string> a, b;
    for (const auto& r : query(*pg, f)) a.push_back(agreement_json(r));
    for (const auto& r : query(*lite, f)) b.push_back(agreement_json(r));
    EXPECT_EQ(a, b) << party;
  }
}

}  // namespace
}  // namespace dyad::store::testing
