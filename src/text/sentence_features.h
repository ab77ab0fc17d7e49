// What the sentence-boundary model sees of a candidate boundary: the tokens
// around the gap, their shapes and the whitespace between them. Shared by the
// splitter and the trainer so both extract exactly the same features.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
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

// Hashed features of the gap after tokens[i]; `out` is replaced.
void boundary_features(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                       const GapContext& context, std::vector<std::uint64_t>& out);
inline constexpr std::size_t kBoundaryFeatures = 33;

// The per-token hashes the features are built from. A token takes part in
// the features of up to four gaps, so the splitter computes them once.
struct TokenHashes {
  std::uint64_t lower = 0, shape = 0, cased = 0;
};
// Hashes of tokens[i], or of the "<none>" placeholder outside the tokens.
TokenHashes token_hashes(std::string_view text, const std::vector<TokenSpan>& tokens, std::ptrdiff_t i);
// As above with the hashes of tokens i-1, i, i+1 and i+2 given.
void boundary_features(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                       const GapContext& context, const TokenHashes (&around)[4], std::vector<std::uint64_t>& out);

}  // namespace dyad
