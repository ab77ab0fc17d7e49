#include "store/schema.h"

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::store {
namespace {

// Shared by both backends' migration 5.
constexpr const char* kCodeIndexInQueryOrder = R"sql(
DROP INDEX events_code;
CREATE INDEX events_code ON events(code, day_lo, doc_id, sentence);
)sql";

// Migration i (1-based) brings a database from version i-1 to i. Never edit
// a released migration: add a new one.
const std::vector<const char*>& migrations() {
  static const std::vector<const char*> list = {
      // 1: documents, sentences, mentions, events.
      R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  url TEXT, title TEXT, lang TEXT, date TEXT,
  text TEXT NOT NULL,
  simhash INTEGER NOT NULL
);
CREATE INDEX documents_content_hash ON documents(content_hash);
CREATE TABLE sentences(
  doc INTEGER NOT NULL, idx INTEGER NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY(doc, idx)) WITHOUT ROWID;
CREATE TABLE mentions(
  doc INTEGER NOT NULL, sentence INTEGER NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, kind TEXT, code TEXT, country TEXT, org TEXT, sector TEXT, name TEXT);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_code ON mentions(code);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  text TEXT NOT NULL, span_begin INTEGER, span_end INTEGER,
  trigger TEXT, trigger_begin INTEGER, trigger_end INTEGER,
  code TEXT NOT NULL, root TEXT NOT NULL, name TEXT, quad INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT,
  source_code TEXT NOT NULL, source_country TEXT, source_org TEXT, source_sector TEXT, source_name TEXT,
  source_text TEXT, source_begin INTEGER, source_end INTEGER,
  target_code TEXT, target_country TEXT, target_org TEXT, target_sector TEXT, target_name TEXT,
  target_text TEXT, target_begin INTEGER, target_end INTEGER,
  symmetric INTEGER NOT NULL,
  date TEXT, date_precision TEXT,
  day_lo INTEGER, day_hi INTEGER,
  lang TEXT, confidence REAL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_source ON events(source_code, day_lo);
CREATE INDEX events_target ON events(target_code, day_lo);
CREATE INDEX events_code ON events(code, day_lo);
CREATE INDEX events_day ON events(day_lo);
CREATE TABLE event_sentences(event INTEGER NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY(event, sentence))
  WITHOUT ROWID;
)sql",
      // 2: near-duplicate documents and event clusters.
      R"sql(
CREATE TABLE simhash_bands(band INTEGER NOT NULL, value INTEGER NOT NULL, doc INTEGER NOT NULL,
  PRIMARY KEY(band, value, doc)) WITHOUT ROWID;
CREATE TABLE near_duplicates(doc INTEGER NOT NULL, other INTEGER NOT NULL, distance INTEGER NOT NULL,
  PRIMARY KEY(doc, other)) WITHOUT ROWID;
CREATE TABLE clusters(
  id INTEGER PRIMARY KEY,
  pair TEXT NOT NULL, root TEXT NOT NULL, code TEXT NOT NULL,
  source_code TEXT NOT NULL, target_code TEXT, symmetric INTEGER NOT NULL,
  day_lo INTEGER, day_hi INTEGER, precise INTEGER NOT NULL,
  date TEXT, reports INTEGER NOT NULL
);
CREATE INDEX clusters_key ON clusters(pair, root, day_lo);
ALTER TABLE events ADD COLUMN cluster INTEGER;
CREATE INDEX events_cluster ON events(cluster);
)sql",
      // 3: actor indexes that also hold the other side, the code and the day,
      // so dyad and actor+code+date filters are checked in the index before
      // any row is read (NLD-KEN on 1M events: 76 ms -> 12 ms CPU).
      R"sql(
DROP INDEX events_source;
DROP INDEX events_target;
CREATE INDEX events_source_target ON events(source_code, target_code, code, day_lo);
CREATE INDEX events_target_source ON events(target_code, source_code, code, day_lo);
)sql",
      // 4: what a query returns lives on the event row: the document id and
      // the supporting sentences (comma-separated indexes, NULL when only
      // the event's own sentence), so a query reads no other table (code 057
      // on 1M events: 151 -> 111 ms CPU). event_sentences is folded in.
      R"sql(
ALTER TABLE events ADD COLUMN doc_id TEXT;
ALTER TABLE events ADD COLUMN sentences TEXT;
UPDATE events SET doc_id = (SELECT d.doc_id FROM documents d WHERE d.id = events.doc),
  sentences = (SELECT group_concat(s.sentence, ',') FROM event_sentences s
               WHERE s.event = events.id AND s.sentence <> events.sentence);
