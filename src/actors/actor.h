// The value types that leave actor recognition: who a mention refers to
// (an Actor, coded CAMEO-style) and where it is (a Mention). Later stages
// (event coding, output) read these and nothing else of the recogniser.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "base/span.h"

namespace dyad {

struct Actor {
  std::string code;     // CAMEO-style: "KENGOV", "NLD", "IGOUNO"; never empty for a resolved actor
  std::string country;  // ISO 3166-1 alpha-3, empty when none
  std::string org;      // canonical short name of a named organisation ("UN", "ISIS"), empty when none
  std::string sector;   // "GOV", "MIL", "COP", "REB", "IGO"..., empty when none
  std::string name;     // a person's name, empty for collectives
  // The home state of a non-state armed group, which acts for no state
  // (its `country` stays empty): kept apart so that the group's attacks are
  // never keyed to the state it fights.
  std::string base;
  // The own id of an IGO body or mission ("UNSC", "AMISOM") whose principal
  // is its IGO (`org` "UN", "AU").
  std::string body;
  friend bool operator==(const Actor&, const Actor&) = default;
};

// A non-state armed group: no state of its own, and a base it operates
// from or none at all (ISIS). An IGO mission (MONUSCO, sector MIL) is none.
inline bool is_armed_group(const Actor& a) { return a.country.empty() && (!a.base.empty() || a.sector == "REB"); }

// What kind of expression the mention is; event coding treats a place or a
// pronoun differently from a named state.
enum class MentionKind {
  kState,         // "Kenya", "the Netherlands"
  kPlace,         // a city or region standing for its state: "Mombasa"
  kOrganisation,  // a named IGO, group or national body: "NATO", "Al-Shabaab militants"
  kCollective,    // a role noun for a group: "the Kenyan and British governments", "police"
  kPerson,        // "Governor Hassan Ali Joho of Mombasa", "Amina"
  kReference,     // a plural phrase standing for earlier actors: "the two countries"
  kPronoun,       // "he", "zij"
  // A party an event has that its own clause does not name: the subject a
  // participle or a second verb shares ("…, expelling the Thai ambassador"),
  // the doer of an act a noun refers back to ("condemned the launch"). Not
  // found by the recogniser; the pipeline adds it from the coded events,
  // spanning the event's predicate.
  kImplied,
};

const char* to_string(MentionKind kind);

struct Mention {
  std::size_t sentence = 0;  // index into the document's sentences
  Span span;                 // bytes of Document::text
  std::string text;          // the mention's surface text
  MentionKind kind = MentionKind::kState;
  Actor actor;
  // The earlier mention this one was resolved through (coreference), as an
  // index into the same result vector.
  std::optional<std::size_t> antecedent;
  // How sure the resolution is: 1 for a name, less for a pronoun or a
  // description resolved through context.
  double confidence = 1.0;
};

}  // namespace dyad
