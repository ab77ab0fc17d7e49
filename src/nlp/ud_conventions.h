// Older UD annotation conventions mapped onto the current ones, so a treebank
// release of another year can join the training data.
#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "nlp/conllu.h"

namespace dyad::nlp {

// What the current-convention training files say about lemmas, learnt from
// them: which lemmas are split into parts ("regering_vorming", "af_springen",
// keyed by UPOS and the lemma without its '_'), which are whole, and which
// separated particles (compound:prt) the verb's lemma includes.
struct LemmaConventions {
  std::map<std::string, std::string> split;  // "NOUN\tregeringvorming" -> "regering_vorming"
  std::set<std::string> whole;               // "NOUN\tpartij"
  std::map<std::string, std::pair<int, int>> particles;  // "af" -> (in the verb's lemma, not)
};
LemmaConventions learn_lemma_conventions(const std::vector<ParsedSentence>& current);

struct ConversionCounts {
  std::size_t words = 0, relations = 0, possessives = 0, agents = 0, features = 0;
  std::size_t lemmas_split = 0, lemmas_kept = 0, lemmas_unknown = 0, particles_joined = 0;
};

// Maps Dutch UD 2.0/2.1 (2017) annotation onto the current Alpino/LassySmall
// conventions:
// - flat:name -> flat; Abbr=yes, Foreign=yes -> Abbr=Yes, Foreign=Yes;
// - a possessive (zijn, haar, hun, mijn, onze …) as det -> PRON nmod:poss
//   with Person, Poss=Yes, PronType=Prs;
// - the door-phrase (obl) of a passive verb (one with aux:pass) -> obl:agent;
// - lemmas: a verb takes its separated particle into its lemma ("zien" with
//   compound:prt "uit" -> "uit_zien") when the current files mostly do so;
//   a content word's lemma takes the current files' split ("dienstplicht" ->
//   "dienst_plicht") or stays when they have it whole; a noun, verb or
//   adjective lemma they do not know becomes "_" (unknown: the lemmatizer
//   does not learn from it), as its split cannot be told.
// Distinctions the old files do not make (obl:arg, expl:pv) are left alone.
void convert_dutch_2017(std::vector<ParsedSentence>& sentences, const LemmaConventions& conventions,
                        ConversionCounts* counts = nullptr);

}  // namespace dyad::nlp
