#include "store/query.h"

#include <algorithm>

#include "store/date_window.h"

namespace dyad::store {
namespace {

// The smallest string greater than every string starting with `prefix`,
// so a prefix match is an index range: code >= prefix AND code < upper.
std::string prefix_upper(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

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

std::string where_clause(const EventFilter& f, std::vector<std::string>& text_args, std::vector<std::int64_t>& ints) {
  Where w;
  auto side = [](const char* column) {
    return std::string("(") + column + " >= @ AND " + column + " < @)";
  };
  if (!f.actor.empty() && !f.with.empty()) {
    w.text("((" + side("e.source_code") + " AND " + side("e.target_code") + ") OR (" + side("e.source_code") +
               " AND " + side("e.target_code") + "))",
           {f.actor, prefix_upper(f.actor), f.with, prefix_upper(f.with), f.with, prefix_upper(f.with), f.actor,
            prefix_upper(f.actor)});
  } else if (!f.actor.empty() || !f.with.empty()) {
    const std::string& a = f.actor.empty() ? f.with : f.actor;
    w.text("(" + side("e.source_code") + " OR " + side("e.target_code") + ")",
           {a, prefix_upper(a), a, prefix_upper(a)});
  }
  // The planner's estimates of prefix ranges are poor: it picks the date
  // index for "NLD in 2014-2016" and reads a third of the table. The most
  // selective filter drives instead: an actor when there is one; a unary +
  // keeps the other columns from being used as an index.
  const bool by_actor = !f.actor.empty() || !f.with.empty();
  const std::string code_col = by_actor ? "+e.code" : "e.code";
  if (!f.code.empty()) {
    w.text(code_col + " >= @ AND " + code_col + " < @", {f.code, prefix_upper(f.code)});
  }
  if (!f.lang.empty()) w.text("e.lang = @", {f.lang});
  if (!f.doc.empty()) w.text("e.doc = (SELECT id FROM documents WHERE doc_id = @)", {f.doc});
  text_args = w.text_args;
  std::string sql = w.sql;
  auto add_int = [&](const std::string& fragment, std::int64_t v) {
    sql += sql.empty() ? " WHERE " : " AND ";
    ints.push_back(v);
    std::string frag = fragment;
    frag.replace(frag.find('#'), 1, "?" + std::to_string(text_args.size() + ints.size()));
    sql += frag;
  };
  if (f.quad) add_int("e.quad = #", *f.quad);
  const std::string day_col = by_actor ? "+e.day_lo" : "e.day_lo";
  if (const auto since = interval_of(f.since)) add_int(day_col + " >= #", since->lo);
  if (const auto until = interval_of(f.until)) add_int(day_col + " <= #", until->hi);
  return sql;
}

void bind_all(Statement& st, const std::vector<std::string>& texts, const std::vector<std::int64_t>& ints) {
  int i = 1;
  for (const std::string& t : texts) st.bind(i++, t);
  for (std::int64_t v : ints) st.bind(i++, v);
}

constexpr const char* kEventColumns =
    "e.id, d.doc_id, e.cluster, e.sentence, e.text, e.span_begin, e.span_end, e.trigger, e.trigger_begin, "
    "e.trigger_end, e.code, e.root, e.name, e.quad, e.goldstein, e.plover, "
    "e.source_code, e.source_country, e.source_org, e.source_sector, e.source_name, e.source_text, e.source_begin, "
    "e.source_end, e.target_code, e.target_country, e.target_org, e.target_sector, e.target_name, e.target_text, "
    "e.target_begin, e.target_end, e.symmetric, e.date, e.lang, e.confidence";

StoredActor read_actor(const Statement& st, int c) {
  StoredActor a;
  a.code = st.text(c);
  a.country = st.text(c + 1);
  a.org = st.text(c + 2);
  a.sector = st.text(c + 3);
  a.name = st.text(c + 4);
  a.text = st.text(c + 5);
  a.span = {static_cast<std::size_t>(st.int64(c + 6)), static_cast<std::size_t>(st.int64(c + 7))};
  return a;
}

EventRow read_event(const Statement& st) {
  EventRow row;
  row.id = st.int64(0);
  row.doc = st.text(1);
  row.cluster = st.int64(2);
  StoredEvent& e = row.event;
  e.sentence = static_cast<std::size_t>(st.int64(3));
  e.text = st.text(4);
  e.span = {static_cast<std::size_t>(st.int64(5)), static_cast<std::size_t>(st.int64(6))};
  e.trigger = st.text(7);
  e.trigger_span = {static_cast<std::size_t>(st.int64(8)), static_cast<std::size_t>(st.int64(9))};
  e.code = st.text(10);
  e.root = st.text(11);
  e.name = st.text(12);
  e.quad = static_cast<int>(st.int64(13));
  e.goldstein = st.real(14);
  e.plover = st.text(15);
  e.source = read_actor(st, 16);
  if (!st.is_null(24)) e.target = read_actor(st, 24);
  e.symmetric = st.int64(32) != 0;
  if (!st.is_null(33)) e.date = parse_iso_date(st.text(33));
  e.lang = st.text(34);
  e.confidence = st.real(35);
  return row;
}

// Supporting sentences for a chunk of rows in one query (a correlated
// subquery per row cost a third of the query time).
void add_sentences(Statement& st, std::vector<EventRow>& rows) {
  std::string ids = "[";
  for (const EventRow& r : rows) ids += (ids.size() > 1 ? "," : "") + std::to_string(r.id);
  ids += "]";
  st.bind(1, ids);
  std::size_t i = 0;  // both sides are in event id order
  std::vector<std::size_t> order(rows.size());
  for (std::size_t k = 0; k < rows.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rows[a].id < rows[b].id; });
  while (st.step()) {
    const std::int64_t event = st.int64(0);
    while (i < order.size() && rows[order[i]].id < event) ++i;
    if (i < order.size() && rows[order[i]].id == event) {
      rows[order[i]].event.sentences.push_back(static_cast<std::size_t>(st.int64(1)));
    }
  }
  st.reset();
}

}  // namespace

void query_events(Store& store, const EventFilter& filter, const std::function<void(const EventRow&)>& visit) {
  std::vector<std::string> texts;
  std::vector<std::int64_t> ints;
  const std::string where = where_clause(filter, texts, ints);
  std::string sql = std::string("SELECT ") + kEventColumns + " FROM events e JOIN documents d ON d.id = e.doc" +
                    where + " ORDER BY e.day_lo IS NULL, e.day_lo, d.doc_id, e.sentence, e.id";
  if (filter.limit) sql += " LIMIT " + std::to_string(filter.limit);  // a number, not user text
  Statement st = store.db().prepare(sql);
  bind_all(st, texts, ints);
  Statement sentences = store.db().prepare(
      "SELECT event, sentence FROM event_sentences WHERE event IN (SELECT value FROM json_each(?1)) "
      "ORDER BY event, sentence");
  constexpr std::size_t kChunk = 512;
  std::vector<EventRow> chunk;
  auto flush = [&] {
    add_sentences(sentences, chunk);
    for (const EventRow& r : chunk) visit(r);
    chunk.clear();
  };
  while (st.step()) {
    chunk.push_back(read_event(st));
    if (chunk.size() == kChunk) flush();
  }
  if (!chunk.empty()) flush();
}

std::size_t count_events(Store& store, const EventFilter& filter) {
  std::vector<std::string> texts;
  std::vector<std::int64_t> ints;
  const std::string where = where_clause(filter, texts, ints);
  Statement st = store.db().prepare("SELECT count(*) FROM events e" + where);
  bind_all(st, texts, ints);
  st.step();
  return static_cast<std::size_t>(st.int64(0));
}

void query_clusters(Store& store, const EventFilter& filter, const std::function<void(const ClusterRow&)>& visit) {
  std::vector<std::string> texts;
  std::vector<std::int64_t> ints;
  const std::string where = where_clause(filter, texts, ints);
  std::string sql =
      "SELECT c.id, c.code, c.root, c.source_code, c.target_code, c.symmetric, c.date, c.reports, "
      "(SELECT name FROM events WHERE cluster = c.id AND code = c.code LIMIT 1), "
      "(SELECT quad FROM events WHERE cluster = c.id AND code = c.code LIMIT 1), "
      "(SELECT goldstein FROM events WHERE cluster = c.id AND code = c.code LIMIT 1) "
      "FROM clusters c WHERE c.id IN (SELECT e.cluster FROM events e" +
      where + ") ORDER BY c.day_lo IS NULL, c.day_lo, c.id";
  if (filter.limit) sql += " LIMIT " + std::to_string(filter.limit);
  Statement st = store.db().prepare(sql);
  bind_all(st, texts, ints);
  Statement reports = store.db().prepare(
      "SELECT e.id, d.doc_id, e.lang, e.sentence, e.text FROM events e JOIN documents d ON d.id = e.doc "
      "WHERE e.cluster = ?1 ORDER BY d.doc_id, e.sentence");
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
