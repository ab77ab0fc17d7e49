// Events named by a noun: "talks with", "the signing of … between",
// "condolences", with the source from a possessive, an agent, a light
// verb's subject or the clause the noun is a circumstance of.
#include "events/sentence_coder.h"

namespace dyad::events::detail {

void SentenceCoder::code_noun(std::size_t n, std::vector<CodedEvent>& out) {
  const auto* patterns = lex_.patterns(TriggerKind::kNoun, lemma_[n]);
  if (!patterns) patterns = lex_.patterns(TriggerKind::kNoun, lower(words_[n].form));
  if (!patterns) return;
  // A quantity noun over it is transparent ("carried out dozens of
  // airstrikes", "a series of talks with X", the parser making the quantity
  // an object or hanging the partner on it).
  std::size_t phrase = n;
  if (head(n) >= 0 && base_rel(rel(n)) == "nmod" && lex_.in_class("QUANTITY", lemma_[head(n)]))
    phrase = static_cast<std::size_t>(head(n));
  // The light verb the noun is the object of ("X held talks with Y",
  // "heeft tientallen luchtaanvallen uitgevoerd"), if any.
  const bool object_like = rel(phrase) == "obj" || (base_rel(rel(phrase)) == "obl" && !case_of(phrase) && phrase != n);
  std::optional<std::size_t> light_verb;
  bool decided = false;  // the light verb is a verb of deciding: it lends its subject only
  if (head(phrase) >= 0 && object_like) {
    const std::size_t gov = static_cast<std::size_t>(head(phrase));
    if (word_in("LIGHT", gov)) light_verb = gov;
  }
  // "agreed on new sanctions against X", "stemden in met nieuwe sancties
  // tegen X": a verb of deciding takes the measure its object or phrase names.
  if (!light_verb && head(phrase) >= 0 && (rel(phrase) == "obj" || base_rel(rel(phrase)) == "obl")) {
    const std::size_t gov = static_cast<std::size_t>(head(phrase));
    bool decides = word_in("DECIDES_ON", gov);
    for (std::size_t c : kids_[gov])  // "stemden … in": the verb with its particle
      if (rel(c) == "compound:prt") decides |= lex_.in_class("DECIDES_ON", lemma_[c] + lemma_[gov]);
    if (words_[gov].upos == "VERB" && decides) light_verb = gov, decided = true;
  }
  // "uitte een dreigement met sancties" with the phrase hung on the light verb.
  const std::size_t light = light_verb.value_or(n);
  const Pattern* p = nullptr;
  for (const Pattern& cand : *patterns) {
    if (!cand.prep.empty()) {
      bool found = false;
      // "een aanval met drones en raketten op de hoofdstad" with the target
      // phrase hung on the weapons: the noun's own modifiers' phrases count.
      std::vector<std::size_t> holders{n, phrase, light};
      for (std::size_t c : kids_[n])
        if (base_rel(rel(c)) == "nmod" && c > n) holders.push_back(c);
      for (std::size_t x : holders)
        for (std::size_t c : kids_[x]) {
          const std::string* cs = case_of(c);
          if (cs && *cs == cand.prep && (cand.prep_object.empty() || phrase_matches(c, cand.prep_object))) found = true;
        }
      if (!found) continue;
    }
    p = &cand;
    break;
  }
  if (!p || p->active.empty()) return;
  const std::string trigger = "noun " + at(n) + " (" + std::string(source_of(*p)) + ")";
  if (negated(n, std::nullopt)) {
    note(trigger + ": dropped, negated");
    return;
  }
  // "a diplomatic offensive", "a trade war": a figure of speech, no act of force.
  for (std::size_t c : kids_[n])
    if ((base_rel(rel(c)) == "amod" || base_rel(rel(c)) == "compound") && lex_.in_class("FIGURATIVE", lemma_[c])) {
      note(trigger + ": dropped, figurative (" + words_[c].form + ")");
      return;
    }
  // The clause the noun sits in decides polarity and mood ("held no talks", "will hold talks").
  Mood m = Mood::kFact;
  if (head(n) >= 0) {
    const std::size_t gov = static_cast<std::size_t>(head(n));
    if (words_[gov].upos == "VERB" && negated(gov, n)) {
      note(trigger + ": dropped, its clause is negated");
      return;
    }
    // Only a noun the clause is about takes its mood: "will hold talks",
    // but not "at the request of X, we will send …".
    const auto r = base_rel(rel(n));
    if (words_[gov].upos == "VERB" && (r == "obj" || r == "nsubj")) m = mood(gov);
    if (m == Mood::kHypothetical) {
      note(trigger + ": dropped, its clause is hypothetical or hedged");
      return;
    }
  }
  std::vector<std::size_t> sources, targets, between, src_words, tgt_words, btw_words;
  bool indirect = false;
  for (std::size_t c : kids_[n])
    if (rel(c) == "nmod:poss") src_words.push_back(c);
  // "Indian shelling", "Russische raketaanvallen": a mention over the
  // event noun itself names its doer.
  std::vector<std::size_t> own;
  for (std::size_t a : covering_[n]) own.push_back(a);
  // … or one over its adjective ("de Israëlische luchtaanvallen" with the mention on "Israëlische").
  for (std::size_t c : kids_[n])
    if (base_rel(rel(c)) == "amod")
      for (std::size_t a : covering_[c])
        if (actors_[a].word_end <= n + 1) add_unique(own, a);
  // A predicate noun has a subject of its own: "X was in talks with Y", "X is partner of Y".
  for (std::size_t c : kids_[n])
    if (base_rel(rel(c)) == "nsubj" && src_words.empty()) src_words.push_back(c);
  prep_args(n, WordRole::kAgent, src_words);
  // "na bemiddeling door Oman" with the agent phrase hung elsewhere: the
  // agent preposition right after the noun, then a party (a determiner between).
  if (src_words.empty() && n + 2 < words_.size() && lex_.is(WordRole::kAgent, lemma_[n + 1])) {
    std::size_t w = n + 2;
    if (words_[w].upos == "DET" && w + 1 < words_.size()) ++w;
    if (!covering_[w].empty()) src_words.push_back(w);
  }
  // "threat of sanctions": an "of" phrase the pattern names is its content, no doer.
  if (p->prep != "of") prep_args(n, WordRole::kOf, p->of_patient ? tgt_words : src_words);
  auto partners = [&](std::size_t x) {
    prep_args(x, WordRole::kTarget, tgt_words);
    prep_args_in(x, p->target_preps, tgt_words);
    prep_args(x, WordRole::kBetween, btw_words);
  };
  partners(n);
  if (phrase != n) partners(phrase);
  // "the request of the president of Chile, …, to our president" with the
  // recipient hung on the doer's phrase.
  if (tgt_words.empty())
    for (std::size_t s : std::vector<std::size_t>(src_words))
      if (head(s) == static_cast<int>(n) && case_of(s)) {
        prep_args(s, WordRole::kTarget, tgt_words);
        prep_args_in(s, p->target_preps, tgt_words);
      }
  // Also "the signing of a declaration between X and Y".
  for (std::size_t c : kids_[n])
    if (base_rel(rel(c)) == "nmod") prep_args(c, WordRole::kBetween, btw_words);
  // The light verb lends its subject, and its partner phrases — not to a
  // joint act between others ("hosted talks between Russia and Ukraine":
  // the host is no party to the talks).
  if (src_words.empty() && light_verb && !(p->symmetric && !btw_words.empty())) {
    src_words = subject_words(*light_verb, passive(*light_verb));
    if (!decided) {
      prep_args(*light_verb, WordRole::kTarget, tgt_words);
      prep_args_in(*light_verb, p->target_preps, tgt_words);
      prep_args(*light_verb, WordRole::kBetween, btw_words);
    }
  }
  // "expressed its appreciation to Argentina": with the doer a possessive,
  // the light verb still carries the recipient.
  if (!src_words.empty() && tgt_words.empty() && light_verb && !decided) {
    prep_args(*light_verb, WordRole::kTarget, tgt_words);
    prep_args_in(*light_verb, p->target_preps, tgt_words);
  }
  // "X is responsible for the attack", "X is verantwoordelijk voor de
  // aanslag": who is held responsible is the doer.
  if (src_words.empty() && head(n) >= 0 && base_rel(rel(n)) == "obl" && lex_.in_class("RESPONSIBLE", lemma_[head(n)]))
    for (std::size_t c : kids_[head(n)])
      if (base_rel(rel(c)) == "nsubj") src_words.push_back(c);
  // Some event nouns in a circumstance of a clause are its subject's act:
  // "after talks with Y", "na een gesprek met Y", "during his visit to Y"
  // (not "after the attack on Y").
  if (src_words.empty() && lex_.in_class("OWN_ACT", lemma_[n]) && circumstance(n)) {
    // The parser may hang the phrase off a nearby noun: the clause is the
    // closest verb above it.
    std::size_t gov = n;
    for (int up = 0; up < 4 && head(gov) >= 0; ++up) {
      gov = static_cast<std::size_t>(head(gov));
      if (words_[gov].upos == "VERB" || words_[gov].upos == "AUX") {
        src_words = subject_words(gov, passive(gov));
        break;
      }
      if (rel(gov) == "acl:relcl") break;
    }
  }
  // "X ripped through a schedule of meetings with Y", "X begon een reeks
  // gesprekken met Y": an own act with a partner, in the object of a clause
  // whose verb names no act of its own, is the clause's subject's.
  if (src_words.empty() && own.empty() && !tgt_words.empty() && lex_.in_class("OWN_ACT", lemma_[n])) {
    std::size_t gov = n;
    for (int up = 0; up < 3 && head(gov) >= 0; ++up) {
      const auto r = base_rel(rel(gov));
      if (r != "obj" && r != "obl" && r != "nmod") break;
      gov = static_cast<std::size_t>(head(gov));
      if (words_[gov].upos != "VERB") continue;
      if (!lex_.patterns(TriggerKind::kVerb, lemma_[gov]) && !lex_.patterns(TriggerKind::kVerb, joined_[gov]))
        src_words = subject_words(gov, passive(gov));
      break;
    }
  }
  // "X thanked the team: «Many thanks to our brothers»", "X zei: «Onze
  // steun aan Y …»": a noun set off by a colon after a clause is its
  // subject's own words.
  if (src_words.empty() && own.empty() && head(n) >= 0 && head(n) < static_cast<int>(n)) {
    const auto r = base_rel(rel(n));
    const std::size_t v = static_cast<std::size_t>(head(n));
    const bool colon = std::any_of(kids_[n].begin(), kids_[n].end(), [&](std::size_t c) {
      return c < n && c > v && words_[c].upos == "PUNCT" && words_[c].form == ":";
    });
    if (colon && (r == "appos" || r == "parataxis" || r == "list" || r == "obj" || r == "ccomp") && words_[v].upos == "VERB")
      src_words = subject_words(v, passive(v));
  }
  for (std::size_t w : src_words) actors_of(w, sources, indirect);
  if (sources.empty()) sources = own;
  // "sprak zijn waardering uit" with a possessive that names no party: the
  // light verb's subject.
  if (sources.empty() && !src_words.empty() && light_verb)
    for (std::size_t w : subject_words(*light_verb, passive(*light_verb))) actors_of(w, sources, indirect);
  std::erase_if(tgt_words, [&](std::size_t w) { return lodged_with(w, *p); });
  // "heeft samen met X een bezoek gebracht aan Y": X visits too, not visited.
  if (light_verb)
    std::erase_if(tgt_words, [&](std::size_t w) { return joint_phrase(*light_verb, w, p->prep); });
  for (std::size_t w : tgt_words) actors_of(w, targets, indirect, true);
  if (targets.empty() && !p->solo && light_verb) answered_party(*light_verb, targets, indirect);
  for (std::size_t w : btw_words) actors_of(w, between, indirect);
  // "arrested him at the request of the French authorities", "de aanhouding
  // gebeurde op verzoek van het OM": asking for a judicial act is an appeal
  // for judicial cooperation (0213) to whoever did it — the clause's
  // subject, or the doer of the act its subject names, which the story knows.
  std::string code = p->active, referent;
  bool answered = false;  // the judicial act done at the request is named with its doer
  if (targets.empty() && lex_.in_class("REQUEST", lemma_[n]) && head(n) >= 0 && base_rel(rel(n)) == "obl") {
    const std::size_t v = static_cast<std::size_t>(head(n));
    const std::string* cs = case_of(n);
    const bool pass_v = passive(v);
    std::optional<std::size_t> act_noun;
    for (std::size_t c : kids_[v])
      if (base_rel(rel(c)) == "nsubj" && lex_.in_class("JUDICIAL", lemma_[c])) act_noun = c;
    const bool judicial = word_in("JUDICIAL", v) || act_noun;
    if (cs && lex_.in_class("REQUEST_CASE", *cs) && words_[v].upos == "VERB" && judicial) {
      code = "0213";
      if (!pass_v && !act_noun)
        for (std::size_t w : subject_words(v, false)) actors_of(w, targets, indirect);
      if (targets.empty()) referent = act_noun ? lemma_[*act_noun] : lemma_[v];
      answered = !targets.empty();
    }
  }
  CodedEvent proto;
  proto.code = m == Mood::kIntent ? cameo_.intent_of(code) : code;
  proto.referent = referent;
  proto.trigger_words = {n};
  proto.trigger_begin = n;
  proto.trigger_end = n + 1;
  proto.symmetric = p->symmetric;
  proto.open_target = p->open_target;
  proto.victim = p->victim;
  proto.act_referent = p->act_referent;
  proto.arrival = p->arrival;
  proto.parties = p->parties;
  proto.assault = p->assault;
  // "a mortar attack on a Turkish base": what the pattern's phrase names.
  if (p->assault && !p->prep.empty() && !generic_attack(n))
    for (std::size_t c : kids_[n])
      if (const std::string* cs = case_of(c); cs && *cs == p->prep && military_site(c)) proto.military_object = true;
  proto.confidence = (indirect ? 0.5 : 0.7) * (m == Mood::kIntent ? 0.9 : 1.0) * (headline_ ? 0.8 : 1.0);
  if (p->solo) targets.clear(), between.clear();
  note(trigger + ": code " + proto.code + ", sources " + who(sources) + ", targets " + who(targets) +
       (between.empty() ? "" : ", between " + who(between)));
  emit(proto, sources, targets, between, p->implicit_target || !referent.empty(), out);
  // "De Belgische politie doorzocht op verzoek van de Nederlandse justitie
  // twee panden": the one asked, doing the act, cooperates with the asker
  // (063, judicial cooperation).
  if (answered && !sources.empty()) {
    CodedEvent help = proto;
    help.code = "063";
    help.symmetric = false;
    help.open_target = false;
    note(trigger + ": the act done at the request, code 063, sources " + who(targets) + ", targets " + who(sources));
    emit(help, targets, sources, {}, false, out);
  }
}

bool SentenceCoder::circumstance(std::size_t n) const {
  for (std::size_t c : kids_[n]) {
    const auto r = base_rel(rel(c));
    if ((r == "case" || r == "mark") && lex_.in_class("CIRCUMSTANCE", lemma_[c])) return true;
  }
  return false;
}

}  // namespace dyad::events::detail
