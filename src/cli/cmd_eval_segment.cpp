#include <cstdio>
#include <iostream>
#include <memory>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "text/segment_eval.h"

namespace dyad::cli {

Command add_eval_segment(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "eval-segment",
      "Segment the raw text of a gold CoNLL-U file and score tokens and sentences (CoNLL 2018 definitions)");
  auto gold = std::make_shared<std::string>();
  auto lang = std::make_shared<std::string>();
  cmd->add_option("gold", *gold, "Gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--lang,-l", *lang, "Language of the gold file (en, nl)")->required();
  return {cmd, [gold, lang]() -> int {
    std::string error;
    auto segmenter = load_segmenter(data_dir(), *lang, &error);
    if (!segmenter) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    std::string raw;
    std::vector<Sentence> gold_sentences;
    if (!read_gold_segmentation(*gold, raw, gold_sentences, &error)) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    const auto system = segmenter->segment(raw);
    const SegmentationScores s = score_segmentation(raw, gold_sentences, system);
    std::printf("%-10s %10s %10s %10s %8s %8s\n", "Metric", "Precision", "Recall", "F1", "Gold", "System");
    auto row = [](const char* name, const SpanScore& x) {
      std::printf("%-10s %10.2f %10.2f %10.2f %8zu %8zu\n", name, 100 * x.precision(), 100 * x.recall(),
                  100 * x.f1(), x.gold, x.system);
    };
    row("Tokens", s.tokens);
    row("Sentences", s.sentences);
    return kOk;
  }};
}

}  // namespace dyad::cli
