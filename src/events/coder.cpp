#include "events/coder.h"
#include "events/tree_repair.h"

#include "events/sentence_coder.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace dyad::events {

std::string principal(const Actor& actor) {
  if (!actor.country.empty()) return actor.country;
  if (!actor.org.empty()) return actor.org;
  return actor.code;
}

namespace detail {

std::vector<CodedEvent> SentenceCoder::run() {
  std::vector<CodedEvent> out;
  if (actors_.empty() || words_.empty()) return out;
  // A question is not a report of an event.
  for (std::size_t i = words_.size(); i-- > 0;) {
    if (words_[i].upos != "PUNCT") break;
    if (lex_.is(WordRole::kQuestion, words_[i].form)) {
      note("a question: no events");
      return out;
    }
  }
  for (std::size_t i = 0; i < words_.size(); ++i) {
    const std::string& upos = words_[i].upos;
    if (upos == "VERB") code_verb(i, out);
    else if (upos == "NOUN") code_noun(i, out);
    if (upos == "ADJ" || upos == "VERB") code_evaluation(i, out);
  }
  return out;
}

bool SentenceCoder::plain_object(std::size_t v, std::optional<std::size_t> obj) const {
  // "what Islamabad called hideouts": a free relative says what it is called.
  if (rel(v) == "acl:relcl" && head(v) >= 0 && words_[static_cast<std::size_t>(head(v))].upos == "PRON") return false;
  if (const auto subj = child(v, "nsubj"); subj && *subj > 0 && words_[*subj - 1].upos == "PRON" && base_rel(rel(*subj - 1)) == "obj")
    return false;
  // "…, calling the group 'the shield of Lebanon'": a participle set off
  // after its clause names what the object is.
  if (base_rel(rel(v)) == "advcl" && head(v) >= 0 && static_cast<std::size_t>(head(v)) < v && words_[v].feats.find("VerbForm=Ger") != std::string::npos)
    return false;
  for (std::size_t c : kids_[v]) {
    const auto r = base_rel(rel(c));
    if (((r == "xcomp" || r == "ccomp") && c != obj) || (r == "obj" && relative_pronoun(c))) return false;
  }
  if (obj)
    for (std::size_t c : kids_[*obj])
      if (base_rel(rel(c)) == "appos" || base_rel(rel(c)) == "xcomp") return false;
  return true;
}

bool SentenceCoder::surface_object(std::size_t v, const PhraseSpec& spec) const {
  for (std::size_t w = v + 1; w < words_.size(); ++w) {
    const std::string& u = words_[w].upos;
    if (u == "VERB" || u == "AUX" || u == "SCONJ" || u == "PUNCT") return false;
    if (u == "NOUN" && !case_of(w) && phrase_matches(w, spec)) return true;
  }
  return false;
}

const Pattern* SentenceCoder::select(std::size_t v, const std::vector<Pattern>& patterns, bool pass, std::string_view lemma_particle) const {
  const auto obj = object_of(v, pass);
  const bool prt = has_prt(v);
  for (const Pattern& p : patterns) {
    if (!p.particle.empty()) {
      if (p.particle != lemma_particle && !particle_present(v, p.particle)) continue;
    } else if (prt && lemma_particle.empty()) {
      continue;  // "zette … in" is not "zette"
    }
    // A passive's second object: "was declared persona non grata".
    const auto second = pass ? child(v, "obj") : std::nullopt;
    // "wees twee diplomaten de deur": of two objects, either may be the
    // pattern's.
    auto other_object = [&] {
      return obj && std::any_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) {
               return c != *obj && (rel(c) == "obj" || (pass && rel(c) == "nsubj:pass")) && phrase_matches(c, p.object);
             });
    };
    if (!p.object.empty() && !(obj && phrase_matches(*obj, p.object)) && (obj || !surface_object(v, p.object)) &&
        !(second && phrase_matches(*second, p.object)) && !other_object())
      continue;
    if (!p.subject.empty()) {
      // The subject, or in a passive the agent phrase's noun.
      std::optional<std::size_t> doer;
      for (std::size_t c : kids_[v]) {
        const std::string_view r = rel(c);
        if (pass ? r == "obl:agent" : base_rel(r) == "nsubj" && r != "nsubj:pass") doer = c;
      }
      if (!doer || !phrase_matches(*doer, p.subject)) continue;
    }
    if (p.plain && !plain_object(v, obj)) continue;
    if (!p.complement.empty() && !governs_complement(v, p.complement)) continue;
    if (!p.has_class.empty() && !dependents_have(v, p.has_class)) continue;
    if (!p.prep.empty()) {
      bool ok = false;
      for (std::size_t owner : phrase_owners(v, obj)) {
        for (std::size_t c : kids_[owner]) {
          const auto r = base_rel(rel(c));
          if (r != "obl" && r != "nmod") continue;
          // "called his counterpart on Tuesday": a time is no "call on X".
          if (p.prep_object.empty() && time_word(c)) continue;
          const std::string* cs = case_of(c);
          if (cs && *cs == p.prep && (p.prep_object.empty() || phrase_matches(c, p.prep_object))) ok = true;
        }
      }
      if (!ok) continue;
    }
    if ((pass ? (p.passive.empty() ? p.active : p.passive) : p.active).empty()) continue;
    if (pass && p.active_only) continue;
    return &p;
  }
  return nullptr;
}

