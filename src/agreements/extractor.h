// Agreements from a coded document: sentences that name an agreement's
// kind and its conclusion (or carry a 057 "sign formal agreement" event),
// their parties, signatories, date, place and topics, the later
// sentences that speak of the same agreement, and its relations (bodies
// that carry it out, agreements it builds on, later events naming it). The words are data per
// language (data/lang/<code>/agreements/); nothing here knows a language.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/registry.h"
#include "agreements/agreement.h"
#include "agreements/phrases.h"
#include "agreements/relations.h"
#include "base/diagnostic.h"
#include "events/dates.h"
#include "events/event.h"
#include "pipeline/annotate.h"

namespace dyad::agreements {

class Extractor {
 public:
  // Reads kinds.txt, topics.txt (and any topics-*.txt: generated phrase
  // lists), words.txt and relations.txt (optional) from `dir`. Null with `error`
  // ("file:line: problem") when one is missing or malformed.
  static std::unique_ptr<Extractor> load(const std::filesystem::path& dir, std::string* error);

  // `events` are the document's coded events (DocumentCoder::code); `dates`
  // may be null (no dates); `registry` (may be null) names the city a party
  // mention holds ("the mayors of Rotterdam and Mombasa").
  std::vector<Agreement> extract(const pipeline::AnnotatedDocument& doc, const std::vector<events::Event>& events,
                                 const events::DateRules* dates, const Registry* registry = nullptr) const;

  using Word = agreements::Word;
  using Phrase = agreements::Phrase;
  using PhraseSet = agreements::PhraseSet;

 private:
  PhraseSet kinds_, topics_;
  std::unordered_map<std::string, std::vector<Word>> classes_;  // sign, neg, at, with, connect
  RelationReader relations_;
  friend class DocumentReader;
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
