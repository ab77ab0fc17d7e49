// The SQLite store: schema and migrations, idempotent ingest, replacement,
// near-duplicates, cluster merging, query filters, exports and bad files.
#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include "store/cluster_rules.h"
#include "store/coded_jsonl.h"
#include "store/date_window.h"
#include "store/event_formats.h"
#include "store/fingerprint.h"
#include "store/gdelt.h"
#include "store/query.h"
#include "store/report_formats.h"
#include "store/reports.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store_fixture.h"

namespace dyad::store::testing {
namespace {

std::vector<EventRow> events(Store& s, const EventFilter& f = {}) {
  std::vector<EventRow> out;
  query_events(s, f, [&](const EventRow& r) { out.push_back(r); });
  return out;
}

std::vector<ClusterRow> clusters(Store& s, const EventFilter& f = {}) {
  std::vector<ClusterRow> out;
  query_clusters(s, f, [&](const ClusterRow& r) { out.push_back(r); });
  return out;
}

std::int64_t scalar(Store& s, const char* sql) { return s.db().scalar(sql).value_or(-1); }

const char* kWire =
    "Kenya and the Netherlands signed a declaration of intent on maritime security in Nairobi on Tuesday, "
    "the foreign ministry said. The agreement covers training of coast guards, joint patrols and the "
    "exchange of intelligence on piracy and smuggling in the western Indian Ocean.";

TEST_F(StoreTest, NewDatabaseHasApplicationIdSchemaVersionAndWal) {
  auto s = open();
  EXPECT_EQ(scalar(*s, "PRAGMA application_id"), kApplicationId);
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  Statement st = s->db().prepare("PRAGMA journal_mode");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), "wal");
}

TEST_F(StoreTest, OlderSchemaIsMigratedKeepingData) {
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    SqliteConnection db(raw);
    migrate(db, 1);
    EXPECT_EQ(schema_version(db), 1);
    db.exec("INSERT INTO documents(doc_id, content_hash, text, simhash) VALUES ('old', 'h', 'x', 0)");
  }
  auto s = open();
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM documents WHERE doc_id = 'old'"), 1);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM clusters"), 0);
}

TEST_F(StoreTest, VersionTwoDatabaseGetsTheCompositeActorIndexes) {
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    SqliteConnection db(raw);
    migrate(db, 2);
    db.exec("INSERT INTO documents(doc_id, content_hash, text, simhash) VALUES ('old', 'h', 'x', 0)");
    db.exec("INSERT INTO events(doc, sentence, text, code, root, quad, goldstein, source_code, target_code, "
            "symmetric, day_lo, day_hi) VALUES (1, 0, 'x', '057', '05', 1, 3, 'NLDGOV', 'KENGOV', 0, 10, 10)");
  }
  auto s = open();
  ASSERT_TRUE(s);
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM sqlite_master WHERE name = 'events_source_target'"), 1);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM sqlite_master WHERE name = 'events_source'"), 0);
  EventFilter f;
  f.actor = "KEN";
  f.with = "NLD";
  f.code = "05";
  EXPECT_EQ(count_events(*s, f), 1u);
}

