// Settings shared by the trainers of every component.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace dyad::nlp {

struct TrainOptions {
  int epochs = 10;
  std::uint64_t seed = 1;
  int jackknife_folds = 0;  // >1: the parser trains on tags predicted by held-out taggers
  int beam = 1;  // parser beam width: >1 trains globally (max-violation) and parses with a beam
  // Hand-written (form, UPOS) facts (the forms listed in data/lang/<lang>/lemmas.tsv):
  // the tagger adds them to the words' ambiguity classes, so a word the
  // treebank has rarely or never seen still has a known class.
  std::vector<std::pair<std::string, std::string>> tag_lexicon;
  // The language writes compounds as one word ("verkiezingscampagne"): an
  // unknown word's longest known tail tells its class. Off for English, where
  // a known tail is as often a misleading ending.
  bool compound_tails = false;
  // The language puts an auxiliary's verb at the end of the clause ("hebben
  // ... afgesproken"), past the tagger's window: the tagger looks for a verb
  // later in the clause. Off for English, whose auxiliaries stand by their verbs.
  bool verb_final = false;
  std::function<void(const std::string&)> log = [](const std::string&) {};
};

}  // namespace dyad::nlp
