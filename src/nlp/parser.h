// Greedy arc-hybrid dependency parser scored by an averaged perceptron over
// Zhang & Nivre (2011) style feature templates, trained with a dynamic oracle
// and error exploration (Goldberg & Nivre 2012), or with a small beam and
// global max-violation training (Zhang & Nivre 2011; Huang et al. 2012). It finds heads only; the
// Labeler names the relations once the tree is known. Trees are projective:
// non-projective training trees are lifted first (projectivize.h).
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

  // Trains on the projective trees of `train` (others are skipped); keeps the
  // epoch with the best UAS on `dev` when it is not empty.
  void train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
             const TrainOptions& options);

  void save(BinaryWriter& out) const;
  bool load(BinaryReader& in);

 private:
  struct Node {
    std::uint64_t word = 0, tag = 0, xtag = 0, lemma = 0, wt = 0;
  };
  static std::vector<Node> describe(const std::vector<AnnotatedWord>& words);
  static void features(const std::vector<Node>& nodes, const ParserState& state, std::vector<std::uint64_t>& out);
  std::vector<int> parse_with(const LinearModel& model, const std::vector<AnnotatedWord>& words) const;
  std::vector<int> parse_greedy(const LinearModel& model, const std::vector<Node>& nodes) const;
  std::vector<int> parse_beam(const LinearModel& model, const std::vector<Node>& nodes) const;
  void train_greedy_epoch(const std::vector<ParsedSentence>& train, const std::vector<std::size_t>& order,
                          int epoch, class PerceptronTrainer& trainer, std::uint64_t seed, double& accuracy);
  void train_beam_epoch(const std::vector<ParsedSentence>& train, const std::vector<std::size_t>& order,
                        class PerceptronTrainer& trainer, double& accuracy);

  LinearModel model_;
  int beam_ = 1;
};

}  // namespace dyad::nlp
