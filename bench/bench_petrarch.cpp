// PETRARCH compatibility (issue 17). BM_LoadPhoenix: reading, converting and
// loading the full Phoenix actor files, agents, discards, issues and the
// CAMEO verb dictionary (target < 2 s, < 500 MB peak RSS). BM_GigaWord*: the
// GigaWord sample (75 records, repeated to 3,750) coded with those
// dictionaries — the coding stage alone (target ≥ 50,000 sentences/s), actor
// recognition plus coding, and end to end with segmentation and parsing
// (target ≥ 40,000 tokens/s). Reads ../shared/petrarch; skips without it.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/recognizer.h"
#include "actors/registry.h"
#include "events/cameo.h"
#include "events/dates.h"
#include "events/lexicon.h"
#include "nlp/annotator.h"
#include "petrarch/convert.h"
#include "petrarch/validation.h"
#include "pipeline/annotate.h"
#include "pipeline/code_document.h"
#include "text/front_end.h"

namespace {

namespace fs = std::filesystem;
const fs::path kData = fs::path(DYAD_SOURCE_DIR) / "data";
const fs::path kPetrarch = fs::path(DYAD_SHARED_DIR) / "petrarch";

dyad::petrarch::Sources phoenix() {
  const fs::path d = kPetrarch / "dictionaries";
  dyad::petrarch::Sources s;
  s.verbs = d / "CAMEO.2.0.txt";
  s.actors = {d / "Phoenix.Countries.actors.txt", d / "Phoenix.International.actors.txt", d / "Phoenix.MilNonState.actors.txt"};
  s.agents = d / "Phoenix.agents.txt";
  s.discards = d / "Phoenix.discards.txt";
  s.issues = d / "Phoenix.IssueCoding.txt";
  return s;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Converts the Phoenix set into a data directory (beside dyad's data).
bool build_dir(const fs::path& out, std::string* error) {
  dyad::petrarch::Report report;
  const auto dicts = dyad::petrarch::read_all(phoenix(), report);
  dyad::petrarch::ConvertOptions options;
  options.fallback = true;
  dyad::petrarch::known_codes(kData, options);
  const auto converted = dyad::petrarch::convert(dicts, options, report);
  return dyad::petrarch::write_data_dir(kData, converted, false, out, error);
}

void BM_LoadPhoenix(benchmark::State& state) {
  if (!fs::exists(kPetrarch / "dictionaries/CAMEO.2.0.txt")) {
    state.SkipWithError("no ../shared/petrarch");
    return;
  }
  const fs::path out = fs::temp_directory_path() / ("dyad-bench-petrarch-" + std::to_string(::getpid()));
  std::size_t surfaces = 0, patterns = 0;
  for (auto _ : state) {
    std::string error;
    fs::remove_all(out);
    if (!build_dir(out, &error)) {
      state.SkipWithError(error.c_str());
      return;
    }
    auto registry = dyad::Registry::load(out, "en", &error);
    auto lexicon = registry ? dyad::events::Lexicon::load(out / "lang/en/events", &error) : nullptr;
    if (!lexicon) {
      state.SkipWithError(error.c_str());
      return;
    }
    surfaces = registry->stats().surfaces;
    patterns = lexicon->size();
  }
  fs::remove_all(out);
  state.counters["surfaces"] = static_cast<double>(surfaces);
  state.counters["patterns"] = static_cast<double>(patterns);
  state.counters["peak_rss_MB"] = peak_rss_mb();
}
BENCHMARK(BM_LoadPhoenix)->Unit(benchmark::kMillisecond)->Iterations(3);

// Everything the GigaWord benchmarks share, made once.
struct GigaWord {
  std::unique_ptr<dyad::nlp::Annotator> annotator;
  std::unique_ptr<dyad::Registry> registry;
  std::unique_ptr<dyad::events::CameoTable> cameo;
  std::unique_ptr<dyad::events::Lexicon> lexicon;
  std::unique_ptr<dyad::events::DateRules> dates;
  std::unique_ptr<dyad::Recognizer> recognizer;
  std::unique_ptr<dyad::pipeline::DocumentCoder> coder;
  std::vector<dyad::Document> documents;  // 3,750
  std::vector<dyad::pipeline::AnnotatedDocument> annotated;
  std::size_t sentences = 0, tokens = 0;
  std::string error;

  // With the Phoenix dictionaries beside dyad's data, or (`phoenix` false)
  // with dyad's data alone, for comparison.
  static GigaWord& get(bool phoenix = true) {
    if (phoenix) {
      static GigaWord g(true);
      return g;
    }
    static GigaWord d(false);
    return d;
  }

 private:
  explicit GigaWord(bool phoenix) {
    const fs::path out = fs::temp_directory_path() / ("dyad-bench-gigaword-" + std::to_string(::getpid()));
    std::ifstream in(kPetrarch / "validation/GigaWord.sample.PETR.xml", std::ios::binary);
    if (!in) {
      error = "no ../shared/petrarch";
      return;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    dyad::petrarch::Report report;
    const auto file = dyad::petrarch::read_validation(dyad::petrarch::to_utf8(buffer.str()), "gigaword", report);
    if (phoenix && !build_dir(out, &error)) return;
    const fs::path data = phoenix ? out : kData;
    annotator = dyad::nlp::Annotator::load(dyad::nlp::default_model_path("en"), &error);
    registry = annotator ? dyad::Registry::load(data, "en", &error) : nullptr;
    cameo = registry ? dyad::events::CameoTable::load(data / "cameo", &error) : nullptr;
    lexicon = cameo ? dyad::events::Lexicon::load(data / "lang/en/events", &error) : nullptr;
    dates = lexicon ? dyad::events::DateRules::load(data / "lang/en/dates.txt", &error) : nullptr;
    if (phoenix) fs::remove_all(out);
    if (!dates) return;
    recognizer = std::make_unique<dyad::Recognizer>(*registry);
    coder = std::make_unique<dyad::pipeline::DocumentCoder>(*lexicon, *cameo, dates.get());
    dyad::TextFrontEnd front_end(kData);
    for (int copy = 0; copy < 50; ++copy) {
      for (const auto& r : file.records) {
        dyad::Document d;
        d.id = r.id + "-" + std::to_string(copy);
        d.text = r.text;
        d.lang = "en";
        if (const auto iso = dyad::petrarch::record_date(r.date); !iso.empty()) d.date = dyad::parse_iso_date(iso);
        documents.push_back(d);
        auto seg = front_end.process(std::move(d), [](const dyad::Diagnostic&) {});
        if (!seg) continue;
        sentences += seg->sentences.size();
        for (const auto& s : seg->sentences) tokens += s.tokens.size();
        if (copy == 0) annotated.push_back(dyad::pipeline::annotate(std::move(*seg), *annotator, *recognizer));
      }
    }
    // The 49 other copies are the same annotations (parsing is deterministic).
    const std::size_t one = annotated.size();
    for (int copy = 1; copy < 50; ++copy)
      for (std::size_t i = 0; i < one; ++i) annotated.push_back(annotated[i]);
  }
};

// state.range(0): 1 with the Phoenix dictionaries, 0 with dyad's data alone.
void BM_GigaWordCodingStage(benchmark::State& state) {
  GigaWord& g = GigaWord::get(state.range(0) != 0);
  if (!g.coder) {
    state.SkipWithError(g.error.c_str());
    return;
  }
  std::size_t events = 0;
  for (auto _ : state)
    for (const auto& a : g.annotated) events += g.coder->code(a).size();
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(g.sentences * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(g.sentences);
  state.counters["events_per_pass"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_GigaWordCodingStage)->Unit(benchmark::kMillisecond)->Arg(1)->Arg(0);

// Actor recognition (Phoenix names) and coding, on parsed sentences.
void BM_GigaWordActorsAndCoding(benchmark::State& state) {
  GigaWord& g = GigaWord::get();
  if (!g.coder) {
    state.SkipWithError(g.error.c_str());
    return;
  }
  for (auto _ : state) {
    for (const auto& a : g.annotated) {
      std::vector<std::vector<std::string>> upos(a.sentences.size());
      for (std::size_t s = 0; s < a.sentences.size(); ++s) {
        upos[s].assign(a.segmented.sentences[s].tokens.size(), "X");
        for (std::size_t w = a.sentences[s].parsed.words.size(); w-- > 0;)
          upos[s][a.sentences[s].word_token[w]] = a.sentences[s].parsed.words[w].upos;
      }
      benchmark::DoNotOptimize(g.recognizer->recognize(a.segmented.document, a.segmented.sentences, &upos));
      benchmark::DoNotOptimize(g.coder->code(a));
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(g.sentences * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GigaWordActorsAndCoding)->Unit(benchmark::kMillisecond);

void BM_GigaWordEndToEnd(benchmark::State& state) {
  GigaWord& g = GigaWord::get();
  if (!g.coder) {
    state.SkipWithError(g.error.c_str());
    return;
  }
  dyad::TextFrontEnd front_end(kData);
  for (auto _ : state) {
    for (const auto& d : g.documents) {
      dyad::Document copy = d;
      auto seg = front_end.process(std::move(copy), [](const dyad::Diagnostic&) {});
      if (!seg) continue;
      const auto annotated = dyad::pipeline::annotate(std::move(*seg), *g.annotator, *g.recognizer);
      benchmark::DoNotOptimize(g.coder->code(annotated));
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(g.tokens * state.iterations()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(g.sentences * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GigaWordEndToEnd)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
