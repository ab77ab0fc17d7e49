// A posted document goes through `dyad ingest` itself, in a child process:
// the same pipeline as the command line, and whatever one document costs
// (memory, time, a bug) stays out of the server. One at a time.
#pragma once
#include <mutex>
#include <string>
#include <vector>

#include "serve/options.h"

namespace dyad::serve {

struct IngestOutcome {
  int exit_code = -1;                 // dyad's exit status; -1 when it was killed or did not start
  std::vector<std::string> messages;  // its stderr, line by line
};

class IngestProcess {
 public:
  explicit IngestProcess(const ServeOptions& options) : options_(options) {}
  // `jsonl_line`: one document in dyad's JSONL input format.
  IngestOutcome run(const std::string& jsonl_line);

 private:
  const ServeOptions& options_;
  std::mutex one_at_a_time_;
};

}  // namespace dyad::serve