void SentenceCoder::code_verb(std::size_t v, std::vector<CodedEvent>& out) {
  // Lemmatisers write separable verbs as "in_zetten", "inzetten" or
  // "zetten" + a compound:prt; a wrong joined particle ("in_zetten" for
  // "zette … uit") must not hide the right reading.
  const std::string_view lemma = lemma_[v];
  const std::size_t us = lemma.find('_');
  const std::string_view base = us == std::string_view::npos ? std::string_view() : lemma.substr(us + 1);
  const std::string_view joined_particle = us == std::string_view::npos ? std::string_view() : lemma.substr(0, us);
  const bool separate_particle = has_prt(v);  // then the parse's particle wins over the lemma's
  const std::pair<std::string_view, std::string_view> readings[] = {
      {lemma, {}},
      {separate_particle ? base : joined_[v], {}},
      {separate_particle ? std::string_view() : base, joined_particle},
  };
  if (defers_to_complement(v)) return;
  const bool pass = passive(v);
  const Pattern* p = nullptr;
  for (const auto& [base, particle] : readings) {
    if (base.empty()) continue;
    if (const auto* patterns = lex_.patterns(TriggerKind::kVerb, base)) p = select(v, *patterns, pass, particle);
    if (p) break;
  }
  // The lemmatiser's lemma may be wrong ("onderteken", "beloofen"): the
  // form, or the lemma, reduced by the lexicon's inflection data.
  if (!p) {
    for (const std::string* w : {&lemma_[v], &form_[v]}) {
      for (const std::string& cand : lex_.lemma_candidates(*w)) {
        if (const auto* patterns = lex_.patterns(TriggerKind::kVerb, cand)) p = select(v, *patterns, pass, {});
        if (p) break;
      }
      if (p) break;
    }
  }
  if (!p) return;
  const std::string trigger = "verb " + at(v) + " (" + std::string(source_of(*p)) + ")";
  const auto obj = object_of(v, pass);
  if (negated(v, obj)) {
    note(trigger + ": dropped, negated");
    return;
  }
  // "condemned what it called a barbaric attack", "veroordeelde wat het
  // een laffe daad noemde": the clause on a free relative describes the
  // other verb's object; it is no act of its own.
  if (rel(v) == "acl:relcl" && head(v) >= 0 && lex_.in_class("FREE_RELATIVE", lemma_[head(v)])) {
    const std::size_t what = static_cast<std::size_t>(head(v));
    if (head(what) >= 0 && words_[static_cast<std::size_t>(head(what))].upos == "VERB") {
      note(trigger + ": dropped, describes what " + at(static_cast<std::size_t>(head(what))) + " is about");
      return;
    }
  }
  // "MONUSCO, which supports the Congolese army", "de missie, die …
  // bestrijdt": a relative clause in the simple present describes what a
  // party habitually does, not an event.
  // Not a reply to a charge ("a charge Moscow denies", "een beschuldiging
  // die Moskou ontkent"): that is the news.
  if (rel(v) == "acl:relcl" && has_feat(words_[v].feats, "Tense=Pres") && has_feat(words_[v].feats, "VerbForm=Fin") &&
      !(head(v) >= 0 && lex_.in_class("ACCUSATION", lemma_[static_cast<std::size_t>(head(v))])) &&
      std::none_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) { return base_rel(rel(c)) == "aux"; })) {
    note(trigger + ": dropped, a habit a relative clause describes");
    return;
  }
  // "a charge it has long rejected", "has long served as": a standing
  // position, not an event of the story.
  if (std::any_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) {
        return base_rel(rel(c)) == "advmod" && word_in("LONGSTANDING", c);
      })) {
    note(trigger + ": dropped, a standing position");
    return;
  }
  // A pattern that asks for the duty ("moeten het land verlaten": has=
  // &OBLIGATION) is not undone by the modal it asks for.
  Mood m = p->has_class == "OBLIGATION" ? Mood::kFact : mood(v);
  if (p->announced) {
    // "Tehran would respond …, the spokesman warned": "would" with the
    // report set off after it still announces.
    if (m == Mood::kHypothetical && future_aux(v)) m = Mood::kIntent;
    if (m != Mood::kIntent) {
      note(trigger + ": dropped, only an announced act is coded");
      return;
    }
  }
  // "De minister herhaalde dat Iran de gevangenen moet vrijlaten", "said
  // Iran must release them": a report that another party must act is a
  // demand of it (10x), whatever the modal does to the act itself.
  const std::optional<std::size_t> demand_report = obliged_report(v);
  if (demand_report && m == Mood::kHypothetical) m = Mood::kIntent;
  if (m == Mood::kHypothetical) {
    note(trigger + ": dropped, hypothetical, conditional, refused or hedged");
    return;
  }

  std::vector<std::size_t> sources, targets, between;
  bool indirect = false;
  fallback_ = false;
  // Several subjects: a verb-second clause the parser misread ("Die
  // organiseerde hij met …", "beschuldigde Rusland van …"). The first that
  // names an actor is the subject; a later one after the verb, the object.
  std::vector<std::size_t> second_subjects;
  const std::vector<std::size_t> subjects = subject_words(v, pass);
  for (std::size_t s : subjects) {
    if (!sources.empty() && rel(s) == "nsubj" && s > v) {
      second_subjects.push_back(s);
      continue;
    }
    actors_of(s, sources, indirect);
  }
  // "De Turkse regering zei dat het de aanval veroordeelt": a pronoun
  // subject the recogniser left unresolved, in a clause its speaker reports,
  // is that speaker.
  if (sources.empty())
    for (std::size_t s : subjects) {
      if (words_[s].upos != "PRON" || !covering_[s].empty() || !has_feat(words_[s].feats, "PronType=Prs")) continue;
      if (const auto r = report_of(s))
        for (std::size_t w : subject_words(*r, passive(*r))) actors_of(w, sources, indirect);
      if (!sources.empty()) note(trigger + ": " + form_[s] + " is the speaker " + who(sources));
      break;
    }
  // "Er is besloten de ambassadeur uit te zetten, meldde het ministerie",
  // "It was decided to expel the envoy, the ministry said": an impersonal
  // decision names no decider; the one who reports it took it.
  if (sources.empty() && subjects.empty()) {
    std::size_t up = v;
    while (head(up) >= 0 && (base_rel(rel(up)) == "xcomp" || base_rel(rel(up)) == "conj")) up = static_cast<std::size_t>(head(up));
    // ("Er is besloten …, meldde X" hangs the decision on the report as an adverbial clause.)
    if (up != v && passive(up) && verb_role(up, {WordRole::kDecision}))
      if (const auto r = report_verb(up, true)) {
        for (std::size_t w : subject_words(*r, passive(*r))) actors_of(w, sources, indirect);
        if (!sources.empty()) note(trigger + ": decided by its reporter " + who(sources));
      }
  }
  // "X, speaking as chair of ASEAN, on Wednesday urged …" with the day read
  // as the subject: the subject of the participle set off before the verb.
  if (sources.empty() && std::all_of(subjects.begin(), subjects.end(), [&](std::size_t s) { return time_word(s); }))
    for (std::size_t c : kids_[v])
      if (c < v && base_rel(rel(c)) == "advcl")
        for (std::size_t g : kids_[c])
          if (base_rel(rel(g)) == "nsubj" && g < c) actors_of(g, sources, indirect);
  // "…, speaking as chair of ASEAN, urged", "als voorzitter van de EU":
  // an office held for an organisation makes it the doer (realdev: a state
  // speaking as a bloc's chair is the bloc).
  if (!sources.empty())
    if (const auto office = acting_for(v)) sources = {*office};
  indirect |= fallback_;
  // "Poland, along with the Baltic states, accused …", "Nederland gaat samen
  // met Denemarken … leveren": a comitative phrase adds doers.
  if (!sources.empty()) {
    std::vector<std::size_t> heads{v};
    // The governing verb of an infinitive ("gaat samen met Denemarken … leveren").
    if (rel(v) == "xcomp" && head(v) >= 0) heads.push_back(static_cast<std::size_t>(head(v)));
    heads.insert(heads.end(), subjects.begin(), subjects.end());
    for (std::size_t h : heads)
      for (std::size_t c : kids_[h])
        if (joint_phrase(h, c, p->prep)) actors_of(c, sources, indirect);
  }
  std::vector<std::size_t> target_words;
  if (obj) target_words.push_back(*obj);
  // "criticised the decision by Argentina" with the agent phrase hung on
  // the active verb: it names the doer of the act the object is.
  if (obj && !pass && words_[*obj].upos == "NOUN") {
    // … or on the object's own phrase ("the attack on the border post by
    // X"), or on what the object is called ("described the bombing as a
    // terrorist act by X").
    std::vector<std::size_t> phrases = kids_[*obj];
    for (std::size_t c : kids_[v]) {
      const std::string* cs = case_of(c);
      if (base_rel(rel(c)) != "obl" || c < *obj || !cs) continue;
      if (lex_.is(WordRole::kAgent, *cs)) target_words.push_back(c);
      if (lex_.in_class("AS", *cs)) phrases.push_back(c);
    }
    for (std::size_t c : phrases) {
      if (base_rel(rel(c)) != "nmod" && base_rel(rel(c)) != "obl") continue;
      for (std::size_t g : kids_[c]) {
        const std::string* gs = case_of(g);
        if (base_rel(rel(g)) == "nmod" && g > c && gs && lex_.is(WordRole::kAgent, *gs)) target_words.push_back(g);
      }
    }
  }
  if (!pass) {
    if (auto io = child(v, "iobj")) target_words.push_back(*io);
    // "wijst drie Wit-Russen het land uit", "wees de diplomaten de deur":
    // with an object that names no party, a later subject is the
    // indirect object the parser missed.
    std::vector<std::size_t> in_obj;
    if (!obj || (covering_[*obj].empty() && !closest_inside(*obj, false, true, in_obj)))
      target_words.insert(target_words.end(), second_subjects.begin(), second_subjects.end());
  }
  // An "on" phrase the parser hung on the verb of a condemnation complete
  // without a target belongs to the attack ("condemn this attack on the camp").
  if (!p->open_target) prep_args(v, WordRole::kTarget, target_words);
  prep_args_in(v, p->target_preps, target_words);
  // "werkt nauw samen met Finland" with the particle read as an adverbial
  // clause: its phrases are the verb's (not those of a comitative set off by
  // commas: "werken X, samen met Y, samen").
  // "stelt vijf miljoen euro beschikbaar voor het leger" with the phrase
  // hung on the adjective particle: likewise.
  for (std::size_t c : kids_[v]) {
    const bool adverb = words_[c].upos == "ADV" && (base_rel(rel(c)) == "advcl" || rel(c) == "compound:prt");
    const bool adjective = words_[c].upos == "ADJ" && rel(c) == "compound:prt";
    if ((!adverb && !adjective) || p->open_target) continue;
    const bool set_off = std::any_of(kids_[c].begin(), kids_[c].end(), [&](std::size_t k) { return words_[k].upos == "PUNCT"; }) ||
                         (c > 0 && words_[c - 1].upos == "PUNCT");
    if (set_off) continue;
    prep_args(c, WordRole::kTarget, target_words);
    if (adjective) prep_args_in(c, p->target_preps, target_words);
  }
  // "called a row of leaders, among them X, Y and Z": a list introduced
  // by "including" extends the recipient the verb already has.
  if (!target_words.empty())
    for (std::size_t c : kids_[v]) {
      const std::string* cs = case_of(c);
      if (cs && lex_.in_class("INCLUDING", *cs)) add_unique(target_words, c);
    }
  std::vector<std::size_t> between_words;
  prep_args(v, WordRole::kBetween, between_words);
  if (obj) {
    // "condemned the attack on the base": who was attacked is no party of
    // a condemnation complete without a target; its doer is.
    if (!p->open_target)
      for (std::size_t owner : phrase_owners(v, obj)) {
        if (owner == v) continue;
        prep_args(owner, WordRole::kTarget, target_words);
        prep_args_in(owner, p->target_preps, target_words);
      }
    prep_args(*obj, WordRole::kBetween, between_words);
    // "welcomed the signing of the Agreement … between A and B",
    // "appreciated the spirit that prevailed in the talks between A and B":
    // a joint act named deeper inside the object is what the verb judges,
    // and both its sides are the recipients.
    if (between_words.empty()) {
      std::vector<std::pair<std::size_t, int>> todo{{*obj, 0}};
      while (!todo.empty() && between_words.empty()) {
        const auto [h, depth] = todo.back();
        todo.pop_back();
        if (depth > 0) prep_args(h, WordRole::kBetween, between_words);
        if (depth >= 4) continue;
        for (std::size_t c : kids_[h]) {
          const auto r = base_rel(rel(c));
          if (r == "nmod" || r == "acl" || r == "obl" || r == "obj" || r == "conj") todo.emplace_back(c, depth + 1);
        }
      }
      std::vector<std::size_t> parties;
      bool unused = false;
      for (std::size_t b : between_words) actors_of(b, parties, unused);
      if (parties.size() < 2) between_words.clear();
    }
  }
  // "arrived in Kathmandu": the pattern's prepositional phrase is its
  // target; "stood in solidarity with X": or names it inside.
  if (!p->prep.empty()) {
    for (std::size_t owner : phrase_owners(v, obj)) {
      for (std::size_t c : kids_[owner]) {
        if (owner != v && base_rel(rel(c)) != "nmod") continue;
        const std::string* cs = case_of(c);
        if (cs && *cs == p->prep) {
          add_unique(target_words, c);
          prep_args(c, WordRole::kTarget, target_words);
          prep_args_in(c, p->target_preps, target_words);
        }
      }
    }
  }
  std::erase_if(target_words, [&](std::size_t w) { return lodged_with(w, *p); });
  skip_places_ = p->open_target;
  // A party named only inside the object's modifiers ("repatriated the
  // Benin Bronzes to Nigeria") yields to one a target preposition names.
  std::vector<std::size_t> inner, where;
  for (std::size_t t : target_words) {
    if (obj && t == *obj && covering_[t].empty()) actors_of(t, inner, indirect, true);
    else if (located(t)) actors_of(t, where, indirect, true);
    else actors_of(t, targets, indirect, true);
  }
  // … unless that one is the source's own ("hosted the summit of ECOWAS
  // leaders in Abuja").
  const bool own_place = !targets.empty() && !sources.empty() &&
                         all_own(sources, targets);
  if (targets.empty() || (own_place && !inner.empty())) targets = std::move(inner);
  // "hielden bij El Fasher een konvooi van de VN tegen": a city after a
  // word of place ("bij" is also "complained to") is where, when the clause
  // names a party at all.
  if (targets.empty()) targets = std::move(where);
  skip_places_ = false;
  // "demanded that the vessels leave", "warned that X would …": a verbal
  // act's complement clause names its addressee by its subject.
  if (targets.empty() && verbal(pass && !p->passive.empty() ? p->passive : p->active)) {
    for (std::size_t c : kids_[v]) {
      if (base_rel(rel(c)) != "ccomp") continue;
      for (std::size_t g : kids_[c])
        if (base_rel(rel(g)) == "nsubj") actors_of(g, targets, indirect, true);
    }
  }
  // "refused to sign the accord with Israel": the complement names the other party.
  if (targets.empty()) {
    for (std::size_t c : kids_[v]) {
      if (rel(c) != "xcomp") continue;
      std::vector<std::size_t> inner;
      if (auto o = child(c, "obj")) inner.push_back(*o);
      prep_args(c, WordRole::kTarget, inner);
      if (auto o = child(c, "obj")) prep_args(*o, WordRole::kTarget, inner);
      for (std::size_t t : inner) actors_of(t, targets, indirect, true);
    }
  }
  // "sent a note to the government in Minsk with a proposal to send aid":
  // an infinitive completing a noun of its clause is addressed where the
  // clause is.
  if (targets.empty() && rel(v) == "acl" && head(v) >= 0 && words_[static_cast<std::size_t>(head(v))].upos == "NOUN") {
    const std::size_t n = static_cast<std::size_t>(head(v));
    if (head(n) >= 0 && words_[static_cast<std::size_t>(head(n))].upos == "VERB") {
      std::vector<std::size_t> outer;
      prep_args(static_cast<std::size_t>(head(n)), WordRole::kTarget, outer);
      for (std::size_t t : outer) actors_of(t, targets, indirect, true);
    }
  }
  // "killed 14 insurgents in …, the army said" with the object read as the
  // subject of the report after it: a party right after a verb that has no
  // object (a number, determiner or adjective between) is its object.
  if (targets.empty() && !obj && !pass && !p->solo && !p->open_target) {
    std::size_t w = v + 1;
    while (w < words_.size() && w < v + 4 && covering_[w].empty() &&
           (words_[w].upos == "NUM" || words_[w].upos == "DET" || words_[w].upos == "ADJ"))
      ++w;
    if (w < words_.size() && !covering_[w].empty() && base_rel(rel(w)) == "nsubj" && head(w) > static_cast<int>(w))
      actors_of(w, targets, indirect, true);
  }
  // Also when the only recipients found are the source's own ("sprak van
  // een schandaal na de uitzetting van de Nederlandse diplomaten door
  // Rusland": the diplomats are the Netherlands', the expeller answers).
  const bool only_own = !targets.empty() && !sources.empty() &&
                        all_own(sources, targets);
  if ((targets.empty() || only_own) && !p->solo) {
    std::vector<std::size_t> answered;
    answered_party(v, answered, indirect);
    if (!answered.empty()) targets = std::move(answered);
  }
  // "spoke with a series of leaders, among them A, B and C": the group the
  // verb names holds no party; the list after it says who they were.
  if (targets.empty() && !target_words.empty()) included_list(v, targets);
  for (std::size_t b : between_words) actors_of(b, between, indirect);

  // "gifted six vehicles, horses and equipment to the Nepali Army" with the
  // recipient hung deep in a misread object: the first recipient
  // preposition after the verb, in its clause, followed by a party.
  if (targets.empty() && !p->solo && !p->open_target && !p->converse) {
    for (std::size_t w = v + 1; w < words_.size() && w < v + 20; ++w) {
      const std::string& u = words_[w].upos;
      if (u == "VERB" || u == "AUX" || u == "SCONJ" || words_[w].form == ";" || words_[w].form == ".") break;
      if (u != "ADP" || !lex_.in_class("RECIPIENT", lemma_[w])) continue;
      std::size_t k = w + 1;
      while (k < words_.size() && k < w + 3 && covering_[k].empty() && (words_[k].upos == "DET" || words_[k].upos == "ADJ")) ++k;
      if (k < words_.size()) actors_of(k, targets, indirect, true);
      break;
    }
  }
  // "closed its consulate in Lubumbashi", "riep zijn ambassadeur in Brussel
  // terug": a mission or envoy of the source's own is the source's; where
  // it is posted is the recipient.
  if (obj && !sources.empty() && !p->solo &&
      all_own(sources, targets)) {
    std::vector<std::size_t> hosts = hosts_of(*obj);
    // "closed its embassy in Kabul" with the place hung on the verb.
    if (hosts.empty() && posted(*obj))
      for (std::size_t c : kids_[v]) {
        const std::string* cs = case_of(c);
        if (base_rel(rel(c)) == "obl" && c > *obj && cs && lex_.in_class("LOCATIVE", *cs)) actors_of(c, hosts, indirect, true);
      }
    std::erase_if(hosts, [&](std::size_t h) {
      return std::any_of(sources.begin(), sources.end(), [&](std::size_t s) { return same_party(s, h); });
    });
    if (!hosts.empty()) targets = std::move(hosts);
  }
  // "Russia's embassy in The Hague warned that …": a mission speaks to the
  // state it is posted in — unless the clause names whom it addresses
  // ("warned its citizens").
  std::vector<std::size_t> addressed;
  if (obj && targets.empty()) actors_of(*obj, addressed, indirect, true);
  const bool addressee = !addressed.empty() || (obj && words_[*obj].upos == "PRON");
  if (targets.empty() && !addressee && !pass && !p->solo && !p->open_target) {
    for (std::size_t s : sources) {
      const auto h = head_word(s);
      if (!h) continue;
      for (std::size_t t : hosts_of(*h))
        if (!same_party(s, t)) add_unique(targets, t);
    }
  }
  // "recalled its envoy": the object the pattern asks for is the source's
  // own (a diplomat, a mission); the recipient is left to the story.
  // Only a possessor before the object's head ("its envoy") says so, not a
  // party after it ("its ambassador to Canada").
  if (!p->object.empty() && p->implicit_target && obj && !targets.empty() && !sources.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](std::size_t t) { return actors_[t].word_end <= *obj; }) &&
      all_own(sources, targets))
    targets.clear();
  // "Both countries accused the other", "beschuldigden elkaar": each did
  // it to the other.
  const bool reciprocal =
      targets.empty() && sources.size() >= 2 && (p->mutual || (obj && lex_.in_class("RECIPROCAL", lemma_[*obj])));
  if (p->converse) std::swap(sources, targets);
  if (p->solo) targets.clear(), between.clear();
  // "were still detained" is a state the story describes, not an act.
  if (pass && territorial(v) && std::any_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) {
        return base_rel(rel(c)) == "advmod" && lex_.in_class("ONGOING", lemma_[c]);
      })) {
    note(trigger + ": dropped, an ongoing state of custody");
    return;
  }
  // "the aid worker was freed", "De Belgische hulpverlener werd
  // aangehouden": with no agent (or only the target's own state reporting
  // it), an arrest, sentence or release is done by a state the sentence
  // does not name.
  // "Alle Belgische diplomaten moeten het land verlaten" (converse, host):
  // the ones who must leave are the target, the host the story's.
  const bool custody = (pass || (p->converse && p->host)) && !targets.empty() && (territorial(v) || p->host) &&
                       all_own(sources, targets);
  if (custody) sources.clear();
  // "the Vatican's ambassador to Managua was declared persona non grata",
  // "the Foreign Office summoned India's top diplomat in Pakistan": the
  // state a diplomat is posted to is the host that acts.
  std::optional<std::size_t> posted_to;
  if ((custody || sources.empty()) && p->host) {
    for (std::size_t t = 0; t < actors_.size() && !posted_to; ++t) {
      for (std::size_t w = actors_[t].word_begin; w < actors_[t].word_end && !posted_to; ++w) {
        if (base_rel(rel(w)) != "nmod" || head(w) < 0) continue;
        const std::size_t up = static_cast<std::size_t>(head(w));
        const std::string* cs = case_of(w);
        if (!cs || (!lex_.in_class("RECIPIENT", *cs) && !lex_.in_class("LOCATIVE", *cs))) continue;
        for (std::size_t o : targets)
          if (o != t && up >= actors_[o].word_begin && up < actors_[o].word_end) posted_to = t;
      }
    }
  }
  // "was summoned to the Dutch foreign ministry", "werd naar het ministerie
  // in Den Haag ontboden": the office the diplomat is called to acts.
  if (!posted_to && sources.empty() && p->host && pass && targets.size() > 1) {
    for (std::size_t t : targets) {
      for (std::size_t w = actors_[t].word_begin; w < actors_[t].word_end && !posted_to; ++w) {
        if (head(w) != static_cast<int>(v) || base_rel(rel(w)) != "obl" || !case_of(w)) continue;
        posted_to = t;
      }
      if (posted_to) break;
    }
  }
  if (posted_to) {
    sources = {*posted_to};
    std::erase(targets, *posted_to);
  }
  std::string code = pass && !p->passive.empty() ? p->passive : p->active;
  // "said it would recall its ambassador", "zal de ambassadeur uitzetten":
  // a state announcing a diplomatic measure of its own (161, 174) in the
  // future tense takes it, it does not threaten it; "threatened to recall"
  // or "plans to expel" stay intents.
  const bool announced_measure =
      (code == "161" || code == "174") && std::any_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) {
        return rel(c) == "aux" && (lex_.is(WordRole::kFuture, lemma_[c]) || lex_.is(WordRole::kFuturePast, lemma_[c]) ||
                                   lex_.is(WordRole::kFuture, form_[c]) || lex_.is(WordRole::kFuturePast, form_[c]));
      });
  // "EU leaders agreed to impose sanctions on X", "kwamen overeen sancties
  // op te leggen": a body agreeing on a coercive measure (16x, 17x) decides
  // it, and a decision is the act (realdev convention), not a threat.
  bool agreed_measure = false;
  if (m == Mood::kIntent && (code.starts_with("16") || code.starts_with("17"))) {
    std::size_t up = v;
    for (int k = 0; k < 2 && head(up) >= 0 && base_rel(rel(up)) == "xcomp"; ++k) {
      up = static_cast<std::size_t>(head(up));
      if (word_in("AGREE_DECIDES", up)) agreed_measure = true;
    }
  }
  // The act made a demand of its doers (or, with none, of whoever the
  // clause already names as its recipient) by the subjects of verb `by`.
  bool demanded = false;
  auto demand = [&](std::size_t by, bool by_passive, const std::string& demand_code, bool of_others_only) {
    std::vector<std::size_t> demanders;
    bool ind = false;
    for (std::size_t w : subject_words(by, by_passive)) actors_of(w, demanders, ind);
    if (demanders.empty() || (of_others_only && all_own(demanders, sources))) return;
    if (!sources.empty()) targets = sources;
    note(trigger + ": " + at(by) + " demands it (" + demand_code + ") of " + who(targets));
    sources = std::move(demanders);
    code = demand_code;
    m = Mood::kFact;
    demanded = true;
  };
  // "Nederland wil dat de twee Nederlanders in Venezuela worden
  // vrijgelaten", "Ghana wants its nationals released": who wants a
  // release demands it (1053) of whoever holds them — the release's doer,
  // else the state they are held in.
  if (code.starts_with("0841") && head(v) >= 0) {
    std::size_t up = static_cast<std::size_t>(head(v));
    // "wants its nationals released": the participle on the wanted object.
    if (base_rel(rel(v)) == "acl" && (base_rel(rel(up)) == "obj" || base_rel(rel(up)) == "obl") && head(up) >= 0)
      up = static_cast<std::size_t>(head(up));
    else if (base_rel(rel(v)) != "ccomp" && base_rel(rel(v)) != "xcomp") up = v;
    if (up != v && word_in("WANT", up)) demand(up, passive(up), "1053", false);
  }
  // A report that others must act: the act's intent, its 03 read as 10.
  if (demand_report && !demanded && !sources.empty()) {
    const std::string intent = cameo_.intent_of(code);
    if (intent.starts_with("03")) demand(*demand_report, false, "10" + intent.substr(2), true);
  }
  if (m == Mood::kIntent && !announced_measure && !agreed_measure) code = cameo_.intent_of(code);
  CodedEvent proto;
  proto.code = code;
  for (const PhraseSpec* spec : {&p->object, &p->prep_object})
    if (spec->head.is_class && spec->head.text == "CONFERENCE") proto.conference = true;
  proto.trigger_words.push_back(v);
  for (std::size_t c : kids_[v])
    if (rel(c) == "compound:prt" || (!p->particle.empty() && lemma_[c] == p->particle)) proto.trigger_words.push_back(c);
  if (!p->particle.empty() && v + 1 < words_.size() && lemma_[v + 1] == p->particle &&
      std::find(proto.trigger_words.begin(), proto.trigger_words.end(), v + 1) == proto.trigger_words.end())
    proto.trigger_words.push_back(v + 1);
  std::sort(proto.trigger_words.begin(), proto.trigger_words.end());
  proto.trigger_begin = proto.trigger_words.front();
  proto.trigger_end = proto.trigger_words.back() + 1;
  proto.symmetric = p->symmetric;
  proto.open_target = p->open_target;
  // "appealed to all stakeholders", "called on Western partners to …": an
  // appeal to addressees no party stands for is complete without a target.
  // "its partners": the source's own possessive names no other party.
  std::vector<std::size_t> addressees = target_words;
  for (std::size_t c : kids_[v])  // "riep zijn partners op … te versnellen" with them on the infinitive
    if (rel(c) == "xcomp")
      if (auto o = child(c, "obj")) addressees.push_back(*o);
  if (code.starts_with("02") && all_own(sources, targets))
    for (std::size_t t : addressees)
      if (covering_[t].empty() && word_in("ADDRESSEES", t)) {
        std::vector<std::size_t> inside;
        bool unused = false;
        actors_of(t, inside, unused, true);
        if (!all_own(sources, inside)) continue;
        proto.open_target = true;
        targets.clear();
      }
  proto.victim = p->victim;
  proto.act_referent = p->act_referent;
  proto.arrival = p->arrival;
  // "arrived for talks on the Afghan situation": a coming names its
  // recipient only by its place phrase; else the place is left to the story.
  if (p->arrival && p->prep.empty()) targets.clear();
  proto.parties = p->parties;
  proto.assault = p->assault;
  proto.military_object =
      p->assault && !generic_attack(v) &&
      ((obj && military_site(counted(*obj))) ||
       std::any_of(targets.begin(), targets.end(), [&](std::size_t t) { return actors_[t].actor->sector == "MIL"; }));
  proto.implicit_source = custody && !posted_to && !demanded;
  if (targets.empty() && obj) {
    const std::size_t o = counted(*obj);
    if (words_[o].upos == "NOUN") proto.referent = lemma_[o];
  }
  // "sent 500 soldiers to Roraima to reinforce the border with Venezuela",
  // "deployed troops to its border with Belarus": forces sent onto the
  // sender's own ground mobilise (154) against the other party the
  // sentence names, else the story's.
  bool implicit = p->implicit_target;
  if (p->mobilize && !sources.empty() && own_ground(v, obj, sources.front(), targets)) {
    code = m == Mood::kIntent ? cameo_.intent_of("154") : "154";
    proto.code = code;
    auto own = [&](std::size_t a) {
      return std::any_of(sources.begin(), sources.end(), [&](std::size_t s) { return same_party(s, a); });
    };
    std::erase_if(targets, own);
    if (targets.empty())
      for (std::size_t a = 0; a < actors_.size(); ++a)
        if (!own(a)) add_unique(targets, a);
    implicit = true;
  }
  proto.confidence = (indirect ? 0.6 : 0.8) * (m == Mood::kIntent ? 0.9 : 1.0) * (headline_ ? 0.8 : 1.0);
  note(trigger + ": code " + code + (m == Mood::kIntent ? " (intent)" : "") + ", sources " + who(sources) +
       ", targets " + who(targets) + (between.empty() ? "" : ", between " + who(between)));
  if (reciprocal) {
    for (std::size_t a : sources)
      for (std::size_t b : sources)
        if (a != b) emit(proto, {a}, {b}, {}, false, out);
    return;
  }
  // "Russia exchanged prisoners with Ukraine": the other side does it too.
  if (p->mutual && sources.size() == 1 && targets.size() == 1) {
    emit(proto, sources, targets, {}, false, out);
    emit(proto, targets, sources, {}, false, out);
    return;
  }
  emit(proto, sources, targets, between, implicit, out);
}

