// Trains the sentence-boundary model of a language from gold CoNLL-U files:
// each file's raw text is rebuilt as in eval-segment, tokenised with the
// language's tokenizer, and every candidate gap is labelled by whether a gold
// sentence ends there. Averaged perceptron, fixed seed: the same inputs give a
// byte-identical model.
//
// The committed models were made with (from the repository root, after
// building the dyad-train-segmenter target in build-f):
//   build-f/src/text/dyad-train-segmenter --data data --lang en --out data/lang/en/sentence_model.txt
//     /work/shared/ud/en_ewt/en_ewt-ud-train.conllu /work/shared/ud/en_gum_news/en_gum_news-train.conllu
//   build-f/src/text/dyad-train-segmenter --data data --lang nl --out data/lang/nl/sentence_model.txt
//     /work/shared/ud/nl_lassysmall/nl_lassysmall-ud-dev.conllu
//     /work/shared/ud/nl_lassysmall/nl_lassysmall-ud-test.conllu /work/shared/ud/nl_alpino/nl_alpino-ud-dev.conllu
// (each command on one line; 10 epochs, the default). Held-out figures come
// from k-fold runs over these files (e.g. LassySmall + one half of Alpino dev,
// scored on the other half), never from the test files reported.
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
