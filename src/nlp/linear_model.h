// A multi-class linear model over hashed features. The weight of feature f
// for class c lives at (f + c) mod size, so one feature's classes share a
// cache line and scoring a feature over all classes is a contiguous read.
// Training works on float weights; a loaded model keeps them as bfloat16,
// as stored in the file: half the memory and cache footprint, same scores.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "nlp/huge_page_allocator.h"

namespace dyad::nlp {

class BinaryReader;
class BinaryWriter;

class LinearModel {
 public:
  LinearModel() = default;
  LinearModel(int n_classes, int log2_size);

  int n_classes() const { return n_classes_; }
  std::size_t size() const { return mask_ ? mask_ + 1 : 0; }

  // scores[c] += sum of weights of `feats` for class c, for every class.
  void add_scores(std::span<const std::uint64_t> feats, float* scores) const;
  float score(std::span<const std::uint64_t> feats, int cls) const;
  // scores[k] = score of classes[k].
  void score_candidates(std::span<const std::uint64_t> feats, std::span<const int> classes, float* scores) const;
  // The best-scoring of `classes` (the first on ties); `classes` must not be empty.
  int best_of(std::span<const std::uint64_t> feats, std::span<const int> classes) const;

  std::size_t slot(std::uint64_t f, int cls) const { return (f + static_cast<std::uint64_t>(cls)) & mask_; }
  using Weights = std::vector<float, HugePageAllocator<float>>;
  // The trainable weights; unpacks a loaded model first.
  Weights& weights();

  // Weights are stored as bfloat16: a perceptron's weights need range more
  // than precision, and it halves the model file.
  void save(BinaryWriter& out) const;
  bool load(BinaryReader& in);

 private:
  template <typename Table>
  void add_scores_from(const Table& w, std::span<const std::uint64_t> feats, float* scores) const;
  template <typename Table>
  void score_candidates_from(const Table& w, std::span<const std::uint64_t> feats, std::span<const int> classes,
                             float* scores) const;

  int n_classes_ = 0;
  std::uint64_t mask_ = 0;
  Weights weights_;  // training, or empty
  std::vector<std::uint16_t, HugePageAllocator<std::uint16_t>> packed_;  // a loaded model (bfloat16), or empty
};

// Averaged perceptron updates (Collins 2002) with lazy averaging: each weight
// remembers when it last changed so an update costs O(features).
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(LinearModel& model);

  void next_instance() { ++now_; }
  void update(std::span<const std::uint64_t> feats, int truth, int guess);
  void add(std::span<const std::uint64_t> feats, int cls, float delta);
  // Replaces the model's weights by their averages; call once after training.
  void average();

 private:
  LinearModel& model_;
  std::vector<double> totals_;
  std::vector<std::uint32_t> stamps_;
  std::uint32_t now_ = 1;
};

}  // namespace dyad::nlp
