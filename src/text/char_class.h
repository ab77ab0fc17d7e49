// Character classes for the segmenter's scanners: an ASCII fast path and ICU
// properties for everything else, so scripts beyond Latin tokenise sensibly.
#pragma once
#include <unicode/uchar.h>

#include <cstddef>
#include <string_view>

#include "base/utf8.h"

namespace dyad::chars {

inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}
inline bool is_digit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(static_cast<UChar32>(c)); }
inline bool is_alpha(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isUAlphabetic(static_cast<UChar32>(c));
}
inline bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isUUppercase(static_cast<UChar32>(c)); }
inline bool is_lower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_isULowercase(static_cast<UChar32>(c)); }
// Letters, digits (superscripts too: "km²") and combining marks: what words are made of.
inline bool is_word(char32_t c) {
  if (c < 0x80) return is_alpha(c) || is_digit(c);
  const auto cat = u_charType(static_cast<UChar32>(c));
  return u_isUAlphabetic(static_cast<UChar32>(c)) || u_isdigit(static_cast<UChar32>(c)) ||
         cat == U_NON_SPACING_MARK || cat == U_OTHER_NUMBER || cat == U_COMBINING_SPACING_MARK || cat == U_ENCLOSING_MARK;
}

inline char32_t at(std::string_view s, std::size_t pos, std::size_t& len) {
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) return len = 1, b;
  return utf8::decode(s, pos, len);
}
// The code point ending at `pos` (exclusive); `start` receives its first byte.
inline char32_t before(std::string_view s, std::size_t pos, std::size_t& start) {
  start = pos - 1;
  if (static_cast<unsigned char>(s[start]) < 0x80) return static_cast<unsigned char>(s[start]);
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t len;
  return utf8::decode(s, start, len);
}

}  // namespace dyad::chars
