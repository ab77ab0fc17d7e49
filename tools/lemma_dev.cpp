// Developer loop for the lemmatizer: trains only the lemmatizer (seconds, not
// the minutes of `dyad train`) and scores it on sentences whose tags and trees
// come from a shipped model, so lemma changes can be tried without retraining.
//
//   build/tools/lemma_dev --train A.conllu,B.conllu [--dev-every 10] [--lexicon F]
//                         --pred PRED.conllu --gold GOLD.conllu [--errors]
//   build/tools/lemma_dev --train … [--dev-every 10] --folds 5 [--errors]
//
// The second form scores by cross-validation over the training sentences
// with gold tags and trees: more unseen words to study than a held-out slice.
//
// PRED is GOLD re-annotated by a model whose tagger never saw GOLD, e.g.
//   build/dyad parse -i conllu --lang nl --model models/nl.dyadmodel held.conllu > held.pred
// With --dev-every N the training files lose every Nth sentence, as in
// `dyad train --dev-every N` (those sentences are the GOLD to score).
#include <iostream>
#include <string>
#include <vector>

#include "dev_inputs.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"

namespace {

using dyad::nlp::ParsedSentence;
using dyad::tools::read_all;

}  // namespace

int main(int argc, char** argv) {
  std::string train_files, pred_file, gold_file, lexicon_file;
  int dev_every = 0, folds = 0;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--train") train_files = next();
    else if (arg == "--pred") pred_file = next();
    else if (arg == "--gold") gold_file = next();
    else if (arg == "--lexicon") lexicon_file = next();
    else if (arg == "--dev-every") dev_every = std::stoi(next());
    else if (arg == "--folds") folds = std::stoi(next());
    else if (arg == "--errors") errors = true;
    else {
      std::cerr << "lemma_dev: unknown argument " << arg << "\n";
      return 2;
    }
  }
  std::vector<ParsedSentence> train, pred, gold;
  if (!read_all(train_files, train) || !read_all(pred_file, pred) || !read_all(gold_file, gold)) return 3;
  std::vector<ParsedSentence> held_out;  // scored through --gold/--pred, not here
  dyad::nlp::hold_out_every(train, dev_every, held_out);
  dyad::nlp::LemmaLexicon lexicon;
  if (!dyad::tools::read_lexicon(lexicon_file, lexicon)) return 3;
  std::vector<std::pair<dyad::nlp::Lemmatizer, std::vector<std::size_t>>> runs;  // lemmatizer, sentences it scores
  if (folds > 1) {
    // Fold k scores sentences i % folds == k with a lemmatizer trained on the rest; gold tags stand in for predicted.
    pred = gold = train;
    for (int k = 0; k < folds; ++k) {
      std::vector<ParsedSentence> rest;
      std::vector<std::size_t> scored;
      for (std::size_t i = 0; i < train.size(); ++i)
        (i % folds == static_cast<std::size_t>(k) ? scored.push_back(i) : rest.push_back(train[i]));
      dyad::nlp::Lemmatizer lemmatizer;
      lemmatizer.train(rest, lexicon);
      runs.emplace_back(std::move(lemmatizer), std::move(scored));
    }
  } else {
    if (pred.size() != gold.size()) {
      std::cerr << "lemma_dev: " << pred.size() << " predicted sentences, " << gold.size() << " gold\n";
      return 3;
    }
    dyad::nlp::Lemmatizer lemmatizer;
    lemmatizer.train(train, lexicon);
    std::vector<std::size_t> all(gold.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    runs.emplace_back(std::move(lemmatizer), std::move(all));
  }
  std::size_t words = 0, correct = 0;
  for (const auto& [lemmatizer, sentences] : runs)
    for (const auto s : sentences) {
      auto& p = pred[s].words;
      const auto& g = gold[s].words;
      if (p.size() != g.size()) return 3;
      lemmatizer.lemmatize(p);
      lemmatizer.join_particles(p);
      for (std::size_t j = 0; j < g.size(); ++j) {
        ++words;
        const bool ok = g[j].lemma == "_" || g[j].lemma == p[j].lemma;
        correct += ok;
        if (!ok && errors)
          std::cout << g[j].form << '\t' << g[j].lemma << '\t' << p[j].lemma << '\t' << p[j].upos << '\t' << g[j].upos
                    << '\t' << p[j].feats << '\n';
      }
    }
  std::cerr << "lemma accuracy " << 100.0 * correct / words << " (" << correct << "/" << words << ")\n";
  return 0;
}
