// Who the parties of a predicate are: subjects (through conjoined,
// controlled and adjunct clauses, relative pronouns, verb-second repair),
// objects, prepositional arguments, passives, and the actors a phrase holds.
#include "events/sentence_coder.h"

#include <tuple>

namespace dyad::events::detail {

void SentenceCoder::prep_args_in(std::size_t i, const std::vector<std::string>& preps, std::vector<std::size_t>& out) const {
  if (preps.empty()) return;
  for (std::size_t c : kids_[i]) {
    const auto r = base_rel(rel(c));
    if (r != "obl" && r != "nmod") continue;
    if (const std::string* p = case_of(c); p && std::find(preps.begin(), preps.end(), *p) != preps.end())
      add_unique(out, c);
  }
}

void SentenceCoder::prep_args(std::size_t i, WordRole role, std::vector<std::size_t>& out) const {
  for (std::size_t c : kids_[i]) {
    const auto r = base_rel(rel(c));
    if (r != "obl" && r != "nmod") continue;
    // "on Wednesday, Belarus rejected …": a time is no party, whatever the parser hangs on it.
    if (role == WordRole::kTarget && time_word(c)) continue;
    // "supports Morocco on the Western Sahara issue": a topic is no party.
    if (role == WordRole::kTarget && lex_.in_class("TOPIC", lemma_[c])) continue;
    // "voor de kust van Jemen getroffen": a stretch of coast or water is where.
    if (role == WordRole::kTarget && lex_.in_class("WATERS", lemma_[c])) continue;
    // "struck the ship with an anti-ship missile off Hodeidah": a weapon is
    // the means, no party; what it is aimed at may hang on it ("een aanval
    // met drones en raketten op de hoofdstad").
    if (role == WordRole::kTarget && word_in("PROJECTILE", c)) {
      prep_args(c, role, out);
      continue;
    }
    if (const std::string* p = case_of(c); p && lex_.is(role, *p)) out.push_back(c);
  }
  // "met with activists participating in …" parsed as a clause marked by
  // "with": its subject is the prepositional argument.
  for (std::size_t c : kids_[i]) {
    if (base_rel(rel(c)) != "advcl" || c < i) continue;
    bool marked = false;
    for (std::size_t g : kids_[c])
      if (rel(g) == "mark" && g < c && lex_.is(role, lemma_[g])) marked = true;
    if (!marked) continue;
    bool subject = false;
    for (std::size_t g : kids_[c])
      if (rel(g) == "nsubj" && g < c) subject = true;
    if (subject) out.push_back(c);  // the clause: its subject, or a place it names ("activists in Mombasa")
  }
}

void SentenceCoder::answered_party(std::size_t v, std::vector<std::size_t>& out, bool& indirect) const {
  for (std::size_t c : kids_[v]) {
    if (base_rel(rel(c)) != "obl" || !lex_.in_class("RESPONSE", lemma_[c])) continue;
    for (std::size_t g : kids_[c])
      if (base_rel(rel(g)) == "nmod" && case_of(g)) actors_of(g, out, indirect, true);
  }
  // "sprak van een schandaal na de uitzetting van de diplomaten door
  // Rusland", "protested after Uganda's decision": the doer of an act the
  // clause follows (an event noun after a CIRCUMSTANCE word) — its agent
  // or possessor, not its partners.
  if (!out.empty()) return;
  // The phrase may hang on the verb's own phrase ("sprak van een schandaal
  // na de uitzetting …" with "na …" on "schandaal").
  std::vector<std::size_t> phrases = kids_[v];
  for (std::size_t c : kids_[v])
    if (base_rel(rel(c)) == "obl" || base_rel(rel(c)) == "obj")
      for (std::size_t g : kids_[c])
        if (base_rel(rel(g)) == "nmod") phrases.push_back(g);
  for (std::size_t c : phrases) {
    const std::string* cs = case_of(c);
    if ((base_rel(rel(c)) != "obl" && base_rel(rel(c)) != "nmod") || !cs || !lex_.in_class("CIRCUMSTANCE", *cs)) continue;
    if (!lex_.patterns(TriggerKind::kNoun, lemma_[c]) && !lex_.in_class("ACTREF", lemma_[c]) &&
        !lex_.same_kin(lemma_[c], lemma_[c]))
      continue;
    // The agent phrase may hang on the act's own object ("de uitzetting van
    // de diplomaten door Rusland").
    std::vector<std::size_t> near = kids_[c];
    for (std::size_t g : kids_[c])
      if (base_rel(rel(g)) == "nmod") near.insert(near.end(), kids_[g].begin(), kids_[g].end());
    for (std::size_t g : near) {
      const std::string* gs = case_of(g);
      if ((rel(g) == "nmod:poss" && head(g) == static_cast<int>(c)) ||
          ((base_rel(rel(g)) == "nmod" || base_rel(rel(g)) == "obl") && gs && lex_.is(WordRole::kAgent, *gs)))
        actors_of(g, out, indirect, true);
    }
  }
}

// "machinegeweren", "gevechtsvliegtuigen": in a language that writes
// compounds as one word (rule compound-heads) a compound is a kind of its
// head, the last part, when that part is a word of its own (five letters or
// more, after at least three).
bool SentenceCoder::compound_head_matches(std::string_view form, const Term& term) const {
  if (!lex_.has_rule("compound-heads")) return false;
  for (std::size_t i = 3; i + 5 <= form.size(); ++i)
    if (lex_.matches(term, form.substr(i))) return true;
  return false;
}

std::size_t SentenceCoder::counted(std::size_t h) const {
  if (!lex_.in_class("MEASURE", lemma_[h]) && words_[h].upos != "NUM") return h;
  for (std::size_t c : kids_[h])
    if (base_rel(rel(c)) == "nmod" && c > h && words_[c].upos == "NOUN") return c;
  return h;
}

bool SentenceCoder::names_person(std::size_t h, const Term& term) const {
  if (!term.is_class || !lex_.in_class(term.text, "@person")) return false;
  for (std::size_t a : covering_[h])
    if (!actors_[a].actor->name.empty()) return true;
  return false;
}

bool SentenceCoder::phrase_matches(std::size_t h, const PhraseSpec& spec) const {
  // "packages of military aid", "een zending wapens": a measure of
  // something is matched by what it measures.
  // So is a number of them ("two of the missiles", "acht van de drones"),
  // and a sum ("300 miljoen euro aan munitie", "$50 million in arms").
  if (lex_.in_class("MEASURE", lemma_[h]) || words_[h].upos == "NUM" || lex_.in_class("MONEY", lemma_[h])) {
    for (std::size_t c : kids_[h]) {
      const auto r = base_rel(rel(c));
      if ((r == "nmod" || r == "appos" || r == "flat") && c > h && !lex_.in_class("MEASURE", lemma_[c]) &&
          phrase_matches(c, spec))
        return true;
      // "a new sanctions package", "an arms shipment": what it measures before it.
      if (r == "compound" && c < h && words_[c].upos == "NOUN" && phrase_matches(c, spec)) return true;
    }
  }
  // A compound lemma ("handel_akkoord") is a kind of its last part.
  const std::string_view lemma = lemma_[h];
  const std::string_view last = lemma.substr(lemma.rfind('_') + 1);
  const std::string form = lower(words_[h].form);
  if (!lex_.matches(spec.head, lemma) && !lex_.matches(spec.head, form) &&
      !(last.size() < lemma.size() && lex_.matches(spec.head, last)) && !compound_head_matches(form, spec.head) &&
      !names_person(h, spec.head))
    return false;
  for (const Term& m : spec.modifiers) {
    bool found = false;
    for (std::size_t c : kids_[h]) {
      if (lex_.matches(m, lemma_[c])) found = true;
      for (std::size_t g : kids_[c])
        if (lex_.matches(m, lemma_[g])) found = true;
    }
    if (!found) return false;
  }
  return true;
}

bool SentenceCoder::governs_complement(std::size_t v, std::string_view lemma) const {
  // "&CLASS": any verb of the class ("invited X to visit / attend").
  auto is = [&](std::size_t c) {
    if (lemma.starts_with('&')) return lex_.in_class(lemma.substr(1), lemma_[c]) || lex_.in_class(lemma.substr(1), joined_[c]);
    return lemma_[c] == lemma || joined_[c] == lemma;
  };
  for (std::size_t c : kids_[v]) {
    const auto r = base_rel(rel(c));
    if ((r == "xcomp" || r == "ccomp" || r == "advcl") && is(c)) return true;
    if (r == "obj" || r == "iobj")
      for (std::size_t g : kids_[c])
        if (base_rel(rel(g)) == "acl" && is(g)) return true;
  }
  return false;
}

// "called Aranda on Thursday to …": the preposition of a time is no stranded particle.
bool SentenceCoder::marks_time(std::size_t w) const {
  return base_rel(rel(w)) == "case" && head(w) >= 0 && time_word(static_cast<std::size_t>(head(w)));
}

bool SentenceCoder::particle_present(std::size_t v, std::string_view particle) const {
  for (std::size_t c : kids_[v])
    if (lemma_[c] == particle) return true;
  if (v + 1 < words_.size() && lemma_[v + 1] == particle) return true;
  // "riepen Minsk … op alle gevangenen vrij te laten": a particle stranded
  // before the verb's infinitival complement, which the parser gives to a
  // noun of that complement as its preposition.
  for (std::size_t c : kids_[v]) {
    const auto r = base_rel(rel(c));
    if (c < v || (r != "xcomp" && r != "advcl" && r != "ccomp")) continue;
    for (std::size_t w = v + 1; w < c; ++w)
      if (lemma_[w] == particle && (words_[w].upos == "ADP" || words_[w].upos == "ADV") && !marks_time(w)) return true;
  }
  // … or the infinitive itself hung lower ("riep Nederland … op de
  // visumplicht af te schaffen" with the infinitive on "visumplicht").
  for (std::size_t c = v + 2; c < words_.size(); ++c) {
    if (words_[c].upos != "VERB" || base_rel(rel(c)) == "conj") continue;
    const bool infinitive = std::any_of(kids_[c].begin(), kids_[c].end(), [&](std::size_t m) {
      return base_rel(rel(m)) == "mark" && words_[m].upos == "ADP" && m < c;
    });
    if (!infinitive) continue;
    bool under = false;  // the clause lies under the verb
    for (int h = head(c), steps = 0; h >= 0 && steps < 8; h = head(static_cast<std::size_t>(h)), ++steps)
      if (static_cast<std::size_t>(h) == v) under = true;
    if (!under) break;
    for (std::size_t w = v + 1; w < c; ++w)
      if (lemma_[w] == particle && words_[w].upos == "ADP" && words_[w + 1].upos != "VERB" && !marks_time(w)) return true;
    break;
  }
  return false;
}

bool SentenceCoder::particle_of_governor(std::size_t v, std::size_t c) const {
  // "bood aan te bemiddelen" parsed with "aan" on the infinitive: before its
  // "te", the particle of the verb that governs it when the lexicon knows
  // that verb with it ("bieden+aan") and not the infinitive.
  const int h = head(v);
  if (h < 0 || words_[static_cast<std::size_t>(h)].upos != "VERB") return false;
  bool te = false;
  for (std::size_t m : kids_[v]) te |= rel(m) == "mark" && m > c && m < v;
  if (!te) return false;
  // A copy: substr of the lemma is a temporary a view would outlive.
  const std::string own = lemma_[v].substr(lemma_[v].find('_') + 1);
  return lex_.verb_takes_particle(lemma_[static_cast<std::size_t>(h)], lemma_[c]) &&
         !lex_.verb_takes_particle(own, lemma_[c]) && !lex_.patterns(TriggerKind::kVerb, lemma_[c] + own);
}

bool SentenceCoder::has_prt(std::size_t v) const {
  for (std::size_t c : kids_[v]) {
    if (rel(c) != "compound:prt") continue;
    // A noun is a particle only where the lemmatiser joined it ("deel_nemen");
    // else the parse strayed ("tot veertig jaar cel veroordeeld").
    if (words_[c].upos == "NOUN" && !lemma_[v].starts_with(lemma_[c] + "_")) continue;
    if (particle_of_governor(v, c)) continue;
    return true;
  }
  return false;
}

bool SentenceCoder::passive(std::size_t v) const {
  // A passive subject next to a plain auxiliary and no passive one is a
  // labelling slip on an active perfect ("Griekenland en Cyprus hebben …
  // getekend" with the subject as nsubj:pass): trust the auxiliaries.
  // "an allegation New Delhi rejected": a charge answered, not a participle.
  if (charge_answerer(v)) return false;
  bool pass_subject = false, plain_aux = false;
  for (std::size_t c : kids_[v]) {
    const std::string_view r = rel(c);
    if (r == "aux:pass" || r == "obl:agent") return true;
    pass_subject = pass_subject || r == "nsubj:pass" || r == "csubj:pass";
    plain_aux = plain_aux || r == "aux";
  }
  // "has also been met with criticism" with "been" labelled cop or aux: the
  // passive auxiliary before a participle with no object is a passive all the same.
  if (has_feat(words_[v].feats, "VerbForm=Part") && !has_feat(words_[v].feats, "Tense=Pres") && !child(v, "obj")) {
    for (std::size_t c : kids_[v])
      if (c < v && (rel(c) == "cop" || rel(c) == "aux") && lex_.in_class("PASSIVE_AUX", lemma_[c])) return true;
  }
  // A headline's participle with a subject and no auxiliary is a
  // passive ("Envoy expelled from Ruritania").
  if (!pass_subject && !plain_aux && rel(v) == "root" && headline_ && has_feat(words_[v].feats, "VerbForm=Part") &&
      has_feat(words_[v].feats, "Tense=Past") && child(v, "nsubj"))
    return true;
  // Nor is a finite verb with no auxiliary at all ("The presidents … met
  // today" with the subject labelled passive): passives need one.
  // A root participle of a full sentence with no auxiliary either: "met"
  // tagged as a participle is still the finite verb.
  // Nor one with an object of its own ("that the sultanate appreciated the
  // spirit" with the participle tag).
  if (pass_subject && !plain_aux && rel(v) != "acl" &&
      (has_feat(words_[v].feats, "VerbForm=Fin") || (rel(v) == "root" && !headline_) || child(v, "obj")))
    return false;
  if (pass_subject) return !plain_aux;
  // "is vrijgelaten": an act of custody takes "hebben" in the active
  // perfect, so with the perfect's "zijn" and no object it is passive.
  if (plain_aux && territorial(v) && !child(v, "obj")) {
    for (std::size_t c : kids_[v])
      if (rel(c) == "aux" && lex_.in_class("PASSIVE_PERFECT_AUX", lemma_[c])) return true;
  }
  // "the pact signed by X": a participle modifying a noun (a past one:
  // "…, urging X to" is active).
  return rel(v) == "acl" && has_feat(words_[v].feats, "VerbForm=Part") && !has_feat(words_[v].feats, "Tense=Pres");
}

std::size_t SentenceCoder::described(std::size_t w) const {
  // "condemned what it called a barbaric attack", "what it described as
  // aggression by X": a free relative stands for what its clause calls it.
  if (!lex_.in_class("FREE_RELATIVE", lemma_[w])) return w;
  for (std::size_t r : kids_[w]) {
    if (rel(r) != "acl:relcl") continue;
    for (std::size_t c : kids_[r]) {
      if (c < r || (words_[c].upos != "NOUN" && words_[c].upos != "PROPN")) continue;
      const std::string* cs = case_of(c);
      if (base_rel(rel(c)) == "xcomp" || base_rel(rel(c)) == "obj" || (base_rel(rel(c)) == "obl" && cs && lex_.in_class("AS", *cs)))
        return c;
    }
  }
  return w;
}

std::optional<std::size_t> SentenceCoder::answered_charge(std::size_t v) const {
  if (head(v) < 0 || base_rel(rel(v)) != "acl" || !lex_.in_class("DENIAL", lemma_[v])) return std::nullopt;
  const auto up = static_cast<std::size_t>(head(v));
  if (lex_.in_class("ACCUSATION", lemma_[up])) return up;
  // "financing the rebels, an allegation New Delhi rejected" with the clause
  // hung on the noun the charge is in apposition to.
  for (std::size_t c : kids_[up])
    if (c < v && rel(c) == "appos" && lex_.in_class("ACCUSATION", lemma_[c])) return c;
  return std::nullopt;
}

std::optional<std::size_t> SentenceCoder::charge_answerer(std::size_t v) const {
  if (head(v) < 0 || !lex_.in_class("DENIAL", lemma_[v])) return std::nullopt;
  const auto charge = answered_charge(v);
  const bool on_accusing = lex_.in_class("ALLEGING", lemma_[static_cast<std::size_t>(head(v))]) &&
                           std::any_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) { return relative_pronoun(c); });
  if (!charge && !on_accusing) return std::nullopt;
  for (std::size_t c : kids_[v])
    if ((base_rel(rel(c)) == "nsubj" || rel(c) == "obj") && !relative_pronoun(c) && !covering_[c].empty()) return c;
  if (!charge) return std::nullopt;
  // The name right before the verb, hung on the charge.
  for (std::size_t c : kids_[*charge]) {
    if (c >= v || covering_[c].empty() || (rel(c) != "appos" && base_rel(rel(c)) != "compound")) continue;
    std::size_t last = c;
    for (std::size_t w = c + 1; w < v; ++w)
      if (head(w) == static_cast<int>(last) || head(w) == static_cast<int>(c)) last = w;
    if (last + 1 == v) return c;
  }
  return std::nullopt;
}