// A database written by each earlier dyad (schema v1, v2, v3, v4) opens at
// the current version with every event intact: from v3 the document id and
// the supporting sentences move from documents/event_sentences onto the
// event rows (v4), and the code index gains the query order (v5).
TEST_F(StoreTest, VersionOneToFourDatabasesMigrateWithDataIntact) {
  for (int version = 1; version <= 4; ++version) {
    SCOPED_TRACE("schema v" + std::to_string(version));
    const fs::path file = dir_ / ("v" + std::to_string(version) + ".db");
    {
      sqlite3* raw = nullptr;
      ASSERT_EQ(sqlite3_open(file.c_str(), &raw), SQLITE_OK);
      SqliteConnection db(raw);
      migrate(db, version);
      ASSERT_EQ(schema_version(db), version);
      db.exec("INSERT INTO documents(id, doc_id, content_hash, text, simhash) VALUES (7, 'old-doc', 'h', 'x', 0)");
      db.exec("INSERT INTO events(id, doc, sentence, text, code, root, quad, goldstein, source_code, target_code, "
              "symmetric, date, day_lo, day_hi, lang) VALUES "
              "(1, 7, 0, 'first', '057', '05', 1, 3, 'NLDGOV', 'KENGOV', 0, '2018-03-13', 17603, 17603, 'en'), "
              "(2, 7, 2, 'second', '190', '19', 4, -10, 'KENMIL', 'SOMREB', 0, NULL, NULL, NULL, 'en')");
      if (version < 4) {
        db.exec("INSERT INTO event_sentences(event, sentence) VALUES (1, 0), (2, 2), (2, 0), (2, 3)");
      } else {
        db.exec("UPDATE events SET doc_id = 'old-doc'");
        db.exec("UPDATE events SET sentences = '0,2,3' WHERE id = 2");
      }
    }
    std::string error;
    auto s = Store::open(file, {}, &error);
    ASSERT_TRUE(s) << error;
    EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
    EXPECT_EQ(scalar(*s, "SELECT count(*) FROM sqlite_master WHERE name = 'event_sentences'"), 0);
    EXPECT_EQ(scalar(*s, "SELECT count(*) FROM pragma_index_info('events_code')"), 4);
    const auto rows = events(*s);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].doc, "old-doc");
    EXPECT_EQ(rows[0].event.text, "first");
    EXPECT_EQ(rows[0].event.date->iso(), "2018-03-13");
    EXPECT_EQ(rows[0].event.sentences, std::vector<std::size_t>{0});
    EXPECT_EQ(rows[1].doc, "old-doc");
    EXPECT_EQ(rows[1].event.code, "190");
    EXPECT_EQ(rows[1].event.sentences, (std::vector<std::size_t>{0, 2, 3}));
    EventFilter f;
    f.doc = "old-doc";
    f.code = "05";
    EXPECT_EQ(count_events(*s, f), 1u);
    // New reports still go in after the migration.
    StoredDocument d = document("new-doc", kWire);
    d.events = {event("NLDGOV", "057", "KENGOV", "2018-03-13")};
    Writer w(*s);
    w.begin();
    EXPECT_EQ(w.put(d), IngestResult::kAdded);
    w.commit();
    EXPECT_EQ(events(*s).size(), 3u);
  }
}

// A version 6 database (before the actor indexes in page order) gets them
// on open, and actor pages read them.
TEST_F(StoreTest, VersionSixDatabaseGetsTheActorIndexesInPageOrder) {
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    SqliteConnection db(raw);
    migrate(db, 6);
    db.exec("INSERT INTO documents(id, doc_id, content_hash, text, simhash) VALUES (7, 'old-doc', 'h', 'x', 0)");
    db.exec("INSERT INTO events(id, doc, doc_id, sentence, text, code, root, quad, goldstein, source_code, "
            "target_code, symmetric, date, day_lo, day_hi, lang) VALUES "
            "(1, 7, 'old-doc', 0, 'a', '057', '05', 1, 3, 'KENGOV', 'NLDGOV', 0, '2018-03-13', 17603, 17603, 'en'), "
            "(2, 7, 'old-doc', 1, 'b', '190', '19', 4, -10, 'NLDMIL', 'SOMREB', 0, '2018-03-12', 17602, 17602, 'en'), "
            "(3, 7, 'old-doc', 2, 'c', '190', '19', 4, -10, 'NLD', NULL, 0, NULL, NULL, NULL, 'en')");
  }
  auto s = open();
  ASSERT_TRUE(s);
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM pragma_index_info('events_source_day')"), 4);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM pragma_index_info('events_target_day')"), 4);
  EventFilter f;
  f.actor = "NLD";
  std::vector<std::string> texts;
  query_event_page(*s, f, nullptr, 10, [&](const EventRow& r) { texts.push_back(r.event.text); });
  EXPECT_EQ(texts, (std::vector<std::string>{"b", "a", "c"}));
}

