#include "agreements/phrases.h"

#include <algorithm>
#include <cctype>
#include <fstream>

#include "nlp/word_shape.h"

namespace dyad::agreements {
namespace {

// How far before a word a "not" / "refused" denies it.
constexpr std::size_t kNegationWindow = 3;

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

bool matches(const Word& p, const std::string& form, const std::string& lemma) {
  switch (p.match) {
    case Word::Match::kExact:
      return p.text == form || p.text == lemma;
    case Word::Match::kPrefix:
      return form.starts_with(p.text) || lemma.starts_with(p.text);
    case Word::Match::kSuffix:
      return form.ends_with(p.text) || lemma.ends_with(p.text);
  }
  return false;
}

}  // namespace

void PhraseSet::add(Phrase p) {
  if (p.words.empty()) return;
  const std::size_t i = phrases.size();
  if (p.words.front().match == Word::Match::kExact) {
    by_first[p.words.front().text].push_back(i);
  } else {
    wild.push_back(i);
  }
  phrases.push_back(std::move(p));
}

Word parse_word(const std::string& w) {
  if (w.size() > 1 && w.back() == '*') return {w.substr(0, w.size() - 1), Word::Match::kPrefix};
  if (w.size() > 1 && w.front() == '*') return {w.substr(1), Word::Match::kSuffix};
  return {w, Word::Match::kExact};
}

std::vector<Word> parse_phrase(const std::string& text) {
  std::vector<Word> words;
  for (const auto& w : split(text, ' '))
    if (!w.empty()) words.push_back(parse_word(nlp::lowercase(w)));
  return words;
}

bool read_lines(const std::filesystem::path& file, DataLines& out, std::string* error) {
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
        if (error)
          *error = file.string() + ":" + std::to_string(n) + ": an empty field (fields are separated by one TAB)";
        return false;
      }
    }
    out.emplace_back(n, std::move(fields));
  }
  return true;
}

SentenceView::SentenceView(const nlp::ParsedSentence& p) : parsed(p) {
  for (const auto& w : p.words) {
    forms.push_back(nlp::lowercase(w.form));
    lemmas.push_back(nlp::lowercase(w.lemma));
  }
}

bool SentenceView::is(std::size_t w, const std::vector<Word>& cls) const {
  return std::any_of(cls.begin(), cls.end(), [&](const Word& p) { return matches(p, forms[w], lemmas[w]); });
}

bool SentenceView::noun(std::size_t w) const {
  const std::string& u = parsed.words[w].upos;
  return u == "NOUN" || u == "PROPN" || u == "X" || u == "SYM";
}

bool SentenceView::capitalised(std::size_t w) const {
  const std::string& f = parsed.words[w].form;
  return !f.empty() && (static_cast<unsigned char>(f[0]) >= 0x80 || std::isupper(static_cast<unsigned char>(f[0])));
}

std::vector<Match> find(const PhraseSet& set, const SentenceView& v, bool noun_last) {
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

bool negated(const SentenceView& v, std::size_t w, const std::vector<Word>& neg) {
  for (std::size_t k = w; k-- > 0 && w - k <= kNegationWindow;) {
    if (v.punct(k)) return false;
    if (v.is(k, neg)) return true;
  }
  return false;
}

}  // namespace dyad::agreements
