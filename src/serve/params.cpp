#include "serve/params.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "base/date.h"
#include "serve/api_error.h"

namespace dyad::serve {
namespace {

bool all_of(const std::string& s, bool (*ok)(char)) { return std::all_of(s.begin(), s.end(), ok); }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
// Actor codes are upper-case letters and digits ("NLDGOV", "IGOUNO").
bool code_char(char c) { return (c >= 'A' && c <= 'Z') || digit(c); }

std::string shown(const std::string& v) {
  std::string out = v.substr(0, 40);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  return out + (v.size() > 40 ? "..." : "");
}

[[noreturn]] void bad(const std::string& name, const std::string& value, const std::string& why) {
  throw ApiError(400, "parameter '" + name + "': '" + shown(value) + "' " + why);
}

std::optional<long long> number(const std::string& s) {
  long long v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<PartialDate> date_param(const std::string& name, const std::optional<std::string>& v) {
  if (!v) return std::nullopt;
  // Exactly YYYY, YYYY-MM or YYYY-MM-DD, as on the command line.
  const bool shape = (v->size() == 4 || v->size() == 7 || v->size() == 10);
  const auto d = shape ? parse_iso_date(*v) : std::nullopt;
  if (!d) bad(name, *v, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return d;
}

}  // namespace

QueryParams::QueryParams(const Params& params, std::initializer_list<const char*> allowed) : params_(params) {
  for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
    const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return it->first == a; });
    if (!known) throw ApiError(400, "unknown parameter '" + shown(it->first) + "'");
    if (params.count(it->first) > 1) throw ApiError(400, "parameter '" + shown(it->first) + "' given more than once");
  }
}

std::optional<std::string> QueryParams::get(const std::string& name) const {
  const auto it = params_.find(name);
  if (it == params_.end()) return std::nullopt;
  return it->second;
}

store::EventFilter QueryParams::filter() const {
  store::EventFilter f;
  for (const char* side : {"actor", "with"}) {
    auto v = get(side);
    if (!v) continue;
    for (char& c : *v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (v->empty() || v->size() > 32 || !all_of(*v, code_char)) bad(side, *v, "is not an actor code (A-Z, 0-9)");
    (std::string(side) == "actor" ? f.actor : f.with) = *v;
  }
  if (const auto v = get("code")) {
    if (v->empty() || v->size() > 4 || !all_of(*v, digit)) bad("code", *v, "is not a CAMEO code (1-4 digits)");
    f.code = *v;
  }
  if (const auto v = get("root")) {
    if (v->size() != 2 || !all_of(*v, digit)) bad("root", *v, "is not a CAMEO root (2 digits, 01-20)");
    // A root is a code prefix; with a code too, both must hold.
    if (v->starts_with(f.code)) {
      f.code = *v;
    } else if (!f.code.starts_with(*v)) {
      f.code = "X";  // no code starts with X: nothing matches
    }
  }
  if (const auto v = get("quad")) {
    const auto n = number(*v);
    if (!n || *n < 1 || *n > 4) bad("quad", *v, "is not a quad class (1-4)");
    f.quad = static_cast<int>(*n);
  }
  f.since = date_param("since", get("since"));
  f.until = date_param("until", get("until"));
  if (const auto v = get("lang")) {
    if (v->size() < 2 || v->size() > 3 || !all_of(*v, lower)) bad("lang", *v, "is not a language code (en, nl)");
    f.lang = *v;
  }
  if (const auto v = get("q")) {
    if (v->size() > 200) bad("q", *v, "is longer than 200 bytes");
    f.text = *v;
  }
  return f;
}

std::size_t QueryParams::limit(std::size_t fallback, std::size_t max) const {
  const auto v = get("limit");
  if (!v) return fallback;
  const auto n = number(*v);
  if (!n || *n < 1 || static_cast<unsigned long long>(*n) > max) {
    bad("limit", *v, "is not a number from 1 to " + std::to_string(max));
  }
  return static_cast<std::size_t>(*n);
}

store::Period QueryParams::period() const {
  const auto v = get("by");
  if (!v || *v == "month") return store::Period::kMonth;
  if (*v == "day") return store::Period::kDay;
  if (*v == "week") return store::Period::kWeek;
  if (*v == "year") return store::Period::kYear;
  bad("by", *v, "is not day, week, month or year");
}

std::int64_t parse_id(const std::string& text) {
  const auto n = text.size() <= 18 && all_of(text, digit) ? number(text) : std::nullopt;
  if (!n || *n < 1) throw ApiError(400, "'" + shown(text) + "' is not an event id (a positive number)");
  return *n;
}

}  // namespace dyad::serve
