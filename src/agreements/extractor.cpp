#include "agreements/extractor.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include "actors/pieces.h"
#include "events/coder.h"
#include "nlp/word_shape.h"

namespace dyad::agreements {
namespace {

// How many sentences after an agreement's latest report a bare "the
// agreement" / "the pact" still speaks of it.
constexpr std::size_t kAnaphorSentences = 5;
// How far a sentence that names what carries "the pact" out, or what it
// builds on, may be from its latest report: such a sentence often closes
// a report, after quotes about other things.
constexpr std::size_t kRelationSentences = 10;
// At most this many relations of each kind per agreement: a document
// that names a thousand bodies for one agreement is not read for them all
// (and their lists are checked for repeats in linear time).
constexpr std::size_t kMaxRelations = 200;

// The document's agreements while they are being read, with what merging
// needs.
struct Draft {
  Agreement a;
  bool weak = false;
  std::set<std::string> principals;
  std::size_t last = 0;  // latest sentence
};

bool subset(const std::set<std::string>& x, const std::set<std::string>& y) {
  return std::includes(y.begin(), y.end(), x.begin(), x.end());
}

void add_sentence(Agreement& a, std::size_t s) {
  if (std::find(a.sentences.begin(), a.sentences.end(), s) == a.sentences.end()) a.sentences.push_back(s);
}

void add_topics(Agreement& a, const std::vector<std::string>& topics) {
  for (const auto& t : topics)
    if (std::find(a.topics.begin(), a.topics.end(), t) == a.topics.end()) a.topics.push_back(t);
}

void add_signatories(Agreement& a, const std::vector<Signatory>& people) {
  for (const auto& p : people) {
    const bool known = std::any_of(a.signatories.begin(), a.signatories.end(),
                                   [&](const Signatory& x) { return x.actor.name == p.actor.name; });
    if (!known) a.signatories.push_back(p);
  }
}

std::string slice(const std::string& text, const Span& s) {
  if (s.begin > s.end || s.end > text.size()) return {};
  return text.substr(s.begin, s.size());
}

// A place of `country` named inside words [b, e): the city a party stands
// for ("Mombasa", "the mayors of Rotterdam and Mombasa" for NLD).
std::string city_in(const Registry& r, const SentenceView& v, std::size_t b, std::size_t e, const std::string& country) {
  for (std::size_t i = b; i < e; ++i) {
    if (!v.capitalised(i)) continue;
    std::uint32_t node = PhraseTrie::kRoot;
    for (std::size_t j = i; j < e && node != PhraseTrie::kNone; ++j) {
      for (const auto& key : surface_keys(v.parsed.words[j].form)) {
        node = r.trie().step(node, key);
        if (node == PhraseTrie::kNone) break;
      }
      if (node == PhraseTrie::kNone) break;
      for (std::uint32_t value : r.trie().values(node)) {
        const Entry& entry = r.entry(value);
        if (entry.kind == EntryKind::kPlace && r.place(entry.index).country == country) return r.place(entry.index).name;
      }
    }
  }
  return {};
}

}  // namespace

std::unique_ptr<Extractor> Extractor::load(const std::filesystem::path& dir, std::string* error) {
  auto x = std::unique_ptr<Extractor>(new Extractor());
  DataLines lines;
  if (!read_lines(dir / "kinds.txt", lines, error)) return nullptr;
  for (const auto& [n, f] : lines) {
    if (f.size() < 2 || f.size() > 3 || (f.size() == 3 && f[2] != "weak")) {
      if (error) *error = (dir / "kinds.txt").string() + ":" + std::to_string(n) + ": expected 'phrase<TAB>kind[<TAB>weak]'";
      return nullptr;
    }
    x->kinds_.add({parse_phrase(f[0]), f[1], f.size() == 3});
  }
  std::vector<std::filesystem::path> topic_files = {dir / "topics.txt"};
  std::error_code ec;
  std::vector<std::filesystem::path> generated;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with("topics-") && name.ends_with(".txt")) generated.push_back(e.path());
  }
  std::sort(generated.begin(), generated.end());
  topic_files.insert(topic_files.end(), generated.begin(), generated.end());
  for (const auto& file : topic_files) {
    lines.clear();
    if (!read_lines(file, lines, error)) return nullptr;
    for (const auto& [n, f] : lines) {
      if (f.size() != 2) {
        if (error) *error = file.string() + ":" + std::to_string(n) + ": expected 'topic<TAB>phrase'";
        return nullptr;
      }
      x->topics_.add({parse_phrase(f[1]), f[0], false});
    }
  }
  lines.clear();
  if (!read_lines(dir / "words.txt", lines, error)) return nullptr;
  for (const auto& [n, f] : lines) {
    static const std::set<std::string> known = {"sign", "neg", "at", "with", "connect", "the"};
    if (f.size() != 2 || !known.contains(f[0])) {
      if (error)
        *error = (dir / "words.txt").string() + ":" + std::to_string(n) +
                 ": expected 'class<TAB>word' with class sign, neg, at, with, connect or the";
      return nullptr;
    }
    x->classes_[f[0]].push_back(parse_word(nlp::lowercase(f[1])));
  }
  if (!x->relations_.load(dir / "relations.txt", error)) return nullptr;
  return x;
}

