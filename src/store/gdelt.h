// A GDELT-style event table: one tab-separated row per event cluster (a
// real-world event with all its reports), columns in GDELT 1.0 order where
// dyad has the data. The columns are documented in README.md ("## Store").
#pragma once
#include <ostream>

#include "store/query.h"

namespace dyad::store {

void export_gdelt(Store& store, const EventFilter& filter, std::ostream& out);

}  // namespace dyad::store
