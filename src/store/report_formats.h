// Writers for the aggregates: the dyad network as JSON, GraphML or GEXF
// (Gephi opens the last two), and actor counts and timelines as tables.
#pragma once
#include <ostream>
#include <vector>

#include "store/event_formats.h"
#include "store/reports.h"

namespace dyad::store {

enum class GraphFormat { kJson, kGraphml, kGexf };
void write_network(std::ostream& out, GraphFormat format, const std::vector<Dyad>& dyads);
void write_actor_counts(std::ostream& out, Format format, const std::vector<ActorCount>& actors);
void write_timeline(std::ostream& out, Format format, const std::vector<TimelineBin>& bins);

}  // namespace dyad::store
