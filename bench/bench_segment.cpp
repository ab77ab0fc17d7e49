// Segmentation throughput (target: >= 20 MB/s on one core) on a corpus built
// by repeating the project's own example texts, so the figure is reproducible
// without ../shared.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/normalize.h"
#include "text/segmenter.h"

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// About `bytes` of running text in one language.
std::string corpus(const char* example, std::size_t bytes) {
  const std::string unit = read_file(std::filesystem::path(DYAD_SOURCE_DIR) / "examples" / example);
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text += unit + "\n";
  return text;
}

void segment(benchmark::State& state, const char* lang, const char* example) {
  std::string error;
  const auto seg = dyad::load_segmenter(std::filesystem::path(DYAD_SOURCE_DIR) / "data", lang, &error);
  if (!seg) {
    state.SkipWithError(error.c_str());
    return;
  }
  const std::string text = corpus(example, 8u << 20);
  std::size_t tokens = 0;
  // segment_each is what `dyad segment` runs: sentences are written as they
  // come, so no Token object per token of the document is ever held.
  for (auto _ : state) {
    seg->segment_each(text, [&](dyad::Sentence& s) {
      tokens += s.tokens.size();
      benchmark::DoNotOptimize(s.tokens.data());
    });
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_SegmentEnglish(benchmark::State& state) { segment(state, "en", "ghana-eu-maritime.txt"); }
void BM_SegmentDutch(benchmark::State& state) { segment(state, "nl", "nederland-marokko-politie.txt"); }

// The normaliser alone: the share of segmentation spent mapping characters.
void BM_Normalize(benchmark::State& state) {
  const std::string text = corpus("nederland-marokko-politie.txt", 8u << 20);
  for (auto _ : state) {
    auto n = dyad::normalize(text);
    benchmark::DoNotOptimize(n.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// All sentences of the document held at once (Segmenter::segment), as `dyad
// code` does: the difference to BM_SegmentEnglish is the cost of one Token
// object per token.
void BM_SegmentEnglishCollected(benchmark::State& state) {
  std::string error;
  const auto seg = dyad::load_segmenter(std::filesystem::path(DYAD_SOURCE_DIR) / "data", "en", &error);
  if (!seg) {
    state.SkipWithError(error.c_str());
    return;
  }
  const std::string text = corpus("ghana-eu-maritime.txt", 8u << 20);
  for (auto _ : state) {
    const auto sentences = seg->segment(text);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

BENCHMARK(BM_SegmentEnglish)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentEnglishCollected)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SegmentDutch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