std::optional<std::size_t> SentenceCoder::object_of(std::size_t v, bool pass) const {
  if (!pass && charge_answerer(v)) return answered_charge(v);  // "wat" (the whole charge): none
  if (!pass) {
    // "sprak deze week sancties uit" with "week" as the object: a time
    // phrase is no object.
    // "riep dinsdagavond zijn ambassadeur terug" with both read as objects.
    // (Only a party: "the weapons it had sent to Ukraine" describes the
    // weapons, with an act told elsewhere.)
    const bool on_noun = rel(v) == "acl:relcl" && head(v) >= 0 && !covering_[static_cast<std::size_t>(head(v))].empty();
    // "Woensdag ontving minister X zijn Belgische collega" with the day as
    // the subject and both parties as objects: the first is the subject
    // verb-second order put after the verb.
    std::vector<std::size_t> objects;
    for (std::size_t c : kids_[v])
      if (rel(c) == "obj" && !time_word(c)) objects.push_back(c);
    if (objects.size() >= 2 && lex_.has_rule("verb-second") && objects[0] > v &&
        std::all_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) { return base_rel(rel(c)) != "nsubj" || time_word(c); }))
      objects.erase(objects.begin());
    for (std::size_t c : objects) {
      // "the Dutch diplomats that Russia expelled", "een beschuldiging die
      // Moskou ontkent": the relative pronoun stands for the noun.
      if (on_noun && relative_pronoun(c)) return static_cast<std::size_t>(head(v));
      return described(c);
    }
    // "a charge Moscow denied": a relative clause with a subject of its own
    // and no object or relative word has the noun as its object.
    if (on_noun && words_[v].upos == "VERB" &&
        std::any_of(kids_[v].begin(), kids_[v].end(),
                    [&](std::size_t c) { return base_rel(rel(c)) == "nsubj" && rel(c) != "nsubj:pass" && !relative_pronoun(c); }) &&
        std::none_of(kids_[v].begin(), kids_[v].end(), [&](std::size_t c) {
          return relative_pronoun(c) || base_rel(rel(c)) == "mark" || base_rel(rel(c)) == "ccomp" || base_rel(rel(c)) == "xcomp";
        }))
      return static_cast<std::size_t>(head(v));
    // "wil België een dialoog met Rusland" with the noun read as xcomp: with
    // no object, a nominal complement is it.
    // So is a name there ("called Guyanese President Persaud on Tuesday").
    if (auto x = child(v, "xcomp"); x && (words_[*x].upos == "NOUN" || (words_[*x].upos == "PROPN" && !covering_[*x].empty())))
      return x;
    // "told the Nigerian envoy to leave" with the one object labelled iobj.
    if (auto io = child(v, "iobj")) return io;
    if (auto o = object_in_subject(v)) return o;
    // "nodigde president Nauseda uit" with the object labelled obl: a bare
    // noun phrase right after the verb (no preposition, not a time) is it.
    for (std::size_t c : kids_[v]) {
      if ((rel(c) != "obl" && rel(c) != "obl:unmarked") || c <= v || c > v + 3 || case_of(c) ||
          time_word(c))
        continue;
      if (words_[c].upos != "NOUN" && words_[c].upos != "PROPN") continue;
      bool bare = true;
      for (std::size_t g : kids_[c]) bare &= base_rel(rel(g)) != "mark";
      for (std::size_t w = v + 1; w < c; ++w) bare &= words_[w].upos == "DET" || words_[w].upos == "ADJ" || head(w) == static_cast<int>(c);
      if (bare) return c;
      break;
    }
    // "zette vorige maand om dezelfde reden drie diplomaten uit" with the
    // time as the object and the object as an argument phrase.
    // A case marker before a modifier of its own ("om dezelfde reden drie
    // diplomaten" as one phrase) belongs to that modifier.
    auto unmarked = [&](std::size_t c) {
      for (std::size_t k : kids_[c]) {
        if (base_rel(rel(k)) != "case") continue;
        const bool stray = std::any_of(kids_[c].begin(), kids_[c].end(),
                                       [&](std::size_t m) { return base_rel(rel(m)) == "nmod" && m > k && m < c; });
        if (!stray) return false;
      }
      return true;
    };
    for (std::size_t c : kids_[v])
      if (rel(c) == "obl:arg" && c > v && unmarked(c) && (words_[c].upos == "NOUN" || words_[c].upos == "PROPN") &&
          !time_word(c))
        return c;
    // Verb-second repair: the later "subject" is the object.
    if (lex_.has_rule("verb-second")) {
      std::vector<std::size_t> subjects;
      for (std::size_t c : kids_[v])
        if (base_rel(rel(c)) == "nsubj") subjects.push_back(c);
      if (subjects.size() == 1 && subjects[0] > v) {
        std::vector<std::size_t> repaired = subjects;
        verb_second(v, repaired);
        if (repaired.size() > 1) return subjects[0];
      }
    }
    // "besloot de landingsrechten … in te trekken": the object comes before
    // the infinitive, and the parser hangs the infinitive on it as acl.
    if (lex_.has_rule("object-before-infinitive") && rel(v) == "acl" && head(v) >= 0 &&
        static_cast<std::size_t>(head(v)) < v && has_feat(words_[v].feats, "VerbForm=Inf") &&
        words_[static_cast<std::size_t>(head(v))].upos == "NOUN" && !lex_.in_class("DECISION_NOUN", lemma_[static_cast<std::size_t>(head(v))]))
      return static_cast<std::size_t>(head(v));
    return std::nullopt;
  }
  if (auto s = child(v, "nsubj:pass")) {
    // "de onderdanen die in Zweden worden vastgehouden", "the nationals who
    // were detained": the relative pronoun stands for the noun.
    if (relative_pronoun(*s) && rel(v) == "acl:relcl" && head(v) >= 0) return static_cast<std::size_t>(head(v));
    return s;
  }
  if (auto s = child(v, "nsubj")) return s;  // a headline's passive
  if (rel(v) == "acl" && head(v) >= 0) return static_cast<std::size_t>(head(v));
  return std::nullopt;
}