// Pages of events filtered by actor (or dyad) are merged from index ranges
// in page order; the same pages as sorting every match, which is what a
// page did before (and still does past the merge limit).
class EventPageTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_ = open();
    const std::vector<std::string> actors = {"NLD", "NLDGOV", "NLDMIL", "KEN", "KENGOV", "SOM", "N", "NL", "USA"};
    const std::vector<std::string> codes = {"010", "042", "057", "111", "190"};
    std::uint64_t x = 12345;
    auto next = [&] {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::size_t>(x >> 33);
    };
    Writer w(*store_);
    w.begin();
    for (int d = 0; d < 40; ++d) {
      StoredDocument doc = document("doc-" + std::to_string(d), "Text " + std::to_string(d) + ".");
      for (int i = 0; i < 12; ++i) {
        const std::string source = actors[next() % actors.size()];
        const std::string target = next() % 7 == 0 ? "" : actors[next() % actors.size()];
        // Few distinct days, so many events share one; some undated.
        const std::size_t day = next() % 12;
        const std::string date = day == 0 ? "" : "2019-0" + std::to_string(1 + day % 9) + "-1" + std::to_string(day % 3);
        StoredEvent e = event(source, codes[next() % codes.size()], target, date, false, d % 3 ? "en" : "nl");
        e.sentence = static_cast<std::size_t>(i);
        e.text = "event " + std::to_string(d) + "." + std::to_string(i);
        doc.events.push_back(e);
      }
      w.put(doc);
    }
    w.commit();
  }
  void TearDown() override {
    set_event_page_merge_limit(64);
    store_.reset();
    StoreTest::TearDown();
  }
  // Every page of a filter, `limit` at a time: the ids, and where each page
  // ended.
  std::vector<std::string> pages(const EventFilter& f, std::size_t limit) {
    std::vector<std::string> out;
    std::optional<EventCursor> after;
    for (int page = 0; page < 1000; ++page) {
      std::string ids;
      after = query_event_page(*store_, f, after ? &*after : nullptr, limit,
                               [&](const EventRow& r) { ids += std::to_string(r.id) + " "; });
      out.push_back(ids);
      if (!after) break;
      out.push_back("next " + (after->day ? std::to_string(*after->day) : "-") + " " + std::to_string(after->id));
    }
    return out;
  }
  static std::vector<EventFilter> filters() {
    std::vector<EventFilter> out;
    auto add = [&](const std::string& actor, const std::string& with, const std::string& code = "") {
      EventFilter f;
      f.actor = actor;
      f.with = with;
      f.code = code;
      out.push_back(f);
      return &out.back();
    };
    add("NLD", "");
    add("NLDGOV", "");
    add("KEN", "");
    add("", "SOM");
    add("N", "");
    add("NLD", "KEN");
    add("KEN", "NLD");
    add("NLD", "NLDGOV");
    add("NLD", "NLD");
    add("N", "NL");
    add("NLD", "", "0");
    add("NLD", "KEN", "05");
    add("XYZ", "");
    add("NLD", "XYZ");
    add("NLD", "")->lang = "nl";
    EventFilter* dated = add("NLD", "");
    dated->since = parse_iso_date("2019-03");
    dated->until = parse_iso_date("2019-06-11");
    add("KEN", "NLD")->since = parse_iso_date("2019-05");
    return out;
  }
  std::unique_ptr<Store> store_;
};

TEST_F(EventPageTest, MergedActorPagesEqualSortedPages) {
  for (const EventFilter& f : filters()) {
    for (std::size_t limit : {1, 4, 50, 1000}) {
      SCOPED_TRACE("actor " + f.actor + " with " + f.with + " code " + f.code + " lang " + f.lang + " limit " +
                   std::to_string(limit));
      set_event_page_merge_limit(64);
      const auto merged = pages(f, limit);
      set_event_page_merge_limit(0);
      const auto sorted = pages(f, limit);
      EXPECT_EQ(merged, sorted);
      if (limit == 1000 && f.actor != "XYZ" && f.with != "XYZ") EXPECT_NE(merged.front(), "");
    }
  }
  // Past the merge limit (N matches N, NL, NLD, NLDGOV, NLDMIL) the page
  // is sorted, with the same result.
  EventFilter n;
  n.actor = "N";
  set_event_page_merge_limit(64);
  const auto merged = pages(n, 3);
  set_event_page_merge_limit(4);
  EXPECT_EQ(pages(n, 3), merged);
}

