#include "events/cameo.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>

namespace dyad::events {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

// Calls `row(fields, where)` for each data line after the header; stops at the
// first false.
template <typename Row>
bool read_tsv(const std::filesystem::path& path, std::string* error, Row row) {
  std::ifstream in(path);
  if (!in) {
    *error = path.string() + ": cannot open";
    return false;
  }
  std::string line;
  int number = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    const std::string where = path.string() + ":" + std::to_string(number);
    if (!row(split_tabs(line), where)) return false;
  }
  return true;
}

bool is_code(const std::string& s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The whole field, so that "9" or "1x" is no quad class that codes every
// event of the row as something no report expects.
std::optional<int> quad_class(const std::string& s) {
  if (s.size() != 1 || s[0] < '1' || s[0] > '4') return std::nullopt;
  return s[0] - '0';
}

// The whole field and finite: stod took "nan", "inf" and "1.5junk", and a
// NaN weight poisons every mean Goldstein score it enters.
std::optional<double> goldstein_weight(const std::string& s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v) || v < -10 || v > 10) {
    return std::nullopt;
  }
  return v;
}

}  // namespace

std::unique_ptr<CameoTable> CameoTable::load(const std::filesystem::path& dir, std::string* error) {
  auto table = std::make_unique<CameoTable>();
  bool ok = read_tsv(dir / "event_codes.tsv", error, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() != 6 || !is_code(f[0]) || !is_code(f[1])) {
      *error = where + ": expected code, root, quad, goldstein, plover, name";
      return false;
    }
    if (f[1] != f[0].substr(0, 2)) {
      *error = where + ": root '" + f[1] + "' is not the first two digits of code '" + f[0] + "'";
      return false;
    }
    CameoCode c;
    c.code = f[0];
    c.root = f[1];
    const auto quad = quad_class(f[2]);
    if (!quad) {
      *error = where + ": quad class '" + f[2] + "' is not 1, 2, 3 or 4";
      return false;
    }
    const auto goldstein = goldstein_weight(f[3]);
    if (!goldstein) {
      *error = where + ": Goldstein weight '" + f[3] + "' is not a number from -10 to 10";
      return false;
    }
    c.quad = *quad;
    c.goldstein = *goldstein;
    c.plover = f[4] == "-" ? "" : f[4];
    c.name = f[5];
    table->codes_[c.code] = std::move(c);
    return true;
  });
  if (!ok) return nullptr;
  ok = read_tsv(dir / "intent_codes.tsv", error, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() != 2 || !is_code(f[0]) || !table->codes_.count(f[1])) {
      *error = where + ": expected act prefix and a known intent code";
      return false;
    }
    table->intent_[f[0]] = f[1];
    return true;
  });
  if (!ok) return nullptr;
  return table;
}

const CameoCode* CameoTable::find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

std::string CameoTable::intent_of(std::string_view act) const {
  for (std::size_t n = act.size(); n >= 2; --n) {
    auto it = intent_.find(std::string(act.substr(0, n)));
    if (it != intent_.end()) return it->second;
  }
  return std::string(act);
}

}  // namespace dyad::events
