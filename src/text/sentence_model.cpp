#include "text/sentence_model.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace dyad {

namespace {
constexpr const char* kHeader = "dyad-sentence-model 1";
}

bool SentenceModel::load(const std::filesystem::path& file, std::string* error) {
  std::ifstream in(file);
  std::string line;
  if (!in || !std::getline(in, line) || line != kHeader) {
    if (error) *error = file.string() + ":1: expected header '" + kHeader + "'";
    return false;
  }
  std::size_t number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string hash;
    double weight;
    std::string extra;
    if (!(fields >> hash >> weight) || (fields >> extra) || hash.size() != 16 ||
        hash.find_first_not_of("0123456789abcdef") != std::string::npos) {
      if (error) *error = file.string() + ":" + std::to_string(number) + ": expected '<16 hex digits> <weight>'";
      return false;
    }
    weights_[std::stoull(hash, nullptr, 16)] = weight;
  }
  return true;
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
  char buf[64];
  for (const auto& [hash, weight] : sorted) {
    std::snprintf(buf, sizeof buf, "%016llx %.4g\n", static_cast<unsigned long long>(hash), weight);
    out << buf;
  }
  return static_cast<bool>(out);
}

}  // namespace dyad
