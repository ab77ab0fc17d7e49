// Developer loop for the tagger and lemmatizer: trains only those two (a
// minute, not the minutes of `dyad train` with its parser) and scores UPOS and
// lemmas on a gold file with gold tokenization, e.g. another domain's dev set.
//
//   build/tools/tag_dev --train A.conllu,B.conllu [--dev-every 10] [--lexicon F]
//                       --gold GOLD.conllu [--errors] [--seed N] [--no-tag-lexicon]
//                       [--dutch-2017 OLD.conllu,… [--unconverted]]
//
// --dutch-2017 adds files in the 2017 Dutch conventions, mapped as by
// `dyad train --dutch-2017` (--unconverted: added as they are).
//
// Tagger scores move by a tenth of a point or two with the seed alone: average
// a few seeds before believing a small difference.
//
// With --dev-every N every Nth training sentence is held out to choose the
// tagger's epoch, as in `dyad train --dev-every N`. Lemmas are made from the
// predicted tags; particles are joined along the gold tree (the parser is not
// trained), so lemma scores are a little above those of `dyad eval-ud`.
// --errors prints one line per wrong word: form, gold/predicted UPOS, gold/
// predicted lemma, and whether the form was seen in training.
#include <iostream>
#include <string>
#include <unordered_set>
#include <vector>

#include "dev_inputs.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"
#include "nlp/ud_conventions.h"
#include "nlp/word_shape.h"

namespace {

using dyad::nlp::ParsedSentence;
using dyad::tools::read_all;

}  // namespace

int main(int argc, char** argv) {
  std::string train_files, gold_file, lexicon_file, old_files;
  bool unconverted = false;
  int dev_every = 0, epochs = 25, seed = 1;
  bool errors = false, no_tag_lexicon = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--train") train_files = next();
    else if (arg == "--gold") gold_file = next();
    else if (arg == "--lexicon") lexicon_file = next();
    else if (arg == "--dev-every") dev_every = std::stoi(next());
    else if (arg == "--epochs") epochs = std::stoi(next());
    else if (arg == "--seed") seed = std::stoi(next());
    else if (arg == "--dutch-2017") old_files = next();
    else if (arg == "--unconverted") unconverted = true;
    else if (arg == "--errors") errors = true;
    else if (arg == "--no-tag-lexicon") no_tag_lexicon = true;
    else {
      std::cerr << "tag_dev: unknown argument " << arg << "\n";
      return 2;
    }
  }
  std::vector<ParsedSentence> train, gold, held_out;
  if (!read_all(train_files, train) || !read_all(gold_file, gold)) return 3;
  dyad::nlp::hold_out_every(train, dev_every, held_out);
  if (!old_files.empty()) {
    std::vector<ParsedSentence> old;
    if (!read_all(old_files, old)) return 3;
    if (!unconverted) dyad::nlp::convert_dutch_2017(old, dyad::nlp::learn_lemma_conventions(train));
    train.insert(train.end(), old.begin(), old.end());
  }
  dyad::nlp::LemmaLexicon lexicon;
  if (!dyad::tools::read_lexicon(lexicon_file, lexicon)) return 3;
  dyad::nlp::TrainOptions options;
  options.epochs = epochs;
  options.seed = static_cast<std::uint64_t>(seed);
  dyad::nlp::set_tagger_knowledge(lexicon, options);
  if (no_tag_lexicon) options.tag_lexicon.clear();
  options.log = [](const std::string& line) { std::cerr << line << "\n"; };
  dyad::nlp::Tagger tagger;
  tagger.train(train, held_out, options);
  dyad::nlp::Lemmatizer lemmatizer;
  lemmatizer.train(train, lexicon);
  std::unordered_set<std::string> seen;
  for (const auto& s : train)
    for (const auto& w : s.words) seen.insert(w.form);
  std::size_t words = 0, upos_ok = 0, lemma_ok = 0, unseen = 0, unseen_upos_ok = 0, unseen_lemma_ok = 0;
  for (const auto& s : gold) {
    auto p = s.words;
    tagger.tag(p);
    lemmatizer.lemmatize(p);
    for (std::size_t j = 0; j < p.size(); ++j) {
      p[j].head = s.words[j].head;
      p[j].deprel = s.words[j].deprel;
    }
    lemmatizer.join_particles(p);
    for (std::size_t j = 0; j < p.size(); ++j) {
      const auto& g = s.words[j];
      const bool known = seen.count(g.form) > 0;
      const bool u = p[j].upos == g.upos, l = g.lemma == "_" || g.lemma == p[j].lemma;
      ++words;
      upos_ok += u;
      lemma_ok += l;
      if (!known) {
        ++unseen;
        unseen_upos_ok += u;
        unseen_lemma_ok += l;
      }
      if (errors && (!u || !l))
        std::cout << g.form << '\t' << g.upos << '\t' << p[j].upos << '\t' << g.lemma << '\t' << p[j].lemma << '\t'
                  << (known ? "seen" : "unseen") << '\n';
    }
  }
  auto pct = [](std::size_t a, std::size_t b) { return 100.0 * a / std::max<std::size_t>(b, 1); };
  std::cerr << "UPOS " << pct(upos_ok, words) << " Lemma " << pct(lemma_ok, words) << " (" << words << " words); unseen "
            << unseen << ": UPOS " << pct(unseen_upos_ok, unseen) << " Lemma " << pct(unseen_lemma_ok, unseen) << "\n";
  return 0;
}
