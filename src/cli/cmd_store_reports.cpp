// Aggregates over a dyad database: actor-counts, network, timeline, export.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/store_options.h"
#include "store/agreements.h"
#include "store/gdelt.h"
#include "store/report_formats.h"

namespace dyad::cli {
namespace {

// Runs `body` on the opened store with the filter, turning store errors
// into a message and kFatal.
template <typename Body>
Runner query_runner(std::shared_ptr<StoreQueryOptions> opts, Body body) {
  return [opts, body]() -> int {
    store::EventFilter filter;
    if (int rc = to_filter(*opts, filter); rc != kOk) return rc;
    auto s = open_for_query(opts->db);
    if (!s) return kFatal;
    try {
      body(*s, filter);
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << store::display_name(opts->db) << ": " << store::redacted(opts->db, e.what()) << "\n";
      return kFatal;
    }
    std::cout.flush();
    return kOk;
  };
}

CLI::Option* add_table_format(CLI::App& cmd, std::string& format) {
  return cmd.add_option("--format,-f", format, "table, jsonl, csv or tsv")
      ->check(CLI::IsMember({"table", "jsonl", "csv", "tsv"}))
      ->capture_default_str();
}

}  // namespace

// `dyad actors` recognises actors in text; counting stored actors is a
// different job with different options, hence its own name.
Command add_actor_counts(CLI::App& app) {
  auto* cmd = app.add_subcommand("actor-counts", "Actors in a database with their event counts (as source, as target)");
  auto opts = std::make_shared<StoreQueryOptions>();
  auto format = std::make_shared<std::string>("table");
  add_store_query_options(*cmd, *opts);
  add_table_format(*cmd, *format);
  return {cmd, query_runner(opts, [format](store::Store& s, const store::EventFilter& f) {
            store::write_actor_counts(std::cout, *store::parse_format(*format), store::actor_counts(s, f));
          })};
}

Command add_network(CLI::App& app) {
  auto* cmd = app.add_subcommand("network", "The dyad network: event counts, mean Goldstein, cooperation and conflict shares");
  auto opts = std::make_shared<StoreQueryOptions>();
  auto format = std::make_shared<std::string>("json");
  add_store_query_options(*cmd, *opts);
  cmd->add_option("--format,-f", *format, "json, graphml or gexf (Gephi opens the last two)")
      ->check(CLI::IsMember({"json", "graphml", "gexf"}))
      ->capture_default_str();
  return {cmd, query_runner(opts, [format](store::Store& s, const store::EventFilter& f) {
            const auto g = *format == "json"      ? store::GraphFormat::kJson
                           : *format == "graphml" ? store::GraphFormat::kGraphml
                                                  : store::GraphFormat::kGexf;
            auto dyads = store::network(s, f);
            store::add_agreements(s, dyads);
            store::write_network(std::cout, g, dyads);
          })};
}

Command add_timeline(CLI::App& app) {
  auto* cmd = app.add_subcommand("timeline", "An actor's events per day, month or year");
  auto opts = std::make_shared<StoreQueryOptions>();
  auto format = std::make_shared<std::string>("table");
  auto by = std::make_shared<std::string>("month");
  add_store_query_options(*cmd, *opts, false);
  cmd->add_option("--actor", opts->actor, "The actor (code prefix)")->required();
  cmd->add_option("--by", *by, "day, month or year")->check(CLI::IsMember({"day", "month", "year"}))->capture_default_str();
  add_table_format(*cmd, *format);
  return {cmd, query_runner(opts, [format, by](store::Store& s, const store::EventFilter& f) {
            const auto unit = *by == "day"     ? store::TimelineUnit::kDay
                              : *by == "month" ? store::TimelineUnit::kMonth
                                               : store::TimelineUnit::kYear;
            store::write_timeline(std::cout, *store::parse_format(*format), store::timeline(s, f, unit));
          })};
}

Command add_export(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "Export event clusters as a GDELT-style tab-separated table (columns: README)");
  auto opts = std::make_shared<StoreQueryOptions>();
  auto format = std::make_shared<std::string>("gdelt");
  add_store_query_options(*cmd, *opts);
  cmd->add_option("--format,-f", *format, "gdelt")->check(CLI::IsMember({"gdelt"}))->capture_default_str();
  // The runner owns `format`: CLI11 writes the parsed value through it.
  return {cmd, query_runner(opts, [format](store::Store& s, const store::EventFilter& f) {
            store::export_gdelt(s, f, std::cout);
          })};
}

}  // namespace dyad::cli