void offset_sentences(Agreement& a, std::size_t first) {
  a.sentence += first;
  for (std::size_t& s : a.sentences) s += first;
  for (Body& b : a.implemented_by) b.sentence += first;
  for (Antecedent& x : a.builds_on) x.sentence += first;
  for (Reference& r : a.referred_by) r.sentence += first;
}

// One document read sentence by sentence into drafts of its agreements,
// then their relations to each other.
class DocumentReader {
 public:
  DocumentReader(const Extractor& x, const pipeline::AnnotatedDocument& doc, const std::vector<events::Event>& events,
                 const events::DateRules* dates, const Registry* registry)
      : x_(x),
        doc_(doc),
        events_(events),
        dates_(dates),
        registry_(registry),
        sign_(cls("sign")),
        neg_(cls("neg")),
        at_(cls("at")),
        with_(cls("with")),
        connect_(cls("connect")),
        the_(cls("the")) {
    by_sentence_.resize(doc.sentences.size());
    std::size_t n = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
      if (!events[i].code) continue;
      number_.emplace(i, n++);
      if (events[i].sentence < by_sentence_.size()) by_sentence_[events[i].sentence].push_back(i);
    }
  }

  std::vector<Agreement> run();

 private:
  const std::vector<Word>& cls(const char* name) const {
    static const std::vector<Word> none;
    auto it = x_.classes_.find(name);
    return it == x_.classes_.end() ? none : it->second;
  }
  std::vector<const events::Event*> signings(std::size_t s) const;
  RelationSentence relation_sentence(std::size_t s, const SentenceView& v, const std::vector<Match>& kinds,
                                     std::size_t first_mention) const;
  // One sentence as it is being read for an agreement.
  struct Reading {
    std::size_t s;
    const SentenceView& v;
    const Match* kind;  // the agreement's kind named there; null with a 057 event alone
    const std::vector<const events::Event*>& signed_events;
    std::size_t first_mention;
    std::pair<std::size_t, std::size_t> title;  // words of its title, if any
  };
  struct Found {
    std::vector<Party> parties;
    std::vector<Signatory> people;
    std::string place;
    std::set<std::string> principals;
  };
  // Reads sentence s into the drafts: the draft it reports, if any.
  std::optional<std::size_t> read(std::size_t s, const SentenceView& v, const std::vector<Match>& kinds,
                                  const std::vector<bool>& prior, const std::vector<const events::Event*>& signed_events,
                                  std::size_t first_mention, const std::vector<std::string>& date_words);
  Span token_span(std::size_t s, std::size_t b, std::size_t e) const;
  Found find_parties(const Reading& r) const;
  std::optional<std::size_t> attach(const Reading& r, const Found& found, const std::vector<std::string>& topics);
  Agreement conclude(const Reading& r, Found& found, const std::vector<std::string>& topics,
                     const std::vector<std::string>& date_words) const;
  void merge(Draft& x, Agreement a, bool weak);
  std::optional<std::size_t> latest(std::size_t s, std::size_t reach = kAnaphorSentences) const;
  void refer(const RelationSentence& rs, const std::vector<bool>& prior,
             const std::vector<const events::Event*>& signed_events);
  void link_antecedents();

  const Extractor& x_;
  const pipeline::AnnotatedDocument& doc_;
  const std::vector<events::Event>& events_;
  const events::DateRules* dates_;
  const Registry* registry_;
  const std::vector<Word>&sign_, &neg_, &at_, &with_, &connect_, &the_;
  std::vector<Draft> drafts_;
  std::vector<std::vector<std::size_t>> by_sentence_;  // coded events by first sentence
  std::map<std::size_t, std::size_t> number_;          // an event's place among the coded ones
};

