// Trains the sentence-boundary model of a language from gold CoNLL-U files:
// each file's raw text is rebuilt as in eval-segment, tokenised with the
// language's tokenizer, and every candidate gap is labelled by whether a gold
// sentence ends there. Averaged perceptron, fixed seed: the same inputs give a
// byte-identical model.
//
// The committed models are made by scripts/train-segmenter.sh (the exact
// commands and training files). Held-out figures come from k-fold runs over
// the training files (GUM news train documents held out in turn, Alpino dev
// halves), never from the test files reported.
#pragma once
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace dyad {

struct SentenceTrainingOptions {
  int epochs = 10;
  std::uint32_t seed = 20181122;
  double min_weight = 1e-3;  // weights this small are dropped from the file
};

bool train_sentence_model(const std::filesystem::path& data_dir, const std::string& lang,
                          const std::vector<std::filesystem::path>& gold_files, const std::filesystem::path& out,
                          const SentenceTrainingOptions& options, std::ostream& log, std::string* error);

}  // namespace dyad