void SentenceCoder::actors_of(std::size_t h, std::vector<std::size_t>& out, bool& indirect, bool object) const {
  std::vector<std::size_t> conjuncts{h};
  for (std::size_t k = 0; k < conjuncts.size(); ++k)
    for (std::size_t c : kids_[conjuncts[k]])
      if (base_rel(rel(c)) == "conj") conjuncts.push_back(c);
  for (std::size_t k = 0; k < conjuncts.size(); ++k) {
    const std::size_t c = conjuncts[k];
    if (!covering_[c].empty()) {
      for (std::size_t a : covering_[c]) {
        with_nested(a, out);
        // "minister Blok en Koning Abdullah": the conjunct may hang off any word of the mention.
        for (std::size_t w = actors_[a].word_begin; w < actors_[a].word_end && w < words_.size(); ++w)
          for (std::size_t e : kids_[w])
            if (base_rel(rel(e)) == "conj" && (e < actors_[a].word_begin || e >= actors_[a].word_end) &&
                std::find(conjuncts.begin(), conjuncts.end(), e) == conjuncts.end())
              conjuncts.push_back(e);
      }
      // "the Kenyan and the Dutch governments": the mention over the head
      // ("Dutch governments") shares it with a coordinated modifier that
      // is a mention of its own ("Kenyan").
      for (std::size_t d : kids_[c]) {
        const auto r = base_rel(rel(d));
        if (r != "amod" && r != "nmod" && r != "compound") continue;
        std::vector<std::size_t> mods{d};
        for (std::size_t k = 0; k < mods.size(); ++k)
          for (std::size_t e : kids_[mods[k]])
            if (base_rel(rel(e)) == "conj") mods.push_back(e);
        if (mods.size() < 2) continue;
        for (std::size_t m : mods)
          for (std::size_t a : covering_[m]) add_unique(out, a);
      }
      continue;
    }
    if (!closest_inside(c, false, object, out) && words_[c].upos == "NOUN" && closest_inside(c, true, object, out))
      indirect = true;
  }
  for (std::size_t k = 0, n = out.size(); k < n; ++k) listed_after(out[k], out);
}

