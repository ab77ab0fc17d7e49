// Each subcommand registers its options on the CLI app and returns the
// function that runs it; main() dispatches to the one the user chose.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>

namespace dyad::cli {

// Process exit codes, the same for every command.
enum ExitCode : int {
  kOk = 0,              // every document was processed
  kSomeFailed = 1,      // some documents failed or were skipped; the rest were processed
  kUsage = 2,           // bad command line
  kFatal = 3,           // nothing could be done (missing data, unreadable gold file...)
};

using Runner = std::function<int()>;

struct Command {
  CLI::App* app;  // the subcommand, owned by the parent app
  Runner run;     // called when the user chose this subcommand
};

Command add_segment(CLI::App& app);
Command add_eval_segment(CLI::App& app);
Command add_train(CLI::App& app);
Command add_parse(CLI::App& app);
Command add_eval_ud(CLI::App& app);
Command add_actors(CLI::App& app);
Command add_code(CLI::App& app);
Command add_ingest(CLI::App& app);
Command add_events(CLI::App& app);
Command add_actor_counts(CLI::App& app);
Command add_network(CLI::App& app);
Command add_timeline(CLI::App& app);
Command add_export(CLI::App& app);
Command add_serve(CLI::App& app);
Command add_agreements(CLI::App& app);
Command add_validate(CLI::App& app);
Command add_import(CLI::App& app);

}  // namespace dyad::cli
