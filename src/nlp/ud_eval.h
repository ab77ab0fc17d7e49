// Scores annotated sentences against gold ones that share their tokenization,
// with the CoNLL 2018 shared task definitions: UFeats keeps universal
// features only, LAS compares the universal part of the relation (no
// subtype), a gold lemma "_" accepts any lemma, punctuation counts.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "nlp/conllu.h"

namespace dyad::nlp {

struct UdScores {
  std::size_t words = 0;
  std::size_t upos = 0, xpos = 0, ufeats = 0, all_tags = 0, lemma = 0, uas = 0, las = 0;
  std::size_t las_full = 0;  // LAS with relation subtypes (nsubj:pass), not a CoNLL 2018 metric

  static double pct(std::size_t n, std::size_t d) { return d ? 100.0 * n / d : 0.0; }
};

// Returns false and sets `error` when the two sides differ in sentences or words.
bool score_ud(const std::vector<ParsedSentence>& gold, const std::vector<ParsedSentence>& system,
              UdScores& scores, std::string* error);

// "Number=Sing|PronType=Prs" restricted to UD's universal features, sorted.
std::string universal_feats(const std::string& feats);

}  // namespace dyad::nlp
