// A half-open byte range [begin, end) into a document's text.
#pragma once
#include <cstddef>

namespace dyad {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace dyad
