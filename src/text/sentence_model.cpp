#include "text/sentence_model.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace dyad {

namespace {
// Version 2 added the word classes (and features that use them): a version 1
// file would silently score with missing features, so it is refused.
constexpr const char* kHeader = "dyad-sentence-model 2";
}

bool SentenceModel::load(const std::filesystem::path& file, std::string* error) {
  std::ifstream in(file);
  std::string line;
  if (!in || !std::getline(in, line) || line != kHeader) {
    if (error)
      *error = file.string() + ":1: expected header '" + kHeader +
               "' (a model of another version: retrain it with scripts/train-segmenter.sh)";
    return false;
  }
  std::vector<std::string> starters, labels;
  std::size_t number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string hash;
    double weight;
    std::string extra;
    if (line.starts_with("starter ") || line.starts_with("label ")) {
      std::string kind, word;
      if (!(fields >> kind >> word) || (fields >> extra)) {
        if (error) *error = file.string() + ":" + std::to_string(number) + ": expected '" + kind + " <word>'";
        return false;
      }
      (kind == "starter" ? starters : labels).push_back(std::move(word));
      continue;
    }
    if (!(fields >> hash >> weight) || (fields >> extra) || hash.size() != 16 ||
        hash.find_first_not_of("0123456789abcdef") != std::string::npos) {
      if (error) *error = file.string() + ":" + std::to_string(number) + ": expected '<16 hex digits> <weight>'";
      return false;
    }
    const std::uint64_t key = std::stoull(hash, nullptr, 16);
    if (key == 0) {
      if (error) *error = file.string() + ":" + std::to_string(number) + ": feature hash 0 is reserved";
      return false;
    }
    weights_[key] = weight;
  }
  set_words(std::move(starters), std::move(labels));
  build_table();
  return true;
}

void SentenceModel::set_words(std::vector<std::string> starters, std::vector<std::string> labels) {
  std::sort(starters.begin(), starters.end());
  std::sort(labels.begin(), labels.end());
  starters_ = std::move(starters);
  labels_ = std::move(labels);
  classes_ = {};
  for (const std::string& w : starters_) classes_.starters.insert(word_hash(w));
  for (const std::string& w : labels_) classes_.labels.insert(word_hash(w));
}

void SentenceModel::set_weights(std::unordered_map<std::uint64_t, double> weights) {
  weights_ = std::move(weights);
  weights_.erase(0);
  build_table();
}

void SentenceModel::build_table() {
  std::size_t size = 16;
  while (size < weights_.size() * 2) size *= 2;
  keys_.assign(size, 0);
  values_.assign(size, 0.0f);
  mask_ = size - 1;
  for (const auto& [key, weight] : weights_) {
    std::uint64_t slot = key & mask_;
    while (keys_[slot] != 0) slot = (slot + 1) & mask_;
    keys_[slot] = key;
    values_[slot] = static_cast<float>(weight);
  }
}

double SentenceModel::score(const std::vector<std::uint64_t>& features) const {
  if (keys_.empty()) return 0.0;
  double s = 0;
  for (const std::uint64_t f : features) {
    for (std::uint64_t slot = f & mask_; keys_[slot] != 0; slot = (slot + 1) & mask_) {
      if (keys_[slot] == f) {
        s += values_[slot];
        break;
      }
    }
  }
  return s;
}

bool SentenceModel::save(const std::filesystem::path& file, std::string* error) const {
  // Sorted so the file is byte-identical across runs and diffs stay small.
  std::vector<std::pair<std::uint64_t, double>> sorted(weights_.begin(), weights_.end());
  std::sort(sorted.begin(), sorted.end());
  std::ofstream out(file);
  if (!out) {
    if (error) *error = file.string() + ": cannot write";
    return false;
  }
  out << kHeader << "\n";
  for (const std::string& w : starters_) out << "starter " << w << "\n";
  for (const std::string& w : labels_) out << "label " << w << "\n";
  char buf[64];
  for (const auto& [hash, weight] : sorted) {
    std::snprintf(buf, sizeof buf, "%016llx %.4g\n", static_cast<unsigned long long>(hash), weight);
    out << buf;
  }
  return static_cast<bool>(out);
}

}  // namespace dyad