std::vector<const events::Event*> DocumentReader::signings(std::size_t s) const {
  std::vector<const events::Event*> out;
  for (const auto& e : events_) {
    if (!e.code || !e.code->code.starts_with("057") || !e.target) continue;
    if (e.sentence == s || std::find(e.sentences.begin(), e.sentences.end(), s) != e.sentences.end())
      out.push_back(&e);
  }
  return out;
}

// The draft whose latest report is the most recent, if within `reach` of s.
std::optional<std::size_t> DocumentReader::latest(std::size_t s, std::size_t reach) const {
  if (drafts_.empty()) return std::nullopt;
  const auto it =
      std::max_element(drafts_.begin(), drafts_.end(), [](const Draft& a, const Draft& b) { return a.last < b.last; });
  if (it->last + reach < s) return std::nullopt;
  return static_cast<std::size_t>(it - drafts_.begin());
}

RelationSentence DocumentReader::relation_sentence(std::size_t s, const SentenceView& v, const std::vector<Match>& kinds,
                                                   std::size_t first_mention) const {
  const auto& sentence = doc_.segmented.sentences[s];
  const auto& annotated = doc_.sentences[s];
  RelationSentence rs{v, kinds, {}, [&sentence, &annotated](std::size_t b, std::size_t e) {
                        const auto& toks = sentence.tokens;
                        return Span{toks[annotated.word_token[b]].span.begin, toks[annotated.word_token[e - 1]].span.end};
                      },
                      doc_.segmented.document.text, s, neg_, the_, connect_};
  for (std::size_t m = first_mention; m < doc_.mentions.size() && doc_.mentions[m].sentence == s; ++m) {
    const auto range = pipeline::word_range(annotated, sentence, doc_.mentions[m].span);
    if (range.first < range.second) rs.actors.push_back({range, &doc_.mentions[m]});
  }
  return rs;
}

std::vector<Agreement> DocumentReader::run() {
  const auto& sentences = doc_.segmented.sentences;
  std::size_t next_mention = 0;
  for (std::size_t s = 0; s < sentences.size() && s < doc_.sentences.size(); ++s) {
    while (next_mention < doc_.mentions.size() && doc_.mentions[next_mention].sentence < s) ++next_mention;
    const std::vector<const events::Event*> signed_events = signings(s);
    const SentenceView v(doc_.sentences[s].parsed);
    const std::vector<Match> kinds = find(x_.kinds_, v, true);
    // Most sentences name no agreement: the cheap test first. One that
    // follows an agreement closely may still say who carries "it" out.
    const auto recent = x_.relations_.empty() ? std::nullopt : latest(s, kRelationSentences);
    if (kinds.empty() && signed_events.empty() && !recent) continue;

    const RelationSentence rs = relation_sentence(s, v, kinds, next_mention);
    std::vector<bool> prior(kinds.size(), false);
    std::vector<Antecedent> antecedents = x_.relations_.antecedents(rs, prior);
    // "the 2016 declaration" dates the earlier agreement, not this one.
    std::vector<std::string> date_words = v.forms;
    for (const Antecedent& a : antecedents) {
      const auto [b, e] = pipeline::word_range(doc_.sentences[s], sentences[s], a.span);
      for (std::size_t w = b; w < e; ++w) date_words[w].clear();
    }
    std::optional<std::size_t> target = read(s, v, kinds, prior, signed_events, next_mention, date_words);
    std::vector<Body> bodies = x_.relations_.bodies(rs, prior);
    if (!target && recent && (!antecedents.empty() || !bodies.empty())) {
      // "It will be implemented by …", "The MOU builds on …": the agreement
      // just reported, when whatever kind is named fits it.
      // Only "it" (no kind named) reaches no further than "the pact" would.
      const Draft& x = drafts_[*recent];
      bool fits = true, named = false;
      for (std::size_t k = 0; k < kinds.size(); ++k) {
        fits = fits && (prior[k] || kinds[k].phrase->weak || x.weak || kinds[k].phrase->id == x.a.kind);
        named = named || !prior[k];
      }
      if (fits && (named || x.last + kAnaphorSentences >= s)) target = recent;
    }
    if (target) {
      Agreement& a = drafts_[*target].a;
      for (Antecedent& x : antecedents)
        if (a.builds_on.size() < kMaxRelations && std::none_of(a.builds_on.begin(), a.builds_on.end(),
                         [&](const Antecedent& y) { return y.kind == x.kind && y.text == x.text; }))
          a.builds_on.push_back(std::move(x));
      for (Body& b : bodies)
        if (a.implemented_by.size() < kMaxRelations && std::none_of(a.implemented_by.begin(), a.implemented_by.end(),
                         [&](const Body& y) { return y.actor.code == b.actor.code && y.text == b.text; }))
          a.implemented_by.push_back(std::move(b));
    }
    refer(rs, prior, signed_events);
  }
  link_antecedents();
  std::vector<Agreement> out;
  for (Draft& x : drafts_) {
    std::sort(x.a.topics.begin(), x.a.topics.end());
    std::sort(x.a.sentences.begin(), x.a.sentences.end());
    out.push_back(std::move(x.a));
  }
  return out;
}

