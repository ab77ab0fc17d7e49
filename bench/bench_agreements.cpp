// Agreement extraction's share of `dyad code` time (issue 19: at most 10%).
// Over the same English documents — the dev-set text and the agreements
// gold file's English texts — BM_CodePipeline runs what `dyad code` runs
// (segment, tag, parse, actors, events) and BM_AgreementsExtract only the
// extraction, on documents annotated and coded once beforehand. The ratio
// of their times per pass is the share.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "agreements/extractor.h"
#include "events/cameo.h"
#include "pipeline/annotate.h"
#include "pipeline/language_kit.h"
#include "text/front_end.h"

namespace {

const std::filesystem::path kData = std::filesystem::path(DYAD_SOURCE_DIR) / "data";

std::vector<dyad::Document> documents() {
  std::vector<dyad::Document> out;
  dyad::Document dev;
  dev.id = "dev";
  dev.lang = "en";
  dev.date = dyad::PartialDate{2019, 3, 14};
  std::ifstream in(std::filesystem::path(DYAD_SOURCE_DIR) / "tests/events/fixtures/dev_en.txt");
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '@' && line[0] != '=' && line[0] != '#') dev.text += line + " ";
  out.push_back(dev);
  std::ifstream gold(std::filesystem::path(DYAD_SOURCE_DIR) / "tests/agreements/gold.jsonl");
  for (std::string line; std::getline(gold, line);) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || j.value("lang", "") != "en") continue;
    dyad::Document d;
    d.id = j["id"];
    d.lang = "en";
    d.text = j["text"];
    out.push_back(d);
  }
  return out;
}

struct Setup {
  std::unique_ptr<dyad::events::CameoTable> cameo;
  std::unique_ptr<dyad::pipeline::LanguageKits> kits;
  const dyad::pipeline::LanguageKit* kit = nullptr;
  std::unique_ptr<dyad::agreements::Extractor> extractor;
  std::string error;
  Setup() {
    cameo = dyad::events::CameoTable::load(kData / "cameo", &error);
    if (!cameo) return;
    kits = std::make_unique<dyad::pipeline::LanguageKits>(kData, *cameo);
    kit = kits->get("en", [&](const dyad::Diagnostic& d) { error = d.message; });
    extractor = dyad::agreements::Extractor::load(kData / "lang/en/agreements", &error);
  }
  bool ok() const { return kit && extractor; }
};

void BM_CodePipeline(benchmark::State& state) {
  Setup s;
  if (!s.ok()) {
    state.SkipWithError(s.error.c_str());
    return;
  }
  const auto docs = documents();
  dyad::TextFrontEnd front_end(kData);
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto segmented = front_end.process(dyad::Document(d), [](const dyad::Diagnostic&) {});
      if (!segmented) continue;
      const auto annotated = dyad::pipeline::annotate(std::move(*segmented), *s.kit->annotator, *s.kit->recognizer, s.kit->dates.get());
      benchmark::DoNotOptimize(s.kit->coder->code(annotated));
    }
  }
  state.counters["documents"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_CodePipeline)->Unit(benchmark::kMillisecond);

void BM_AgreementsExtract(benchmark::State& state) {
  Setup s;
  if (!s.ok()) {
    state.SkipWithError(s.error.c_str());
    return;
  }
  dyad::TextFrontEnd front_end(kData);
  std::vector<std::pair<dyad::pipeline::AnnotatedDocument, std::vector<dyad::events::Event>>> coded;
  for (const auto& d : documents()) {
    auto segmented = front_end.process(dyad::Document(d), [](const dyad::Diagnostic&) {});
    if (!segmented) continue;
    auto annotated = dyad::pipeline::annotate(std::move(*segmented), *s.kit->annotator, *s.kit->recognizer, s.kit->dates.get());
    auto events = s.kit->coder->code(annotated);
    coded.emplace_back(std::move(annotated), std::move(events));
  }
  std::size_t found = 0;
  for (auto _ : state)
    for (const auto& [doc, events] : coded) found += s.extractor->extract(doc, events, s.kit->dates.get()).size();
  state.counters["agreements_per_pass"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_AgreementsExtract)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
