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
};

}  // namespace dyad::agreements
