// Agreements from a coded document: sentences that name an agreement's
// kind and its conclusion (or carry a 057 "sign formal agreement" event),
// their parties, signatories, date, place and topics, and the later
// sentences that speak of the same agreement. The words are data per
// language (data/lang/<code>/agreements/); nothing here knows a language.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/registry.h"
#include "agreements/agreement.h"
#include "base/diagnostic.h"
#include "events/dates.h"
#include "events/event.h"
#include "pipeline/annotate.h"

namespace dyad::agreements {

class Extractor {
 public:
  // Reads kinds.txt, topics.txt (and any topics-*.txt: generated phrase
  // lists) and words.txt from `dir`. Null with `error`
  // ("file:line: problem") when one is missing or malformed.
  static std::unique_ptr<Extractor> load(const std::filesystem::path& dir, std::string* error);

  // `events` are the document's coded events (DocumentCoder::code); `dates`
  // may be null (no dates); `registry` (may be null) names the city a party
  // mention holds ("the mayors of Rotterdam and Mombasa").
  std::vector<Agreement> extract(const pipeline::AnnotatedDocument& doc, const std::vector<events::Event>& events,
                                 const events::DateRules* dates, const Registry* registry = nullptr) const;

  // A word pattern: exact, "x*" prefix or "*x" suffix.
  struct Word {
    std::string text;
    enum class Match { kExact, kPrefix, kSuffix } match = Match::kExact;
  };
  struct Phrase {
    std::vector<Word> words;
    std::string id;     // kind or topic id, or word class
    bool weak = false;  // kinds only
  };
  // Phrases indexed by their first word, so a sentence is matched against
  // the few that can start at each word, not against thousands.
  struct PhraseSet {
    std::vector<Phrase> phrases;
    std::unordered_map<std::string, std::vector<std::size_t>> by_first;  // exact first words
    std::vector<std::size_t> wild;                                       // first word a prefix or suffix
    void add(Phrase p);
  };

 private:
  PhraseSet kinds_, topics_;
  std::unordered_map<std::string, std::vector<Word>> classes_;  // sign, neg, at, with, connect
};

// One extractor per language, loaded on first use from
// <data>/lang/<code>/agreements/. A language without those files gets none
// (reported once), so its documents give events but no agreements.
class Extractors {
 public:
  explicit Extractors(std::filesystem::path data_dir) : data_dir_(std::move(data_dir)) {}
  // `lang` is a code LanguageKits accepted.
  const Extractor* get(const std::string& lang, const DiagnosticSink& diagnostics);

 private:
  std::filesystem::path data_dir_;
  std::unordered_map<std::string, std::unique_ptr<Extractor>> loaded_;
};

}  // namespace dyad::agreements
