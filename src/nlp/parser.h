// Greedy transition-based dependency parser (arc-standard + SWAP) scored by
// an averaged perceptron over Zhang & Nivre (2011) style feature templates.
// It finds heads only; the Labeler names the relations once the tree is known.
#pragma once
#include <cstdint>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/linear_model.h"
#include "nlp/train_options.h"

namespace dyad::nlp {

class ParserState;

class Parser {
 public:
  // Heads of `words` (form, lemma, upos, xpos filled): result[i] for word i
  // (1-based), result[0] unused. Always a tree with a single root child.
  std::vector<int> parse(const std::vector<AnnotatedWord>& words) const;

  // Trains on the trees of `train` (non-trees are skipped); keeps the epoch
  // with the best UAS on `dev` when it is not empty.
  void train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
             const TrainOptions& options);

  void save(BinaryWriter& out) const;
  bool load(BinaryReader& in);

 private:
  struct Node {
    std::uint64_t word = 0, tag = 0, xtag = 0, lemma = 0;
  };
  static std::vector<Node> describe(const std::vector<AnnotatedWord>& words);
  static void features(const std::vector<Node>& nodes, const ParserState& state, std::vector<std::uint64_t>& out);
  std::vector<int> parse_with(const LinearModel& model, const std::vector<AnnotatedWord>& words) const;

  LinearModel model_;
};

}  // namespace dyad::nlp
