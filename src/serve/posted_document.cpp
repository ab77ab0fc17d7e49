#include "serve/posted_document.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "serve/api_error.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxDepth = 32;

std::string fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

void check_field(const std::string& name, const std::string& v) {
  const auto bad = [&](const std::string& why) { throw ApiError(400, "field '" + name + "' " + why); };
  if (name == "id") {
    if (v.empty() || v.size() > 200) bad("must have 1 to 200 bytes");
    for (unsigned char c : v)
      if (c < 0x20 || c == 0x7f) bad("has a control character");
  } else if (name == "lang") {
    if (v.size() < 2 || v.size() > 3) bad("is not a language code (en, nl)");
    for (char c : v)
      if (c < 'a' || c > 'z') bad("is not a language code (en, nl)");
  } else if (name == "date") {
    if ((v.size() != 4 && v.size() != 7 && v.size() != 10) || !parse_iso_date(v)) {
      bad("is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  } else if (name == "title" || name == "url") {
    if (v.size() > 2000) bad("is longer than 2000 bytes");
  }
}

}  // namespace

std::size_t json_depth(const std::string& text) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

PostedDocument read_posted_document(const std::string& body, const std::string& content_type,
                                    const QueryParams& params) {
  const std::string type = content_type.substr(0, content_type.find(';'));
  json line = json::object();
  if (type == "application/json") {
    if (json_depth(body) > kMaxDepth) throw ApiError(400, "malformed JSON: nested too deeply");
    const json in = json::parse(body, nullptr, false);
    if (in.is_discarded()) throw ApiError(400, "malformed JSON");
    if (!in.is_object()) throw ApiError(400, "the body must be a JSON object with \"text\" or \"html\"");
    for (const auto& [key, value] : in.items()) {
      if (key != "id" && key != "text" && key != "html" && key != "lang" && key != "date" && key != "title" &&
          key != "url") {
        throw ApiError(400, "unknown field '" + key.substr(0, 40) + "'");
      }
      if (!value.is_string()) throw ApiError(400, "field '" + key + "' must be a string");
      check_field(key, value.get<std::string>());
      line[key] = value;
    }
    if (in.contains("text") == in.contains("html")) throw ApiError(400, "give either \"text\" or \"html\"");
  } else if (type == "text/plain" || type == "text/html") {
    line[type == "text/plain" ? "text" : "html"] = body;
    for (const char* name : {"id", "lang", "date", "title"}) {
      if (const auto v = params.get(name)) {
        check_field(name, *v);
        line[name] = *v;
      }
    }
  } else {
    throw ApiError(415, "post application/json, text/plain or text/html");
  }
  const std::string content = line.contains("text") ? line["text"].get<std::string>() : line["html"].get<std::string>();
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) throw ApiError(400, "the document is empty");
  if (!line.contains("id")) line["id"] = "web-" + fnv1a(content);
  PostedDocument out;
  out.jsonl = line.dump(-1, ' ', false, json::error_handler_t::replace);
  // The id as dyad ingest will read it (invalid UTF-8 replaced).
  out.id = json::parse(out.jsonl)["id"].get<std::string>();
  return out;
}

}  // namespace dyad::serve
