// The --petrarch-* options shared by `dyad code` and `dyad validate`, and the
// data directory they make: dyad's data with the converted PETRARCH
// dictionaries added (or alone, --only-petrarch), written to a private
// temporary directory that lives as long as the command.
#pragma once
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "petrarch/convert.h"
#include "events/event.h"
#include "petrarch/filters.h"
#include "text/document.h"

namespace dyad::cli {

struct PetrarchOptions {
  std::string verbs, agents, discards, issues, config;
  std::vector<std::string> actors;
  bool only = false;
  bool strict = false;
  bool any() const { return !verbs.empty() || !agents.empty() || !discards.empty() || !issues.empty() || !config.empty() || !actors.empty(); }
};

void add_petrarch_options(CLI::App& cmd, PetrarchOptions& opts);

// Prints each diagnostic as "dyad: FILE:LINE: warning|error: …".
void print_report(const petrarch::Report& report);

class PetrarchData {
 public:
  // Reads and converts the dictionaries the options name and writes the
  // data directory. Returns kOk, kSomeFailed (bad lines were reported and
  // skipped) or kFatal (nothing usable, or --strict and a bad line).
  static int prepare(const PetrarchOptions& opts, std::unique_ptr<PetrarchData>& out);
  ~PetrarchData();
  const std::filesystem::path& data_dir() const { return dir_; }
  const petrarch::Filters& filters() const { return filters_; }

 private:
  std::filesystem::path dir_;
  petrarch::Filters filters_;
};

// The sources the options name (--petrarch-config first, the single-file
// options override it).
bool petrarch_sources(const PetrarchOptions& opts, petrarch::Sources& sources, petrarch::Report& report);

// Drops the events of sentences holding a discard phrase, and every event
// when the document holds a story discard.
void petrarch_discard(const petrarch::Filters& filters, const std::string& text, std::vector<events::Event>& events);

// write_events_jsonl with an "issues" array (the issue codes of the event's
// sentence) in each object.
void write_with_issues(std::ostream& out, const petrarch::Filters& filters, const Document& doc,
                       const std::vector<events::Event>& events);

}  // namespace dyad::cli