std::vector<std::size_t> SentenceCoder::list_from(std::size_t a, bool& closed) const {
  // The mentions that follow `a`, each after nothing but a comma, a
  // conjunction or a determiner.
  std::vector<std::size_t> chain{a};
  closed = false;  // the last gap held a conjunction: the list is complete
  while (!closed) {
    const ArgActor& last = actors_[chain.back()];
    std::optional<std::size_t> next;
    for (std::size_t b = 0; b < actors_.size(); ++b) {
      if (actors_[b].word_begin < last.word_end) continue;
      if (!next || actors_[b].word_begin < actors_[*next].word_begin ||
          (actors_[b].word_begin == actors_[*next].word_begin && actors_[b].word_end > actors_[*next].word_end))
        next = b;
    }
    if (!next) break;
    bool comma = false, conj = false, other = false;
    for (std::size_t w = last.word_end; w < actors_[*next].word_begin; ++w) {
      if (words_[w].form == ",") {
        comma = true;
      } else if (words_[w].upos == "CCONJ" && lex_.in_class("LIST_CONJ", lemma_[w])) {
        conj = true;
      } else if (words_[w].upos != "DET") {
        other = true;
      }
    }
    if (other || (!comma && !conj)) break;
    chain.push_back(*next);
    closed = conj;
  }
  return chain;
}

