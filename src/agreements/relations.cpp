#include "agreements/relations.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace dyad::agreements {
namespace {

// How many words may stand between a cue and what it points at: "builds on
// the 2015 bilateral framework agreement", "will oversee the implementation
// of the MOU".
constexpr std::size_t kObjectWords = 4;
constexpr std::size_t kAnchorWords = 6;
// Between a body and the carry word that makes it the doer in verb-final
// order ("door de NCTV worden uitgevoerd").
constexpr std::size_t kAgentGap = 3;
// Between an event's trigger and the agreement it names: "accused Somalia
// of violating the ceasefire"; before it only auxiliaries ("the ceasefire
// was violated").
constexpr std::size_t kEventObjectWords = 6;
constexpr std::size_t kEventSubjectWords = 3;
// Between a split verb and its particle: "voert het verdrag van 2019 uit".
constexpr std::size_t kSplitWords = 6;

std::string slice(const std::string& text, const Span& s) {
  if (s.begin > s.end || s.end > text.size()) return {};
  return text.substr(s.begin, s.size());
}

// Words a cue reaches across to its subject: "will be", "is to", "has".
bool skippable(const SentenceView& v, std::size_t w) {
  return v.upos(w, "AUX") || v.upos(w, "ADV") || v.upos(w, "PART") || v.upos(w, "DET");
}

// The word a cue at `b` follows, across auxiliaries; none at the start of
// a clause.
std::optional<std::size_t> left_of(const SentenceView& v, std::size_t b) {
  std::size_t k = b;
  while (k > 0 && skippable(v, k - 1)) --k;
  if (k == 0 || v.punct(k - 1)) return std::nullopt;
  return k - 1;
}

// The word of `w`'s subject (nsubj, nsubj:pass), by the parse.
std::optional<std::size_t> subject_of(const SentenceView& v, std::size_t w) {
  for (std::size_t k = 0; k < v.size(); ++k)
    if (v.parsed.words[k].head == static_cast<int>(w) + 1 &&
        nlp::universal_relation(v.parsed.words[k].deprel) == "nsubj")
      return k;
  return std::nullopt;
}

// A pronoun of `it` ("it", "its", "which"; Dutch "het" only as a pronoun,
// not the article).
bool stands_for(const SentenceView& v, std::size_t w, const std::vector<Word>& it) {
  return v.upos(w, "PRON") && v.is(w, it);
}

std::optional<std::size_t> kind_at(const RelationSentence& s, const std::vector<bool>& prior, std::size_t w) {
  for (std::size_t k = 0; k < s.kinds.size(); ++k)
    if (!prior[k] && s.kinds[k].begin <= w && w < s.kinds[k].end) return k;
  return std::nullopt;
}

const Mention* mention_at(const RelationSentence& s, std::size_t w) {
  for (const auto& [range, m] : s.actors)
    if (range.first <= w && w < range.second) return m;
  return nullptr;
}

// Who can carry an agreement out: states, places, organisations and
// collective bodies; not a person, a pronoun or "the two countries".
bool body_kind(const Mention& m) {
  return m.kind == MentionKind::kState || m.kind == MentionKind::kPlace || m.kind == MentionKind::kOrganisation ||
         m.kind == MentionKind::kCollective;
}

bool year_word(const std::string& f) {
  return f.size() == 4 && std::all_of(f.begin(), f.end(), [](unsigned char c) { return std::isdigit(c); }) &&
         (f.starts_with("19") || f.starts_with("20"));
}

// A capitalised name the actor registry does not know, from word `b` on
// ("the National Counter Terrorism Centre"): [b, e), e == b when none.
std::size_t name_end(const RelationSentence& s, std::size_t b) {
  const SentenceView& v = s.v;
  std::size_t e = b, last = b;
  bool proper = false;
  for (; e < v.size(); ++e) {
    if (v.capitalised(e) && v.noun(e)) {
      proper = proper || v.upos(e, "PROPN") || e > 0;
      last = e + 1;
    } else if (!(last > b && v.is(e, s.connect) && !v.upos(e, "DET"))) {
      break;
    }
  }
  return proper ? last : b;
}

Body make_body(const RelationSentence& s, const Mention* m, std::size_t b, std::size_t e, const Match& cue) {
  Body body;
  if (m) body.actor = m->actor;
  body.span = m ? m->span : s.span(b, e);
  body.text = m ? m->text : slice(s.text, body.span);
  body.cue = slice(s.text, s.span(cue.begin, cue.end));
  body.sentence = s.index;
  return body;
}

// The body named from word `b` on ("by the NCTC"): a mention that can be
// one, else a capitalised name; none when a person or nothing is there.
std::optional<Body> body_after(const RelationSentence& s, std::size_t b, const Match& cue, std::size_t* end = nullptr) {
  while (b < s.v.size() && s.v.upos(b, "DET")) ++b;
  if (b >= s.v.size()) return std::nullopt;
  if (const Mention* m = mention_at(s, b)) {
    if (!body_kind(*m)) return std::nullopt;
    if (end)
      for (const auto& [range, x] : s.actors)
        if (x == m) *end = range.second;
    return make_body(s, m, b, b, cue);
  }
  const std::size_t e = name_end(s, b);
  if (e == b) return std::nullopt;
  if (end) *end = e;
  return make_body(s, nullptr, b, e, cue);
}

// The body whose name ends at word `w` ("the NCTC will oversee …").
std::optional<Body> body_before(const RelationSentence& s, std::size_t w, const Match& cue) {
  if (const Mention* m = mention_at(s, w)) {
    if (!body_kind(*m)) return std::nullopt;
    return make_body(s, m, w, w, cue);
  }
  std::size_t b = w + 1;
  while (b > 0 && s.v.capitalised(b - 1) && s.v.noun(b - 1)) --b;
  // A lone capitalised word opening the sentence is a name only if tagged one.
  if (b > w || name_end(s, b) != w + 1 || (b == 0 && w == 0 && !s.v.upos(0, "PROPN"))) return std::nullopt;
  return make_body(s, nullptr, b, w + 1, cue);
}

}  // namespace