// An actor's page is index ranges in page order: no temporary B-tree sorts
// the actor's events (each page sorted all of NLD's 48k events on a 1M
// database, 15 ms). The sorted plan is checked as well, so the test shows
// what it tells apart.
TEST_F(EventPageTest, ActorPagesReadIndexRangesWithNoSort) {
  auto plan = [&](const EventFilter& f, const EventCursor* after) {
    std::string out;
    for (const std::string& line : event_page_plan(*store_, f, after, 50)) out += line + "\n";
    return out;
  };
  const EventCursor dated{17900, 100};
  const EventCursor undated{std::nullopt, 100};
  for (const EventFilter& f : filters()) {
    if (f.actor == "XYZ" || f.with == "XYZ") continue;  // nothing to read
    for (const EventCursor* after : {static_cast<const EventCursor*>(nullptr), &dated, &undated}) {
      SCOPED_TRACE("actor " + f.actor + " with " + f.with + " code " + f.code + (after ? " after a cursor" : ""));
      const std::string p = plan(f, after);
      EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
      EXPECT_NE(p.find("events_source_day"), std::string::npos) << p;
      if (f.with.empty() || f.actor.empty()) EXPECT_NE(p.find("events_target_day"), std::string::npos) << p;
    }
  }
  EventFilter nld;
  nld.actor = "NLD";
  set_event_page_merge_limit(0);
  EXPECT_NE(plan(nld, nullptr).find("USE TEMP B-TREE FOR ORDER BY"), std::string::npos) << plan(nld, nullptr);
  set_event_page_merge_limit(64);
  // Pages without an actor: one index range by day.
  EventFilter none;
  EventFilter dates;
  dates.since = parse_iso_date("2019-03");
  dates.until = parse_iso_date("2019-04");
  for (const EventFilter& f : {none, dates}) {
    for (const EventCursor* after : {static_cast<const EventCursor*>(nullptr), &dated}) {
      const std::string p = plan(f, after);
      EXPECT_EQ(p.find("TEMP B-TREE"), std::string::npos) << p;
    }
  }
}

TEST_F(StoreTest, NewerSchemaIsRefusedAndLeftUnchanged) {
  { auto s = open(); s->db().exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'"); }
  const auto before = fs::file_size(path_);
  std::string error;
  EXPECT_FALSE(Store::open(path_, {}, &error));
  EXPECT_NE(error.find("newer than this dyad supports"), std::string::npos) << error;
  OpenOptions ro;
  ro.mode = OpenMode::kReadOnly;
  EXPECT_FALSE(Store::open(path_, ro, &error));
  EXPECT_NE(error.find("newer"), std::string::npos) << error;
  EXPECT_EQ(fs::file_size(path_), before);
}

TEST_F(StoreTest, NonDyadFilesAreRefusedUntouched) {
  const std::string junk = "this is a text file, not a database\n";
  std::ofstream(path_) << junk;
  std::string error;
  EXPECT_FALSE(Store::open(path_, {}, &error));
  EXPECT_NE(error.find("not a dyad database"), std::string::npos) << error;
  std::ifstream in(path_);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), junk);

  const fs::path other = dir_ / "other.db";
  {
    sqlite3* raw = nullptr;
    sqlite3_open(other.c_str(), &raw);
    SqliteConnection db(raw);
    db.exec("CREATE TABLE t(x)");
  }
  EXPECT_FALSE(Store::open(other, {}, &error));
  EXPECT_NE(error.find("another program"), std::string::npos) << error;

  OpenOptions ro;
  ro.mode = OpenMode::kReadOnly;
  EXPECT_FALSE(Store::open(dir_ / "missing.db", ro, &error));
  EXPECT_NE(error.find("no such database"), std::string::npos) << error;
  EXPECT_FALSE(fs::exists(dir_ / "missing.db"));
}

TEST_F(StoreTest, SameContentAddsNothing) {
  auto s = open();
  StoredDocument d = document("a", kWire);
  d.events = {event("KEN", "057", "NLD", "2018-03-13", true)};
  EXPECT_EQ(put(*s, d), IngestResult::kAdded);
  EXPECT_EQ(put(*s, d), IngestResult::kUnchanged);
  StoredDocument copy = d;
  copy.id = "a-copy";
  EXPECT_EQ(put(*s, copy), IngestResult::kUnchanged);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(scalar(*s, "SELECT reports FROM clusters"), 1);
}

TEST_F(StoreTest, ChangedDocumentReplacesItsEvents) {
  auto s = open();
  StoredDocument d = document("a", kWire);
  d.events = {event("KEN", "057", "NLD", "2018-03-13", true), event("KEN", "111", "SOM", "2018-03-13")};
  d.events[0].sentences = {0, 1};
  put(*s, d);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM events WHERE sentences = '0,1'"), 1);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM events WHERE sentences IS NULL"), 1);  // its own sentence only
  d.text += " Somalia was not mentioned again.";
  d.events = {event("KEN", "042", "NLD", "2018-03-14")};
  EXPECT_EQ(put(*s, d), IngestResult::kReplaced);
  const auto rows = events(*s);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].event.code, "042");
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(rows[0].event.sentences, std::vector<std::size_t>{0});
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM clusters"), 1);  // emptied clusters are gone
}