void SentenceCoder::listed_after(std::size_t a, std::vector<std::size_t>& out) const {
  bool closed = false;
  const std::vector<std::size_t> chain = list_from(a, closed);
  // "A, B, C and D" broken up by the parser (a conjunct read as parataxis
  // or obl): three or more parties closed by a conjunction are one list.
  // Two ("A and B") the parse gets right, and "A, B said" is no list.
  if (!closed || chain.size() < 3) return;
  // "… mediated by Oman, French and Iranian officials said": the last ones
  // are the speakers of a report, not members.
  for (std::size_t b : chain) {
    const auto h = head_word(b);
    if (!h || b == a || base_rel(rel(*h)) != "nsubj" || head(*h) < 0) continue;
    if (saying(static_cast<std::size_t>(head(*h)))) return;
  }
  for (std::size_t b : chain) add_unique(out, b);
}

void SentenceCoder::included_list(std::size_t v, std::vector<std::size_t>& out) const {
  for (std::size_t w = v + 1; w < words_.size(); ++w) {
    if (!lex_.in_class("INCLUDING", lemma_[w])) continue;
    // "among them", "onder wie", "onder andere": a pronoun or two before the first member.
    std::optional<std::size_t> first;
    for (std::size_t b = 0; b < actors_.size(); ++b) {
      if (actors_[b].word_begin <= w || actors_[b].word_begin > w + 3) continue;
      if (!first || actors_[b].word_begin < actors_[*first].word_begin) first = b;
    }
    if (!first) return;
    for (std::size_t k = w + 1; k < actors_[*first].word_begin; ++k) {
      const std::string& u = words_[k].upos;
      if (u != "PRON" && u != "DET" && u != "ADJ" && u != "ADV") return;
    }
    bool closed = false;
    for (std::size_t b : list_from(*first, closed)) add_unique(out, b);
    return;
  }
}

bool SentenceCoder::closest_inside(std::size_t h, bool clauses, bool object, std::vector<std::size_t>& out) const {
  // (word, depth, inside a locative phrase: "sites in Yemen")
  std::vector<std::tuple<std::size_t, int, bool>> frontier{{h, 0, false}};
  int best = -1, place_depth = -1;
  std::vector<std::size_t> found, places, origins;
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto [w, depth, locative] = frontier[k];
    if (best >= 0 && depth > best) continue;
    if (w != h && !covering_[w].empty()) {
      // A place inside an object is where the act happened, not its
      // recipient ("condemned the Velmora attack", "appreciated the spirit
      // of the talks in Muscat between A and B"): a party elsewhere in the
      // phrase comes first, and an act complete without a target takes none.
      // In a subject too, a state named after a locative word ("the U.N.
      // mission in Congo, MONUSCO, called …") is where, not who, unless
      // nothing else in the phrase names a party ("officials in Kabul").
      if (locative || (object && std::all_of(covering_[w].begin(), covering_[w].end(),
                                             [&](std::size_t a) { return actors_[a].place; }))) {
        if ((!skip_places_ || !object) && (place_depth < 0 || depth < place_depth)) {
          place_depth = depth;
          places.assign(covering_[w].begin(), covering_[w].end());
        }
        continue;
      }
      // "for Sudanese refugees in Egypt": whose refugees they are is no
      // recipient while anything else in the phrase names one.
      if (const int of = head(w); of >= 0 && lex_.in_class("DISPLACED", lemma_[static_cast<std::size_t>(of)])) {
        const auto r = base_rel(rel(w));
        if (r == "amod" || r == "nmod" || r == "compound" || r == "nmod:poss") {
          for (std::size_t a : covering_[w]) add_unique(origins, a);
          continue;
        }
      }
      if (best < 0 || depth < best) {
        best = depth;
        found.clear();
      }
      for (std::size_t a : covering_[w]) with_nested(a, found);
      // "the presidents of Mexico and Guatemala": the conjuncts of the mention share its place.
      std::vector<std::size_t> conj{w};
      for (std::size_t k = 0; k < conj.size(); ++k)
        for (std::size_t c : kids_[conj[k]])
          if (base_rel(rel(c)) == "conj") {
            conj.push_back(c);
            for (std::size_t a : covering_[c]) add_unique(found, a);
            // "the Mexican navy and U.S. Northern Command": a conjunct the
            // registry lacks is of the party that modifies it.
            if (covering_[c].empty())
              for (std::size_t e : kids_[c]) {
                const auto r = base_rel(rel(e));
                if (r == "compound" || r == "amod" || r == "nmod:poss")
                  for (std::size_t a : covering_[e]) add_unique(found, a);
              }
          }
      continue;
    }
    if (depth > 4) continue;
    for (std::size_t c : kids_[w]) {
      const std::string_view full = rel(c);
      const std::string_view r = base_rel(full);
      if (w == h && r == "conj") continue;  // actors_of takes each conjunct on its own
      // "andere landen, …, zoals de VS en Polen": a list introduced by
      // "such as"/"zoals" names the phrase's members, whatever the parser made of it.
      bool listing = false;
      for (std::size_t g : kids_[c])
        if ((base_rel(rel(g)) == "mark" || base_rel(rel(g)) == "case") && lex_.in_class("INCLUDING", lemma_[g])) listing = true;
      if (is_clause_rel(r) && !listing && !(clauses && r == "acl" && full != "acl:relcl")) continue;
      if (!object && (r == "nmod" || r == "obl")) {
        const std::string* p = case_of(c);
        // "delegations from Syria and Lebanon met": envoys are of where they come from.
        const bool origin = p && lex_.in_class("ORIGIN", *p) && word_in("EMISSARY", w);
        if (p && !origin && (lex_.is(WordRole::kTarget, *p) || lex_.is(WordRole::kBetween, *p) || lex_.is(WordRole::kAgent, *p)))
          continue;
      }
      // "condemned the attack on the AU base": the attacked is no target of
      // an act complete without one.
      if (object && skip_places_ && (r == "nmod" || r == "obl")) {
        const std::string* p = case_of(c);
        if (p && (lex_.is(WordRole::kTarget, *p) || lex_.is(WordRole::kBetween, *p))) continue;
      }
      const std::string* cs = case_of(c);
      const bool in_place = locative || ((r == "nmod" || r == "obl") && cs && lex_.in_class("LOCATIVE", *cs));
      frontier.emplace_back(c, depth + (r == "conj" || r == "flat" || r == "cc" ? 0 : 1), in_place);
    }
  }
  if (found.empty()) found = std::move(places);
  if (found.empty()) found = std::move(origins);
  for (std::size_t a : found) add_unique(out, a);
  return !found.empty();
}

