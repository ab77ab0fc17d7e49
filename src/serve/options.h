// What `dyad serve` is told on its command line, with the limits that keep
// one client from taking the server down.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>

namespace dyad::serve {

struct ServeOptions {
  std::string db = "dyad.db";       // a file, postgresql://... or host=... dbname=...
  std::string bind = "127.0.0.1";
  int port = 8080;                  // 0: any free port (tests)
  std::string token;                // required on /api when set; required to bind beyond loopback
  bool allow_ingest = false;        // POST /api/documents; the database is opened for writing
  std::string cors_origin;          // "" : no CORS headers
  std::filesystem::path web_dir;    // the built page (index.html, assets); "" or missing: API only
  std::filesystem::path dyad_binary;  // runs `dyad ingest` for a posted document

  std::size_t max_body_bytes = 4u << 20;
  int read_timeout_seconds = 5;     // a client that sends nothing for this long is dropped
  int write_timeout_seconds = 10;
  std::size_t max_connections = 1024;  // one thread each; more wait to be accepted
  std::size_t db_connections = 4;      // queries running at once
  int ingest_seconds = 300;         // a posted document's coding time
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool is_loopback(const std::string& host);

}  // namespace dyad::serve
