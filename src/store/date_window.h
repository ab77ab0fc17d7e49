// Event dates as day intervals, for date-range queries and for deciding
// whether two reports can describe the same event. A day-precision date is
// one day; a month or year covers its days; an unknown date has no interval.
#pragma once
#include <cstdint>
#include <optional>

#include "base/date.h"

namespace dyad::store {

struct DayInterval {
  std::int64_t lo = 0;  // days since 1970-01-01, inclusive
  std::int64_t hi = 0;
  bool precise = false; // a single, exactly known day
};

std::int64_t day_number(int year, int month, int day);
std::optional<DayInterval> interval_of(const std::optional<PartialDate>& date);

// Two reports' dates are compatible when both are exact and equal, or when
// at least one is imprecise and they lie within `window_days` of each other.
// Year-only and unknown dates never merge: too vague to call it one event.
inline constexpr int kMergeWindowDays = 3;
bool dates_compatible(const DayInterval& a, const DayInterval& b, int window_days = kMergeWindowDays);

}  // namespace dyad::store
