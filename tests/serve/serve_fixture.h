// A dyad server in the test process over a database built from examples/
// (coded by dyad ingest) plus one event reported in English and in Dutch
// (stored with ingest --coded, so the cluster does not depend on the
// coder), and raw-socket helpers for what a well-behaved client never sends.
#pragma once
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "serve/server.h"
#include "../store/cli_runner.h"
#include "../store/coded_input.h"

namespace dyad::serve::testing {

namespace fs = std::filesystem;
using nlohmann::json;

// The same event (GHA and NLD sign an agreement, 2024-05-02) reported in
// English and in Dutch, as coded JSONL.
inline const char* kBilingualCluster = DYAD_SOURCE_DIR "/tests/serve/cluster.jsonl";

// examples/ coded and stored, and the bilingual cluster.
inline void build_examples_db(const fs::path& dir, const fs::path& db) {
  const auto r = store::testing::run_dyad(dir, "ingest --db " + db.string() + " " DYAD_SOURCE_DIR "/examples");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto c = store::testing::run_dyad(dir, "ingest --db " + db.string() + " --coded " + kBilingualCluster);
  ASSERT_EQ(c.status, 0) << c.err;
}

// A server on a free loopback port, running on its own thread.
class RunningServer {
 public:
  explicit RunningServer(ServeOptions options) : server_(std::move(options)) {
    std::string error;
    started_ = server_.start(&error);
    EXPECT_TRUE(started_) << error;
    if (started_) thread_ = std::thread([this] { server_.run(); });
    // listen_after_bind starts accepting at once; a first request may still race it.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ~RunningServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  int port() const { return server_.port(); }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", server_.port());
    c.set_read_timeout(120, 0);
    return c;
  }

 private:
  Server server_;
  bool started_ = false;
  std::thread thread_;
};

inline ServeOptions options_for(const std::string& db) {
  ServeOptions o;
  o.db = db;
  o.port = 0;
  o.dyad_binary = DYAD_BINARY;
  o.read_timeout_seconds = 2;
  return o;
}

// The database every test reads, built once per test binary.
class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad-serve-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    db_ = new fs::path(*dir_ / "examples.db");
    // ctest builds it once for every test process (the ServeFixture.Database
    // test); coding examples/ costs seconds under the sanitizers.
    const char* shared = std::getenv("DYAD_SERVE_TEST_DB");
    std::error_code ec;
    if (shared && fs::is_regular_file(shared, ec)) {
      fs::copy_file(shared, *db_);
    } else {
      build_examples_db(*dir_, *db_);
    }
    server_ = new RunningServer(options_for(db_->string()));
  }
  static void TearDownTestSuite() {
    delete server_;
    fs::remove_all(*dir_);
    delete db_;
    delete dir_;
  }

  static json get(const std::string& path, int expected_status = 200) {
    auto c = server_->client();
    auto res = c.Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return json();
    EXPECT_EQ(res->status, expected_status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
    const json j = json::parse(res->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << res->body;
    if (expected_status >= 400) {
      EXPECT_TRUE(j.contains("error")) << res->body;
    }
    return j;
  }

  // A member by value: `for (x : get(...)["events"])` would loop over a
  // temporary already destroyed.
  static json member(json j, const std::string& key) { return j[key]; }

  static inline fs::path* dir_ = nullptr;
  static inline fs::path* db_ = nullptr;
  static inline RunningServer* server_ = nullptr;
};

// A connected socket to the server, or -1.
inline int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Sends `request` as it is (no client library normalises it) and returns
// the whole answer, the connection closed after it.
inline std::string raw_request(int port, const std::string& request) {
  const int fd = connect_to(port);
  if (fd < 0) return "";
  timeval tv{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  std::size_t sent = 0;
  while (sent < request.size()) {
    const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string out;
  char buf[4096];
  for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  return out;
}

inline int status_of(const std::string& response) {
  if (response.size() < 12 || !response.starts_with("HTTP/1.1 ")) return -1;
  return std::stoi(response.substr(9, 3));
}

}  // namespace dyad::serve::testing
