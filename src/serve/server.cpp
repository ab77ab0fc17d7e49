#include "serve/server.h"

#include <sys/resource.h>
#include <sys/socket.h>

#include <httplib.h>

#include <thread>

#include "serve/api.h"
#include "serve/connection_threads.h"
#include "serve/static_files.h"
#include "store/store.h"

namespace dyad::serve {
namespace {

bool same_secret(const std::string& given, const std::string& expected) {
  // Compares every byte whatever differs first: the time taken tells nothing.
  unsigned diff = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i) diff |= static_cast<unsigned char>(given[i]) ^
                                                          static_cast<unsigned char>(expected[i % expected.size()]);
  return diff == 0;
}

// Each open connection holds a descriptor: the default soft limit (1024)
// would refuse clients long before the thread cap does.
void raise_descriptor_limit() {
  rlimit r{};
  if (::getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < r.rlim_max) {
    r.rlim_cur = std::min<rlim_t>(r.rlim_max, 65536);
    ::setrlimit(RLIMIT_NOFILE, &r);
  }
}

void json_reply(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(error_json(message), "application/json");
}

}  // namespace

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

std::string check_options(const ServeOptions& o) {
  if (!is_loopback(o.bind) && o.token.empty()) {
    return "binding to " + o.bind + " needs a token (--token or DYAD_TOKEN): others could reach the server";
  }
  if (o.port < 0 || o.port > 65535) return "--port must be 0-65535";
  if (o.token.size() > 1000) return "the token is longer than 1000 bytes";
  return "";
}

struct Server::Impl {
  explicit Impl(ServeOptions o) : options(std::move(o)), files(options.web_dir) {}

  ServeOptions options;
  StaticFiles files;
  std::unique_ptr<StorePool> pool;
  std::unique_ptr<Api> api;
  httplib::Server http;
  int port = 0;
  int listening_socket = -1;
  std::thread warm_up;

  ~Impl() {
    if (warm_up.joinable()) warm_up.join();
  }

  void configure();
  httplib::Server::HandlerResponse before(const httplib::Request& req, httplib::Response& res);
  void serve_file(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::configure() {
  const std::size_t threads = options.max_connections;
  http.new_task_queue = [threads] { return new ConnectionThreads(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  // Headers and body leave in separate writes: with Nagle's algorithm the
  // body waits for the client's delayed ACK, 40 ms an answer.
  http.set_tcp_nodelay(true);
  http.set_read_timeout(options.read_timeout_seconds, 0);
  http.set_write_timeout(options.write_timeout_seconds, 0);
  http.set_keep_alive_timeout(options.read_timeout_seconds);
  http.set_keep_alive_max_count(100);
  // httplib listens with a backlog of 5: a burst of connections on a busy
  // machine overflows it and clients wait seconds for SYN retransmits.
  // Its socket is kept here to listen again with a deeper queue.
  http.set_socket_options([this](int sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listening_socket = sock;
  });
  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) { return before(req, res); });
  api->add_routes(http);
  http.Get(R"(/api/.*)", [](const httplib::Request&, httplib::Response& res) {
    json_reply(res, 404, "no such API endpoint (GET /api lists them)");
  });
  http.Get(R"(.*)", [this](const httplib::Request& req, httplib::Response& res) { serve_file(req, res); });
  // Whatever httplib refuses itself (413, a malformed request, a path no
  // handler takes) also answers JSON.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* what = res.status == 404 ? "not found"
                       : res.status == 405 ? "method not allowed"
                       : res.status == 413 ? "the body is larger than the server takes"
                                           : res.status == 400 ? "bad request"
                                           : "request refused";
    res.set_content(error_json(what), "application/json");
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    json_reply(res, 500, "internal error");
  });
}

httplib::Server::HandlerResponse Server::Impl::before(const httplib::Request& req, httplib::Response& res) {
  using R = httplib::Server::HandlerResponse;
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
  const bool api = req.path == "/api" || req.path.starts_with("/api/");
  if (!options.cors_origin.empty() && api) {
    res.set_header("Access-Control-Allow-Origin", options.cors_origin);
    res.set_header("Vary", "Origin");
    if (req.method == "OPTIONS") {
      res.set_header("Access-Control-Allow-Methods", "GET, POST");
      res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
      res.set_header("Access-Control-Max-Age", "600");
      res.status = 204;
      return R::Handled;
    }
  }
  if (req.method != "GET" && req.method != "HEAD" && req.method != "POST") {
    json_reply(res, 405, "method not allowed");
    return R::Handled;
  }
  if (api && !options.token.empty()) {
    const std::string auth = req.get_header_value("Authorization");
    if (!auth.starts_with("Bearer ") || !same_secret(auth.substr(7), options.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      json_reply(res, 401, "a token is needed: send 'Authorization: Bearer TOKEN'");
      return R::Handled;
    }
  }
  return R::Unhandled;
}

void Server::Impl::serve_file(const httplib::Request& req, httplib::Response& res) {
  const StaticFile* file = files.find(req.path);
  if (!file) {
    if (files.empty() && req.path == "/") {
      res.set_content(
          "<!doctype html><meta charset=utf-8><title>dyad</title><p>The web page is not built: run "
          "scripts/build-web.sh (or pass --web DIR). The API is at <a href=/api>/api</a>.",
          "text/html; charset=utf-8");
      return;
    }
    json_reply(res, 404, "not found");
    return;
  }
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                 "frame-ancestors 'none'");
  res.set_content(file->body, file->content_type.c_str());
}

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Server::~Server() = default;

bool Server::start(std::string* error) {
  ServeOptions& o = impl_->options;
  raise_descriptor_limit();
  if (o.allow_ingest) {
    // Ingest creates and migrates; doing it now fails early on a bad path.
    auto s = store::Store::open(o.db, {}, error);
    if (!s) return false;
  }
  impl_->pool = StorePool::open(o.db, o.db_connections, error);
  if (!impl_->pool) return false;
  impl_->api = std::make_unique<Api>(impl_->options, *impl_->pool);
  impl_->configure();
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.bind);
  } else {
    impl_->port = impl_->http.bind_to_port(o.bind, o.port) ? o.port : -1;
  }
  if (impl_->port > 0 && impl_->listening_socket >= 0) ::listen(impl_->listening_socket, SOMAXCONN);
  if (impl_->port <= 0) {
    *error = "cannot listen on " + o.bind + ":" + std::to_string(o.port) + " (in use, or not an address here)";
    return false;
  }
  impl_->warm_up = std::thread([api = impl_->api.get()] { api->warm_up(); });
  return true;
}

int Server::port() const { return impl_->port; }
bool Server::run() { return impl_->http.listen_after_bind(); }
void Server::stop() { impl_->http.stop(); }

}  // namespace dyad::serve