bool SentenceCoder::located(std::size_t w) const {
  const std::string* cs = case_of(w);
  return cs && lex_.in_class("LOCATIVE", *cs) && !covering_[w].empty() &&
         std::all_of(covering_[w].begin(), covering_[w].end(), [&](std::size_t a) { return actors_[a].place; });
}

std::optional<std::size_t> SentenceCoder::acting_for(std::size_t v) const {
  // The verb's own phrases, those of a participle set off before it, and
  // those of its subject ("Indonesia, as chair of ASEAN, urged").
  std::vector<std::size_t> holders{v};
  for (std::size_t c : kids_[v])
    if (c < v && (base_rel(rel(c)) == "advcl" || base_rel(rel(c)) == "nsubj")) holders.push_back(c);
  auto organisation = [&](std::size_t w) -> std::optional<std::size_t> {
    for (std::size_t a : covering_[w]) {
      const Actor& o = *actors_[a].actor;
      if (o.country.empty() && o.base.empty() && !o.org.empty()) return a;
    }
    return std::nullopt;
  };
  for (std::size_t h : holders)
    for (std::size_t x : kids_[h]) {
      const auto r = base_rel(rel(x));
      if ((r != "obl" && r != "nmod" && r != "advcl" && r != "acl" && r != "appos") || !lex_.in_class("CHAIR", lemma_[x])) continue;
      // "as chair", "als voorzitter" (case or, in a clause reading, mark).
      const bool as = std::any_of(kids_[x].begin(), kids_[x].end(), [&](std::size_t c) {
        return (base_rel(rel(c)) == "case" || base_rel(rel(c)) == "mark") && lex_.in_class("AS", lemma_[c]);
      });
      if (!as) continue;
      for (std::size_t g : kids_[x])
        if (base_rel(rel(g)) == "nmod")
          if (const auto a = organisation(g)) return a;
      // The recogniser may take the office with its organisation as one mention.
      if (const auto a = organisation(x)) return a;
    }
  // "A Greek frigate serving with the EU's naval mission shot down …", "een
  // Grieks fregat van de Europese marinemissie": a unit in an organisation's
  // mission acts for the organisation (realdev convention).
  auto in_mission = [&](std::size_t m) -> std::optional<std::size_t> {
    const std::string_view l = lemma_[m];
    if (!lex_.in_class("MISSION_FORCE", l) && !lex_.in_class("MISSION_FORCE", l.substr(l.rfind('_') + 1))) return std::nullopt;
    if (const auto a = organisation(m)) return a;
    for (std::size_t g : kids_[m])
      if (const auto a = organisation(g)) return a;
    return std::nullopt;
  };
  for (std::size_t x : kids_[v]) {
    if (x > v || base_rel(rel(x)) != "nsubj") continue;
    for (std::size_t c : kids_[x]) {
      if (base_rel(rel(c)) == "nmod")
        if (const auto a = in_mission(c)) return a;
      if (base_rel(rel(c)) != "acl" || !lex_.in_class("SERVE_IN", lemma_[c])) continue;
      for (std::size_t g : kids_[c])
        if (base_rel(rel(g)) == "obl")
          if (const auto a = in_mission(g)) return a;
    }
  }
  return std::nullopt;
}