void SentenceCoder::with_nested(std::size_t a, std::vector<std::size_t>& out) const {
  add_unique(out, a);
  // Only a list: one nested name is a modifier ("Yemen's Houthi group").
  std::vector<std::size_t> nested;
  for (std::size_t b = 0; b < actors_.size(); ++b)
    if (b != a && actors_[b].word_begin >= actors_[a].word_begin && actors_[b].word_end <= actors_[a].word_end &&
        actors_[b].word_begin < actors_[b].word_end && principal(*actors_[b].actor) != principal(*actors_[a].actor))
      nested.push_back(b);
  if (nested.size() >= 2)
    for (std::size_t b : nested) add_unique(out, b);
}

std::vector<std::size_t> SentenceCoder::subject_words(std::size_t v, bool pass, int depth) const {
  std::vector<std::size_t> out;
  if (!pass)
    if (const auto a = charge_answerer(v)) return {*a};
  if (pass) {
    for (std::size_t c : kids_[v])
      if (rel(c) == "obl:agent") out.push_back(c);
    if (out.empty()) prep_args(v, WordRole::kAgent, out);
    // "The ministry announced that 21 diplomats will be expelled": an
    // agentless passive a government reports is its own act.
    if (out.empty() && reported(v)) {
      const std::size_t h = static_cast<std::size_t>(head(v));
      for (std::size_t c : kids_[h])
        if (base_rel(rel(c)) == "nsubj") out.push_back(c);
    }
    // "Vandecasteele was arrested in Iran": what a state does on its own
    // ground (class TERRITORIAL: arrest, sentence, deport …) is that state's.
    // "released from an Iranian prison", "vrijgelaten uit een Iraanse cel":
    // the state of the place of custody.
    if (out.empty() && territorial(v)) {
      for (std::size_t c : kids_[v]) {
        const std::string* cs = case_of(c);
        if (base_rel(rel(c)) != "obl" || !cs) continue;
        const bool at = lex_.in_class("LOCATIVE", *cs), from = lex_.in_class("CUSTODY", *cs);
        if (!at && !from) continue;
        bool named = !covering_[c].empty();
        for (std::size_t d : kids_[c]) named = named || (rel(d) == "amod" && !covering_[d].empty());
        if (named) out.push_back(c);
      }
    }
    if (!out.empty() || rel(v) == "acl") return out;
  } else {
    for (std::size_t c : kids_[v])
      if (base_rel(rel(c)) == "nsubj" || base_rel(rel(c)) == "csubj") out.push_back(c);
    if (!out.empty() && lex_.has_rule("verb-second")) verb_second(v, out);
    if (!out.empty()) {
      // "the government, which signed …": the relative pronoun stands for the noun.
      const bool relative = relative_pronoun(out[0]);
      if (relative && rel(v) == "acl:relcl" && head(v) >= 0) {
        out[0] = static_cast<std::size_t>(head(v));
      } else if (relative && out[0] > 0 && rel(v) == "advcl:relcl") {
        // A relative clause the parser hung off the wrong word ("…, including
        // the United States, which kicked out …"): the phrase right before the pronoun.
        std::size_t k = out[0] - 1;
        if (k > 0 && words_[k].upos == "PUNCT") --k;
        if (!covering_[k].empty()) out[0] = k;
      }
      return out;
    }
    // "haar besluit om … te weren" parsed with the decision noun under the
    // infinitive: the noun's owner does what was decided.
    // Or as the infinitive's sibling ("to explain its decision to close").
    if (has_feat(words_[v].feats, "VerbForm=Inf")) {
      std::vector<std::size_t> nouns = kids_[v];
      if (head(v) >= 0 && base_rel(rel(v)) == "xcomp") {
        const auto& siblings = kids_[static_cast<std::size_t>(head(v))];
        nouns.insert(nouns.end(), siblings.begin(), siblings.end());
      }
      for (std::size_t c : nouns) {
        if (c > v || !lex_.in_class("DECISION_NOUN", lemma_[c])) continue;
        for (std::size_t g : kids_[c])
          if (rel(g) == "nmod:poss" && !covering_[g].empty()) out.push_back(g);
      }
      if (!out.empty()) return out;
    }
    // The subject hung under the auxiliary ("hebben minister Blok en
    // Koning Abdullah … afgesproken" with the names as the object of "hebben").
    for (std::size_t c : kids_[v]) {
      if (rel(c) != "aux" || c > v) continue;
      for (std::size_t g : kids_[c])
        if ((rel(g) == "nsubj" || rel(g) == "obj") && !(time_word(g) && covering_[g].empty())) out.push_back(g);
    }
    if (!out.empty()) return out;
    // "Daarnaast betuigden onder anderen de Russische president … hun
    // medeleven": after a fronted phrase the subject follows the finite
    // verb, and the parser may read it as an oblique without a preposition.
    if (lex_.has_rule("verb-second") && v > 0 && !headline_) {
      bool fronted = false;
      for (std::size_t c : kids_[v]) fronted = fronted || (c < v && words_[c].upos != "PUNCT");
      std::optional<std::size_t> first;
      for (std::size_t c : kids_[v]) {
        if (c < v || words_[c].upos == "PUNCT" || words_[c].upos == "ADV") continue;
        if (!first) first = c;
      }
      if (fronted && first && base_rel(rel(*first)) == "obl") {
        const std::string* cs = case_of(*first);
        std::vector<std::size_t> found;
        bool indirect = false;
        if (!cs || lex_.in_class("INCLUDING", *cs)) actors_of(*first, found, indirect);
        if (!found.empty() && !indirect) out.push_back(*first);
      }
      if (!out.empty()) return out;
    }
  }
  if (depth > 6) return out;
  // A participle the parser hung as the object of its auxiliary ("hebben
  // … ondertekend" with "hebben" as the root): the auxiliary's subject.
  // The tagger may take the participle for a finite form ("bereikt"):
  // under an auxiliary's lemma it is the participle all the same.
  if (head(v) >= 0 && (base_rel(rel(v)) == "obj" || base_rel(rel(v)) == "ccomp" || base_rel(rel(v)) == "acl") &&
      (has_feat(words_[v].feats, "VerbForm=Part") || lex_.is(WordRole::kAuxiliary, lemma_[head(v)])) &&
      child(v, "nsubj:pass") == std::nullopt) {
    const std::size_t h = static_cast<std::size_t>(head(v));
    if (words_[h].upos == "VERB" || words_[h].upos == "AUX") {
      for (std::size_t c : kids_[h])
        if (rel(c) == "nsubj") out.push_back(c);
      if (!out.empty()) return out;
    }
  }
  // An infinitive completing a noun ("the decision to sever ties", "its
  // plan to expel"): the noun's owner, else the subject of its clause
  // ("the government made the decision to …").
  if (rel(v) == "acl" && has_feat(words_[v].feats, "VerbForm=Inf") && head(v) >= 0 &&
      words_[head(v)].upos == "NOUN") {
    const std::size_t n = static_cast<std::size_t>(head(v));
    for (std::size_t c : kids_[n])
      if (rel(c) == "nmod:poss") out.push_back(c);
    if (!out.empty()) return out;
    // … or of the clause it is a circumstance of ("sent a note with a
    // proposal to send aid").
    if ((base_rel(rel(n)) == "obj" || (base_rel(rel(n)) == "obl" && lex_.is(WordRole::kIntent, lemma_[n]))) &&
        head(n) >= 0 && words_[head(n)].upos == "VERB")
      return subject_words(static_cast<std::size_t>(head(n)), passive(static_cast<std::size_t>(head(n))), depth + 1);
    return out;
  }
  // "… rejected the claims by Ecuador, urging its neighbour to …" with the
  // participle hung on the object: set off by a comma, it is the clause's
  // adjunct and shares its subject.
  if (rel(v) == "acl" && v > 0 && words_[v - 1].form == "," && head(v) >= 0 &&
      (has_feat(words_[v].feats, "VerbForm=Ger") ||
       (has_feat(words_[v].feats, "VerbForm=Part") && has_feat(words_[v].feats, "Tense=Pres")))) {
    const std::size_t n = static_cast<std::size_t>(head(v));
    const auto nr = base_rel(rel(n));
    if ((nr == "obj" || nr == "obl") && head(n) >= 0 && words_[static_cast<std::size_t>(head(n))].upos == "VERB")
      return subject_words(static_cast<std::size_t>(head(n)), passive(static_cast<std::size_t>(head(n))), depth + 1);
  }
  // A non-finite adjunct clause shares the subject of the clause it hangs
  // from: "after meeting Y", "…, killing dozens", "while condemning".
  const bool adjunct = base_rel(rel(v)) == "advcl" && !has_feat(words_[v].feats, "VerbForm=Fin") &&
                       (has_feat(words_[v].feats, "VerbForm=Ger") || has_feat(words_[v].feats, "VerbForm=Part") ||
                        has_feat(words_[v].feats, "VerbForm=Inf"));
  if (head(v) < 0 || (base_rel(rel(v)) != "conj" && base_rel(rel(v)) != "xcomp" && !adjunct)) {
    fallback_subjects(v, out);
    return out;
  }
  const std::size_t h = static_cast<std::size_t>(head(v));
  const std::string_view r = base_rel(rel(v));
  if (adjunct && (words_[h].upos == "VERB" || words_[h].upos == "AUX")) {
    if (pass) return out;
    // "accused Russia of shelling", "thanked Japan for sending": the one
    // blamed or thanked did the act the clause gives as the grounds.
    // Not a participle set off by a comma ("criticised X, calling on …"):
    // that is the subject's own further act.
    if (lex_.in_class("GROUNDS", lemma_[h]) && !passive(h) && !(v > 0 && words_[v - 1].form == ","))
      if (auto o = child(h, "obj")) return {*o};
    return subject_words(h, passive(h), depth + 1);
  }
  if (r == "conj" || r == "xcomp") {
    if (r == "xcomp" && pass) return out;
    // "asked X to explain", "vroeg X … te weren": under a verb of asking
    // or ordering, the one asked does the act (object control).
    if (r == "xcomp" && word_in("OBJECT_CONTROL", h) && !passive(h)) {
      if (auto o = child(h, "obj")) return {*o};
      // "riep de minister Rwanda op om …" with Rwanda in the subject's phrase.
      if (auto o = object_in_subject(h)) return {*o};
      if (auto o = child(h, "iobj")) return {*o};  // "urged Russia to …" with the one object labelled iobj
    }
    // "denied the claims and promised a response" with the second verb a
    // conjunct of the first one's object: the first verb's subject.
    if (r == "conj" && (words_[h].upos == "NOUN" || words_[h].upos == "PROPN") && head(h) >= 0) {
      const auto hr = base_rel(rel(h));
      const auto g = static_cast<std::size_t>(head(h));
      if ((hr == "obj" || hr == "obl") && words_[g].upos == "VERB" && g < h) return subject_words(g, passive(g), depth + 1);
    }
    return subject_words(h, pass ? true : passive(h), depth + 1);
  }
  return out;
}

