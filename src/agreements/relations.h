// Relations of an agreement (issue 19) read from the sentences that report
// it: the bodies that carry it out, the earlier agreements it builds on,
// the later events whose object names it. The cue phrases are data per
// language (data/lang/<code>/agreements/relations.txt); nothing here knows
// a language.
#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "actors/actor.h"
#include "agreements/agreement.h"
#include "agreements/phrases.h"

namespace dyad::agreements {

// One sentence as the relations read it.
struct RelationSentence {
  const SentenceView& v;
  const std::vector<Match>& kinds;  // its agreement kinds
  // Actor mentions that can be a body, as word ranges, with the mention.
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, const Mention*>> actors;
  std::function<Span(std::size_t, std::size_t)> span;  // bytes of words [b, e)
  const std::string& text;                             // the document's
  std::size_t index = 0;                               // the sentence's
  // From words.txt: negation, "the", title function words.
  const std::vector<Word>& neg;
  const std::vector<Word>& the;
  const std::vector<Word>& connect;
};

class RelationReader {
 public:
  // Reads `file` (class TAB phrase). A missing file leaves the reader
  // empty: that language's agreements get no relations. False with
  // `error` ("file:line: problem") when it is malformed.
  bool load(const std::filesystem::path& file, std::string* error);
  bool empty() const { return follows_.empty() && by_.empty() && carry_.empty() && carry_split_.empty(); }

  // Earlier agreements the sentence says one builds on: the kinds that are
  // the object of "builds on", "implements", "vervangt". `prior[k]` is set
  // for each such kind match: it names that earlier agreement, not the one
  // reported.
  std::vector<Antecedent> antecedents(const RelationSentence& s, std::vector<bool>& prior) const;

  // Bodies the sentence says carry out the agreement it speaks of.
  std::vector<Body> bodies(const RelationSentence& s, const std::vector<bool>& prior) const;

  // The kind match (not a prior one) that an event with trigger words
  // [tb, te) has as its object: "welcomed the agreement", "accused Z of
  // violating the ceasefire", "de wapenstilstand werd geschonden". Only a
  // definite or named one: "called for a ceasefire" names none.
  std::optional<std::size_t> object_of(const RelationSentence& s, const std::vector<bool>& prior, std::size_t tb,
                                       std::size_t te) const;

 private:
  // A split verb: its head, then its particle later in the clause ("voert … uit").
  struct Split {
    PhraseSet head;
    std::vector<Word> tail;
  };
  std::vector<Match> cues(const PhraseSet& set, const std::vector<Split>& split, const SentenceView& v) const;
  std::optional<std::size_t> object_after(const RelationSentence& s, const std::vector<bool>& prior,
                                          const Match& c) const;
  std::optional<std::size_t> object_before(const RelationSentence& s, const std::vector<bool>& prior,
                                           const Match& c) const;
  Antecedent antecedent(const RelationSentence& s, const Match& c, const Match& m, std::size_t from) const;

  PhraseSet follows_, by_, lead_, carry_;
  std::vector<Split> follows_split_, carry_split_;
  std::vector<Word> agent_, it_, task_, year_;
};

}  // namespace dyad::agreements
