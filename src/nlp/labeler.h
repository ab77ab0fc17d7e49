// Names the relation of every arc once the whole tree is known, so a label can
// look at the dependent's own dependents ("by" -> obl:agent), its siblings
// (a passive auxiliary -> nsubj:pass) and the relation already given to its
// head. Arcs are labelled top-down, averaged perceptron over hashed features.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/label_set.h"
#include "nlp/linear_model.h"
#include "nlp/train_options.h"

namespace dyad::nlp {

class Labeler {
 public:
  // Fills deprel of `words`, whose heads are set.
  void label(std::vector<AnnotatedWord>& words) const;

  void train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
             const TrainOptions& options);

  void save(BinaryWriter& out) const;
  bool load(BinaryReader& in);

 private:
  struct Context;
  void features(const Context& ctx, const std::vector<int>& labels, int dep, std::vector<std::uint64_t>& out) const;
  const std::vector<int>& candidates(const std::vector<AnnotatedWord>& words, int dep) const;
  // Labels word indices (0-based) top-down; `gold` non-null trains on the way.
  void run(const LinearModel& model, std::vector<AnnotatedWord>& words, const std::vector<int>* gold,
           class PerceptronTrainer* trainer) const;

  LabelSet labels_;
  LinearModel model_;
  std::vector<int> all_labels_;
  std::unordered_map<std::string, std::vector<int>> by_pair_;  // "depUPOS\theadUPOS\tdirection" -> labels seen
};

}  // namespace dyad::nlp