TEST_F(StoreTest, NearDuplicatesAreLinked) {
  auto s = open();
  put(*s, document("wire", kWire));
  put(*s, document("copy", std::string("NAIROBI (Reuters) - ") + kWire));
  put(*s, document("other",
                   "Nederland en Marokko gaan samenwerken bij de opleiding van politieagenten, maakte het "
                   "ministerie van Justitie dinsdag bekend na een bezoek van de minister aan Rabat."));
  EXPECT_EQ(near_duplicates(*s, "wire"), std::vector<std::string>{"copy"});
  EXPECT_EQ(near_duplicates(*s, "copy"), std::vector<std::string>{"wire"});
  EXPECT_TRUE(near_duplicates(*s, "other").empty());
  EXPECT_LE(hamming(simhash(kWire), simhash(std::string("NAIROBI (Reuters) - ") + kWire)), kNearDuplicateBits);
}

TEST(ClusterRules, CodesDatesAndPairs) {
  EXPECT_TRUE(codes_compatible("05", "057"));
  EXPECT_TRUE(codes_compatible("057", "057"));
  EXPECT_FALSE(codes_compatible("056", "057"));
  EXPECT_FALSE(codes_compatible("04", "057"));
  EXPECT_EQ(more_specific("05", "057"), "057");
  EXPECT_EQ(pair_key("NLD", "KEN"), "KEN|NLD");
  EXPECT_TRUE(actors_compatible("NLD", "KEN", true, "KEN", "NLD", false));
  EXPECT_FALSE(actors_compatible("NLD", "KEN", false, "KEN", "NLD", false));
  const auto day = [](const char* iso) { return *interval_of(parse_iso_date(iso)); };
  EXPECT_TRUE(dates_compatible(day("2018-03-13"), day("2018-03-13")));
  EXPECT_FALSE(dates_compatible(day("2018-03-13"), day("2018-03-14")));
  EXPECT_TRUE(dates_compatible(day("2018-03"), day("2018-04-02")));
  EXPECT_FALSE(dates_compatible(day("2018-03"), day("2018-04-10")));
  EXPECT_FALSE(dates_compatible(day("2018"), day("2018-04-10")));
}

TEST_F(StoreTest, EnglishAndDutchReportsOfOneEventMerge) {
  auto s = open();
  StoredDocument en = document("en", "Kenya and the Netherlands signed a declaration of intent on Tuesday.");
  en.events = {event("KEN", "057", "NLD", "2018-03-13", true, "en")};
  StoredDocument nl = document("nl", "Nederland en Kenia hebben dinsdag een intentieverklaring ondertekend.", "nl");
  nl.events = {event("NLD", "05", "KEN", "2018-03", true, "nl")};  // less specific code and date
  StoredDocument later = document("later", "Kenya and the Netherlands signed another pact a month later.");
  later.events = {event("KEN", "057", "NLD", "2018-04-20", true)};
  StoredDocument other = document("other", "Kenya condemned the Netherlands on Tuesday.");
  other.events = {event("KEN", "111", "NLD", "2018-03-13")};
  for (const auto* d : {&en, &nl, &later, &other}) put(*s, *d);

  const auto all = clusters(*s);
  ASSERT_EQ(all.size(), 3u);
  const ClusterRow& merged = all[0];
  EXPECT_EQ(merged.reports, 2u);
  EXPECT_EQ(merged.code, "057");        // the most specific code wins
  EXPECT_EQ(merged.date, "2018-03-13");  // and the most precise date
  ASSERT_EQ(merged.report_list.size(), 2u);
  EXPECT_EQ(merged.report_list[0].lang, "en");
  EXPECT_EQ(merged.report_list[1].lang, "nl");
  const std::int64_t id = merged.id;

  // Ids are stable: more reports and unrelated documents do not renumber.
  StoredDocument more = document("more", "De Nederlandse en Keniaanse regering tekenden een verklaring.", "nl");
  more.events = {event("KEN", "057", "NLD", "2018-03-13", true, "nl")};
  put(*s, more);
  put(*s, [] {
    StoredDocument d = document("x", "Unrelated.");
    d.events = {event("FRA", "042", "DEU", "2018-03-13")};
    return d;
  }());
  EventFilter f;
  f.actor = "NLD";
  f.code = "057";
  const auto again = clusters(*s, f);
  ASSERT_EQ(again.size(), 2u);
  EXPECT_EQ(again[0].id, id);
  EXPECT_EQ(again[0].reports, 3u);
}

