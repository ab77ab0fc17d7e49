#include "text/jsonl.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "text/html.h"

namespace dyad {
namespace {

using nlohmann::json;

void warn(std::vector<std::string>* warnings, std::string message) {
  if (warnings) warnings->push_back(std::move(message));
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; users
// need only what follows.
std::string without_exception_tag(std::string message) {
  if (message.rfind("[json.exception.", 0) == 0) {
    if (const auto end = message.find("] "); end != std::string::npos) message.erase(0, end + 2);
  }
  return message;
}

// An optional string field: absent and null are both "not given".
std::variant<std::string, JsonlError> string_field(const json& object, const char* name, bool& given) {
  given = false;
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::string();
  if (!it->is_string()) return JsonlError{std::string("field \"") + name + "\" must be a string, not " + it->type_name()};
  given = true;
  return it->get<std::string>();
}

std::string language_code(std::string_view value) {
  std::string code(value.substr(0, value.find_first_of("-_")));
  for (char& c : code) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return code;
}

}  // namespace

std::variant<Document, JsonlError> parse_jsonl_line(std::string_view line, const std::string& fallback_id,
                                                    std::vector<std::string>* warnings) {
  // nlohmann rejects ill-formed UTF-8 inside strings; a bad byte in one
  // article must not cost the article.
  std::string repaired;
  if (!utf8::is_valid(line)) {
    std::size_t count = 0;
    repaired = utf8::repair(line, count);
    line = repaired;
    warn(warnings, std::to_string(count) + " invalid UTF-8 byte(s) replaced with U+FFFD");
  }
  json object;
  try {
    object = json::parse(line);
  } catch (const json::exception& e) {
    return JsonlError{"invalid JSON: " + without_exception_tag(e.what())};
  }
  if (!object.is_object()) return JsonlError{std::string("expected a JSON object, got ") + object.type_name()};

  Document doc;
  const auto id = object.find("id");
  if (id == object.end() || id->is_null()) {
    doc.id = fallback_id;
  } else if (id->is_string()) {
    doc.id = id->get<std::string>();
  } else if (id->is_number()) {
    doc.id = id->dump();
  } else {
    return JsonlError{std::string("field \"id\" must be a string or a number, not ") + id->type_name()};
  }
  if (doc.id.empty()) doc.id = fallback_id;

  bool has_text = false, has_html = false, has_title = false, has_lang = false, has_url = false, has_date = false;
  auto text = string_field(object, "text", has_text);
  auto html = string_field(object, "html", has_html);
  auto title = string_field(object, "title", has_title);
  auto lang = string_field(object, "lang", has_lang);
  auto url = string_field(object, "url", has_url);
  auto date = string_field(object, "date", has_date);
  if (const auto* error = std::get_if<JsonlError>(&date)) {
    warn(warnings, error->message + "; ignored");
    date = std::string();
  }
  for (auto* field : {&text, &html, &title, &lang, &url}) {
    if (auto* error = std::get_if<JsonlError>(field)) return *error;
  }
  if (!has_text && !has_html) return JsonlError{"object has neither a \"text\" nor an \"html\" field"};

  if (has_text) {
    doc.text = std::move(std::get<std::string>(text));
  } else {
    HtmlArticle article = extract_article(std::get<std::string>(html));
    doc.text = std::move(article.text);
    doc.title = std::move(article.title);
    doc.lang = std::move(article.lang);
    doc.date = article.date;
    doc.url = std::move(article.url);
  }
  // What the line states beats what the page says about itself.
  if (has_title) doc.title = std::move(std::get<std::string>(title));
  if (has_url) doc.url = std::move(std::get<std::string>(url));
  if (has_lang) doc.lang = language_code(std::get<std::string>(lang));
  if (has_date) {
    const std::string& value = std::get<std::string>(date);
    if (auto parsed = parse_iso_date(value)) {
      doc.date = parsed;
    } else if (!value.empty()) {
      // The text is still worth having; the caller reports the bad date.
      const std::string shown = value.size() > 40 ? value.substr(0, 40) + "..." : value;
      warn(warnings, "invalid \"date\" '" + shown + "' ignored (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
  return doc;
}

}  // namespace dyad
