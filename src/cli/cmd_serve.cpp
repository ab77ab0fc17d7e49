#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.h"
#include "serve/server.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

fs::path own_binary() {
  std::error_code ec;
  const fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path("dyad") : p;
}

// The built page: --web, else DYAD_WEB, else web/ beside the binary (the
// build tree), else share/dyad/web of an installation.
fs::path find_web_dir(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("DYAD_WEB"); env && *env) return env;
  const fs::path dir = own_binary().parent_path();
  std::error_code ec;
  for (const fs::path& p : {dir / "web", dir.parent_path() / "share" / "dyad" / "web"}) {
    if (fs::is_regular_file(p / "index.html", ec)) return p;
  }
  return {};
}

}  // namespace

Command add_serve(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Serve the store over HTTP: a JSON API (/api) and a web page");
  auto o = std::make_shared<serve::ServeOptions>();
  auto web = std::make_shared<std::string>();
  cmd->add_option("--db", o->db, "Database: a file, postgresql://user@host/name or 'host=... dbname=...'")->capture_default_str();
  cmd->add_option("--port,-p", o->port, "Port (0: any free one)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", o->bind, "Address to listen on; beyond loopback a token is required")->capture_default_str();
  cmd->add_option("--token", o->token, "Clients must send 'Authorization: Bearer TOKEN' (default: $DYAD_TOKEN)");
  cmd->add_flag("--allow-ingest", o->allow_ingest, "Take documents at POST /api/documents (opens the database for writing)");
  cmd->add_option("--cors", o->cors_origin, "Allow this origin (https://example.org) to call the API from a browser");
  cmd->add_option("--web", *web, "Directory of the built page (scripts/build-web.sh); default: web/ beside dyad");
  cmd->add_option("--max-body-bytes", o->max_body_bytes, "Largest request body")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30));
  return {cmd, [o, web]() -> int {
    if (o->token.empty()) {
      if (const char* env = std::getenv("DYAD_TOKEN")) o->token = env;
    }
    if (const std::string problem = serve::check_options(*o); !problem.empty()) {
      std::cerr << "dyad: " << problem << "\n";
      return kUsage;
    }
    o->web_dir = find_web_dir(*web);
    o->dyad_binary = own_binary();
    // SIGINT and SIGTERM end the server cleanly; they are taken by one
    // thread (sigwait), so every other thread has them blocked.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    // A client that hangs up mid-answer must not end the process.
    signal(SIGPIPE, SIG_IGN);
    serve::Server server(*o);
    std::string error;
    if (!server.start(&error)) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    std::cerr << "dyad: serving " << store::display_name(o->db) << " at http://"
              << (o->bind.find(':') == std::string::npos ? o->bind : "[" + o->bind + "]") << ":" << server.port()
              << "/ (" << (o->allow_ingest ? "ingest allowed" : "read-only")
              << (o->token.empty() ? "" : ", token required") << (o->web_dir.empty() ? ", no web page built" : "")
              << ")\n";
    std::thread waiter([&server, stop_signals] {
      int sig = 0;
      sigwait(&stop_signals, &sig);
      server.stop();
    });
    const bool ok = server.run();
    if (!ok) {
      std::cerr << "dyad: the server stopped listening\n";
      pthread_kill(waiter.native_handle(), SIGTERM);
    }
    waiter.join();
    return ok ? kOk : kFatal;
  }};
}

}  // namespace dyad::cli
