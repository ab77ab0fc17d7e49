// A multi-class linear model over hashed features. The weight of feature f
// for class c lives at (f + c) mod size, so one feature's classes share a
// cache line and scoring a feature over all classes is a contiguous read.
// Training works on float weights, a dense table. A loaded model keeps its
// weights as bfloat16, as stored in the file: a dense table by default (the
// fastest: one read per row), or, in low-memory mode (DYAD_LOW_MEMORY=1,
// see set_low_memory), only the weights that exist (SparseWeights): most
// slots of a hashed table are zero, and the dense tables are ~90 % of a
// process's memory, but a sparse row costs a rank and a masked walk, about
// 30 % of the parse speed (issue 18).
#pragma once
#include <bit>
#include <cstdint>
#include <span>
#include <vector>

#include "nlp/huge_page_allocator.h"

namespace dyad::nlp {

class BinaryReader;
class BinaryWriter;

// The nonzero weights of a loaded model: a bitmap with one bit per slot and
// the nonzero bfloat16 values in slot order, so a slot's value is at its
// rank (the set bits before it). The bitmap comes in blocks of 256 slots,
// each led by the rank at its start and at each of its words: a rank is one
// popcount, and its count and bits are one 40-byte read. 1.25 bits per slot
// plus 2 bytes per weight, against 16 bits per slot in a dense table.
struct SparseWeights {
  struct Block {
    std::uint64_t rank;  // bits 0-31: the rank at the block's start; byte 4 + k: word k's offset from it
    std::uint64_t bits[4];
  };
  // One block more than the slots need, and one value more than the
  // weights, so a row's walk may read a word and a value past its end.
  std::vector<Block, HugePageAllocator<Block>> blocks;
  std::vector<std::uint16_t, HugePageAllocator<std::uint16_t>> values;

  bool empty() const { return blocks.empty(); }
  std::uint64_t word(std::uint64_t w) const { return blocks[w >> 2].bits[w & 3]; }
  static int popcount(std::uint64_t x) {
#ifdef __POPCNT__
    return std::popcount(x);
#else
    // Without -mpopcnt, std::popcount is a call into libgcc: a fifth of the
    // parse time. This is the same count in a few inline instructions.
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
#endif
  }
  bool has(std::uint64_t i) const { return (word(i >> 6) >> (i & 63)) & 1; }
  // Nonzero slots before slot i.
  std::uint32_t rank(std::uint64_t i) const {
    const Block& b = blocks[i >> 8];
    const int k = (i >> 6) & 3;
    return static_cast<std::uint32_t>(b.rank) + ((b.rank >> (32 + 8 * k)) & 0xFF) +
           popcount(b.bits[k] & ((std::uint64_t{1} << (i & 63)) - 1));
  }
  // The presence bits of slots [i, i + 64), bit 0 for slot i.
  std::uint64_t bits_from(std::uint64_t i) const {
    const std::uint64_t w = i >> 6, shift = i & 63;
    return (word(w) >> shift) | ((word(w + 1) << 1) << (63 - shift));
  }
  // f(slot, bfloat16) for every stored weight, in slot order.
  template <typename F>
  void for_each(F f) const {
    std::uint32_t r = 0;
    for (std::size_t w = 0; w < blocks.size() * 4; ++w)
      for (std::uint64_t x = word(w); x; x &= x - 1) f(w * 64 + std::countr_zero(x), values[r++]);
  }
  void prefetch(std::uint64_t i) const {
    const char* p = reinterpret_cast<const char*>(&blocks[i >> 8]);
    __builtin_prefetch(p);
    __builtin_prefetch(p + sizeof(Block) - 1);  // a 40-byte block may straddle two lines
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

  // Whether load() keeps only the nonzero weights (same scores, a quarter
  // of the memory, slower). Defaults to DYAD_LOW_MEMORY=1 in the environment;
  // affects models loaded afterwards.
  static bool low_memory();
  static void set_low_memory(bool on);

 private:
  template <typename Table>
  void add_scores_from(const Table& w, std::span<const std::uint64_t> feats, float* scores) const;
  template <typename Table>
  void score_candidates_from(const Table& w, std::span<const std::uint64_t> feats, std::span<const int> classes,
                             float* scores) const;
  void add_scores_sparse(std::span<const std::uint64_t> feats, float* scores) const;
  void score_candidates_sparse(std::span<const std::uint64_t> feats, std::span<const int> classes,
                               float* scores) const;

  int n_classes_ = 0;
  std::uint64_t mask_ = 0;
  Weights weights_;  // training, or empty
  std::vector<std::uint16_t, HugePageAllocator<std::uint16_t>> packed_;  // a loaded model (bfloat16), or empty
  SparseWeights sparse_;  // a model loaded in low-memory mode, or empty
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