// Events of sentence `rs.index` whose object is an agreement already
// reported: "Kenya welcomed the agreement".
void DocumentReader::refer(const RelationSentence& rs, const std::vector<bool>& prior,
                           const std::vector<const events::Event*>& signed_events) {
  const std::size_t s = rs.index;
  if (rs.kinds.empty() || drafts_.empty()) return;
  for (std::size_t i : by_sentence_[s]) {
    const events::Event& e = events_[i];
    // A signing is the agreement itself, not a reference to it.
    if (e.code->code.starts_with("057") ||
        std::find(signed_events.begin(), signed_events.end(), &e) != signed_events.end())
      continue;
    const auto [tb, te] = pipeline::word_range(doc_.sentences[s], doc_.segmented.sentences[s], e.trigger_span);
    if (tb == te) continue;
    const auto k = x_.relations_.object_of(rs, prior, tb, te);
    if (!k) continue;
    const Phrase& named = *rs.kinds[*k].phrase;
    std::optional<std::size_t> best;
    for (std::size_t j = 0; j < drafts_.size(); ++j) {
      const Draft& x = drafts_[j];
      if (x.a.sentence > s || !(x.a.kind == named.id || x.weak || named.weak)) continue;
      if (!best || x.last >= drafts_[*best].last) best = j;
    }
    if (!best) continue;
    Agreement& a = drafts_[*best].a;
    const std::size_t n = number_.at(i);
    if (a.referred_by.size() >= kMaxRelations) continue;
    if (std::any_of(a.referred_by.begin(), a.referred_by.end(), [&](const Reference& r) { return r.event == n; }))
      continue;
    a.referred_by.push_back({n, e.code->code, e.trigger, e.trigger_span, e.source.actor.code,
                             e.target ? e.target->actor.code : std::string(), s});
  }
}

// An earlier agreement that is itself in this document's register: its index.
void DocumentReader::link_antecedents() {
  for (std::size_t i = 0; i < drafts_.size(); ++i)
    for (Antecedent& x : drafts_[i].a.builds_on) {
      std::optional<std::size_t> best;
      for (std::size_t j = 0; j < drafts_.size(); ++j) {
        const Agreement& other = drafts_[j].a;
        if (j == i || !(other.kind == x.kind || drafts_[j].weak)) continue;
        if (x.year && other.date && other.date->year != *x.year) continue;
        // The latest one reported before the sentence that names it, else the first after.
        const bool before = other.sentence <= x.sentence;
        if (!best || (before && (drafts_[*best].a.sentence > x.sentence || other.sentence > drafts_[*best].a.sentence)))
          best = j;
      }
      x.index = best;
    }
}

