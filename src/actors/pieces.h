// Registry surfaces and sentence text are compared as "pieces": case-folded
// words with hyphens dropped and a possessive "'s" split off, so that
// "Al-Shabaab", "Al Shabaab" and EWT's "Al - Shabaab" all meet the same key
// sequence whatever the tokeniser of a language did with the hyphen.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "text/document.h"

namespace dyad {

// Unicode case folding of UTF-8 text.
std::string fold_case(std::string_view text);

// A folded key without its accents and with a straight apostrophe ("côte",
// "d’ivoire" -> "cote", "d'ivoire"): news often writes names so.
std::string bare_key(std::string_view key);

// The letter shape of a piece, which decides the case-sensitive matches
// ("US" vs "us") and whether an unknown word may be part of a name.
struct Shape {
  bool has_letter = false;
  bool upper_initial = false;  // first letter upper-case ("Kenya", "US")
  bool all_caps = false;       // two or more letters, none lower-case ("US", "U.N.")
};
Shape shape_of(std::string_view text);

struct Piece {
  std::string key;   // folded: the trie key
  std::string text;  // normalised, case kept: for case-sensitive entries
  Span span;         // bytes of the document text
  std::size_t token = 0;     // index of its token in the sentence
  bool token_begin = false;  // the piece starts its token
  bool token_end = false;    // the piece ends its token
  Shape shape;
};

// The pieces of one sentence, in order.
std::vector<Piece> sentence_pieces(const Sentence& sentence);

// The pieces of a registry surface ("Al-Shabaab" -> al, shabaab). `texts`
// receives the normalised, case-kept pieces.
std::vector<std::string> surface_keys(std::string_view surface, std::vector<std::string>* texts = nullptr);

}  // namespace dyad
