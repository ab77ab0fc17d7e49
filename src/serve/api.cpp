#include "serve/api.h"

#include <cctype>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "serve/api_doc.h"
#include "serve/api_error.h"
#include "serve/cursor.h"
#include "serve/params.h"
#include "serve/posted_document.h"
#include "store/agreements.h"
#include "store/error.h"
#include "store/event_json.h"
#include "store/summary.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json document_meta(const store::DocumentRecord& d) {
  return {{"id", d.id}, {"title", or_null(d.title)}, {"url", or_null(d.url)}, {"date", or_null(d.date)},
          {"lang", or_null(d.lang)}};
}

// An event with its document's metadata, for the event view.
json report_json(store::Store& s, const store::EventRow& row) {
  json j = store::event_json(row);
  store::DocumentRecord d;
  j["document"] = store::find_document(s, row.doc, d, false) ? document_meta(d) : json(nullptr);
  return j;
}

constexpr std::size_t kMaxReports = 200;
constexpr std::size_t kMaxDocumentEvents = 1000;

json document_events(store::Store& s, const std::string& doc_id) {
  store::EventFilter filter;
  filter.doc = doc_id;
  filter.limit = kMaxDocumentEvents;
  json events = json::array();
  store::query_events(s, filter, [&](const store::EventRow& r) { events.push_back(store::event_json(r)); });
  return events;
}

}  // namespace

std::string error_json(const std::string& message) { return dump(json{{"error", message}}); }

Api::Api(const ServeOptions& options, StorePool& pool) : options_(options), pool_(pool), ingest_(options) {}

std::string Api::cached(const httplib::Request& req, const std::function<std::string(store::Store&)>& make) {
  auto s = pool_.acquire();
  std::string key = store::data_version(*s) + " " + req.path;
  for (const auto& [k, v] : req.params) key += "\n" + k + "=" + v;  // a multimap: in key order
  if (auto hit = cache_.get(key)) return *hit;
  std::string body = make(*s);
  cache_.put(key, body);
  return body;
}

std::string Api::events(const httplib::Request& req) {
  QueryParams p(req.params, {DYAD_FILTER_PARAMS, "limit", "cursor"});
  const store::EventFilter filter = p.filter();
  const std::size_t limit = p.limit(50, 1000);
  std::optional<store::EventCursor> after;
  if (const auto c = p.get("cursor")) after = decode_cursor(*c);
  auto s = pool_.acquire();
  json rows = json::array();
  const auto next = store::query_event_page(*s, filter, after ? &*after : nullptr, limit,
                                            [&](const store::EventRow& r) { rows.push_back(store::event_json(r)); });
  return dump(json{{"events", std::move(rows)}, {"next", next ? json(encode_cursor(*next)) : json(nullptr)}});
}

std::string Api::event(const httplib::Request& req) {
  QueryParams p(req.params, {});
  const std::int64_t id = parse_id(req.matches[1]);
  auto s = pool_.acquire();
  store::EventRow row;
  if (!store::event_by_id(*s, id, row)) throw ApiError(404, "no event " + std::to_string(id));
  json reports = json::array();
  std::set<std::string> langs;
  std::size_t count = 0;
  store::cluster_events(*s, row.cluster, [&](const store::EventRow& r) {
    ++count;
    langs.insert(r.event.lang);
    if (reports.size() < kMaxReports) reports.push_back(report_json(*s, r));
  });
  return dump(json{{"event", report_json(*s, row)},
                   {"cluster", {{"id", row.cluster}, {"reports", count}, {"langs", langs}}},
                   {"reports", std::move(reports)}});
}

std::string Api::actors(const httplib::Request& req) {
  QueryParams p(req.params, {"q", "limit"});
  std::string q = p.get("q").value_or("");
  if (q.size() > 32) throw ApiError(400, "parameter 'q': longer than 32 bytes");
  for (char& c : q) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::size_t limit = p.limit(20, 1000);
  return cached(req, [&](store::Store& s) {
    json out = json::array();
    for (const auto& a : store::find_actors(s, q, limit)) {
      out.push_back({{"code", a.code}, {"events", a.as_source + a.as_target}, {"as_source", a.as_source},
                     {"as_target", a.as_target}});
    }
    return dump(json{{"actors", std::move(out)}});
  });
}

