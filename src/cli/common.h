// Options and reporting shared by every command that reads documents.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "text/reader.h"

namespace dyad::cli {

struct InputOptions {
  std::vector<std::string> paths;
  std::string input_format = "auto";
  std::string lang;
  std::string date;
};

void add_input_options(CLI::App& cmd, InputOptions& opts);

// Validates the options; prints the problem and returns kUsage when invalid.
int to_read_options(const InputOptions& opts, ReadOptions& read);

// Prints diagnostics to stderr as they arrive ("dyad: path:line: error: ...")
// and turns the run's outcome into the exit code.
class DiagnosticReporter {
 public:
  DiagnosticSink sink();
  int finish(const ReadStats& stats) const;
  std::size_t errors() const { return errors_; }

 private:
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

}  // namespace dyad::cli