std::vector<std::size_t> SentenceCoder::phrase_owners(std::size_t v, std::optional<std::size_t> obj) const {
  std::vector<std::size_t> out{v};
  if (!obj) return out;
  out.push_back(*obj);
  // "fired a missile and three drones at the vessel" with the phrase on the last conjunct.
  for (std::size_t c : kids_[*obj])
    if (base_rel(rel(c)) == "conj") out.push_back(c);
  return out;
}

bool SentenceCoder::same_party(std::size_t a, std::size_t b) const {
  return principal(*actors_[a].actor) == principal(*actors_[b].actor);
}

bool SentenceCoder::all_own(const std::vector<std::size_t>& sources, const std::vector<std::size_t>& targets) const {
  return std::all_of(sources.begin(), sources.end(), [&](std::size_t s) { return only_self(s, targets); });
}

bool SentenceCoder::joint_phrase(std::size_t h, std::size_t c, std::string_view prep) const {
  if (base_rel(rel(c)) != "obl" && base_rel(rel(c)) != "nmod") return false;
  if (comitative(c)) return true;
  // "samen" as the verb's own particle or adverb and the phrase's "met"
  // make one comitative ("samen_met", "together_with") — unless the pattern
  // itself takes that phrase ("rouwen samen met het Britse volk").
  const std::string* cs = case_of(c);
  if (!cs || *cs == prep) return false;
  for (std::size_t t : kids_[h])
    if ((base_rel(rel(t)) == "compound" || base_rel(rel(t)) == "advmod") && lex_.in_class("COMITATIVE", lemma_[t] + "_" + *cs))
      return true;
  return false;
}

