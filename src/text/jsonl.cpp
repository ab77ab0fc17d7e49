#include "text/jsonl.h"
namespace dyad { std::variant<Document, JsonlError> parse_jsonl_line(std::string_view, const std::string&) { return JsonlError{"todo"}; } }  // PLACEHOLDER
