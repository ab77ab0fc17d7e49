// Tag + lemmatize + parse throughput from tokenized input (EWT dev words),
// with the shipped English model: `build/bench/bench_parse`.
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

}  // namespace

BENCHMARK_MAIN();