bool RelationReader::load(const std::filesystem::path& file, std::string* error) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return true;
  DataLines lines;
  if (!read_lines(file, lines, error)) return false;
  for (const auto& [n, f] : lines) {
    PhraseSet* set = f.size() != 2       ? nullptr
                     : f[0] == "follows" ? &follows_
                     : f[0] == "by"      ? &by_
                     : f[0] == "lead"    ? &lead_
                     : f[0] == "carry"   ? &carry_
                                         : nullptr;
    std::vector<Word>* words = f.size() != 2     ? nullptr
                               : f[0] == "agent" ? &agent_
                               : f[0] == "it"    ? &it_
                               : f[0] == "task"  ? &task_
                               : f[0] == "year"  ? &year_
                                                 : nullptr;
    const auto gap = f.size() == 2 ? f[1].find("...") : std::string::npos;
    if (set && gap != std::string::npos && (set == &follows_ || set == &carry_)) {
      Split x;
      x.head.add({parse_phrase(f[1].substr(0, gap)), f[0], false});
      x.tail = parse_phrase(f[1].substr(gap + 3));
      if (x.head.empty() || x.tail.empty()) set = nullptr;
      if (set) (set == &follows_ ? follows_split_ : carry_split_).push_back(std::move(x));
    } else if (set) {
      set->add({parse_phrase(f[1]), f[0], false});
    } else if (words && f[1].find(' ') == std::string::npos) {
      words->push_back(parse_word(f[1]));
    } else {
      if (error)
        *error = file.string() + ":" + std::to_string(n) +
                 ": expected 'class<TAB>phrase' with class follows, by, lead or carry (follows and carry may "
                 "split: 'head ... particle'), or 'class<TAB>word' with class agent, it, task or year";
      return false;
    }
  }
  return true;
}