UPDATE events SET sentences = CAST(sentence AS TEXT) || ',' || sentences WHERE sentences IS NOT NULL;
DROP TABLE event_sentences;
)sql",
      // 5: the code index also holds the rest of the query order (document,
      // sentence; the row id ends every index), so the events of one code
      // come out of it in order with no sort (code 057 on 1M events:
      // 87 -> 68 ms CPU).
      kCodeIndexInQueryOrder,
  };
  return list;
}

// PostgreSQL databases start at version 4 (the version the backend came
// with): one script creates the same tables, columns and indexes as SQLite
// migrations 1-4, in PostgreSQL's types; later versions are the
// postgres_migrations() after it. Text is compared bytewise (COLLATE
// "C", as SQLite does), so code prefixes are index ranges and every order
// matches the SQLite store's whatever the server's locale. Later versions
// add a migration to both lists.
constexpr int kPostgresFirstVersion = 4;
constexpr const char* kPostgresSchema = R"sql(
CREATE TABLE meta(key TEXT COLLATE "C" PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  doc_id TEXT COLLATE "C" NOT NULL UNIQUE,
  content_hash TEXT COLLATE "C" NOT NULL,
  url TEXT COLLATE "C", title TEXT COLLATE "C", lang TEXT COLLATE "C", date TEXT COLLATE "C",
  text TEXT COLLATE "C" NOT NULL,
  simhash BIGINT NOT NULL
);
CREATE INDEX documents_content_hash ON documents(content_hash);
CREATE TABLE sentences(
  doc BIGINT NOT NULL, idx BIGINT NOT NULL, begin BIGINT NOT NULL, "end" BIGINT NOT NULL,
  PRIMARY KEY(doc, idx));
CREATE TABLE mentions(
  doc BIGINT NOT NULL, sentence BIGINT NOT NULL, begin BIGINT NOT NULL, "end" BIGINT NOT NULL,
  text TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C", code TEXT COLLATE "C", country TEXT COLLATE "C",
  org TEXT COLLATE "C", sector TEXT COLLATE "C", name TEXT COLLATE "C");
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_code ON mentions(code);
CREATE TABLE events(
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  doc BIGINT NOT NULL,
  sentence BIGINT NOT NULL,
  text TEXT COLLATE "C" NOT NULL, span_begin BIGINT, span_end BIGINT,
  trigger TEXT COLLATE "C", trigger_begin BIGINT, trigger_end BIGINT,
  code TEXT COLLATE "C" NOT NULL, root TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C", quad BIGINT NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL, plover TEXT COLLATE "C",
  source_code TEXT COLLATE "C" NOT NULL, source_country TEXT COLLATE "C", source_org TEXT COLLATE "C",
  source_sector TEXT COLLATE "C", source_name TEXT COLLATE "C",
  source_text TEXT COLLATE "C", source_begin BIGINT, source_end BIGINT,
  target_code TEXT COLLATE "C", target_country TEXT COLLATE "C", target_org TEXT COLLATE "C",
  target_sector TEXT COLLATE "C", target_name TEXT COLLATE "C",
  target_text TEXT COLLATE "C", target_begin BIGINT, target_end BIGINT,
  "symmetric" BIGINT NOT NULL,
  date TEXT COLLATE "C", date_precision TEXT COLLATE "C",
  day_lo BIGINT, day_hi BIGINT,
  lang TEXT COLLATE "C", confidence DOUBLE PRECISION,
  cluster BIGINT,
  doc_id TEXT COLLATE "C",
  sentences TEXT COLLATE "C"
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_code ON events(code, day_lo);
CREATE INDEX events_day ON events(day_lo);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_source_target ON events(source_code, target_code, code, day_lo);
CREATE INDEX events_target_source ON events(target_code, source_code, code, day_lo);
CREATE TABLE simhash_bands(band BIGINT NOT NULL, value BIGINT NOT NULL, doc BIGINT NOT NULL,
  PRIMARY KEY(band, value, doc));
CREATE TABLE near_duplicates(doc BIGINT NOT NULL, other BIGINT NOT NULL, distance BIGINT NOT NULL,
  PRIMARY KEY(doc, other));
CREATE TABLE clusters(
  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  pair TEXT COLLATE "C" NOT NULL, root TEXT COLLATE "C" NOT NULL, code TEXT COLLATE "C" NOT NULL,
  source_code TEXT COLLATE "C" NOT NULL, target_code TEXT COLLATE "C", "symmetric" BIGINT NOT NULL,
  day_lo BIGINT, day_hi BIGINT, precise BIGINT NOT NULL,
  date TEXT COLLATE "C", reports BIGINT NOT NULL
);
CREATE INDEX clusters_key ON clusters(pair, root, day_lo);
)sql";

