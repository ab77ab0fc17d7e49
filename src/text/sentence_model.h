// A linear sentence-boundary model over hashed features (trained as an
// averaged perceptron by train_sentence_model). Stored as text in
// data/lang/<lang>/sentence_model.txt: a header line, the learned word
// classes ("starter the", "label image"), then "hash weight".
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/sentence_features.h"

namespace dyad {

class SentenceModel {
 public:
  bool load(const std::filesystem::path& file, std::string* error);
  bool save(const std::filesystem::path& file, std::string* error) const;

  // Positive means "a sentence ends here".
  double score(const std::vector<std::uint64_t>& features) const;

  const std::unordered_map<std::uint64_t, double>& weights() const { return weights_; }
  // Replaces the weights (training) and rebuilds the lookup table.
  void set_weights(std::unordered_map<std::uint64_t, double> weights);

  // The word classes the features were extracted with (training sets them).
  const WordClasses& classes() const { return classes_; }
  void set_words(std::vector<std::string> starters, std::vector<std::string> labels);

 private:
  void build_table();

  std::unordered_map<std::uint64_t, double> weights_;
  // As written in the file (sorted), and hashed for the features.
  std::vector<std::string> starters_, labels_;
  WordClasses classes_;
  // Open addressing, power-of-two size, linear probing: far fewer cache
  // misses than the node-based map on the per-boundary hot path.
  std::vector<std::uint64_t> keys_;
  std::vector<float> values_;
  std::uint64_t mask_ = 0;
};

}  // namespace dyad