TEST_F(StoreTest, DirectedEventsInOppositeDirectionsStayApart) {
  auto s = open();
  StoredDocument a = document("a", "Kenya criticised the Netherlands.");
  a.events = {event("KEN", "111", "NLD", "2018-03-13")};
  StoredDocument b = document("b", "The Netherlands criticised Kenya.");
  b.events = {event("NLD", "111", "KEN", "2018-03-13")};
  put(*s, a);
  put(*s, b);
  EXPECT_EQ(clusters(*s).size(), 2u);
}

class QueryTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_ = open();
    StoredDocument d1 = document("d1", "One.");
    d1.url = "https://example.org/d1";
    d1.date = parse_iso_date("2017-01-20");
    d1.events = {event("NLDGOV", "057", "KENGOV", "2017-01-17", true), event("NLD", "111", "RUS", "2017-02")};
    StoredDocument d2 = document("d2", "Twee.", "nl");
    d2.events = {event("KEN", "042", "NLD", "2018-06-01", false, "nl"), event("SOM", "190", "KEN", "2018-06-02", false, "nl"),
                 event("NLD", "010", "", "")};
    put(*store_, d1);
    put(*store_, d2);
  }
  std::vector<std::string> codes(const EventFilter& f) {
    std::vector<std::string> out;
    for (const auto& r : events(*store_, f)) out.push_back(r.event.code);
    return out;
  }
  std::unique_ptr<Store> store_;
};

TEST_F(QueryTest, Filters) {
  using V = std::vector<std::string>;
  EXPECT_EQ(codes({}), (V{"057", "111", "042", "190", "010"}));  // by date, undated last
  EventFilter f;
  f.actor = "NLD";
  EXPECT_EQ(codes(f), (V{"057", "111", "042", "010"}));
  f.with = "KEN";
  EXPECT_EQ(codes(f), (V{"057", "042"}));
  f = {};
  f.code = "05";
  EXPECT_EQ(codes(f), (V{"057"}));
  f.code = "1";
  EXPECT_EQ(codes(f), (V{"111", "190"}));
  f = {};
  f.quad = 4;
  EXPECT_EQ(codes(f), (V{"190"}));
  f = {};
  f.since = parse_iso_date("2017-02");
  f.until = parse_iso_date("2018-06-01");
  EXPECT_EQ(codes(f), (V{"111", "042"}));
  f = {};
  f.lang = "nl";
  EXPECT_EQ(codes(f), (V{"042", "190"}));
  f = {};
  f.doc = "d1";
  EXPECT_EQ(codes(f), (V{"057", "111"}));
  EXPECT_EQ(count_events(*store_, f), 2u);
  f.doc = "' OR 1=1 --";  // values are bound, never spliced
  EXPECT_TRUE(codes(f).empty());
}

TEST_F(QueryTest, RoundTripsEveryContractField) {
  EventFilter f;
  f.code = "057";
  const auto rows = events(*store_, f);
  ASSERT_EQ(rows.size(), 1u);
  const StoredEvent& e = rows[0].event;
  const StoredEvent want = event("NLDGOV", "057", "KENGOV", "2017-01-17", true);
  EXPECT_EQ(rows[0].doc, "d1");
  EXPECT_EQ(e.text, want.text);
  EXPECT_EQ(e.span, want.span);
  EXPECT_EQ(e.trigger, want.trigger);
  EXPECT_EQ(e.name, want.name);
  EXPECT_EQ(e.quad, want.quad);
  EXPECT_DOUBLE_EQ(e.goldstein, want.goldstein);
  EXPECT_EQ(e.source, want.source);
  EXPECT_EQ(e.target, want.target);
  EXPECT_TRUE(e.symmetric);
  EXPECT_EQ(e.date, want.date);
  EXPECT_EQ(e.lang, "en");
  EXPECT_DOUBLE_EQ(e.confidence, 0.9);
  EXPECT_EQ(e.sentences, std::vector<std::size_t>{0});
}