// Words [begin, end) of a title around the kind's words: "the Paris
// Agreement", "Memorandum of Understanding on Cooperation to Counter
// International Terrorism". Empty when the kind is not capitalised.
std::pair<std::size_t, std::size_t> title_of(const SentenceView& v, const Match* kind, const std::vector<Word>& connect) {
  if (!kind || !v.capitalised(kind->begin)) return {0, 0};
  std::size_t begin = kind->begin, end = kind->end;
  while (begin > 1 && v.capitalised(begin - 1) && v.noun(begin - 1)) --begin;
  for (std::size_t j = kind->end; j < v.size(); ++j) {
    if (v.capitalised(j) && !v.punct(j)) {
      end = j + 1;
    } else if (!v.is(j, connect)) {
      break;
    }
  }
  return {begin, end};
}

std::optional<std::size_t> DocumentReader::read(std::size_t s, const SentenceView& v, const std::vector<Match>& kinds,
                                                const std::vector<bool>& prior,
                                                const std::vector<const events::Event*>& signed_events,
                                                std::size_t first_mention, const std::vector<std::string>& date_words) {
  Reading r{s, v, nullptr, signed_events, first_mention, {0, 0}};
  for (std::size_t k = 0; k < kinds.size(); ++k)
    if (!prior[k] && (!r.kind || (r.kind->phrase->weak && !kinds[k].phrase->weak))) r.kind = &kinds[k];
  if (!r.kind && signed_events.empty()) return std::nullopt;
  bool signing = false;
  for (std::size_t w = 0; w < v.size() && !signing; ++w) signing = v.is(w, sign_) && !negated(v, w, neg_);
  r.title = title_of(v, r.kind, connect_);
  Found found = find_parties(r);
  // Topics of this sentence, unless denied ("does not cover military cooperation").
  std::vector<std::string> topics;
  for (const Match& m : find(x_.topics_, v, false))
    if (!negated(v, m.begin, neg_)) topics.push_back(m.phrase->id);
  const bool concluded = !signed_events.empty() || (r.kind && signing && found.principals.size() >= 2);
  if (!concluded) return attach(r, found, topics);
  Agreement a = conclude(r, found, topics, date_words);
  const bool weak = !r.kind || r.kind->phrase->weak;
  // The same agreement told again (a headline and its lead, "the pact
  // signed by …"): one entry with both sentences.
  std::optional<std::size_t> same;
  for (std::size_t j = 0; j < drafts_.size(); ++j) {
    const Draft& x = drafts_[j];
    const bool kinds_fit = x.a.kind == a.kind || x.weak || weak;
    if (kinds_fit && (subset(found.principals, x.principals) || subset(x.principals, found.principals))) same = j;
  }
  if (!same) {
    drafts_.push_back({std::move(a), weak, std::move(found.principals), s});
    return drafts_.size() - 1;
  }
  merge(drafts_[*same], std::move(a), weak);
  return same;
}

Span DocumentReader::token_span(std::size_t s, std::size_t b, std::size_t e) const {
  const auto& toks = doc_.segmented.sentences[s].tokens;
  const auto& annotated = doc_.sentences[s];
  return Span{toks[annotated.word_token[b]].span.begin, toks[annotated.word_token[e - 1]].span.end};
}

