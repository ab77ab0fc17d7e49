// One document per JSON line: {"id", "text" | "html", "date", "url", "title", "lang"}.
#pragma once
#include <string>
#include <string_view>
#include <variant>

#include "text/document.h"

namespace dyad {

struct JsonlError {
  std::string message;
};

// Parses one line. `fallback_id` is used when the line has no "id".
// Returns a document with valid UTF-8 text (HTML is extracted) or an error.
std::variant<Document, JsonlError> parse_jsonl_line(std::string_view line, const std::string& fallback_id);

}  // namespace dyad
