// Store benchmarks: ingest of already-coded events (events/s) and indexed
// queries by actor, code and date range on a generated database of
// 1,000,000 events. The database is generated once and reused:
//   build/bench/bench_store                       (uses /tmp/dyad-bench-store-1m.db)
//   DYAD_BENCH_STORE_DB=path build/bench/bench_store
//   DYAD_BENCH_STORE_DB=postgresql://... build/bench/bench_store --benchmark_filter='Query|Count'
// (the queries on a PostgreSQL database; generating it takes minutes). An
// older cached database is migrated to the current schema on first use.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "store/query.h"
#include "store/store.h"
#include "store/writer.h"

namespace {

using namespace dyad::store;
namespace fs = std::filesystem;

constexpr std::size_t kEvents = 1'000'000;
constexpr std::size_t kEventsPerDoc = 10;

const std::vector<std::string>& actors() {
  static const std::vector<std::string> a = [] {
    std::vector<std::string> out;
    const char* countries[] = {"NLD", "KEN", "USA", "GBR", "FRA", "DEU", "RUS", "CHN", "SOM", "ETH", "MAR", "BEL",
                               "ESP", "ITA", "TUR", "IRN", "ISR", "EGY", "NGA", "ZAF", "IND", "PAK", "AFG", "UKR",
                               "POL", "SWE", "NOR", "DNK", "JPN", "KOR", "BRA", "MEX", "CAN", "AUS", "IDN", "SAU",
                               "SYR", "IRQ", "LBY", "MLI"};
    for (const char* c : countries) {
      for (const char* sector : {"", "GOV", "MIL", "COP", "REB"}) out.push_back(std::string(c) + sector);
    }
    out.push_back("IGOUNO");
    out.push_back("IGOEU");
    return out;
  }();
  return a;
}

const std::vector<std::string>& codes() {
  static const std::vector<std::string> c = {"010", "020", "030", "036", "040", "042", "043", "046", "050", "051",
                                             "057", "060", "061", "070", "071", "080", "090", "100", "110", "111",
                                             "112", "120", "130", "140", "150", "160", "163", "170", "173", "180",
                                             "181", "190", "193", "200"};
  return c;
}

// Deterministic documents of kEventsPerDoc events each.
StoredDocument make_document(std::size_t n, std::mt19937_64& rng) {
  static const char* words[] = {"the", "minister", "said", "talks", "border", "police", "signed", "agreement",
                                "security", "aid", "visit", "troops", "attack", "sanctions", "summit", "trade",
                                "president", "capital", "ceasefire", "rebels", "election", "protest", "water",
                                "energy", "court", "refugees", "port", "navy", "oil", "bank"};
  StoredDocument d;
  d.id = "bench-" + std::to_string(n);
  d.lang = n % 3 == 0 ? "nl" : "en";
  for (int i = 0; i < 40; ++i) {
    d.text += words[rng() % 30];
    d.text += ' ';
  }
  d.text += std::to_string(n);
  d.sentences = {{0, d.text.size()}};
  const auto& a = actors();
  const auto& c = codes();
  for (std::size_t i = 0; i < kEventsPerDoc; ++i) {
    StoredEvent e;
    e.sentence = 0;
    e.text = d.text.substr(0, 60);
    e.span = {0, 60};
    e.trigger = "signed";
    e.code = c[rng() % c.size()];
    e.root = e.code.substr(0, 2);
    e.name = "event";
    e.quad = e.code < "06" ? 1 : e.code < "09" ? 2 : e.code < "15" ? 3 : 4;
    e.goldstein = e.quad <= 2 ? 4.0 : -6.0;
    e.source.code = a[rng() % a.size()];
    e.source.country = e.source.code.substr(0, 3);
    e.source.text = e.source.code;
    StoredActor t;
    t.code = a[rng() % a.size()];
    t.country = t.code.substr(0, 3);
    t.text = t.code;
    e.target = t;
    e.symmetric = rng() % 5 == 0;
    const int day = static_cast<int>(rng() % 3650);
    e.date = dyad::PartialDate{2010 + day / 365, 1 + (day % 365) / 31 % 12, 1 + day % 28};
    if (rng() % 4 == 0) e.date->day = 0;
    e.lang = d.lang;
    e.confidence = 0.8;
    d.events.push_back(std::move(e));
  }
  return d;
}

// Writes `events` events into `store` in batches of 1,000 documents.
void fill(Store& store, std::size_t first_doc, std::size_t events) {
  std::mt19937_64 rng(first_doc + 17);
  Writer w(store);
  const std::size_t docs = events / kEventsPerDoc;
  for (std::size_t i = 0; i < docs; i += 1000) {
    w.begin();
    for (std::size_t j = i; j < std::min(docs, i + 1000); ++j) w.put(make_document(first_doc + j, rng));
    w.commit();
  }
}

Store& bench_db() {
  static std::unique_ptr<Store> store = [] {
    const char* env = std::getenv("DYAD_BENCH_STORE_DB");
    const fs::path path = env ? env : "/tmp/dyad-bench-store-1m.db";
    std::string error;
    auto s = Store::open(path, {}, &error);
    if (!s) {
      std::fprintf(stderr, "bench_store: %s\n", error.c_str());
      std::exit(1);
    }
    const auto have = s->db().scalar("SELECT count(*) FROM events").value_or(0);
    if (have < static_cast<std::int64_t>(kEvents)) {
      std::fprintf(stderr, "bench_store: generating %zu events in %s (once)...\n", kEvents, path.c_str());
      fill(*s, static_cast<std::size_t>(have) / kEventsPerDoc, kEvents - static_cast<std::size_t>(have));
      s->db().exec("ANALYZE");
    }
    return s;
  }();
  return *store;
}

void BM_IngestCodedEvents(benchmark::State& state) {
  const fs::path path = fs::temp_directory_path() / "dyad-bench-ingest.db";
  const auto events = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path.string() + ext);
    std::string error;
    auto s = Store::open(path, {}, &error);
    state.ResumeTiming();
    fill(*s, 0, events);
  }
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events * state.iterations()), benchmark::Counter::kIsRate);
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path.string() + ext);
}
BENCHMARK(BM_IngestCodedEvents)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(2);

