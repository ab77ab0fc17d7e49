#include "store/agreements.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "store/date_window.h"
#include "store/reports.h"
#include <map>
#include <set>

namespace dyad::store {
namespace {

using nlohmann::json;

std::vector<std::string> from_bars(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '|') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// A LIKE pattern matching `value` between bars; LIKE's own wildcards in it
// are escaped, so user input matches only itself.
std::string bar_pattern(const std::string& value) {
  std::string out = "%|";
  for (char c : value) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "|%";
}

json detail_of(const AgreementRow& row) {
  json d = json::parse(row.agreement.detail, nullptr, false);
  if (d.is_discarded() || !d.is_object()) d = json::object();
  // Rows stored before relations were kept have none.
  for (const char* key : {"parties", "signatories", "implemented_by", "builds_on", "referred_by"})
    if (!d.contains(key) || !d[key].is_array()) d[key] = json::array();
  return d;
}

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string str_of(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& x : items) out += (out.empty() ? "" : sep) + x;
  return out;
}

std::vector<std::string> signatory_names(const AgreementRow& row) {
  std::vector<std::string> out;
  const json detail = detail_of(row);  // the loop must not run over a temporary's member
  for (const auto& s : detail["signatories"])
    out.push_back(s.value("name", json()).is_string() ? s["name"].get<std::string>() : s.value("text", ""));
  return out;
}

// A short text of each relation for the CSV: bodies by code or name,
// earlier agreements by kind and year, referring events by CAMEO code and
// sides ("051 SOM>KEN").
std::vector<std::string> relation_texts(const json& items, const char* what) {
  std::vector<std::string> out;
  for (const auto& x : items) {
    if (!x.is_object()) continue;
    const std::string w = what;
    auto str = [&](const char* key) { return str_of(x, key); };
    if (w == "body") out.push_back(str("code").empty() ? str("text") : str("code"));
    if (w == "prior")
      out.push_back(str("kind") + (x.contains("year") && x["year"].is_number() ? " " + std::to_string(x["year"].get<int>()) : ""));
    if (w == "event") out.push_back(str("code") + " " + str("source") + (str("target").empty() ? "" : ">" + str("target")));
  }
  return out;
}

std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void query_agreements(Store& store, const AgreementFilter& f, const std::function<void(const AgreementRow&)>& visit) {
  std::vector<std::string> conditions, texts;
  std::vector<std::int64_t> ints;
  auto text = [&](const std::string& condition, const std::string& value) {
    texts.push_back(value);
    std::string c = condition;
    for (std::size_t i = c.find('?'); i != std::string::npos; i = c.find('?', i + 1))
      c.replace(i, 1, "?" + std::to_string(texts.size()));
    conditions.push_back(c);
  };
  if (!f.party.empty()) text("parties LIKE ? ESCAPE '\\'", bar_pattern(f.party));
  if (!f.with.empty()) text("parties LIKE ? ESCAPE '\\'", bar_pattern(f.with));
  if (!f.topic.empty()) text("topics LIKE ? ESCAPE '\\'", bar_pattern(f.topic));
  if (!f.kind.empty()) text("kind = ?", f.kind);
  if (!f.doc.empty()) text("doc_id = ?", f.doc);
  std::vector<std::string> int_conditions;
  if (const auto since = interval_of(f.since)) {
    int_conditions.push_back("day_lo >= #");
    ints.push_back(since->lo);
  }
  if (const auto until = interval_of(f.until)) {
    int_conditions.push_back("day_lo <= #");
    ints.push_back(until->hi);
  }
  if (f.after_id > 0) {
    int_conditions.push_back("id > #");
    ints.push_back(f.after_id);
  }
  std::size_t n = texts.size();
  for (std::string c : int_conditions) {
    c.replace(c.find('#'), 1, "?" + std::to_string(++n));
    conditions.push_back(c);
  }
  std::string sql =
      "SELECT id, coalesce(cluster, id), doc_id, sentence, sentences, text, span_begin, span_end, kind, kind_text, "
      "name, parties, topics, detail, date, day_without_year, place, lang, confidence FROM agreements";
  for (std::size_t i = 0; i < conditions.size(); ++i) sql += (i ? " AND " : " WHERE ") + conditions[i];
  sql += f.after_id > 0 || f.limit ? " ORDER BY id" : " ORDER BY day_lo IS NULL, day_lo, doc_id, sentence, id";
  if (f.limit) sql += " LIMIT " + std::to_string(f.limit);
  Statement st = store.db().prepare(sql);
  for (std::size_t i = 0; i < texts.size(); ++i) st.bind(static_cast<int>(i + 1), texts[i]);
  for (std::size_t i = 0; i < ints.size(); ++i) st.bind(static_cast<int>(texts.size() + i + 1), ints[i]);
  while (st.step()) {
    AgreementRow r;
    r.id = st.int64(0);
    r.cluster = st.int64(1);
    r.doc = st.text(2);
    StoredAgreement& a = r.agreement;
    a.sentence = static_cast<std::size_t>(st.int64(3));
    if (!st.is_null(4)) {
      // A damaged list (a hand-edited row) loses its bad entries, never the query.
      std::string list = st.text(4);
      std::replace(list.begin(), list.end(), ',', '|');
      for (const auto& x : from_bars(list)) {
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(x.data(), x.data() + x.size(), n);
        if (ec == std::errc() && end == x.data() + x.size()) a.sentences.push_back(n);
      }
    }
    if (a.sentences.empty()) a.sentences.push_back(a.sentence);
    a.text = st.text(5);
    a.span = {static_cast<std::size_t>(st.int64(6)), static_cast<std::size_t>(st.int64(7))};
    a.kind = st.text(8);
    if (!st.is_null(9)) a.kind_text = st.text(9);
    if (!st.is_null(10)) a.name = st.text(10);
    a.parties = from_bars(st.text(11));
    a.topics = from_bars(st.text(12));
    a.detail = st.text(13);
    if (!st.is_null(14)) a.date = parse_iso_date(st.text(14));
    if (!st.is_null(15)) a.day_without_year = st.text(15);
    if (!st.is_null(16)) a.place = st.text(16);
    if (!st.is_null(17)) a.lang = st.text(17);
    a.confidence = st.is_null(18) ? 0 : st.real(18);
    visit(r);
  }
}

void add_agreements(Store& store, std::vector<Dyad>& dyads) {
  if (dyads.empty()) return;
  struct Pair {
    std::set<std::int64_t> clusters;
    std::set<std::string> topics;
  };
  std::map<std::pair<std::string, std::string>, Pair> pairs;
  query_agreements(store, {}, [&](const AgreementRow& r) {
    const auto& p = r.agreement.parties;
    for (std::size_t i = 0; i < p.size(); ++i)
      for (std::size_t j = 0; j < p.size(); ++j) {
        if (i == j) continue;
        Pair& x = pairs[{p[i], p[j]}];
        x.clusters.insert(r.cluster);
        x.topics.insert(r.agreement.topics.begin(), r.agreement.topics.end());
      }
  });
  if (pairs.empty()) return;
  // An actor code's principal as the events store it (KENGOV -> KEN).
  Statement of = store.db().prepare(
      "SELECT coalesce(source_country, source_org, source_code) FROM events WHERE source_code = ?1 LIMIT 1");
  Statement of_target = store.db().prepare(
      "SELECT coalesce(target_country, target_org, target_code) FROM events WHERE target_code = ?1 LIMIT 1");
  std::map<std::string, std::string> principal;
  auto principal_of = [&](const std::string& code) -> const std::string& {
    auto [it, added] = principal.try_emplace(code, code);
    if (!added) return it->second;
    for (Statement* st : {&of, &of_target}) {
      st->bind(1, code);
      const bool found = st->step();
      if (found) it->second = st->text(0);
      st->reset();
      if (found) break;
    }
    return it->second;
  };
  for (Dyad& d : dyads) {
    auto it = pairs.find({principal_of(d.source), principal_of(d.target)});
    if (it == pairs.end()) continue;
    d.agreements = it->second.clusters.size();
    d.agreement_topics = join(std::vector<std::string>(it->second.topics.begin(), it->second.topics.end()), ";");
  }
}

std::string agreement_json(const AgreementRow& row) {
  const StoredAgreement& a = row.agreement;
  json d = detail_of(row);
  json j{{"id", row.id},
         {"cluster", row.cluster},
         {"doc", row.doc},
         {"sentence", a.sentence},
         {"sentences", a.sentences},
         {"text", a.text},
         {"span", json::array({a.span.begin, a.span.end})},
         {"kind", a.kind},
         {"kind_text", or_null(a.kind_text)},
         {"name", or_null(a.name)},
         {"parties", d["parties"]},
         {"signatories", d["signatories"]},
         {"topics", a.topics},
         {"implemented_by", d["implemented_by"]},
         {"builds_on", d["builds_on"]},
         {"referred_by", d["referred_by"]},
         {"date", a.date ? json(a.date->iso()) : json(nullptr)},
         {"date_precision", a.date ? json(to_string(a.date->precision())) : json(nullptr)},
         {"day_without_year", or_null(a.day_without_year)},
         {"place", or_null(a.place)},
         {"lang", or_null(a.lang)},
         {"confidence", a.confidence}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

void link_relations(Store& store, const AgreementRow& row, json& agreement) {
  if (!agreement.is_object()) return;
  auto& priors = agreement["builds_on"];
  auto& references = agreement["referred_by"];
  if (priors.is_array() && !priors.empty()) {
    std::vector<std::int64_t> same_doc;
    Statement st = store.db().prepare("SELECT id FROM agreements WHERE doc_id = ?1 ORDER BY id");
    st.bind(1, row.doc);
    while (st.step()) same_doc.push_back(st.int64(0));
    for (auto& x : priors) {
      if (!x.is_object()) continue;
      const auto& index = x["index"];
      x["agreement_id"] = index.is_number_unsigned() && index.get<std::size_t>() < same_doc.size()
                              ? json(same_doc[index.get<std::size_t>()])
                              : json(nullptr);
    }
  }
  if (!references.is_array() || references.empty()) return;
  // The event of that sentence and code with the same trigger and sides;
  // else the first of that sentence and code.
  Statement st = store.db().prepare(
      "SELECT e.id, coalesce(e.trigger, ''), e.source_code, coalesce(e.target_code, '') FROM events e "
      "JOIN agreements a ON a.doc = e.doc WHERE a.id = ?1 AND e.sentence = ?2 AND e.code = ?3 ORDER BY e.id");
  for (auto& r : references) {
    if (!r.is_object() || !r["sentence"].is_number_unsigned() || !r["code"].is_string()) continue;
    st.bind(1, row.id).bind(2, static_cast<std::int64_t>(r["sentence"].get<std::size_t>())).bind(3, r["code"].get<std::string>());
    json id = nullptr;
    bool exact = false;
    while (st.step() && !exact) {
      exact = st.text(1) == str_of(r, "trigger") && st.text(2) == str_of(r, "source") && st.text(3) == str_of(r, "target");
      if (id.is_null() || exact) id = st.int64(0);
    }
    st.reset();
    r["event_id"] = id;
  }
}

void write_agreements(std::ostream& out, AgreementFormat format, const std::vector<AgreementRow>& rows) {
  auto date_of = [](const StoredAgreement& a) { return a.date ? a.date->iso() : a.day_without_year; };
  if (format == AgreementFormat::kJsonl) {
    for (const auto& r : rows) out << agreement_json(r) << '\n';
    return;
  }
  const std::vector<std::string> header = {"id",          "cluster",   "doc",   "sentence",       "date",
                                           "kind",        "parties",   "topics", "signatories",   "place",
                                           "name",        "lang",      "confidence", "text",      "implemented_by",
                                           "builds_on",   "referred_by"};
  std::vector<std::vector<std::string>> table;
  for (const auto& r : rows) {
    const StoredAgreement& a = r.agreement;
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.3g", a.confidence);
    const json detail = detail_of(r);
    table.push_back({std::to_string(r.id), std::to_string(r.cluster), r.doc, std::to_string(a.sentence), date_of(a),
                     a.kind, join(a.parties, ";"), join(a.topics, ";"), join(signatory_names(r), ";"), a.place, a.name,
                     a.lang, conf, a.text, join(relation_texts(detail["implemented_by"], "body"), ";"),
                     join(relation_texts(detail["builds_on"], "prior"), ";"),
                     join(relation_texts(detail["referred_by"], "event"), ";")});
  }
  if (format == AgreementFormat::kCsv) {
    out << join(header, ",") << '\n';
    for (const auto& row : table) {
      for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << csv(row[i]);
      out << '\n';
    }
    return;
  }
  // The table leaves out what is long (the sentence, the title, the
  // cluster): --format jsonl or csv has everything.
  const std::vector<std::size_t> shown = {0, 2, 4, 5, 6, 7, 8, 9};
  std::vector<std::size_t> width(header.size(), 0);
  for (std::size_t c : shown) {
    width[c] = header[c].size();
    for (const auto& row : table) width[c] = std::max(width[c], row[c].size());
  }
  auto line = [&](const std::vector<std::string>& row) {
    std::string s;
    for (std::size_t c : shown) {
      s += row[c];
      if (c != shown.back()) s += std::string(width[c] - row[c].size() + 2, ' ');
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  line(header);
  for (const auto& row : table) line(row);
  out << rows.size() << " agreement" << (rows.size() == 1 ? "" : "s") << '\n';
}

}  // namespace dyad::store
