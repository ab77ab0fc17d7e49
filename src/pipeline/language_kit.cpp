#include "pipeline/language_kit.h"

namespace dyad::pipeline {

const LanguageKit* LanguageKits::get(const std::string& lang, const DiagnosticSink& diagnostics) {
  if (auto it = kits_.find(lang); it != kits_.end()) return it->second.get();
  // A language names files (models/<lang>.dyadmodel, data/lang/<lang>/):
  // no name, or one that is not a plain code, never reaches the file system.
  const bool plain = !lang.empty() && lang.size() <= 8 &&
                     lang.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos;
  if (!plain) {
    diagnostics({Severity::kError, "", "no language to code in ('" + lang + "'); the document is skipped"});
    return nullptr;
  }
  auto kit = std::make_unique<LanguageKit>();
  std::string error;
  auto fail = [&](const std::string& what) -> const LanguageKit* {
    diagnostics({Severity::kError, "",
                 what + " for '" + lang + "': " + error + "; documents in this language are skipped"});
    kits_.emplace(lang, nullptr);
    return nullptr;
  };
  kit->annotator = nlp::Annotator::load(nlp::default_model_path(lang), &error);
  if (!kit->annotator) return fail("parser model");
  kit->registry = Registry::load(data_dir_, lang, &error);
  if (!kit->registry) return fail("actor registry");
  kit->lexicon = events::Lexicon::load(data_dir_ / "lang" / lang / "events", &error);
  if (!kit->lexicon) return fail("event lexicon");
  kit->dates = events::DateRules::load(data_dir_ / "lang" / lang / "dates.txt", &error);
  if (!kit->dates) return fail("date words");
  kit->recognizer = std::make_unique<Recognizer>(*kit->registry);
  kit->coder = std::make_unique<DocumentCoder>(*kit->lexicon, cameo_, kit->dates.get());
  return kits_.emplace(lang, std::move(kit)).first->second.get();
}

}  // namespace dyad::pipeline
