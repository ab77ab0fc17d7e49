// The acceptance check as a test: the shared seed documents coded
// by the whole pipeline and scored like ../shared/tools/score_events.py
// (document, principal pair, CAMEO root; symmetric or 04 in either order).
// Skipped when the shared data or the parser models are missing.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "actors/recognizer.h"
#include "actors/registry.h"
#include "events/cameo.h"
#include "events/dates.h"
#include "events/lexicon.h"
#include "nlp/annotator.h"
#include "pipeline/annotate.h"
#include "pipeline/code_document.h"
#include "text/front_end.h"

namespace dyad {
namespace {

std::vector<nlohmann::json> read_jsonl(const std::filesystem::path& path) {
  std::vector<nlohmann::json> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  return out;
}

std::string strip(std::string p) {
  if (auto colon = p.find(':'); colon != std::string::npos) p = p.substr(colon + 1);
  return p;
}

TEST(Seeds, AllRequiredEventsWithPrecisionAtLeast08) {
  const std::filesystem::path seeds = std::filesystem::path(DYAD_SHARED_DIR) / "seeds";
  if (!std::filesystem::exists(seeds / "gold-events.jsonl")) GTEST_SKIP() << "shared seeds not found under " << seeds;
  const std::filesystem::path data = std::filesystem::path(DYAD_SOURCE_DIR) / "data";
  std::string error;
  auto cameo = events::CameoTable::load(data / "cameo", &error);
  ASSERT_TRUE(cameo) << error;
  struct Kit {
    std::unique_ptr<nlp::Annotator> annotator;
    std::unique_ptr<Registry> registry;
    std::unique_ptr<events::Lexicon> lexicon;
    std::unique_ptr<events::DateRules> dates;
  };
  std::map<std::string, Kit> kits;
  for (const char* lang : {"en", "nl"}) {
    Kit k;
    k.annotator = nlp::Annotator::load(nlp::default_model_path(lang), &error);
    if (!k.annotator) GTEST_SKIP() << "no usable parser model for '" << lang << "': " << error;
    k.registry = Registry::load(data, lang, &error);
    k.lexicon = events::Lexicon::load(data / "lang" / lang / "events", &error);
    k.dates = events::DateRules::load(data / "lang" / lang / "dates.txt", &error);
    ASSERT_TRUE(k.registry && k.lexicon && k.dates) << error;
    kits[lang] = std::move(k);
  }
  TextFrontEnd front_end(data);
  // (doc, source, target, root) as the scorer keys them.
  std::set<std::tuple<std::string, std::string, std::string, std::string>> keys;
  for (const auto& meta : read_jsonl(seeds / "docs.jsonl")) {
    Document doc;
    doc.id = meta["id"];
    doc.lang = meta["lang"];
    std::ifstream in(seeds / (doc.id + ".txt"));
    std::stringstream text;
    text << in.rdbuf();
    doc.text = text.str();
    const Kit& k = kits.at(doc.lang);
    auto segmented = front_end.process(std::move(doc), [](const Diagnostic&) {});
    ASSERT_TRUE(segmented);
    const Recognizer recognizer(*k.registry);
    const pipeline::DocumentCoder coder(*k.lexicon, *cameo, k.dates.get());
    const auto annotated = pipeline::annotate(std::move(*segmented), *k.annotator, recognizer, k.dates.get());
    for (const auto& e : coder.code(annotated)) {
      keys.emplace(annotated.segmented.document.id, events::principal(e.source.actor),
                   e.target ? events::principal(e.target->actor) : "---", e.code->root);
    }
  }
  const auto gold = read_jsonl(seeds / "gold-events.jsonl");
  std::set<std::size_t> matched;
  int tp = 0, fp = 0;
  for (const auto& [doc, src, tgt, root] : keys) {
    bool hit = false;
    for (std::size_t i = 0; i < gold.size(); ++i) {
      const auto& g = gold[i];
      if (g["doc"] != doc || g["root"] != root) continue;
      const std::string gs = strip(g["src"]), gt = strip(g["tgt"]);
      const bool unordered = g.value("symmetric", false) || root == "04";
      if ((src == gs && tgt == gt) || (unordered && src == gt && tgt == gs)) {
        hit = true;
        matched.insert(i);
      }
    }
    (hit ? tp : fp)++;
    if (!hit) std::cout << "spurious " << doc << " " << src << " " << tgt << " " << root << "\n";
  }
  int required = 0, found = 0;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].value("optional", false)) continue;
    ++required;
    if (matched.count(i)) ++found;
    else std::cout << "missed " << gold[i]["doc"] << " " << gold[i]["src"] << " " << gold[i]["tgt"] << "\n";
  }
  const double precision = tp + fp ? double(tp) / (tp + fp) : 0;
  std::cout << "[seeds] precision=" << precision << " recall=" << found << "/" << required << "\n";
  EXPECT_EQ(found, required);
  EXPECT_GE(precision, 0.8);
}

}  // namespace
}  // namespace dyad
