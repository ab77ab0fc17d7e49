// Aggregates computed by the database (GROUP BY) rather than by reading
// every event: what an interactive client asks for again and again over
// the whole store (the network, a timeline, actor look-up, a document).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/record.h"
#include "store/store.h"

namespace dyad::store {

struct NetworkEdge {
  std::string source, target;  // a symmetric event counts for the pair in code order
  std::size_t events = 0, cooperation = 0, conflict = 0;
  double mean_goldstein = 0;
};
struct NetworkNode {
  std::string code;
  std::size_t events = 0;  // events of the filter's dyads it takes part in
};
struct NetworkSummary {
  std::vector<NetworkNode> nodes;  // the actors of `edges`, most active first
  std::vector<NetworkEdge> edges;  // the busiest dyads, at most the number asked for
  std::size_t dyads = 0;           // how many dyads the filter has in all
};
NetworkSummary network_summary(Store& store, const EventFilter& filter, std::size_t max_edges);

enum class Period { kDay, kWeek, kMonth, kYear };
struct PeriodCount {
  std::string period;             // "2018", "2018-03", "2018-03-17"; a week is named by its Monday
  std::size_t events = 0;
  std::array<std::size_t, 4> quad{};  // events of quad class 1..4
  double mean_goldstein = 0;
};
// Dated events only, each in the period its date is precise enough for.
std::vector<PeriodCount> timeline_summary(Store& store, const EventFilter& filter, Period period);

struct ActorTotal {
  std::string code;
  std::size_t as_source = 0, as_target = 0;
};
// Actors whose code starts with `prefix` ("" for all), most events first.
std::vector<ActorTotal> find_actors(Store& store, const std::string& prefix, std::size_t limit);

struct DocumentRecord {
  std::string id, url, title, lang, date, text;
  std::vector<Offsets> sentences;
};
// Without `with_text`, the metadata only (text and sentences left empty).
bool find_document(Store& store, const std::string& doc_id, DocumentRecord& out, bool with_text = true);

struct StoreOverview {
  std::size_t events = 0, documents = 0;
  std::string first_day, last_day;  // of dated events' first days; "" when none
  std::vector<std::string> langs;
};
StoreOverview overview(Store& store);

// Changes whenever events or documents are added or replaced: a cache of
// answers keyed by it never serves a stale one. Two index probes.
std::string data_version(Store& store);

// "1970-01-01" for day 0.
std::string iso_day(std::int64_t day);

}  // namespace dyad::store
