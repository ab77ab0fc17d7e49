#include "store/summary.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "store/filter_sql.h"

namespace dyad::store {

NetworkSummary network_summary(Store& store, const EventFilter& filter, std::size_t max_edges) {
  FilterSql f = filter_sql(store.db(), filter);
  // Never an index for this test alone: with sampled statistics (what an
  // ingest or a migration leaves) SQLite took a target index for "IS NOT
  // NULL" and read all 1M rows out of order (2.5 s -> 15 s for the
  // unfiltered network). A unary + keeps it a check on the row (SQLite
  // only; PostgreSQL has no unary + on text).
  f.add(store.db().dialect() == Dialect::kSqlite ? "+e.target_code IS NOT NULL" : "e.target_code IS NOT NULL");
  constexpr const char* kFlip = "e.\"symmetric\" <> 0 AND e.target_code < e.source_code";
  Statement st = store.db().prepare(std::string("SELECT CASE WHEN ") + kFlip +
                                    " THEN e.target_code ELSE e.source_code END, CASE WHEN " + kFlip +
                                    " THEN e.source_code ELSE e.target_code END, count(*), "
                                    "sum(CASE WHEN e.quad <= 2 THEN 1 ELSE 0 END), avg(e.goldstein) FROM events e" +
                                    f.where + " GROUP BY 1, 2");
  f.bind(st);
  NetworkSummary out;
  std::map<std::string, std::size_t> per_actor;
  while (st.step()) {
    NetworkEdge e;
    e.source = st.text(0);
    e.target = st.text(1);
    e.events = static_cast<std::size_t>(st.int64(2));
    e.cooperation = static_cast<std::size_t>(st.int64(3));
    e.conflict = e.events - e.cooperation;
    e.mean_goldstein = st.real(4);
    per_actor[e.source] += e.events;
    if (e.target != e.source) per_actor[e.target] += e.events;
    out.edges.push_back(std::move(e));
  }
  out.dyads = out.edges.size();
  auto busier = [](const NetworkEdge& a, const NetworkEdge& b) {
    return a.events != b.events ? a.events > b.events : std::tie(a.source, a.target) < std::tie(b.source, b.target);
  };
  if (out.edges.size() > max_edges) {
    std::partial_sort(out.edges.begin(), out.edges.begin() + static_cast<std::ptrdiff_t>(max_edges), out.edges.end(),
                      busier);
    out.edges.resize(max_edges);
  } else {
    std::sort(out.edges.begin(), out.edges.end(), busier);
  }
  std::map<std::string, bool> shown;
  for (const NetworkEdge& e : out.edges) shown[e.source] = shown[e.target] = true;
  for (const auto& [code, _] : shown) out.nodes.push_back({code, per_actor[code]});
  std::stable_sort(out.nodes.begin(), out.nodes.end(),
                   [](const NetworkNode& a, const NetworkNode& b) { return a.events > b.events; });
  return out;
}

std::vector<PeriodCount> timeline_summary(Store& store, const EventFilter& filter, Period period) {
  FilterSql f = filter_sql(store.db(), filter);
  std::string key;
  switch (period) {
    case Period::kYear:
      f.add("e.date IS NOT NULL");
      key = "substr(e.date, 1, 4)";
      break;
    case Period::kMonth:
      f.add("length(e.date) >= 7");
      key = "substr(e.date, 1, 7)";
      break;
    case Period::kDay:
      f.add("length(e.date) = 10");
      key = "e.date";
      break;
    case Period::kWeek:
      // Day 0 (1970-01-01) was a Thursday: subtracting (day + 3) mod 7 gives the Monday.
      f.add("length(e.date) = 10");
      key = "e.day_lo - ((e.day_lo + 3) % 7)";
      break;
  }
  Statement st = store.db().prepare("SELECT " + key + ", e.quad, count(*), sum(e.goldstein) FROM events e" + f.where +
                                    " GROUP BY 1, 2 ORDER BY 1, 2");
  f.bind(st);
  std::vector<PeriodCount> out;
  std::vector<double> sums;
  std::string name;
  while (st.step()) {
    name = period == Period::kWeek ? iso_day(st.int64(0)) : st.text(0);
    if (out.empty() || out.back().period != name) {
      out.push_back({name, 0, {}, 0});
      sums.push_back(0);
    }
    const auto n = static_cast<std::size_t>(st.int64(2));
    const auto quad = st.int64(1);
    out.back().events += n;
    if (quad >= 1 && quad <= 4) out.back().quad[static_cast<std::size_t>(quad - 1)] += n;
    sums.back() += st.real(3);
  }
  for (std::size_t i = 0; i < out.size(); ++i) out[i].mean_goldstein = sums[i] / static_cast<double>(out[i].events);
  return out;
}

std::vector<ActorTotal> find_actors(Store& store, const std::string& prefix, std::size_t limit) {
  // Each side is read from its own index (code first), so a prefix is a range.
  const std::string range = prefix.empty() ? "" : " AND # >= ?1 AND # < ?2";
  auto on = [&](const std::string& column) {
    std::string r = range;
    for (std::size_t at; (at = r.find('#')) != std::string::npos;) r.replace(at, 1, column);
    return r;
  };
  Statement st = store.db().prepare(
      "SELECT code, sum(s), sum(t) FROM ("
      "SELECT e.source_code AS code, count(*) AS s, 0 AS t FROM events e WHERE e.source_code IS NOT NULL" +
      on("e.source_code") +
      " GROUP BY e.source_code UNION ALL "
      "SELECT e.target_code, 0, count(*) FROM events e WHERE e.target_code IS NOT NULL" +
      on("e.target_code") + " GROUP BY e.target_code) x GROUP BY code ORDER BY sum(s) + sum(t) DESC, code LIMIT " +
      std::to_string(limit));
  if (!prefix.empty()) st.bind(1, prefix).bind(2, prefix_upper(prefix));
  std::vector<ActorTotal> out;
  while (st.step()) {
    out.push_back({st.text(0), static_cast<std::size_t>(st.int64(1)), static_cast<std::size_t>(st.int64(2))});
  }
  return out;
}

bool find_document(Store& store, const std::string& doc_id, DocumentRecord& out, bool with_text) {
  Statement st = store.db().prepare(std::string("SELECT id, doc_id, url, title, lang, date, ") +
                                    (with_text ? "text" : "''") + " FROM documents WHERE doc_id = ?1");
  st.bind(1, doc_id);
  if (!st.step()) return false;
  const std::int64_t row = st.int64(0);
  out.id = st.text(1);
  out.url = st.text(2);
  out.title = st.text(3);
  out.lang = st.text(4);
  out.date = st.text(5);
  out.text = st.text(6);
  out.sentences.clear();
  if (!with_text) return true;
  Statement sentences = store.db().prepare("SELECT begin, \"end\" FROM sentences WHERE doc = ?1 ORDER BY idx");
  sentences.bind(1, row);
  while (sentences.step()) {
    out.sentences.push_back({static_cast<std::size_t>(sentences.int64(0)), static_cast<std::size_t>(sentences.int64(1))});
  }
  return true;
}

StoreOverview overview(Store& store) {
  StoreOverview out;
  Connection& db = store.db();
  out.events = static_cast<std::size_t>(db.scalar("SELECT count(*) FROM events").value_or(0));
  out.documents = static_cast<std::size_t>(db.scalar("SELECT count(*) FROM documents").value_or(0));
  Statement days = db.prepare("SELECT min(day_lo), max(day_lo) FROM events");
  if (days.step() && !days.is_null(0)) {
    out.first_day = iso_day(days.int64(0));
    out.last_day = iso_day(days.int64(1));
  }
  Statement langs = db.prepare("SELECT DISTINCT lang FROM events WHERE lang IS NOT NULL ORDER BY lang");
  while (langs.step()) out.langs.push_back(langs.text(0));
  return out;
}

std::string data_version(Store& store) {
  Statement st = store.db().prepare(
      "SELECT (SELECT max(id) FROM events), (SELECT max(id) FROM documents), (SELECT max(id) FROM clusters)");
  st.step();
  return std::to_string(st.int64(0)) + "." + std::to_string(st.int64(1)) + "." + std::to_string(st.int64(2));
}

std::string iso_day(std::int64_t day) {
  // Howard Hinnant's civil_from_days.
  const std::int64_t z = day + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y), static_cast<long long>(m),
                static_cast<long long>(d));
  return buf;
}

}  // namespace dyad::store
