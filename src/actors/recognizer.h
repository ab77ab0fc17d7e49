// Finds actor mentions in a segmented document and resolves each to a coded
// Actor: registry phrases by longest match, role nouns with the states or
// organisations that modify them, titled names with their "of PLACE", and
// within-document coreference (surnames, first names, "the two countries",
// unambiguous pronouns). Everything language-specific comes from the
// registry; the patterns here hold for English and Dutch alike.
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "actors/actor.h"
#include "actors/registry.h"
#include "text/dateline.h"
#include "text/document.h"

namespace dyad {

class Recognizer {
 public:
  // `registry` must outlive the recogniser.
  explicit Recognizer(const Registry& registry) : registry_(registry) {}

  // Mentions in document order. `upos`, when given, holds one UD tag per
  // token of each sentence ("PROPN"...); without it, names are told by their
  // capitalisation.
  std::vector<Mention> recognize(const Document& doc, const std::vector<Sentence>& sentences,
                                 const std::vector<std::vector<std::string>>* upos = nullptr) const;

  const Registry& registry() const { return registry_; }

 private:
  const Registry& registry_;
};

// The mention of a news dateline's place ("KATHMANDU, Oct 20 -"): a place or
// state written in capitals inside a line head that is a dateline (not a
// date label), as an index into `mentions`.
std::optional<std::size_t> dateline_mention(std::span<const Mention> mentions, const std::vector<LineHead>& heads);

}  // namespace dyad
