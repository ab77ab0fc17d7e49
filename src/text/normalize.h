// Text normalisation with a map back to the original: later stages match
// lexicons against one spelling of quotes, dashes and whitespace, while every
// span they report still points into the text the user gave us.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace dyad {

struct NormalizedText {
  std::string text;
  // to_original[i] is the byte offset in the original text of normalised byte
  // i; one extra entry maps text.size() to the original's size.
  std::vector<std::uint32_t> to_original;

  Span original_span(Span normalized) const {
    return {to_original[normalized.begin], to_original[normalized.end]};
  }
};

// NFC; curly, low and angle quotes -> ' and "; en and em dashes, minus and
// Unicode hyphens -> '-'; no-break and other Unicode spaces -> ' '; soft
// hyphens, zero-width characters and the BOM dropped; CR LF and CR -> LF.
// Input must be valid UTF-8.
NormalizedText normalize(std::string_view original);

// Normalises one short string (a token) without keeping the map.
std::string normalize_form(std::string_view text);

}  // namespace dyad
