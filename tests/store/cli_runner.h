// Running the dyad binary from the store tests: to completion through the
// shell (captured stdout/stderr and exit status), or in the background
// (crash and concurrency tests).
#pragma once
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace dyad::store::testing {

struct Result {
  int status = -1;
  std::string out, err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// `dyad ARGS` (shell words), its output kept in files under `dir`;
// `out_redirect` sends stdout elsewhere (">/dev/full"), `env` sets
// variables ("DYAD_MODELS=dir").
inline Result run_dyad(const std::filesystem::path& dir, const std::string& args, const std::string& out_redirect = "",
                       const std::string& env = "") {
  const std::filesystem::path out = dir / "stdout.txt", err = dir / "stderr.txt";
  std::filesystem::remove(out);
  const std::string cmd = env + " " + std::string(DYAD_BINARY) + " " + args + " " +
                          (out_redirect.empty() ? ">" + out.string() : out_redirect) + " 2>" + err.string();
  Result r;
  const int raw = std::system(cmd.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// Starts `dyad ARGS...` with stdout and stderr appended to `log`; -1 when
// it cannot be started.
inline pid_t spawn_dyad(const std::vector<std::string>& args, const std::filesystem::path& log) {
  std::vector<std::string> all = {DYAD_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (const std::string& a : all) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, DYAD_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

inline int wait_exit(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

// Polls `ready()` every millisecond while `pid` runs: true once it holds;
// false when the process exits first (`*exited` set; it has been reaped) or
// after a minute. For killing a writer mid-run without a fixed sleep.
template <typename Ready>
bool poll_while_running(pid_t pid, Ready ready, bool* exited) {
  *exited = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, nullptr, WNOHANG) == pid) {
      *exited = true;
      return false;
    }
    if (ready()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return false;
}

}  // namespace dyad::store::testing
