// Greedy two-pass tagger: an averaged perceptron picks the UPOS tag (a second
// pass sees the first pass's tags to the right),
// then a second one picks XPOS and FEATS together among the combinations seen
// with that UPOS in training (and with the word, when it is frequent).
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

// Whether some but not all training words lack an XPOS ("_"): a file
// without XPOS among files with it (however large). The tagger then learns XPOS and
// FEATS from the other words only.
bool untagged_xpos_is_partial(const std::vector<ParsedSentence>& train);

// What is known of a word from outside the model (the actor registry):
// kName, a state's name, is a proper noun whatever the model says; kNoun, a
// role noun ("ambtgenoot"), is a noun when the model does not know the word
// (it guesses an unseen Dutch compound's class from its ending); kNumber, a
// number word ("fourteen", "veertien"), is a numeral when the model does not
// know the word.
enum class WordHint : std::uint8_t { kNone, kName, kNoun, kNumber };
using WordHints = std::vector<WordHint>;

class Tagger {
 public:
  // Fills upos, xpos and feats of `words` from their forms. `hints`, when
  // given, say what is known of the words from elsewhere; they apply in both
  // passes, so the neighbours are tagged knowing them.
  void tag(std::vector<AnnotatedWord>& words, const WordHints* hints = nullptr) const;

  // `dev` may be empty; when given, the epoch that tags it best is kept.
  void train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
             const TrainOptions& options);

  void save(BinaryWriter& out) const;
  bool load(BinaryReader& in);

  // Whether a word, capitalised in a title-case headline, would be written
  // in lower case in running text: its lower-case use is known and it was
  // never seen as a proper noun ("Hands", "Agree", "Leaders"; not "Embassy",
  // which names take, nor an unknown "Ruritanian"). `lower` is lowercase(form).
  bool lowercase_in_running_text(const std::string& lower) const;
  // Whether the tagger has seen the word (lower-cased) often enough to know its classes.
  bool knows(const std::string& lower) const;

 private:
  struct TokenInfo;
  void find_tag_ids();  // verb_, punct_, propn_, noun_ from the tag set
  std::vector<TokenInfo> describe(const std::vector<AnnotatedWord>& words) const;
  // `ahead`, when given, holds a first pass's tags so the second pass sees right context.
  void upos_features(const std::vector<TokenInfo>& info, const std::vector<int>& upos, std::size_t i,
                     std::vector<std::uint64_t>& out, const std::vector<int>* ahead = nullptr, bool morph = false) const;
  void tag_upos(const LinearModel& model, const std::vector<TokenInfo>& info, const std::vector<int>* ahead,
                std::vector<int>& upos, const WordHints* hints = nullptr) const;
  void morph_features(const std::vector<TokenInfo>& info, const std::vector<int>& upos, std::size_t i,
                      std::vector<std::uint64_t>& out) const;
  const std::vector<int>& morph_candidates(const TokenInfo& token, int upos) const;
  void tag_with(const LinearModel& first, const LinearModel& second, const LinearModel& morph_model,
                std::vector<AnnotatedWord>& words, const WordHints* hints = nullptr) const;

  LabelSet upos_;
  LabelSet morph_;  // "XPOS\tFEATS"
  LinearModel upos_model_;   // left to right, left context tags only
  LinearModel upos2_model_;  // second pass, with the first pass's tags on both sides
  LinearModel morph_model_;
  std::vector<std::vector<int>> morph_by_upos_;
  // lowercased form -> UPOS classes seen with it, as a bit set (the word's ambiguity class)
  std::unordered_map<std::string, std::uint32_t> ambiguity_;
  // "lowercased form\tUPOS" -> morph classes, for frequent words only
  std::unordered_map<std::string, std::vector<int>> word_morph_;
  bool compound_tails_ = false;  // TrainOptions::compound_tails
  bool verb_final_ = false;      // TrainOptions::verb_final
  int verb_ = -1, punct_ = -1, propn_ = -1, noun_ = -1, num_ = -1;  // UPOS ids (-1: not in the tag set)
};

}  // namespace dyad::nlp
