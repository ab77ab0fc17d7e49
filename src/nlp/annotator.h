// The morphosyntax layer for one language: tagger, lemmatizer, parser and
// labeler behind one model file.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/labeler.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/train_options.h"

namespace dyad::nlp {

// Bumped whenever the file layout or the feature templates change: a model
// trained with other templates would load but parse badly.
constexpr std::uint32_t kModelFormatVersion = 3;
// A larger file is not a model (models are tens of MiB).
constexpr std::uint64_t kMaxModelBytes = std::uint64_t{4} << 30;

class Annotator {
 public:
  // Re-annotates `words` (only forms are read): UPOS, XPOS, FEATS, LEMMA, HEAD, DEPREL.
  // `hints`, when given, say what is known of the words from elsewhere (Tagger::tag).
  void annotate(std::vector<AnnotatedWord>& words, const WordHints* hints = nullptr) const;
  void annotate(ParsedSentence& sentence) const { annotate(sentence.words); }

  // annotate() for a title-case headline ("Bloc Leaders Agree To Blacklist
  // Velmora Officials"), which the models, trained on running text, read as
  // a run of proper nouns: the capitalised words that running text writes in
  // lower case are lowercased while tagging and parsing; forms are restored.
  // `running_case`, when given, says how the document's own running text
  // writes a word (lower-cased form -> true: in lower case; false: only
  // capitalised inside a sentence, a name); it decides before the models do.
  void annotate_title_case(std::vector<AnnotatedWord>& words,
                           const std::unordered_map<std::string, bool>* running_case = nullptr,
                           const WordHints* hints = nullptr) const;

  const std::string& lang() const { return lang_; }

  // `lexicon` is the language's hand-written lemma knowledge (data/lang/<lang>/lemmas.tsv), folded into the model.
  // `words_only` sentences train the tagger and lemmatizer but not the parser
  // and labeler (trees in another convention: Dutch 2017 files).
  static Annotator train(const std::string& lang, const std::vector<ParsedSentence>& train,
                         const std::vector<ParsedSentence>& dev, const TrainOptions& options,
                         const LemmaLexicon& lexicon = {}, const std::vector<ParsedSentence>& words_only = {});

  // Both return false and set `error`, naming the file, on failure.
  bool save(const std::filesystem::path& path, std::string* error) const;
  static std::unique_ptr<Annotator> load(const std::filesystem::path& path, std::string* error);
  // The model in `data` (a whole model file); `verify_checksum` false is for
  // fuzzing, which must reach the sections behind the checksum.
  static std::unique_ptr<Annotator> from_bytes(std::string_view data, bool verify_checksum, std::string* error);

 private:
  std::string lang_;
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  Labeler labeler_;
};

// models/<lang>.dyadmodel next to the data directory (the source tree or the
// installed share/dyad), unless $DYAD_MODELS names another directory.
std::filesystem::path default_model_path(const std::string& lang);

}  // namespace dyad::nlp