// Parties, signatories and the place, from the sentence's mentions (and
// its signing events).
DocumentReader::Found DocumentReader::find_parties(const Reading& r) const {
  const std::size_t s = r.s;
  const SentenceView& v = r.v;
  const Match* kind = r.kind;
  const auto& sentences = doc_.segmented.sentences;
  const pipeline::AnnotatedSentence& annotated = doc_.sentences[s];
  const auto& signed_events = r.signed_events;
  const auto [name_begin, name_end] = r.title;
  const auto &at = at_, &with = with_;
  const Registry* registry = registry_;
  Found found;
  auto& parties = found.parties;
  auto& people = found.people;
  auto& place = found.place;
  std::vector<const Mention*> cities;
  auto add_party = [&](const Actor& actor, const std::string& text, const Span& span) {
    const std::string p = events::principal(actor);
    if (p.empty()) return;
    for (const Party& x : parties)
      if (events::principal(x.actor) == p) return;
    parties.push_back({actor, text, span, {}});
  };
  bool last_was_party = false;
  for (std::size_t m = r.first_mention; m < doc_.mentions.size() && doc_.mentions[m].sentence == s; ++m) {
    const Mention& x = doc_.mentions[m];
    auto [b, e] = pipeline::word_range(annotated, sentences[s], x.span);
    if (b == e) continue;
    if (name_end > name_begin && b < name_end && e > name_begin) continue;  // part of the title
    std::size_t before = b;
    while (before > 0 && v.parsed.words[before - 1].upos == "DET") --before;
    const bool located = before > 0 && v.is(before - 1, at);
    if (x.kind == MentionKind::kPlace) {
      if (located) {
        if (place.empty()) place = x.text;
        continue;
      }
      cities.push_back(&x);
    }
    if (x.kind == MentionKind::kPerson && !x.actor.name.empty()) people.push_back({x.actor, x.text, x.span});
    if (x.actor.country.empty() && x.actor.org.empty()) continue;
    // After the agreement's noun a party is introduced ("with X",
    // "between X and Y"); other names there are what it is about.
    if (kind && b >= kind->end) {
      const bool linked = before > 0 && (v.is(before - 1, with) || (last_was_party && v.punct(before - 1)));
      last_was_party = linked;
      if (!linked) continue;
    }
    add_party(x.actor, x.text, x.span);
  }
  if (!signed_events.empty()) {
    // The coder's parties are the better read; the mentions add cities.
    // A side named after the agreement's noun but not introduced as a
    // party is what the agreement is about ("on intelligence sharing
    // against Boko Haram").
    auto about = [&](const events::EventActor& x) {
      if (!kind || x.span.begin < sentences[s].span.begin || x.span.end > sentences[s].span.end) return false;
      auto [b, e] = pipeline::word_range(annotated, sentences[s], x.span);
      if (b == e || b < kind->end) return false;
      std::size_t before = b;
      while (before > 0 && v.parsed.words[before - 1].upos == "DET") --before;
      return before == 0 || !(v.is(before - 1, with) || v.punct(before - 1));
    };
    std::vector<Party> from_mentions;
    parties.swap(from_mentions);
    for (const auto* e : signed_events) {
      if (!about(e->source)) add_party(e->source.actor, e->source.text, e->source.span);
      if (!about(*e->target)) add_party(e->target->actor, e->target->text, e->target->span);
    }
    // The coder paired one side with the place ("Kenya and Ethiopia
    // signed … in Nairobi"): the sentence's own parties fill in.
    if (parties.size() < 2)
      for (const Party& p : from_mentions) add_party(p.actor, p.text, p.span);
  }
  for (const Mention* c : cities)
    for (Party& p : parties)
      if (p.city.empty() && !c->actor.country.empty() && p.actor.country == c->actor.country) p.city = c->text;
  if (registry)
    for (Party& p : parties) {
      if (!p.city.empty() || p.actor.country.empty() || p.span.begin < sentences[s].span.begin ||
          p.span.end > sentences[s].span.end)
        continue;
      auto [b, e] = pipeline::word_range(annotated, sentences[s], p.span);
      p.city = city_in(*registry, v, b, e, p.actor.country);
    }
  for (const Party& p : parties) found.principals.insert(events::principal(p.actor));
  return found;
}


// "the pact will concentrate on …": the latest agreement, if recent. Only
// a definite one ("the pact", "this MOU") that names no other party.
std::optional<std::size_t> DocumentReader::attach(const Reading& r, const Found& found,
                                                  const std::vector<std::string>& topics) {
  const Match* kind = r.kind;
  const SentenceView& v = r.v;
  if (!kind || drafts_.empty()) return std::nullopt;
  std::size_t det = kind->begin;
  while (det > 0 && (v.parsed.words[det - 1].upos == "ADJ" || v.parsed.words[det - 1].upos == "NOUN")) --det;
  if (det == 0 || !v.is(det - 1, the_)) return std::nullopt;
  const auto recent = latest(r.s);
  if (!recent || !subset(found.principals, drafts_[*recent].principals)) return std::nullopt;
  Draft& x = drafts_[*recent];
  x.last = r.s;
  add_sentence(x.a, r.s);
  add_topics(x.a, topics);
  add_signatories(x.a, found.people);
  if (x.a.place.empty()) x.a.place = found.place;
  if (x.weak && !kind->phrase->weak) {
    x.weak = false;
    x.a.kind = kind->phrase->id;
    x.a.kind_span = token_span(r.s, kind->begin, kind->end);
    x.a.kind_text = slice(doc_.segmented.document.text, x.a.kind_span);
  }
  return recent;
}