bool SentenceCoder::own_ground(std::size_t v, std::optional<std::size_t> obj, std::size_t source,
                               const std::vector<std::size_t>& targets) const {
  // Where a destination phrase hangs: "soldiers to Pacaraima" is one phrase.
  std::vector<std::size_t> owners{v};
  if (obj) owners.push_back(*obj);
  auto phrase = [&](auto&& fits) {
    for (std::size_t o : owners)
      for (std::size_t c : kids_[o])
        if ((base_rel(rel(c)) == "obl" || base_rel(rel(c)) == "nmod") && case_of(c) && fits(c)) return true;
    return false;
  };
  // "to the border with Belarus", "naar de grens": a border is own ground,
  // unless another party's ("to the Polish-Belarusian frontier" for Frontex).
  auto others_border = [&](std::size_t c) {
    for (std::size_t m : kids_[c]) {
      const auto r = base_rel(rel(m));
      if (r != "amod" && r != "compound" && rel(m) != "nmod:poss") continue;
      for (std::size_t a : covering_[m])
        if (!same_party(source, a)) return true;
    }
    return false;
  };
  if (phrase([&](std::size_t c) { return word_in("BORDER", c) && !others_border(c); })) return true;
  // "sent 3,000 troops to Apure": a destination the sentence names as no
  // other party's, with only the sender's own forces as targets.
  if (!targets.empty() && only_self(source, targets) &&
      phrase([&](std::size_t c) { return lex_.in_class("DESTINATION", *case_of(c)) && covering_[c].empty(); }))
    return true;
  // An own target as a destination, a phrase with a preposition ("to
  // Roraima", "to its border"), not the forces ("its troops").
  return std::any_of(targets.begin(), targets.end(), [&](std::size_t t) {
    if (!same_party(source, t)) return false;
    auto h = head_word(t);
    if (!h) return false;
    if ((base_rel(rel(*h)) == "nmod" || base_rel(rel(*h)) == "det") && !case_of(*h) && head(*h) >= 0)
      h = static_cast<std::size_t>(head(*h));
    return case_of(*h) != nullptr;
  });
}

