#include "serve/ingest_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace dyad::serve {
namespace {

// A temporary file that is removed with this object.
struct TempFile {
  explicit TempFile(const char* suffix) {
    std::string pattern = (std::filesystem::temp_directory_path() / "dyad-serve-XXXXXX").string() + suffix;
    const int fd = ::mkstemps(pattern.data(), static_cast<int>(std::char_traits<char>::length(suffix)));
    if (fd >= 0) {
      ::close(fd);
      path = pattern;
    }
  }
  ~TempFile() {
    if (!path.empty()) std::remove(path.c_str());
  }
  std::string path;
};

}  // namespace

IngestOutcome IngestProcess::run(const std::string& jsonl_line) {
  std::lock_guard lock(one_at_a_time_);
  IngestOutcome out;
  TempFile input(".jsonl"), log(".log");
  if (input.path.empty() || log.path.empty()) {
    out.messages.push_back("cannot create a temporary file");
    return out;
  }
  std::ofstream(input.path, std::ios::binary) << jsonl_line << '\n';
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, log.path.c_str(), O_WRONLY | O_TRUNC, 0600);
  const std::string binary = options_.dyad_binary.string();
  const std::string seconds = std::to_string(options_.ingest_seconds);
  const std::string max_bytes = std::to_string(options_.max_body_bytes);
  std::vector<std::string> args = {binary, "ingest", "--db", options_.db, "--input-format", "jsonl",
                                   "--max-doc-seconds", seconds, "--max-doc-bytes", max_bytes, input.path};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    out.messages.push_back("cannot run " + binary + " ingest");
    return out;
  }
  // dyad ingest keeps its own per-document clock; this is the backstop
  // for loading the models and anything else it does not time.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options_.ingest_seconds + 60);
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0) {
      status = -1;
      break;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      out.messages.push_back("coding took too long; stopped");
      status = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  out.exit_code = status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(log.path);
  for (std::string line; std::getline(in, line) && out.messages.size() < 100;) {
    // Progress lines end in a carriage return; the file name is ours, not the client's.
    if (const auto cr = line.rfind('\r'); cr != std::string::npos) line = line.substr(cr + 1);
    if (line.empty()) continue;
    for (std::size_t at; (at = line.find(input.path)) != std::string::npos;) line.replace(at, input.path.size(), "document");
    out.messages.push_back(line);
  }
  return out;
}

}  // namespace dyad::serve
