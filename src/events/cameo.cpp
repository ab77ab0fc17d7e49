#include "events/cameo.h"

#include <fstream>
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

}  // namespace

std::unique_ptr<CameoTable> CameoTable::load(const std::filesystem::path& dir, std::string* error) {
  auto table = std::make_unique<CameoTable>();
  bool ok = read_tsv(dir / "event_codes.tsv", error, [&](const std::vector<std::string>& f, const std::string& where) {
    if (f.size() != 6 || !is_code(f[0]) || !is_code(f[1])) {
      *error = where + ": expected code, root, quad, goldstein, plover, name";
      return false;
    }
    CameoCode c;
    c.code = f[0];
    c.root = f[1];
    try {
      c.quad = std::stoi(f[2]);
      c.goldstein = std::stod(f[3]);
    } catch (...) {
      *error = where + ": bad quad class or Goldstein weight";
      return false;
    }
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
