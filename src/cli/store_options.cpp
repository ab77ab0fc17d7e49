#include "cli/store_options.h"

#include <cstdint>
#include <iostream>
#include <limits>

#include "cli/commands.h"
#include "cli/common.h"

namespace dyad::cli {

void add_store_query_options(CLI::App& cmd, StoreQueryOptions& o, bool actor_option) {
  cmd.add_option("--db", o.db, "Database: a file, postgresql://user@host/name or 'host=... dbname=...'")->capture_default_str();
  if (actor_option) cmd.add_option("--actor", o.actor, "Events with this actor (code prefix: NLD matches NLDGOV)");
  cmd.add_option("--with", o.with, "... and this actor on the other side");
  cmd.add_option("--code", o.code, "CAMEO code prefix: 05 or 057");
  cmd.add_option("--quad", o.quad, "Quad class 1-4")->check(CLI::Range(1, 4));
  cmd.add_option("--since", o.since, "Events on or after this date (2017, 2017-01, 2017-01-31)");
  cmd.add_option("--until", o.until, "Events on or before the end of this date");
  cmd.add_option("--lang", o.lang, "Reports in this language (en, nl)");
  cmd.add_option("--doc", o.doc, "Events of this document id");
  cmd.add_option("--limit", o.limit, "At most this many rows (0: all)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{std::numeric_limits<std::int64_t>::max()}));
}

int to_filter(const StoreQueryOptions& o, store::EventFilter& f) {
  f.actor = o.actor;
  f.with = o.with;
  f.code = o.code;
  if (o.quad) f.quad = o.quad;
  f.lang = o.lang;
  f.doc = o.doc;
  f.limit = o.limit;
  for (auto [text, out, name] : {std::tuple{&o.since, &f.since, "--since"}, {&o.until, &f.until, "--until"}}) {
    if (text->empty()) continue;
    *out = parse_date_option(*text);
    if (!*out) {
      std::cerr << "dyad: " << name << ": not a date (want YYYY, YYYY-MM or YYYY-MM-DD): " << *text << "\n";
      return kUsage;
    }
  }
  return kOk;
}

std::unique_ptr<store::Store> open_for_query(const std::string& path) {
  std::string error;
  store::OpenOptions options;
  options.mode = store::OpenMode::kReadOnly;
  auto s = store::Store::open(path, options, &error);
  if (!s) std::cerr << "dyad: " << error << "\n";
  return s;
}

}  // namespace dyad::cli
