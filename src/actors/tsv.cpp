#include "actors/tsv.h"

#include <fstream>
#include <sstream>

#include "base/utf8.h"

namespace dyad::tsv {

bool read(const std::filesystem::path& path, std::size_t min_fields, std::size_t max_fields,
          std::vector<Row>& rows, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path.string() + ": cannot read file";
    return false;
  }
  auto fail = [&](std::size_t line, const std::string& message) {
    if (error) *error = path.string() + ":" + std::to_string(line) + ": " + message;
    return false;
  };
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!utf8::is_valid(line)) return fail(number, "invalid UTF-8");
    Row row;
    row.line = number;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      std::string field = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
      if (field.empty()) return fail(number, "empty field " + std::to_string(row.fields.size() + 1) + " (use '-')");
      if (field.front() == ' ' || field.back() == ' ') {
        return fail(number, "field " + std::to_string(row.fields.size() + 1) + " has leading or trailing spaces");
      }
      row.fields.push_back(field == "-" ? std::string() : std::move(field));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      std::ostringstream msg;
      msg << "expected " << min_fields;
      if (max_fields != min_fields) msg << " to " << max_fields;
      msg << " tab-separated fields, found " << row.fields.size();
      return fail(number, msg.str());
    }
    row.fields.resize(max_fields);
    rows.push_back(std::move(row));
  }
  return true;
}

}  // namespace dyad::tsv
