// Word and phrase matching shared by agreement extraction and its
// relations: word patterns from the data files, a sentence's lower-cased
// forms and lemmas, leftmost-longest phrase matches. Internal to
// src/agreements.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "nlp/conllu.h"

namespace dyad::agreements {

// A word pattern: exact, "x*" prefix or "*x" suffix.
struct Word {
  std::string text;
  enum class Match { kExact, kPrefix, kSuffix } match = Match::kExact;
};

struct Phrase {
  std::vector<Word> words;
  std::string id;     // kind or topic id, or word class
  bool weak = false;  // kinds only
};

// Phrases indexed by their first word, so a sentence is matched against
// the few that can start at each word, not against thousands.
struct PhraseSet {
  std::vector<Phrase> phrases;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first;  // exact first words
  std::vector<std::size_t> wild;                                       // first word a prefix or suffix
  void add(Phrase p);
  bool empty() const { return phrases.empty(); }
};

Word parse_word(const std::string& w);
std::vector<Word> parse_phrase(const std::string& text);

// Lines of a data file without comments and blank lines, with their
// numbers, split at TABs. False with `error` when unreadable or a field is
// empty.
using DataLines = std::vector<std::pair<std::size_t, std::vector<std::string>>>;
bool read_lines(const std::filesystem::path& file, DataLines& out, std::string* error);

struct SentenceView {
  const nlp::ParsedSentence& parsed;
  std::vector<std::string> forms, lemmas;  // lower-cased

  explicit SentenceView(const nlp::ParsedSentence& p);
  std::size_t size() const { return forms.size(); }
  bool is(std::size_t w, const std::vector<Word>& cls) const;
  bool noun(std::size_t w) const;
  bool punct(std::size_t w) const { return parsed.words[w].upos == "PUNCT"; }
  bool upos(std::size_t w, const char* tag) const { return parsed.words[w].upos == tag; }
  bool capitalised(std::size_t w) const;
};

struct Match {
  std::size_t begin = 0, end = 0;
  const Phrase* phrase = nullptr;
};

// Leftmost-longest matches that do not overlap. `noun_last`: the phrase's
// last word must be a noun ("deal" the noun, not "deal with").
std::vector<Match> find(const PhraseSet& set, const SentenceView& v, bool noun_last);

// A word of `neg` ("not", "never", "refused") shortly before word `w`,
// within its clause.
bool negated(const SentenceView& v, std::size_t w, const std::vector<Word>& neg);

}  // namespace dyad::agreements
