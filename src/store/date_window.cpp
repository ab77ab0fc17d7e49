#include "store/date_window.h"

namespace dyad::store {

// Howard Hinnant's days_from_civil.
std::int64_t day_number(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = static_cast<unsigned>((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<DayInterval> interval_of(const std::optional<PartialDate>& date) {
  if (!date || date->year == 0) return std::nullopt;
  const PartialDate& d = *date;
  switch (d.precision()) {
    case DatePrecision::kDay: {
      const std::int64_t n = day_number(d.year, d.month, d.day);
      return DayInterval{n, n, true};
    }
    case DatePrecision::kMonth: {
      const int ny = d.month == 12 ? d.year + 1 : d.year, nm = d.month == 12 ? 1 : d.month + 1;
      return DayInterval{day_number(d.year, d.month, 1), day_number(ny, nm, 1) - 1, false};
    }
    case DatePrecision::kYear:
      return DayInterval{day_number(d.year, 1, 1), day_number(d.year, 12, 31), false};
  }
  return std::nullopt;
}

bool dates_compatible(const DayInterval& a, const DayInterval& b, int window_days) {
  if (a.precise && b.precise) return a.lo == b.lo;
  // A year is no evidence of being the same event.
  if (a.hi - a.lo > 31 || b.hi - b.lo > 31) return false;
  return a.lo <= b.hi + window_days && b.lo <= a.hi + window_days;
}

}  // namespace dyad::store