// The kind match that a follows cue at `c` has as its object: just after
// it ("builds on the 2015 framework agreement").
std::optional<std::size_t> RelationReader::object_after(const RelationSentence& s, const std::vector<bool>& prior,
                                                        const Match& c) const {
  const SentenceView& v = s.v;
  for (std::size_t k = 0; k < s.kinds.size(); ++k) {
    const Match& m = s.kinds[k];
    if (prior[k] || m.begin < c.end || m.begin - c.end > kObjectWords) continue;
    bool open = true;
    for (std::size_t w = c.end; w < m.begin && open; ++w) open = !v.punct(w) && !v.upos(w, "VERB") && !v.upos(w, "AUX");
    if (open) return k;
  }
  return std::nullopt;
}

// Verb-final relative clauses put the object before the cue: "een akkoord
// over grenscontroles, dat het akkoord uit 2015 vervangt". The clause
// opens with a relative pronoun right before the object; the agreement
// spoken of is named before that.
std::optional<std::size_t> RelationReader::object_before(const RelationSentence& s, const std::vector<bool>& prior,
                                                         const Match& c) const {
  const SentenceView& v = s.v;
  for (std::size_t k = 0; k < s.kinds.size(); ++k) {
    const Match& m = s.kinds[k];
    if (prior[k] || m.end > c.begin || c.begin - m.end > kObjectWords) continue;
    bool open = true;
    for (std::size_t w = m.end; w < c.begin && open; ++w) open = !v.punct(w) && !v.upos(w, "VERB");
    std::size_t det = m.begin;
    while (det > 0 && (v.upos(det - 1, "DET") || v.upos(det - 1, "NUM") || v.upos(det - 1, "ADJ"))) --det;
    // Dutch "dat" as a relative pronoun is often tagged a conjunction.
    const bool relative = det > 0 && v.is(det - 1, it_) && (v.upos(det - 1, "PRON") || v.upos(det - 1, "SCONJ"));
    if (!open || !relative) continue;
    for (std::size_t j = 0; j < k; ++j)
      if (!prior[j] && s.kinds[j].end < det) return k;
  }
  return std::nullopt;
}

Antecedent RelationReader::antecedent(const RelationSentence& s, const Match& c, const Match& m,
                                      std::size_t from) const {
  const SentenceView& v = s.v;
  Antecedent a;
  a.kind = m.phrase->id;
  a.cue = slice(s.text, s.span(c.begin, c.end));
  a.sentence = s.index;
  std::size_t e = m.end;
  for (std::size_t w = from; w < m.begin; ++w)
    if (year_word(v.forms[w])) a.year = std::stoi(v.forms[w]);
  if (v.capitalised(m.begin)) {
    std::size_t nb = m.begin;
    while (nb > from && v.capitalised(nb - 1) && v.noun(nb - 1)) --nb;
    const std::size_t ne = std::max(m.end, name_end(s, nb));
    if (ne > m.end || nb < m.begin) a.name = slice(s.text, s.span(nb, ne));
    e = std::max(e, ne);
  }
  if (!a.year && e + 1 < v.size() && v.is(e, year_) && year_word(v.forms[e + 1])) {
    a.year = std::stoi(v.forms[e + 1]);
    e += 2;
  }
  a.span = s.span(from, e);
  a.text = slice(s.text, a.span);
  return a;
}

std::vector<Match> RelationReader::cues(const PhraseSet& set, const std::vector<Split>& split,
                                        const SentenceView& v) const {
  std::vector<Match> out = find(set, v, false);
  for (const Split& x : split) {
    for (const Match& head : find(x.head, v, false)) {
      // The particle comes later in the clause: "voert het verdrag uit".
      bool tail = false;
      for (std::size_t w = head.end; w < v.size() && w <= head.end + kSplitWords && !v.punct(w) && !tail; ++w) {
        std::size_t n = 0;
        while (n < x.tail.size() && w + n < v.size() && v.is(w + n, {x.tail[n]})) ++n;
        tail = n == x.tail.size();
      }
      if (tail) out.push_back(head);
    }
  }
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.begin < b.begin; });
  return out;
}