TEST_F(QueryTest, OutputFormats) {
  std::ostringstream table, jsonl, csv;
  for (auto [fmt, out] : {std::pair{Format::kTable, &table}, {Format::kJsonl, &jsonl}, {Format::kCsv, &csv}}) {
    EventWriter w(*out, fmt);
    query_events(*store_, {}, [&](const EventRow& r) { w.write(r); });
    w.finish();
  }
  EXPECT_NE(table.str().find("DATE        SOURCE"), std::string::npos) << table.str();
  EXPECT_NE(table.str().find("2017-01-17  NLDGOV"), std::string::npos) << table.str();
  EXPECT_NE(jsonl.str().find("\"code\":\"057\""), std::string::npos);
  EXPECT_NE(jsonl.str().find("\"date_precision\":\"day\""), std::string::npos);
  const std::string csv_text = csv.str();
  EXPECT_EQ(std::count(csv_text.begin(), csv_text.end(), '\n'), 6);

  std::ostringstream json, gexf, graphml;
  const auto dyads = network(*store_, {});
  write_network(json, GraphFormat::kJson, dyads);
  write_network(gexf, GraphFormat::kGexf, dyads);
  write_network(graphml, GraphFormat::kGraphml, dyads);
  EXPECT_NE(json.str().find("\"mean_goldstein\""), std::string::npos);
  EXPECT_NE(gexf.str().find("<edge id=\"0\""), std::string::npos);
  EXPECT_NE(graphml.str().find("<node id=\"KEN\">"), std::string::npos);

  EventFilter nld;
  nld.actor = "NLD";
  const auto bins = timeline(*store_, nld, TimelineUnit::kMonth);
  ASSERT_EQ(bins.size(), 3u);
  EXPECT_EQ(bins[0].period, "2017-01");
  const auto actors = actor_counts(*store_, {});
  ASSERT_FALSE(actors.empty());
  EXPECT_EQ(actors[0].code, "NLD");  // three events
}

TEST_F(QueryTest, GdeltExport) {
  std::ostringstream out;
  export_gdelt(*store_, {}, out);
  std::istringstream lines(out.str());
  std::string line;
  std::getline(lines, line);
  std::vector<std::string> cells;
  std::stringstream ss(line);
  for (std::string c; std::getline(ss, c, '\t');) cells.push_back(c);
  ASSERT_EQ(cells.size(), 25u) << line;
  EXPECT_EQ(cells[1], "20170117");
  EXPECT_EQ(cells[2], "201701");
  EXPECT_EQ(cells[4], "NLDGOV");
  EXPECT_EQ(cells[14], "1");  // reported in a document's first sentence
  EXPECT_EQ(cells[15], "057");
  EXPECT_EQ(cells[16], "057");
  EXPECT_EQ(cells[17], "05");
  EXPECT_EQ(cells[24], "https://example.org/d1");
}

TEST_F(StoreTest, LockedDatabaseGivesClearErrorAndNoChange) {
  OpenOptions o;
  o.busy_timeout_ms = 50;
  std::string error;
  auto s = Store::open(path_, o, &error);
  ASSERT_TRUE(s) << error;
  sqlite3* raw = nullptr;
  sqlite3_open(path_.c_str(), &raw);
  SqliteConnection holder(raw);
  holder.exec("BEGIN IMMEDIATE");
  // A second writer cannot even open (the schema check takes the write lock).
  EXPECT_FALSE(Store::open(path_, o, &error));
  EXPECT_NE(error.find("locked"), std::string::npos) << error;
  Writer w(*s);
  try {
    w.begin();
    FAIL() << "expected a lock error";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("locked"), std::string::npos) << e.what();
  }
  holder.exec("ROLLBACK");
}

TEST_F(StoreTest, FullDiskRollsBackTheBatch) {
  { auto s = open(); put(*s, document("small", "Small document.")); }
  OpenOptions o;
  std::string error;
  auto s = Store::open(path_, o, &error);
  ASSERT_TRUE(s);
  const auto pages = s->db().scalar("PRAGMA page_count").value_or(0);
  s->db().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
  Writer w(*s);
  w.begin();
  bool failed = false;
  try {
    for (int i = 0; i < 200; ++i) {
      StoredDocument d = document("big" + std::to_string(i), std::string(4000, 'a' + i % 26) + std::to_string(i));
      w.put(d);
    }
  } catch (const StoreError& e) {
    failed = true;
    EXPECT_NE(std::string(e.what()).find("full"), std::string::npos) << e.what();
    w.rollback();
  }
  EXPECT_TRUE(failed);
  EXPECT_EQ(scalar(*s, "SELECT count(*) FROM documents"), 1);
  Statement ok = s->db().prepare("PRAGMA integrity_check");
  ASSERT_TRUE(ok.step());
  EXPECT_EQ(ok.text(0), "ok");
}

