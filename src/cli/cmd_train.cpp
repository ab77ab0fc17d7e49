#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "nlp/annotator.h"
#include "nlp/ud_conventions.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::string lang;
  std::string train;
  std::string dev;
  std::string out;
  std::string lemma_lexicon;
  std::string dutch_2017;
  bool dutch_2017_words_only = false;
  std::string words_only;
  int epochs = 10;
  std::uint64_t seed = 1;
  int dev_every = 0;
  int jackknife = 5;
  int beam = 1;
};

bool read_all(const std::string& list, std::vector<nlp::ParsedSentence>& out) {
  std::string error;
  if (nlp::read_conllu_files(list, out, &error)) return true;
  std::cerr << "dyad: " << error << "\n";
  return false;
}

}  // namespace

Command add_train(CLI::App& app) {
  auto* cmd = app.add_subcommand("train", "Train the tagger, lemmatizer and dependency parser of a language from CoNLL-U");
  auto args = std::make_shared<TrainArgs>();
  cmd->add_option("--lang,-l", args->lang, "Language code stored in the model (en, nl)")->required();
  cmd->add_option("--train", args->train, "Training CoNLL-U files, comma-separated")->required();
  cmd->add_option("--dev", args->dev, "Tuning CoNLL-U files, comma-separated (picks the best epoch)");
  cmd->add_option("--dev-every", args->dev_every,
                  "Hold out every Nth training sentence for tuning instead of --dev")
      ->check(CLI::Range(0, 1'000'000));
  cmd->add_option("--dutch-2017", args->dutch_2017,
                  "Dutch CoNLL-U files in the 2017 (UD 2.0/2.1) conventions, comma-separated: mapped onto the "
                  "current ones (lemma splits learnt from --train) and added to the training sentences (never held out)");
  cmd->add_option("--words-only", args->words_only,
                  "CoNLL-U files, comma-separated, that train the tagger and lemmatizer only (not the parser and labeler)");
  cmd->add_flag("--dutch-2017-words-only", args->dutch_2017_words_only,
               "The --dutch-2017 files train the tagger and lemmatizer only, not the parser and labeler");
  cmd->add_option("--out,-o", args->out, "Model file to write")->required();
  cmd->add_option("--lemma-lexicon", args->lemma_lexicon,
                  "Hand-written lemma lexicon folded into the model (default: data/lang/<lang>/lemmas.tsv when present)");
  cmd->add_option("--epochs", args->epochs, "Training epochs")->check(CLI::Range(1, 100));
  cmd->add_option("--seed", args->seed, "Random seed for the training order");
  cmd->add_option("--jackknife", args->jackknife, "Folds for predicted training tags for the parser (0: gold tags)")
      ->check(CLI::Range(0, 100));
  cmd->add_option("--beam", args->beam, "Parser beam width (1: greedy with a dynamic oracle)")->check(CLI::Range(1, 64));
  return {cmd, [args]() -> int {
    std::vector<nlp::ParsedSentence> train, dev;
    if (!read_all(args->train, train) || !read_all(args->dev, dev)) return kFatal;
    nlp::hold_out_every(train, args->dev_every, dev);
    std::vector<nlp::ParsedSentence> words_only;
    if (!read_all(args->words_only, words_only)) return kFatal;
    if (!args->dutch_2017.empty()) {
      std::vector<nlp::ParsedSentence> old;
      if (!read_all(args->dutch_2017, old)) return kFatal;
      nlp::ConversionCounts c;
      nlp::convert_dutch_2017(old, nlp::learn_lemma_conventions(train), &c);
      std::cerr << "dyad: 2017 conventions mapped in " << old.size() << " sentences, " << c.words
                << " words: relations " << c.relations << ", possessives " << c.possessives << ", agents "
                << c.agents << ", features " << c.features << "; lemmas split " << c.lemmas_split << ", kept "
                << c.lemmas_kept << ", unknown " << c.lemmas_unknown << ", particles joined " << c.particles_joined
                << "\n";
      if (args->dutch_2017_words_only) words_only.insert(words_only.end(), std::make_move_iterator(old.begin()), std::make_move_iterator(old.end()));
      else train.insert(train.end(), std::make_move_iterator(old.begin()), std::make_move_iterator(old.end()));
    }
    if (train.empty()) {
      std::cerr << "dyad: no training sentences\n";
      return kFatal;
    }
    std::cerr << "dyad: training " << args->lang << " on " << train.size() << " sentences (" << words_only.size()
              << " more for words only), tuning on " << dev.size() << "\n";
    nlp::LemmaLexicon lexicon;
    auto lexicon_path = args->lemma_lexicon;
    if (lexicon_path.empty()) {
      const auto fallback = data_dir() / "lang" / args->lang / "lemmas.tsv";
      if (std::filesystem::exists(fallback)) lexicon_path = fallback.string();
    }
    if (!lexicon_path.empty()) {
      std::string error;
      if (!nlp::read_lemma_lexicon(lexicon_path, lexicon, &error)) {
        std::cerr << "dyad: " << error << "\n";
        return kFatal;
      }
      std::cerr << "dyad: lemma lexicon " << lexicon_path << ": " << lexicon.forms.size() << " forms, "
                << lexicon.particles.size() << " particles, " << lexicon.prefixes.size() << " prefixes\n";
    }
    nlp::TrainOptions options;
    options.epochs = args->epochs;
    options.seed = args->seed;
    options.jackknife_folds = args->jackknife;
    options.beam = args->beam;
    nlp::set_tagger_knowledge(lexicon, options);
    const auto start = std::chrono::steady_clock::now();
    options.log = [start](const std::string& line) {
      const auto s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::cerr << "[" << static_cast<int>(s) << "s] " << line << std::endl;
    };
    const auto model = nlp::Annotator::train(args->lang, train, dev, options, lexicon, words_only);
    std::string error;
    if (!model.save(args->out, &error)) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    std::cerr << "dyad: wrote " << args->out << "\n";
    return kOk;
  }};
}

}  // namespace dyad::cli
