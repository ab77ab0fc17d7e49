#include "nlp/linear_model.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "nlp/binary_io.h"

namespace dyad::nlp {
namespace {

// One stored weight of a model file at `p`: the gap to its slot (a varint)
// and its bfloat16 value; false when the data ends inside it.
bool next_weight(std::string_view packed, std::size_t& p, std::uint64_t& gap, std::uint16_t& value) {
  gap = 0;
  int shift = 0;
  while (true) {
    if (p >= packed.size() || shift > 63) return false;
    const auto byte = static_cast<unsigned char>(packed[p++]);
    gap |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    shift += 7;
    if (!(byte & 0x80)) break;
  }
  if (p + 2 > packed.size()) return false;
  value = static_cast<std::uint16_t>(static_cast<unsigned char>(packed[p]) | (static_cast<unsigned char>(packed[p + 1]) << 8));
  p += 2;
  return true;
}

// Walks the `count` saved (slot, weight) entries of a table of `size`
// slots, calling `on(k, slot, gap, value)` for each. False on a malformed
// entry, a slot past the table, or bytes left over.
template <typename F>
bool for_each_saved(std::string_view packed, std::uint64_t count, std::uint64_t size, F on) {
  std::size_t p = 0;
  std::uint64_t index = 0;
  for (std::uint64_t k = 0; k < count; ++k) {
    std::uint64_t gap = 0;
    std::uint16_t b = 0;
    if (!next_weight(packed, p, gap, b)) return false;
    index += gap;
    if (index >= size) return false;
    on(k, index, gap, b);
  }
  return p == packed.size();
}

std::uint16_t to_bfloat16(float f) {
  std::uint32_t bits;
  std::memcpy(&bits, &f, 4);
  bits += 0x7FFF + ((bits >> 16) & 1);  // round to nearest even
  return static_cast<std::uint16_t>(bits >> 16);
}

float from_bfloat16(std::uint16_t b) {
  const std::uint32_t bits = static_cast<std::uint32_t>(b) << 16;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

}  // namespace

LinearModel::LinearModel(int n_classes, int log2_size)
    : n_classes_(n_classes), mask_((1ULL << log2_size) - 1), weights_(1ULL << log2_size, 0.0f) {}

namespace {

inline float weight_at(const LinearModel::Weights& w, std::size_t i) { return w[i]; }
template <typename Alloc>
inline float weight_at(const std::vector<std::uint16_t, Alloc>& w, std::size_t i) {
  return from_bfloat16(w[i]);
}

std::atomic<int> low_memory_setting{-1};  // -1: not decided, from the environment on first use

}  // namespace

bool LinearModel::low_memory() {
  int setting = low_memory_setting.load(std::memory_order_relaxed);
  if (setting < 0) {
    const char* env = std::getenv("DYAD_LOW_MEMORY");
    setting = env && *env && std::string_view(env) != "0";
    int unset = -1;
    low_memory_setting.compare_exchange_strong(unset, setting, std::memory_order_relaxed);
    setting = low_memory_setting.load(std::memory_order_relaxed);
  }
  return setting == 1;
}

void LinearModel::set_low_memory(bool on) { low_memory_setting.store(on ? 1 : 0, std::memory_order_relaxed); }

LinearModel::Weights& LinearModel::weights() {
  if (!packed_.empty()) {
    weights_.resize(packed_.size());
    for (std::size_t i = 0; i < packed_.size(); ++i) weights_[i] = from_bfloat16(packed_[i]);
    packed_ = decltype(packed_)();  // releases the table (`= {}` would keep its capacity)
  } else if (!sparse_.empty()) {
    weights_ = Weights();
    weights_.resize(size());  // zero from the allocator
    sparse_.for_each([&](std::uint64_t i, std::uint16_t b) { weights_[i] = from_bfloat16(b); });
    sparse_ = SparseWeights();  // releases the tables (`= {}` on each would keep their capacity)
  }
  return weights_;
}

template <typename Table>
void LinearModel::add_scores_from(const Table& w, std::span<const std::uint64_t> feats, float* scores) const {
  // Tables are far larger than the cache: ask for every row first so the
  // memory system fetches them in parallel instead of one miss at a time.
  for (const auto f : feats) __builtin_prefetch(w.data() + (f & mask_));
  for (const auto f : feats) {
    const std::uint64_t base = f & mask_;
    if (base + n_classes_ <= w.size()) {
      for (int c = 0; c < n_classes_; ++c) scores[c] += weight_at(w, base + c);
    } else {
      for (int c = 0; c < n_classes_; ++c) scores[c] += weight_at(w, slot(f, c));
    }
  }
}

void LinearModel::add_scores_sparse(std::span<const std::uint64_t> feats, float* scores) const {
  const auto& t = sparse_;
  const std::uint64_t n = static_cast<std::uint64_t>(n_classes_);
  // An absent slot adds +0, as in the dense table: the caller's scores may
  // hold anything, -0 included, and must come out as they would have.
  auto weight = [&](std::uint64_t i) { return t.has(i) ? from_bfloat16(t.values[t.rank(i)]) : 0.0f; };
  if (n > 64) {  // long rows (none in the shipped models' add_scores): slot by slot
    for (const auto f : feats)
      for (int c = 0; c < n_classes_; ++c) scores[c] += weight(slot(f, c));
    return;
  }
  // Two dependent misses per row (bitmap block, then the values at its
  // rank): issue each kind for a batch of rows at once so they overlap.
  constexpr std::size_t kBatch = 64;
  std::uint32_t ranks[kBatch];
  std::uint64_t present[kBatch];
  for (std::size_t from = 0; from < feats.size(); from += kBatch) {
    const auto batch = feats.subspan(from, std::min(kBatch, feats.size() - from));
    for (const auto f : batch) t.prefetch(f & mask_);
    for (std::size_t j = 0; j < batch.size(); ++j) {
      const std::uint64_t base = batch[j] & mask_;
      ranks[j] = t.rank(base);
      present[j] = t.bits_from(base);
      if (n < 64) present[j] &= (std::uint64_t{1} << n) - 1;
      __builtin_prefetch(t.values.data() + ranks[j]);
    }
    for (std::size_t j = 0; j < batch.size(); ++j) {
      const std::uint64_t base = batch[j] & mask_;
      if (base + n <= size()) {
        // Branch-free, as absent slots are common and unpredictable: an
        // absent slot reads the next value masked to +0.
        std::uint32_t r = ranks[j];
        for (std::uint64_t c = 0; c < n; ++c) {
          const std::uint64_t bit = (present[j] >> c) & 1;
          scores[c] += from_bfloat16(t.values[r] & static_cast<std::uint16_t>(-bit));
          r += static_cast<std::uint32_t>(bit);
        }
      } else {  // the row wraps around the table's end
        for (int c = 0; c < n_classes_; ++c) scores[c] += weight(slot(batch[j], c));
      }
    }
  }
}

void LinearModel::add_scores(std::span<const std::uint64_t> feats, float* scores) const {
  if (!packed_.empty()) add_scores_from(packed_, feats, scores);
  else if (!sparse_.empty()) add_scores_sparse(feats, scores);
  else add_scores_from(weights_, feats, scores);
}

template <typename Table>
void LinearModel::score_candidates_from(const Table& w, std::span<const std::uint64_t> feats,
                                        std::span<const int> classes, float* scores) const {
  for (const auto f : feats) __builtin_prefetch(w.data() + (f & mask_));
  for (std::size_t k = 0; k < classes.size(); ++k) scores[k] = 0.0f;
  for (const auto f : feats)
    for (std::size_t k = 0; k < classes.size(); ++k) scores[k] += weight_at(w, slot(f, classes[k]));
}

void LinearModel::score_candidates_sparse(std::span<const std::uint64_t> feats, std::span<const int> classes,
                                          float* scores) const {
  const auto& t = sparse_;
  for (const auto f : feats) t.prefetch(f & mask_);
  for (std::size_t k = 0; k < classes.size(); ++k) scores[k] = 0.0f;
  for (const auto f : feats)
    for (std::size_t k = 0; k < classes.size(); ++k) {
      // Absent slots are skipped rather than added as +0, which saves a
      // values read: the scores start at +0 here, and x + 0 == x for every
      // x but -0, which a sum starting at +0 never is.
      const auto i = slot(f, classes[k]);
      if (t.has(i)) scores[k] += from_bfloat16(t.values[t.rank(i)]);
    }
}

void LinearModel::score_candidates(std::span<const std::uint64_t> feats, std::span<const int> classes,
                                   float* scores) const {
  if (!packed_.empty()) score_candidates_from(packed_, feats, classes, scores);
  else if (!sparse_.empty()) score_candidates_sparse(feats, classes, scores);
  else score_candidates_from(weights_, feats, classes, scores);
}

int LinearModel::best_of(std::span<const std::uint64_t> feats, std::span<const int> classes) const {
  float buffer[256];
  std::vector<float> heap;
  float* scores = buffer;
  if (classes.size() > 256) {
    heap.resize(classes.size());
    scores = heap.data();
  }
  score_candidates(feats, classes, scores);
  std::size_t best = 0;
  for (std::size_t k = 1; k < classes.size(); ++k)
    if (scores[k] > scores[best]) best = k;
  return classes[best];
}

float LinearModel::score(std::span<const std::uint64_t> feats, int cls) const {
  float s = 0;
  const int classes[] = {cls};
  score_candidates(feats, classes, &s);
  return s;
}

void LinearModel::save(BinaryWriter& out) const {
  // Sparse: most slots of a hashed table are never updated. Each nonzero
  // weight is a varint gap from the previous one and a bfloat16.
  out.u32(static_cast<std::uint32_t>(n_classes_));
  out.u64(size());
  std::string packed;
  std::uint64_t count = 0, last = 0;
  auto put = [&](std::uint64_t i, std::uint16_t b) {
    if ((b & 0x7FFF) == 0) return;
    std::uint64_t gap = i - last;
    last = i;
    while (gap >= 0x80) {
      packed += static_cast<char>((gap & 0x7F) | 0x80);
      gap >>= 7;
    }
    packed += static_cast<char>(gap);
    packed += static_cast<char>(b & 0xFF);
    packed += static_cast<char>(b >> 8);
    ++count;
  };
  if (!packed_.empty()) {
    for (std::size_t i = 0; i < size(); ++i) put(i, packed_[i]);
  } else if (!sparse_.empty()) {
    sparse_.for_each(put);
  } else {
    for (std::size_t i = 0; i < size(); ++i) put(i, to_bfloat16(weights_[i]));
  }
  out.u64(count);
  out.u64(packed.size());
  out.bytes(packed.data(), packed.size());
}

bool LinearModel::load(BinaryReader& in) {
  n_classes_ = static_cast<int>(in.u32());
  const std::uint64_t size = in.u64();
  const std::uint64_t count = in.u64();
  const std::uint64_t bytes = in.u64();
  if (!in.ok() || size == 0 || (size & (size - 1)) != 0 || size > (1ULL << 28) || n_classes_ <= 0 ||
      count > size || bytes > 16 * size || count > bytes / 3)  // an entry takes at least 3 bytes
    return false;
  const std::string_view packed = in.view(bytes);
  if (!in.ok()) return false;
  weights_ = Weights();  // released, not just emptied
  packed_ = decltype(packed_)();
  sparse_ = SparseWeights();
  if (!low_memory()) {
    // A fresh table: zero from the allocator without a second pass over it.
    packed_.resize(size);
    mask_ = size - 1;
    return for_each_saved(packed, count, size, [&](std::uint64_t, std::uint64_t index, std::uint64_t, std::uint16_t b) {
      packed_[index] = b;
    });
  }
  SparseWeights t;
  // Zero from the allocator; see SparseWeights for the extra block and value.
  t.blocks.resize((size + 255) / 256 + 1);
  t.values.resize(count + 1);
  std::uint64_t stored = 0;
  auto keep = [&](std::uint64_t k, std::uint64_t index, std::uint64_t gap, std::uint16_t b) {
    // save() never writes a slot twice, but a file that does means the last
    // value, as it did in a dense table.
    if (k > 0 && gap == 0) {
      t.values[stored - 1] = b;
      return;
    }
    t.blocks[index >> 8].bits[(index >> 6) & 3] |= std::uint64_t{1} << (index & 63);
    t.values[stored++] = b;
  };
  if (!for_each_saved(packed, count, size, keep)) return false;
  t.values.resize(stored + 1);
  std::uint32_t r = 0;
  for (auto& block : t.blocks) {
    block.rank = r;
    std::uint32_t in_block = 0;
    for (int w = 0; w < 4; ++w) {
      block.rank |= static_cast<std::uint64_t>(in_block) << (32 + 8 * w);
      in_block += SparseWeights::popcount(block.bits[w]);
    }
    r += in_block;
  }
  sparse_ = std::move(t);
  mask_ = size - 1;
  return true;
}

PerceptronTrainer::PerceptronTrainer(LinearModel& model)
    : model_(model), totals_(model.size(), 0.0), stamps_(model.size(), 0) {}

void PerceptronTrainer::add(std::span<const std::uint64_t> feats, int cls, float delta) {
  auto& w = model_.weights();
  for (const auto f : feats) {
    const auto i = model_.slot(f, cls);
    totals_[i] += static_cast<double>(now_ - stamps_[i]) * w[i];
    stamps_[i] = now_;
    w[i] += delta;
  }
}

void PerceptronTrainer::update(std::span<const std::uint64_t> feats, int truth, int guess) {
  if (truth == guess) return;
  add(feats, truth, 1.0f);
  add(feats, guess, -1.0f);
}

void PerceptronTrainer::average() {
  auto& w = model_.weights();
  for (std::size_t i = 0; i < w.size(); ++i) {
    const double total = totals_[i] + static_cast<double>(now_ - stamps_[i]) * w[i];
    w[i] = static_cast<float>(total / now_);
  }
}

}  // namespace dyad::nlp
