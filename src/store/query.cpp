#include "store/query.h"

#include <algorithm>
#include <atomic>

#include "store/date_window.h"
#include "store/filter_sql.h"

namespace dyad::store {
namespace {

// The WHERE clause for a filter, built from fixed fragments; values are bound.
struct Where {
  std::string sql;
  std::vector<std::string> text_args;   // bound first, as ?1..?n
  std::vector<std::int64_t> int_args;   // then these

  void text(const std::string& fragment, std::initializer_list<std::string> args) {
    sql += sql.empty() ? " WHERE " : " AND ";
    std::string f = fragment;
    // Fragments use @ for "next text parameter".
    for (const std::string& a : args) {
      const auto at = f.find('@');
      text_args.push_back(a);
      f.replace(at, 1, "?" + std::to_string(text_args.size()));
    }
    sql += f;
  }
};

// The one stored code a prefix matches ("057" when no "0571" is stored), or
// "" when it matches none or several. Asked as equality, the code index
// yields that code's rows in date order, so only events of the same day
// are sorted (code 057 on 1M events: 111 -> 88 ms CPU). Two probes of
// the index, microseconds each.
std::string only_code(Connection& db, const std::string& prefix) {
  std::string first, last;
  for (const char* order : {"", " DESC"}) {
    Statement st = db.prepare(std::string("SELECT code FROM events WHERE code >= ?1 AND code < ?2 ORDER BY code") +
                              order + " LIMIT 1");
    st.bind(1, prefix).bind(2, prefix_upper(prefix));
    if (!st.step()) return {};
    (first.empty() ? first : last) = st.text(0);
  }
  return first == last ? first : std::string();
}

// `%`, `_` and the escape character itself match literally in a LIKE pattern.
std::string like_pattern(const std::string& words) {
  std::string out = "%";
  for (char c : words) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

std::string prefix_upper(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

void FilterSql::add(const std::string& condition, std::initializer_list<std::int64_t> values) {
  where += where.empty() ? " WHERE " : " AND ";
  std::string c = condition;
  for (std::int64_t v : values) {
    ints.push_back(v);
    c.replace(c.find('#'), 1, "?" + std::to_string(texts.size() + ints.size()));
  }
  where += c;
}

void FilterSql::bind(Statement& st) const {
  int i = 1;
  for (const std::string& t : texts) st.bind(i++, t);
  for (std::int64_t v : ints) st.bind(i++, v);
}

FilterSql filter_sql(Connection& db, const EventFilter& f, bool actors) {
  Where w;
  auto side = [](const char* column) {
    return std::string("(") + column + " >= @ AND " + column + " < @)";
  };
  if (!actors) {
    // The caller states the actor conditions.
  } else if (!f.actor.empty() && !f.with.empty()) {
    w.text("((" + side("e.source_code") + " AND " + side("e.target_code") + ") OR (" + side("e.source_code") +
               " AND " + side("e.target_code") + "))",
           {f.actor, prefix_upper(f.actor), f.with, prefix_upper(f.with), f.with, prefix_upper(f.with), f.actor,
            prefix_upper(f.actor)});
  } else if (!f.actor.empty() || !f.with.empty()) {
    const std::string& a = f.actor.empty() ? f.with : f.actor;
    w.text("(" + side("e.source_code") + " OR " + side("e.target_code") + ")",
           {a, prefix_upper(a), a, prefix_upper(a)});
  }
  // SQLite's estimates of prefix ranges are poor: it picks the date index
  // for "NLD in 2014-2016" and reads a third of the table. The most
  // selective filter drives instead: an actor when there is one; a unary +
  // keeps the other columns from being used as an index. (PostgreSQL has
  // no unary + on text, and column statistics to choose by.)
  const bool by_actor = !f.actor.empty() || !f.with.empty();
  const std::string no_index = by_actor && db.dialect() == Dialect::kSqlite ? "+" : "";
  const std::string code_col = no_index + "e.code";
  if (!f.code.empty()) {
    const std::string exact = by_actor ? std::string() : only_code(db, f.code);
    if (!exact.empty()) {
      w.text("e.code = @", {exact});
    } else {
      w.text(code_col + " >= @ AND " + code_col + " < @", {f.code, prefix_upper(f.code)});
    }
  }
  if (!f.lang.empty()) w.text("e.lang = @", {f.lang});
  if (!f.doc.empty()) w.text("e.doc = (SELECT id FROM documents WHERE doc_id = @)", {f.doc});
  if (!f.text.empty()) {
    w.text(db.dialect() == Dialect::kSqlite ? "e.text LIKE @ ESCAPE '\\'" : "e.text ILIKE @ ESCAPE '\\'",
           {like_pattern(f.text)});
  }
  FilterSql out;
  out.where = w.sql;
  out.texts = w.text_args;
  if (f.quad) out.add("e.quad = #", {*f.quad});
  const std::string day_col = no_index + "e.day_lo";
  if (const auto since = interval_of(f.since)) out.add(day_col + " >= #", {since->lo});
  if (const auto until = interval_of(f.until)) out.add(day_col + " <= #", {until->hi});
  return out;
}

namespace {

constexpr const char* kEventColumns =
    "e.id, e.doc_id, e.cluster, e.sentence, e.text, e.span_begin, e.span_end, e.trigger, e.trigger_begin, "
    "e.trigger_end, e.code, e.root, e.name, e.quad, e.goldstein, e.plover, "
    "e.source_code, e.source_country, e.source_org, e.source_sector, e.source_name, e.source_text, e.source_begin, "
    "e.source_end, e.target_code, e.target_country, e.target_org, e.target_sector, e.target_name, e.target_text, "
    "e.target_begin, e.target_end, e.\"symmetric\", e.date, e.lang, e.confidence, e.sentences";

void read_actor(const Statement& st, int c, StoredActor& a) {
  st.text(c, a.code);
  st.text(c + 1, a.country);
  st.text(c + 2, a.org);
  st.text(c + 3, a.sector);
  st.text(c + 4, a.name);
  st.text(c + 5, a.text);
  a.span = {static_cast<std::size_t>(st.int64(c + 6)), static_cast<std::size_t>(st.int64(c + 7))};
}

// The stored list of supporting sentences (schema v4): empty for the
// event's own sentence alone, else comma-separated indexes (sorted on
// read: a database migrated from v3 lists the own sentence first).
void read_sentences(const std::string& list, StoredEvent& e) {
  e.sentences.clear();
  if (list.empty()) {
    e.sentences.push_back(e.sentence);
    return;
  }
  std::size_t value = 0;
  for (char c : list) {
    if (c == ',') {
      e.sentences.push_back(value);
      value = 0;
    } else {
      value = value * 10 + static_cast<std::size_t>(c - '0');
    }
  }
  e.sentences.push_back(value);
  std::sort(e.sentences.begin(), e.sentences.end());
  e.sentences.erase(std::unique(e.sentences.begin(), e.sentences.end()), e.sentences.end());
}

// Decodes the current row into `row`, reusing its strings' buffers: a
// query decodes every row into one record (a fresh one per row cost a
// third of the time of a 30k-row query in allocations).
void read_event(const Statement& st, EventRow& row) {
  row.id = st.int64(0);
  st.text(1, row.doc);
  row.cluster = st.int64(2);
  StoredEvent& e = row.event;
  e.sentence = static_cast<std::size_t>(st.int64(3));
  st.text(4, e.text);
  e.span = {static_cast<std::size_t>(st.int64(5)), static_cast<std::size_t>(st.int64(6))};
  st.text(7, e.trigger);
  e.trigger_span = {static_cast<std::size_t>(st.int64(8)), static_cast<std::size_t>(st.int64(9))};
  st.text(10, e.code);
  st.text(11, e.root);
  st.text(12, e.name);
  e.quad = static_cast<int>(st.int64(13));
  e.goldstein = st.real(14);
  st.text(15, e.plover);
  read_actor(st, 16, e.source);
  if (st.is_null(24)) {
    e.target.reset();
  } else {
    if (!e.target) e.target.emplace();
    read_actor(st, 24, *e.target);
  }
  e.symmetric = st.int64(32) != 0;
  e.date.reset();
  if (!st.is_null(33)) e.date = parse_iso_date(st.text(33));
  st.text(34, e.lang);
  e.confidence = st.real(35);
  read_sentences(st.text(36), e);
}

}  // namespace

void query_events(Store& store, const EventFilter& filter, const std::function<void(const EventRow&)>& visit) {
  const FilterSql f = filter_sql(store.db(), filter);
  const std::string& where = f.where;
  // No join: the event row holds the document id and the supporting
  // sentences (schema v4), so each result costs one row read. NULLS LAST
  // rather than "day_lo IS NULL": an index on day_lo then gives the order.
  std::string sql = std::string("SELECT ") + kEventColumns + " FROM events e" + where +
                    " ORDER BY e.day_lo NULLS LAST, e.doc_id, e.sentence, e.id";
  if (filter.limit) sql += " LIMIT " + std::to_string(filter.limit);  // a number, not user text
  Statement st = store.db().prepare(sql);
  f.bind(st);
  EventRow row;
  while (st.step()) {
    read_event(st, row);
    visit(row);
  }
}

namespace {

std::atomic<std::size_t> page_merge_limit{64};

// The stored values of an actor column (source_code or target_code) that
// start with `prefix`, one index probe each; nullopt when there are more
// than `max`.
std::optional<std::vector<std::string>> codes_starting(Connection& db, const char* column, const std::string& prefix,
                                                       std::size_t max) {
  const std::string col = column;
  Statement first = db.prepare("SELECT " + col + " FROM events WHERE " + col + " >= ?1 AND " + col + " < ?2 ORDER BY " +
                               col + " LIMIT 1");
  Statement after = db.prepare("SELECT " + col + " FROM events WHERE " + col + " > ?1 AND " + col + " < ?2 ORDER BY " +
                               col + " LIMIT 1");
  const std::string upper = prefix_upper(prefix);
  std::vector<std::string> out;
  Statement* st = &first;
  st->bind(1, prefix).bind(2, upper);
  while (st->step()) {
    if (out.size() == max) return std::nullopt;
    out.push_back(st->text(0));
    st->reset();
    st = &after;
    st->bind(1, out.back()).bind(2, upper);
  }
  return out;
}

// One index range of a merged page: the events whose `column` is `code`.
// A target range leaves out events whose source matches too (the source
// ranges have them), so no event comes twice; a dyad's source range keeps
// the events whose target starts with one of `targets`.
struct PageRange {
  const char* column;
  const char* index;
  std::string code;
  bool not_source = false;
  std::vector<std::string> targets;
};

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The ranges whose merge, in (day, id) order, is exactly the events an
// actor filter matches; nullopt when there is no actor filter or too many
// codes match for one statement (the page is then sorted).
std::optional<std::vector<PageRange>> page_ranges(Connection& db, const EventFilter& filter) {
  const std::size_t max = page_merge_limit.load();
  if (filter.actor.empty() && filter.with.empty()) return std::nullopt;
  std::vector<PageRange> out;
  if (!filter.actor.empty() && !filter.with.empty()) {
    // A dyad: every match has its source among either side's codes; the
    // filter itself checks the target, in the index.
    std::vector<std::string> sources;
    for (const std::string* side : {&filter.actor, &filter.with}) {
      const auto codes = codes_starting(db, "source_code", *side, max);
      if (!codes) return std::nullopt;
      sources.insert(sources.end(), codes->begin(), codes->end());
    }
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    for (std::string& c : sources) {
      PageRange r{"source_code", "events_source_day", std::move(c)};
      if (starts_with(r.code, filter.actor)) r.targets.push_back(filter.with);
      if (starts_with(r.code, filter.with) && filter.with != filter.actor) r.targets.push_back(filter.actor);
      out.push_back(std::move(r));
    }
  } else {
    const std::string& a = filter.actor.empty() ? filter.with : filter.actor;
    const auto sources = codes_starting(db, "source_code", a, max);
    if (!sources) return std::nullopt;
    const auto targets = codes_starting(db, "target_code", a, max);
    if (!targets) return std::nullopt;
    for (const std::string& c : *sources) out.push_back({"source_code", "events_source_day", c});
    for (const std::string& c : *targets) out.push_back({"target_code", "events_target_day", c, true});
  }
  if (out.size() > max) return std::nullopt;
  return out;
}

// A page of events as one statement: the filter's events after the
// cursor, dated (in day, id order) or undated (in id order), at most
// `rows`; `extra` receives the values to bind after the filter's own.
// With ranges, `f` holds the filter without its actors: each range states
// its own actor conditions (an OR of actor ranges in every branch made
// PostgreSQL read each branch by bitmap, out of order, and sort).
std::string page_sql(Connection& db, const EventFilter& filter, const std::optional<std::vector<PageRange>>& ranges,
                     FilterSql& f, bool dated, std::size_t rows, std::vector<std::string>& extra) {
  const std::string columns = std::string("SELECT ") + kEventColumns + ", e.day_lo FROM events e";
  const std::string limit = " LIMIT " + std::to_string(rows);
  if (!ranges) {
    return columns + f.where + (dated ? " ORDER BY e.day_lo, e.id" : " ORDER BY e.id") + limit;
  }
  // The filter's dates as bounds of each range (the filter writes them so
  // that no index is chosen for them).
  if (dated) {
    if (const auto since = interval_of(filter.since)) f.add("e.day_lo >= #", {since->lo});
    if (const auto until = interval_of(filter.until)) f.add("e.day_lo <= #", {until->hi});
  }
  const bool sqlite = db.dialect() == Dialect::kSqlite;
  const std::size_t first = f.texts.size() + f.ints.size() + 1;
  auto param = [&](const std::string& value) {
    extra.push_back(value);
    return "?" + std::to_string(first + extra.size() - 1);
  };
  std::string not_source;
  std::string sql;
  int n = 0;
  for (const PageRange& r : *ranges) {
    if (!sql.empty()) sql += " UNION ALL ";
    // SQLite is told the index: its estimate might prefer an actor index
    // in another order and sort. PostgreSQL (15) does not merge the
    // branches of a UNION ALL in order, it appends and sorts them: each
    // branch is a subquery reading at most a page from its index range,
    // so the sort is of a page per range, not of all the actor's events.
    if (!sqlite) sql += "SELECT * FROM (";
    sql += columns + (sqlite ? std::string(" INDEXED BY ") + r.index : std::string()) + f.where + " AND e." +
           r.column + " = " + param(r.code);
    if (!r.targets.empty()) {
      std::string any;
      for (const std::string& t : r.targets) {
        any += (any.empty() ? "" : " OR ") + std::string("(e.target_code >= ") + param(t) +
               " AND e.target_code < " + param(prefix_upper(t)) + ")";
      }
      sql += " AND (" + any + ")";
    }
    if (r.not_source) {
      if (not_source.empty()) {
        const std::string& a = filter.actor.empty() ? filter.with : filter.actor;
        not_source = " AND NOT (e.source_code >= " + param(a) + " AND e.source_code < " + param(prefix_upper(a)) + ")";
      }
      sql += not_source;
    }
    if (!sqlite) sql += (dated ? " ORDER BY e.day_lo, e.id" : " ORDER BY e.id") + limit + ") r" + std::to_string(++n);
  }
  // Columns by position: 38 is day_lo, 1 the id.
  return sql + (dated ? " ORDER BY 38, 1" : " ORDER BY 1") + limit;
}

// The prepared statement of one part of a page: the dated or the undated
// events after `from` (null: from the start), at most `rows` of them, with
// `prefix` before the SQL ("EXPLAIN …" for the plan). The query and its
// plan share it, so the plan shows what the query runs.
Statement page_part(Connection& db, const EventFilter& filter, const std::optional<std::vector<PageRange>>& ranges,
                    bool dated, const EventCursor* from, std::size_t rows, const std::string& prefix = "") {
  FilterSql f = filter_sql(db, filter, !ranges);
  if (dated) {
    f.add("e.day_lo IS NOT NULL");
    if (from) f.add("(e.day_lo, e.id) > (#, #)", {*from->day, from->id});
  } else {
    f.add("e.day_lo IS NULL");
    if (from) f.add("e.id > #", {from->id});
  }
  std::vector<std::string> extra;
  const std::string sql = page_sql(db, filter, ranges, f, dated, rows, extra);
  Statement st = db.prepare(prefix + sql);
  f.bind(st);
  int i = static_cast<int>(f.texts.size() + f.ints.size());
  for (const std::string& v : extra) st.bind(++i, v);
  return st;
}

}  // namespace

void set_event_page_merge_limit(std::size_t ranges) { page_merge_limit = ranges; }

std::optional<EventCursor> query_event_page(Store& store, const EventFilter& filter, const EventCursor* after,
                                            std::size_t limit, const std::function<void(const EventRow&)>& visit) {
  std::size_t seen = 0;
  bool more = false;
  EventCursor last;
  EventRow row;
  // An actor filter's events are merged from index ranges already in page
  // order; other filters are one index range (by day, or by code).
  const auto ranges = page_ranges(store.db(), filter);
  if (ranges && ranges->empty()) return std::nullopt;  // no stored code matches
  // Dated events first, then undated ones, each an index range after the
  // cursor; one row past the page says whether another page follows.
  auto run = [&](bool dated, const EventCursor* from) {
    Statement st = page_part(store.db(), filter, ranges, dated, from, limit - seen + 1);
    while (st.step()) {
      if (seen == limit) {
        more = true;
        return;
      }
      read_event(st, row);
      last.id = row.id;
      last.day = st.is_null(37) ? std::nullopt : std::optional<std::int64_t>(st.int64(37));
      ++seen;
      visit(row);
    }
  };
  if (!after || after->day) run(true, after);
  if (!more) run(false, after && !after->day ? after : nullptr);
  if (!more) return std::nullopt;
  return last;
}

std::vector<std::string> event_page_plan(Store& store, const EventFilter& filter, const EventCursor* after,
                                         std::size_t limit) {
  std::vector<std::string> out;
  const auto ranges = page_ranges(store.db(), filter);
  const bool sqlite = store.db().dialect() == Dialect::kSqlite;
  for (bool dated : {true, false}) {
    if (dated && after && !after->day) continue;
    // The cursor as query_event_page passes it to each part.
    const EventCursor* from = dated || (after && !after->day) ? after : nullptr;
    const char* explain = sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
    Statement st = page_part(store.db(), filter, ranges, dated, from, limit + 1, explain);
    while (st.step()) out.push_back(st.text(sqlite ? 3 : 0));
  }
  return out;
}

bool event_by_id(Store& store, std::int64_t id, EventRow& out) {
  Statement st = store.db().prepare(std::string("SELECT ") + kEventColumns + " FROM events e WHERE e.id = ?1");
  st.bind(1, id);
  if (!st.step()) return false;
  read_event(st, out);
  return true;
}

void cluster_events(Store& store, std::int64_t cluster, const std::function<void(const EventRow&)>& visit) {
  Statement st = store.db().prepare(std::string("SELECT ") + kEventColumns +
                                    " FROM events e WHERE e.cluster = ?1 ORDER BY e.doc_id, e.sentence, e.id");
  st.bind(1, cluster);
  EventRow row;
  while (st.step()) {
    read_event(st, row);
    visit(row);
  }
}

std::size_t count_events(Store& store, const EventFilter& filter) {
  const FilterSql f = filter_sql(store.db(), filter);
  const std::string& where = f.where;
  Statement st = store.db().prepare("SELECT count(*) FROM events e" + where);
  f.bind(st);
  st.step();
  return static_cast<std::size_t>(st.int64(0));
}

void query_clusters(Store& store, const EventFilter& filter, const std::function<void(const ClusterRow&)>& visit) {
  const FilterSql f = filter_sql(store.db(), filter);
  const std::string& where = f.where;
  std::string sql =
      "SELECT c.id, c.code, c.root, c.source_code, c.target_code, c.\"symmetric\", c.date, c.reports, "
      "(SELECT name FROM events WHERE cluster = c.id AND code = c.code LIMIT 1), "
      "(SELECT quad FROM events WHERE cluster = c.id AND code = c.code LIMIT 1), "
      "(SELECT goldstein FROM events WHERE cluster = c.id AND code = c.code LIMIT 1) "
      "FROM clusters c WHERE c.id IN (SELECT e.cluster FROM events e" +
      where + ") ORDER BY c.day_lo IS NULL, c.day_lo, c.id";
  if (filter.limit) sql += " LIMIT " + std::to_string(filter.limit);
  Statement st = store.db().prepare(sql);
  f.bind(st);
  Statement reports = store.db().prepare(
      "SELECT e.id, e.doc_id, e.lang, e.sentence, e.text FROM events e WHERE e.cluster = ?1 "
      "ORDER BY e.doc_id, e.sentence");
  while (st.step()) {
    ClusterRow c;
    c.id = st.int64(0);
    c.code = st.text(1);
    c.root = st.text(2);
    c.source = st.text(3);
    c.target = st.text(4);
    c.symmetric = st.int64(5) != 0;
    c.date = st.text(6);
    c.reports = static_cast<std::size_t>(st.int64(7));
    c.name = st.text(8);
    c.quad = static_cast<int>(st.int64(9));
    c.goldstein = st.real(10);
    reports.bind(1, c.id);
    while (reports.step()) {
      c.report_list.push_back({reports.int64(0), reports.text(1), reports.text(2),
                               static_cast<std::size_t>(reports.int64(3)), reports.text(4)});
    }
    reports.reset();
    visit(c);
  }
}

std::vector<std::string> near_duplicates(Store& store, const std::string& doc_id) {
  Statement st = store.db().prepare(
      "WITH me AS (SELECT id FROM documents WHERE doc_id = ?1) "
      "SELECT d.doc_id, n.distance FROM near_duplicates n JOIN documents d ON d.id = n.other "
      "WHERE n.doc = (SELECT id FROM me) "
      "UNION SELECT d.doc_id, n.distance FROM near_duplicates n JOIN documents d ON d.id = n.doc "
      "WHERE n.other = (SELECT id FROM me) ORDER BY 2, 1");
  st.bind(1, doc_id);
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  return out;
}

}  // namespace dyad::store
