#include "events/lexicon.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace dyad::events {
namespace {

std::vector<std::string_view> split_ws(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool is_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Term to_term(std::string_view s) {
  if (!s.empty() && s[0] == '&') return {true, std::string(s.substr(1))};
  return {false, std::string(s)};
}

// "military_cooperation" → modifiers {military}, head cooperation.
bool parse_phrase(std::string_view s, PhraseSpec& out) {
  if (s.empty()) return false;
  std::size_t start = 0;
  while (true) {
    const std::size_t us = s.find('_', start);
    const std::string_view piece = s.substr(start, us == std::string_view::npos ? std::string_view::npos : us - start);
    if (piece.empty() || piece == "&") return false;
    if (us == std::string_view::npos) {
      out.head = to_term(piece);
      return true;
    }
    out.modifiers.push_back(to_term(piece));
    start = us + 1;
  }
}

const std::pair<const char*, WordRole> kRoles[] = {
    {"negation", WordRole::kNegation}, {"future", WordRole::kFuture},
    {"hypothetical", WordRole::kHypothetical}, {"intent", WordRole::kIntent}, {"refusal", WordRole::kRefusal},
    {"condition", WordRole::kCondition}, {"agent", WordRole::kAgent},
    {"target", WordRole::kTarget}, {"between", WordRole::kBetween}, {"of", WordRole::kOf},
    {"question", WordRole::kQuestion}, {"hedge", WordRole::kHedge},
    {"future-past", WordRole::kFuturePast}, {"report", WordRole::kReport},
    {"decision", WordRole::kDecision}, {"auxiliary", WordRole::kAuxiliary},
};

}  // namespace

int Pattern::specificity() const {
  return (object.empty() ? 0 : 2 + static_cast<int>(object.modifiers.size())) + (subject.empty() ? 0 : 2) +
         (complement.empty() ? 0 : 2) + (has_class.empty() ? 0 : 2) +
         (prep.empty() ? 0 : 2 + (prep_object.empty() ? 0 : 1 + static_cast<int>(prep_object.modifiers.size())));
}

std::unique_ptr<Lexicon> Lexicon::load(const std::filesystem::path& dir, std::string* error) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    *error = dir.string() + ": no event lexicon for this language";
    return nullptr;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  auto lexicon = std::make_unique<Lexicon>();
  for (const auto& path : files) {
    std::ifstream in(path);
    if (!in) {
      *error = path.string() + ": cannot open";
      return nullptr;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!lexicon->add_text(buffer.str(), path.string(), error)) return nullptr;
  }
  if (!lexicon->check(error)) return nullptr;
  return lexicon;
}