std::optional<std::size_t> SentenceCoder::object_in_subject(std::size_t v) const {
  if (!lex_.has_rule("verb-second")) return std::nullopt;
  const auto subj = child(v, "nsubj");
  if (!subj || *subj < v || covering_[*subj].empty()) return std::nullopt;
  for (std::size_t w = *subj + 1; w < words_.size() && w < *subj + 8; ++w) {
    if (base_rel(rel(w)) != "appos" || words_[w].upos != "PROPN" || covering_[w].empty()) continue;
    if (covering_[w] == covering_[*subj] || case_of(w)) continue;
    std::size_t up = w;  // within the subject's phrase
    while (head(up) >= 0 && static_cast<std::size_t>(head(up)) != *subj && static_cast<std::size_t>(head(up)) != v)
      up = static_cast<std::size_t>(head(up));
    if (head(up) >= 0 && static_cast<std::size_t>(head(up)) == *subj) return w;
  }
  return std::nullopt;
}

void SentenceCoder::verb_second(std::size_t v, std::vector<std::size_t>& out) const {
  // "Dat maakte premier X bekend": a fronted pronoun is the object, the
  // party right after the verb the subject.
  if (out.size() == 1 && out[0] < v && words_[out[0]].upos == "PRON" && covering_[out[0]].empty()) {
    for (std::size_t c : kids_[v]) {
      if (c < v || base_rel(rel(c)) != "obj" || covering_[c].empty()) continue;
      bool adjacent = true;  // only adverbs between the verb and it
      for (std::size_t k = v + 1; k < c; ++k)
        if (words_[k].upos != "ADV" && words_[k].upos != "ADJ" && head(k) == static_cast<int>(v)) adjacent = false;
      if (adjacent) {
        out.insert(out.begin(), c);
        return;
      }
    }
  }
  for (std::size_t s : out) {
    // "heeft dinsdag haar ambtgenoot ontmoet" with the day read as the
    // subject: a time is no subject, the fronted phrase may be.
    if (time_word(s) && covering_[s].empty()) continue;
    if (s < v) return;
    std::vector<std::size_t> tmp;
    bool ind = false;
    actors_of(s, tmp, ind);
    if (!tmp.empty()) return;
  }
  for (std::size_t c : kids_[v]) {
    if (c > v) break;
    const auto r = base_rel(rel(c));
    if (r != "advmod" && r != "obl" && r != "obj" && r != "dep" && r != "nmod" && r != "dislocated") continue;
    if (case_of(c) || covering_[c].empty()) continue;
    // Nothing but punctuation or a conjunction before it in the clause.
    bool first = true;
    for (std::size_t k : kids_[v])
      if (k < c && words_[k].upos != "PUNCT" && words_[k].upos != "CCONJ") first = false;
    if (!first) continue;
    out.insert(out.begin(), c);
    return;
  }
  // "In Istanbul hebben zondag honderden Turken gedemonstreerd": with an
  // adverbial phrase fronted, the subject follows the finite verb or
  // auxiliary, times and adverbs between.
  std::optional<std::size_t> finite;
  for (std::size_t c : kids_[v])
    if (c < v && base_rel(rel(c)) == "aux") finite = c;
  const std::size_t after = finite.value_or(v);
  for (std::size_t w = after + 1; w < words_.size() && w < after + 5; ++w) {
    if (time_word(w) || words_[w].upos == "ADV") continue;
    if (head(w) != static_cast<int>(v) || case_of(w)) break;
    const auto r = base_rel(rel(w));
    if (r != "obl" && r != "obj" && r != "nmod" && r != "dep") break;
    std::vector<std::size_t> tmp;
    bool ind = false;
    actors_of(w, tmp, ind);
    if (!tmp.empty()) {
      out.insert(out.begin(), w);
      return;
    }
    break;
  }
  // "Maandag legde de Europese Unie sancties op", "Nog dezelfde avond
  // waarschuwde de Russische ambassade …" with the subject read into the
  // phrase after it: the party that opens the words after the verb, when
  // its phrase hangs on the verb with no preposition.
  std::size_t w = after + 1;
  while (w < words_.size() && (time_word(w) || words_[w].upos == "ADV" || words_[w].upos == "DET")) ++w;
  if (w >= words_.size() || covering_[w].empty() || case_of(w)) return;
  std::size_t h = w;
  for (int up = 0; up < 4 && head(h) >= 0 && head(h) != static_cast<int>(v); ++up) {
    h = static_cast<std::size_t>(head(h));
    if (case_of(h) || h < w) return;
  }
  const auto r = base_rel(rel(h));
  if (head(h) == static_cast<int>(v) && (r == "obj" || r == "obl" || r == "nmod" || r == "dep"))
    out.insert(out.begin(), w);
}

