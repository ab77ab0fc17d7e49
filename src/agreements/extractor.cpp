#include "agreements/extractor.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <set>

#include "actors/pieces.h"
#include "events/coder.h"
#include "nlp/word_shape.h"

namespace dyad::agreements {
namespace {

using Word = Extractor::Word;
using Phrase = Extractor::Phrase;

// How many sentences after an agreement's latest report a bare "the
// agreement" / "the pact" still speaks of it.
constexpr std::size_t kAnaphorSentences = 5;
// How far before a word a "not" / "refused" denies it.
constexpr std::size_t kNegationWindow = 3;

Word parse_word(const std::string& w) {
  if (w.size() > 1 && w.back() == '*') return {w.substr(0, w.size() - 1), Word::Match::kPrefix};
  if (w.size() > 1 && w.front() == '*') return {w.substr(1), Word::Match::kSuffix};
  return {w, Word::Match::kExact};
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

// Lines of a data file without comments and blank lines, with their numbers.
bool read_lines(const std::filesystem::path& file, std::vector<std::pair<std::size_t, std::vector<std::string>>>& out,
                std::string* error) {
  std::ifstream in(file);
  if (!in) {
    if (error) *error = file.string() + ": cannot read";
    return false;
  }
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto fields = split(line, '\t');
    for (const auto& f : fields) {
      if (f.empty() || f.find_first_not_of(' ') == std::string::npos) {
        if (error) *error = file.string() + ":" + std::to_string(n) + ": an empty field (fields are separated by one TAB)";
        return false;
      }
    }
    out.emplace_back(n, std::move(fields));
  }
  return true;
}

std::vector<Word> parse_phrase(const std::string& text) {
  std::vector<Word> words;
  for (const auto& w : split(text, ' '))
    if (!w.empty()) words.push_back(parse_word(nlp::lowercase(w)));
  return words;
}

bool matches(const Word& p, const std::string& form, const std::string& lemma) {
  switch (p.match) {
    case Word::Match::kExact: return p.text == form || p.text == lemma;
    case Word::Match::kPrefix: return form.starts_with(p.text) || lemma.starts_with(p.text);
    case Word::Match::kSuffix: return form.ends_with(p.text) || lemma.ends_with(p.text);
  }
  return false;
}

struct Match {
  std::size_t begin = 0, end = 0;
  const Phrase* phrase = nullptr;
};

struct SentenceView {
  const nlp::ParsedSentence& parsed;
  std::vector<std::string> forms, lemmas;  // lower-cased