std::vector<Antecedent> RelationReader::antecedents(const RelationSentence& s, std::vector<bool>& prior) const {
  std::vector<Antecedent> out;
  if ((follows_.empty() && follows_split_.empty()) || s.kinds.empty()) return out;
  const SentenceView& v = s.v;
  auto anchor = [&](std::size_t w) { return kind_at(s, prior, w) || stands_for(v, w, it_); };
  for (const Match& c : cues(follows_, follows_split_, v)) {
    if (negated(v, c.begin, s.neg)) continue;
    std::optional<std::size_t> object = object_after(s, prior, c);
    if (object) {
      // The one that follows is the agreement spoken of (or the clause
      // opens with the cue: "Building on …, Kenya and Norway signed"); a
      // state that "implements the treaty" carries it out instead.
      const auto left = left_of(v, c.begin);
      const auto subject = subject_of(v, c.begin);
      if (left && !anchor(*left) && !(subject && anchor(*subject))) continue;
    } else {
      object = object_before(s, prior, c);
      if (!object) continue;
    }
    const Match& m = s.kinds[*object];
    prior[*object] = true;
    std::size_t from = std::min(c.end, m.begin);
    if (m.begin < c.begin)
      while (from > 0 && (v.upos(from - 1, "DET") || v.upos(from - 1, "NUM") || v.upos(from - 1, "ADJ"))) --from;
    out.push_back(antecedent(s, c, m, from));
  }
  return out;
}

// What one sentence says about who carries out the agreement it speaks
// of: the tests every kind of cue shares.
class BodyReader {
 public:
  BodyReader(const RelationSentence& s, const std::vector<bool>& prior, const std::vector<Word>& it,
             const std::vector<Word>& task)
      : s_(s), v_(s.v), prior_(prior), it_(it), task_(task) {}

  // The agreement, or "it"/"which", at word w.
  bool anchor(std::size_t w) const { return kind_at(s_, prior_, w).has_value() || stands_for(v_, w, it_); }

  // The agreement (or "it", "its implementation") shortly after word `b`;
  // not "the implementation of reforms".
  bool anchor_after(std::size_t b, std::size_t reach) const {
    for (std::size_t w = b; w < v_.size() && w < b + reach && !v_.punct(w); ++w) {
      if (anchor(w)) return true;
      if (v_.is(w, task_) && !(w + 1 < v_.size() && v_.is(w + 1, s_.connect))) return true;
    }
    return false;
  }

  // Verb-final order puts the agreement before the verb: "gaat het
  // memorandum uitvoeren". Only a named agreement: a "which" there is the
  // subject ("the Office, which coordinates on these measures").
  bool anchor_before(std::size_t e) const {
    for (std::size_t w = e; w-- > 0 && e - w <= kObjectWords && !v_.punct(w);)
      if (kind_at(s_, prior_, w)) return true;
    return false;
  }

  // What the cue at `b` says is done is the agreement: its subject is the
  // agreement ("the MOU will be implemented by"), or the cue opens a
  // clause of a sentence that names the agreement (", onder coördinatie
  // van IGAD").
  bool passive_anchor(std::size_t b) const {
    auto left = left_of(v_, b);
    // "will be implemented under the supervision of": past the verb.
    if (left && v_.upos(*left, "VERB")) {
      b = *left;
      left = left_of(v_, b);
    }
    if (left) return anchor(*left) || (subject_of(v_, b) && anchor(*subject_of(v_, b)));
    for (std::size_t w = 0; w < v_.size(); ++w)
      if (anchor(w)) return true;
    return false;
  }

  // A carry cue with the agreement as its object, after it, before it
  // (verb-final) or by the parse.
  bool carried(const Match& c) const {
    if (negated(v_, c.begin, s_.neg)) return false;
    if (anchor_after(c.end, kAnchorWords) || anchor_before(c.begin)) return true;
    for (std::size_t k = 0; k < v_.size(); ++k)
      if (v_.parsed.words[k].head == static_cast<int>(c.begin) + 1 &&
          nlp::universal_relation(v_.parsed.words[k].deprel) == "obj")
        return anchor(k) || anchor_after(k, 3);
    return false;
  }

