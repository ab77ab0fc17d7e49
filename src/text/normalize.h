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

  // The map back to the original as pieces in text order; piece k covers the
  // normalised bytes from pieces[k].begin up to the next piece's begin. Most
  // text is copied unchanged, so a whole run of it is one piece, and the map
  // costs bytes per change rather than four bytes per byte of text.
  struct Piece {
    std::uint32_t begin;     // first normalised byte of the piece
    std::uint32_t original;  // its byte offset in the original
    // Copied unchanged: a byte maps to `original` plus its distance from
    // `begin` (taken at the first byte of its character). Otherwise every
    // byte of the piece maps to `original` (a composed or replaced character).
    bool copied;
  };
  std::vector<Piece> pieces;
  std::uint32_t original_size = 0;

  // Byte offset in the original of normalised byte i (the start of the
  // original character it came from); text.size() maps to the original's size.
  std::size_t to_original(std::size_t i) const;

  Span original_span(Span normalized) const {
    return {to_original(normalized.begin), to_original(normalized.end)};
  }

  // The same map for offsets asked for mostly in ascending order (token
  // after token): it walks the pieces instead of searching them each time.
  class Cursor {
   public:
    explicit Cursor(const NormalizedText& text) : text_(text) {}
    std::size_t to_original(std::size_t i);
    Span original_span(Span normalized) { return {to_original(normalized.begin), to_original(normalized.end)}; }

   private:
    const NormalizedText& text_;
    std::size_t piece_ = 0;
  };

 private:
  std::size_t map_in(const Piece& piece, std::size_t i) const;
};

// NFC; curly, low and angle quotes -> ' and "; en and em dashes, minus and
// Unicode hyphens -> '-'; no-break and other Unicode spaces -> ' '; soft
// hyphens, zero-width characters and the BOM dropped; CR LF and CR -> LF.
// Input must be valid UTF-8.
NormalizedText normalize(std::string_view original);

// Normalises one short string (a token) without keeping the map.
std::string normalize_form(std::string_view text);

}  // namespace dyad
