#include "serve/api_doc.h"

#include <nlohmann/json.hpp>

namespace dyad::serve {

const std::string& api_doc_json() {
  using nlohmann::json;
  static const std::string doc = [] {
    const json filters = {
        {"actor", "actor code prefix, either side (NLD matches NLDGOV)"},
        {"with", "code prefix of the other side"},
        {"code", "CAMEO code prefix, 1-4 digits"},
        {"root", "CAMEO root, 2 digits"},
        {"quad", "quad class 1-4 (1 verbal cooperation ... 4 material conflict)"},
        {"since", "YYYY, YYYY-MM or YYYY-MM-DD: events on or after its start"},
        {"until", "YYYY, YYYY-MM or YYYY-MM-DD: events on or before its end"},
        {"lang", "document language (en, nl)"},
        {"q", "words in the sentence (at most 200 bytes)"}};
    json endpoints = json::array();
    auto add = [&](const char* method, const char* path, const char* what, json params) {
      endpoints.push_back({{"method", method}, {"path", path}, {"what", what}, {"parameters", std::move(params)}});
    };
    json events = filters;
    events["limit"] = "events per page, 1-1000 (50)";
    events["cursor"] = "the 'next' value of the previous page";
    add("GET", "/api/events", "events in date order (undated last), paged: {events, next}", events);
    add("GET", "/api/events/{id}",
        "one event and every report of its cluster, with document metadata and character spans "
        "(code points of the document text) of the sentence, trigger, source and target: {event, cluster, reports}",
        json::object());
    add("GET", "/api/actors", "actors with event counts, most active first: {actors}",
        {{"q", "actor code prefix"}, {"limit", "1-1000 (20)"}});
    json network = filters;
    network["limit"] = "dyads (edges), busiest first, 1-2000 (150)";
    add("GET", "/api/network",
        "nodes (actors, events in the dyads shown) and edges (dyads: events, cooperation and conflict counts, "
        "mean Goldstein): {nodes, edges, dyads}",
        network);
    json timeline = filters;
    timeline["by"] = "day, week, month (default) or year";
    add("GET", "/api/timeline", "events per period by quad class, mean Goldstein: {by, periods}", timeline);
    add("GET", "/api/documents/{id}", "a document: text, metadata, sentences, its events: {document, events}",
        json::object());
    const json agreement_filters = {
        {"party", "a party's principal (ISO alpha-3 such as KEN, or EU, UN ...)"},
        {"with", "another party among them"},
        {"topic", "a topic id (counter_terrorism, trade_investment ...)"},
        {"kind", "a kind id (mou, treaty, declaration_of_intent ...)"},
        {"since", "YYYY, YYYY-MM or YYYY-MM-DD: signed on or after its start (undated left out)"},
        {"until", "YYYY, YYYY-MM or YYYY-MM-DD: signed on or before its end"},
        {"doc", "reported in this document"}};
    json agreements = agreement_filters;
    agreements["limit"] = "agreements per page, 1-1000 (100)";
    agreements["after"] = "the 'next' value of the previous page";
    add("GET", "/api/agreements",
        "the agreements register: kind, name, parties, signatories, topics, date, place, the reporting sentence; "
        "paged in id order (first stored first): {agreements, next}",
        agreements);
    add("GET", "/api/agreements/{id}", "one agreement and every report of it (same parties, kind, dates within a "
        "month), with document metadata: {agreement, reports}", json::object());
    add("GET", "/api/agreements/network",
        "agreements as a network: nodes (parties) and edges (pairs of parties: agreements, their kinds and topics "
        "with counts): {nodes, edges}", agreement_filters);
    add("GET", "/api/info", "events, documents, first and last day, languages; whether ingest is on",
        json::object());
    add("POST", "/api/documents",
        "only with --allow-ingest: a document (application/json {text|html, id, lang, date, title, url}, or a "
        "text/plain or text/html body) coded and stored as by dyad ingest: 201 {document, events, messages}",
        {{"id", "for text/plain and text/html bodies"}, {"lang", "en, nl; else detected"},
         {"date", "YYYY, YYYY-MM or YYYY-MM-DD"}, {"title", "title"}});
    const json errors = {
        {"400", "a bad parameter (unknown, repeated, malformed, out of range), malformed JSON or cursor"},
        {"401", "a token is set and the request lacks 'Authorization: Bearer TOKEN'"},
        {"403", "POST /api/documents without --allow-ingest"},
        {"404", "an unknown event, document or path"},
        {"405", "a method other than GET, POST (documents) and OPTIONS"},
        {"413", "a body larger than the limit"},
        {"415", "a posted body that is not JSON, plain text or HTML"},
        {"422", "a posted document dyad could not code (e.g. its language)"},
        {"503", "the database failed"}};
    return json{{"endpoints", endpoints}, {"errors", errors}, {"error_body", {{"error", "message"}}}}.dump(2);
  }();
  return doc;
}

}  // namespace dyad::serve
