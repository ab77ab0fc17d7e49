// What a hostile or broken client sends: every answer is a 4xx (never a
// crash or a hang), the files served are only the page's, and the token,
// CORS and ingest switches hold.
#include <sys/resource.h>

#include <chrono>
#include <vector>

#include "serve_fixture.h"

namespace dyad::serve::testing {
namespace {

class ServeAbuseTest : public ServeTest {};

long resident_kib() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("VmRSS:")) return std::stol(line.substr(6));
  }
  return 0;
}

TEST_F(ServeAbuseTest, PathTraversalFindsNothing) {
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                           "/..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd", "/..\\..\\etc\\passwd",
                           "//etc/passwd", "/.%00./etc/passwd", "/api/documents/../../../etc/passwd",
                           "/api/../../etc/passwd"}) {
    const std::string response = raw_request(server_->port(), std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const int status = status_of(response);
    EXPECT_GE(status, 400) << path;
    EXPECT_LT(status, 500) << path;
    EXPECT_EQ(response.find("root:"), std::string::npos) << path;
  }
}

TEST_F(ServeAbuseTest, MalformedRequestsAre4xx) {
  for (const std::string& request :
       {std::string("GARBAGE\r\n\r\n"), std::string("GET /api/events HTTP/9.9\r\n\r\n"),
        "GET /api/events?" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /api/events HTTP/1.1\r\nHost: x\r\nX-Long: " + std::string(20000, 'b') + "\r\n\r\n",
        std::string("POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"),
        std::string("GET /api/events?limit=%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")}) {
    const int status = status_of(raw_request(server_->port(), request));
    // A request the server cannot parse may also just be closed on.
    EXPECT_TRUE(status == -1 || (status >= 400 && status < 500)) << request.substr(0, 60) << " -> " << status;
  }
  EXPECT_EQ(get("/api/info").contains("events"), true);  // still serving
}

TEST_F(ServeAbuseTest, IdleConnectionsDoNotStallOthers) {
  rlimit r{};
  ::getrlimit(RLIMIT_NOFILE, &r);
  r.rlim_cur = std::min<rlim_t>(r.rlim_max, 8192);
  ::setrlimit(RLIMIT_NOFILE, &r);
  const long before = resident_kib();
  std::vector<int> idle;
  for (int i = 0; i < 1000; ++i) {
    const int fd = connect_to(server_->port());
    if (fd < 0) break;
    idle.push_back(fd);
  }
  EXPECT_EQ(idle.size(), 1000u);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  // A thread per connection, but small: far below a megabyte each.
  EXPECT_LT(resident_kib(), before + 400 * 1024);
  const auto start = std::chrono::steady_clock::now();
  const json info = get("/api/info");
  EXPECT_TRUE(info.contains("events"));
  // Served while the thousand wait: not after 1000 read timeouts in turn
  // (as with a fixed pool of threads), only behind the accept queue.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(15));
  for (int fd : idle) ::close(fd);
}

TEST_F(ServeAbuseTest, SlowClientIsDropped) {
  const int fd = connect_to(server_->port());
  ASSERT_GE(fd, 0);
  ::send(fd, "GET /api/info HTTP/1.1\r\n", 24, MSG_NOSIGNAL);  // and never the rest
  timeval tv{10, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  char buf[256];
  const auto start = std::chrono::steady_clock::now();
  while (::recv(fd, buf, sizeof buf, 0) > 0) {
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(8));  // the 2 s read timeout closed it
  ::close(fd);
}

class ServeWithTokenTest : public ServeTest {};

TEST_F(ServeWithTokenTest, ApiNeedsTheTokenThePageDoesNot) {
  ServeOptions o = options_for(db_->string());
  o.token = "s3cret";
  RunningServer server(o);
  auto c = server.client();
  auto none = c.Get("/api/events");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_TRUE(json::parse(none->body).contains("error"));
  auto wrong = c.Get("/api/events", {{"Authorization", "Bearer s3cres"}});
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  auto longer = c.Get("/api/events", {{"Authorization", "Bearer s3cret1"}});
  ASSERT_TRUE(longer);
  EXPECT_EQ(longer->status, 401);
  auto right = c.Get("/api/events", {{"Authorization", "Bearer s3cret"}});
  ASSERT_TRUE(right);
  EXPECT_EQ(right->status, 200);
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
}

TEST_F(ServeWithTokenTest, CorsOnlyWhenAsked) {
  auto c = server_->client();
  auto plain = c.Get("/api/info", {{"Origin", "https://elsewhere.example"}});
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->has_header("Access-Control-Allow-Origin"));
  ServeOptions o = options_for(db_->string());
  o.cors_origin = "https://app.example";
  RunningServer server(o);
  auto cc = server.client();
  auto pre = cc.Options("/api/events", {{"Origin", "https://app.example"}, {"Access-Control-Request-Method", "GET"}});
  ASSERT_TRUE(pre);
  EXPECT_EQ(pre->status, 204);
  EXPECT_EQ(pre->get_header_value("Access-Control-Allow-Origin"), "https://app.example");
  auto get = cc.Get("/api/info");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->get_header_value("Access-Control-Allow-Origin"), "https://app.example");
}

