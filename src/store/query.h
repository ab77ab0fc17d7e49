// Reading events and event clusters back, filtered. Every filter is served
// by an index (actor code, event code, date), so queries stay fast on
// millions of events.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "store/record.h"
#include "store/store.h"

namespace dyad::store {

struct EventFilter {
  std::string actor;   // code prefix of source or target: "NLD" matches "NLDGOV"
  std::string with;    // code prefix of the other side (needs `actor`, else either side)
  std::string code;    // CAMEO code prefix: "05" or "057"
  std::optional<int> quad;
  std::optional<PartialDate> since;  // events on or after the start of this date
  std::optional<PartialDate> until;  // events on or before the end of this date
  std::string lang;
  std::string doc;     // document id
  std::string text;    // words in the sentence (LIKE; ASCII case folded in SQLite, ILIKE in PostgreSQL)
  std::size_t limit = 0;  // 0: no limit
};

struct EventRow {
  std::int64_t id = 0;
  std::string doc;
  std::int64_t cluster = 0;
  StoredEvent event;
};

// Where a page of events ended: the event's first day (none when undated)
// and its id. Pages run in (day, id) order, undated last, so a page
// is an index range however deep into the results it starts.
struct EventCursor {
  std::optional<std::int64_t> day;
  std::int64_t id = 0;
};

// Up to `limit` events after `after` (from the start when null), in
// (day, id) order. Returns where the page ended when more may follow.
std::optional<EventCursor> query_event_page(Store& store, const EventFilter& filter, const EventCursor* after,
                                            std::size_t limit, const std::function<void(const EventRow&)>& visit);

// The plan of the statements query_event_page runs (SQLite's EXPLAIN
// QUERY PLAN details, PostgreSQL's EXPLAIN lines): tests check that a page
// reads index ranges in page order with no sort.
std::vector<std::string> event_page_plan(Store& store, const EventFilter& filter, const EventCursor* after,
                                         std::size_t limit);

// For tests: at most this many index ranges (actor codes as source or
// target) are merged for a page; past it (or at 0) the page is sorted.
void set_event_page_merge_limit(std::size_t ranges);

// One event by its row id; false when there is none.
bool event_by_id(Store& store, std::int64_t id, EventRow& out);

// Every report of a cluster, with all its fields, by document and sentence.
void cluster_events(Store& store, std::int64_t cluster, const std::function<void(const EventRow&)>& visit);

// Events in date order (undated last), then document and sentence.
void query_events(Store& store, const EventFilter& filter, const std::function<void(const EventRow&)>& visit);
std::size_t count_events(Store& store, const EventFilter& filter);

struct ClusterReport {
  std::int64_t event = 0;
  std::string doc, lang;
  std::size_t sentence = 0;
  std::string text;
};

struct ClusterRow {
  std::int64_t id = 0;   // stable: assigned when the first report arrives
  std::string code, root, name;
  int quad = 0;
  double goldstein = 0;
  std::string source, target;
  bool symmetric = false;
  std::string date;      // the most precise date among the reports; empty when unknown
  std::size_t reports = 0;
  std::vector<ClusterReport> report_list;
};

// Clusters with at least one report matching the filter, with all their reports.
void query_clusters(Store& store, const EventFilter& filter, const std::function<void(const ClusterRow&)>& visit);

// Documents linked as near-duplicates of `doc_id` (ids), closest first.
std::vector<std::string> near_duplicates(Store& store, const std::string& doc_id);

}  // namespace dyad::store
