// The sentence coder's working state, shared by the files that hold its
// construction families (internal to src/events; the public face is
// events/coder.h):
//   coder.cpp      the driver: predicates, pattern selection, emitting events
//   arguments.cpp  who the parties are: subjects, objects, prepositional
//                  arguments, passives, verb-second repair, actors in phrases
//   modality.cpp   whether it happened: negation, mood, reports, hedges
//   nominal.cpp    events named by a noun ("talks with", "condolences")
// The vocabulary is data (data/lang/<lang>/events/*.txt, data/lang/EVENTS.md).
#pragma once
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/cameo.h"
#include "events/coder.h"
#include "events/lexicon.h"
#include "nlp/conllu.h"

namespace dyad::events::detail {

inline std::string_view base_rel(std::string_view rel) { return nlp::universal_relation(rel); }

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

inline bool has_feat(std::string_view feats, std::string_view feat) {
  std::size_t pos = 0;
  while ((pos = feats.find(feat, pos)) != std::string_view::npos) {
    const bool starts = pos == 0 || feats[pos - 1] == '|';
    const std::size_t end = pos + feat.size();
    if (starts && (end == feats.size() || feats[end] == '|')) return true;
    pos = end;
  }
  return false;
}

// Clause-level relations: an actor inside such a dependent is not part of
// the phrase it hangs from.
inline bool is_clause_rel(std::string_view rel) {
  return rel == "acl" || rel == "advcl" || rel == "ccomp" || rel == "xcomp" || rel == "parataxis" ||
         rel == "csubj" || rel == "list" || rel == "punct" || rel == "vocative" || rel == "dislocated";
}

// Codes one sentence; holds the per-sentence indexes.
class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lex, const CameoTable& cameo, const nlp::ParsedSentence& s,
                const std::vector<ArgActor>& actors, std::vector<std::string>* why)
      : lex_(lex), cameo_(cameo), words_(s.words), actors_(actors), why_(why) {
    const std::size_t n = words_.size();
    kids_.resize(n);
    lemma_.resize(n);
    form_.resize(n);
    joined_.resize(n);
    covering_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const auto& w = words_[i];
      lemma_[i] = lower(w.lemma.empty() || w.lemma == "_" ? w.form : w.lemma);
      form_[i] = lower(w.form);
      joined_[i] = lemma_[i];
      std::erase(joined_[i], '_');
      if (w.head > 0 && static_cast<std::size_t>(w.head) <= n) kids_[w.head - 1].push_back(i);
    }
    headline_ = is_headline(s);
    for (std::size_t a = 0; a < actors_.size(); ++a) {
      for (std::size_t i = actors_[a].word_begin; i < actors_[a].word_end && i < n; ++i) covering_[i].push_back(a);
    }
  }

  std::vector<CodedEvent> run();

 private:
  int head(std::size_t i) const { return words_[i].head - 1; }  // -1 for the root

  void note(const std::string& line) const {
    if (why_) why_->push_back(line);
  }
  std::string at(std::size_t i) const { return words_[i].form + "#" + std::to_string(i + 1); }
  // Where a pattern was written, from the data directory down ("lang/en/events/04_conflict.txt:7").
  static std::string_view source_of(const Pattern& p) {
    const std::size_t at = p.where.rfind("/lang/");
    return at == std::string::npos ? std::string_view(p.where) : std::string_view(p.where).substr(at + 1);
  }
  std::string who(const std::vector<std::size_t>& list) const {
    std::string out;
    for (std::size_t a : list) out += (out.empty() ? "" : ",") + principal(*actors_[a].actor);
    return out.empty() ? "-" : out;
  }
  std::string_view rel(std::size_t i) const { return words_[i].deprel; }

  std::optional<std::size_t> child(std::size_t i, std::string_view full_rel) const {
    for (std::size_t c : kids_[i])
      if (rel(c) == full_rel) return c;
    return std::nullopt;
  }

  // The preposition (case marker) of a nominal dependent.
  const std::string* case_of(std::size_t i) const {
    for (std::size_t c : kids_[i])
      if (base_rel(rel(c)) == "case") return &lemma_[c];
    return nullptr;
  }

  // Nominal dependents of `i` introduced by one of a pattern's own target
  // prepositions ("support for X").
  void prep_args_in(std::size_t i, const std::vector<std::string>& preps, std::vector<std::size_t>& out) const;

  // Nominal dependents of `i` introduced by a preposition with `role`.
  void prep_args(std::size_t i, WordRole role, std::vector<std::size_t>& out) const;
  // "filed a complaint … in response to Israel's violations": the party
  // whose act a RESPONSE phrase on `v` answers, into `out`.
  void answered_party(std::size_t v, std::vector<std::size_t>& out, bool& indirect) const;
  // Whether phrase `w` is introduced by one of the pattern's venue
  // prepositions ("with the Security Council" for a complaint).
  bool lodged_with(std::size_t w, const Pattern& p) const {
    const std::string* cs = case_of(w);
    return cs && std::find(p.venue_preps.begin(), p.venue_preps.end(), *cs) != p.venue_preps.end();
  }

  bool phrase_matches(std::size_t h, const PhraseSpec& spec) const;
  // Whether word `h` is a person's name an actor mention covers and the
  // class `term` counts persons (member "@person": "received Abdel X").
  bool names_person(std::size_t h, const Term& term) const;
  // What a number or measure counts ("eight of the drones"), else h itself.
  std::size_t counted(std::size_t h) const;
  // What a free relative object stands for ("what it called an attack"), else w.
  std::size_t described(std::size_t w) const;
  bool compound_head_matches(std::string_view form, const Term& term) const;

  // "ordered the envoy to leave": a complement clause with this lemma.
  // The parser may hang the infinitive off the object ("the ambassador to leave" as acl).
  bool governs_complement(std::size_t v, std::string_view lemma) const;
  // A word of class `cls` among the dependents of `v` (not its subject), to three levels.
  bool dependents_have(std::size_t v, std::string_view cls) const;
  // A phrase that adds a doer: "along with X", "samen met X" (class COMITATIVE).
  bool comitative(std::size_t c) const;
  // The parties a mission or a diplomat named by word `w` is posted to ("its
  // high commission in the city of Rajshahi", "the ambassador to Canada"),
  // when `w` is one (classes MISSION, DIPLOMAT).
  std::vector<std::size_t> hosts_of(std::size_t w) const;
  bool posted(std::size_t w) const { return word_in("MISSION", w) || word_in("DIPLOMAT", w); }
  // Word `w` is of class `cls` by its lemma or by its lemma with the parts
  // of a compound or particle verb joined ("aan_sluiten" as "aansluiten").
  bool word_in(std::string_view cls, std::size_t w) const {
    return lex_.in_class(cls, lemma_[w]) || lex_.in_class(cls, joined_[w]);
  }
  // Word `w` is a verb of saying, by its lemma or its joined lemma.
  bool saying(std::size_t w) const { return lex_.is(WordRole::kReport, lemma_[w]) || lex_.is(WordRole::kReport, joined_[w]); }
  // Word `w` opens a subordinate clause: it has a subordinating conjunction ("that", "dat").
  bool subordinated(std::size_t w) const {
    return std::any_of(kids_[w].begin(), kids_[w].end(),
                       [&](std::size_t c) { return base_rel(rel(c)) == "mark" && words_[c].upos == "SCONJ"; });
  }
  // The word of mention `a` that the rest of the sentence attaches to.
  std::optional<std::size_t> head_word(std::size_t a) const;

  // A particle is the verb's dependent, or the word right after it when the
  // parser attached it elsewhere ("handed over the machine").
  bool particle_present(std::size_t v, std::string_view particle) const;
  bool marks_time(std::size_t w) const;
  // The verb says nothing more of its object (flag plain).
  bool plain_object(std::size_t v, std::optional<std::size_t> obj) const;

  bool has_prt(std::size_t v) const;
  // Whether particle `c`, hung on the infinitive `v`, belongs to the verb
  // that governs it ("bood aan te bemiddelen").
  bool particle_of_governor(std::size_t v, std::size_t c) const;

  // A future auxiliary ("will", "would", "zal", "zou") on `v`, with no
  // condition or hedge on it.
  bool future_aux(std::size_t v) const;

  bool passive(std::size_t v) const;

  // A word naming a time ("Tuesday", "dinsdagavond" as "dinsdag_avond"):
  // by its lemma or the last part of a compound one.
  bool time_word(std::size_t i) const { return lex_.in_class_or_tail("TIME", lemma_[i]); }

  // A relative pronoun ("which", "die"), which stands for the noun its clause hangs on.
  bool relative_pronoun(std::size_t i) const {
    return has_feat(words_[i].feats, "PronType=Rel") || lex_.in_class("RELATIVE", lemma_[i]);
  }

  // An act a state does on its own ground: arrest, sentence, release … (class TERRITORIAL).
  bool territorial(std::size_t v) const {
    return word_in("TERRITORIAL", v);
  }

  // The object phrase a pattern's obj= constrains: obj in an active clause,
  // the passive subject or the modified noun in a passive one.
  std::optional<std::size_t> object_of(std::size_t v, bool pass) const;
  // "a charge Moscow denies", "een beschuldiging die Moskou ontkent", "an
  // allegation New Delhi rejected" (the name read as an apposition), "wat
  // New Delhi ontkent": the word of the party that answers a charge with a
  // verb of class DENIAL, whatever relation the parser gave it.
  std::optional<std::size_t> charge_answerer(std::size_t v) const;
  // The charge noun such a clause answers, if it hangs on one.
  std::optional<std::size_t> answered_charge(std::size_t v) const;

  const Pattern* select(std::size_t v, const std::vector<Pattern>& patterns, bool pass, std::string_view lemma_particle) const;
  // A clause with no object the parser found: a bare noun after the verb,
  // before the next verb or punctuation, that `spec` matches ("sprak de
  // veiligheidsraad deze week sancties uit" with "sancties" hung on "week").
  bool surface_object(std::size_t v, const PhraseSpec& spec) const;

  // Actors a phrase headed by `h` stands for: every conjunct, each either
  // covered by a mention or holding the closest mentions inside it.
  void actors_of(std::size_t h, std::vector<std::size_t>& out, bool& indirect, bool object = false) const;

  // Mentions in the phrase under `h` at the smallest depth (conj and flat
  // links cost nothing). With `clauses`, also looks into participle clauses
  // ("activists participating in the Mombasa lab").
  // Prepositional phrases that name other roles ("talks with Y" as a subject)
  // are skipped, except inside an object ("the proposal by Ukraine").
  bool closest_inside(std::size_t h, bool clauses, bool object, std::vector<std::size_t>& out) const;

  // Mention `a` and the mentions listed after it ("A, B, C en D"), by the
  // words between them alone; `closed` when a conjunction ends the list.
  std::vector<std::size_t> list_from(std::size_t a, bool& closed) const;
  // Adds the rest of a list that mention `a` opens, when the parse lost
  // some of its members.
  void listed_after(std::size_t a, std::vector<std::size_t>& out) const;
  // "talked with several leaders, among them A, B and C": the members of a
  // list after an INCLUDING word that follows `v`.
  void included_list(std::size_t v, std::vector<std::size_t>& out) const;

  // Adds mention `a` and the mentions nested inside it ("the governments
  // of Qatar, Oman and Switzerland": one mention with one inside per state).
  void with_nested(std::size_t a, std::vector<std::size_t>& out) const;

  static void add_unique(std::vector<std::size_t>& v, std::size_t x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  }

  // Subject words of a verb, following conjoined and controlled verbs up.
  std::vector<std::size_t> subject_words(std::size_t v, bool pass, int depth = 0) const;

  // Verb-second languages put one phrase before the finite verb, most often
  // the subject; the parser may take a later noun for the subject instead
  // ("Iran veroordeelde de aanslag" with "aanslag" as nsubj). When every
  // subject follows the verb and names no party, a party-naming phrase
  // opening the clause, without a preposition, is the subject; the later
  // "subject" is then read as the object (code_verb).
  void verb_second(std::size_t v, std::vector<std::size_t>& out) const;

  // A clause the parser left without a subject: the noun phrases before the
  // verb that hold actors and are not prepositional arguments of their own
  // ("minister Blok en Koning Abdullah II … afgesproken" parsed as obl).
  void fallback_subjects(std::size_t v, std::vector<std::size_t>& out) const;

  // True when the clause of `v` is negated.
  bool negated(std::size_t v, std::optional<std::size_t> obj) const;

  // Statements, appeals, demands, disapproval, rejection, threats (CAMEO
  // 01, 02, 10–13): acts of speech, whose addressee may be the subject of
  // what is said.
  static bool verbal(std::string_view code) {
    if (code.size() < 2) return false;
    const std::string_view root = code.substr(0, 2);
    return root == "01" || root == "02" || root == "10" || root == "11" || root == "12" || root == "13";
  }

  enum class Mood { kFact, kIntent, kHypothetical };

  // The clause of `v` is what a verb of saying reports.
  bool reported(std::size_t v) const;

  // The first of `roles` (closed word classes) word i belongs to: by its
  // lemma, or for a verb by a lemma the language's inflection data gives its
  // form, so a lemmatiser slip ("beloofden" -> "beloofen") does not hide
  // "beloven". The form's candidates are made at most once.
  std::optional<WordRole> verb_role(std::size_t i, std::initializer_list<WordRole> roles) const;

  // Walks up through conjoined and controlled verbs: a condition or a
  // hypothetical modal anywhere on the way makes the act unreal; a future
  // auxiliary or an intent verb makes it an announced act.
  Mood mood(std::size_t v) const;

  // An intent verb whose complement is itself a coded act leaves the coding
  // to the complement ("pledged to cooperate" → intent to cooperate).
  bool defers_to_complement(std::size_t v) const;

  void code_verb(std::size_t v, std::vector<CodedEvent>& out);

  void code_noun(std::size_t n, std::vector<CodedEvent>& out);
  // "The attack is unacceptable, the minister said": a negative judgement
  // of an act, predicated and attributed, is criticism (rule evaluation).
  void code_evaluation(std::size_t a, std::vector<CodedEvent>& out);

  // An event noun introduced as a circumstance ("after", "during", "na").
  bool circumstance(std::size_t n) const;

  // The organisation an "as chair of X" phrase on `v` (or on a participle
  // set off before it) says the doer acts for, as a mention.
  std::optional<std::size_t> acting_for(std::size_t v) const;
  // A place after a word of place ("bij El Fasher"): where, not whom.
  bool located(std::size_t w) const;
  // The words a pattern's prepositional phrase may hang on: the verb, its
  // object and the object's conjuncts.
  std::vector<std::size_t> phrase_owners(std::size_t v, std::optional<std::size_t> obj) const;
  bool same_party(std::size_t a, std::size_t b) const;
  // Every one of `targets` is the party of source `s` ("recalled its envoy").
  bool only_self(std::size_t s, const std::vector<std::size_t>& targets) const;
  // Phrase `c` of word `h` adds doers: "along with X", "samen met X" (with
  // "samen" on `h`), unless the pattern takes it (its preposition `prep`).
  bool joint_phrase(std::size_t h, std::size_t c, std::string_view prep) const;
  // "beschuldigde het Russische ministerie van Buitenlandse Zaken Estland
  // van …": in verb-second order the object right after the subject may
  // hang in the subject's phrase, as an apposition of its last word.
  std::optional<std::size_t> object_in_subject(std::size_t v) const;
  // "attacked a base" says nothing of how (the realdev annotation codes a
  // suicide bombing told so as 18x); "stormed", "a mortar attack" say it
  // was fighting. A word of class GENERIC_ATTACK with no projectile on it.
  bool generic_attack(std::size_t w) const {
    if (!word_in("GENERIC_ATTACK", w)) return false;
    return std::none_of(kids_[w].begin(), kids_[w].end(), [&](std::size_t c) { return word_in("PROJECTILE", c); });
  }
  // Word `w` names a military target: a base, convoy or ship (class
  // MILITARY_SITE), or a noun an army word modifies ("army post").
  bool military_site(std::size_t w) const {
    if (word_in("MILITARY_SITE", w)) return true;
    return std::any_of(kids_[w].begin(), kids_[w].end(), [&](std::size_t c) {
      const auto r = base_rel(rel(c));
      return (r == "amod" || r == "compound") && word_in("MILITARY_MOD", c);
    });
  }
  // An appeal's addressee in a phrase of a target preposition ("called on
  // the rebels", "appealed to both sides").
  bool addressed(std::size_t v) const {
    return std::any_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) {
      const std::string* cs = base_rel(rel(c)) == "obl" ? case_of(c) : nullptr;
      return cs && lex_.is(WordRole::kTarget, *cs);
    });
  }
  // Forces that verb `v` sends go onto the ground of `source`: a border, a
  // destination no other party's, or an own target after a preposition.
  bool own_ground(std::size_t v, std::optional<std::size_t> obj, std::size_t source,
                  const std::vector<std::size_t>& targets) const;
  // Every one of `sources` has only its own party among `targets` (true
  // when there are no sources).
  bool all_own(const std::vector<std::size_t>& sources, const std::vector<std::size_t>& targets) const;

  // The mention right after an attribution word ("volgens Den Haag",
  // "according to Ottawa"), if any.
  std::optional<std::size_t> attributed() const;
  // The verb of saying that reports `v` as an obligation ("said Iran must
  // release them", "herhaalde dat Iran … moet vrijlaten"), if any.
  std::optional<std::size_t> obliged_report(std::size_t v) const;
  // The verb of saying that reports clause `v`: the one it is the
  // complement of (with `any_link`, however it hangs there), else one set
  // off beside it ("…, the minister said"), if any.
  std::optional<std::size_t> report_verb(std::size_t v, bool any_link) const;
  // The verb of saying whose complement clause holds word `w`, if any.
  std::optional<std::size_t> report_of(std::size_t w) const;
  // Every one of `sources` is an armed group, and the clause of word `w`
  // is reported by that group itself.
  bool self_reported(std::size_t w, const std::vector<std::size_t>& sources) const;
  void emit(const CodedEvent& proto, const std::vector<std::size_t>& sources, std::vector<std::size_t> targets,
            const std::vector<std::size_t>& between, bool implicit, std::vector<CodedEvent>& out) const;

  const Lexicon& lex_;
  const CameoTable& cameo_;
  const std::vector<nlp::AnnotatedWord>& words_;
  const std::vector<ArgActor>& actors_;
  std::vector<std::string>* why_;
  std::vector<std::vector<std::size_t>> kids_;
  std::vector<std::string> lemma_;
  std::vector<std::string> form_;  // lower-cased
  std::vector<std::string> joined_;  // lemma without the compound marks some lemmatisers write ("af_spreken")
  std::vector<std::vector<std::size_t>> covering_;
  mutable bool fallback_ = false;  // the current predicate's subject came from the fallback
  // The current predicate is complete without a target: places and the
  // attacked inside its object are not parties ("condemned the attack on …").
  mutable bool skip_places_ = false;
  // No sentence-final punctuation: a headline, whose grammar is telegraphic.
  bool headline_ = false;
  // Per event in the output: its source and target as indexes into actors_.
  mutable std::vector<std::pair<std::size_t, std::optional<std::size_t>>> local_;
};

}  // namespace dyad::events::detail
