// The agreements register in the store (issue 19): written with their
// documents, replaced with them, filtered by party, topic, kind and date,
// reports of one agreement sharing a cluster, network edge attributes,
// `dyad agreements` and the same answers from PostgreSQL.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

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

// Relations ride in the detail; the store adds its own ids: the earlier
// agreement of the same document, the referring event. Rows stored before
// relations were kept answer with empty lists.
void fill_relations(Store& s) {
  Writer w(s);
  w.begin();
  auto d = document("r1", "Kenya and Norway signed a joint declaration. Later they signed an MOU. Somalia welcomed the MOU.");
  d.agreements.push_back(agreement({"KEN", "NOR"}, "joint_declaration", {}, "2016"));
  auto mou = agreement({"KEN", "NOR"}, "mou", {}, "2019");
  mou.detail = R"({"parties":[],"signatories":[],"implemented_by":[{"code":"NCTV","text":"the NCTV","cue":"implemented by","sentence":1}],)"
               R"("builds_on":[{"kind":"joint_declaration","text":"the 2016 joint declaration","year":2016,"index":0,"cue":"builds on","sentence":1}],)"
               R"("referred_by":[{"event":0,"code":"051","trigger":"welcomed","source":"SOM","target":"KEN","sentence":2}]})";
  d.agreements.push_back(mou);
  auto welcomed = event("SOM", "051", "KEN", "2019");
  welcomed.sentence = 2;
  welcomed.trigger = "welcomed";
  d.events.push_back(welcomed);
  w.put(d);
  w.commit();
}

TEST_F(AgreementsStoreTest, RelationsKeptAndLinked) {
  auto s = open();
  fill_relations(*s);
  AgreementFilter f;
  f.kind = "mou";
  const auto rows = query(*s, f);
  ASSERT_EQ(rows.size(), 1u);
  auto j = nlohmann::json::parse(agreement_json(rows[0]));
  EXPECT_EQ(j["implemented_by"][0]["code"], "NCTV");
  link_relations(*s, rows[0], j);
  f.kind = "joint_declaration";
  const auto earlier = query(*s, f);
  ASSERT_EQ(earlier.size(), 1u);
  EXPECT_EQ(j["builds_on"][0]["agreement_id"], earlier[0].id);
  ASSERT_TRUE(j["referred_by"][0]["event_id"].is_number()) << j.dump();
  auto old = nlohmann::json::parse(agreement_json(earlier[0]));
  EXPECT_TRUE(old["implemented_by"].is_array() && old["implemented_by"].empty());
  EXPECT_TRUE(old["referred_by"].is_array() && old["referred_by"].empty());
  std::ostringstream csv;
  write_agreements(csv, AgreementFormat::kCsv, rows);
  EXPECT_NE(csv.str().find("implemented_by,builds_on,referred_by"), std::string::npos) << csv.str();
  EXPECT_NE(csv.str().find("NCTV,joint_declaration 2016,051 SOM>KEN"), std::string::npos) << csv.str();
  // A damaged detail (a hand-edited row) loses its relations, never the answer.
  AgreementRow bad = rows[0];
  bad.agreement.detail = R"({"builds_on":[{"index":"x"}],"referred_by":[7,{"sentence":-1}]})";
  auto b = nlohmann::json::parse(agreement_json(bad));
  link_relations(*s, bad, b);
  EXPECT_TRUE(b["builds_on"][0]["agreement_id"].is_null());
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
  fill_relations(*pg);
  fill_relations(*lite);
  for (const char* party : {"", "KEN", "GHA", "NOR"}) {
    AgreementFilter f;
    f.party = party;
    std::vector<std::string> a, b;
    for (const auto& r : query(*pg, f)) a.push_back(agreement_json(r));
    for (const auto& r : query(*lite, f)) b.push_back(agreement_json(r));
    EXPECT_EQ(a, b) << party;
  }
  // The store's own ids differ between backends; that they are found does not.
  AgreementFilter mou;
  mou.kind = "mou";
  mou.doc = "r1";
  for (Store* st : {pg.get(), lite.get()}) {
    const auto rows = query(*st, mou);
    ASSERT_EQ(rows.size(), 1u);
    auto j = nlohmann::json::parse(agreement_json(rows[0]));
    link_relations(*st, rows[0], j);
    EXPECT_TRUE(j["builds_on"][0]["agreement_id"].is_number()) << j.dump();
    EXPECT_TRUE(j["referred_by"][0]["event_id"].is_number()) << j.dump();
  }
}

}  // namespace
}  // namespace dyad::store::testing
