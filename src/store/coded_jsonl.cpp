#include "store/coded_jsonl.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "base/utf8.h"
#include "store/error.h"

namespace dyad::store {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string()) throw StoreError(std::string("field '") + key + "' is not a string");
  return it->get<std::string>();
}

Offsets offsets(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_unsigned() || !(*it)[1].is_number_unsigned()) {
    throw StoreError(std::string("field '") + key + "' is not a [begin, end] pair");
  }
  return {(*it)[0].get<std::size_t>(), (*it)[1].get<std::size_t>()};
}

StoredActor actor(const json& j) {
  if (!j.is_object()) throw StoreError("an actor is not an object");
  StoredActor a{str(j, "code"), str(j, "country"), str(j, "org"), str(j, "sector"), str(j, "name"),
                str(j, "text"), offsets(j, "span")};
  if (a.code.empty()) throw StoreError("an actor has no code");
  return a;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

// The document as far as its events show it: each known sentence at its
// code-point offset, blanks between, so stored offsets stay true.
StoredDocument assemble(std::string id, std::vector<StoredEvent> events, const std::string& digest) {
  StoredDocument d;
  d.id = std::move(id);
  d.events_digest = digest;
  std::size_t max_sentence = 0;
  for (const StoredEvent& e : events) {
    max_sentence = std::max(max_sentence, e.sentence);
    for (std::size_t s : e.sentences) max_sentence = std::max(max_sentence, s);
    if (d.lang.empty()) d.lang = e.lang;
  }
  // Sentences no event names as its own are unknown: an empty span.
  d.sentences.assign(events.empty() ? 0 : max_sentence + 1, Offsets{});
  std::vector<std::pair<Offsets, const std::string*>> placed;
  for (const StoredEvent& e : events) {
    d.sentences[e.sentence] = e.span;
    placed.emplace_back(e.span, &e.text);
  }
  std::sort(placed.begin(), placed.end(),
            [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  std::size_t at = 0;  // code points written
  for (const auto& [span, text] : placed) {
    if (span.begin < at) continue;  // the same sentence again
    d.text.append(span.begin - at, ' ');
    d.text += *text;
    at = span.begin + code_points(*text);
  }
  std::set<std::tuple<std::size_t, std::size_t, std::size_t>> seen;
  for (const StoredEvent& e : events) {
    for (const StoredActor* a : {&e.source, e.target ? &*e.target : nullptr}) {
      if (!a || !seen.emplace(e.sentence, a->span.begin, a->span.end).second) continue;
      d.mentions.push_back({e.sentence, a->span, a->text, "", *a});
    }
  }
  d.events = std::move(events);
  return d;
}

}  // namespace

StoredEvent parse_coded_event(const std::string& line, std::string& doc) {
  const json j = json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw StoreError("not a JSON object");
  doc = str(j, "doc");
  if (doc.empty()) throw StoreError("field 'doc' is missing");
  StoredEvent e;
  if (!j.contains("sentence") || !j["sentence"].is_number_unsigned()) throw StoreError("field 'sentence' is missing");
  e.sentence = j["sentence"].get<std::size_t>();
  if (const auto it = j.find("sentences"); it != j.end() && it->is_array()) {
    for (const json& s : *it) {
      if (!s.is_number_unsigned()) throw StoreError("field 'sentences' holds a non-index");
      e.sentences.push_back(s.get<std::size_t>());
    }
  }
  e.text = str(j, "text");
  e.span = offsets(j, "span");
  if (const auto it = j.find("trigger"); it != j.end() && it->is_object()) {
    e.trigger = str(*it, "text");
    e.trigger_span = offsets(*it, "span");
  }
  e.code = str(j, "code");
  if (e.code.empty()) throw StoreError("field 'code' is missing");
  e.root = str(j, "root");
  if (e.root.empty()) e.root = e.code.substr(0, 2);
  e.name = str(j, "name");
  e.quad = j.value("quad", 0);
  e.goldstein = j.value("goldstein", 0.0);
  e.plover = str(j, "plover");
  if (!j.contains("source")) throw StoreError("field 'source' is missing");
  e.source = actor(j["source"]);
  if (const auto it = j.find("target"); it != j.end() && !it->is_null()) e.target = actor(*it);
  e.symmetric = j.value("symmetric", false);
  if (const std::string date = str(j, "date"); !date.empty()) {
    e.date = parse_iso_date(date);
    if (!e.date) throw StoreError("field 'date' is not YYYY, YYYY-MM or YYYY-MM-DD: " + date);
  }
  e.lang = str(j, "lang");
  e.confidence = j.value("confidence", 0.0);
  return e;
}

void read_coded_documents(std::istream& in, const std::function<void(StoredDocument&&)>& visit) {
  std::string line, doc, current, digest;
  std::vector<StoredEvent> events;
  std::set<std::string> done;
  std::size_t number = 0;
  auto flush = [&] {
    if (current.empty()) return;
    done.insert(current);
    visit(assemble(std::move(current), std::move(events), digest));
    current.clear();
    events.clear();
    digest.clear();
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    StoredEvent e;
    try {
      e = parse_coded_event(line, doc);
    } catch (const StoreError& err) {
      throw StoreError("line " + std::to_string(number) + ": " + err.what());
    }
    if (doc != current) {
      flush();
      if (done.count(doc)) {
        throw StoreError("line " + std::to_string(number) + ": the events of document '" + doc +
                         "' are not consecutive");
      }
      current = doc;
    }
    digest += line;
    digest += '\n';
    events.push_back(std::move(e));
  }
  flush();
}

}  // namespace dyad::store
