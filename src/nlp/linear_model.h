// A multi-class linear model over hashed features. The weight of feature f
// for class c lives at (f + c) mod size, so one feature's classes share a
// cache line and scoring a feature over all classes is a contiguous read.
// Training works on float weights, a dense table. A loaded model keeps only
// the weights that exist, as bfloat16 as stored in the file: most slots of a
// hashed table are zero, and a dense table of them held ~90 % of a process's
// memory (see SparseWeights).
#pragma once
#include <bit>
#include <cstdint>
#include <span>
#include <vector>

#include "nlp/huge_page_allocator.h"

namespace dyad::nlp {

class BinaryReader;
class BinaryWriter;

// The nonzero weights of a loaded model: a bitmap with one bit per slot,
// the nonzero bfloat16 values in slot order, and the count of nonzero slots
// before each 512-slot line of the bitmap. A slot's value is at its rank
// (set bits before it): one line-rank lookup plus popcounts within the
// bitmap's 64-byte line. The line ranks are small enough (4 bytes per 512
// slots) to stay in cache; the bitmap and values are ~1/8 of the dense table.
struct SparseWeights {
  static constexpr int kLineShift = 9;  // 512 slots = 8 words = one cache line of bitmap

  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> bits;
  std::vector<std::uint32_t> line_rank;
  std::vector<std::uint16_t, HugePageAllocator<std::uint16_t>> values;

  bool empty() const { return bits.empty(); }
  bool has(std::uint64_t i) const { return (bits[i >> 6] >> (i & 63)) & 1; }
  // Nonzero slots before slot i.
  std::uint32_t rank(std::uint64_t i) const {
    const std::uint64_t word = i >> 6;
    std::uint32_t r = line_rank[i >> kLineShift];
    for (std::uint64_t w = word & ~std::uint64_t{7}; w < word; ++w) r += std::popcount(bits[w]);
    return r + std::popcount(bits[word] & ((std::uint64_t{1} << (i & 63)) - 1));
  }
  // The bfloat16 at slot i, 0 when absent.
  std::uint16_t at(std::uint64_t i) const { return has(i) ? values[rank(i)] : 0; }
  void prefetch(std::uint64_t i) const {
    __builtin_prefetch(bits.data() + (i >> 6));
    __builtin_prefetch(line_rank.data() + (i >> kLineShift));
  }
};

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
  void add_scores_dense(std::span<const std::uint64_t> feats, float* scores) const;
  void add_scores_sparse(std::span<const std::uint64_t> feats, float* scores) const;
  void score_candidates_dense(std::span<const std::uint64_t> feats, std::span<const int> classes,
                              float* scores) const;
  void score_candidates_sparse(std::span<const std::uint64_t> feats, std::span<const int> classes,
                               float* scores) const;

  int n_classes_ = 0;
  std::uint64_t mask_ = 0;
  Weights weights_;        // training, or empty
  SparseWeights sparse_;   // a loaded model, or empty
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