TEST_F(ServeWithTokenTest, ServesOnlyThePageFiles) {
  const fs::path web = *dir_ / "web";
  fs::create_directories(web / "assets");
  std::ofstream(web / "index.html") << "<!doctype html><title>dyad</title>";
  std::ofstream(web / "assets" / "app.js") << "console.log(1)";
  ServeOptions o = options_for(db_->string());
  o.web_dir = web;
  RunningServer server(o);
  auto c = server.client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("<title>dyad"), std::string::npos);
  EXPECT_TRUE(index->has_header("Content-Security-Policy"));
  auto js = c.Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  for (const char* path : {"/assets/../index.html", "/assets/%2e%2e/index.html", "/assets", "/web/index.html"}) {
    const int status = status_of(raw_request(server.port(), std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    EXPECT_EQ(status, 404) << path;
  }
}

class ServeIngestTest : public ServeTest {};

TEST_F(ServeIngestTest, PostedDocumentsAreCheckedCodedAndStored) {
  const fs::path db = *dir_ / "ingest.db";
  fs::copy_file(*db_, db, fs::copy_options::overwrite_existing);
  ServeOptions o = options_for(db.string());
  o.allow_ingest = true;
  o.max_body_bytes = 64 * 1024;
  RunningServer server(o);
  auto c = server.client();

  auto big = c.Post("/api/documents", std::string(100 * 1024, 'x'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  for (const auto& [body, type] : std::vector<std::pair<std::string, std::string>>{
           {"{\"text\": ", "application/json"},
           {"[1, 2]", "application/json"},
           {"{\"text\": 5}", "application/json"},
           {"{\"text\": \"a\", \"html\": \"b\"}", "application/json"},
           {"{\"body\": \"a\"}", "application/json"},
           {"{\"text\": \"Kenya.\", \"date\": \"2024-02-30\"}", "application/json"},
           {"{\"text\": \"Kenya.\", \"lang\": \"EN!\"}", "application/json"},
           {"{\"text\": \"   \"}", "application/json"},
           {std::string(20000, '[') + std::string(20000, ']'), "application/json"},
           {"text", "application/octet-stream"}}) {
    auto res = c.Post("/api/documents", body, type.c_str());
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, type == "application/octet-stream" ? 415 : 400) << body.substr(0, 50) << ": " << res->body;
    EXPECT_TRUE(json::parse(res->body, nullptr, false).contains("error")) << res->body;
  }

  auto ok = c.Post("/api/documents",
                   json{{"id", "posted-1"},
                        {"text", "Kenya and Somalia signed a security agreement in Nairobi on Monday."},
                        {"lang", "en"},
                        {"date", "2024-06-03"}}
                       .dump(),
                   "application/json");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->status, 201) << ok->body;
  const json stored = json::parse(ok->body);
  EXPECT_EQ(stored["document"]["id"], "posted-1");
  EXPECT_TRUE(stored["events"].is_array());
  auto doc = c.Get("/api/documents/posted-1");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->status, 200);
  auto french = c.Post("/api/documents", json{{"text", "Le Kenya et la Somalie ont signé un accord."}, {"lang", "fr"}}.dump(),
                       "application/json");
  ASSERT_TRUE(french);
  EXPECT_EQ(french->status, 422) << french->body;
  EXPECT_FALSE(json::parse(french->body)["messages"].empty());

  auto info = json::parse(c.Get("/api/info")->body);
  EXPECT_EQ(info["documents"], json::parse(server_->client().Get("/api/info")->body)["documents"].get<int>() + 1);
}

}  // namespace
}  // namespace dyad::serve::testing
