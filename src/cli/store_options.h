// Options shared by the commands that read a dyad database: which file, and
// which events (actor, other side, code, quad, dates, language, document).
#pragma once
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "store/query.h"
#include "store/store.h"

namespace dyad::cli {

struct StoreQueryOptions {
  std::string db = "dyad.db";
  std::string actor, with, code, since, until, lang, doc;
  int quad = 0;
  std::size_t limit = 0;
};

// `actor_option` false for commands whose --actor means something else.
void add_store_query_options(CLI::App& cmd, StoreQueryOptions& opts, bool actor_option = true);

// The filter, or kUsage after printing what is wrong (a bad date).
int to_filter(const StoreQueryOptions& opts, store::EventFilter& filter);

// Opens the database read-only; null after printing the problem.
std::unique_ptr<store::Store> open_for_query(const std::string& path);

}  // namespace dyad::cli
