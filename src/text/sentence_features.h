// What the sentence-boundary model sees of a candidate boundary: the tokens
// around the gap, their shapes and the whitespace between them. Shared by the
// splitter and the trainer so both extract exactly the same features.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/token_span.h"

namespace dyad {

// True when the gap after tokens[i] can end a sentence at all; the model is
// asked only about these, which keeps segmentation fast.
// `unpunctuated` admits gaps after a word before a capital on the same line
// (needed for web text such as EWT, noise for edited news).
bool is_boundary_candidate(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                           bool unpunctuated);

// Number of line breaks in the gap after tokens[i].
int newlines_after(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i);

// What the model knows of the text before the gap after a token, computed
// in one left-to-right pass (so extracting features stays linear).
struct GapContext {
  // A quotation is open after the token: opening marks (",,", "``") open,
  // "''" closes, '"' toggles; a blank line closes all. A period inside a
  // quotation is usually followed by the closing mark, not a new sentence.
  bool in_quote = false;
  // Tokens since the last . ? ! or line break, this one included (capped):
  // a short run without punctuation before a capital is a headline.
  std::uint8_t run = 0;
  // Some word in that run starts with a lower-case letter ("Vooraanstaande
  // leden" vs a run of names).
  bool run_has_lower = false;
};
std::vector<GapContext> gap_contexts(std::string_view text, const std::vector<TokenSpan>& tokens);

// The same pass one token at a time (the splitter keeps no array of them).
class GapContextTracker {
 public:
  // The context of the gap after tokens[i]; call for i = 0, 1, 2... in turn.
  GapContext next(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i);

 private:
  bool open_ = false, has_lower_ = false;
  unsigned run_ = 0;
};

// Word classes learned from the training files and carried by the model
// file, so a rare context borrows evidence from a whole class of words:
// - starters: words that, capitalised, mostly begin a sentence ("The",
//   "However"): after an abbreviation with internal periods ("U.S.",
//   "D.C.") such a word starts a new sentence, while "U.S. President" goes
//   on (used there only: elsewhere they only added noise);
// - labels: words that begin a sentence before a colon ("Image:", "Video:",
//   "Subject:"): a picture credit run into its caption ("... Space Station
//   Image: NASA.") starts a sentence.
// Keyed by word_hash of the lower-cased word.
struct WordClasses {
  std::unordered_set<std::uint64_t> starters, labels;
};
// The hash WordClasses is keyed by (lower-cased ASCII, capped at 24 bytes).
std::uint64_t word_hash(std::string_view word);

// True when tokens[i] is a label word in title case followed by a colon
// ("Image:", "Photo:"): a credit or header line starts there.
bool starts_label(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                  const WordClasses& classes);

// Hashed features of the gap after tokens[i], at most kBoundaryFeatures;
// `out` is replaced.
void boundary_features(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                       const GapContext& context, const WordClasses& classes, std::vector<std::uint64_t>& out);
inline constexpr std::size_t kBoundaryFeatures = 38;

// The per-token hashes the features are built from. A token takes part in
// the features of up to four gaps, so the splitter computes them once.
struct TokenHashes {
  std::uint64_t lower = 0, shape = 0, cased = 0;
};
// Hashes of tokens[i], or of the "<none>" placeholder outside the tokens.
TokenHashes token_hashes(std::string_view text, const std::vector<TokenSpan>& tokens, std::ptrdiff_t i);
// As above with the hashes of tokens i-1, i, i+1 and i+2 given.
void boundary_features(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                       const GapContext& context, const WordClasses& classes, const TokenHashes (&around)[4],
                       std::vector<std::uint64_t>& out);

}  // namespace dyad