void SentenceCoder::fallback_subjects(std::size_t v, std::vector<std::size_t>& out) const {
  if (rel(v) == "acl" || rel(v) == "acl:relcl" || passive(v)) return;
  for (std::size_t c : kids_[v]) {
    if (c > v) break;
    const auto r = base_rel(rel(c));
    // A name as a "nummod" is a misparse too ("Nederland(nummod) trekt …").
    const bool misread_name = r == "nummod" && words_[c].upos == "PROPN";
    if (r != "obl" && r != "nmod" && r != "appos" && r != "dep" && r != "obj" && r != "dislocated" && !misread_name) continue;
    const std::string* p = case_of(c);
    // "as the army carried out strikes" with the subordinator read as a
    // preposition: the phrase right before the verb is its subject.
    const bool subordinate = p && lex_.in_class("SUBORDINATOR", *p) &&
                             std::none_of(words_.begin() + static_cast<std::ptrdiff_t>(c) + 1, words_.begin() + static_cast<std::ptrdiff_t>(v),
                                          [](const nlp::AnnotatedWord& w) { return w.upos == "VERB" || w.upos == "AUX"; });
    if (p && !covering_[c].empty() && !subordinate) continue;  // "with Kenya": a real prepositional argument
    if (p && (lex_.is(WordRole::kAgent, *p) || lex_.is(WordRole::kBetween, *p))) continue;
    out.push_back(c);
    fallback_ = true;
  }
}

}  // namespace dyad::events::detail

namespace dyad::events::detail {

bool SentenceCoder::dependents_have(std::size_t v, std::string_view cls) const {
  std::vector<std::pair<std::size_t, int>> todo;
  for (std::size_t c : kids_[v])
    if (base_rel(rel(c)) != "nsubj" && base_rel(rel(c)) != "csubj") todo.emplace_back(c, 1);
  for (std::size_t k = 0; k < todo.size(); ++k) {
    const auto [w, depth] = todo[k];
    if (lex_.in_class(cls, lemma_[w]) || lex_.in_class(cls, form_[w])) return true;
    if (depth < 3)
      for (std::size_t c : kids_[w]) todo.emplace_back(c, depth + 1);
  }
  // "describing Rwanda's decision as 'disproportionate', stated …" with the
  // judgement hung on the next verb: the words after the verb up to it.
  for (std::size_t w = v + 1; w < words_.size() && w < v + 10; ++w) {
    if (words_[w].upos == "VERB" || words_[w].upos == "AUX") break;
    if (lex_.in_class(cls, lemma_[w]) || lex_.in_class(cls, form_[w])) return true;
  }
  return false;
}

}  // namespace dyad::events::detail

namespace dyad::events::detail {

bool SentenceCoder::comitative(std::size_t c) const {
  for (std::size_t k : kids_[c]) {
    const auto r = base_rel(rel(k));
    if ((r == "case" || r == "advmod" || r == "fixed") && lex_.in_class("COMITATIVE", lemma_[k])) return true;
    for (std::size_t f : kids_[k])
      if (base_rel(rel(f)) == "fixed" && r == "case" && lex_.in_class("COMITATIVE", lemma_[k] + "_" + lemma_[f])) return true;
  }
  return false;
}

}  // namespace dyad::events::detail

namespace dyad::events::detail {

std::vector<std::size_t> SentenceCoder::hosts_of(std::size_t w) const {
  std::vector<std::size_t> out;
  if (!posted(w)) return out;
  bool indirect = false;
  for (std::size_t c : kids_[w]) {
    const std::string* cs = case_of(c);
    if (base_rel(rel(c)) != "nmod" || !cs || (!lex_.in_class("LOCATIVE", *cs) && !lex_.in_class("RECIPIENT", *cs))) continue;
    actors_of(c, out, indirect, true);
  }
  return out;
}

std::optional<std::size_t> SentenceCoder::head_word(std::size_t a) const {
  const std::size_t b = actors_[a].word_begin, e = std::min(actors_[a].word_end, words_.size());
  for (std::size_t w = b; w < e; ++w) {
    const int h = head(w);
    if (h < 0 || static_cast<std::size_t>(h) < b || static_cast<std::size_t>(h) >= e) return w;
  }
  return std::nullopt;
}

}  // namespace dyad::events::detail
