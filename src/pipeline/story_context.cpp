#include "pipeline/story_context.h"

#include <algorithm>

#include "nlp/word_shape.h"

namespace dyad::pipeline {
namespace {

constexpr auto base_rel = nlp::universal_relation;

std::string lemma_of(const nlp::AnnotatedWord& w) {
  return nlp::lowercase(w.lemma.empty() || w.lemma == "_" ? w.form : w.lemma);
}

// The word of [b, e) whose head lies outside it.
std::optional<std::size_t> head_of(const nlp::ParsedSentence& s, std::size_t b, std::size_t e) {
  for (std::size_t w = b; w < e && w < s.words.size(); ++w) {
    const int h = s.words[w].head;
    if (h <= 0 || static_cast<std::size_t>(h - 1) < b || static_cast<std::size_t>(h - 1) >= e) return w;
  }
  return std::nullopt;
}

std::optional<std::size_t> parent(const nlp::ParsedSentence& s, std::size_t w) {
  const int h = s.words[w].head;
  if (h <= 0 || static_cast<std::size_t>(h) > s.words.size()) return std::nullopt;
  return static_cast<std::size_t>(h - 1);
}

// The lemma of the case marker of `w` ("in", "by", "door"), or empty.
std::string case_of(const nlp::ParsedSentence& s, std::size_t w) {
  for (std::size_t c = 0; c < s.words.size(); ++c)
    if (s.words[c].head == static_cast<int>(w) + 1 && base_rel(s.words[c].deprel) == "case") return lemma_of(s.words[c]);
  return {};
}

}  // namespace

bool names_act(std::string_view noun, std::string_view verb) {
  // "aan_houden" as lemmatised: the word as written ("aanhouding").
  std::string n = nlp::lowercase(noun), v = nlp::lowercase(verb);
  std::erase(n, '_');
  std::erase(v, '_');
  if (n == v) return true;
  std::size_t common = 0;
  while (common < n.size() && common < v.size() && n[common] == v[common]) ++common;
  const std::size_t shorter = std::min(n.size(), v.size());
  return common >= 4 && common + 3 >= shorter;
}

void StoryContext::add(const nlp::ParsedSentence& parsed, const std::vector<events::ArgActor>& actors,
                       const std::vector<Mention>& mentions) {
  std::vector<Place> places;
  for (const events::ArgActor& a : actors) {
    if (!a.actor || a.id >= mentions.size()) continue;
    const auto h = head_of(parsed, a.word_begin, a.word_end);
    if (!h) continue;
    const std::string who = events::principal(*a.actor);
    if (who.empty()) continue;
    const std::string_view rel = parsed.words[*h].deprel;
    const auto up = parent(parsed, *h);
    const MentionKind kind = mentions[a.id].kind;
    if (kind == MentionKind::kState && (base_rel(rel) == "amod" || base_rel(rel) == "compound") && up &&
        harmed(parsed, *up)) {
      places.push_back({a.id, who});
      continue;
    }
    // "Nepal was hit by an earthquake", "de storm trof Mozambique": the
    // state struck is where it happened.
    if ((kind == MentionKind::kPlace || kind == MentionKind::kState) && up &&
        (rel == "nsubj:pass" || base_rel(rel) == "obj") && lexicon_.in_class("STRICKEN", lemma_of(parsed.words[*up]))) {
      places.push_back({a.id, who});
      continue;
    }
    if (kind == MentionKind::kPlace || kind == MentionKind::kState) {
      // "in Turkey and Syria": a conjunct shares the first one's preposition.
      std::size_t marked = *h;
      if (base_rel(rel) == "conj" && up) marked = *up;
      const std::string cs = case_of(parsed, marked);
      // "…, the Commission said in Brussels": where a report is made is not
      // where anything happened.
      const auto at = parent(parsed, marked);
      // Also where it is issued ("in a statement issued in Brussels").
      const std::string at_lemma = at ? lemma_of(parsed.words[*at]) : std::string();
      if (at && (lexicon_.is(events::WordRole::kReport, at_lemma) || lexicon_.in_class("PUBLISHED", at_lemma))) continue;
      if (!cs.empty() && lexicon_.in_class("LOCATIVE", cs)) {
        // "despite the peace talks in Doha": where people meet is no place hit.
        const bool talks = at && lexicon_.in_class_or_tail("TALKS", at_lemma);
        if (!talks) places.push_back({a.id, who});
        if (at && (talks || gathering(parsed, *at))) venues_.push_back({a.id, who});
        continue;
      }
    }
    if (!up) continue;
    const std::string_view base = base_rel(rel);
    const std::string cs = case_of(parsed, *h);
    // The doer of a clause, of a passive ("launched by X"), or of an
    // event noun ("North Korea's launch", "the launch by North Korea").
    const bool doer = base == "nsubj" ? rel != "nsubj:pass"
                      : base == "obl" || base == "nmod" ? (rel.ends_with(":agent") || cs == "by" || cs == "door")
                                                          : rel == "nmod:poss";
    if (doer) acts_.push_back({lemma_of(parsed.words[*up]), a.id, who});
    // "launched a joint exercise", "begon een offensief": the act its
    // object names is the subject's too ("condemned the exercise").
    // Only verbs of undertaking (class UNDERTAKE): "condemned the launch"
    // or "reported the launch" tells of another's act.
    if (doer && base == "nsubj" && lexicon_.in_class("UNDERTAKE", lemma_of(parsed.words[*up])))
      for (std::size_t o = 0; o < parsed.words.size(); ++o)
        if (parent(parsed, o) == up && base_rel(parsed.words[o].deprel) == "obj" && parsed.words[o].upos == "NOUN")
          acts_.push_back({lemma_of(parsed.words[o]), a.id, who});
    // "Saudi Arabia hosted the summit": the host is where it is held.
    if (base == "nsubj" && rel != "nsubj:pass" && lexicon_.in_class("CONVENE", lemma_of(parsed.words[*up])) &&
        gathering(parsed, *up))
      venues_.push_back({a.id, who});
  }
  if (!places.empty()) located_.emplace_back(sentences_, std::move(places));
  ++sentences_;
}

// "were killed", "killing three soldiers", "die gedood werden", "omgekomen".
bool StoryContext::harmed(const nlp::ParsedSentence& s, std::size_t w) const {
  auto harms = [&](std::size_t v, bool died) {
    return lexicon_.in_class("HARM", lemma_of(s.words[v])) || (died && lexicon_.in_class("DEATH", lemma_of(s.words[v])));
  };
  const std::string_view rel = s.words[w].deprel;
  const auto up = parent(s, w);
  if (up && (rel == "nsubj:pass" || base_rel(rel) == "obj")) return harms(*up, false);
  if (up && base_rel(rel) == "nsubj") return lexicon_.in_class("DEATH", lemma_of(s.words[*up]));
  // A clause on the noun: "the teenagers who were killed", "soldiers killed
  // in …" — unless it has an object of its own ("soldiers who killed …").
  for (std::size_t c = 0; c < s.words.size(); ++c) {
    if (s.words[c].head != static_cast<int>(w) + 1 || base_rel(s.words[c].deprel) != "acl" || !harms(c, true)) continue;
    const bool own_object = std::any_of(s.words.begin(), s.words.end(), [&](const nlp::AnnotatedWord& d) {
      return d.head == static_cast<int>(c) + 1 && base_rel(d.deprel) == "obj";
    });
    if (!own_object) return true;
  }
  return false;
}

bool StoryContext::gathering(const nlp::ParsedSentence& s, std::size_t w) const {
  auto conference = [&](std::size_t i) { return lexicon_.in_class_or_tail("CONFERENCE", lemma_of(s.words[i])); };
  if (s.words[w].upos == "NOUN" || s.words[w].upos == "PROPN") return conference(w);
  // A verb whose object or subject is the gathering ("hosted the summit in
  // X", "de top vond plaats in X").
  for (std::size_t c = 0; c < s.words.size(); ++c) {
    if (s.words[c].head != static_cast<int>(w) + 1) continue;
    const std::string_view r = base_rel(s.words[c].deprel);
    if ((r == "obj" || r == "nsubj") && conference(c)) return true;
  }
  return false;
}

std::optional<std::size_t> StoryContext::venue(std::string_view other) const {
  for (auto it = venues_.rbegin(); it != venues_.rend(); ++it)
    if (it->principal != other) return it->mention;
  return std::nullopt;
}

std::optional<std::size_t> StoryContext::doer_of(std::string_view referent, std::string_view other) const {
  // The act's own verb anywhere in the story before another word of its kind
  // ("de bombardementen" is the bombing, not the shelling told after it).
  for (auto it = acts_.rbegin(); it != acts_.rend(); ++it)
    if (it->principal != other && names_act(referent, it->lemma)) return it->mention;
  for (auto it = acts_.rbegin(); it != acts_.rend(); ++it)
    if (it->principal != other && lexicon_.same_kin(referent, it->lemma)) return it->mention;
  return std::nullopt;
}

std::vector<std::size_t> StoryContext::hit_places(std::string_view other) const {
  std::vector<std::size_t> out;
  for (auto it = located_.rbegin(); it != located_.rend() && out.empty(); ++it)
    for (const Place& p : it->second)
      if (p.principal != other) out.push_back(p.mention);
  return out;
}

std::vector<std::size_t> StoryContext::places_after(std::size_t s, std::size_t within, std::string_view other) const {
  std::vector<std::size_t> out;
  for (const auto& [sentence, places] : located_) {
    if (sentence <= s || sentence > s + within) continue;
    for (const Place& p : places)
      if (p.principal != other) out.push_back(p.mention);
    if (!out.empty()) break;
  }
  return out;
}

}  // namespace dyad::pipeline
