#include "events/tree_repair.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "events/coder.h"
#include "events/sentence_coder.h"

namespace dyad::events {

using detail::base_rel;
using detail::has_feat;
using detail::lower;

namespace {

// The root word's index, -1 when there is none.
int root_of(const std::vector<nlp::AnnotatedWord>& words) {
  int root = -1;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (words[i].head == 0) root = static_cast<int>(i);
  return root;
}

// Whether word `c` has a preposition or subordinator of its own ("als
// reactie", "in Kiev"): then it is no bare object or subject.
bool marked(const std::vector<nlp::AnnotatedWord>& words, int c) {
  for (std::size_t g = 0; g < words.size(); ++g)
    if (words[g].head == c + 1 && (base_rel(words[g].deprel) == "case" || base_rel(words[g].deprel) == "mark")) return true;
  return false;
}

// A word's lemma, lower-cased; its form when the lemma is missing.
std::string lemma_of(const nlp::AnnotatedWord& w) { return lower(w.lemma.empty() || w.lemma == "_" ? w.form : w.lemma); }

// Whether word `x` lies in the subtree of word `top` (0-based indexes).
bool descends(const std::vector<nlp::AnnotatedWord>& words, int x, int top) {
  const int n = static_cast<int>(words.size());
  for (int h = x, steps = 0; h >= 0 && steps <= n; h = words[h].head - 1, ++steps)
    if (h == top) return true;
  return false;
}

}  // namespace

std::optional<nlp::ParsedSentence> repair_time_verb(const Lexicon& lex, const nlp::ParsedSentence& s, std::string* what) {
  if (!lex.has_rule("time-verb")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  const int root = root_of(w);
  if (root < 0 || w[root].upos != "VERB" || !lex.in_class("TIME", lemma_of(w[root]))) return std::nullopt;
  bool aux = false;
  for (int c = 0; c < n; ++c) aux |= w[c].head == root + 1 && base_rel(w[c].deprel) == "aux";
  if (!aux) return std::nullopt;
  // The clause's verb: its last participle.
  int verb = -1;
  for (int i = n - 1; i > root && verb < 0; --i)
    if (w[i].upos == "VERB" && has_feat(w[i].feats, "VerbForm=Part")) verb = i;
  if (verb < 0) return std::nullopt;
  nlp::ParsedSentence out = s;
  auto& o = out.words;
  for (int c = 0; c < n; ++c)
    if (o[c].head == root + 1 && c != verb) o[c].head = verb + 1;
  o[verb].head = 0;
  o[verb].deprel = "root";
  o[root].upos = "NOUN";
  o[root].head = verb + 1;
  o[root].deprel = "obl";
  if (what) *what = "tree repaired: " + w[root].form + " is a time, " + w[verb].form + " the verb";
  return out;
}

std::optional<nlp::ParsedSentence> repair_final_participle(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                           std::string* what) {
  if (!lex.has_rule("final-participle")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  auto lemma = [&](int i) { return lemma_of(w[i]); };
  const int root = root_of(w);
  if (root < 0 || (w[root].upos != "VERB" && w[root].upos != "AUX") || !lex.is(WordRole::kAuxiliary, lemma(root)))
    return std::nullopt;
  // The clause's last verb: a participle after the auxiliary, below it in
  // the tree, with no subject or subordinator of its own (then it heads a
  // clause of its own) and no finite verb between it and the auxiliary.
  int last = -1;
  for (int i = n - 1; i > root; --i) {
    if (w[i].upos == "VERB" || w[i].upos == "AUX") {
      last = i;
      break;
    }
  }
  if (last < 0 || w[last].upos != "VERB" || !has_feat(w[last].feats, "VerbForm=Part")) return std::nullopt;
  for (int c = 0; c < n; ++c) {
    if (w[c].head != last + 1) continue;
    const auto r = base_rel(w[c].deprel);
    if (w[c].deprel == "nsubj" || r == "mark" || r == "aux") return std::nullopt;
  }
  for (int h = w[last].head - 1, steps = 0; h != root; h = w[h].head - 1, ++steps) {
    if (h < 0 || steps > n) return std::nullopt;  // not below the auxiliary
    if (w[h].upos == "VERB" || w[h].upos == "AUX") return std::nullopt;
  }
  if (w[last].head - 1 == root && base_rel(w[last].deprel) != "obj" && base_rel(w[last].deprel) != "ccomp" &&
      base_rel(w[last].deprel) != "xcomp") {
    return std::nullopt;  // already the auxiliary's verb in some reading the coder handles
  }
  nlp::ParsedSentence out = s;
  auto& o = out.words;
  const bool passive_aux = lex.in_class("PASSIVE_AUX", lemma(root));
  const bool perfect_aux = !passive_aux;
  bool has_obj = false;
  for (int c = 0; c < n; ++c)
    if (o[c].head == last + 1 && o[c].deprel == "obj") has_obj = true;
  // "hebben de Verenigde Staten de tak … gebombardeerd": with no subject in
  // the clause and an object of the participle's own, the auxiliary's first
  // unmarked object is the subject the verb-second order put after it.
  bool has_subject = false;
  for (int c = 0; c < n; ++c)
    if ((o[c].head == root + 1 || o[c].head == last + 1) && o[c].deprel == "nsubj") has_subject = true;
  bool participle_obj = has_obj;
  for (int c = 0; c < n; ++c)
    if (o[c].head == last + 1 && o[c].deprel == "nsubj:pass" && perfect_aux) participle_obj = true;
  int subject = -1;
  if (!has_subject && participle_obj && perfect_aux) {
    for (int c = 0; c < n && subject < 0; ++c) {
      if (o[c].head != root + 1 || o[c].deprel != "obj") continue;
      if (!marked(o, c)) subject = c;
    }
  }
  for (int c = 0; c < n; ++c) {
    if (c == last) continue;
    if (c == subject) {
      o[c].head = last + 1;
      o[c].deprel = "nsubj";
    } else if (o[c].head == root + 1) {
      o[c].head = last + 1;
      // "als reactie": a phrase with its own marker is no object.
      if (o[c].deprel == "obj" && marked(o, c)) o[c].deprel = "obl";
    } else if (o[c].head == last + 1 && o[c].deprel == "nsubj:pass" && perfect_aux && !has_obj) {
      o[c].deprel = "obj";  // "heeft … diplomaten … verklaard": no passive
    }
  }
  o[last].head = 0;
  o[last].deprel = "root";
  o[root].head = last + 1;
  o[root].deprel = passive_aux ? "aux:pass" : "aux";
  if (what) *what = "tree repaired: " + w[last].form + " is the verb of " + w[root].form;
  return out;
}

std::optional<nlp::ParsedSentence> repair_two_subjects(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                       std::string* what) {
  if (!lex.has_rule("two-subjects")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    int active = -1, passive = -1, first_active = -1;
    bool passive_aux = false, has_object = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      if (w[c].deprel == "nsubj") active = c;
      if (w[c].deprel == "nsubj" && first_active < 0) first_active = c;
      if (w[c].deprel == "nsubj:pass" && passive < 0) passive = c;
      if (w[c].deprel == "aux:pass") passive_aux = true;
      if (w[c].deprel == "obj") has_object = true;
    }
    // "Congo vraagt België zijn consulaat te sluiten" with both names read
    // as subjects: the one before the verb is its subject, the one after
    // it the (indirect) object.
    const bool one_before = first_active >= 0 && first_active < v;
    // "Rwanda reageerde woedend en verweet België inmenging": a verb right
    // after "en" that joins a clause with a subject shares that subject (a
    // clause of its own would start with its subject or an adverb), so the
    // one the parser gave it after the verb is its object.
    const int h = w[v].head - 1;
    const bool shared = first_active == active && v > 0 && w[v - 1].upos == "CCONJ" && w[v - 1].head == v + 1 &&
                        base_rel(w[v].deprel) == "conj" && h >= 0 && h < v &&
                        std::any_of(w.begin(), w.end(), [&](const nlp::AnnotatedWord& c) {
                          return c.head == h + 1 && base_rel(c.deprel) == "nsubj";
                        });
    if ((one_before || shared) && active > v && (w[active].upos == "PROPN" || w[active].upos == "NOUN")) {
      if (!out) out = s;
      out->words[active].deprel = has_object ? "iobj" : "obj";
      if (what) *what = "tree repaired: " + w[active].form + " is the object of " + w[v].form + " (one subject before it)";
      continue;
    }
    // "Frankrijk heeft drie diplomaten de deur gewezen" read as a passive
    // of "heeft" with three passive subjects: a perfect auxiliary (class
    // PERFECT_AUX, "hebben": not "zijn", which also makes passives) makes no
    // passive; the first is the subject, the last the object, the ones
    // between indirect objects.
    if (active < 0 && passive >= 0) {
      std::vector<int> subjects;
      int aux = -1;
      bool passive_too = false;  // "is … veroordeeld door": a real passive auxiliary as well
      for (int c = 0; c < n; ++c) {
        if (w[c].head != v + 1) continue;
        if (w[c].deprel == "nsubj:pass") subjects.push_back(c);
        if (base_rel(w[c].deprel) != "aux") continue;
        const std::string l = lemma_of(w[c]);
        if (lex.in_class("PERFECT_AUX", l)) aux = c;
        else if (w[c].deprel == "aux:pass") passive_too = true;
      }
      if (subjects.size() >= 2 && aux >= 0 && !passive_too) {
        if (!out) out = s;
        auto& o = out->words;
        o[aux].deprel = "aux";
        o[subjects.front()].deprel = "nsubj";
        o[subjects.back()].deprel = "obj";
        for (std::size_t k = 1; k + 1 < subjects.size(); ++k) o[subjects[k]].deprel = "iobj";
        if (what) *what = "tree repaired: " + w[aux].form + " is no passive auxiliary; " + w[subjects.back()].form + " is the object of " + w[v].form;
        continue;
      }
      // "it had arrested two commanders" with "had" read as a passive
      // auxiliary: "have"/"hebben" makes no passive, so its one subject acts.
      if (subjects.size() == 1 && aux >= 0 && w[aux].deprel == "aux:pass" && !passive_too) {
        if (!out) out = s;
        out->words[aux].deprel = "aux";
        out->words[subjects.front()].deprel = "nsubj";
        if (what) *what = "tree repaired: " + w[aux].form + " is no passive auxiliary; " + w[subjects.front()].form + " is the subject of " + w[v].form;
        continue;
      }
    }
    if (active < 0 || passive < 0 || passive_aux) continue;
    // "the soldiers killed when …": a participle right after its noun with
    // no auxiliary at all modifies it; it is no clause of two subjects.
    bool any_aux = false;
    for (int c = 0; c < n; ++c) any_aux |= w[c].head == v + 1 && base_rel(w[c].deprel) == "aux";
    if (!any_aux && passive == v - 1 && has_feat(w[v].feats, "VerbForm=Part")) continue;
    if (!out) out = s;
    // The subject comes first, in Dutch main clauses ("Cyprus heeft Turkije
    // opgeroepen") as in English: a fronted object is rare in news.
    const int object = passive < active ? active : passive;
    const int subject = object == active ? passive : active;
    out->words[subject].deprel = "nsubj";
    out->words[object].deprel = "obj";
    if (what) *what = "tree repaired: " + w[object].form + " is the object of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_subjectless_perfect(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what) {
  if (!lex.has_rule("subjectless-perfect")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    if (w[v].upos != "VERB") continue;
    int object = -1, objects = 0;
    bool aux = false, subject = false, clause = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      const auto r = base_rel(w[c].deprel);
      if (w[c].deprel == "aux") aux = true;
      if (r == "nsubj" || r == "csubj" || w[c].deprel == "aux:pass") subject = true;
      if (w[c].deprel == "obj") ++objects, object = c;
      if ((r == "xcomp" || r == "ccomp" || r == "advcl") && w[c].upos == "VERB" && c > v) clause = true;
    }
    if (!aux || subject || objects != 1 || object > v || !clause || marked(w, object)) continue;
    if (!out) out = s;
    out->words[object].deprel = "nsubj";
    if (what) *what = "tree repaired: " + w[object].form + " is the subject of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_split_perfect(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                        std::string* what) {
  if (!lex.has_rule("split-perfect")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  for (int a = 0; a < n; ++a) {
    if (w[a].upos != "AUX" || w[a].head != 0 || !lex.is(WordRole::kAuxiliary, lower(w[a].lemma))) continue;
    int subject = -1, participle = -1;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != a + 1) continue;
      if (w[c].deprel == "nsubj" && c < a && !lex.in_class("TIME", lower(w[c].lemma))) subject = c;
      if ((w[c].deprel == "ccomp" || w[c].deprel == "xcomp" || w[c].deprel == "obj") && w[c].upos == "VERB" && c > a)
        participle = c;
    }
    if (subject < 0 || participle < 0) continue;
    int second = -1;
    bool object = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != participle + 1) continue;
      if (w[c].deprel == "nsubj" && c > a && c < participle) second = c;
      if (w[c].deprel == "obj") object = true;
    }
    if (second < 0 || object) continue;
    nlp::ParsedSentence out = s;
    auto& o = out.words;
    o[participle].head = 0;
    o[participle].deprel = "root";
    o[a].head = participle + 1;
    o[a].deprel = "aux";
    for (int c = 0; c < n; ++c)
      if (c != participle && o[c].head == a + 1) o[c].head = participle + 1;
    o[second].deprel = "obj";
    if (what) *what = "tree repaired: " + w[participle].form + " is the verb of " + w[a].form + ", " + w[second].form + " its object";
    return out;
  }
  return std::nullopt;
}

