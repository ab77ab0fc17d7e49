// A linear sentence-boundary model over hashed features (trained as an
// averaged perceptron by train_sentence_model). Stored as text in
// data/lang/<lang>/sentence_model.txt: a header line, then "hash weight".
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {

class SentenceModel {
 public:
  bool load(const std::filesystem::path& file, std::string* error);
  bool save(const std::filesystem::path& file, std::string* error) const;

  // Positive means "a sentence ends here".
  double score(const std::vector<std::uint64_t>& features) const {
    double s = 0;
    for (const std::uint64_t f : features) {
      const auto it = weights_.find(f);
      if (it != weights_.end()) s += it->second;
    }
    return s;
  }

  std::unordered_map<std::uint64_t, double>& weights() { return weights_; }

 private:
  std::unordered_map<std::uint64_t, double> weights_;
};

}  // namespace dyad