TEST_F(StoreTest, ReadOnlyFileGivesClearError) {
  { auto s = open(); }
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: file permissions do not apply";
  fs::permissions(path_, fs::perms::owner_read | fs::perms::group_read);
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
  std::string error;
  auto s = Store::open(path_, {}, &error);
  bool clear = false;
  if (!s) {
    clear = error.find("read-only") != std::string::npos || error.find("cannot open") != std::string::npos;
  } else {
    try {
      put(*s, document("x", "text"));
    } catch (const StoreError& e) {
      clear = std::string(e.what()).find("read-only") != std::string::npos;
    }
  }
  fs::permissions(dir_, fs::perms::owner_all);
  EXPECT_TRUE(clear) << error;
}

// Coded lines take a fast reader; whatever it does not handle (escapes it
// does not decode, other types, errors) goes to the general parser, with
// the same result or the same error.
TEST(CodedJsonl, FastAndGeneralReadersAgree) {
  const std::string base =
      R"({"doc":"d1","sentence":2,"sentences":[2,3],"text":"TEXT","span":[5,9],"trigger":{"text":"met","span":[6,7]},)"
      R"("code":"057","quad":1,"goldstein":3.5,"source":{"code":"NLDGOV","country":"NLD","org":null,"sector":"GOV",)"
      R"("name":null,"text":"NLD","span":[0,3]},"target":null,"symmetric":true,"date":"2017-03","lang":"nl",)"
      R"("confidence":0.25,"extra":{"a":[1,-2.5e3,"x",true,null]}})";
  auto with_text = [&](const std::string& t) {
    std::string line = base;
    line.replace(line.find("TEXT"), 4, t);
    return line;
  };
  std::string doc;
  const StoredEvent plain = parse_coded_event(with_text("caf\xc3\xa9 \\\"x\\\""), doc);
  EXPECT_EQ(doc, "d1");
  EXPECT_EQ(plain.text, "caf\xc3\xa9 \"x\"");
  EXPECT_EQ(plain.sentence, 2u);
  EXPECT_EQ(plain.sentences, (std::vector<std::size_t>{2, 3}));
  EXPECT_EQ(plain.root, "05");
  EXPECT_EQ(plain.quad, 1);
  EXPECT_DOUBLE_EQ(plain.goldstein, 3.5);
  EXPECT_DOUBLE_EQ(plain.confidence, 0.25);
  EXPECT_TRUE(plain.symmetric);
  EXPECT_FALSE(plain.target);
  EXPECT_EQ(plain.source.sector, "GOV");
  EXPECT_EQ(plain.source.span, (Offsets{0, 3}));
  EXPECT_EQ(plain.trigger, "met");
  ASSERT_TRUE(plain.date);
  EXPECT_EQ(plain.date->iso(), "2017-03");
  // \u escapes are left to the general parser: the same event.
  const StoredEvent escaped = parse_coded_event(with_text("caf\\u00e9 \\\"x\\\""), doc);
  EXPECT_EQ(escaped.text, plain.text);
  EXPECT_EQ(escaped.source, plain.source);
  EXPECT_EQ(escaped.sentences, plain.sentences);
  // Bad lines keep their messages.
  auto error_of = [&](const std::string& line) {
    try {
      parse_coded_event(line, doc);
    } catch (const StoreError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  std::string bad = base;
  bad.replace(bad.find("\"sentence\":2"), 12, "\"sentence\":\"2\"");
  EXPECT_EQ(error_of(bad), "field 'sentence' is not a sentence index");
  bad = base;
  bad.replace(bad.find("\"code\":\"NLDGOV\""), 15, "\"code\":\"\"");
  EXPECT_EQ(error_of(bad), "an actor has no code");
  bad = base;
  bad.replace(bad.find("2017-03"), 7, "March");
  EXPECT_NE(error_of(bad).find("field 'date'"), std::string::npos);
  EXPECT_EQ(error_of(with_text("caf\xc3")), "not a JSON object");  // invalid UTF-8
  EXPECT_EQ(error_of(base + " x"), "not a JSON object");
}

}  // namespace
}  // namespace dyad::store::testing
