#include "events/dates.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dyad::events {
namespace {

std::vector<std::string> split_ws(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

// Days since 1970-01-01 (proleptic Gregorian), and back.
long to_days(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

PartialDate from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return PartialDate{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

PartialDate add_days(const PartialDate& d, long n) { return from_days(to_days(d.year, d.month, d.day) + n); }

PartialDate month_before(const PartialDate& d, int n) {
  int total = d.year * 12 + (d.month - 1) - n;
  return PartialDate{total / 12, total % 12 + 1, 0};
}

}  // namespace

std::unique_ptr<DateRules> DateRules::load(const std::filesystem::path& file, std::string* error) {
  std::ifstream in(file);
  if (!in) {
    *error = file.string() + ": cannot open";
    return nullptr;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto rules = std::make_unique<DateRules>();
  if (!rules->add_text(buffer.str(), file.string(), error)) return nullptr;
  return rules;
}

// Lines: "month NAME N", "weekday NAME N" (1 = Monday), "number WORD N",
// "unit WORD d|w|m|y", "ago WORD", "daypart WORD" (written after a weekday
// as one word: "dinsdagavond"), or a shift name followed by a phrase
// ("prev_day yesterday", "same_year earlier this year").
bool DateRules::add_text(const std::string& text, const std::string& where, std::string* error) {
  static const std::pair<const char*, Shift> kShifts[] = {
      {"same_day", Shift::kSameDay},     {"prev_day", Shift::kPrevDay},   {"next_day", Shift::kNextDay},
      {"same_month", Shift::kSameMonth}, {"prev_month", Shift::kPrevMonth}, {"same_year", Shift::kSameYear},
      {"prev_year", Shift::kPrevYear},   {"next_year", Shift::kNextYear}};
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    auto f = split_ws(line);
    if (f.empty()) continue;
    auto fail = [&](const std::string& m) {
      *error = where + ":" + std::to_string(number) + ": " + m;
      return false;
    };
    auto as_int = [&](const std::string& s, int lo, int hi, int& out) {
      try {
        out = std::stoi(s);
      } catch (...) {
        return false;
      }
      return out >= lo && out <= hi;
    };
    int n = 0;
    if (f[0] == "month" || f[0] == "weekday" || f[0] == "number") {
      const int hi = f[0] == "month" ? 12 : f[0] == "weekday" ? 7 : 1000;
      if (f.size() != 3 || !as_int(f[2], 1, hi, n)) return fail("expected '" + f[0] + " WORD N'");
      (f[0] == "month" ? months_ : f[0] == "weekday" ? weekdays_ : numbers_)[f[1]] = n;
    } else if (f[0] == "unit") {
      if (f.size() != 3 || f[2].size() != 1 || std::string("dwmy").find(f[2][0]) == std::string::npos)
        return fail("expected 'unit WORD d|w|m|y'");
      units_[f[1]] = f[2][0];
    } else if (f[0] == "ago" || f[0] == "daypart") {
      if (f.size() != 2) return fail("expected '" + f[0] + " WORD'");
      (f[0] == "ago" ? ago_ : dayparts_).push_back(f[1]);
    } else {
      bool known = false;
      for (const auto& [name, shift] : kShifts) {
        if (f[0] != name) continue;
        if (f.size() < 2) return fail("a shift needs a phrase");
        phrases_.push_back({std::vector<std::string>(f.begin() + 1, f.end()), shift});
        known = true;
      }
      if (!known) return fail("unknown line kind '" + f[0] + "'");
    }
  }
  return true;
}

std::optional<PartialDate> DateRules::resolve(const std::optional<PartialDate>& doc_date,
                                              const std::vector<std::string>& words) const {
  if (!doc_date) return std::nullopt;
  const PartialDate& d = *doc_date;
  const bool has_day = d.day != 0, has_month = d.month != 0;
  // Explicit day and month: "22 November", "November 22", "22 november".
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto m = months_.find(words[i]);
    if (m == months_.end()) continue;
    int day = 0;
    auto number_at = [&](std::size_t j) {
      if (j >= words.size()) return 0;
      try {
        std::size_t used = 0;
        int v = std::stoi(words[j], &used);
        return used == words[j].size() && v >= 1 && v <= 31 ? v : 0;
      } catch (...) {
        return 0;
      }
    };
    if (i > 0) day = number_at(i - 1);
    if (!day) day = number_at(i + 1);
    int year = d.year;
    // A year written after the month ("November 2017") wins over the document's.
    for (std::size_t j = i + 1; j <= i + 3 && j < words.size(); ++j) {
      if (words[j].size() == 4 && words[j][0] >= '1' && words[j][0] <= '2') {
        try { year = std::stoi(words[j]); } catch (...) {}
      }
    }
    if (day && is_valid_date(year, m->second, day)) return PartialDate{year, m->second, day};
    // A bare month name is too often another word ("may", "mei"): only with a year.
    if (year != d.year || (i + 1 < words.size() && words[i + 1] == std::to_string(year))) {
      return PartialDate{year, m->second, 0};
    }
  }
  // "three days ago", "a month after".
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (std::find(ago_.begin(), ago_.end(), words[i]) == ago_.end()) continue;
    auto u = units_.find(words[i - 1]);
    if (u == units_.end() || i < 2) continue;
    int n = 0;
    if (auto k = numbers_.find(words[i - 2]); k != numbers_.end()) n = k->second;
    else {
      try { n = std::stoi(words[i - 2]); } catch (...) { n = 0; }
    }
    if (n <= 0) continue;
    switch (u->second) {
      case 'd': return has_day ? std::optional(add_days(d, -n)) : std::nullopt;
      case 'w': return has_day ? std::optional(add_days(d, -7L * n)) : std::nullopt;
      case 'm': return has_month ? std::optional(month_before(d, n)) : std::nullopt;
      case 'y': return PartialDate{d.year - n, 0, 0};
    }
  }
  for (const Phrase& p : phrases_) {
    for (std::size_t i = 0; i + p.words.size() <= words.size(); ++i) {
      if (!std::equal(p.words.begin(), p.words.end(), words.begin() + static_cast<long>(i))) continue;
      switch (p.shift) {
        case Shift::kSameDay: return d;
        case Shift::kPrevDay: return has_day ? std::optional(add_days(d, -1)) : std::nullopt;
        case Shift::kNextDay: return has_day ? std::optional(add_days(d, 1)) : std::nullopt;
        case Shift::kSameMonth: return has_month ? std::optional(PartialDate{d.year, d.month, 0}) : std::nullopt;
        case Shift::kPrevMonth: return has_month ? std::optional(month_before(d, 1)) : std::nullopt;
        case Shift::kSameYear: return PartialDate{d.year, 0, 0};
        case Shift::kPrevYear: return PartialDate{d.year - 1, 0, 0};
        case Shift::kNextYear: return PartialDate{d.year + 1, 0, 0};
      }
    }
  }
  // A weekday: the last such day on or before the document's date.
  if (has_day) {
    for (const std::string& w : words) {
      const auto wd = weekday(w);
      if (!wd) continue;
      const long days = to_days(d.year, d.month, d.day);
      const int today = static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;  // 1970-01-01 was a Thursday (4)
      const int back = (today - *wd + 7) % 7;
      return add_days(d, -back);
    }
  }
  // No time words: the document's date, as precise as it is.
  return d;
}

std::optional<int> DateRules::weekday(std::string_view word) const {
  if (auto it = weekdays_.find(std::string(word)); it != weekdays_.end()) return it->second;
  for (const std::string& part : dayparts_) {
    if (word.size() <= part.size() || !word.ends_with(part)) continue;
    if (auto it = weekdays_.find(std::string(word.substr(0, word.size() - part.size()))); it != weekdays_.end())
      return it->second;
  }
  return std::nullopt;
}

}  // namespace dyad::events
