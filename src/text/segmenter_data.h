// The language-specific knowledge of the tokenizer and sentence splitter,
// loaded from data/lang/<lang>/. Keeping it in files lets a new language be
// added without touching code.
#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad {

// Hashes string_view and string alike so lookups need no allocation.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

struct TokenizerPolicy {
  bool split_hyphens = false;        // EWT: "search-engine" -> search - engine
  bool split_slashes = false;        // EWT: "and/or" -> and / or
  bool split_number_units = false;   // EWT: "35mm" -> 35 mm
  bool keep_plural_possessive = false;  // EWT: "parents'" stays one token
  bool attach_percent = false;       // Alpino: "5%" is one token
  // Sentences may end without punctuation mid-line (web text: EWT).
  bool unpunctuated_sentence_ends = false;
  // Model score such a boundary must exceed (edited news: few headlines, many names).
  double unpunctuated_end_margin = 0.0;
  StringSet number_suffixes;         // kept on a number: "2nd", "1980s", "19e"
};

// A contraction rule: a token ending in `suffix` (compared case-insensitively)
// or equal to `word` is one UD multi-word token made of `words`.
struct Contractions {
  std::vector<std::string> suffixes;                               // "n't", "'s"
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> words;  // lowercased
  std::uint64_t word_lengths = 0;  // bit n set when some entry of `words` has n bytes
  std::array<bool, 256> word_first{};  // first bytes (either case) of the entries of `words`
};

struct SegmenterData {
  TokenizerPolicy policy;
  StringSet abbreviations;     // with their final period, as written ("Dr.", "o.a.")
  StringSet titles;            // abbreviations marked "title", and words of office (titles.txt, lowercased):
                               // a name follows, never a sentence end
  StringSet hyphen_prefixes;   // lowercased; "e" keeps "e-mail" whole when hyphens split
  StringSet elisions;          // apostrophe-initial words: "'s", "'t", "'em"
  StringSet emoticons;
  // First bytes of the emoticons: most chunks are ruled out without hashing.
  std::array<bool, 256> emoticon_first{};
  Contractions contractions;
  // Lowercased words that label a picture credit or similar line before a
  // colon ("photo", "credit"), added to the labels the sentence-model trainer
  // learns from its files (news pages use more than the treebanks show).
  StringSet labels;
  std::filesystem::path sentence_model;  // empty when the language has none
};

// Reads the files of `lang_dir`. Returns false and sets `error` to
// "file:line: message" on malformed data.
bool load_segmenter_data(const std::filesystem::path& lang_dir, SegmenterData& data, std::string* error);

// Lowercases ASCII letters; other bytes are kept (enough for list lookups).
std::string ascii_lower(std::string_view s);

}  // namespace dyad
