// Options and reporting shared by every command that reads documents.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "text/front_end.h"
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

// Reads every input, settles language and date, segments, and hands each
// document the front end accepts to `on_document`; the others are reported
// through `reporter` and skipped. Returns the reader's counts for the exit code.
ReadStats read_segmented(const InputOptions& opts, const ReadOptions& read, TextFrontEnd& front_end,
                         DiagnosticReporter& reporter, const std::function<void(SegmentedDocument&&)>& on_document);

}  // namespace dyad::cli
