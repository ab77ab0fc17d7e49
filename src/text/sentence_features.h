// What the sentence-boundary model sees of a candidate boundary: the tokens
// around the gap, their shapes and the whitespace between them. Shared by the
// splitter and the trainer so both extract exactly the same features.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace dyad {

// True when the gap after tokens[i] can end a sentence at all; the model is
// asked only about these, which keeps segmentation fast.
// `unpunctuated` admits gaps after a word before a capital on the same line
// (needed for web text such as EWT, noise for edited news).
bool is_boundary_candidate(std::string_view text, const std::vector<Span>& tokens, std::size_t i,
                           bool unpunctuated);

// Number of line breaks in the gap after tokens[i].
int newlines_after(std::string_view text, const std::vector<Span>& tokens, std::size_t i);

// For each token, whether a quotation is open after it: opening marks
// (",,", "``") open, "''" closes, '"' toggles; a blank line closes all. A
// period inside a quotation is usually followed by the closing mark, not a
// new sentence.
std::vector<bool> quote_states(std::string_view text, const std::vector<Span>& tokens);

// Hashed features of the gap after tokens[i]; `out` is cleared first.
void boundary_features(std::string_view text, const std::vector<Span>& tokens, std::size_t i, bool in_quote,
                       std::vector<std::uint64_t>& out);

}  // namespace dyad
