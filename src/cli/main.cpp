#include <exception>
#include <iostream>
#include <new>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/output.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const dyad::cli::StdoutGuard out;
  CLI::App app{"dyad: political event data (who did what to whom, when) from news and official texts"};
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  const std::vector<dyad::cli::Command> commands = {
      dyad::cli::add_segment(app),
      dyad::cli::add_eval_segment(app),
      dyad::cli::add_train(app),
      dyad::cli::add_parse(app),
      dyad::cli::add_eval_ud(app),
      dyad::cli::add_actors(app),
      dyad::cli::add_code(app),
      dyad::cli::add_ingest(app),
      dyad::cli::add_events(app),
      dyad::cli::add_actor_counts(app),
      dyad::cli::add_network(app),
      dyad::cli::add_timeline(app),
      dyad::cli::add_export(app),
      dyad::cli::add_serve(app),
      dyad::cli::add_agreements(app),
      dyad::cli::add_validate(app),
      dyad::cli::add_import(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version print on stdout: a failed write is an error there too.
    const int rc = app.exit(e);
    return dyad::cli::finish_output(rc == 0 ? 0 : dyad::cli::kUsage, out.buffer());
  }
  for (const auto& command : commands) {
    if (!command.app->parsed()) continue;
    try {
      return dyad::cli::finish_output(command.run(), out.buffer());
    } catch (const dyad::cli::OutputError&) {
      return dyad::cli::finish_output(dyad::cli::kFatal, out.buffer());
    } catch (const std::bad_alloc&) {
      std::cerr << "dyad: out of memory\n";
      return dyad::cli::kFatal;
    } catch (const std::exception& e) {
      std::cerr << "dyad: internal error: " << e.what() << "\n";
      return dyad::cli::kFatal;
    }
  }
  return dyad::cli::kUsage;
}
