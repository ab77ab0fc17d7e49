// A real PostgreSQL server for the tests, started from Debian's `postgresql`
// package inside the test run: initdb into a temporary directory, a free
// loopback port, the unix socket in that directory, stopped and removed
// afterwards. PostgreSQL refuses to run as root, so under root (CI) the
// server runs as the package's `postgres` user. TCP connections need a
// password (scram-sha-256), so a wrong one can be tested.
#pragma once
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "store/postgres.h"

namespace dyad::store::testing {

class PostgresServer {
 public:
  static constexpr const char* kUser = "dyad";
  static constexpr const char* kPassword = "dyad-test-password";

  // The bin directory of the newest installed server ("" when none).
  static std::filesystem::path find_binaries() {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path best;
    int best_version = -1;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
      const fs::path bin = entry.path() / "bin";
      if (!fs::exists(bin / "initdb", ec) || !fs::exists(bin / "pg_ctl", ec)) continue;
      const int version = std::atoi(entry.path().filename().c_str());
      if (version > best_version) {
        best_version = version;
        best = bin;
      }
    }
    return best;
  }

  // A running server, or null with the reason in `error`.
  static std::unique_ptr<PostgresServer> start(const std::filesystem::path& bin, std::string* error) {
    std::unique_ptr<PostgresServer> s(new PostgresServer(bin));
    if (!s->init(error)) return nullptr;
    return s;
  }

  ~PostgresServer() {
    if (started_) run("pg_ctl -D " + (dir_ / "data").string() + " -m immediate -w stop >/dev/null 2>&1");
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
  }

  int port() const { return port_; }
  std::string uri(const std::string& database, const std::string& password = kPassword) const {
    return "postgresql://" + std::string(kUser) + ":" + password + "@127.0.0.1:" + std::to_string(port_) + "/" +
           database;
  }
  // An empty database for one test.
  void create_database(const std::string& name) const {
    PgConnection admin(uri("postgres"));
    admin.exec("CREATE DATABASE " + name);
  }
  // What the server logged (for failure messages).
  std::string log() const {
    std::ifstream in(dir_ / "server.log");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  // A loopback port nobody listens on right now.
  static int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = -1;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
      port = ntohs(addr.sin_port);
    }
    ::close(fd);
    return port;
  }

 private:
  explicit PostgresServer(std::filesystem::path bin) : bin_(std::move(bin)) {}

  // Runs a server binary (as `postgres` when we are root).
  int run(const std::string& command) const {
    const std::string as = ::geteuid() == 0 ? "runuser -u postgres -- " : "";
    return std::system((as + (bin_ / "").string() + command).c_str());
  }

  bool init(std::string* error) {
    namespace fs = std::filesystem;
    std::string pattern = (fs::temp_directory_path() / "dyad-pg-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) return fail(error, "cannot create a temporary directory");
    dir_ = pattern;
    if (::geteuid() == 0) {
      const passwd* pw = ::getpwnam("postgres");
      if (!pw) return fail(error, "running as root and there is no 'postgres' user to run the server as");
      if (::chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) return fail(error, "cannot chown " + dir_.string());
      std::ofstream(dir_ / "password") << kPassword << "\n";
      if (::chown((dir_ / "password").c_str(), pw->pw_uid, pw->pw_gid) != 0) return fail(error, "cannot chown");
    } else {
      std::ofstream(dir_ / "password") << kPassword << "\n";
    }
    const std::string data = (dir_ / "data").string();
    // --no-sync and fsync=off: the data is thrown away after the test.
    if (run("initdb -D " + data + " -U " + kUser + " --pwfile=" + (dir_ / "password").string() +
            " --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync --no-instructions >" +
            (dir_ / "initdb.log").string() + " 2>&1") != 0) {
      return fail(error, "initdb failed, see " + (dir_ / "initdb.log").string());
    }
    // Another process may take the port between the probe and the start.
    for (int attempt = 0; attempt < 3 && !started_; ++attempt) {
      port_ = free_port();
      const std::string options = "-p " + std::to_string(port_) + " -k " + dir_.string() +
                                  " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                                  " -c full_page_writes=off -c max_connections=40";
      started_ = run("pg_ctl -D " + data + " -l " + (dir_ / "server.log").string() + " -w -t 60 -o '" + options +
                     "' start >/dev/null 2>&1") == 0;
    }
    if (!started_) return fail(error, "the server did not start: " + log());
    return true;
  }

  bool fail(std::string* error, const std::string& message) {
    if (error) *error = "PostgreSQL test server: " + message;
    return false;
  }

  std::filesystem::path bin_, dir_;
  int port_ = -1;
  bool started_ = false;
};

}  // namespace dyad::store::testing
