// The predicate lexicon of one language: which verbs and event nouns code
// which CAMEO event, under which argument constraints, plus the closed-class
// words the coder's language-neutral rules need (negation, future, intent,
// condition, agent and target prepositions). Read from
// <data>/lang/<lang>/events/*.txt; the format is described in
// data/lang/README.events.md and can express PETRARCH verb patterns
// (verb + object head/synset + preposition phrase → active:passive code).
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::events {

enum class TriggerKind : std::uint8_t { kVerb, kNoun };

// A lemma, or a class of lemmas ("&AGREEMENT").
struct Term {
  bool is_class = false;
  std::string text;
};

// A phrase constraint: modifiers that must hang off the head, then the head.
// "{MILITARY COOPERATION}" → modifiers {military}, head cooperation.
struct PhraseSpec {
  std::vector<Term> modifiers;
  Term head;
  bool empty() const { return head.text.empty(); }
};

struct Pattern {
  TriggerKind kind = TriggerKind::kVerb;
  std::string lemma;     // "sign", "zetten"
  std::string particle;  // separable particle / phrasal verb: "in" ("zette … in"), "over" ("hand over")
  PhraseSpec object;     // direct object (the passive subject in a passive clause)
  // The doer's own words: the subject, or a passive's agent ("Russian
  // drones hit …", "was hit by a Houthi missile"): subj=&STRIKER.
  PhraseSpec subject;
  std::string prep;      // a prepositional argument that must be present ("on" in "impose sanctions on")
  PhraseSpec prep_object;
  std::string active;    // CAMEO code in an active clause
  std::string passive;   // CAMEO code in a passive clause; empty: same as active
  bool active_only = false;  // "CODE:-": a passive clause is not this event ("was met with criticism")
  bool symmetric = false;        // a joint act: "X and Y signed" → X–Y
  bool implicit_target = false;  // the recipient may be left to the context ("handed over the machine")
  // The recipient left to the context is the state where the story's
  // disaster or attack happened ("offered condolences to the families").
  bool victim = false;
  bool parties = false;  // an implicit target is both parties of the story's latest joint act (mediation)
  // A host state's act on foreigners ('were asked to leave the country',
  // 'was declared persona non grata'): agentless, like an arrest, its doer
  // is the target's counterpart in the story.
  bool host = false;
  // Done by an armed group, the act is an assault, 180 (README convention:
  // a terrorist attack); done by a state it keeps its code ("attacked").
  bool assault = false;
  // The act is complete without a recipient ("condemned the attack",
  // "claimed responsibility"): with no target found it is still an event.
  bool open_target = false;
  // Prepositions that introduce the target of this pattern only, beside the
  // language's target words ("support for X", "condolences over").
  std::vector<std::string> target_preps;
  // Prepositions of the body the act is lodged with, which is no target
  // ("a complaint with the Security Council against X": venue=with).
  std::vector<std::string> venue_preps;
  // A complement clause this verb must govern ("ordered the envoy to leave",
  // "told him to leave"): its lemma.
  std::string complement;
  // A word of this class among the verb's dependents (not its subject), to
  // two levels down: "called X's actions 'reprehensible'" (has=&NEGATIVE).
  std::string has_class;
  // The "of" phrase of an event noun is what the act befalls, not who does
  // it ("the release of the prisoners by X", "the expulsion of diplomats").
  bool of_patient = false;
  // The subject receives the act and a target-preposition phrase gives
  // it ("received aid from X", "kreeg steun van X").
  bool converse = false;
  // The act never has a target, whatever phrase is near ("claimed
  // responsibility for the attack on a U.S. ship": the claim has none).
  bool solo = false;
  // Coded only when announced — future, promised, or "would" in a report —
  // never as done: "would respond in a proportionate manner" threatens,
  // "responded" is no event.
  bool announced = false;
  // The recipient may only be the doer of an earlier act the object names
  // ("welcomed the agreement" → its signatories), never another party the
  // story has in reach (flag actref; implies implicit).
  bool act_referent = false;
  // A coming to a place ("arrived for talks", "flew in", "landde in"): a
  // visit (042) of a person or government, never of forces; with no
  // recipient named, the place the sentence or the dateline gives is it
  // (flag arrival; implies implicit).
  bool arrival = false;
  // Forces sent or deployed: onto the sender's own ground ("to its border
  // with X", "to Roraima" of Brazil's) a mobilisation, 154, against the
  // other party the sentence names (flag mobilize).
  bool mobilize = false;
  // Done by each party to the other ("exchanged prisoners", "wisselden
  // gevangenen uit"): two directed events, each side's act (flag mutual).
  bool mutual = false;
  // The verb says nothing more of its object ("called Persaud on Tuesday"):
  // not with a predicate or clause of its own ("calling the group 'the
  // shield of Lebanon'", "what Islamabad called hideouts").
  bool plain = false;
  // An imported pattern (90_petrarch.txt): it ranks below every hand-written
  // pattern of its lemma, so it only codes what the hand-written ones leave.
  bool fallback = false;
  std::string where;             // file:line, for messages
  int specificity() const;
};

// Closed-class words the coder's rules consult; lemmas or lower-cased forms.
enum class WordRole : std::uint8_t {
  kNegation,      // not, niet, geen
  kFuture,        // will, zal
  kHypothetical,  // would, could, might
  kIntent,        // pledge, plan, agree, afspreken: their complement is an intended act
  kRefusal,       // refuse, fail, weigeren: their complement did not happen
  kCondition,     // if, unless, indien
  kAgent,         // by, door: the passive agent
  kTarget,        // with, to, against, met, aan, tegen
  kBetween,       // between, tussen: "talks between X and Y"
  kOf,            // of, van: the doer of an event noun ("the visit of X to Y")
  kQuestion,      // ?
  kHedge,         // reportedly, allegedly, naar verluidt: the report does not vouch for the act
  kFuturePast,    // would, zou: hypothetical, except in what a report verb says ("said it would send")
  kReport,        // say, announce, zeggen: verbs of saying
  kDecision,      // decide, besluiten: the decided act is reported as done ("decided to expel")
  kAuxiliary,     // have, be, hebben, zijn, worden: a participle the parser hung under one is its clause's verb
  kCount
};

class Lexicon {
 public:
  // Loads every *.txt file of `dir` in name order. Null with `error`
  // ("file:line: problem") on a malformed line or an unknown class.
  static std::unique_ptr<Lexicon> load(const std::filesystem::path& dir, std::string* error);
  // Parses lexicon text as if read from `where` (tests, tools).
  bool add_text(std::string_view text, const std::string& where, std::string* error);
  bool check(std::string* error) const;  // every &CLASS used is defined

  // Patterns for a trigger lemma: hand-written before fallback ones, each
  // group most specific first; null when none.
  const std::vector<Pattern>* patterns(TriggerKind kind, std::string_view lemma) const;
  // Whether some verb pattern of `lemma` takes `particle` as its separable
  // particle or phrasal-verb particle ("bieden+aan", "hand+over").
  bool verb_takes_particle(std::string_view lemma, std::string_view particle) const;
  bool in_class(std::string_view cls, std::string_view lemma) const;
  // In class `cls` by the lemma or, for a compound as lemmatised
  // ("dinsdag_avond", "vredes_conferentie"), by its last part.
  bool in_class_or_tail(std::string_view cls, std::string_view lemma) const;
  // Whether two words name the same kind of act by a class whose name
  // starts with KIN_ ("class KIN_LAUNCH: launch fire test"): "the launch"
  // refers back to "fired a missile".
  bool same_kin(std::string_view a, std::string_view b) const;
  bool is(WordRole role, std::string_view word) const;
  // A construction rule the language switches on with `rule NAME`
  // ("verb-second": the phrase before the finite verb may be its subject).
  bool has_rule(std::string_view name) const { return rules_.count(std::string(name)) > 0; }
  bool matches(const Term& term, std::string_view lemma) const {
    return term.is_class ? in_class(term.text, lemma) : term.text == lemma;
  }
  // Lemma candidates for a word form (or a malformed lemma) from the
  // language's own inflection data: `forms LEMMA: form…` (irregular forms)
  // and `inflect PATTERN -> PATTERN` suffix rules ("ge*d -> *en"), applied
  // up to three times. Most direct first; the word itself is not included.
  std::vector<std::string> lemma_candidates(std::string_view word) const;
  std::size_t size() const { return pattern_count_; }
  // Every pattern, in no particular order (coverage checks, tools).
  std::vector<const Pattern*> all() const;

 private:
  bool parse_line(std::string_view line, const std::string& where, std::string* error);
  std::unordered_map<std::string, std::vector<Pattern>> verbs_, nouns_;
  // Looked up by string_view on the coder's hot path: no string is built per lookup.
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using WordSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;
  std::unordered_map<std::string, WordSet, ViewHash, std::equal_to<>> classes_;
  std::unordered_map<std::string, std::vector<std::string>> kin_;  // word -> the KIN_ classes it is in
  std::unordered_set<std::string> words_[static_cast<int>(WordRole::kCount)];
  std::unordered_set<std::string> rules_;
  struct Inflection {
    std::string from_prefix, from_suffix, to_prefix, to_suffix;  // '?' in a suffix: one character, carried over in order
  };
  std::vector<Inflection> inflections_;
  std::unordered_map<std::string, std::vector<std::string>> irregular_;  // form → lemmas
  std::vector<std::pair<std::string, std::string>> class_uses_;  // class, where
  std::size_t pattern_count_ = 0;
};

}  // namespace dyad::events
