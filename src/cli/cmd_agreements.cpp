#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "cli/store_options.h"
#include "store/agreements.h"

namespace dyad::cli {

Command add_agreements(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "agreements", "List the agreements register: who agreed what with whom, of which kind, on which topics, when");
  struct Options {
    std::string db = "dyad.db", party, with, topic, kind, since, until, doc, format = "table";
    std::size_t limit = 0;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--db", o->db, "Database: a file, postgresql://user@host/name or 'host=... dbname=...'")->capture_default_str();
  cmd->add_option("--party", o->party, "Agreements with this party (principal: ISO alpha-3 such as KEN, or EU, UN ...)");
  cmd->add_option("--with", o->with, "... and this other party");
  cmd->add_option("--topic", o->topic, "Agreements on this topic (docs/AGREEMENTS.md: counter_terrorism, trade_investment ...)");
  cmd->add_option("--kind", o->kind, "Agreements of this kind (mou, treaty, declaration_of_intent ...)");
  cmd->add_option("--since", o->since, "Signed on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out");
  cmd->add_option("--until", o->until, "Signed on or before this date");
  cmd->add_option("--doc", o->doc, "Reported in this document");
  cmd->add_option("--limit", o->limit, "At most this many")->check(CLI::Range(std::size_t{0}, std::size_t{1'000'000'000}));
  cmd->add_option("--format,-f", o->format, "table, jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}))
      ->capture_default_str();
  return {cmd, [o]() -> int {
    store::AgreementFilter f;
    auto upper = [](std::string s) {
      for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return s;
    };
    f.party = upper(o->party);
    f.with = upper(o->with);
    f.topic = o->topic;
    f.kind = o->kind;
    f.doc = o->doc;
    f.limit = o->limit;
    for (auto [text, out, name] : {std::tuple{&o->since, &f.since, "--since"}, {&o->until, &f.until, "--until"}}) {
      if (text->empty()) continue;
      *out = parse_date_option(*text);
      if (!*out) {
        std::cerr << "dyad: " << name << ": not a date (want YYYY, YYYY-MM or YYYY-MM-DD): " << *text << "\n";
        return kUsage;
      }
    }
    if (!f.with.empty() && f.party.empty()) std::swap(f.party, f.with);
    auto s = open_for_query(o->db);
    if (!s) return kFatal;
    const auto format = o->format == "jsonl" ? store::AgreementFormat::kJsonl
                        : o->format == "csv" ? store::AgreementFormat::kCsv
                                             : store::AgreementFormat::kTable;
    std::vector<store::AgreementRow> rows;
    try {
      store::query_agreements(*s, f, [&](const store::AgreementRow& r) { rows.push_back(r); });
    } catch (const store::StoreError& e) {
      std::cerr << "dyad: " << store::display_name(o->db) << ": " << store::redacted(o->db, e.what()) << "\n";
      return kFatal;
    }
    store::write_agreements(std::cout, format, rows);
    std::cout.flush();
    check_output();
    return kOk;
  }};
}

}  // namespace dyad::cli