bool Lexicon::add_text(std::string_view text, const std::string& where, std::string* error) {
  std::size_t start = 0;
  int number = 0;
  while (start <= text.size()) {
    const std::size_t nl = text.find('\n', start);
    std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    ++number;
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (!parse_line(line, where + ":" + std::to_string(number), error)) return false;
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return true;
}

bool Lexicon::parse_line(std::string_view line, const std::string& where, std::string* error) {
  auto fields = split_ws(line);
  if (fields.empty()) return true;
  auto fail = [&](const std::string& message) {
    *error = where + ": " + message;
    return false;
  };
  const std::string_view kind = fields[0];
  if (kind == "rule") {
    static constexpr std::array<std::string_view, 35> kKnown = {
        "verb-second",   "compound-heads", "final-participle", "noun-root-verb",       "object-before-infinitive",
        "acl-main-verb", "two-subjects",   "aux-noun-verb",    "time-apposition",      "noun-verb-infinitive",
        "subjectless-perfect", "set-off-subject", "intro-appos-subject", "subordinator-subject", "gerund-small-clause", "report-clause", "pronoun-subject", "participle-modifier", "report-subject", "partitive-object", "preconj-object", "infinitive-object", "inserted-phrase-object", "evaluation", "time-verb", "parallel-object", "unmarked-obl-object", "object-participle", "particle-object", "relative-subject", "time-noun", "split-particle", "determined-verb", "split-perfect", "split-names"};
    if (fields.size() != 2 || std::find(kKnown.begin(), kKnown.end(), fields[1]) == kKnown.end()) {
      std::string known;
      for (std::string_view k : kKnown) known += (known.empty() ? "" : ", ") + std::string(k);
      return fail("expected 'rule NAME' with NAME one of: " + known);
    }
    rules_.emplace(fields[1]);
    return true;
  }
  if (kind == "class" || kind == "words") {
    if (fields.size() < 3 || fields[1].empty() || fields[1].back() != ':') {
      return fail("expected '" + std::string(kind) + " NAME: word…'");
    }
    const std::string name(fields[1].substr(0, fields[1].size() - 1));
    if (kind == "class") {
      auto& set = classes_[name];
      for (std::size_t i = 2; i < fields.size(); ++i) {
        set.emplace(fields[i]);
        if (name.starts_with("KIN_")) kin_[std::string(fields[i])].push_back(name);
      }
      return true;
    }
    for (const auto& [role_name, role] : kRoles) {
      if (name == role_name) {
        for (std::size_t i = 2; i < fields.size(); ++i) words_[static_cast<int>(role)].emplace(fields[i]);
        return true;
      }
    }
    return fail("unknown word role '" + name + "'");
  }
  if (kind == "forms") {
    if (fields.size() < 3 || fields[1].empty() || fields[1].back() != ':') return fail("expected 'forms LEMMA: form…'");
    const std::string lemma(fields[1].substr(0, fields[1].size() - 1));
    for (std::size_t i = 2; i < fields.size(); ++i) irregular_[std::string(fields[i])].push_back(lemma);
    return true;
  }
  if (kind == "inflect") {
    auto split = [](std::string_view f, std::string& pre, std::string& suf) {
      const std::size_t star = f.find('*');
      if (star == std::string_view::npos || f.find('*', star + 1) != std::string_view::npos) return false;
      pre = std::string(f.substr(0, star));
      suf = std::string(f.substr(star + 1));
      return pre.find('?') == std::string::npos;
    };
    Inflection inf;
    if (fields.size() != 4 || fields[2] != "->" || !split(fields[1], inf.from_prefix, inf.from_suffix) ||
        !split(fields[3], inf.to_prefix, inf.to_suffix) ||
        std::count(inf.from_suffix.begin(), inf.from_suffix.end(), '?') !=
            std::count(inf.to_suffix.begin(), inf.to_suffix.end(), '?')) {
      return fail("expected 'inflect PRE*SUF -> PRE*SUF' ('?' one character, as many on both sides)");
    }
    inflections_.push_back(std::move(inf));
    return true;
  }
  if (kind != "verb" && kind != "noun") return fail("a line starts with verb, noun, class, words, rule, forms or inflect");
  Pattern p;
  p.kind = kind == "verb" ? TriggerKind::kVerb : TriggerKind::kNoun;
  p.where = where;
  if (fields.size() < 4) return fail("expected '" + std::string(kind) + " LEMMA [constraints] -> CODE [flags]'");
  std::string_view lemma = fields[1];
  if (const std::size_t plus = lemma.find('+'); plus != std::string_view::npos) {
    p.particle = std::string(lemma.substr(plus + 1));
    lemma = lemma.substr(0, plus);
    if (p.particle.empty()) return fail("empty particle after '+'");
  }
  if (lemma.empty()) return fail("empty lemma");
  p.lemma = std::string(lemma);
  std::size_t i = 2;
  for (; i < fields.size() && fields[i] != "->"; ++i) {
    const std::string_view c = fields[i];
    if (c.starts_with("obj=")) {
      if (!parse_phrase(c.substr(4), p.object)) return fail("bad object phrase '" + std::string(c) + "'");
    } else if (c.starts_with("subj=")) {
      if (!parse_phrase(c.substr(5), p.subject)) return fail("bad subject phrase '" + std::string(c) + "'");
    } else if (c.starts_with("pp=")) {
      std::string_view v = c.substr(3);
      const std::size_t colon = v.find(':');
      p.prep = std::string(v.substr(0, colon));
      if (p.prep.empty()) return fail("empty preposition in '" + std::string(c) + "'");
      if (colon != std::string_view::npos && !parse_phrase(v.substr(colon + 1), p.prep_object)) {
        return fail("bad preposition phrase '" + std::string(c) + "'");
      }
    } else if (c.starts_with("has=&")) {
      p.has_class = std::string(c.substr(5));
      if (p.has_class.empty()) return fail("empty class in '" + std::string(c) + "'");
      class_uses_.emplace_back(p.has_class, where);
    } else if (c.starts_with("comp=")) {
      p.complement = std::string(c.substr(5));
      if (p.complement.empty()) return fail("empty complement in '" + std::string(c) + "'");
    } else if (c.starts_with("to=") || c.starts_with("venue=")) {
      const bool venue = c.starts_with("venue=");
      std::vector<std::string>& list = venue ? p.venue_preps : p.target_preps;
      std::string_view v = c.substr(venue ? 6 : 3);
      while (!v.empty()) {
        const std::size_t comma = v.find(',');
        if (comma != 0) list.emplace_back(v.substr(0, comma));
        if (comma == std::string_view::npos) break;
        v = v.substr(comma + 1);
      }
      if (list.empty()) return fail("empty preposition list in '" + std::string(c) + "'");
    } else {
      return fail("unknown constraint '" + std::string(c) + "' (obj=…, subj=…, pp=…, to=…, venue=…, comp=…, has=&CLASS)");
    }
  }
  if (i + 1 >= fields.size()) return fail("missing '-> CODE'");
  const std::string_view codes = fields[i + 1];
  const std::size_t colon = codes.find(':');
  p.active = std::string(codes.substr(0, colon));
  if (colon != std::string_view::npos) p.passive = std::string(codes.substr(colon + 1));
  if (p.passive == "-") {  // "040:-": no passive reading ("was met with criticism")
    p.passive.clear();
    p.active_only = true;
  }
  if ((!p.active.empty() && !is_code(p.active)) || (!p.passive.empty() && !is_code(p.passive)) ||
      (p.active.empty() && p.passive.empty())) {
    return fail("bad CAMEO code '" + std::string(codes) + "'");
  }
  for (std::size_t f = i + 2; f < fields.size(); ++f) {
    if (fields[f] == "sym") p.symmetric = true;
    else if (fields[f] == "implicit") p.implicit_target = true;
    else if (fields[f] == "notarget") p.open_target = true;
    else if (fields[f] == "victim") p.victim = p.implicit_target = true;
    else if (fields[f] == "parties") p.parties = p.implicit_target = true;
    else if (fields[f] == "host") p.host = true;
    else if (fields[f] == "assault") p.assault = true;
    else if (fields[f] == "ofpatient") p.of_patient = true;
    else if (fields[f] == "converse") p.converse = true;
    else if (fields[f] == "solo") p.solo = p.open_target = true;
    else if (fields[f] == "fallback") p.fallback = true;
    else if (fields[f] == "announced") p.announced = true;
    else if (fields[f] == "actref") p.act_referent = p.implicit_target = true;
    else if (fields[f] == "arrival") p.arrival = p.implicit_target = true;
    else if (fields[f] == "mobilize") p.mobilize = true;
    else if (fields[f] == "mutual") p.mutual = true;
    else if (fields[f] == "plain") p.plain = true;
    else return fail("unknown flag '" + std::string(fields[f]) + "' (sym, implicit, victim, parties, assault, notarget, solo, ofpatient, converse, announced, actref, arrival, mobilize, mutual, plain, fallback)");
  }
  for (const PhraseSpec* spec : {&p.object, &p.subject, &p.prep_object}) {
    for (const Term& t : spec->modifiers) if (t.is_class) class_uses_.emplace_back(t.text, where);
    if (spec->head.is_class) class_uses_.emplace_back(spec->head.text, where);
  }
  auto& list = (p.kind == TriggerKind::kVerb ? verbs_ : nouns_)[p.lemma];
  list.push_back(std::move(p));
  // The coder takes the first pattern that matches, so the order is the
  // precedence: hand-written before fallback (an imported pattern never
  // overrides a hand-written one that matches, however specific), then most
  // specific first; equal ones keep file order.
  std::stable_sort(list.begin(), list.end(), [](const Pattern& a, const Pattern& b) {
    if (a.fallback != b.fallback) return !a.fallback;
    return a.specificity() > b.specificity();
  });
  ++pattern_count_;
  return true;
}

bool Lexicon::check(std::string* error) const {
  for (const auto& [cls, where] : class_uses_) {
    if (!classes_.count(cls)) {
      *error = where + ": unknown class &" + cls;
      return false;
    }
  }
  return true;
}

const std::vector<Pattern>* Lexicon::patterns(TriggerKind kind, std::string_view lemma) const {
  const auto& map = kind == TriggerKind::kVerb ? verbs_ : nouns_;
  auto it = map.find(std::string(lemma));
  return it == map.end() ? nullptr : &it->second;
}

bool Lexicon::verb_takes_particle(std::string_view lemma, std::string_view particle) const {
  const auto* list = patterns(TriggerKind::kVerb, lemma);
  return list && std::any_of(list->begin(), list->end(), [&](const Pattern& p) { return p.particle == particle; });
}

std::vector<const Pattern*> Lexicon::all() const {
  std::vector<const Pattern*> out;
  for (const auto* map : {&verbs_, &nouns_})
    for (const auto& [lemma, list] : *map)
      for (const Pattern& p : list) out.push_back(&p);
  return out;
}

std::vector<std::string> Lexicon::lemma_candidates(std::string_view word) const {
  std::vector<std::string> out;
  auto add = [&](std::string w) {
    if (w.empty() || w == word || std::find(out.begin(), out.end(), w) != out.end()) return false;
    out.push_back(std::move(w));
    return true;
  };
  if (auto it = irregular_.find(std::string(word)); it != irregular_.end())
    for (const auto& l : it->second) add(l);
  // A prefixed verb inflects like its base: "bespraken" = "be" + "spraken" → "bespreken".
  for (std::size_t k = 2; k + 3 <= word.size(); ++k)
    if (auto it = irregular_.find(std::string(word.substr(k))); it != irregular_.end())
      for (const auto& l : it->second) add(std::string(word.substr(0, k)) + l);
  std::vector<std::string> frontier{std::string(word)};
  for (int depth = 0; depth < 3 && !frontier.empty(); ++depth) {
    std::vector<std::string> next;
    for (const std::string& w : frontier) {
      for (const Inflection& inf : inflections_) {
        const std::size_t fixed = inf.from_prefix.size() + inf.from_suffix.size();
        if (w.size() < fixed + 2 || w.compare(0, inf.from_prefix.size(), inf.from_prefix) != 0) continue;
        const std::size_t stem_end = w.size() - inf.from_suffix.size();
        std::string carried;
        bool ok = true;
        for (std::size_t k = 0; k < inf.from_suffix.size() && ok; ++k) {
          const char c = w[stem_end + k];
          if (inf.from_suffix[k] == '?') carried.push_back(c);
          else ok = c == inf.from_suffix[k];
        }
        if (!ok) continue;
        std::string r = inf.to_prefix + w.substr(inf.from_prefix.size(), stem_end - inf.from_prefix.size());
        std::size_t q = 0;
        for (char c : inf.to_suffix) r.push_back(c == '?' ? carried[q++] : c);
        if (add(r)) next.push_back(std::move(r));
      }
    }
    frontier = std::move(next);
  }
  if (out.size() > 64) out.resize(64);
  return out;
}

bool Lexicon::in_class(std::string_view cls, std::string_view lemma) const {
  auto it = classes_.find(cls);
  return it != classes_.end() && it->second.find(lemma) != it->second.end();
}

bool Lexicon::in_class_or_tail(std::string_view cls, std::string_view lemma) const {
  const std::size_t cut = lemma.rfind('_');
  return in_class(cls, lemma) || (cut != std::string_view::npos && in_class(cls, lemma.substr(cut + 1)));
}

bool Lexicon::same_kin(std::string_view a, std::string_view b) const {
  // Compound lemmas as lemmatised ("op_pakken") meet the words as listed.
  std::string x(a), y(b);
  std::erase(x, '_');
  std::erase(y, '_');
  const auto kx = kin_.find(x), ky = kin_.find(y);
  if (kx == kin_.end() || ky == kin_.end()) return false;
  for (const std::string& name : kx->second)
    if (std::find(ky->second.begin(), ky->second.end(), name) != ky->second.end()) return true;
  return false;
}

bool Lexicon::is(WordRole role, std::string_view word) const {
  return words_[static_cast<int>(role)].count(std::string(word)) > 0;
}

}  // namespace dyad::events
