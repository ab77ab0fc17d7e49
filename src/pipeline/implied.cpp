#include "pipeline/implied.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "events/coder.h"

namespace dyad::pipeline {
namespace {

constexpr auto base_rel = nlp::universal_relation;

// The words of the clause predicate word `w` belongs to: from a noun up
// through the nominal relations that hang it on its verb ("held talks",
// "condolences to"), then that verb's subtree without the clauses
// coordinated with it (a second verb names its own parties, or shares the
// first's, which then lie outside its clause).
std::vector<bool> clause_of(const nlp::ParsedSentence& s, std::size_t w) {
  const auto& words = s.words;
  const std::size_t n = words.size();
  auto head = [&](std::size_t i) { return words[i].head - 1; };
  for (std::size_t steps = 0; steps < n; ++steps) {
    const std::string_view up = words[w].upos;
    if (up == "VERB" || up == "AUX") break;
    const std::string_view r = base_rel(words[w].deprel);
    if (head(w) < 0 || static_cast<std::size_t>(head(w)) >= n) break;
    if (r != "obj" && r != "obl" && r != "nmod" && r != "iobj" && r != "compound" && r != "flat") break;
    w = static_cast<std::size_t>(head(w));
  }
  std::vector<bool> in(n, false);
  in[w] = true;
  // Words are in the clause when their chain of heads reaches `w` without
  // passing through a coordinated or loosely attached clause.
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t x = i;
    bool reached = false;
    for (std::size_t steps = 0; steps <= n; ++steps) {
      if (x == w) {
        reached = true;
        break;
      }
      const std::string_view r = base_rel(words[x].deprel);
      if (r == "conj" || r == "parataxis") break;
      const int h = head(x);
      if (h < 0 || static_cast<std::size_t>(h) >= n) break;
      x = static_cast<std::size_t>(h);
    }
    in[i] = reached;
  }
  return in;
}

bool overlaps(const Span& a, const Span& b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

std::vector<Mention> with_implied_parties(const AnnotatedDocument& doc, std::vector<Mention> mentions,
                                          const std::vector<events::Event>& events) {
  const auto& sentences = doc.segmented.sentences;
  const std::size_t named = mentions.size();
  std::set<std::tuple<std::size_t, std::size_t, std::string>> added;  // (begin, end, principal)
  for (const events::Event& e : events) {
    if (e.sentence >= sentences.size() || e.sentence >= doc.sentences.size()) continue;
    const AnnotatedSentence& annotated = doc.sentences[e.sentence];
    const Sentence& sentence = sentences[e.sentence];
    const auto [b, end] = word_range(annotated, sentence, e.trigger_span);
    if (b == end) continue;
    const std::vector<bool> clause = clause_of(annotated.parsed, b);
    auto in_clause = [&](const Span& span) {
      for (std::size_t w = 0; w < clause.size(); ++w) {
        if (!clause[w] || w >= annotated.word_token.size()) continue;
        const std::size_t t = annotated.word_token[w];
        if (t < sentence.tokens.size() && overlaps(sentence.tokens[t].span, span)) return true;
      }
      return false;
    };
    auto add = [&](const events::EventActor& party) {
      if (overlaps(party.span, sentence.span) && in_clause(party.span)) return;
      const std::string who = events::principal(party.actor);
      if (!added.emplace(e.trigger_span.begin, e.trigger_span.end, who).second) return;
      Mention m;
      m.sentence = e.sentence;
      m.span = e.trigger_span;
      m.text = e.trigger;
      m.kind = MentionKind::kImplied;
      m.actor = party.actor;
      m.confidence = e.confidence;
      for (std::size_t i = 0; i < named; ++i)
        if (mentions[i].span.begin == party.span.begin && mentions[i].span.end == party.span.end) {
          m.antecedent = i;
          break;
        }
      mentions.push_back(std::move(m));
    };
    add(e.source);
    if (e.target) add(*e.target);
  }
  // Document order, the named mention first where an implied one starts at
  // the same place; antecedents follow their mentions to the new places.
  std::vector<std::size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Span &x = mentions[a].span, &y = mentions[b].span;
    return std::tie(x.begin, x.end) < std::tie(y.begin, y.end);
  });
  std::vector<std::size_t> place(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) place[order[i]] = i;
  std::vector<Mention> out;
  out.reserve(mentions.size());
  for (std::size_t i : order) {
    Mention m = std::move(mentions[i]);
    if (m.antecedent && *m.antecedent < place.size()) m.antecedent = place[*m.antecedent];
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace dyad::pipeline
