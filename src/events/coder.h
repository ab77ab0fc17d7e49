// The event coder: one parsed sentence and the actors found in it in, CAMEO
// events out. The rules read UD relations only (nsubj, obj, obl:agent,
// compound:prt, xcomp, conj, advmod, mark, aux, case…), so they hold for
// every language with a lexicon; what differs between languages is data.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "actors/actor.h"
#include "events/cameo.h"
#include "events/lexicon.h"
#include "nlp/conllu.h"

namespace dyad::events {

// An actor mention as the coder sees it: the syntactic words it covers.
struct ArgActor {
  std::size_t word_begin = 0;  // index into ParsedSentence::words
  std::size_t word_end = 0;    // one past the last word
  const Actor* actor = nullptr;
  std::size_t id = 0;          // the caller's handle (e.g. index into the document's mentions)
  // A city or region standing for its state: inside an object ("condemned
  // the Velmora attack") it is where something happened, not a party.
  bool place = false;
};

// Who counts as the same party: the country, else the organisation, else the code.
std::string principal(const Actor& actor);

// A sentence without final punctuation: a headline, whose grammar is
// telegraphic and which restates the story's main event.
inline bool is_headline(const nlp::ParsedSentence& s) { return !s.words.empty() && s.words.back().upos != "PUNCT"; }

struct CodedEvent {
  std::string code;                  // final CAMEO code (intent mapping applied)
  std::size_t trigger_begin = 0;     // words of the predicate (and its particle)
  std::size_t trigger_end = 0;
  std::vector<std::size_t> trigger_words;
  std::optional<std::size_t> source;  // ArgActor::id
  std::optional<std::size_t> target;
  bool symmetric = false;
  bool implicit_target = false;  // the lexicon allows the context to supply the target
  // No source: an agentless act of custody on the target ("the aid worker
  // was freed"), whose doer is the target's counterpart in the story.
  bool implicit_source = false;
  bool open_target = false;      // complete without a target ("condemned the attack")
  bool victim = false;           // an implicit target is the state the story's disaster hit
  bool parties = false;          // implicit targets: both parties of the story's latest joint act (mediation)
  bool assault = false;          // 180 when an armed group does it
  // What is attacked is military ("stormed an army base", "attacked a
  // convoy", "struck the cargo ship"): fighting (19x), also by an armed group.
  bool military_object = false;
  // No source: an attack whose doer is not named ("gunmen stormed a hotel"),
  // which a later claim of responsibility may give.
  bool unclaimed = false;
  // With no target: the lemma of the act the object names ("condemned the
  // launch"), whose doer an earlier sentence may give.
  std::string referent;
  // The act is at a gathering (its object or phrase is of class CONFERENCE:
  // "attended the summit", "represented the king at the summit"): with no
  // recipient, the state the story says hosts the gathering is one.
  bool conference = false;
  // A coming to a place (Pattern::arrival): a visit by a person or
  // government, whose recipient, unnamed, is the place the story gives.
  bool arrival = false;
  // The recipient left to the context may only be the doer of the act
  // `referent` names (Pattern::act_referent).
  bool act_referent = false;
  double confidence = 0;
};

class Coder {
 public:
  // Both must outlive the coder.
  Coder(const Lexicon& lexicon, const CameoTable& cameo) : lexicon_(lexicon), cameo_(cameo) {}

  // Events of one sentence; `actors` may be in any order. Sentences with no
  // actor or no predicate give nothing.
  // With `why`, each predicate considered adds a line saying what was
  // matched and why it was kept or dropped (dyad code --explain).
  std::vector<CodedEvent> code(const nlp::ParsedSentence& sentence, const std::vector<ArgActor>& actors,
                               std::vector<std::string>* why = nullptr) const;

 private:
  const Lexicon& lexicon_;
  const CameoTable& cameo_;
};

}  // namespace dyad::events
