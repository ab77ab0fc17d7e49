// A calendar date known to year, month or day precision. News rarely gives
// more than that, and event data must never invent precision it does not have.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

enum class DatePrecision { kYear, kMonth, kDay };

struct PartialDate {
  int year = 0;
  int month = 0;  // 1-12, or 0 when unknown
  int day = 0;    // 1-31, or 0 when unknown

  DatePrecision precision() const {
    return day ? DatePrecision::kDay : month ? DatePrecision::kMonth : DatePrecision::kYear;
  }
  // "2018", "2018-11" or "2018-11-22".
  std::string iso() const;
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

const char* to_string(DatePrecision p);

// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" and an ISO timestamp that starts with
// one of those ("2018-11-22T10:00:00Z"). Rejects impossible dates.
std::optional<PartialDate> parse_iso_date(std::string_view text);

bool is_valid_date(int year, int month, int day);

}  // namespace dyad
