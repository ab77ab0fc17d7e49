// Lemmas from a form dictionary learnt from training data, and for unseen
// forms from suffix edit scripts ("strip 3 bytes, append 'e'") chosen by the
// longest known form suffix together with the word's UPOS and features.
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "nlp/binary_io.h"
#include "nlp/conllu.h"

namespace dyad::nlp {

class Lemmatizer {
 public:
  // Fills `lemma` of `words` from form, upos and feats.
  void lemmatize(std::vector<AnnotatedWord>& words) const;
  std::string lemma_of(const AnnotatedWord& word) const;

  void train(const std::vector<ParsedSentence>& train);

  void save(BinaryWriter& out) const;
  bool load(BinaryReader& in);

 private:
  std::unordered_map<std::string, std::string> exact_;  // "form\tUPOS\tFEATS" -> lemma
  std::unordered_map<std::string, std::string> by_pos_;  // "lowercased form\tUPOS" -> lemma
  std::unordered_map<std::string, std::string> rules_;   // "UPOS[\tFEATS]\tsuffix" -> edit script
  // Set when the treebank marks compound parts in noun lemmas ("basis_niveau",
  // Dutch Alpino): an unseen noun ending in a known noun gets its lemma split the same way.
  bool split_compounds_ = false;
  // First parts of compound lemmas by UPOS ("regering", and verb particles
  // "af", "uit"), and linking morphemes seen between parts ("s", "en").
  std::unordered_set<std::string> first_parts_;  // "VERB\tparticle" or "*\tpart"
  std::vector<std::string> linkers_;
  // Set when a separable verb's lemma includes its particle ("door_brengen").
  bool particle_lemmas_ = false;
  // "UPOS\tlemma" of every known form: derived from by_pos_, not stored.
  std::unordered_set<std::string> known_lemmas_;
  void index_known_lemmas();
  std::string split_compound(const std::string& lower, const std::string& upos) const;
  bool known_part(const std::string& part, const std::string& upos) const;

 public:
  // Prefixes verbs with their separated particles (deprel compound:prt) when
  // the treebank does so; needs heads and relations.
  void join_particles(std::vector<AnnotatedWord>& words) const;
};

// The edit script turning `form` into `lemma`: keep case ('K') or lowercase
// ('L'), strip a literal prefix of up to 3 bytes ("ge" of Dutch participles)
// and a number of bytes from the end, then append a string.
std::string edit_script(const std::string& form, const std::string& lemma);
// Applies a script; returns false when it does not fit the form.
bool apply_edit_script(const std::string& form, const std::string& script, std::string& lemma);

}  // namespace dyad::nlp
