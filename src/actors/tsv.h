// The registry's file format: UTF-8, one entry per line, fields separated by
// tabs, '#' starts a comment line, '-' stands for an empty field. Every
// problem names the file and line so a data author can fix it at once.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace dyad::tsv {

struct Row {
  std::size_t line = 0;  // 1-based line number in the file
  std::vector<std::string> fields;  // '-' already turned into ""
};

// Reads `path`, requiring between `min_fields` and `max_fields` fields per
// row (missing optional fields become ""). Returns false with `error` set to
// "path:line: message" on the first malformed line or an unreadable file.
bool read(const std::filesystem::path& path, std::size_t min_fields, std::size_t max_fields,
          std::vector<Row>& rows, std::string* error);

}  // namespace dyad::tsv
