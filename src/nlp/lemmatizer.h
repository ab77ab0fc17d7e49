// Lemmas from a form dictionary learnt from training data, and for unseen
// forms from suffix edit scripts ("strip 3 bytes, append 'e'") chosen by the
// longest known form suffix together with the word's UPOS and features.
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "nlp/binary_io.h"
#include "nlp/conllu.h"
#include "nlp/train_options.h"

namespace dyad::nlp {

// Hand-written lemma knowledge of a language (data/lang/<code>/lemmas.tsv),
// read at training time and folded into the model: what a treebank of a few
// thousand sentences cannot teach (strong verbs, which prefixes separate).
struct LemmaLexicon {
  struct Entry {
    std::string form, upos, lemma;
  };
  std::vector<Entry> forms;            // irregular forms: "beloofde" VERB -> "beloven"
  std::vector<std::string> particles;  // separable verb particles ("op" in "op_lossen")
  std::vector<std::string> prefixes;   // inseparable verb prefixes ("be", "ver", "onder" in "onderzoeken")
  std::vector<std::string> rules;      // rules switched on by name ("dutch-verbs", "compound-tails", "verb-final")
  bool has_rule(const std::string& name) const;
};
// Reads "particle<TAB>op", "prefix<TAB>ver", "rule<TAB>dutch-verbs" and "UPOS<TAB>lemma<TAB>form form …"
// lines ('#' starts a comment). Returns false and sets `error` ("path:line: problem").
bool read_lemma_lexicon(const std::string& path, LemmaLexicon& out, std::string* error);
// The word classes a lexicon states, as (lowercased form, UPOS) pairs for the
// tagger: its listed forms (not lemmas: "tweede" ADJ has the lemma "twee").
std::vector<std::pair<std::string, std::string>> tag_facts(const LemmaLexicon& lexicon);
// Sets what the lexicon tells the tagger: its word-class facts and the
// language's switches ("compound-tails", "verb-final").
void set_tagger_knowledge(const LemmaLexicon& lexicon, TrainOptions& options);

class Lemmatizer {
 public:
  // Fills `lemma` of `words` from form, upos and feats.
  void lemmatize(std::vector<AnnotatedWord>& words) const;
  // `sentence_start`: the word opens its sentence, so a capital may not be its own.
  std::string lemma_of(const AnnotatedWord& word, bool sentence_start = true) const;

  void train(const std::vector<ParsedSentence>& train, const LemmaLexicon& lexicon = {});

  void save(BinaryWriter& out) const;
  bool load(BinaryReader& in);

 private:
  std::unordered_map<std::string, std::string> exact_;  // "form\tUPOS\tFEATS" -> lemma
  std::unordered_map<std::string, std::string> by_pos_;  // "lowercased form\tUPOS" -> lemma
  // "UPOS[\tFEATS]\t[prefix\x1F]suffix" -> edit script; prefix-keyed rules
  // hold for forms opening with a prefix the scripts often strip ("ge").
  std::unordered_map<std::string, std::string> rules_;
  std::vector<std::string> strip_prefixes_;  // derived from rules_, not stored
  // Set when the treebank marks compound parts in noun lemmas ("basis_niveau",
  // Dutch Alpino): an unseen noun ending in a known noun gets its lemma split the same way.
  bool split_compounds_ = false;
  // What is known about word parts, one "tag\tpart" entry each (one set, so
  // the model file layout stays that of format version 2):
  //   "*\tregering"  a compound part (a known unsplit lemma or a part of a '_' lemma)
  //   "+\tmarkt"     a part seen before the last in a '_' lemma
  //   "VERB\tuit"    a separable verb particle (treebank or lexicon)
  //   "PREFIX\tver"  an inseparable verb prefix (lexicon)
  //   "RULE\tdutch-verbs"  a spelling rule the lexicon switches on
  //   "-\tover", "~\taar"  a first or last part that splits training words wrongly
  //   "NOJOIN\ttot"  a compound:prt word the treebank keeps out of verb lemmas
  std::unordered_set<std::string> first_parts_;
  std::vector<std::string> linkers_;  // linking morphemes seen between parts ("s", "en")
  // Set when a separable verb's lemma includes its particle ("door_brengen").
  bool particle_lemmas_ = false;
  // "UPOS\tlemma" of every known form: derived from by_pos_, not stored.
  std::unordered_set<std::string> known_lemmas_;
  // Lowercased forms and lemmas the treebank has with an unsplit lemma (any
  // UPOS): such a word is kept whole. Derived from by_pos_, not stored.
  std::unordered_set<std::string> whole_forms_, whole_lemmas_;
  void index_known_lemmas();
  // Marks parts that split training words wrongly: first parts more often
  // wrong than right ("-\tover"), last parts never right ("~\taar").
  void learn_unsplit_parts();
  std::string rule_lemma(const AnnotatedWord& w) const;
  std::string known_neighbour(const std::string& lemma, const std::string& upos) const;
  std::string tail_lemma(const AnnotatedWord& w, const std::string& tail) const;
  std::string head_part(const std::string& part) const;
  std::string strip_linker(std::string head) const;
  std::string split_compound(const AnnotatedWord& w, const std::string& lower) const;
  std::string split_particle_verb(const AnnotatedWord& w, const std::string& lower) const;
  bool known_whole(const std::string& lower, const std::string& lemma) const;
  bool known_part(const std::string& part, const std::string& upos) const;
  bool inseparable_start(const std::string& rest) const;
  std::string lemma_as_other_pos(const std::string& lower) const;
  std::string prefixed_verb(const AnnotatedWord& w, const std::string& lower) const;
  // The literal prefix the most specific rule for this form strips ("ge"), if any.
  std::string expected_prefix(const AnnotatedWord& w) const;

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