std::string Api::network(const httplib::Request& req) {
  QueryParams p(req.params, {DYAD_FILTER_PARAMS, "limit"});
  const store::EventFilter filter = p.filter();
  const std::size_t limit = p.limit(150, 2000);
  return cached(req, [&](store::Store& s) {
    const auto net = store::network_summary(s, filter, limit);
    json nodes = json::array(), edges = json::array();
    for (const auto& n : net.nodes) nodes.push_back({{"id", n.code}, {"events", n.events}});
    for (const auto& e : net.edges) {
      edges.push_back({{"source", e.source}, {"target", e.target}, {"events", e.events},
                       {"cooperation", e.cooperation}, {"conflict", e.conflict},
                       {"mean_goldstein", e.mean_goldstein}});
    }
    return dump(json{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"dyads", net.dyads}});
  });
}

std::string Api::timeline(const httplib::Request& req) {
  QueryParams p(req.params, {DYAD_FILTER_PARAMS, "by"});
  const store::EventFilter filter = p.filter();
  const store::Period period = p.period();
  return cached(req, [&](store::Store& s) {
    json periods = json::array();
    for (const auto& b : store::timeline_summary(s, filter, period)) {
      periods.push_back({{"period", b.period},
                         {"events", b.events},
                         {"quad", b.quad},
                         {"cooperation", b.quad[0] + b.quad[1]},
                         {"conflict", b.quad[2] + b.quad[3]},
                         {"mean_goldstein", b.mean_goldstein}});
    }
    static const char* names[] = {"day", "week", "month", "year"};
    return dump(json{{"by", names[static_cast<int>(period)]}, {"periods", std::move(periods)}});
  });
}

std::string Api::info(const httplib::Request& req) {
  QueryParams p(req.params, {});
  std::string body = cached(req, [&](store::Store& s) {
    const auto o = store::overview(s);
    return dump(json{{"events", o.events},
                     {"documents", o.documents},
                     {"first_day", or_null(o.first_day)},
                     {"last_day", or_null(o.last_day)},
                     {"langs", o.langs}});
  });
  json j = json::parse(body);
  j["allow_ingest"] = options_.allow_ingest;
  j["max_body_bytes"] = options_.max_body_bytes;
  return dump(j);
}

std::string Api::document(const httplib::Request& req) {
  QueryParams p(req.params, {});
  const std::string id = req.matches[1];
  auto s = pool_.acquire();
  store::DocumentRecord d;
  if (id.size() > 1000 || !store::find_document(*s, id, d)) throw ApiError(404, "no document with that id");
  json doc = document_meta(d);
  doc["text"] = d.text;
  json sentences = json::array();
  for (const auto& o : d.sentences) sentences.push_back({o.begin, o.end});
  doc["sentences"] = std::move(sentences);
  return dump(json{{"document", std::move(doc)}, {"events", document_events(*s, d.id)}});
}

