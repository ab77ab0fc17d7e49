// Event coding speed. BM_CodeSentences: the coding stage alone (parsed
// sentences and actors in, events out) over gold UD trees of EWT test, every
// proper noun standing for an actor — the issue asks for ≥ 50,000
// sentences/s. BM_CodeEndToEnd: the whole `dyad code` pipeline (segment,
// tag, parse, actors, code) over the English dev-set texts, in tokens/s.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "actors/recognizer.h"
#include "actors/registry.h"
#include "events/cameo.h"
#include "events/coder.h"
#include "events/dates.h"
#include "events/lexicon.h"
#include "nlp/annotator.h"
#include "pipeline/annotate.h"
#include "pipeline/code_document.h"
#include "text/front_end.h"

namespace {

const std::filesystem::path kData = std::filesystem::path(DYAD_SOURCE_DIR) / "data";
const std::filesystem::path kShared = DYAD_SHARED_DIR;

void BM_CodeSentences(benchmark::State& state) {
  std::string error;
  auto cameo = dyad::events::CameoTable::load(kData / "cameo", &error);
  auto lexicon = cameo ? dyad::events::Lexicon::load(kData / "lang/en/events", &error) : nullptr;
  std::vector<dyad::nlp::ParsedSentence> sentences;
  if (lexicon && !dyad::nlp::read_conllu_file((kShared / "ud/en_ewt/en_ewt-ud-test.conllu").string(), sentences, &error)) {
    lexicon.reset();
  }
  if (!lexicon) {
    state.SkipWithError(error.c_str());
    return;
  }
  static const char* kCountries[] = {"KEN", "NLD", "GBR", "USA", "FRA", "DEU", "NOR", "JOR"};
  std::vector<dyad::Actor> actors;
  for (const char* c : kCountries) actors.push_back(dyad::Actor{c, c, "", "", ""});
  std::vector<std::vector<dyad::events::ArgActor>> args(sentences.size());
  std::size_t with_actors = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (std::size_t w = 0; w < sentences[s].words.size(); ++w) {
      if (sentences[s].words[w].upos != "PROPN") continue;
      const std::size_t k = (s + w) % actors.size();
      args[s].push_back({w, w + 1, &actors[k], k});
    }
    with_actors += !args[s].empty();
  }
  const dyad::events::Coder coder(*lexicon, *cameo);
  std::size_t events = 0;
  for (auto _ : state) {
    for (std::size_t s = 0; s < sentences.size(); ++s) events += coder.code(sentences[s], args[s]).size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences.size()));
  state.counters["sentences"] = static_cast<double>(sentences.size());
  state.counters["with_actors"] = static_cast<double>(with_actors);
  state.counters["events_per_pass"] = static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_CodeSentences)->Unit(benchmark::kMillisecond);

void BM_CodeEndToEnd(benchmark::State& state) {
  std::string error;
  auto annotator = dyad::nlp::Annotator::load(dyad::nlp::default_model_path("en"), &error);
  auto registry = annotator ? dyad::Registry::load(kData, "en", &error) : nullptr;
  auto cameo = registry ? dyad::events::CameoTable::load(kData / "cameo", &error) : nullptr;
  auto lexicon = cameo ? dyad::events::Lexicon::load(kData / "lang/en/events", &error) : nullptr;
  auto dates = lexicon ? dyad::events::DateRules::load(kData / "lang/en/dates.txt", &error) : nullptr;
  if (!dates) {
    state.SkipWithError(error.c_str());
    return;
  }
  dyad::Document doc;
  doc.id = "bench";
  doc.lang = "en";
  doc.date = dyad::PartialDate{2019, 3, 14};
  std::ifstream in(std::filesystem::path(DYAD_SOURCE_DIR) / "tests/events/fixtures/dev_en.txt");
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '@' && line[0] != '=' && line[0] != '#') doc.text += line + " ";
  }
  const dyad::Recognizer recognizer(*registry);
  const dyad::pipeline::DocumentCoder coder(*lexicon, *cameo, dates.get());
  dyad::TextFrontEnd front_end(kData);
  std::size_t tokens = 0;
  for (auto _ : state) {
    dyad::Document copy = doc;
    auto segmented = front_end.process(std::move(copy), [](const dyad::Diagnostic&) {});
    if (!segmented) {
      state.SkipWithError("segmentation failed");
      return;
    }
    for (const auto& s : segmented->sentences) tokens += s.tokens.size();
    const auto annotated = dyad::pipeline::annotate(std::move(*segmented), *annotator, recognizer);
    benchmark::DoNotOptimize(coder.code(annotated));
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CodeEndToEnd)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