  // The doer of a carry cue: the body just before it ("the NCTC will
  // oversee"; "the NCTC, which will oversee": before the comma), else its
  // subject by the parse.
  std::optional<Body> doer(const Match& c) const {
    auto left = left_of(v_, c.begin);
    if (left && stands_for(v_, *left, it_) && *left >= 2 && v_.punct(*left - 1)) left = *left - 2;
    if (left && !anchor(*left)) return body_before(s_, *left, c);
    const auto subject = subject_of(v_, c.begin);
    if (subject && !anchor(*subject)) return body_before(s_, *subject, c);
    return std::nullopt;
  }

  void add(std::optional<Body> body) {
    if (!body) return;
    for (const Body& x : out)
      if (x.actor.code == body->actor.code && x.text == body->text) return;
    out.push_back(std::move(*body));
  }

  std::vector<Body> out;

 private:
  const RelationSentence& s_;
  const SentenceView& v_;
  const std::vector<bool>& prior_;
  const std::vector<Word>&it_, &task_;
};

std::vector<Body> RelationReader::bodies(const RelationSentence& s, const std::vector<bool>& prior) const {
  const SentenceView& v = s.v;
  BodyReader r(s, prior, it_, task_);
  const std::vector<Match> carries = cues(carry_, carry_split_, v);
  // "will be implemented by X", "onder coördinatie van X".
  for (const Match& c : find(by_, v, false))
    if (!negated(v, c.begin, s.neg) && r.passive_anchor(c.begin)) r.add(body_after(s, c.end, c));
  // "a working group led by X will implement it": X leads whoever carries it out.
  for (const Match& c : find(lead_, v, false))
    if (std::any_of(carries.begin(), carries.end(), [&](const Match& x) { return x.begin >= c.end && r.carried(x); }))
      r.add(body_after(s, c.end, c));
  // "X will oversee its implementation".
  for (const Match& c : carries)
    if (r.carried(c)) r.add(r.doer(c));
  // Verb-final order: "wordt door de NCTV uitgevoerd".
  for (std::size_t w = 0; w + 1 < v.size(); ++w) {
    if (!v.is(w, agent_)) continue;
    std::size_t end = w + 1;
    auto body = body_after(s, w + 1, {w, w + 1, nullptr}, &end);
    if (!body) continue;
    const auto c = std::find_if(carries.begin(), carries.end(),
                                [&](const Match& x) { return x.begin >= end && x.begin <= end + kAgentGap; });
    if (c == carries.end() || !r.passive_anchor(w)) continue;
    body->cue = slice(s.text, s.span(w, c->end));
    r.add(std::move(body));
  }
  return std::move(r.out);
}

std::optional<std::size_t> RelationReader::object_of(const RelationSentence& s, const std::vector<bool>& prior,
                                                     std::size_t tb, std::size_t te) const {
  const SentenceView& v = s.v;
  auto definite = [&](const Match& m) {
    if (v.capitalised(m.begin) && m.begin > 0) return true;
    std::size_t det = m.begin;
    while (det > 0 && (v.upos(det - 1, "ADJ") || v.upos(det - 1, "NOUN") || v.upos(det - 1, "PROPN"))) --det;
    return det > 0 && v.is(det - 1, s.the);
  };
  for (std::size_t k = 0; k < s.kinds.size(); ++k) {
    const Match& m = s.kinds[k];
    if (prior[k] || !definite(m)) continue;
    bool near = false;
    if (m.begin >= te && m.begin - te <= kEventObjectWords) {
      near = true;
      for (std::size_t w = te; w < m.begin && near; ++w) near = !v.punct(w);
    } else if (m.end <= tb && tb - m.end <= kEventSubjectWords) {
      near = true;
      for (std::size_t w = m.end; w < tb && near; ++w) near = v.upos(w, "AUX") || v.upos(w, "ADV");
    }
    if (near) return k;
  }
  return std::nullopt;
}

}  // namespace dyad::agreements
