// Tag + lemmatize + parse throughput from tokenized input (EWT dev words),
// with the shipped English model, and model load time: `build/bench/bench_parse`.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "nlp/annotator.h"

namespace {

struct Fixture {
  std::unique_ptr<dyad::nlp::Annotator> model;
  std::vector<std::vector<dyad::nlp::AnnotatedWord>> sentences;
  std::size_t words = 0;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture x;
    std::string error;
    x.model = dyad::nlp::Annotator::load(std::filesystem::path(DYAD_SOURCE_DIR) / "models" / "en.dyadmodel", &error);
    std::vector<dyad::nlp::ParsedSentence> gold;
    dyad::nlp::read_conllu_file(std::string(DYAD_SOURCE_DIR) + "/../shared/ud/en_ewt/en_ewt-ud-dev.conllu", gold, &error);
    for (const auto& s : gold) {
      std::vector<dyad::nlp::AnnotatedWord> words;
      for (const auto& w : s.words) words.push_back({w.form});
      x.words += words.size();
      x.sentences.push_back(std::move(words));
    }
    return x;
  }();
  return f;
}

void BM_TagParse(benchmark::State& state) {
  const auto& f = fixture();
  if (!f.model || f.sentences.empty()) {
    state.SkipWithError("needs models/en.dyadmodel and ../shared/ud/en_ewt");
    return;
  }
  for (auto _ : state) {
    for (const auto& s : f.sentences) {
      auto words = s;
      f.model->annotate(words);
      benchmark::DoNotOptimize(words.data());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(f.words * state.iterations()),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagParse)->Unit(benchmark::kMillisecond);

// Loading a model file: what every `dyad` command pays before its first word.
void BM_LoadModel(benchmark::State& state, const char* lang) {
  const auto path = std::filesystem::path(DYAD_SOURCE_DIR) / "models" / (std::string(lang) + ".dyadmodel");
  for (auto _ : state) {
    std::string error;
    auto model = dyad::nlp::Annotator::load(path, &error);
    if (!model) {
      state.SkipWithError(error.c_str());
      return;
    }
    benchmark::DoNotOptimize(model.get());
  }
}
BENCHMARK_CAPTURE(BM_LoadModel, en, "en")->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK_CAPTURE(BM_LoadModel, nl, "nl")->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

}  // namespace

BENCHMARK_MAIN();
