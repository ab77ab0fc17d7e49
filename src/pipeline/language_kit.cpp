#include "pipeline/language_kit.h"

#include <algorithm>
#include <string>
#include <vector>

namespace dyad::pipeline {
namespace {

// A pattern whose code the CAMEO table lacks codes events that are then
// dropped without a word, so such a lexicon is refused at load. The rule
// named is the least by file:line, so every run names the same one.
bool codes_known(const events::Lexicon& lexicon, const events::CameoTable& cameo, std::string* error) {
  std::vector<std::string> unknown;
  for (const events::Pattern* p : lexicon.all()) {
    for (const std::string* code : {&p->active, &p->passive}) {
      if (!code->empty() && !cameo.find(*code)) {
        unknown.push_back(p->where + ": CAMEO code '" + *code + "' is not in the CAMEO table (cameo/event_codes.tsv)");
      }
    }
  }
  if (unknown.empty()) return true;
  *error = *std::min_element(unknown.begin(), unknown.end());
  if (unknown.size() > 1) *error += " (and " + std::to_string(unknown.size() - 1) + " more)";
  return false;
}

}  // namespace

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
  if (!kit->lexicon || !codes_known(*kit->lexicon, cameo_, &error)) return fail("event lexicon");
  kit->dates = events::DateRules::load(data_dir_ / "lang" / lang / "dates.txt", &error);
  if (!kit->dates) return fail("date words");
  kit->recognizer = std::make_unique<Recognizer>(*kit->registry);
  kit->coder = std::make_unique<DocumentCoder>(*kit->lexicon, cameo_, kit->dates.get());
  return kits_.emplace(lang, std::move(kit)).first->second.get();
}

}  // namespace dyad::pipeline