// Entry 0 creates version 4 from nothing; entry i brings 3+i to 4+i.
const std::vector<const char*>& postgres_migrations() {
  static const std::vector<const char*> list = {kPostgresSchema, kCodeIndexInQueryOrder};
  return list;
}

const char* kNotDyad = "not a dyad database";

int sqlite_schema_version(Connection& db) {
  // The first read is where SQLite notices a file that is not a database.
  const std::int64_t tables = db.scalar("SELECT count(*) FROM sqlite_master").value_or(0);
  const std::int64_t app = db.scalar("PRAGMA application_id").value_or(0);
  if (app == 0 && tables == 0) return 0;
  if (app != kApplicationId) throw StoreError(std::string(kNotDyad) + " (an SQLite file written by another program)");
  return -1;  // read the meta table
}

int postgres_schema_version(Connection& db) {
  // The tables of the connection's schema (search_path): none is a new
  // database; others without dyad's meta table belong to another program.
  const std::int64_t tables =
      db.scalar("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()").value_or(0);
  if (tables == 0) return 0;
  const std::int64_t meta = db.scalar(
                                  "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                                  "AND tablename = 'meta'")
                                .value_or(0);
  if (meta == 0) throw StoreError(std::string(kNotDyad) + " (its tables were made by another program)");
  try {
    Statement app = db.prepare("SELECT value FROM meta WHERE key = 'application'");
    if (!app.step() || app.text(0) != "dyad") throw StoreError("");
  } catch (const StoreError&) {
    throw StoreError(std::string(kNotDyad) + " (its meta table was made by another program)");
  }
  return -1;
}

}  // namespace

int schema_version(Connection& db) {
  const int known =
      db.dialect() == Dialect::kSqlite ? sqlite_schema_version(db) : postgres_schema_version(db);
  if (known >= 0) return known;
  Statement st = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!st.step()) throw StoreError(std::string(kNotDyad) + " (no schema version recorded)");
  return parse_schema_version(st.text(0));
}

int parse_schema_version(std::string_view text) {
  // A damaged or hand-edited meta table: "abc", "-5", 10^30. Versions are
  // small positive integers; anything else is reported, never trusted.
  int version = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || version < 1 ||
      version > kMaxSchemaVersion) {
    std::string shown(text.substr(0, 40));
    for (char& c : shown)
      if (static_cast<unsigned char>(c) < 0x20) c = '?';
    throw StoreError("damaged dyad database: schema version '" + shown + (text.size() > 40 ? "..." : "") +
                     "' is not a version number");
  }
  return version;
}

void migrate(Connection& db, int target) {
  // The write lock first, so two processes opening a new database cannot
  // both create the schema.
  db.begin_write();
  try {
    const int current = schema_version(db);
    if (current > target) {
      throw StoreError("database schema version " + std::to_string(current) +
                       " is newer than this dyad supports (" + std::to_string(target) + "); upgrade dyad");
    }
    if (current < target) {
      if (db.dialect() == Dialect::kSqlite) {
        for (int v = current; v < target; ++v) db.exec(migrations().at(static_cast<std::size_t>(v)));
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      } else {
        if (target < kPostgresFirstVersion) throw StoreError("PostgreSQL databases start at schema version 4");
        int v = current;
        if (v == 0) {
          db.exec(postgres_migrations().front());
          v = kPostgresFirstVersion;
        }
        for (; v < target; ++v) db.exec(postgres_migrations().at(static_cast<std::size_t>(v - kPostgresFirstVersion + 1)));
      }
      // An existing database gets statistics for its new indexes at once
      // (sampled: seconds on millions of rows), or the planner ignores them.
      if (current > 0) db.analyze();
      Statement put = db.prepare(
          "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
      put.bind(1, "application").bind(2, "dyad").run();
      put.bind(1, "schema_version").bind(2, std::to_string(target)).run();
    }
    db.commit();
  } catch (...) {
    db.rollback();
    throw;
  }
}

}  // namespace dyad::store
