// Whether a predicate reports an act that happened: negation, conditions,
// hypotheticals and hedges, announced intent, decisions, reported speech.
#include "events/sentence_coder.h"

namespace dyad::events::detail {

bool SentenceCoder::negated(std::size_t v, std::optional<std::size_t> obj) const {
  for (std::size_t c : kids_[v]) {
    const auto r = base_rel(rel(c));
    if ((r == "advmod" || r == "det" || r == "aux") && (lex_.is(WordRole::kNegation, lemma_[c]) ||
                                                        lex_.is(WordRole::kNegation, lower(words_[c].form))))
      return true;
    if (has_feat(words_[c].feats, "Polarity=Neg") && r == "advmod") return true;
  }
  if (obj) {
    for (std::size_t c : kids_[*obj])
      if (base_rel(rel(c)) == "det" && lex_.is(WordRole::kNegation, lemma_[c])) return true;
  }
  return false;
}

bool SentenceCoder::reported(std::size_t v) const {
  // "said that …, and that Warsaw would send …": a conjoined report; the
  // second "that" clause may hang on the verb of saying itself.
  for (int k = 0; k < 4 && head(v) >= 0 && base_rel(rel(v)) == "conj"; ++k) {
    const std::size_t h = static_cast<std::size_t>(head(v));
    if (subordinated(v) && saying(h)) return true;
    v = h;
  }
  if (head(v) < 0 || base_rel(rel(v)) != "ccomp") return false;
  return saying(static_cast<std::size_t>(head(v)));
}

std::optional<WordRole> SentenceCoder::verb_role(std::size_t i, std::initializer_list<WordRole> roles) const {
  const bool verb = words_[i].upos == "VERB" || words_[i].upos == "AUX";
  std::optional<std::vector<std::string>> candidates;
  for (const WordRole role : roles) {
    if (lex_.is(role, joined_[i])) return role;
    if (!verb) continue;
    // "samen_gaan" (gaat … samen met X … leveren): the verb without its particle.
    if (const std::size_t u = lemma_[i].rfind('_'); u != std::string::npos && lex_.is(role, lemma_[i].substr(u + 1)))
      return role;
    if (!candidates) candidates = lex_.lemma_candidates(form_[i]);
    for (const std::string& cand : *candidates)
      if (lex_.is(role, cand)) return role;
  }
  return std::nullopt;
}

SentenceCoder::Mood SentenceCoder::mood(std::size_t v) const {
  Mood m = Mood::kFact;
  std::size_t cur = v;
  bool via_conj = false;  // `cur` was reached from a conjunct
  for (int depth = 0; depth < 8; ++depth) {
    for (std::size_t c : kids_[cur]) {
      const auto r = base_rel(rel(c));
      if (r == "mark" && lex_.is(WordRole::kCondition, lemma_[c])) return Mood::kHypothetical;
      // … with the scenario verb read as a dependent ("Suppose(nsubj) Estonia asked").
      if (c < cur && words_[c].upos == "VERB" && word_in("SUPPOSITION", c)) return Mood::kHypothetical;
      // "reportedly", "naar verluidt": the report does not vouch for the act.
      if ((r == "advmod" || r == "obl" || r == "parataxis") &&
          (lex_.is(WordRole::kHedge, lemma_[c]) || lex_.is(WordRole::kHedge, form_[c])))
        return Mood::kHypothetical;
      // A fixed expression on the verb: "is van plan … te sturen".
      for (std::size_t f : kids_[c]) {
        if (rel(f) == "fixed" && lex_.is(WordRole::kIntent, lemma_[c] + "_" + lemma_[f])) m = Mood::kIntent;
      }
      if (r == "aux") {
        // "said it would send troops": the future seen from a report.
        if (lex_.is(WordRole::kFuturePast, lemma_[c]) || lex_.is(WordRole::kFuturePast, form_[c])) {
          if (!reported(cur)) return Mood::kHypothetical;
          m = Mood::kIntent;
          continue;
        }
        if (lex_.is(WordRole::kHypothetical, lemma_[c]) || lex_.is(WordRole::kHypothetical, lower(words_[c].form)))
          return Mood::kHypothetical;
        if (lex_.is(WordRole::kFuture, lemma_[c]) || lex_.is(WordRole::kFuture, lower(words_[c].form)))
          m = Mood::kIntent;
      }
    }
    const auto r = base_rel(rel(cur));
    // "pledges support and urges them …": a conjunct shares its head's
    // auxiliaries, not what the head's own word does to its complement.
    // "Suppose Estonia asked its allies for help", "Imagine Russia attacked":
    // a scenario, not a report.
    if (cur != v && !via_conj && word_in("SUPPOSITION", cur)) return Mood::kHypothetical;
    // "urged Russia to withdraw its troops", "vroeg België het consulaat te
    // sluiten": what an appeal asks of its addressee has not happened (the
    // appeal is the event).
    if (cur == v && (r == "xcomp" || (r == "advcl" && has_feat(words_[cur].feats, "VerbForm=Inf"))) && head(cur) >= 0 &&
        word_in("APPEAL_CONTROL", static_cast<std::size_t>(head(cur))) &&
        (child(static_cast<std::size_t>(head(cur)), "obj") || child(static_cast<std::size_t>(head(cur)), "iobj") ||
         object_in_subject(static_cast<std::size_t>(head(cur))) || addressed(static_cast<std::size_t>(head(cur)))))
      return Mood::kHypothetical;
    // "called on the rebels to withdraw" with the infinitive hung on the
    // addressee: the same appeal.
    if (cur == v && r == "acl" && child(cur, "mark") && head(cur) >= 0) {
      const auto addressee = static_cast<std::size_t>(head(cur));
      const auto ar = base_rel(rel(addressee));
      if (head(addressee) >= 0 && word_in("APPEAL_CONTROL", static_cast<std::size_t>(head(addressee))) &&
          (ar == "obj" || (ar == "obl" && addressed(static_cast<std::size_t>(head(addressee))))))
        return Mood::kHypothetical;
    }
    // "accused India of financing the group", "beschuldigde Frankrijk ervan
    // de jihadisten te steunen": what an accusation alleges is not reported
    // as fact (the accusation is the event).
    // So is a clause hung on an accusation ("the charge that X financed the
    // group", "charges their families call baseless": a rebuttal is the
    // denial's, not a criticism of its own).
    if (cur == v && (r == "advcl" || r == "xcomp" || r == "acl") && head(cur) >= 0) {
      const auto up = static_cast<std::size_t>(head(cur));
      // ("a charge Moscow denies" answers it: that is the news.)
      const bool answer = charge_answerer(cur).has_value();
      if ((words_[up].upos == "VERB" && word_in("ALLEGING", up)) ||
          (words_[up].upos == "NOUN" && word_in("ACCUSATION", up) && !answer))
        return Mood::kHypothetical;
    }
    if (cur != v && !via_conj) {
      // "decided to expel": a decision reports the act itself (README convention).
      const auto role = verb_role(cur, {WordRole::kRefusal, WordRole::kDecision, WordRole::kIntent});
      if (role == WordRole::kRefusal) return Mood::kHypothetical;
      if (role == WordRole::kIntent) m = Mood::kIntent;
    }
    // "maakte bekend … te leveren", "announced to send": an infinitive a
    // report governs is what the speaker undertakes.
    if (r == "xcomp" && head(cur) >= 0) {
      const auto up = static_cast<std::size_t>(head(cur));
      bool report = static_cast<bool>(verb_role(up, {WordRole::kReport}));
      for (std::size_t c : kids_[up])
        if (base_rel(rel(c)) == "advmod" || base_rel(rel(c)) == "compound")
          report |= lex_.is(WordRole::kReport, lemma_[c] + "_" + lemma_[up]);
      if (report) m = Mood::kIntent;
    }
    // "a proposal to send aid", "een voorstel om hulp te sturen": an
    // infinitive completing an intent noun is intended.
    if (cur == v && r == "acl" && head(cur) >= 0 && has_feat(words_[cur].feats, "VerbForm=Inf") &&
        words_[static_cast<std::size_t>(head(cur))].upos == "NOUN" &&
        lex_.is(WordRole::kIntent, lemma_[static_cast<std::size_t>(head(cur))]))
      return Mood::kIntent;
    // "deed het voorstel om hulp te sturen" with the infinitive hung on the
    // verb: the intent noun stands right before its marker.
    if (cur == v && (r == "advcl" || r == "acl") && has_feat(words_[cur].feats, "VerbForm=Inf")) {
      std::optional<std::size_t> first_mark;
      for (std::size_t c : kids_[cur])
        if (rel(c) == "mark" && c < cur && (!first_mark || c < *first_mark)) first_mark = c;
      if (first_mark && *first_mark > 0 && words_[*first_mark - 1].upos == "NOUN" &&
          lex_.is(WordRole::kIntent, lemma_[*first_mark - 1]))
        return Mood::kIntent;
    }
    if (head(cur) < 0 || (r != "conj" && r != "xcomp" && r != "ccomp" && !(r == "acl" && cur != v))) break;
    // "plans to visit": an intent noun governing the act.
    via_conj = r == "conj";
    cur = static_cast<std::size_t>(head(cur));
    if (!via_conj && words_[cur].upos == "NOUN" && lex_.is(WordRole::kIntent, lemma_[cur])) m = Mood::kIntent;
  }
  return m;
}

bool SentenceCoder::future_aux(std::size_t v) const {
  bool future = false;
  for (std::size_t c : kids_[v]) {
    const auto r = base_rel(rel(c));
    if (r == "mark" && lex_.is(WordRole::kCondition, lemma_[c])) return false;
    if ((r == "advmod" || r == "obl") && (lex_.is(WordRole::kHedge, lemma_[c]) || lex_.is(WordRole::kHedge, form_[c])))
      return false;
    if (r == "aux")
      for (const WordRole role : {WordRole::kFuture, WordRole::kFuturePast})
        future |= lex_.is(role, lemma_[c]) || lex_.is(role, form_[c]);
  }
  return future;
}

bool SentenceCoder::defers_to_complement(std::size_t v) const {
  if (!verb_role(v, {WordRole::kIntent})) return false;
  std::vector<std::size_t> todo;
  for (std::size_t c : kids_[v])
    if (base_rel(rel(c)) == "xcomp" || base_rel(rel(c)) == "ccomp") todo.push_back(c);
  for (std::size_t k = 0; k < todo.size(); ++k) {
    const std::size_t c = todo[k];
    // Only to a complement that is an event itself ("agreed to resume
    // their dialogue" with no pattern of "resume" matching stays agreement).
    if (words_[c].upos == "VERB")
      if (const auto* ps = lex_.patterns(TriggerKind::kVerb, lemma_[c]); ps && (has_prt(c) || select(c, *ps, passive(c), {})))
        return true;
    for (std::size_t g : kids_[c])
      if (base_rel(rel(g)) == "xcomp" || base_rel(rel(g)) == "conj") todo.push_back(g);
  }
  return false;
}

}  // namespace dyad::events::detail