bool SentenceCoder::only_self(std::size_t s, const std::vector<std::size_t>& targets) const {
  return std::all_of(targets.begin(), targets.end(), [&](std::size_t t) { return same_party(s, t); });
}

std::optional<std::size_t> SentenceCoder::obliged_report(std::size_t v) const {
  const bool obliged = std::any_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) {
    return base_rel(rel(c)) == "aux" && (lex_.in_class("OBLIGATION", lemma_[c]) || lex_.in_class("OBLIGATION", form_[c]));
  });
  if (!obliged) return std::nullopt;
  return report_verb(v, false);
}

std::optional<std::size_t> SentenceCoder::report_verb(std::size_t v, bool any_link) const {
  if (head(v) >= 0 && (any_link || base_rel(rel(v)) == "ccomp") && saying(static_cast<std::size_t>(head(v))))
    return static_cast<std::size_t>(head(v));
  // "Iran must release them, the minister said".
  for (std::size_t c : kids_[v])
    if (base_rel(rel(c)) == "parataxis" && saying(c)) return c;
  return std::nullopt;
}

void SentenceCoder::code_evaluation(std::size_t a, std::vector<CodedEvent>& out) {
  // The tagger may read the adjective as a participle ("is ongehoord" as a
  // passive of "onhoren"): its written form still judges.
  if (!lex_.has_rule("evaluation") || !(word_in("NEGATIVE", a) || lex_.in_class("NEGATIVE", lower(words_[a].form))) ||
      !(child(a, "cop") || child(a, "aux:pass")))
    return;
  auto subject = child(a, "nsubj");
  if (!subject) subject = child(a, "nsubj:pass");
  if (!subject || words_[*subject].upos != "NOUN" || negated(a, std::nullopt)) return;
  // Who judges: the speaker of a verb of saying beside or above the
  // judgement ("…, the minister said", "X said the attack was …"), else the
  // party the judgement is attributed to ("aldus minister X").
  std::vector<std::size_t> sources;
  bool indirect = false;
  // (A verb of saying set off beside it must be tagged a verb.)
  if (const auto r = report_verb(a, false); r && (static_cast<int>(*r) == head(a) || words_[*r].upos == "VERB"))
    for (std::size_t w : subject_words(*r, false)) actors_of(w, sources, indirect);
  if (sources.empty())
    if (const auto by = attributed()) sources.push_back(*by);
  if (sources.empty()) return;
  // Whose act is judged: the subject's possessor, state adjective or its
  // "of"/"by" phrase ("Russia's conduct", "the Russian strikes", "het
  // optreden van Rusland"); an attack whose doer
  // the sentence does not name has none (README).
  std::vector<std::size_t> target_words;
  for (std::size_t c : kids_[*subject])
    if (rel(c) == "nmod:poss" || (base_rel(rel(c)) == "amod" && !covering_[c].empty())) target_words.push_back(c);
  prep_args(*subject, WordRole::kOf, target_words);
  prep_args(*subject, WordRole::kAgent, target_words);
  std::vector<std::size_t> targets;
  for (std::size_t w : target_words) actors_of(w, targets, indirect, true);
  const bool attack = word_in("ATTACK", *subject);
  if (targets.empty() && !attack) return;
  CodedEvent proto;
  proto.code = "111";
  proto.trigger_words = {a};
  proto.trigger_begin = a;
  proto.trigger_end = a + 1;
  proto.open_target = targets.empty();
  proto.confidence = 0.6 * (headline_ ? 0.8 : 1.0);
  note(form_[a] + ": a judgement of " + form_[*subject] + ", code 111, sources " + who(sources) + ", targets " + who(targets));
  emit(proto, sources, targets, {}, false, out);
}

