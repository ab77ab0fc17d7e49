#include "agreements/output.h"

#include <cmath>

#include "base/utf8.h"

namespace dyad::agreements {
namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json span_json(const utf8::CodePointIndex& cp, const Span& s) {
  return json::array({cp.to_code_points(s.begin), cp.to_code_points(s.end)});
}

json actor_json(const utf8::CodePointIndex& cp, const Actor& a, const std::string& text, const Span& span) {
  return {{"code", a.code},          {"country", or_null(a.country)}, {"org", or_null(a.org)},
          {"sector", or_null(a.sector)}, {"name", or_null(a.name)},     {"text", text},
          {"span", span_json(cp, span)}};
}

std::string slice(const std::string& text, const Span& s) {
  if (s.begin > s.end || s.end > text.size()) return {};
  return text.substr(s.begin, s.size());
}

void add_relations(const utf8::CodePointIndex& cp, const Agreement& a, json& out) {
  json bodies = json::array(), antecedents = json::array(), references = json::array();
  for (const Body& b : a.implemented_by) {
    json j = actor_json(cp, b.actor, b.text, b.span);
    j["code"] = or_null(b.actor.code);
    j["body"] = or_null(b.actor.body);  // an IGO's own body: UNODC of the UN
    j["cue"] = b.cue;
    j["sentence"] = b.sentence;
    bodies.push_back(std::move(j));
  }
  for (const Antecedent& x : a.builds_on)
    antecedents.push_back({{"kind", x.kind},
                           {"text", x.text},
                           {"name", or_null(x.name)},
                           {"year", x.year ? json(*x.year) : json(nullptr)},
                           {"cue", x.cue},
                           {"index", x.index ? json(*x.index) : json(nullptr)},
                           {"sentence", x.sentence},
                           {"span", span_json(cp, x.span)}});
  for (const Reference& r : a.referred_by)
    references.push_back({{"event", r.event},
                          {"code", r.code},
                          {"trigger", r.trigger},
                          {"span", span_json(cp, r.trigger_span)},
                          {"source", r.source},
                          {"target", or_null(r.target)},
                          {"sentence", r.sentence}});
  out["implemented_by"] = std::move(bodies);
  out["builds_on"] = std::move(antecedents);
  out["referred_by"] = std::move(references);
}

}  // namespace

json to_json(const Document& doc, const Agreement& a) {
  const utf8::CodePointIndex cp(doc.text);
  json parties = json::array(), signatories = json::array();
  for (const Party& p : a.parties) {
    json j = actor_json(cp, p.actor, p.text, p.span);
    j["city"] = or_null(p.city);
    parties.push_back(std::move(j));
  }
  for (const Signatory& s : a.signatories) signatories.push_back(actor_json(cp, s.actor, s.text, s.span));
  json out{{"doc", doc.id},
          {"lang", a.lang},
          {"kind", a.kind},
          {"kind_text", or_null(a.kind_text)},
          {"name", or_null(a.name)},
          {"parties", parties},
          {"signatories", signatories},
          {"date", a.date ? json(a.date->iso()) : json(nullptr)},
          {"date_precision", a.date ? json(to_string(a.date->precision())) : json(nullptr)},
          {"day_without_year", or_null(a.day_without_year)},
          {"place", or_null(a.place)},
          {"topics", a.topics},
          {"sentence", a.sentence},
          {"sentences", a.sentences},
          {"text", slice(doc.text, a.sentence_span)},
          {"span", span_json(cp, a.sentence_span)},
          {"confidence", std::round(a.confidence * 1000) / 1000}};
  add_relations(cp, a, out);
  return out;
}

void write_agreements_jsonl(std::ostream& out, const Document& doc, const std::vector<Agreement>& agreements) {
  for (const Agreement& a : agreements)
    out << to_json(doc, a).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace dyad::agreements
