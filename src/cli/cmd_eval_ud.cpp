#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "nlp/annotator.h"
#include "nlp/ud_eval.h"

namespace dyad::cli {

Command add_eval_ud(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "eval-ud", "Re-annotate a gold CoNLL-U file on its own tokens and score it (CoNLL 2018 definitions)");
  auto gold_path = std::make_shared<std::string>();
  auto lang = std::make_shared<std::string>();
  auto model_path = std::make_shared<std::string>();
  cmd->add_option("gold", *gold_path, "Gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--lang,-l", *lang, "Language (en, nl)")->required();
  cmd->add_option("--model,-m", *model_path, "Model file (default: models/<lang>.dyadmodel)");
  return {cmd, [gold_path, lang, model_path]() -> int {
    std::string error;
    const auto path = model_path->empty() ? nlp::default_model_path(*lang) : std::filesystem::path(*model_path);
    const auto model = nlp::Annotator::load(path, &error);
    if (!model) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    std::vector<nlp::ParsedSentence> gold;
    if (!nlp::read_conllu_file(*gold_path, gold, &error)) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    auto system = gold;
    std::size_t tokens = 0;
    const auto start = std::chrono::steady_clock::now();
    for (auto& s : system) {
      for (auto& w : s.words) w = nlp::AnnotatedWord{w.form};
      model->annotate(s);
      tokens += s.words.size();
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    nlp::UdScores sc;
    if (!nlp::score_ud(gold, system, sc, &error)) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    std::printf("%-8s %8s\n", "Metric", "F1");
    auto row = [&](const char* name, std::size_t n) { std::printf("%-8s %8.2f\n", name, nlp::UdScores::pct(n, sc.words)); };
    row("UPOS", sc.upos);
    row("XPOS", sc.xpos);
    row("UFeats", sc.ufeats);
    row("AllTags", sc.all_tags);
    row("Lemmas", sc.lemma);
    row("UAS", sc.uas);
    row("LAS", sc.las);
    row("LAS-sub", sc.las_full);
    std::printf("%zu words, %.0f words/s\n", sc.words, tokens / std::max(secs, 1e-9));
    return kOk;
  }};
}

}  // namespace dyad::cli
