// dyad import petrarch: PETRARCH dictionaries written as a dyad data
// directory, to edit and use as dyad data (DYAD_DATA=DIR dyad code …).
#include <iostream>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "cli/petrarch_options.h"
#include "nlp/annotator.h"

namespace dyad::cli {

Command add_import(CLI::App& app) {
  auto* cmd = app.add_subcommand("import", "Convert other tools' dictionaries into dyad data files");
  cmd->require_subcommand(1);
  auto* petr = cmd->add_subcommand(
      "petrarch",
      "Write PETRARCH/TABARI dictionaries (verbs, actors, agents, discards, issues) as a dyad data directory: dyad's "
      "data with the converted entries added to its lexicon and registry files (or alone, --only-petrarch)");
  auto opts = std::make_shared<PetrarchOptions>();
  auto out = std::make_shared<std::string>();
  add_petrarch_options(*petr, *opts);
  petr->add_option("--out,-o", *out, "Directory to write (created; files in it are replaced)")->required();
  return {cmd, [opts, out]() -> int {
    if (!opts->any()) {
      std::cerr << "dyad: import petrarch: name at least one dictionary (--petrarch-verbs, --petrarch-actors, … or "
                   "--petrarch-config)\n";
      return kUsage;
    }
    petrarch::Report report;
    petrarch::Sources sources;
    if (!petrarch_sources(*opts, sources, report)) {
      print_report(report);
      return kFatal;
    }
    const petrarch::Dictionaries dicts = petrarch::read_all(sources, report);
    petrarch::ConvertOptions co;
    co.fallback = !opts->only;
    petrarch::known_codes(data_dir(), co);
    const petrarch::Converted converted = petrarch::convert(dicts, co, report);
    print_report(report);
    if (opts->strict && report.errors() > 0) {
      std::cerr << "dyad: --strict: " << report.errors() << " malformed dictionary lines; nothing written\n";
      return kFatal;
    }
    std::string error;
    if (!petrarch::write_data_dir(data_dir(), converted, opts->only, *out, &error)) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    std::cerr << "dyad: wrote " << *out << ": " << converted.verb_defaults << " verb defaults, " << converted.patterns
              << " patterns, " << converted.countries << " new states, " << converted.organisations
              << " organisations, " << converted.persons << " persons, " << converted.names << " names, "
              << converted.roles << " agent roles; use it with DYAD_DATA=" << *out
              << " DYAD_MODELS=" << nlp::default_model_path("en").parent_path().string() << "\n";
    return report.errors() ? kSomeFailed : kOk;
  }};
}

}  // namespace dyad::cli
