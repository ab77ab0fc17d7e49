// Aggregates over stored events: who appears how often, the dyad network
// (who acts on whom, how cooperatively), and an actor's events over time.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/store.h"

namespace dyad::store {

struct ActorCount {
  std::string code;
  std::size_t as_source = 0, as_target = 0;
  std::size_t total() const { return as_source + as_target; }
};
// Most active first.
std::vector<ActorCount> actor_counts(Store& store, const EventFilter& filter);

struct Dyad {
  std::string source, target;  // symmetric events count for the pair in code order
  std::size_t events = 0;
  double mean_goldstein = 0;
  double cooperation = 0;      // share of quad 1-2 events
  double conflict = 0;         // share of quad 3-4 events
  // The agreements register between the two sides' principals (issue 19):
  // how many agreements, and their topics (";"-separated, sorted).
  std::size_t agreements = 0;
  std::string agreement_topics;
};
std::vector<Dyad> network(Store& store, const EventFilter& filter);

struct TimelineBin {
  std::string period;          // "2018-03", "2018-03-17" or "2018"
  std::size_t events = 0, cooperation = 0, conflict = 0;
  double mean_goldstein = 0;
};
enum class TimelineUnit { kDay, kMonth, kYear };
// Dated events only; a month-precision date falls in its month (and year).
std::vector<TimelineBin> timeline(Store& store, const EventFilter& filter, TimelineUnit unit);

}  // namespace dyad::store
