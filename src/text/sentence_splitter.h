// Decides where sentences end between tokens: layout rules (blank lines,
// headline-like lines) first, then the language's boundary model, or simple
// punctuation rules when the language has no model.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "text/token_span.h"
#include "text/segmenter_data.h"
#include "text/sentence_features.h"
#include "text/sentence_model.h"

namespace dyad {

class SentenceSplitter {
 public:
  // `titles` ("Dr.", "dhr.") must outlive the splitter.
  // `unpunctuated_margin`: the score a boundary right after a word (no
  // punctuation, same line) must exceed; other boundaries need more than 0.
  SentenceSplitter(std::optional<SentenceModel> model, bool unpunctuated_ends, const StringSet& titles,
                   double unpunctuated_margin = 0.0)
      : model_(std::move(model)),
        unpunctuated_ends_(unpunctuated_ends),
        unpunctuated_margin_(unpunctuated_margin),
        titles_(titles) {}

  // Indices one past the last token of each sentence, ascending; the last is
  // tokens.size() when there are tokens. No sentence gets more than
  // `max_tokens` tokens.
  std::vector<std::size_t> split(std::string_view text, const std::vector<TokenSpan>& tokens) const;
  void set_max_tokens(std::size_t n) { max_tokens_ = n; }

 private:
  // Token hashes of the last four tokens asked for, by index modulo 4: the
  // gaps are scored left to right, so each token is hashed once.
  struct HashCache {
    std::ptrdiff_t index[4] = {-9, -9, -9, -9};
    TokenHashes hashes[4];
  };
  bool ends_sentence(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                     const GapContext& context, std::vector<std::uint64_t>& features, HashCache& cache) const;
  bool is_title(std::string_view token) const;
  std::optional<SentenceModel> model_;
  bool unpunctuated_ends_;
  std::size_t max_tokens_ = 1000;
  double unpunctuated_margin_;
  const StringSet& titles_;
};

}  // namespace dyad
