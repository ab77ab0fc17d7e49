// Actor registry load time (the issue asks for < 200 ms) and recognition
// throughput over the seed documents.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/recognizer.h"
#include "actors/registry.h"
#include "text/segmenter.h"

namespace {

const std::filesystem::path kData = std::filesystem::path(DYAD_SOURCE_DIR) / "data";

void BM_LoadRegistry(benchmark::State& state, const char* lang) {
  for (auto _ : state) {
    std::string error;
    auto registry = dyad::Registry::load(kData, lang, &error);
    if (!registry) state.SkipWithError(error.c_str());
    benchmark::DoNotOptimize(registry);
  }
}
BENCHMARK_CAPTURE(BM_LoadRegistry, en, "en")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LoadRegistry, nl, "nl")->Unit(benchmark::kMillisecond);

void BM_Recognize(benchmark::State& state) {
  std::string error;
  auto registry = dyad::Registry::load(kData, "en", &error);
  auto segmenter = dyad::load_segmenter(kData, "en", &error);
  if (!registry || !segmenter) {
    state.SkipWithError(error.c_str());
    return;
  }
  dyad::Document doc;
  doc.lang = "en";
  // The project's own annotated texts, markup removed, repeated.
  const auto dir = std::filesystem::path(DYAD_SOURCE_DIR) / "tests/actors/fixtures/en";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(e.path());
    std::stringstream s;
    s << in.rdbuf();
    for (char c : s.str()) {
      if (c != '[' && c != ']') doc.text += c;
    }
  }
  std::string text = doc.text;
  for (int i = 0; i < 20; ++i) doc.text += text;
  const auto sentences = segmenter->segment(doc.text);
  const dyad::Recognizer recognizer(*registry);
  for (auto _ : state) benchmark::DoNotOptimize(recognizer.recognize(doc, sentences));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
