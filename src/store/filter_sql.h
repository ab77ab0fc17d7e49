// An EventFilter as SQL: the WHERE clause over `events e` and its bound
// values, so every reader of events (listings, pages, aggregates) filters
// the same way and through the same indexes.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/sql.h"

namespace dyad::store {

struct FilterSql {
  std::string where;                // "" or " WHERE ..."; text values are ?1..?n, then the integers
  std::vector<std::string> texts;
  std::vector<std::int64_t> ints;

  // Adds a condition; '#' in it stands for the next integer parameter.
  void add(const std::string& condition, std::initializer_list<std::int64_t> values = {});
  void bind(Statement& st) const;
};

// The smallest string greater than every string starting with `prefix`,
// so a prefix match is an index range: code >= prefix AND code < upper.
std::string prefix_upper(std::string prefix);

// Without `actors`, the actor and dyad conditions are left to the caller
// (a page merges one index range per actor code, each with its own).
FilterSql filter_sql(Connection& db, const EventFilter& filter, bool actors = true);

}  // namespace dyad::store