namespace {

// The agreements filter from ?party=&with=&topic=&kind=&since=&until=&doc=.
store::AgreementFilter agreement_filter(const QueryParams& p) {
  store::AgreementFilter f;
  auto word = [&](const char* name, std::size_t max, bool upper) {
    std::string v = p.get(name).value_or("");
    if (v.size() > max) throw ApiError(400, std::string("parameter '") + name + "': longer than " + std::to_string(max) + " bytes");
    for (char c : v)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-')
        throw ApiError(400, std::string("parameter '") + name + "': letters, digits, '_' and '-' only");
    if (upper)
      for (char& c : v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return v;
  };
  f.party = word("party", 32, true);
  f.with = word("with", 32, true);
  f.topic = word("topic", 64, false);
  f.kind = word("kind", 64, false);
  if (!f.with.empty() && f.party.empty()) std::swap(f.party, f.with);
  if (auto d = p.get("doc")) {
    if (d->size() > 1000) throw ApiError(400, "parameter 'doc': longer than 1000 bytes");
    f.doc = *d;
  }
  // The events filter checks dates: the same words, the same refusals.
  const store::EventFilter dates = p.filter();
  f.since = dates.since;
  f.until = dates.until;
  return f;
}

constexpr std::size_t kMaxAgreementReports = 200;

}  // namespace

std::string Api::agreements(const httplib::Request& req) {
  QueryParams p(req.params, {"party", "with", "topic", "kind", "since", "until", "doc", "limit", "after"});
  store::AgreementFilter f = agreement_filter(p);
  f.limit = p.limit(100, 1000);
  if (auto a = p.get("after")) f.after_id = parse_id(*a);
  auto s = pool_.acquire();
  json rows = json::array();
  std::int64_t last = 0;
  store::query_agreements(*s, f, [&](const store::AgreementRow& r) {
    rows.push_back(json::parse(store::agreement_json(r)));
    last = r.id;
  });
  const bool more = rows.size() == f.limit;
  return dump(json{{"agreements", std::move(rows)}, {"next", more ? json(std::to_string(last)) : json(nullptr)}});
}

std::string Api::agreement(const httplib::Request& req) {
  QueryParams p(req.params, {});
  const std::int64_t id = parse_id(req.matches[1]);
  auto s = pool_.acquire();
  std::optional<store::AgreementRow> row;
  store::AgreementFilter by_id;
  by_id.after_id = id - 1;
  by_id.limit = 1;
  store::query_agreements(*s, by_id, [&](const store::AgreementRow& r) {
    if (r.id == id) row = r;
  });
  if (!row) throw ApiError(404, "no agreement " + std::to_string(id));
  // The relations' own ids are looked up once the query is done: one
  // statement at a time on the connection.
  json found = json::parse(store::agreement_json(*row));
  store::link_relations(*s, *row, found);
  // Every report of the same agreement, with its document: a small
  // register, read whole (the parties' index narrows it).
  std::vector<store::AgreementRow> same_cluster;
  store::AgreementFilter same;
  if (!row->agreement.parties.empty()) same.party = row->agreement.parties.front();
  store::query_agreements(*s, same, [&](const store::AgreementRow& r) {
    if (r.cluster == row->cluster && same_cluster.size() < kMaxAgreementReports) same_cluster.push_back(r);
  });
  json reports = json::array();
  for (const store::AgreementRow& r : same_cluster) {
    json j = json::parse(store::agreement_json(r));
    store::link_relations(*s, r, j);
    store::DocumentRecord d;
    j["document"] = store::find_document(*s, r.doc, d, false) ? document_meta(d) : json(nullptr);
    reports.push_back(std::move(j));
  }
  return dump(json{{"agreement", std::move(found)}, {"reports", std::move(reports)}});
}

std::string Api::agreement_network(const httplib::Request& req) {
  QueryParams p(req.params, {"party", "with", "topic", "kind", "since", "until", "doc"});
  const store::AgreementFilter f = agreement_filter(p);
  return cached(req, [&](store::Store& s) {
    // One edge per pair of parties: how many agreements (clusters), their
    // kinds and topics.
    struct Edge {
      std::set<std::int64_t> clusters;
      std::map<std::string, std::size_t> topics, kinds;
    };
    std::map<std::pair<std::string, std::string>, Edge> edges;
    std::map<std::string, std::set<std::int64_t>> nodes;
    store::query_agreements(s, f, [&](const store::AgreementRow& r) {
      const auto& parties = r.agreement.parties;
      for (std::size_t i = 0; i < parties.size(); ++i) {
        nodes[parties[i]].insert(r.cluster);
        for (std::size_t j = i + 1; j < parties.size(); ++j) {
          Edge& e = edges[{std::min(parties[i], parties[j]), std::max(parties[i], parties[j])}];
          if (!e.clusters.insert(r.cluster).second) continue;
          ++e.kinds[r.agreement.kind];
          for (const auto& t : r.agreement.topics) ++e.topics[t];
        }
      }
    });
    json n = json::array(), out = json::array();
    for (const auto& [id, clusters] : nodes) n.push_back({{"id", id}, {"agreements", clusters.size()}});
    for (const auto& [pair, e] : edges)
      out.push_back({{"source", pair.first}, {"target", pair.second}, {"agreements", e.clusters.size()},
                     {"kinds", e.kinds}, {"topics", e.topics}});
    return dump(json{{"nodes", std::move(n)}, {"edges", std::move(out)}});
  });
}

void Api::post_document(const httplib::Request& req, httplib::Response& res) {
  if (!options_.allow_ingest) throw ApiError(403, "adding documents is off (start dyad serve with --allow-ingest)");
  QueryParams p(req.params, {"id", "lang", "date", "title"});
  const PostedDocument doc = read_posted_document(req.body, req.get_header_value("Content-Type"), p);
  const IngestOutcome outcome = ingest_.run(doc.jsonl);
  json messages = outcome.messages;
  if (outcome.exit_code != 0 && outcome.exit_code != 1) {
    throw ApiError(outcome.exit_code == -1 ? 503 : 500,
                   "the document could not be stored" +
                       (outcome.messages.empty() ? std::string() : ": " + outcome.messages.back()));
  }
  auto s = pool_.acquire();
  store::DocumentRecord d;
  if (!store::find_document(*s, doc.id, d)) {
    // dyad ingest skipped it (a language it cannot code, no text...).
    res.status = 422;
    res.set_content(dump(json{{"error", "the document was not stored"}, {"messages", messages}}), "application/json");
    return;
  }
  json meta = document_meta(d);
  meta["text"] = d.text;
  res.status = 201;
  res.set_content(dump(json{{"document", std::move(meta)}, {"events", document_events(*s, doc.id)}, {"messages", messages}}),
                  "application/json");
}

void Api::warm_up() {
  try {
    httplib::Request req;
    req.path = "/api/info";
    info(req);
    req.path = "/api/network";
    network(req);
    req.path = "/api/timeline";
    timeline(req);
  } catch (const std::exception&) {
    // The same request from a client will get the error reported.
  }
}

void Api::add_routes(httplib::Server& server) {
  // Every handler answers JSON; refusals and failures become {"error"}.
  auto guarded = [this](auto handler) {
    return [this, handler](const httplib::Request& req, httplib::Response& res) {
      try {
        handler(req, res);
      } catch (const ApiError& e) {
        res.status = e.status();
        res.set_content(error_json(e.what()), "application/json");
      } catch (const store::StoreError& e) {
        res.status = 503;
        res.set_content(error_json(store::redacted(options_.db, std::string("database: ") + e.what())),
                        "application/json");
      } catch (const std::bad_alloc&) {
        res.status = 503;
        res.set_content(error_json("out of memory"), "application/json");
      }
    };
  };
  auto get = [&](const char* pattern, std::string (Api::*method)(const httplib::Request&)) {
    server.Get(pattern, guarded([this, method](const httplib::Request& req, httplib::Response& res) {
      res.set_content((this->*method)(req), "application/json");
    }));
  };
  get("/api/events", &Api::events);
  get(R"(/api/events/([^/]+))", &Api::event);
  get("/api/actors", &Api::actors);
  get("/api/network", &Api::network);
  get("/api/timeline", &Api::timeline);
  get("/api/info", &Api::info);
  get(R"(/api/documents/(.+))", &Api::document);
  get("/api/agreements", &Api::agreements);
  get("/api/agreements/network", &Api::agreement_network);
  get(R"(/api/agreements/(\d+))", &Api::agreement);
  server.Get("/api", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(api_doc_json(), "application/json");
  });
  server.Post("/api/documents", guarded([this](const httplib::Request& req, httplib::Response& res) {
    post_document(req, res);
  }));
}

}  // namespace dyad::serve
