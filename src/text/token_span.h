// The segmenter's internal token span: two 32-bit offsets into the
// normalised text. A 50 MB document has about nine million tokens, so half
// the size of base/Span is a large share of segmentation's memory.
// Documents are limited to 4 GB anyway (the normalisation map is 32-bit).
#pragma once
#include <cstddef>
#include <cstdint>

#include "base/span.h"

namespace dyad {

struct TokenSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  TokenSpan() = default;
  TokenSpan(std::size_t b, std::size_t e) : begin(static_cast<std::uint32_t>(b)), end(static_cast<std::uint32_t>(e)) {}
  std::size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  operator Span() const { return {begin, end}; }
};

}  // namespace dyad
