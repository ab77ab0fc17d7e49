#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/store_options.h"
#include "store/event_formats.h"

namespace dyad::cli {

Command add_events(CLI::App& app) {
  auto* cmd = app.add_subcommand("events", "List stored events, or event clusters (merged reports), with filters");
  auto opts = std::make_shared<StoreQueryOptions>();
  auto format = std::make_shared<std::string>("table");
  auto clusters = std::make_shared<bool>(false);
  add_store_query_options(*cmd, *opts);
  cmd->add_flag("--clusters", *clusters, "One row per real-world event: its reports merged across documents and languages");
  cmd->add_option("--format,-f", *format, "table, jsonl, csv or tsv")
      ->check(CLI::IsMember({"table", "jsonl", "csv", "tsv"}))
      ->capture_default_str();
  return {cmd, [opts, format, clusters]() -> int {
    store::EventFilter filter;
    if (int rc = to_filter(*opts, filter); rc != kOk) return rc;
    auto s = open_for_query(opts->db);
    if (!s) return kFatal;
    const store::Format fmt = *store::parse_format(*format);
    try {
      if (*clusters) {
        std::vector<store::ClusterRow> rows;
        store::query_clusters(*s, filter, [&](const store::ClusterRow& c) { rows.push_back(c); });
        store::write_clusters(std::cout, fmt, rows);
      } else {
        store::EventWriter writer(std::cout, fmt);
        store::query_events(*s, filter, [&](const store::EventRow& r) { writer.write(r); });
        writer.finish();
      }
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << store::display_name(opts->db) << ": " << store::redacted(opts->db, e.what()) << "\n";
      return kFatal;
    }
    std::cout.flush();
    return kOk;
  }};
}

}  // namespace dyad::cli
