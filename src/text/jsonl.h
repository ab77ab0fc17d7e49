// One document per JSON line: {"id", "text" | "html", "date", "url", "title", "lang"}.
#pragma once
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "text/document.h"

namespace dyad {

struct JsonlError {
  std::string message;
};

// Parses one line. `fallback_id` is used when the line has no "id".
// Returns a document with valid UTF-8 text (HTML is extracted) or an error.
// Problems that do not cost the document (an unparsable "date", which is then
// left unset; invalid UTF-8, which is replaced by U+FFFD) are appended to
// `warnings` when given.
std::variant<Document, JsonlError> parse_jsonl_line(std::string_view line, const std::string& fallback_id,
                                                    std::vector<std::string>* warnings = nullptr);

}  // namespace dyad