  explicit SentenceView(const nlp::ParsedSentence& p) : parsed(p) {
    for (const auto& w : p.words) {
      forms.push_back(nlp::lowercase(w.form));
      lemmas.push_back(nlp::lowercase(w.lemma));
    }
  }
  std::size_t size() const { return forms.size(); }
  bool is(std::size_t w, const std::vector<Word>& cls) const {
    return std::any_of(cls.begin(), cls.end(), [&](const Word& p) { return matches(p, forms[w], lemmas[w]); });
  }
  bool noun(std::size_t w) const {
    const std::string& u = parsed.words[w].upos;
    return u == "NOUN" || u == "PROPN" || u == "X" || u == "SYM";
  }
  bool punct(std::size_t w) const { return parsed.words[w].upos == "PUNCT"; }
  bool capitalised(std::size_t w) const {
    const std::string& f = parsed.words[w].form;
    return !f.empty() && (static_cast<unsigned char>(f[0]) >= 0x80 || std::isupper(static_cast<unsigned char>(f[0])));
  }
};

// Leftmost-longest matches that do not overlap. `noun_last`: the phrase's
// last word must be a noun ("deal" the noun, not "deal with").
std::vector<Match> find(const Extractor::PhraseSet& set, const SentenceView& v, bool noun_last) {
  std::vector<Match> out;
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < v.size();) {
    candidates = set.wild;
    for (const std::string* key : {&v.forms[i], &v.lemmas[i]})
      if (auto it = set.by_first.find(*key); it != set.by_first.end() && (key == &v.forms[i] || *key != v.forms[i]))
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    Match best;
    int best_exact = -1;
    for (std::size_t c : candidates) {
      const Phrase& p = set.phrases[c];
      const std::size_t n = p.words.size();
      if (n == 0 || i + n > v.size() || (best.phrase && n < best.end - best.begin)) continue;
      int exact = 0;
      bool ok = true;
      for (std::size_t k = 0; k < n && ok; ++k) {
        ok = matches(p.words[k], v.forms[i + k], v.lemmas[i + k]);
        exact += p.words[k].match == Word::Match::kExact;
      }
      if (!ok || (noun_last && !v.noun(i + n - 1))) continue;
      if (!best.phrase || n > best.end - best.begin || exact > best_exact) {
        best = {i, i + n, &p};
        best_exact = exact;
      }
    }
    if (best.phrase) {
      out.push_back(best);
      i = best.end;
    } else {
      ++i;
    }
  }
  return out;
}

// A "not", "never", "refused" shortly before word `w`, within its clause.
bool negated(const SentenceView& v, std::size_t w, const std::vector<Word>& neg) {
  for (std::size_t k = w; k-- > 0 && w - k <= kNegationWindow;) {
    if (v.punct(k)) return false;
    if (v.is(k, neg)) return true;
  }
  return false;
}

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

void Extractor::PhraseSet::add(Phrase p) {
  if (p.words.empty()) return;
  const std::size_t i = phrases.size();
  if (p.words.front().match == Word::Match::kExact) {
    by_first[p.words.front().text].push_back(i);
  } else {
    wild.push_back(i);
  }
  phrases.push_back(std::move(p));
}

std::unique_ptr<Extractor> Extractor::load(const std::filesystem::path& dir, std::string* error) {
  auto x = std::unique_ptr<Extractor>(new Extractor());
  std::vector<std::pair<std::size_t, std::vector<std::string>>> lines;
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
  return x;
}

std::vector<Agreement> Extractor::extract(const pipeline::AnnotatedDocument& doc,
                                          const std::vector<events::Event>& events,
                                          const events::DateRules* dates, const Registry* registry) const {
  const Document& d = doc.segmented.document;
  const auto& sentences = doc.segmented.sentences;
  auto cls = [&](const char* name) -> const std::vector<Word>& {
    static const std::vector<Word> none;
    auto it = classes_.find(name);
    return it == classes_.end() ? none : it->second;
  };
  const auto &sign = cls("sign"), &neg = cls("neg"), &at = cls("at"), &with = cls("with"), &connect = cls("connect"),
             &the = cls("the");
  std::vector<Draft> drafts;
  std::size_t next_mention = 0;
  for (std::size_t s = 0; s < sentences.size() && s < doc.sentences.size(); ++s) {
    const pipeline::AnnotatedSentence& annotated = doc.sentences[s];
    while (next_mention < doc.mentions.size() && doc.mentions[next_mention].sentence < s) ++next_mention;
    std::vector<const events::Event*> signed_events;
    for (const auto& e : events) {
      if (!e.code || !e.code->code.starts_with("057") || !e.target) continue;
      if (e.sentence == s || std::find(e.sentences.begin(), e.sentences.end(), s) != e.sentences.end())
        signed_events.push_back(&e);
    }
    // Most sentences name no agreement: the cheap test first.
    const SentenceView v(annotated.parsed);
    const std::vector<Match> kinds = find(kinds_, v, true);
    if (kinds.empty() && signed_events.empty()) continue;

    const Match* kind = nullptr;
    for (const Match& m : kinds)
      if (!kind || (kind->phrase->weak && !m.phrase->weak)) kind = &m;
    bool signing = false;
    for (std::size_t w = 0; w < v.size() && !signing; ++w) signing = v.is(w, sign) && !negated(v, w, neg);

    // A title around the kind's words: "the Paris Agreement", "Memorandum
    // of Understanding on Cooperation to Counter International Terrorism".
    std::size_t name_begin = 0, name_end = 0;
    if (kind && v.capitalised(kind->begin)) {
      name_begin = kind->begin;
      while (name_begin > 1 && v.capitalised(name_begin - 1) && v.noun(name_begin - 1)) --name_begin;
      name_end = kind->end;
      for (std::size_t j = kind->end; j < v.size(); ++j) {
        if (v.capitalised(j) && !v.punct(j)) {
          name_end = j + 1;
        } else if (!v.is(j, connect)) {
          break;
        }
      }
    }
    auto token_span = [&](std::size_t b, std::size_t e) {
      const auto& toks = sentences[s].tokens;
      return Span{toks[annotated.word_token[b]].span.begin, toks[annotated.word_token[e - 1]].span.end};
    };

    // Parties, signatories and the place, from the sentence's mentions.
    std::vector<Party> parties;
    std::vector<Signatory> people;
    std::string place;
    std::vector<const Mention*> cities;
    auto add_party = [&](const Actor& actor, const std::string& text, const Span& span) {
      const std::string p = events::principal(actor);
      if (p.empty()) return;
      for (const Party& x : parties)
        if (events::principal(x.actor) == p) return;
      parties.push_back({actor, text, span, {}});
    };
    bool last_was_party = false;
    for (std::size_t m = next_mention; m < doc.mentions.size() && doc.mentions[m].sentence == s; ++m) {
      const Mention& x = doc.mentions[m];
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
    std::set<std::string> principals;
    for (const Party& p : parties) principals.insert(events::principal(p.actor));

    // Topics of this sentence, unless denied ("does not cover military cooperation").
    std::vector<std::string> topics;
    for (const Match& m : find(topics_, v, false))
      if (!negated(v, m.begin, neg)) topics.push_back(m.phrase->id);

    const bool concluded = !signed_events.empty() || (kind && signing && principals.size() >= 2);
    if (!concluded) {
      // "the pact will concentrate on …": the latest agreement, if recent.
      // Only a definite one ("the pact", "this MOU") that names no other party.
      if (!kind || drafts.empty()) continue;
      std::size_t det = kind->begin;
      while (det > 0 && (v.parsed.words[det - 1].upos == "ADJ" || v.parsed.words[det - 1].upos == "NOUN")) --det;
      if (det == 0 || !v.is(det - 1, the)) continue;
      Draft& x = *std::max_element(drafts.begin(), drafts.end(),
                                   [](const Draft& a, const Draft& b) { return a.last < b.last; });
      if (x.last + kAnaphorSentences < s || !subset(principals, x.principals)) continue;
      x.last = s;
      add_sentence(x.a, s);
      add_topics(x.a, topics);
      add_signatories(x.a, people);
      if (x.a.place.empty()) x.a.place = place;
      if (x.weak && !kind->phrase->weak) {
        x.weak = false;
        x.a.kind = kind->phrase->id;
        x.a.kind_text = slice(d.text, token_span(kind->begin, kind->end));
        x.a.kind_span = token_span(kind->begin, kind->end);
      }
      continue;
    }

    Agreement a;
    a.doc = d.id;
    a.lang = d.lang;
    a.kind = kind ? kind->phrase->id : "agreement";
    if (kind) {
      a.kind_span = token_span(kind->begin, kind->end);
      a.kind_text = slice(d.text, a.kind_span);
    }
    if (kind && name_end > name_begin && (name_end > kind->end || name_begin < kind->begin))
      a.name = slice(d.text, token_span(name_begin, name_end));
    a.parties = std::move(parties);
    a.signatories = people;
    a.place = place;
    a.topics = topics;
    a.sentence = s;
    a.sentences = {s};
    a.sentence_span = sentences[s].span;
    a.confidence = signed_events.empty() ? 0.7 : kind ? 0.8 : 0.6;
    if (dates) {
      a.date = dates->resolve(d.date, v.forms);
      if (!a.date) {
        // No year to go by: a day the sentence names outright is the same
        // whatever year the document is given.
        const auto one = dates->resolve(PartialDate{2001, 6, 15}, v.forms);
        const auto two = dates->resolve(PartialDate{2003, 2, 10}, v.forms);
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
    const bool weak = !kind || kind->phrase->weak;

    // The same agreement told again (a headline and its lead, "the pact
    // signed by …"): one entry with both sentences.
    Draft* same = nullptr;
    for (Draft& x : drafts) {
      const bool kinds_fit = x.a.kind == a.kind || x.weak || weak;
      if (kinds_fit && (subset(principals, x.principals) || subset(x.principals, principals))) same = &x;
    }
    if (!same) {
      drafts.push_back({std::move(a), weak, std::move(principals), s});
      continue;
    }
    Draft& x = *same;
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
  std::vector<Agreement> out;
  for (Draft& x : drafts) {
    std::sort(x.a.topics.begin(), x.a.topics.end());
    std::sort(x.a.sentences.begin(), x.a.sentences.end());
    out.push_back(std::move(x.a));
  }
  return out;
}

const Extractor* Extractors::get(const std::string& lang, const DiagnosticSink& diagnostics) {
  if (auto it = loaded_.find(lang); it != loaded_.end()) return it->second.get();
  std::string error;
  auto x = Extractor::load(data_dir_ / "lang" / lang / "agreements", &error);
  if (!x) diagnostics({Severity::kWarning, "", "agreement words for '" + lang + "': " + error + "; no agreements in this language"});
  return loaded_.emplace(lang, std::move(x)).first->second.get();
}

}  // namespace dyad::agreements