// A new agreement from the sentence that concludes it.
Agreement DocumentReader::conclude(const Reading& r, Found& found, const std::vector<std::string>& topics,
                                   const std::vector<std::string>& date_words) const {
  const Document& d = doc_.segmented.document;
  const Match* kind = r.kind;
  const auto [name_begin, name_end] = r.title;
  const std::size_t s = r.s;
  const events::DateRules* dates = dates_;
  const auto& signed_events = r.signed_events;
  Agreement a;
  a.doc = d.id;
  a.lang = d.lang;
  a.kind = kind ? kind->phrase->id : "agreement";
  if (kind) {
    a.kind_span = token_span(s, kind->begin, kind->end);
    a.kind_text = slice(d.text, a.kind_span);
  }
  if (kind && name_end > name_begin && (name_end > kind->end || name_begin < kind->begin))
    a.name = slice(d.text, token_span(s, name_begin, name_end));
  a.parties = std::move(found.parties);
  a.signatories = found.people;
  a.place = found.place;
  a.topics = topics;
  a.sentence = s;
  a.sentences = {s};
  a.sentence_span = doc_.segmented.sentences[s].span;
  a.confidence = signed_events.empty() ? 0.7 : kind ? 0.8 : 0.6;
  if (dates) {
    a.date = dates->resolve(d.date, date_words);
    if (!a.date) {
      // No year to go by: a day the sentence names outright is the same
      // whatever year the document is given.
      const auto one = dates->resolve(PartialDate{2001, 6, 15}, date_words);
      const auto two = dates->resolve(PartialDate{2003, 2, 10}, date_words);
      if (one && two && one->day && two->day && one->month == two->month && one->day == two->day) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "--%02d-%02d", one->month % 100, one->day % 100);
        a.day_without_year = buf;
      }
    }
  }
  if (!a.date)
    for (const auto* e : signed_events)
      if (e->date) a.date = e->date;
  return a;
}

// A second report of draft x's agreement.
void DocumentReader::merge(Draft& x, Agreement a, bool weak) {
  const std::size_t s = a.sentence;
  x.last = std::max(x.last, s);
  add_sentence(x.a, s);
  add_topics(x.a, a.topics);
  add_signatories(x.a, a.signatories);
  if (x.a.place.empty()) x.a.place = a.place;
  if (!x.a.date) x.a.date = a.date;
  if (x.a.day_without_year.empty()) x.a.day_without_year = a.day_without_year;
  if (x.a.name.empty()) x.a.name = a.name;
  x.a.confidence = std::max(x.a.confidence, a.confidence);
  if (x.weak && !weak) {
    x.weak = false;
    x.a.kind = a.kind;
    x.a.kind_text = a.kind_text;
    x.a.kind_span = a.kind_span;
  }
  for (Party& p : a.parties) {
    const std::string key = events::principal(p.actor);
    auto it = std::find_if(x.a.parties.begin(), x.a.parties.end(),
                           [&](const Party& q) { return events::principal(q.actor) == key; });
    if (it == x.a.parties.end()) {
      x.principals.insert(key);
      x.a.parties.push_back(std::move(p));
    } else if (it->city.empty()) {
      it->city = p.city;
    }
  }
}


std::vector<Agreement> Extractor::extract(const pipeline::AnnotatedDocument& doc,
                                          const std::vector<events::Event>& events,
                                          const events::DateRules* dates, const Registry* registry) const {
  return DocumentReader(*this, doc, events, dates, registry).run();
}

const Extractor* Extractors::get(const std::string& lang, const DiagnosticSink& diagnostics) {
  if (auto it = loaded_.find(lang); it != loaded_.end()) return it->second.get();
  std::string error;
  auto x = Extractor::load(data_dir_ / "lang" / lang / "agreements", &error);
  if (!x) diagnostics({Severity::kWarning, "", "agreement words for '" + lang + "': " + error + "; no agreements in this language"});
  return loaded_.emplace(lang, std::move(x)).first->second.get();
}

}  // namespace dyad::agreements
