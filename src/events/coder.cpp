#include "events/coder.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace dyad::events {

std::string principal(const Actor& actor) {
  if (!actor.country.empty()) return actor.country;
  if (!actor.org.empty()) return actor.org;
  return actor.code;
}

namespace {

std::string_view base_rel(std::string_view rel) { return rel.substr(0, rel.find(':')); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool has_feat(std::string_view feats, std::string_view feat) {
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
bool is_clause_rel(std::string_view rel) {
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
    headline_ = n > 0 && words_[n - 1].upos != "PUNCT";
    for (std::size_t a = 0; a < actors_.size(); ++a) {
      for (std::size_t i = actors_[a].word_begin; i < actors_[a].word_end && i < n; ++i) covering_[i].push_back(a);
    }
  }

  std::vector<CodedEvent> run() {
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
    }
    return out;
  }

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
  void prep_args_in(std::size_t i, const std::vector<std::string>& preps, std::vector<std::size_t>& out) const {
    if (preps.empty()) return;
    for (std::size_t c : kids_[i]) {
      const auto r = base_rel(rel(c));
      if (r != "obl" && r != "nmod") continue;
      if (const std::string* p = case_of(c); p && std::find(preps.begin(), preps.end(), *p) != preps.end())
        add_unique(out, c);
    }
  }

  // Nominal dependents of `i` introduced by a preposition with `role`.
  void prep_args(std::size_t i, WordRole role, std::vector<std::size_t>& out) const {
    for (std::size_t c : kids_[i]) {
      const auto r = base_rel(rel(c));
      if (r != "obl" && r != "nmod") continue;
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

  bool phrase_matches(std::size_t h, const PhraseSpec& spec) const {
    // A compound lemma ("handel_akkoord") is a kind of its last part.
    const std::string_view lemma = lemma_[h];
    const std::string_view last = lemma.substr(lemma.rfind('_') + 1);
    if (!lex_.matches(spec.head, lemma) && !lex_.matches(spec.head, lower(words_[h].form)) &&
        !(last.size() < lemma.size() && lex_.matches(spec.head, last)))
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

  // "ordered the envoy to leave": a complement clause with this lemma.
  // The parser may hang the infinitive off the object ("the ambassador to leave" as acl).
  bool governs_complement(std::size_t v, std::string_view lemma) const {
    auto is = [&](std::size_t c) { return lemma_[c] == lemma || joined_[c] == lemma; };
    for (std::size_t c : kids_[v]) {
      const auto r = base_rel(rel(c));
      if ((r == "xcomp" || r == "ccomp" || r == "advcl") && is(c)) return true;
      if (r == "obj")
        for (std::size_t g : kids_[c])
          if (base_rel(rel(g)) == "acl" && is(g)) return true;
    }
    return false;
  }

  // A particle is the verb's dependent, or the word right after it when the
  // parser attached it elsewhere ("handed over the machine").
  bool particle_present(std::size_t v, std::string_view particle) const {
    for (std::size_t c : kids_[v])
      if (lemma_[c] == particle) return true;
    return v + 1 < words_.size() && lemma_[v + 1] == particle;
  }

  bool has_prt(std::size_t v) const {
    for (std::size_t c : kids_[v])
      if (rel(c) == "compound:prt") return true;
    return false;
  }

  bool passive(std::size_t v) const {
    // A passive subject next to a plain auxiliary and no passive one is a
    // labelling slip on an active perfect ("Griekenland en Cyprus hebben …
    // getekend" with the subject as nsubj:pass): trust the auxiliaries.
    bool pass_subject = false, plain_aux = false;
    for (std::size_t c : kids_[v]) {
      const std::string_view r = rel(c);
      if (r == "aux:pass" || r == "obl:agent") return true;
      pass_subject = pass_subject || r == "nsubj:pass" || r == "csubj:pass";
      plain_aux = plain_aux || r == "aux";
    }
    // A headline's participle with a subject and no auxiliary is a
    // passive ("Envoy expelled from Ruritania").
    if (!pass_subject && !plain_aux && rel(v) == "root" && headline_ && has_feat(words_[v].feats, "VerbForm=Part") &&
        has_feat(words_[v].feats, "Tense=Past") && child(v, "nsubj"))
      return true;
    // Nor is a finite verb with no auxiliary at all ("The presidents … met
    // today" with the subject labelled passive): passives need one.
    if (pass_subject && !plain_aux && has_feat(words_[v].feats, "VerbForm=Fin") && rel(v) != "acl") return false;
    if (pass_subject) return !plain_aux;
    // "the pact signed by X": a participle modifying a noun.
    return rel(v) == "acl" && has_feat(words_[v].feats, "VerbForm=Part");
  }

  // The object phrase a pattern's obj= constrains: obj in an active clause,
  // the passive subject or the modified noun in a passive one.
  std::optional<std::size_t> object_of(std::size_t v, bool pass) const {
    if (!pass) {
      if (auto o = child(v, "obj")) return o;
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
      return std::nullopt;
    }
    if (auto s = child(v, "nsubj:pass")) return s;
    if (auto s = child(v, "nsubj")) return s;  // a headline's passive
    if (rel(v) == "acl" && head(v) >= 0) return static_cast<std::size_t>(head(v));
    return std::nullopt;
  }

  const Pattern* select(std::size_t v, const std::vector<Pattern>& patterns, bool pass, std::string_view lemma_particle) const {
    const auto obj = object_of(v, pass);
    const bool prt = has_prt(v);
    for (const Pattern& p : patterns) {
      if (!p.particle.empty()) {
        if (p.particle != lemma_particle && !particle_present(v, p.particle)) continue;
      } else if (prt && lemma_particle.empty()) {
        continue;  // "zette … in" is not "zette"
      }
      if (!p.object.empty() && !(obj && phrase_matches(*obj, p.object))) continue;
      if (!p.complement.empty() && !governs_complement(v, p.complement)) continue;
      if (!p.prep.empty()) {
        bool ok = false;
        for (const std::optional<std::size_t>& owner : {std::optional<std::size_t>(v), obj}) {
          if (!owner) continue;
          for (std::size_t c : kids_[*owner]) {
            const auto r = base_rel(rel(c));
            if (r != "obl" && r != "nmod") continue;
            const std::string* cs = case_of(c);
            if (cs && *cs == p.prep && (p.prep_object.empty() || phrase_matches(c, p.prep_object))) ok = true;
          }
        }
        if (!ok) continue;
      }
      if ((pass ? (p.passive.empty() ? p.active : p.passive) : p.active).empty()) continue;
      return &p;
    }
    return nullptr;
  }

  // Actors a phrase headed by `h` stands for: every conjunct, each either
  // covered by a mention or holding the closest mentions inside it.
  void actors_of(std::size_t h, std::vector<std::size_t>& out, bool& indirect, bool object = false) const {
    std::vector<std::size_t> conjuncts{h};
    for (std::size_t k = 0; k < conjuncts.size(); ++k)
      for (std::size_t c : kids_[conjuncts[k]])
        if (base_rel(rel(c)) == "conj") conjuncts.push_back(c);
    for (std::size_t k = 0; k < conjuncts.size(); ++k) {
      const std::size_t c = conjuncts[k];
      if (!covering_[c].empty()) {
        for (std::size_t a : covering_[c]) {
          add_unique(out, a);
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
  }

  // Mentions in the phrase under `h` at the smallest depth (conj and flat
  // links cost nothing). With `clauses`, also looks into participle clauses
  // ("activists participating in the Mombasa lab").
  // Prepositional phrases that name other roles ("talks with Y" as a subject)
  // are skipped, except inside an object ("the proposal by Ukraine").
  bool closest_inside(std::size_t h, bool clauses, bool object, std::vector<std::size_t>& out) const {
    std::vector<std::pair<std::size_t, int>> frontier{{h, 0}};
    int best = -1;
    std::vector<std::size_t> found;
    for (std::size_t k = 0; k < frontier.size(); ++k) {
      const auto [w, depth] = frontier[k];
      if (best >= 0 && depth > best) continue;
      if (w != h && !covering_[w].empty()) {
        // A place inside an object is where the act happened, not its
        // recipient ("condemned the Velmora attack").
        if (object && skip_places_ && std::all_of(covering_[w].begin(), covering_[w].end(),
                                  [&](std::size_t a) { return actors_[a].place; }))
          continue;
        if (best < 0 || depth < best) {
          best = depth;
          found.clear();
        }
        for (std::size_t a : covering_[w]) add_unique(found, a);
        // "the presidents of Mexico and Guatemala": the conjuncts of the mention share its place.
        std::vector<std::size_t> conj{w};
        for (std::size_t k = 0; k < conj.size(); ++k)
          for (std::size_t c : kids_[conj[k]])
            if (base_rel(rel(c)) == "conj") {
              conj.push_back(c);
              for (std::size_t a : covering_[c]) add_unique(found, a);
            }
        continue;
      }
      if (depth > 4) continue;
      for (std::size_t c : kids_[w]) {
        const std::string_view full = rel(c);
        const std::string_view r = base_rel(full);
        if (is_clause_rel(r) && !(clauses && r == "acl" && full != "acl:relcl")) continue;
        if (!object && (r == "nmod" || r == "obl")) {
          const std::string* p = case_of(c);
          if (p && (lex_.is(WordRole::kTarget, *p) || lex_.is(WordRole::kBetween, *p) || lex_.is(WordRole::kAgent, *p)))
            continue;
        }
        frontier.emplace_back(c, depth + (r == "conj" || r == "flat" || r == "cc" ? 0 : 1));
      }
    }
    for (std::size_t a : found) add_unique(out, a);
    return !found.empty();
  }

  static void add_unique(std::vector<std::size_t>& v, std::size_t x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  }

  // Subject words of a verb, following conjoined and controlled verbs up.
  std::vector<std::size_t> subject_words(std::size_t v, bool pass, int depth = 0) const {
    std::vector<std::size_t> out;
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
      if (!out.empty() || rel(v) == "acl") return out;
    } else {
      for (std::size_t c : kids_[v])
        if (base_rel(rel(c)) == "nsubj" || base_rel(rel(c)) == "csubj") out.push_back(c);
      if (!out.empty() && lex_.has_rule("verb-second")) verb_second(v, out);
      if (!out.empty()) {
        // "the government, which signed …": the relative pronoun stands for the noun.
        const bool relative = has_feat(words_[out[0]].feats, "PronType=Rel") || lex_.in_class("RELATIVE", lemma_[out[0]]);
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
      // The subject hung under the auxiliary ("hebben minister Blok en
      // Koning Abdullah … afgesproken" with the names as the object of "hebben").
      for (std::size_t c : kids_[v]) {
        if (rel(c) != "aux" || c > v) continue;
        for (std::size_t g : kids_[c])
          if (rel(g) == "nsubj" || rel(g) == "obj") out.push_back(g);
      }
      if (!out.empty()) return out;
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
      if (base_rel(rel(n)) == "obj" && head(n) >= 0 && words_[head(n)].upos == "VERB")
        return subject_words(static_cast<std::size_t>(head(n)), passive(static_cast<std::size_t>(head(n))), depth + 1);
      return out;
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
      return subject_words(h, passive(h), depth + 1);
    }
    if (r == "conj" || r == "xcomp") {
      if (r == "xcomp" && pass) return out;
      return subject_words(h, pass ? true : passive(h), depth + 1);
    }
    return out;
  }

  // Verb-second languages put one phrase before the finite verb, most often
  // the subject; the parser may take a later noun for the subject instead
  // ("Iran veroordeelde de aanslag" with "aanslag" as nsubj). When every
  // subject follows the verb and names no party, a party-naming phrase
  // opening the clause, without a preposition, is the subject; the later
  // "subject" is then read as the object (code_verb).
  void verb_second(std::size_t v, std::vector<std::size_t>& out) const {
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
  }

  // A clause the parser left without a subject: the noun phrases before the
  // verb that hold actors and are not prepositional arguments of their own
  // ("minister Blok en Koning Abdullah II … afgesproken" parsed as obl).
  void fallback_subjects(std::size_t v, std::vector<std::size_t>& out) const {
    if (rel(v) == "acl" || rel(v) == "acl:relcl" || passive(v)) return;
    for (std::size_t c : kids_[v]) {
      if (c > v) break;
      const auto r = base_rel(rel(c));
      if (r != "obl" && r != "nmod" && r != "appos" && r != "dep" && r != "obj" && r != "dislocated") continue;
      const std::string* p = case_of(c);
      if (p && !covering_[c].empty()) continue;  // "with Kenya": a real prepositional argument
      if (p && (lex_.is(WordRole::kAgent, *p) || lex_.is(WordRole::kBetween, *p))) continue;
      out.push_back(c);
      fallback_ = true;
    }
  }

  // True when the clause of `v` is negated.
  bool negated(std::size_t v, std::optional<std::size_t> obj) const {
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
  bool reported(std::size_t v) const {
    // "said that …, and that Warsaw would send …": a conjoined report.
    for (int k = 0; k < 4 && head(v) >= 0 && base_rel(rel(v)) == "conj"; ++k) v = static_cast<std::size_t>(head(v));
    if (head(v) < 0 || base_rel(rel(v)) != "ccomp") return false;
    const std::size_t h = static_cast<std::size_t>(head(v));
    return lex_.is(WordRole::kReport, lemma_[h]) || lex_.is(WordRole::kReport, joined_[h]);
  }

  // The first of `roles` (closed word classes) word i belongs to: by its
  // lemma, or for a verb by a lemma the language's inflection data gives its
  // form, so a lemmatiser slip ("beloofden" -> "beloofen") does not hide
  // "beloven". The form's candidates are made at most once.
  std::optional<WordRole> verb_role(std::size_t i, std::initializer_list<WordRole> roles) const {
    const bool verb = words_[i].upos == "VERB" || words_[i].upos == "AUX";
    std::optional<std::vector<std::string>> candidates;
    for (const WordRole role : roles) {
      if (lex_.is(role, joined_[i])) return role;
      if (!verb) continue;
      if (!candidates) candidates = lex_.lemma_candidates(form_[i]);
      for (const std::string& cand : *candidates)
        if (lex_.is(role, cand)) return role;
    }
    return std::nullopt;
  }

  // Walks up through conjoined and controlled verbs: a condition or a
  // hypothetical modal anywhere on the way makes the act unreal; a future
  // auxiliary or an intent verb makes it an announced act.
  Mood mood(std::size_t v) const {
    Mood m = Mood::kFact;
    std::size_t cur = v;
    for (int depth = 0; depth < 8; ++depth) {
      for (std::size_t c : kids_[cur]) {
        const auto r = base_rel(rel(c));
        if (r == "mark" && lex_.is(WordRole::kCondition, lemma_[c])) return Mood::kHypothetical;
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
      if (cur != v) {
        // "decided to expel": a decision reports the act itself (README convention).
        const auto role = verb_role(cur, {WordRole::kRefusal, WordRole::kDecision, WordRole::kIntent});
        if (role == WordRole::kRefusal) return Mood::kHypothetical;
        if (role == WordRole::kIntent) m = Mood::kIntent;
      }
      const auto r = base_rel(rel(cur));
      if (head(cur) < 0 || (r != "conj" && r != "xcomp" && r != "ccomp" && !(r == "acl" && cur != v))) break;
      // "plans to visit": an intent noun governing the act.
      cur = static_cast<std::size_t>(head(cur));
      if (words_[cur].upos == "NOUN" && lex_.is(WordRole::kIntent, lemma_[cur])) m = Mood::kIntent;
    }
    return m;
  }

  // An intent verb whose complement is itself a coded act leaves the coding
  // to the complement ("pledged to cooperate" → intent to cooperate).
  bool defers_to_complement(std::size_t v) const {
    if (!verb_role(v, {WordRole::kIntent})) return false;
    std::vector<std::size_t> todo;
    for (std::size_t c : kids_[v])
      if (base_rel(rel(c)) == "xcomp" || base_rel(rel(c)) == "ccomp") todo.push_back(c);
    for (std::size_t k = 0; k < todo.size(); ++k) {
      const std::size_t c = todo[k];
      if (words_[c].upos == "VERB" && lex_.patterns(TriggerKind::kVerb, lemma_[c])) return true;
      for (std::size_t g : kids_[c])
        if (base_rel(rel(g)) == "xcomp" || base_rel(rel(g)) == "conj") todo.push_back(g);
    }
    return false;
  }

  void code_verb(std::size_t v, std::vector<CodedEvent>& out) {
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
    const Mood m = mood(v);
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
    for (std::size_t s : subject_words(v, pass)) {
      if (!sources.empty() && rel(s) == "nsubj" && s > v) {
        second_subjects.push_back(s);
        continue;
      }
      actors_of(s, sources, indirect);
    }
    indirect |= fallback_;
    std::vector<std::size_t> target_words;
    if (pass) {
      if (obj) target_words.push_back(*obj);
    } else {
      if (obj) target_words.push_back(*obj);
      if (auto io = child(v, "iobj")) target_words.push_back(*io);
      if (!obj) target_words.insert(target_words.end(), second_subjects.begin(), second_subjects.end());
    }
    prep_args(v, WordRole::kTarget, target_words);
    prep_args_in(v, p->target_preps, target_words);
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
      prep_args(*obj, WordRole::kTarget, target_words);
      prep_args_in(*obj, p->target_preps, target_words);
      prep_args(*obj, WordRole::kBetween, between_words);
    }
    // "stood in solidarity with X": the pattern's prepositional noun names the other party.
    if (!p->prep.empty()) {
      for (std::size_t c : kids_[v]) {
        const std::string* cs = case_of(c);
        if (cs && *cs == p->prep) {
          prep_args(c, WordRole::kTarget, target_words);
          prep_args_in(c, p->target_preps, target_words);
        }
      }
    }
    skip_places_ = p->open_target;
    // A party named only inside the object's modifiers ("repatriated the
    // Benin Bronzes to Nigeria") yields to one a target preposition names.
    std::vector<std::size_t> inner;
    for (std::size_t t : target_words) {
      if (obj && t == *obj && covering_[t].empty()) actors_of(t, inner, indirect, true);
      else actors_of(t, targets, indirect, true);
    }
    if (targets.empty()) targets = std::move(inner);
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
    for (std::size_t b : between_words) actors_of(b, between, indirect);

    if (p->converse) std::swap(sources, targets);
    if (p->solo) targets.clear(), between.clear();
    std::string code = pass && !p->passive.empty() ? p->passive : p->active;
    if (m == Mood::kIntent) code = cameo_.intent_of(code);
    CodedEvent proto;
    proto.code = code;
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
    proto.confidence = (indirect ? 0.6 : 0.8) * (m == Mood::kIntent ? 0.9 : 1.0);
    note(trigger + ": code " + code + (m == Mood::kIntent ? " (intent)" : "") + ", sources " + who(sources) +
         ", targets " + who(targets) + (between.empty() ? "" : ", between " + who(between)));
    emit(proto, sources, targets, between, p->implicit_target, out);
  }

  void code_noun(std::size_t n, std::vector<CodedEvent>& out) {
    const auto* patterns = lex_.patterns(TriggerKind::kNoun, lemma_[n]);
    if (!patterns) patterns = lex_.patterns(TriggerKind::kNoun, lower(words_[n].form));
    if (!patterns) return;
    const Pattern* p = nullptr;
    for (const Pattern& cand : *patterns) {
      if (!cand.prep.empty()) {
        std::vector<std::size_t> tmp;
        for (std::size_t c : kids_[n]) {
          const std::string* cs = case_of(c);
          if (cs && *cs == cand.prep) tmp.push_back(c);
        }
        if (tmp.empty()) continue;
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
    // The clause the noun sits in decides polarity and mood ("held no talks", "will hold talks").
    Mood m = Mood::kFact;
    if (head(n) >= 0) {
      const std::size_t gov = static_cast<std::size_t>(head(n));
      if (words_[gov].upos == "VERB" && negated(gov, n)) {
        note(trigger + ": dropped, its clause is negated");
        return;
      }
      if (words_[gov].upos == "VERB") m = mood(gov);
      if (m == Mood::kHypothetical) {
        note(trigger + ": dropped, its clause is hypothetical or hedged");
        return;
      }
    }
    std::vector<std::size_t> sources, targets, between, src_words, tgt_words, btw_words;
    bool indirect = false;
    for (std::size_t c : kids_[n])
      if (rel(c) == "nmod:poss") src_words.push_back(c);
    // A predicate noun has a subject of its own: "X was in talks with Y", "X is partner of Y".
    for (std::size_t c : kids_[n])
      if (base_rel(rel(c)) == "nsubj" && src_words.empty()) src_words.push_back(c);
    prep_args(n, WordRole::kAgent, src_words);
    prep_args(n, WordRole::kOf, p->of_patient ? tgt_words : src_words);
    prep_args(n, WordRole::kTarget, tgt_words);
    prep_args_in(n, p->target_preps, tgt_words);
    prep_args(n, WordRole::kBetween, btw_words);
    // Also "the signing of a declaration between X and Y".
    for (std::size_t c : kids_[n])
      if (base_rel(rel(c)) == "nmod") prep_args(c, WordRole::kBetween, btw_words);
    // A light verb lends its subject: "X held talks with Y".
    if (src_words.empty() && head(n) >= 0 && rel(n) == "obj") {
      const std::size_t gov = static_cast<std::size_t>(head(n));
      if (lex_.in_class("LIGHT", lemma_[gov])) {
        src_words = subject_words(gov, passive(gov));
        prep_args(gov, WordRole::kTarget, tgt_words);
        prep_args_in(gov, p->target_preps, tgt_words);
        prep_args(gov, WordRole::kBetween, btw_words);
      }
    }
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
    for (std::size_t w : src_words) actors_of(w, sources, indirect);
    for (std::size_t w : tgt_words) actors_of(w, targets, indirect);
    for (std::size_t w : btw_words) actors_of(w, between, indirect);
    CodedEvent proto;
    proto.code = m == Mood::kIntent ? cameo_.intent_of(p->active) : p->active;
    proto.trigger_words = {n};
    proto.trigger_begin = n;
    proto.trigger_end = n + 1;
    proto.symmetric = p->symmetric;
    proto.open_target = p->open_target;
    proto.confidence = (indirect ? 0.5 : 0.7) * (m == Mood::kIntent ? 0.9 : 1.0);
    if (p->solo) targets.clear(), between.clear();
    note(trigger + ": code " + proto.code + ", sources " + who(sources) + ", targets " + who(targets) +
         (between.empty() ? "" : ", between " + who(between)));
    emit(proto, sources, targets, between, p->implicit_target, out);
  }

  // An event noun introduced as a circumstance ("after", "during", "na").
  bool circumstance(std::size_t n) const {
    for (std::size_t c : kids_[n]) {
      const auto r = base_rel(rel(c));
      if ((r == "case" || r == "mark") && lex_.in_class("CIRCUMSTANCE", lemma_[c])) return true;
    }
    return false;
  }

  bool same_party(std::size_t a, std::size_t b) const {
    return principal(*actors_[a].actor) == principal(*actors_[b].actor);
  }

  void emit(const CodedEvent& proto, const std::vector<std::size_t>& sources, std::vector<std::size_t> targets,
            const std::vector<std::size_t>& between, bool implicit, std::vector<CodedEvent>& out) const {
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
      e.implicit_target = !t;
      out.push_back(std::move(e));
      local_.emplace_back(s, t);
    };
    auto pairs = [&](const std::vector<std::size_t>& group) {
      for (std::size_t i = 0; i < group.size(); ++i)
        for (std::size_t j = i + 1; j < group.size(); ++j) push(group[i], group[j]);
    };
    if (sources.empty()) {
      if (proto.symmetric && between.size() >= 2) pairs(between);
      else note("  no source: no event");
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
    if (!targets.empty()) {
      for (std::size_t s : sources)
        for (std::size_t t : targets) push(s, t);
    } else if (proto.symmetric && sources.size() >= 2) {
      pairs(sources);
    } else if (implicit || proto.open_target) {
      for (std::size_t s : sources) push(s, std::nullopt);
    } else {
      note("  no target: no event");
    }
  }

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
  mutable bool fallback_ = false;
  mutable bool skip_places_ = false;
  // No sentence-final punctuation: a headline, whose grammar is telegraphic.
  bool headline_ = false;  // the current predicate is complete without a target
  // Per event in the output: its source and target as indexes into actors_.
  mutable std::vector<std::pair<std::size_t, std::optional<std::size_t>>> local_;  // the current predicate's subject came from the fallback
};

}  // namespace

std::vector<CodedEvent> Coder::code(const nlp::ParsedSentence& sentence, const std::vector<ArgActor>& actors,
                                    std::vector<std::string>* why) const {
  return SentenceCoder(lexicon_, cameo_, sentence, actors, why).run();
}

}  // namespace dyad::events
