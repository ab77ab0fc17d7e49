// Query parameters checked and turned into store filters. Anything a
// client can get wrong (an unknown or repeated parameter, a code that is
// not digits, a date that is not a date, a limit out of range) is an
// ApiError 400 naming the parameter.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>

#include "store/query.h"
#include "store/summary.h"

namespace dyad::serve {

using Params = std::multimap<std::string, std::string>;

class QueryParams {
 public:
  // Refuses parameters not in `allowed` and repeated ones.
  QueryParams(const Params& params, std::initializer_list<const char*> allowed);

  // Filters: actor, with, code, root, quad, since, until, lang, q.
  store::EventFilter filter() const;
  std::size_t limit(std::size_t fallback, std::size_t max) const;
  std::optional<std::string> get(const std::string& name) const;
  store::Period period() const;  // by=day|week|month|year, month when absent

 private:
  const Params& params_;
};

// The names every event filter takes, for `allowed` lists and the /api page.
#define DYAD_FILTER_PARAMS "actor", "with", "code", "root", "quad", "since", "until", "lang", "q"

// A positive row id from a path segment.
std::int64_t parse_id(const std::string& text);

}  // namespace dyad::serve
