// Scores a parse of raw text against gold, as the CoNLL 2018 evaluation
// does: system and gold words are aligned through the character spans of
// their tokens (words of one multi-word token by position and form), and
// every metric is an F1 over aligned words.
#pragma once
#include <cstddef>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/ud_eval.h"

namespace dyad::nlp {

// A sentence whose words know where they are: span[i] is the byte range of
// word i's token in the raw text, sub[i] its position among that token's words.
struct PlacedSentence {
  ParsedSentence parsed;
  std::vector<std::pair<std::size_t, std::size_t>> span;
  std::vector<int> sub;
};

struct AlignedScores {
  UdScores correct;  // counts over aligned words; correct.words = aligned words
  std::size_t gold_words = 0, system_words = 0;
  double f1(std::size_t n) const {
    return gold_words + system_words ? 200.0 * n / static_cast<double>(gold_words + system_words) : 0.0;
  }
};

AlignedScores score_ud_aligned(const std::vector<PlacedSentence>& gold, const std::vector<PlacedSentence>& system);

}  // namespace dyad::nlp
