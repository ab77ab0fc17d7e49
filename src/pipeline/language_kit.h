// Everything coding needs for one language — parser model, actor registry
// and recogniser, event lexicon, date words — loaded once, on first use, from
// the data directory. `dyad code` and `dyad ingest` share it.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "actors/recognizer.h"
#include "actors/registry.h"
#include "base/diagnostic.h"
#include "events/cameo.h"
#include "events/dates.h"
#include "events/lexicon.h"
#include "nlp/annotator.h"
#include "pipeline/code_document.h"

namespace dyad::pipeline {

struct LanguageKit {
  std::unique_ptr<nlp::Annotator> annotator;
  std::unique_ptr<Registry> registry;
  std::unique_ptr<Recognizer> recognizer;
  std::unique_ptr<events::Lexicon> lexicon;
  std::unique_ptr<events::DateRules> dates;
  std::unique_ptr<DocumentCoder> coder;
};

class LanguageKits {
 public:
  // `cameo` must outlive the kits.
  LanguageKits(std::filesystem::path data_dir, const events::CameoTable& cameo)
      : data_dir_(std::move(data_dir)), cameo_(cameo) {}

  // Null when the language cannot be coded; the reason is reported once, as
  // an error naming the missing or broken file.
  const LanguageKit* get(const std::string& lang, const DiagnosticSink& diagnostics);

 private:
  std::filesystem::path data_dir_;
  const events::CameoTable& cameo_;
  std::map<std::string, std::unique_ptr<LanguageKit>> kits_;  // null: failed to load
};

}  // namespace dyad::pipeline
