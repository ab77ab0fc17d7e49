// An agreement as dyad registers it: what kind, between whom, signed by
// whom, when and where, on which topics, and the sentences that report it.
// Plain values: the store and the output read these and nothing else of the
// extractor.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "actors/actor.h"
#include "base/date.h"
#include "base/span.h"

namespace dyad::agreements {

struct Party {
  Actor actor;
  std::string text;  // the mention as written
  Span span;         // bytes of the document text
  // A city or region that is a party in its own right (two cities' MOU):
  // its name; `actor` then holds the state it belongs to.
  std::string city;
};

struct Signatory {
  Actor actor;       // who the person acts for; `name` their name
  std::string text;  // the mention as written, titles included
  Span span;
};

// A body that carries the agreement out: implements, oversees, coordinates
// or monitors it ("will be implemented by the National Counter Terrorism
// Centre").
struct Body {
  // Empty `code` when no known actor is named there: the body is then only
  // its name as written, `text`.
  Actor actor;
  std::string text;  // as written
  Span span;
  std::string cue;   // the words that said so, as written: "implemented by", "ziet toe op"
  std::size_t sentence = 0;
};

// Another agreement this one follows, implements, builds on, replaces,
// extends or renews ("the MOU implements the 2016 joint declaration").
struct Antecedent {
  std::string kind;  // a kind id, as for the agreement itself
  std::string text;  // as written: "the 2016 joint declaration"
  std::string name;  // its title when it has one ("the Paris Agreement")
  std::optional<int> year;
  std::string cue;   // "builds on", "vervangt"
  // Its place among the same document's agreements when it is one of them.
  std::optional<std::size_t> index;
  std::size_t sentence = 0;
  Span span;
};

// A later event of the same document whose object names the agreement
// ("Kenya welcomed the agreement", "accused Z of violating the ceasefire").
struct Reference {
  std::size_t event = 0;  // among the document's coded events, in their output order
  std::string code;       // CAMEO
  std::string trigger;
  Span trigger_span;
  std::string source, target;  // actor codes; target empty when none
  std::size_t sentence = 0;
};

struct Agreement {
  std::string doc;
  std::string lang;
  std::string kind;       // an id of data/lang/*/agreements/kinds.txt: "mou", "treaty"
  std::string kind_text;  // the words that named the kind, as written
  std::string name;       // a proper name as written ("the Paris Agreement"); empty when none
  std::vector<Party> parties;
  std::vector<Signatory> signatories;
  std::optional<PartialDate> date;
  // A day named without a year when the document has none ("On 22
  // November"): ISO 8601 "--11-22". Empty otherwise.
  std::string day_without_year;
  std::string place;
  std::vector<std::string> topics;  // topic ids, sorted
  std::size_t sentence = 0;         // the first sentence that reports it
  std::vector<std::size_t> sentences;
  Span sentence_span;               // bytes of the first sentence
  Span kind_span;
  double confidence = 0;
  std::vector<Body> implemented_by;
  std::vector<Antecedent> builds_on;
  std::vector<Reference> referred_by;
};

// Sentence indexes counted from the document's start for an agreement read
// from a part of it that starts at sentence `first`.
void offset_sentences(Agreement& a, std::size_t first);

}  // namespace dyad::agreements