// Measures full retrieval: every matching row is read and decoded into an
// EventRow (all contract fields and supporting sentences), no LIMIT. The
// "rows" counter says how many. On a shared machine compare CPU times.
void run_query(benchmark::State& state, const EventFilter& f) {
  Store& s = bench_db();
  std::size_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    query_events(s, f, [&](const EventRow&) { ++rows; });
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_QueryByActor(benchmark::State& state) {
  EventFilter f;
  f.actor = "NLDGOV";
  run_query(state, f);
}
BENCHMARK(BM_QueryByActor)->Unit(benchmark::kMillisecond);

void BM_QueryDyad(benchmark::State& state) {
  EventFilter f;
  f.actor = "NLD";
  f.with = "KEN";
  run_query(state, f);
}
BENCHMARK(BM_QueryDyad)->Unit(benchmark::kMillisecond);

void BM_QueryByCode(benchmark::State& state) {
  EventFilter f;
  f.code = "057";
  run_query(state, f);
}
BENCHMARK(BM_QueryByCode)->Unit(benchmark::kMillisecond);

void BM_QueryByDateRange(benchmark::State& state) {
  EventFilter f;
  f.since = dyad::parse_iso_date("2015-03-01");
  f.until = dyad::parse_iso_date("2015-03-10");
  run_query(state, f);
}
BENCHMARK(BM_QueryByDateRange)->Unit(benchmark::kMillisecond);

void BM_QueryActorCodeDate(benchmark::State& state) {
  EventFilter f;
  f.actor = "NLD";
  f.code = "05";
  f.since = dyad::parse_iso_date("2014");
  f.until = dyad::parse_iso_date("2016");
  run_query(state, f);
}
BENCHMARK(BM_QueryActorCodeDate)->Unit(benchmark::kMillisecond);

void BM_CountByActor(benchmark::State& state) {
  EventFilter f;
  f.actor = "NLD";
  Store& s = bench_db();
  std::size_t n = 0;
  for (auto _ : state) n = count_events(s, f);
  state.counters["rows"] = static_cast<double>(n);
}
BENCHMARK(BM_CountByActor)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
