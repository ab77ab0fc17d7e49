// A document posted to /api/documents, checked and turned into one line of
// dyad's JSONL input. JSON bodies ({"text"|"html", "id", "lang", "date",
// "title", "url"}) and plain text or HTML bodies (with ?id=&lang=&date=&title=)
// are taken; anything malformed is an ApiError 400 (415 for other types).
#pragma once
#include <string>

#include "serve/params.h"

namespace dyad::serve {

struct PostedDocument {
  std::string id;     // given, or "web-" and a hash of the content
  std::string jsonl;  // one line, no newline
};

PostedDocument read_posted_document(const std::string& body, const std::string& content_type, const QueryParams& params);

// The deepest nesting of [ and { outside strings: a parser's recursion must
// not follow a body of a million brackets.
std::size_t json_depth(const std::string& text);

}  // namespace dyad::serve
