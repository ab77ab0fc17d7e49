// Opening a damaged database file: read-only (a query, which then runs) and
// read-write (ingest: checks, migrates). Either works or is refused with a
// message (StoreError), never a crash or an uncaught exception.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "fuzz_common.h"
#include "store/query.h"
#include "store/reports.h"
#include "store/store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fs = std::filesystem;
  const fs::path db = dyad::fuzz::scratch() / "fuzz.db";
  for (const char* side : {"-wal", "-shm", "-journal"}) fs::remove(db.string() + side);
  for (const auto mode : {dyad::store::OpenMode::kReadOnly, dyad::store::OpenMode::kReadWrite}) {
    dyad::fuzz::write_file(db, std::string_view(reinterpret_cast<const char*>(data), size));
    dyad::store::OpenOptions options;
    options.mode = mode;
    options.busy_timeout_ms = 0;
    std::string error;
    auto store = dyad::store::Store::open(db, options, &error);
    if (!store) {
      dyad::fuzz::check(!error.empty(), "a refused database says why");
      continue;
    }
    try {
      dyad::store::EventFilter filter;
      filter.limit = 50;
      std::size_t rows = 0;
      dyad::store::query_events(*store, filter, [&](const dyad::store::EventRow&) { ++rows; });
      dyad::store::network(*store, filter);
    } catch (const dyad::store::StoreError&) {
      // A damaged page found by the query: reported to the user, fine.
    }
  }
  return 0;
}
