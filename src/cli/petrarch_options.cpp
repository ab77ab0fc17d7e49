#include "cli/petrarch_options.h"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "events/output.h"
#include <nlohmann/json.hpp>
#include <sstream>

namespace dyad::cli {

void add_petrarch_options(CLI::App& cmd, PetrarchOptions& opts) {
  const char* group = "PETRARCH dictionaries";
  cmd.add_option("--petrarch-verbs", opts.verbs, "PETRARCH/TABARI verb-pattern file (CAMEO.2.0.txt)")->group(group);
  cmd.add_option("--petrarch-actors", opts.actors, "PETRARCH actor files, comma-separated (Phoenix.Countries.actors.txt,…)")
      ->delimiter(',')
      ->allow_extra_args(false)  // "--petrarch-actors a,b story.txt": story.txt is an input
      ->group(group);
  cmd.add_option("--petrarch-agents", opts.agents, "PETRARCH agents file (Phoenix.agents.txt)")->group(group);
  cmd.add_option("--petrarch-discards", opts.discards, "PETRARCH discards file (Phoenix.discards.txt)")->group(group);
  cmd.add_option("--petrarch-issues", opts.issues, "PETRARCH issues file (Phoenix.IssueCoding.txt)")->group(group);
  cmd.add_option("--petrarch-config", opts.config, "PETR_config.ini naming the dictionaries ([Dictionaries] section)")->group(group);
  cmd.add_flag("--only-petrarch", opts.only, "Code with the PETRARCH dictionaries instead of dyad's names and patterns")->group(group);
  cmd.add_flag("--strict", opts.strict, "Stop at the first malformed dictionary line")->group(group);
}

void print_report(const petrarch::Report& report) {
  for (const Diagnostic& d : report.items) {
    std::cerr << "dyad: " << d.where << ": " << (d.severity == Severity::kError ? "error" : "warning") << ": " << d.message
              << "\n";
  }
}

bool petrarch_sources(const PetrarchOptions& opts, petrarch::Sources& sources, petrarch::Report& report) {
  if (!opts.config.empty() && !petrarch::read_config(opts.config, sources, report)) return false;
  if (!opts.verbs.empty()) sources.verbs = opts.verbs;
  if (!opts.actors.empty()) sources.actors.assign(opts.actors.begin(), opts.actors.end());
  if (!opts.agents.empty()) sources.agents = opts.agents;
  if (!opts.discards.empty()) sources.discards = opts.discards;
  if (!opts.issues.empty()) sources.issues = opts.issues;
  return true;
}

int PetrarchData::prepare(const PetrarchOptions& opts, std::unique_ptr<PetrarchData>& out) {
  petrarch::Report report;
  petrarch::Sources sources;
  if (!petrarch_sources(opts, sources, report)) {
    print_report(report);
    return kFatal;
  }
  const petrarch::Dictionaries dicts = petrarch::read_all(sources, report);
  petrarch::ConvertOptions co;
  co.fallback = !opts.only;
  petrarch::known_codes(dyad::data_dir(), co);
  const petrarch::Converted converted = petrarch::convert(dicts, co, report);
  if (opts.strict && report.errors() > 0) {
    // Up to the first error: the line to fix first.
    petrarch::Report first;
    for (const Diagnostic& d : report.items) {
      first.items.push_back(d);
      if (d.severity == Severity::kError) break;
    }
    print_report(first);
    std::cerr << "dyad: --strict: stopped at the first malformed dictionary line (" << report.errors() << " in all)\n";
    return kFatal;
  }
  print_report(report);
  std::string tmpl = (std::filesystem::temp_directory_path() / "dyad-petrarch-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    std::cerr << "dyad: cannot create a temporary directory in " << std::filesystem::temp_directory_path() << "\n";
    return kFatal;
  }
  auto data = std::unique_ptr<PetrarchData>(new PetrarchData());
  data->dir_ = tmpl;
  std::string error;
  if (!petrarch::write_data_dir(dyad::data_dir(), converted, opts.only, data->dir_, &error)) {
    std::cerr << "dyad: " << error << "\n";
    return kFatal;
  }
  petrarch::Report filter_report;
  data->filters_ = petrarch::Filters::load(data->dir_, filter_report);
  print_report(filter_report);
  out = std::move(data);
  return report.errors() + filter_report.errors() > 0 ? kSomeFailed : kOk;
}

PetrarchData::~PetrarchData() {
  std::error_code ec;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
}

void petrarch_discard(const petrarch::Filters& filters, const std::string& text, std::vector<events::Event>& events) {
  if (filters.empty() || events.empty()) return;
  if (filters.discards_story(text)) {
    events.clear();
    return;
  }
  std::erase_if(events, [&](const events::Event& e) {
    return e.sentence_span.end <= text.size() &&
           filters.discards_sentence(std::string_view(text).substr(e.sentence_span.begin, e.sentence_span.size()));
  });
}

void write_with_issues(std::ostream& out, const petrarch::Filters& filters, const Document& doc,
                       const std::vector<events::Event>& events) {
  for (const events::Event& e : events) {
    std::ostringstream one;
    events::write_events_jsonl(one, doc, {e});
    std::string line = one.str();
    const std::size_t brace = line.rfind('}');
    if (brace == std::string::npos) {
      out << line;
      continue;
    }
    const std::string_view sentence =
        e.sentence_span.end <= doc.text.size() ? std::string_view(doc.text).substr(e.sentence_span.begin, e.sentence_span.size())
                                               : std::string_view();
    line.insert(brace, ",\"issues\":" + nlohmann::json(filters.issues(sentence)).dump());
    out << line;
  }
}

}  // namespace dyad::cli
