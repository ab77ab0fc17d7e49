// Splits normalised text into tokens following UD conventions. Works chunk by
// chunk (maximal runs without whitespace), so tokens never span whitespace
// and the cost is linear in the text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/token_span.h"
#include "text/segmenter_data.h"

namespace dyad {

class Tokenizer {
 public:
  explicit Tokenizer(const SegmenterData& data) : data_(data) {}

  // Appends the spans of the tokens of `text` (normalised) to `out`, in order.
  void tokenize(std::string_view text, std::vector<TokenSpan>& out) const;

  // Sets `words` to the syntactic words of a contraction ("don't" -> do,
  // n't); empty if the token is one word. Reuses `words`' buffers.
  void split_contraction(std::string_view norm, std::vector<std::string>& words) const;

 private:
  void chunk(std::string_view t, std::size_t begin, std::size_t end, std::vector<TokenSpan>& out) const;
  void core(std::string_view t, std::size_t begin, std::size_t end, std::vector<TokenSpan>& out) const;
  bool keeps_period(std::string_view t, std::size_t begin, std::size_t end) const;
  std::size_t url_end(std::string_view t, std::size_t begin, std::size_t end) const;

  const SegmenterData& data_;
};

}  // namespace dyad
