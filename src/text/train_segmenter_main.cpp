// dyad-train-segmenter: trains data/lang/<lang>/sentence_model.txt from gold
// CoNLL-U files. See text/train_sentence_model.h for the exact commands.
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "text/train_sentence_model.h"

int main(int argc, char** argv) {
  std::filesystem::path data_dir = "data", out;
  std::string lang;
  std::vector<std::filesystem::path> gold;
  dyad::SentenceTrainingOptions options;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (!std::strcmp(argv[i], "--data") && has_value) data_dir = argv[++i];
    else if (!std::strcmp(argv[i], "--lang") && has_value) lang = argv[++i];
    else if (!std::strcmp(argv[i], "--out") && has_value) out = argv[++i];
    else if (!std::strcmp(argv[i], "--epochs") && has_value) options.epochs = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--seed") && has_value) options.seed = static_cast<std::uint32_t>(std::strtoul(argv[++i], nullptr, 10));
    else gold.emplace_back(argv[i]);
  }
  if (lang.empty() || out.empty() || gold.empty()) {
    std::cerr << "usage: dyad-train-segmenter [--data DIR] --lang LANG --out FILE [--epochs N] [--seed N] GOLD.conllu...\n";
    return 2;
  }
  std::string error;
  if (!dyad::train_sentence_model(data_dir, lang, gold, out, options, std::cerr, &error)) {
    std::cerr << "dyad-train-segmenter: " << error << "\n";
    return 1;
  }
  return 0;
}