std::optional<nlp::ParsedSentence> repair_aux_noun(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                   std::string* what) {
  if (!lex.has_rule("aux-noun-verb")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    if (w[v].upos != "NOUN") continue;
    bool aux = false, det = false, nmod = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      const auto r = base_rel(w[c].deprel);
      if (r == "aux" && w[c].deprel != "aux:pass") aux = true;
      if (r == "det" || r == "cop" || r == "case") det = true;  // a noun phrase after all
      if (r == "nmod") nmod = true;
    }
    // "Beide landen willen harder samenwerken" with the infinitive read as
    // a noun phrase of the modal verb (class MODAL): the modal's complement.
    const int m = w[v].head - 1;
    const bool modal = !aux && m >= 0 && m < v && w[m].upos == "VERB" && lex.in_class("MODAL", lower(w[m].lemma)) &&
                       (base_rel(w[v].deprel) == "obl" || base_rel(w[v].deprel) == "obj") &&
                       lex.in_class("INFINITIVE_END", lower(w[v].form).substr(std::max<std::size_t>(w[v].form.size(), 2) - 2));
    if (!(aux || modal) || det || (nmod && !modal)) continue;
    if (!out) out = s;
    auto& o = out->words;
    o[v].upos = "VERB";
    o[v].lemma = lower(w[v].form);  // the infinitive after an auxiliary is its own lemma
    o[v].feats = "VerbForm=Inf";
    if (modal) {
      o[v].deprel = "xcomp";
      for (int c = 0; c < n; ++c)
        if (o[c].head == v + 1 && o[c].deprel == "nmod") o[c].deprel = "obl";
    }
    // Its bare noun phrases: the first after any subject is the object.
    bool has_obj = false;
    for (int c = 0; c < n; ++c)
      if (o[c].head == v + 1 && o[c].deprel == "obj") has_obj = true;
    for (int c = 0; c < n && !has_obj; ++c) {
      if (o[c].head != v + 1 || base_rel(o[c].deprel) != "obl" || (o[c].upos != "PROPN" && o[c].upos != "NOUN")) continue;
      if (marked(o, c) || lex.in_class("TIME", lower(o[c].lemma))) continue;
      o[c].deprel = "obj";
      has_obj = true;
    }
    if (what) *what = "tree repaired: " + w[v].form + (modal ? " is the infinitive of " + w[m].form : " is a verb (it has an auxiliary)");
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_determined_verb(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what) {
  if (!lex.has_rule("determined-verb")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    if (w[v].upos != "VERB" || w[v].head <= 0) continue;
    bool det = false, clause = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      const auto r = base_rel(w[c].deprel);
      if (r == "det" && c < v && w[c].upos == "DET") det = true;
      if (r == "nsubj" || r == "obj" || r == "aux" || r == "mark" || r == "cop" || r == "iobj") clause = true;
    }
    if (!det || clause) continue;
    if (!out) out = s;
    auto& o = out->words;
    o[v].upos = "NOUN";
    o[v].lemma = lower(w[v].form);
    o[v].feats = "_";
    const int h = w[v].head - 1;
    if (base_rel(w[v].deprel) == "xcomp" && w[h].upos == "VERB") o[v].deprel = "obj";
    if (what) *what = "tree repaired: " + w[v].form + " is a noun (it has a determiner)";
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_pronoun_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what) {
  if (!lex.has_rule("pronoun-subject")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int p = 0; p + 1 < n; ++p) {
    if (w[p].upos != "PRON" || base_rel(w[p].deprel) != "det" || !has_feat(w[p].feats, "PronType=Prs")) continue;
    const int noun = w[p].head - 1;
    if (noun <= p || noun >= n || w[noun].upos != "NOUN" || base_rel(w[noun].deprel) != "nsubj") continue;
    const int verb = w[noun].head - 1;
    if (verb < 0 || (w[verb].upos != "VERB" && w[verb].upos != "AUX")) continue;
    if (!out) out = s;
    auto& o = out->words;
    o[p].head = verb + 1;
    o[p].deprel = "nsubj";
    o[noun].deprel = "obj";
    if (what) *what = "tree repaired: " + w[p].form + " is the subject, " + w[noun].form + " the object";
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_partitive_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                           std::string* what) {
  if (!lex.has_rule("partitive-object")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    if (w[v].upos != "VERB") continue;
    int phrase = -1, number = -1;
    bool object = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      if (base_rel(w[c].deprel) == "obj") object = true;
      if (base_rel(w[c].deprel) != "obl" || c < v || (w[c].upos != "NOUN" && w[c].upos != "PROPN")) continue;
      // A number right before the case word, on the noun or on the verb:
      // "two of the missiles", "twee van de raketten".
      int case_word = -1;
      for (int g = 0; g < c; ++g)
        if (w[g].head == c + 1 && w[g].deprel == "case" && lex.in_class("PARTITIVE", lemma_of(w[g]))) case_word = g;
      if (case_word < 1 || w[case_word - 1].upos != "NUM") continue;
      const int h = w[case_word - 1].head - 1;
      if ((h == c || h == v) && phrase < 0) phrase = c, number = case_word - 1;
    }
    if (object || phrase < 0) continue;
    if (!out) out = s;
    out->words[phrase].deprel = "obj";
    out->words[number].head = phrase + 1;
    out->words[number].deprel = "nummod";
    if (what) *what = "tree repaired: " + w[phrase].form + " (a number of them) is the object of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_preconj_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                         std::string* what) {
  if (!lex.has_rule("preconj-object")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int x = 0; x < n; ++x) {
    if ((w[x].upos != "NOUN" && w[x].upos != "PROPN") || base_rel(w[x].deprel) != "conj") continue;
    const int v = w[x].head - 1;
    if (v < 0 || v >= x || w[v].upos != "VERB") continue;
    bool preconj = false, object = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head == x + 1 && w[c].deprel == "cc:preconj") preconj = true;
      if (w[c].head == v + 1 && base_rel(w[c].deprel) == "obj") object = true;
    }
    if (!preconj || object) continue;
    if (!out) out = s;
    out->words[x].deprel = "obj";
    if (what) *what = "tree repaired: " + w[x].form + " (with a correlative) is the object of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_infinitive_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                            std::string* what) {
  if (!lex.has_rule("infinitive-object")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int x = 0; x < n; ++x) {
    if (w[x].upos != "VERB" || base_rel(w[x].deprel) != "xcomp") continue;
    const int v = w[x].head - 1;
    if (v < 0 || v >= x || w[v].upos != "VERB" || lex.in_class("OBJECT_CONTROL", lemma_of(w[v]))) continue;
    int object = -1;
    bool own = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head == x + 1 && base_rel(w[c].deprel) == "obj") own = true;
      if (w[c].head == v + 1 && w[c].deprel == "obj" && c > v && c < x) object = c;
    }
    if (own || object < 0) continue;
    if (!out) out = s;
    out->words[object].head = x + 1;
    if (what) *what = "tree repaired: " + w[object].form + " is the object of " + w[x].form + ", the infinitive after it";
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_inserted_phrase_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                                 std::string* what) {
  if (!lex.has_rule("inserted-phrase-object")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    if (w[v].upos != "VERB") continue;
    bool object = false;
    int phrase = -1;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      if (base_rel(w[c].deprel) == "obj" || base_rel(w[c].deprel) == "ccomp" || base_rel(w[c].deprel) == "xcomp") object = true;
      if (base_rel(w[c].deprel) == "obl" && c > v && phrase < 0) phrase = c;
    }
    if (object || phrase < 0) continue;
    // The last obl of the run set off by commas carries the object as its
    // apposition: "received, on Monday in Abuja, the Ghanaian Vice President".
    for (int c = phrase; c < n; ++c) {
      if (w[c].head != v + 1 || base_rel(w[c].deprel) != "obl") continue;
      for (int x = c + 1; x < n; ++x) {
        if (w[x].head != c + 1 || base_rel(w[x].deprel) != "appos") continue;
        if (w[x].upos != "NOUN" && w[x].upos != "PROPN") continue;
        bool comma = false;
        for (int k = c + 1; k < x; ++k) comma |= w[k].form == "," && w[k].head == x + 1;
        if (!comma) continue;
        if (!out) out = s;
        out->words[x].head = v + 1;
        out->words[x].deprel = "obj";
        if (what) *what = "tree repaired: " + w[x].form + " (after an inserted phrase) is the object of " + w[v].form;
        object = true;
        break;
      }
      if (object) break;
    }
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_unmarked_obl_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what) {
  if (!lex.has_rule("unmarked-obl-object")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    if (w[v].upos != "VERB") continue;
    int phrase = -1;
    bool object = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      const auto r = base_rel(w[c].deprel);
      if (r == "obj" || r == "ccomp" || r == "xcomp") object = true;
      // Only the bare label: obl:tmod, obl:npmod and obl:unmarked are
      // measures and times by design.
      if (w[c].deprel == "obl" && c > v && phrase < 0 && w[c].upos == "PROPN" && !marked(w, c) &&
          !lex.in_class("TIME", lemma_of(w[c])))
        phrase = c;
    }
    if (object || phrase < 0) continue;
    if (!out) out = s;
    out->words[phrase].deprel = "obj";
    if (what) *what = "tree repaired: " + w[phrase].form + " (a bare name) is the object of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_object_participle(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                            std::string* what) {
  if (!lex.has_rule("object-participle")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int p = 2; p < n; ++p) {
    const int i = p - 1, v = w[p].head - 1;
    const auto r = base_rel(w[p].deprel);
    // A past form: the tagger often reads the participle as a past tense.
    if (w[p].upos != "VERB" || !has_feat(w[p].feats, "Tense=Past")) continue;
    if ((r != "ccomp" && r != "xcomp" && r != "advcl") || v < 0 || v >= i || w[v].upos != "VERB") continue;
    if (lex.is(WordRole::kReport, lemma_of(w[v]))) continue;
    if (w[i].head != p + 1 || base_rel(w[i].deprel) != "nsubj" || (w[i].upos != "NOUN" && w[i].upos != "PROPN")) continue;
    bool blocked = false;
    for (int c = 0; c < n; ++c) {
      // A participle modifying a noun has no auxiliary, subordinator or object.
      if (w[c].head == p + 1 && (base_rel(w[c].deprel) == "aux" || base_rel(w[c].deprel) == "mark" ||
                                 base_rel(w[c].deprel) == "obj" || base_rel(w[c].deprel) == "ccomp"))
        blocked = true;
      if (w[c].head == v + 1 && base_rel(w[c].deprel) == "obj") blocked = true;
    }
    // The noun's phrase lies between the verb and the participle.
    for (int c = 0; c < n && !blocked; ++c)
      if (descends(w, c, i) && (c < v || c > p)) blocked = true;
    if (blocked) continue;
    if (!out) out = s;
    out->words[i].head = v + 1;
    out->words[i].deprel = "obj";
    out->words[p].head = i + 1;
    out->words[p].deprel = "acl";
    if (what) *what = "tree repaired: " + w[p].form + " modifies " + w[i].form + ", the object of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_particle_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what) {
  if (!lex.has_rule("particle-object")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v + 2 < n; ++v) {
    const int p = v + 1, x = w[p].head - 1;
    if (w[v].upos != "VERB" || w[p].upos != "ADP" || base_rel(w[p].deprel) != "case") continue;
    if (x <= p || w[x].head != v + 1 || base_rel(w[x].deprel) != "obl") continue;
    bool object = false;
    for (int c = 0; c < n; ++c) object |= w[c].head == v + 1 && (base_rel(w[c].deprel) == "obj" || w[c].deprel == "compound:prt");
    if (object) continue;
    if (!lex.verb_takes_particle(lemma_of(w[v]), lemma_of(w[p]))) continue;
    if (!out) out = s;
    out->words[p].head = v + 1;
    out->words[p].deprel = "compound:prt";
    out->words[x].deprel = "obj";
    if (what) *what = "tree repaired: " + w[p].form + " is the particle of " + w[v].form + ", " + w[x].form + " its object";
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_split_particle(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                         std::string* what) {
  if (!lex.has_rule("split-particle")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  auto nominal = [&](int i) { return w[i].upos == "NOUN" || w[i].upos == "PROPN"; };
  for (int v = 0; v + 2 < n; ++v) {
    if (w[v].upos != "VERB" || !has_feat(w[v].feats, "VerbForm=Fin")) continue;
    bool has_particle = false;
    for (int c = 0; c < n; ++c) has_particle |= w[c].head == v + 1 && w[c].deprel == "compound:prt";
    if (has_particle) continue;
    // The particle after the noun phrase right after the verb.
    for (int k = v + 2; k < n && k <= v + 10; ++k) {
      if (w[k].upos != "ADP" && w[k].upos != "ADV") continue;
      if (!lex.verb_takes_particle(lemma_of(w[v]), lower(w[k].form))) continue;
      // A particle ends the clause or comes before its te-infinitive ("riep
      // China op de vissers vrij te laten"); "aan Oekraïne leveren" is a
      // preposition's phrase.
      // (Right before "te" it is the infinitive's own: "uit te wisselen".)
      if (k + 1 < n && lower(w[k + 1].form) == "te") continue;
      bool ends = k + 1 >= n || w[k + 1].upos == "PUNCT" || w[k + 1].upos == "CCONJ" || w[k + 1].upos == "VERB" ||
                  w[k + 1].upos == "SCONJ";
      for (int t = k + 1; t < n && !ends && w[t].upos != "PUNCT"; ++t)
        ends = lower(w[t].form) == "te" && t + 1 < n && w[t + 1].upos == "VERB";
      if (!ends) continue;
      // Its object: the noun phrase ending right before the particle
      // ("riep China op", "riepen beide presidenten Venezuela op").
      int obj = k - 1;
      if (!nominal(obj)) break;
      // (A name of two words is one phrase; "Guyana en Suriname Venezuela"
      // read as one name is two.)
      while (obj > v + 1 && w[obj].deprel == "flat" && w[obj].head - 1 == obj - 1 &&
             base_rel(w[obj - 1].deprel) != "conj" && base_rel(w[obj - 1].deprel) != "nmod")
        --obj;
      int begin = obj;  // the phrase's first word
      while (begin > v + 1 && (w[begin - 1].upos == "DET" || w[begin - 1].upos == "ADJ") && w[begin - 1].head - 1 == obj) --begin;
      // Another noun phrase between verb and object is the subject ("riepen
      // beide presidenten Venezuela op"), else the word before the verb.
      int subject = -1;
      for (int i = v + 1; i < begin; ++i)
        if (nominal(i) || w[i].upos == "PRON") subject = i;
      bool before = false;
      for (int c = 0; c < v; ++c) before |= w[c].head == v + 1 && base_rel(w[c].deprel) == "nsubj";
      if (subject < 0 && !before)
        for (int c = v - 1; c >= 0 && subject < 0; --c)
          if ((nominal(c) || w[c].upos == "PRON" || w[c].upos == "ADJ") && w[c].head == v + 1) subject = c;
      nlp::ParsedSentence out = s;
      auto& o = out.words;
      for (int c = 0; c < n; ++c)
        if (c != subject && o[c].head == v + 1 && base_rel(o[c].deprel) == "nsubj" && c >= v) o[c].deprel = "obl";
      o[k].head = v + 1;
      o[k].deprel = "compound:prt";
      o[obj].head = v + 1;
      o[obj].deprel = "obj";
      if (subject >= 0) {
        o[subject].head = v + 1;
        o[subject].deprel = "nsubj";
      }
      // What the particle was the case of ("op de vissers … vrij te laten")
      // is a bare object again.
      if (w[k].head > 0) {
        const int x = w[k].head - 1;
        if (x != v && base_rel(o[x].deprel) == "obl" && o[x].head > 0 && w[o[x].head - 1].upos == "VERB") o[x].deprel = "obj";
      }
      if (what) *what = "tree repaired: " + w[k].form + " is the particle of " + w[v].form + ", " + w[obj].form + " its object";
      return out;
    }
  }
  return std::nullopt;
}

std::optional<nlp::ParsedSentence> repair_relative_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                           std::string* what) {
  if (!lex.has_rule("relative-subject")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  for (int x = 0; x + 3 < n; ++x) {
    if ((w[x].upos != "PROPN" && w[x].upos != "NOUN") || w[x + 1].form != "," ||
        !lex.in_class("RELATIVE", lemma_of(w[x + 2])) || w[x + 2].upos != "PRON")
      continue;
    const int r = w[x + 2].head - 1;  // the relative clause's verb
    if (r <= x + 2 || w[r].upos != "VERB") continue;
    // The comma that closes the relative clause, and the finite verb after it.
    int close = -1;
    for (int c = r + 1; c < n && close < 0; ++c)
      if (w[c].form == ",") close = c;
    if (close < 0 || close + 1 >= n) continue;
    int v = -1;
    for (int c = close + 1; c < n && c <= close + 2; ++c)
      if (w[c].upos == "VERB" && (has_feat(w[c].feats, "VerbForm=Fin") || has_feat(w[c].feats, "Tense=Past"))) v = c;
    if (v < 0 || w[v].head != r + 1) continue;
    // The name must not already be the verb's subject, nor the verb have one.
    bool subject = false;
    for (int c = 0; c < n; ++c) subject |= w[c].head == v + 1 && base_rel(w[c].deprel) == "nsubj";
    if (subject) continue;
    nlp::ParsedSentence out = s;
    auto& o = out.words;
    o[v].head = w[r].head;
    o[v].deprel = w[r].head == 0 ? "root" : w[r].deprel;
    o[r].head = x + 1;
    o[r].deprel = "acl:relcl";
    o[x].head = v + 1;
    o[x].deprel = "nsubj";
    // What follows the closing comma is the verb's, not the relative
    // clause's; what stands inside the commas is the relative clause's.
    for (int c = close; c < n; ++c)
      if (c != v && w[c].head == r + 1) o[c].head = v + 1;
    for (int c = x + 2; c < close; ++c)
      if (w[c].head == v + 1) o[c].head = r + 1;
    if (what) *what = "tree repaired: " + w[x].form + " (before a relative clause) is the subject of " + w[v].form;
    return out;
  }
  return std::nullopt;
}

std::optional<nlp::ParsedSentence> repair_parallel_object(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what) {
  if (!lex.has_rule("parallel-object")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  auto reason_word = [&](int i) {
    const auto r = base_rel(w[i].deprel);
    return (r == "case" || r == "mark") && lex.in_class("REASON", lemma_of(w[i]));
  };
  std::optional<nlp::ParsedSentence> out;
  for (int v = 0; v < n; ++v) {
    if (w[v].upos != "VERB") continue;
    int object = -1, reason = -1;
    for (int c = v + 1; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      const auto r = base_rel(w[c].deprel);
      if (r == "obj" && object < 0) object = c;
      if ((r == "obl" || r == "advcl") && object >= 0 && reason < 0)
        for (int g = object + 1; g < c; ++g)
          if (w[g].head == c + 1 && reason_word(g)) reason = c;
    }
    if (object < 0 || reason < 0) continue;
    for (int x = reason + 1; x < n; ++x) {
      if ((w[x].upos != "NOUN" && w[x].upos != "PROPN") || base_rel(w[x].deprel) != "conj") continue;
      if (!descends(w, x, reason) && w[x].head != v + 1) continue;
      // The end of the conjunct's own phrase (up to a reason word), then
      // the reason word.
      int end = x;
      for (int k = x + 1; k < n && descends(w, k, x) && !reason_word(k); ++k) end = k;
      const int f = end + 1;
      if (f >= n || !reason_word(f)) continue;
      const int phrase = w[f].head - 1;
      if (phrase <= f) continue;
      if (!out) out = s;
      out->words[x].head = object + 1;
      if (!descends(w, phrase, x)) {
        out->words[phrase].head = x + 1;
        out->words[phrase].deprel = w[phrase].upos == "VERB" ? "acl" : "nmod";
      }
      if (what) *what = "tree repaired: " + w[x].form + " (with a reason of its own) is a conjunct of " + w[object].form;
      break;
    }
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_participle_modifier(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what) {
  if (!lex.has_rule("participle-modifier")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  for (int p = 1; p + 2 < n; ++p) {
    const int i = p - 1;
    if (w[p].upos != "VERB" || !has_feat(w[p].feats, "VerbForm=Part") || !has_feat(w[p].feats, "Tense=Past")) continue;
    if (w[i].head != p + 1 || base_rel(w[i].deprel) != "nsubj" || (w[i].upos != "NOUN" && w[i].upos != "PROPN")) continue;
    // "authorities handed over": a phrasal verb's particle is no preposition.
    if (w[p + 1].upos != "ADP" || base_rel(w[p + 1].deprel) == "compound") continue;
    bool aux = false;
    for (int c = 0; c < n; ++c)
      if (w[c].head == p + 1 && base_rel(w[c].deprel) == "aux") aux = true;
    if (aux) continue;
    // The finite verb joined to the participle, either way round.
    int f = -1;
    for (int c = p + 2; c < n && f < 0; ++c) {
      if (w[c].upos != "VERB" || !has_feat(w[c].feats, "VerbForm=Fin")) continue;
      if (w[c].head == p + 1 || w[p].head == c + 1) f = c;
      else break;  // another verb first: not this construction
    }
    if (f < 0) continue;
    // The words between are the prepositional phrase: under the participle
    // or the finite verb, and no verb among them.
    bool phrase = true;
    for (int c = p + 1; c < f && phrase; ++c)
      phrase = w[c].upos != "VERB" && w[c].upos != "AUX" && (descends(w, c, p) || descends(w, c, f)) && w[c].form != ",";
    if (!phrase) continue;
    nlp::ParsedSentence out = s;
    auto& o = out.words;
    if (w[f].head == p + 1) {
      o[f].head = w[p].head;
      o[f].deprel = w[p].deprel;
      for (int c = 0; c < n; ++c)  // the participle's clause-level dependents after the phrase
        if (w[c].head == p + 1 && c > f) o[c].head = f + 1;
    }
    o[p].head = i + 1;
    o[p].deprel = "acl";
    o[i].head = f + 1;
    o[i].deprel = "nsubj";
    // The phrase's nominal hangs on the participle, its preposition on it.
    int nominal = -1;
    for (int c = p + 1; c < f; ++c)
      if (w[c].head == f + 1 && (w[c].upos == "NOUN" || w[c].upos == "PROPN" || w[c].upos == "PRON") && nominal < 0) nominal = c;
    if (nominal >= 0) {
      o[nominal].head = p + 1;
      o[nominal].deprel = lower(w[p + 1].form) == "by" ? "obl:agent" : "obl";
      for (int c = p + 1; c < nominal; ++c)
        if (w[c].head == f + 1 || w[c].head == p + 1) {
          o[c].head = nominal + 1;
          o[c].deprel = w[c].upos == "ADP" ? "case" : w[c].deprel;
        }
    }
    if (what) *what = "tree repaired: " + w[p].form + " modifies " + w[i].form + ", the subject of " + w[f].form;
    return out;
  }
  return std::nullopt;
}

std::optional<nlp::ParsedSentence> repair_report_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                         std::string* what) {
  if (!lex.has_rule("report-subject")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  for (int r = 2; r < n; ++r) {
    if (w[r].upos != "VERB" || !lex.is(WordRole::kReport, lemma_of(w[r]))) continue;
    bool subject = false;
    for (int c = 0; c < n; ++c)
      if (w[c].head == r + 1 && (base_rel(w[c].deprel) == "nsubj" || base_rel(w[c].deprel) == "csubj")) subject = true;
    const int last = r - 1;
    if (subject || (w[last].upos != "NOUN" && w[last].upos != "PROPN") || base_rel(w[last].deprel) != "conj") continue;
    const int x = w[last].head - 1;
    if (x < 0 || x >= last) continue;
    // The first conjunct of x set off by a comma: the speakers begin there.
    int first = -1;
    for (int c = x + 1; c <= last && first < 0; ++c) {
      if (w[c].head != x + 1 || base_rel(w[c].deprel) != "conj") continue;
      int begin = c;
      for (int k = 0; k < n; ++k)
        if (k < begin && w[k].upos != "PUNCT" && descends(w, k, c)) begin = k;
      if (begin > 0 && w[begin - 1].form == ",") first = c;
    }
    if (first < 0) continue;
    nlp::ParsedSentence out = s;
    auto& o = out.words;
    o[first].head = r + 1;
    o[first].deprel = "nsubj";
    for (int c = first + 1; c <= last; ++c)
      if (w[c].head == x + 1 && base_rel(w[c].deprel) == "conj") o[c].head = first + 1;
    if (what) *what = "tree repaired: " + w[first].form + " … is the subject of " + w[r].form;
    return out;
  }
  return std::nullopt;
}

std::optional<nlp::ParsedSentence> repair_time_apposition(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what) {
  if (!lex.has_rule("time-apposition")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int x = 0; x < n; ++x) {
    const auto r = base_rel(w[x].deprel);
    if ((r != "appos" && r != "flat" && r != "nmod") || w[x].upos != "PROPN" || w[x].head <= 0) continue;
    const int t = w[x].head - 1;
    if (!lex.in_class("TIME", lower(w[t].lemma.empty() ? w[t].form : w[t].lemma)) || w[t].head <= 0) continue;
    if (base_rel(w[t].deprel) != "obl" && base_rel(w[t].deprel) != "nmod") continue;
    const int v = w[t].head - 1;
    if (w[v].upos != "VERB") continue;
    bool blocked = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head == x + 1 && (base_rel(w[c].deprel) == "case" || base_rel(w[c].deprel) == "mark")) blocked = true;
      if (w[c].head == v + 1 && w[c].deprel == "obj") blocked = true;
    }
    if (blocked) continue;
    if (!out) out = s;
    out->words[x].head = v + 1;
    out->words[x].deprel = "obj";
    if (what) *what = "tree repaired: " + w[x].form + " is the object of " + w[v].form + ", not part of " + w[t].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_time_noun(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                     std::string* what) {
  if (!lex.has_rule("time-noun")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  // A time word, or a compound ending in one ("dinsdag_avond"), or two
  // written as one ("woensdagavond").
  auto time_word = [&](int t) {
    if (w[t].upos != "NOUN" && w[t].upos != "PROPN") return false;
    if (lex.in_class_or_tail("TIME", lemma_of(w[t]))) return true;
    const std::string f = lower(w[t].form);
    for (std::size_t k = 3; k + 3 <= f.size(); ++k)
      if (lex.in_class("TIME", std::string_view(f).substr(0, k)) && lex.in_class("TIME", std::string_view(f).substr(k)))
        return true;
    return false;
  };
  std::optional<nlp::ParsedSentence> out;
  for (int t = 0; t < n; ++t) {
    // The relations it repairs first: the time test looks words up.
    const auto rel = base_rel(w[t].deprel);
    if (w[t].head <= 0 || (rel != "nsubj" && rel != "nmod" && rel != "appos" && w[t].deprel != "compound:prt")) continue;
    if (!time_word(t) || marked(w, t)) continue;
    bool determined = false;
    for (int c = 0; c < n; ++c) determined |= w[c].head == t + 1 && base_rel(w[c].deprel) == "det";
    if (determined) continue;  // "de avond", "die dag": a phrase of its own
    int v = w[t].head - 1;
    if (rel == "nsubj") {
      // A second subject of its verb.
      bool other = false;
      for (int c = 0; c < n; ++c) other |= c != t && w[c].head == v + 1 && base_rel(w[c].deprel) == "nsubj";
      if (!other) continue;
    } else if (rel == "nmod" || rel == "appos") {
      // Hung on a noun: the clause's verb above it.
      for (int steps = 0; v >= 0 && w[v].upos != "VERB" && steps < n; ++steps) v = w[v].head - 1;
      if (v < 0) continue;
    }
    if (w[v].upos != "VERB" && w[v].upos != "AUX") continue;
    if (!out) out = s;
    auto& o = out->words;
    o[t].head = v + 1;
    o[t].deprel = "obl";
    // What hung on it ("van de hand") is the verb's.
    for (int c = 0; c < n; ++c)
      if (w[c].head == t + 1 && (base_rel(w[c].deprel) == "nmod" || base_rel(w[c].deprel) == "obl")) {
        o[c].head = v + 1;
        o[c].deprel = "obl";
      }
    if (what) *what = "tree repaired: " + w[t].form + " is a time of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_set_off_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                          std::string* what) {
  if (!lex.has_rule("set-off-subject")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 1; v < n; ++v) {
    if (w[v].upos != "VERB" || has_feat(w[v].feats, "VerbForm=Inf") || has_feat(w[v].feats, "VerbForm=Ger") ||
        w[v - 1].form != ",")
      continue;
    if (w[v].head != 0 && base_rel(w[v].deprel) != "conj") continue;
    int x = -1;
    bool subject = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      const auto r = base_rel(w[c].deprel);
      if (r == "nsubj" || r == "csubj" || r == "expl" || r == "mark") subject = true;
      if (x < 0 && c < v && (r == "parataxis" || r == "dep" || r == "appos") && (w[c].upos == "NOUN" || w[c].upos == "PROPN"))
        x = c;
    }
    if (subject || x < 0 || marked(w, x)) continue;
    // The phrase is set off: it has a relative clause or an apposition
    // that runs up to the comma before the verb, and nothing of the verb's
    // own stands before it but punctuation.
    bool set_off = false, first = true;
    for (int c = 0; c < n; ++c) {
      if (w[c].head == x + 1) {
        const auto r = base_rel(w[c].deprel);
        if ((w[c].deprel == "acl:relcl" || r == "appos" || r == "acl") && c > x) set_off = true;
      }
      if (c < x && w[c].head == v + 1 && w[c].upos != "PUNCT") first = false;
    }
    // Every word between the phrase and the verb lies inside the phrase.
    for (int c = x + 1; c < v - 1 && set_off; ++c) set_off = descends(w, c, x);
    if (!set_off || !first) continue;
    if (!out) out = s;
    out->words[x].deprel = "nsubj";
    if (what) *what = "tree repaired: " + w[x].form + " (set off by commas) is the subject of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_intro_appos_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what) {
  if (!lex.has_rule("intro-appos-subject")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int v = 2; v < n; ++v) {
    if (w[v].upos != "VERB" || has_feat(w[v].feats, "VerbForm=Inf") || has_feat(w[v].feats, "VerbForm=Ger")) continue;
    bool subject = false;
    for (int c = 0; c < n; ++c)
      if (w[c].head == v + 1 && (base_rel(w[c].deprel) == "nsubj" || base_rel(w[c].deprel) == "csubj" ||
                                 base_rel(w[c].deprel) == "expl"))
        subject = true;
    if (subject) continue;
    // The apposition: its subtree ends right before the verb, a comma
    // before it closes the introduction its head belongs to.
    for (int x = 0; x < v; ++x) {
      const auto xr = base_rel(w[x].deprel);
      if ((xr != "appos" && xr != "conj") || (w[x].upos != "NOUN" && w[x].upos != "PROPN") || w[x].head <= 0) continue;
      int first = x, last = x;
      for (int c = 0; c < n; ++c)
        if (descends(w, c, x)) first = std::min(first, c), last = std::max(last, c);
      // The rest of the subject may hang beside it from the same phrase
      // ("from Caracas, Interior Minister Remigio Salas" read as conjuncts).
      const int top = w[x].head - 1;
      while (last + 1 < v && w[last + 1].upos != "VERB" && descends(w, last + 1, top)) ++last;
      bool own_cc = false;  // a conjunct with its own "and" ("in Paris and Berlin") belongs to the phrase
      for (int g = first; g < x; ++g) own_cc |= w[g].head == x + 1 && base_rel(w[g].deprel) == "cc";
      if (own_cc) continue;
      // The comma may be the apposition's own punctuation or just before it.
      const int comma = w[first].form == "," ? first : first - 1;
      // Adverbs of the verb may stand between ("the ministry strongly condemned").
      int before = v - 1;
      while (before > last && w[before].head == v + 1 && base_rel(w[before].deprel) == "advmod") --before;
      if (last != before || comma < 1 || w[comma].form != ",") continue;
      const int h = w[x].head - 1;
      if (h >= comma || !descends(w, h, v)) continue;
      const auto hr = base_rel(w[h].deprel);
      if (hr != "obl" && hr != "nmod") continue;
      if (!out) out = s;
      out->words[x].head = v + 1;
      out->words[x].deprel = "nsubj";
      // Its neighbours in the same misreading go with it: a later conjunct
      // with its own "and" stays a conjunct, a bare name runs on.
      for (int y = x + 1; y <= last; ++y) {
        if (w[y].head != top + 1 || (base_rel(w[y].deprel) != "conj" && base_rel(w[y].deprel) != "appos")) continue;
        bool cc = false;
        for (int g = x + 1; g < y; ++g) cc |= w[g].head == y + 1 && base_rel(w[g].deprel) == "cc";
        out->words[y].head = x + 1;
        out->words[y].deprel = cc ? "conj" : w[y].upos == "PROPN" ? "flat" : "appos";
      }
      if (what) *what = "tree repaired: " + w[x].form + " (after the introductory phrase) is the subject of " + w[v].form;
      break;
    }
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_noun_verb_infinitive(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                               std::string* what) {
  if (!lex.has_rule("noun-verb-infinitive")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  for (int v = 0; v < n; ++v) {
    // "The Government calls upon Cambodia to take …": "calls" read as a
    // plural noun compounded with the subject, the subject of "take".
    if (w[v].upos != "NOUN" || w[v].deprel != "nsubj" || w[v].head <= v + 1) continue;
    const std::string form = lower(w[v].form);
    if (form.size() < 4 || form.back() != 's') continue;
    const int inf = w[v].head - 1;
    if (w[inf].upos != "VERB") continue;
    int subject = -1, partner = -1;
    bool to = false;
    for (int c = 0; c < n; ++c) {
      // (Also a title ending in a capitalised adjective: "The Secretary-General calls on …".)
      const bool capital_adj = w[c].upos == "ADJ" && !w[c].form.empty() && std::isupper(static_cast<unsigned char>(w[c].form[0]));
      if (w[c].head == v + 1 && c == v - 1 && (w[c].deprel == "compound" || (w[c].deprel == "amod" && capital_adj)) &&
          (w[c].upos == "NOUN" || w[c].upos == "PROPN" || capital_adj))
        subject = c;
      if (w[c].head == v + 1 && c > v && c < inf && (base_rel(w[c].deprel) == "nmod" || w[c].deprel == "obj"))
        partner = c;
      if (w[c].head == inf + 1 && c < inf && w[c].deprel == "mark" && lower(w[c].form) == "to") to = true;
    }
    if (subject < 0 || partner < 0 || !to) continue;
    nlp::ParsedSentence out = s;
    auto& o = out.words;
    o[v].upos = "VERB";
    o[v].feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
    o[v].head = w[inf].head;
    o[v].deprel = w[inf].deprel;
    o[inf].head = v + 1;
    o[inf].deprel = "xcomp";
    o[subject].deprel = "nsubj";
    o[partner].deprel = marked(o, partner) ? "obl" : "obj";
    // The old subject's own dependents before it (determiners, adjectives)
    // belong to the subject noun.
    for (int c = 0; c < subject; ++c)
      if (o[c].head == v + 1) o[c].head = subject + 1;
    if (what) *what = "tree repaired: " + w[v].form + " is the verb, " + w[subject].form + " its subject";
    return out;
  }
  return std::nullopt;
}

std::optional<nlp::ParsedSentence> repair_noun_root(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                    std::string* what) {
  if (!lex.has_rule("noun-root-verb")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  const int root = root_of(w);
  if (root < 1 || w[root].upos != "NOUN") return std::nullopt;
  int subject = -1, last_before = -1;
  // "welcomes the signing" with the noun phrase as an apposition: so only
  // for a word in -s the lexicon knows as an event verb.
  const bool verb_in_s = w[root].form.size() > 2 && w[root].form.back() == 's' &&
                         lex.patterns(TriggerKind::kVerb, lemma_of(w[root])) != nullptr;
  for (int c = 0; c < n; ++c) {
    if (w[c].head != root + 1) continue;
    const auto r = base_rel(w[c].deprel);
    if (c > root && subject < 0 && (w[c].deprel == "nsubj" || (verb_in_s && (r == "appos" || r == "obj" || r == "dep"))))
      subject = c;
    if (c < root && (r == "cop" || r == "aux" || r == "nsubj" || r == "case" || r == "mark")) return std::nullopt;
    if (c < root && (r == "compound" || r == "amod" || r == "nmod" || r == "flat") && w[c].upos != "PUNCT") last_before = c;
  }
  if (subject < 0 || last_before < 0) return std::nullopt;
  nlp::ParsedSentence out = s;
  auto& o = out.words;
  o[root].upos = "VERB";
  o[subject].deprel = "obj";
  for (int c = 0; c < root; ++c)
    if (o[c].head == root + 1 && c != last_before) o[c].head = last_before + 1;
  o[last_before].deprel = "nsubj";
  if (what) *what = "tree repaired: " + w[root].form + " is the verb, " + w[last_before].form + " its subject";
  return out;
}

std::optional<nlp::ParsedSentence> repair_acl_main_verb(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                        std::string* what) {
  if (!lex.has_rule("acl-main-verb")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  const int root = root_of(w);
  if (root < 0 || (w[root].upos != "ADJ" && w[root].upos != "NOUN" && w[root].upos != "PRON")) return std::nullopt;
  int subject = -1;
  for (int c = 0; c < n; ++c) {
    if (w[c].head != root + 1) continue;
    const auto r = base_rel(w[c].deprel);
    if (r == "cop" || r == "aux") return std::nullopt;
    if (w[c].deprel == "nsubj" && c < root) subject = c;
  }
  int verb = -1, object = -1;
  if (subject >= 0) {
    for (int c = subject + 1; c < root; ++c)
      if (w[c].head == subject + 1 && base_rel(w[c].deprel) == "acl" && w[c].upos == "VERB") verb = c;
    object = root;
  }
  if (verb < 0 && w[root].upos == "NOUN") {
    object = -1;
    // Or the subject is the root: "Both countries(root) accused(acl) the other(nsubj)".
    for (int c = root + 1; c < n; ++c) {
      if (w[c].head != root + 1) continue;
      if (verb < 0 && base_rel(w[c].deprel) == "acl" && w[c].upos == "VERB") {
        verb = c;
      } else if (verb >= 0 && object < 0 && (base_rel(w[c].deprel) == "nsubj" || w[c].deprel == "obj")) {
        object = c;
      }
    }
    if (verb < 0 || object < 0 || verb != root + 1) {
      verb = object = -1;
    } else {
      subject = root;
    }
  }
  // "The EU's special representative for the dialogue called on both sides
  // …" with "called" read as a participle on "dialogue": a root noun with
  // no verb of its own whose modifier carries the sentence's only verb,
  // finite in form, has it as its verb.
  if (verb < 0 && w[root].upos == "NOUN") {
    int cand = -1;
    for (int c = root + 1; c < n && subject < 0; ++c) {
      if (base_rel(w[c].deprel) != "acl" || w[c].upos != "VERB" || !has_feat(w[c].feats, "Tense=Past")) continue;
      const int up = w[c].head - 1;
      if (up <= root || up >= c || base_rel(w[up].deprel) != "nmod" || w[up].head != root + 1) continue;
      cand = c;
      break;
    }
    // "EU foreign ministers agreed on new sanctions ." with "agreed" read as
    // a participle on "ministers" right before it, in a full sentence (a
    // headline is often a noun phrase: "Soldiers killed in attack").
    const int r1 = root + 1;
    if (cand < 0 && r1 < n && w[r1].head == root + 1 && base_rel(w[r1].deprel) == "acl" && w[r1].upos == "VERB" &&
        has_feat(w[r1].feats, "Tense=Past") && w[n - 1].upos == "PUNCT")
      cand = r1;
    // "The U.N. mission in Congo, MONUSCO, called on the rebels …": the
    // participle after the comma that closes the noun's apposition.
    // So is one right after a phrase of the noun ("Pakistan's foreign
    // office in turn accused Kabul …").
    auto after_phrase = [&](int c) {
      int top = c - 1;
      while (top >= 0 && w[top].head != root + 1 && w[top].head > 0) top = w[top].head - 1;
      return top >= 0 && w[top].head == root + 1 && base_rel(w[top].deprel) == "nmod";
    };
    for (int c = root + 2; cand < 0 && c < n; ++c)
      if (w[c].head == root + 1 && base_rel(w[c].deprel) == "acl" && w[c].upos == "VERB" &&
          has_feat(w[c].feats, "Tense=Past") && (w[c - 1].form == "," || after_phrase(c)) && w[n - 1].upos == "PUNCT")
        cand = c;
    bool alone = cand >= 0;
    for (int c = 0; c < n && alone; ++c) {
      if (c == cand || (w[c].upos != "VERB" && w[c].upos != "AUX")) continue;
      alone = descends(w, c, cand);
    }
    for (int c = 0; c < n && alone; ++c)
      if (w[c].head == cand + 1 && base_rel(w[c].deprel) == "nsubj") alone = false;
    if (alone) {
      nlp::ParsedSentence out = s;
      auto& o = out.words;
      o[cand].head = 0;
      o[cand].deprel = "root";
      o[cand].feats = "Tense=Past|VerbForm=Fin";
      o[root].head = cand + 1;
      o[root].deprel = "nsubj";
      for (int c = 0; c < n; ++c) {
        if (c != cand && o[c].head == root + 1 && base_rel(o[c].deprel) == "punct" && c > cand) o[c].head = cand + 1;
        // "EU(nsubj) foreign ministers": a name before the noun modifies it.
        if (o[c].head == root + 1 && c < root && base_rel(o[c].deprel) == "nsubj") o[c].deprel = "compound";
      }
      if (what) *what = "tree repaired: " + w[cand].form + " is the verb of " + w[root].form;
      return out;
    }
  }
  if (verb < 0) return std::nullopt;
  nlp::ParsedSentence out = s;
  auto& o = out.words;
  o[verb].head = 0;
  o[verb].deprel = "root";
  o[verb].feats = "Tense=Past|VerbForm=Fin";  // read as the finite verb it is
  o[subject].head = verb + 1;
  o[subject].deprel = "nsubj";
  o[object].head = verb + 1;
  o[object].deprel = "obj";
  for (int c = 0; c < n; ++c)
    if (c != verb && c != subject && o[c].head == root + 1 && base_rel(o[c].deprel) == "punct") o[c].head = verb + 1;
  if (what) *what = "tree repaired: " + w[verb].form + " is the verb of " + w[subject].form;
  return out;
}

std::optional<nlp::ParsedSentence> repair_subordinator_subject(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                               std::string* what) {
  if (!lex.has_rule("subordinator-subject")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int a = 0; a + 2 < n; ++a) {
    if (w[a].upos != "ADP" || base_rel(w[a].deprel) != "case" || !lex.in_class("SUBORDINATOR", lower(w[a].form))) continue;
    const int x = w[a].head - 1;
    if (x <= a || x >= n || (w[x].upos != "NOUN" && w[x].upos != "PROPN")) continue;
    // The first verb after the phrase; nothing between may be a verb, an
    // auxiliary or a comma (a new clause).
    int v = -1;
    for (int c = a + 1; c < n; ++c) {
      if (w[c].upos == "VERB") { v = c; break; }
      if (w[c].upos == "AUX" || w[c].form == "," || w[c].form == ";" || w[c].upos == "SCONJ") break;
    }
    if (v < 0 || v == x || w[x].head == v + 1 || has_feat(w[v].feats, "VerbForm=Inf") ||
        has_feat(w[v].feats, "VerbForm=Ger") || has_feat(w[v].feats, "VerbForm=Part"))
      continue;
    // A verb conjoined to an earlier one shares its subject: "ended the
    // siege after midnight and killed the attackers".
    if (w[v - 1].upos == "CCONJ") continue;
    if (base_rel(w[v].deprel) == "conj" && w[v].head > 0 && w[w[v].head - 1].upos == "VERB") {
      bool shared = false, own_subject = false;
      for (int c = 0; c < n; ++c) {
        shared |= w[c].head == w[v].head && base_rel(w[c].deprel) == "nsubj";
        own_subject |= w[c].head == v + 1 && base_rel(w[c].deprel) == "nsubj";
      }
      if (shared && !own_subject) continue;
    }
    // The verb's own subject, if any, must be a later conjunct of the phrase.
    int own = -1;
    bool blocked = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head != v + 1) continue;
      const auto r = base_rel(w[c].deprel);
      if (r == "mark" || r == "csubj" || r == "expl") blocked = true;
      if (r == "nsubj") {
        bool joined = c > x && c < v;
        bool cc = false;
        for (int g = x + 1; g < c; ++g) cc |= w[g].upos == "CCONJ";
        if (!joined || !cc || own >= 0) blocked = true;
        else own = c;
      }
    }
    if (blocked) continue;
    if (!out) out = s;
    auto& o = out->words;
    const int old_head = o[x].head;
    // The verb's clause takes the phrase's place in the sentence (unless the
    // verb already hangs below it).
    if (!descends(o, v, x) && old_head != v + 1) {
      o[v].head = old_head;
      o[v].deprel = "advcl";
    }
    o[x].head = v + 1;
    o[x].deprel = "nsubj";
    o[a].head = v + 1;
    o[a].deprel = "mark";
    // "and advisers of X" made a sibling of the verb or its subject: a conjunct of the phrase.
    for (int c = x + 1; c < v; ++c) {
      if (base_rel(o[c].deprel) == "cc" || o[c].upos == "PUNCT") continue;
      if ((c == own || (base_rel(o[c].deprel) == "conj" && o[c].head != x + 1)) &&
          (o[c].upos == "NOUN" || o[c].upos == "PROPN")) {
        o[c].head = x + 1;
        o[c].deprel = "conj";
        for (int g = x + 1; g < c; ++g)
          if (o[g].upos == "CCONJ") o[g].head = c + 1, o[g].deprel = "cc";
      }
    }
    if (what) *what = "tree repaired: " + w[x].form + " (after \"" + w[a].form + "\") is the subject of " + w[v].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_gerund_small_clause(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                              std::string* what) {
  if (!lex.has_rule("gerund-small-clause")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  std::optional<nlp::ParsedSentence> out;
  for (int g = 1; g < n; ++g) {
    if (w[g].upos != "VERB" || !has_feat(w[g].feats, "VerbForm=Ger") || base_rel(w[g].deprel) != "ccomp") continue;
    const int v = w[g].head - 1;
    if (v < 0 || v >= g || w[v].upos != "VERB") continue;
    int subject = -1;
    bool blocked = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head == g + 1) {
        const auto r = base_rel(w[c].deprel);
        if (r == "mark" || r == "aux" || r == "expl") blocked = true;
        if (r == "nsubj") {
          if (subject >= 0 || c < v || c > g || (w[c].upos != "NOUN" && w[c].upos != "PROPN")) blocked = true;
          subject = c;
        }
      }
      if (w[c].head == v + 1 && (base_rel(w[c].deprel) == "obj" || base_rel(w[c].deprel) == "nsubj:pass")) blocked = true;
    }
    if (blocked || subject < 0) continue;
    // The noun right before the gerund, inside the subject's phrase.
    int noun = g - 1;
    while (noun > subject && (w[noun].upos != "NOUN" && w[noun].upos != "PROPN")) --noun;
    if (noun != subject && !descends(w, noun, subject)) noun = subject;
    if (!out) out = s;
    auto& o = out->words;
    o[subject].head = v + 1;
    o[subject].deprel = "obj";
    o[g].head = noun + 1;
    o[g].deprel = "acl";
    if (what) *what = "tree repaired: " + w[subject].form + " is the object of " + w[v].form + ", " + w[g].form + " modifies " + w[noun].form;
  }
  return out;
}

std::optional<nlp::ParsedSentence> repair_report_clause(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                        std::string* what) {
  if (!lex.has_rule("report-clause")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  const int root = root_of(w);
  if (root < 0 || w[root].upos != "VERB") return std::nullopt;
  auto lemma = [&](int i) { return lemma_of(w[i]); };
  // The reported clause's subject, and the verb of saying right before it
  // (or before its "that").
  int subject = -1;
  for (int c = 0; c < root; ++c)
    if (w[c].head == root + 1 && w[c].deprel == "nsubj") subject = c;
  if (subject < 1) return std::nullopt;
  int say = subject - 1;
  if (say > 0 && w[say].upos == "SCONJ") --say;
  if (w[say].upos != "VERB" || !lex.is(WordRole::kReport, lemma(say))) return std::nullopt;
  const int up = w[say].head - 1;
  const auto r = base_rel(w[say].deprel);
  int speaker = -1;
  if (r == "acl" && up >= 0 && up + 1 == say && w[up].head == root + 1 && w[up].deprel == "nsubj") {
    speaker = up;  // "Beijing(nsubj of provide) announced(acl)"
  } else if (r == "parataxis" && up == root) {
    for (int c = 0; c < say; ++c)
      if (w[c].head == say + 1 && w[c].deprel == "nsubj") speaker = c;
  }
  if (speaker < 0) return std::nullopt;
  nlp::ParsedSentence out = s;
  auto& o = out.words;
  o[say].head = 0;
  o[say].deprel = "root";
  o[speaker].head = say + 1;
  o[speaker].deprel = "nsubj";
  o[root].head = say + 1;
  o[root].deprel = "ccomp";
  if (subject - 1 != say) o[subject - 1].head = root + 1, o[subject - 1].deprel = "mark";
  // Punctuation that closed the sentence goes with the new root.
  for (int c = 0; c < n; ++c)
    if (o[c].head == root + 1 && base_rel(o[c].deprel) == "punct" && c == n - 1) o[c].head = say + 1;
  if (what) *what = "tree repaired: " + w[say].form + " is the verb, " + w[root].form + " what it reports";
  return out;
}

std::optional<nlp::ParsedSentence> repair_split_names(const Lexicon& lex, const nlp::ParsedSentence& s,
                                                      const std::vector<ArgActor>& actors, std::string* what) {
  if (!lex.has_rule("split-names")) return std::nullopt;
  const auto& w = s.words;
  const int n = static_cast<int>(w.size());
  auto mention_at = [&](int i) -> const ArgActor* {
    for (const ArgActor& a : actors) {
      if (a.actor && static_cast<int>(a.word_begin) <= i && i < static_cast<int>(a.word_end)) return &a;
    }
    return nullptr;
  };
  std::optional<nlp::ParsedSentence> out;
  // "Van Leeuwen belde dezelfde dag …" parsed as a prepositional phrase
  // ("Van" its case) before the verb, with the time as the subject: a
  // person's name opening the clause is its subject.
  for (const ArgActor& a : actors) {
    const int b = static_cast<int>(a.word_begin), e = static_cast<int>(a.word_end);
    if (!a.actor || e - b < 2 || e > n || w[b].upos != "ADP" || base_rel(w[b].deprel) != "case") continue;
    if (b > 0 && w[b - 1].upos != "PUNCT" && w[b - 1].upos != "CCONJ") continue;
    int h = -1;
    for (int k = b; k < e; ++k)
      if (w[k].head - 1 < b || w[k].head - 1 >= e) h = h < 0 ? k : -2;
    if (h < 0 || base_rel(w[h].deprel) != "obl") continue;
    const int v = w[h].head - 1;
    if (v < e || w[v].upos != "VERB") continue;
    if (!out) out = s;
    auto& o = out->words;
    o[h].deprel = "nsubj";
    o[b].head = h + 1;
    o[b].deprel = "flat";
    for (int c = 0; c < n; ++c)
      if (c != h && o[c].head == v + 1 && base_rel(o[c].deprel) == "nsubj") o[c].deprel = "obl";
    if (what) *what = "tree repaired: " + w[b].form + " " + w[h].form + " is the subject of " + w[v].form + " (a name, not a phrase)";
  }
  for (int j = 1; j < n; ++j) {
    if (w[j].deprel != "flat" || w[j].upos != "PROPN") continue;
    const int i = w[j].head - 1;
    if (i < 0 || i >= j || base_rel(w[i].deprel) != "nsubj") continue;
    const int v = w[i].head - 1;
    if (v < 0 || v <= j || w[v].upos != "VERB") continue;  // a verb-final clause: the names before the verb
    const ArgActor* first = mention_at(i);
    const ArgActor* second = mention_at(j);
    if (!first || !second || first == second || static_cast<int>(second->word_begin) != j ||
        principal(*first->actor) == principal(*second->actor)) {
      continue;
    }
    bool object = false;
    for (int c = 0; c < n; ++c) {
      if (w[c].head == v + 1 && base_rel(w[c].deprel) == "obj") object = true;
    }
    if (!out) out = s;
    auto& o = out->words;
    o[j].head = v + 1;
    o[j].deprel = object ? "iobj" : "obj";
    for (int c = j + 1; c < std::min(n, static_cast<int>(second->word_end)); ++c) {
      if (o[c].head == i + 1 && o[c].deprel == "flat") o[c].head = j + 1;
    }
    if (what) *what = "tree repaired: " + w[j].form + " is a party of its own, the " + o[j].deprel + " of " + w[v].form;
  }
  return out;
}

}  // namespace dyad::events
