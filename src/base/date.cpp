#include "base/date.h"

#include <cstdio>

namespace dyad {

std::string PartialDate::iso() const {
  char buf[16];
  if (day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

const char* to_string(DatePrecision p) {
  switch (p) {
    case DatePrecision::kYear: return "year";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kDay: return "day";
  }
  return "unknown";
}

bool is_valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999) return false;
  if (month == 0) return day == 0;
  if (month < 1 || month > 12) return false;
  if (day == 0) return true;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day < 1 || day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

namespace {
bool read_digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}
}  // namespace

std::optional<PartialDate> parse_iso_date(std::string_view s) {
  PartialDate d;
  if (!read_digits(s, 0, 4, d.year)) return std::nullopt;
  std::size_t pos = 4;
  if (pos < s.size() && s[pos] == '-') {
    if (!read_digits(s, pos + 1, 2, d.month)) return std::nullopt;
    pos += 3;
    if (pos < s.size() && s[pos] == '-') {
      if (!read_digits(s, pos + 1, 2, d.day)) return std::nullopt;
      pos += 3;
    }
  }
  // Anything after the date must be a time part, not more digits.
  if (pos < s.size() && s[pos] != 'T' && s[pos] != ' ') return std::nullopt;
  if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

}  // namespace dyad
