#include "events/output.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace dyad::events {
namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json span_json(const utf8::CodePointIndex& cp, const Span& s) {
  return json::array({cp.to_code_points(s.begin), cp.to_code_points(s.end)});
}

json actor_json(const utf8::CodePointIndex& cp, const EventActor& a) {
  json j{{"code", a.actor.code},          {"country", or_null(a.actor.country)},
         {"org", or_null(a.actor.org)},    {"sector", or_null(a.actor.sector)},
         {"name", or_null(a.actor.name)},  {"text", a.text},
         {"span", span_json(cp, a.span)}};
  // Only some actors have these: an armed group's home state, an IGO body.
  if (!a.actor.base.empty()) j["base"] = a.actor.base;
  if (!a.actor.body.empty()) j["body"] = a.actor.body;
  return j;
}

std::string_view slice(const std::string& text, const Span& s) {
  if (s.begin > text.size() || s.end > text.size() || s.begin > s.end) return {};
  return std::string_view(text).substr(s.begin, s.size());
}

double round3(double x) { return std::round(x * 1000) / 1000; }

json event_json(const utf8::CodePointIndex& cp, const Document& doc, const Event& e) {
  const CameoCode& c = *e.code;
  json j{{"doc", doc.id},
         {"sentence", e.sentence},
         {"sentences", e.sentences},
         {"text", std::string(slice(doc.text, e.sentence_span))},
         {"span", span_json(cp, e.sentence_span)},
         {"trigger", json{{"text", e.trigger}, {"span", span_json(cp, e.trigger_span)}}},
         {"code", c.code},
         {"root", c.root},
         {"name", c.name},
         {"quad", c.quad},
         {"goldstein", c.goldstein},
         {"plover", or_null(c.plover)},
         {"source", actor_json(cp, e.source)},
         {"target", e.target ? actor_json(cp, *e.target) : json(nullptr)},
         {"symmetric", e.symmetric},
         {"date", e.date ? json(e.date->iso()) : json(nullptr)},
         {"date_precision", e.date ? json(to_string(e.date->precision())) : json(nullptr)},
         {"lang", doc.lang},
         {"confidence", round3(e.confidence)}};
  return j;
}

// TSV cells hold no tabs or line breaks.
std::string clean(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  }
  return out;
}

std::string cell(const json& j) {
  if (j.is_null()) return "";
  if (j.is_string()) return clean(j.get<std::string>());
  return clean(j.dump(-1, ' ', false, json::error_handler_t::replace));
}

}  // namespace

void write_events_jsonl(std::ostream& out, const Document& doc, const std::vector<Event>& events) {
  const utf8::CodePointIndex cp(doc.text);
  for (const Event& e : events) {
    out << event_json(cp, doc, e).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
}

void write_events_tsv_header(std::ostream& out) {
  out << "doc\tsentence\tsentences\ttext\tspan\ttrigger\ttrigger_span\tcode\troot\tname\tquad\tgoldstein\tplover\t"
         "source_code\tsource_country\tsource_org\tsource_sector\tsource_name\tsource_text\tsource_span\t"
         "target_code\ttarget_country\ttarget_org\ttarget_sector\ttarget_name\ttarget_text\ttarget_span\t"
         "symmetric\tdate\tdate_precision\tlang\tconfidence\n";
}

void write_events_tsv(std::ostream& out, const Document& doc, const std::vector<Event>& events) {
  const utf8::CodePointIndex cp(doc.text);
  static const char* kActorFields[] = {"code", "country", "org", "sector", "name", "text", "span"};
  for (const Event& e : events) {
    const json j = event_json(cp, doc, e);
    std::string line;
    for (const char* k : {"doc", "sentence", "sentences", "text", "span"}) line += cell(j[k]) + '\t';
    line += cell(j["trigger"]["text"]) + '\t' + cell(j["trigger"]["span"]) + '\t';
    for (const char* k : {"code", "root", "name", "quad", "goldstein", "plover"}) line += cell(j[k]) + '\t';
    for (const char* who : {"source", "target"}) {
      for (const char* k : kActorFields) line += (j[who].is_null() ? std::string() : cell(j[who][k])) + '\t';
    }
    for (const char* k : {"symmetric", "date", "date_precision", "lang"}) line += cell(j[k]) + '\t';
    line += cell(j["confidence"]);
    // Invalid UTF-8 in the input must not reach the output.
    std::size_t repaired = 0;
    out << utf8::repair(line, repaired) << '\n';
  }
}

}  // namespace dyad::events