std::optional<std::size_t> SentenceCoder::attributed() const {
  for (std::size_t w = 0; w < words_.size(); ++w) {
    if (!lex_.in_class("ATTRIBUTION", lemma_[w]) && !lex_.in_class("ATTRIBUTION", form_[w])) continue;
    for (std::size_t x = w + 1; x < words_.size() && x <= w + 5; ++x) {
      if (words_[x].upos == "PUNCT" || words_[x].upos == "VERB") break;
      if (covering_[x].empty()) continue;
      // A state speaks of its own contacts; a UN or press account of
      // talks between others does not make the reporter a party.
      const std::size_t a = covering_[x].front();
      if (actors_[a].actor->country.empty()) return std::nullopt;
      return a;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> SentenceCoder::report_of(std::size_t w) const {
  for (int k = 0; k < 8 && head(w) >= 0; ++k) {
    const std::size_t h = static_cast<std::size_t>(head(w));
    if (base_rel(rel(w)) == "ccomp" && saying(h)) return h;
    // "said in a statement that …" with the clause hung on the noun.
    if (subordinated(w) && base_rel(rel(w)) == "acl" && base_rel(rel(h)) == "obl" && head(h) >= 0 &&
        saying(static_cast<std::size_t>(head(h))))
      return static_cast<std::size_t>(head(h));
    w = h;
  }
  return std::nullopt;
}

bool SentenceCoder::self_reported(std::size_t w, const std::vector<std::size_t>& sources) const {
  const auto r = report_of(w);
  if (!r || sources.empty()) return false;
  std::vector<std::size_t> reporters;
  bool unused = false;
  for (std::size_t s : subject_words(*r, passive(*r))) actors_of(s, reporters, unused);
  return std::all_of(sources.begin(), sources.end(), [&](std::size_t s) {
    return is_armed_group(*actors_[s].actor) &&
           std::any_of(reporters.begin(), reporters.end(), [&](std::size_t x) { return same_party(s, x); });
  });
}

void SentenceCoder::emit(const CodedEvent& given, const std::vector<std::size_t>& given_sources, std::vector<std::size_t> targets,
          const std::vector<std::size_t>& between, bool implicit, std::vector<CodedEvent>& out) const {
  std::vector<std::size_t> sources = given_sources;
  CodedEvent proto = given;
  // "Al-Shabaab said it carried out the attack", "de Houthi's zeiden dat
  // de beweging de tanker had aangevallen": an armed group telling of its
  // own violence claims it (015, no target); the attack is coded where
  // others report it. A state reporting its own operation ("the army said
  // it killed 14 fighters") reports the act.
  if ((proto.code.starts_with("18") || proto.code.starts_with("19")) && self_reported(proto.trigger_begin, sources)) {
    note("  " + who(sources) + " reports its own violence: a claim (015)");
    proto.code = "015";
    proto.open_target = true;
    proto.assault = proto.victim = proto.parties = proto.act_referent = proto.conference = proto.arrival = false;
    proto.referent.clear();
    targets.clear();
    implicit = false;
    // One claim per group and sentence ("carried out the attack": verb and noun).
    std::erase_if(sources, [&](std::size_t s) {
      for (std::size_t k = 0; k < out.size(); ++k)
        if (out[k].code == "015" && same_party(local_[k].first, s)) return true;
      return false;
    });
  }
  // "Er is volgens Den Haag contact met X", "there have been talks with X,
  // according to Ottawa": a joint act said to exist, with no doer of its
  // own, is the act of the state the attribution names (these clauses are
  // often misparsed, so the party is the one right after the attribution
  // word).
  if (sources.empty() && proto.symmetric && !targets.empty() && between.empty())
    if (const auto a = attributed(); a && std::find(targets.begin(), targets.end(), *a) == targets.end()) {
      sources.push_back(*a);
      note("  source: " + principal(*actors_[*a].actor) + ", to whom the clause is attributed");
    }
  auto push = [&](std::size_t s, std::optional<std::size_t> t) {
    if (t && same_party(s, *t)) {
      note("  " + principal(*actors_[s].actor) + " -> itself: no event");
      return;
    }
    for (std::size_t k = 0; k < out.size(); ++k) {  // one event per pair and trigger
      const auto& [ls, lt] = local_[k];
      if (out[k].trigger_begin != proto.trigger_begin || !same_party(ls, s)) continue;
      if (t && lt && same_party(*lt, *t)) return;
      if (!t && !lt) return;
    }
    CodedEvent e = proto;
    e.source = actors_[s].id;
    if (t) e.target = actors_[*t].id;
    // A target without a state or organisation ("its ambassador" of unknown
    // allegiance) leaves the recipient to the story too.
    e.implicit_target = !t || implicit;
    out.push_back(std::move(e));
    local_.emplace_back(s, t);
  };
  auto pairs = [&](const std::vector<std::size_t>& group) {
    for (std::size_t i = 0; i < group.size(); ++i)
      for (std::size_t j = i + 1; j < group.size(); ++j) push(group[i], group[j]);
  };
  if (sources.empty()) {
    if (proto.implicit_source) {
      for (std::size_t t : targets) {
        CodedEvent e = proto;
        e.target = actors_[t].id;
        out.push_back(std::move(e));
        local_.emplace_back(t, t);
      }
      note("  no source: the story's counterpart of the target");
    } else if (proto.symmetric && between.size() >= 2) {
      pairs(between);
    } else if (proto.assault || proto.code.starts_with("18")) {
      // An assault, not any violence: "killing ten people" is the same attack
      // told again.
      const bool again = std::any_of(out.begin(), out.end(), [&](const CodedEvent& o) {
        return o.unclaimed && o.trigger_begin == proto.trigger_begin;
      });
      if (again) return;
      CodedEvent e = proto;
      e.unclaimed = true;
      if (!targets.empty()) e.target = actors_[targets.front()].id;
      out.push_back(std::move(e));
      local_.emplace_back(targets.empty() ? 0 : targets.front(), std::nullopt);
      note("  no source: an attack a later claim may give");
    } else {
      note("  no source: no event");
    }
    return;
  }
  for (std::size_t b : between) {
    bool in_sources = false;
    for (std::size_t s : sources) in_sources |= same_party(s, b);
    if (!in_sources) add_unique(targets, b);
  }
  std::erase_if(targets, [&](std::size_t t) {
    return std::any_of(sources.begin(), sources.end(), [&](std::size_t s) { return s == t; });
  });
  // "Armenia and Azerbaijan signed a treaty in Abu Dhabi": a joint act of
  // its own parties takes no place as another party.
  if (proto.symmetric && sources.size() >= 2 &&
      std::all_of(targets.begin(), targets.end(), [&](std::size_t t) { return actors_[t].place; }))
    targets.clear();
  if (!targets.empty()) {
    for (std::size_t s : sources) {
      // "urging both countries to …" said by one of them: addressed to a
      // group the source belongs to, it is no act on the other.
      const bool own_group = std::any_of(targets.begin(), targets.end(), [&](std::size_t t) {
        return same_party(s, t) && std::any_of(targets.begin(), targets.end(), [&](std::size_t u) {
                 return u != t && actors_[u].word_begin == actors_[t].word_begin && actors_[u].word_end == actors_[t].word_end;
               });
      });
      if (own_group) {
        note("  " + principal(*actors_[s].actor) + " addresses a group it is part of: no event");
        continue;
      }
      // "Pakistan denied it carried out the strikes", "recalled its
      // ambassador": the only target is the source itself; an act that may
      // leave its recipient to the story does so.
      if (only_self(s, targets) && implicit && verbal(proto.code)) {
        note("  " + principal(*actors_[s].actor) + " -> itself: the recipient is left to the story");
        push(s, std::nullopt);
        continue;
      }
      for (std::size_t t : targets) push(s, t);
    }
  } else if (proto.symmetric && sources.size() >= 2) {
    pairs(sources);
  } else if (implicit || proto.open_target) {
    for (std::size_t s : sources) push(s, std::nullopt);
  } else {
    note("  no target: no event");
  }
}

}  // namespace detail

std::vector<CodedEvent> Coder::code(const nlp::ParsedSentence& sentence, const std::vector<ArgActor>& actors,
                                    std::vector<std::string>* why) const {
  // The root repairs exclude one another; the local ones apply after them.
  std::string how;
  // A weekday read as the verb is set right first; the root repairs read the result.
  std::optional<nlp::ParsedSentence> timed = repair_time_verb(lexicon_, sentence, why ? &how : nullptr);
  if (timed && why) why->push_back(how);
  const nlp::ParsedSentence& base = timed ? *timed : sentence;
  std::optional<nlp::ParsedSentence> repaired = repair_final_participle(lexicon_, base, why ? &how : nullptr);
  if (!repaired) repaired = repair_noun_root(lexicon_, base, why ? &how : nullptr);
  if (!repaired) repaired = repair_acl_main_verb(lexicon_, base, why ? &how : nullptr);
  if (!repaired) repaired = repair_noun_verb_infinitive(lexicon_, base, why ? &how : nullptr);
  if (!repaired) repaired = repair_report_clause(lexicon_, base, why ? &how : nullptr);
  if (repaired && why) why->push_back(how);
  if (!repaired && timed) repaired = std::move(timed);
  if (auto split = repair_split_names(lexicon_, repaired ? *repaired : sentence, actors, why ? &how : nullptr)) {
    repaired = std::move(split);
    if (why) why->push_back(how);
  }
  for (auto* local : {&repair_time_noun, &repair_split_particle, &repair_two_subjects, &repair_subjectless_perfect, &repair_split_perfect, &repair_set_off_subject, &repair_intro_appos_subject, &repair_subordinator_subject, &repair_gerund_small_clause, &repair_aux_noun, &repair_determined_verb, &repair_time_apposition, &repair_pronoun_subject, &repair_participle_modifier, &repair_report_subject, &repair_partitive_object, &repair_preconj_object, &repair_infinitive_object, &repair_inserted_phrase_object, &repair_parallel_object, &repair_unmarked_obl_object, &repair_object_participle, &repair_particle_object, &repair_relative_subject}) {
    if (auto again = (*local)(lexicon_, repaired ? *repaired : sentence, why ? &how : nullptr)) {
      repaired = std::move(again);
      if (why) why->push_back(how);
    }
  }
  return detail::SentenceCoder(lexicon_, cameo_, repaired ? *repaired : sentence, actors, why).run();
}

}  // namespace dyad::events
