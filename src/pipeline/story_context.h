// What earlier sentences of a story say that a later one leaves implicit:
// who did an act a later sentence names by a noun ("North Korea launched a
// missile … Japan condemned the launch" → the launcher), and where the
// story's events happened ("… condolences to the families of the victims"
// → the state hit).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor.h"
#include "events/coder.h"
#include "events/lexicon.h"
#include "nlp/conllu.h"

namespace dyad::pipeline {

// Whether a noun names the act of a verb: the same word or a derivation
// sharing most of its stem ("launch"/"launch", "lancering"/"lanceren",
// "decision"/"decide", "uitlatingen"/"uitlaten").
bool names_act(std::string_view noun, std::string_view verb);

class StoryContext {
 public:
  // `lexicon` (its LOCATIVE class) must outlive this.
  explicit StoryContext(const events::Lexicon& lexicon) : lexicon_(lexicon) {}

  // Records the acts and places of one sentence. `actors` index `mentions`
  // by ArgActor::id.
  void add(const nlp::ParsedSentence& parsed, const std::vector<events::ArgActor>& actors,
           const std::vector<Mention>& mentions);

  // The latest party that did an act `referent` names, other than `other`
  // (a principal): the mention's index.
  std::optional<std::size_t> doer_of(std::string_view referent, std::string_view other) const;

  // The places where the latest located happening was ("the earthquake in
  // Turkey and Syria"), none of principal `other`. The nationality of the
  // harmed counts as a place hit ("two Palestinian teenagers were killed").
  std::vector<std::size_t> hit_places(std::string_view other) const;

  // The places the first sentence after sentence `s` (within `within`
  // sentences) that located something names, none of principal `other`:
  // for a headline or lead whose place the story gives only later.
  std::vector<std::size_t> places_after(std::size_t s, std::size_t within, std::string_view other) const;

  // Where the story's latest gathering is held, by a party other than
  // `other`: the place of "the summit in Riyadh", "hosted the summit in
  // Riyadh", "de top vond plaats in Riyad", or the host of "Saudi Arabia
  // hosted the summit" (a verb of class CONVENE with a CONFERENCE object).
  std::optional<std::size_t> venue(std::string_view other) const;

 private:
  // Whether noun `w` names people harmed: the patient of a HARM verb, or the
  // subject of a DEATH one.
  bool harmed(const nlp::ParsedSentence& s, std::size_t w) const;
  // Whether word `w` is a gathering (class CONFERENCE, or a compound ending
  // in one: "topontmoeting") or a verb with one as object or subject.
  bool gathering(const nlp::ParsedSentence& s, std::size_t w) const;

  struct Act {
    std::string lemma;      // the verb, or the noun of a nominal act ("Ruritania's launch")
    std::size_t mention;
    std::string principal;
  };
  struct Place {
    std::size_t mention;
    std::string principal;
  };
  const events::Lexicon& lexicon_;
  std::vector<Act> acts_;
  std::vector<std::pair<std::size_t, std::vector<Place>>> located_;
  std::vector<Place> venues_;  // places and hosts of gatherings, in story order  // (sentence, places) for each sentence that located something
  std::size_t sentences_ = 0;  // sentences added so far
};

}  // namespace dyad::pipeline
