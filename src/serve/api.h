// The JSON API under /api: events (filtered, paged), one event with every
// report of its cluster, actors, the dyad network, timelines, documents,
// the agreements register (list, one agreement with its reports, network),
// and posting a document when ingest is allowed. Every refusal is a 4xx
// with {"error": "..."}.
#pragma once
#include <httplib.h>

#include "serve/ingest_process.h"
#include "serve/options.h"
#include "serve/response_cache.h"
#include "serve/store_pool.h"

namespace dyad::serve {

class Api {
 public:
  Api(const ServeOptions& options, StorePool& pool);
  void add_routes(httplib::Server& server);
  // Computes and caches what the page asks for first (the whole store's
  // network, monthly timeline and overview): seconds on millions of
  // events, better spent before the first visitor than during the visit.
  void warm_up();

 private:
  std::string events(const httplib::Request& req);
  std::string event(const httplib::Request& req);
  std::string actors(const httplib::Request& req);
  std::string network(const httplib::Request& req);
  std::string timeline(const httplib::Request& req);
  std::string info(const httplib::Request& req);
  std::string document(const httplib::Request& req);
  std::string agreements(const httplib::Request& req);
  std::string agreement(const httplib::Request& req);
  std::string agreement_network(const httplib::Request& req);
  void post_document(const httplib::Request& req, httplib::Response& res);

  // `make` run on a pooled connection, its answer cached under the
  // request and the store's data version.
  std::string cached(const httplib::Request& req, const std::function<std::string(store::Store&)>& make);

  const ServeOptions& options_;
  StorePool& pool_;
  ResponseCache cache_{64u << 20};
  IngestProcess ingest_;
};

// The body of an error answer.
std::string error_json(const std::string& message);

}  // namespace dyad::serve
