// What the store keeps of a coded document: the document, its sentences, its
// actor mentions and its events with every field of the event output contract
// (issue 5). Plain values, independent of the coder's in-memory types, so the
// store can also take events that were coded elsewhere (a JSONL file).
// Offsets count Unicode code points of the document text, as in the output.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace dyad::store {

struct Offsets {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const Offsets&, const Offsets&) = default;
};

struct StoredActor {
  std::string code;  // "KENGOV"
  std::string country, org, sector, name;
  std::string text;  // the mention as written
  Offsets span;
  friend bool operator==(const StoredActor&, const StoredActor&) = default;
};

struct StoredMention {
  std::size_t sentence = 0;
  Offsets span;
  std::string text;
  std::string kind;  // "state", "person", ...
  StoredActor actor; // actor.text/span repeat the mention's
};

struct StoredEvent {
  std::size_t sentence = 0;
  std::vector<std::size_t> sentences;  // every supporting sentence
  std::string text;                    // the (first) sentence
  Offsets span;
  std::string trigger;
  Offsets trigger_span;
  std::string code, root, name;
  int quad = 0;
  double goldstein = 0;
  std::string plover;
  StoredActor source;
  std::optional<StoredActor> target;
  bool symmetric = false;
  std::optional<PartialDate> date;
  std::string lang;
  double confidence = 0;
};

// A report of an agreement (issue 19), as `dyad code --format agreements`
// writes it.
struct StoredAgreement {
  std::size_t sentence = 0;
  std::vector<std::size_t> sentences;
  std::string text;  // the first sentence
  Offsets span;
  std::string kind, kind_text, name;
  std::vector<std::string> parties;  // principals: "KEN", "EU"
  std::vector<std::string> topics;
  std::string detail;  // JSON {"parties": [...], "signatories": [...]}
  std::optional<PartialDate> date;
  std::string day_without_year, place, lang;
  double confidence = 0;
};

struct StoredDocument {
  std::string id;
  std::string url, title, lang;
  std::optional<PartialDate> date;
  std::string text;
  std::vector<Offsets> sentences;
  std::vector<StoredMention> mentions;
  std::vector<StoredEvent> events;
  std::vector<StoredAgreement> agreements;
  // Ingested from coded events (no text to hash): the event lines, so
  // re-coded events count as a change. Empty for documents coded here.
  std::string events_digest;
};

}  // namespace dyad::store
