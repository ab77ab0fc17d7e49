// UTF-8 helpers. dyad keeps text as UTF-8 bytes internally and reports
// offsets to users in Unicode code points, as UD's TokenRange and most
// consumers (Python, JavaScript) count them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::utf8 {

// Decodes the code point starting at text[pos]; sets `len` to the number of
// bytes consumed. Invalid or truncated sequences decode to U+FFFD with len 1.
char32_t decode(std::string_view text, std::size_t pos, std::size_t& len);

// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

// Returns a valid UTF-8 copy of `text`; each invalid byte becomes U+FFFD.
// `repaired` receives the number of replacements made.
std::string repair(std::string_view text, std::size_t& repaired);

bool is_valid(std::string_view text);

// Maps byte offsets of a UTF-8 text to code-point offsets. Built once per
// document in O(n); lookups are O(log n) over a sparse checkpoint table so the
// memory stays a small fraction of the text.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  std::size_t to_code_points(std::size_t byte_offset) const;

 private:
  std::string_view text_;
  static constexpr std::size_t kStride = 256;
  std::vector<std::uint32_t> checkpoints_;  // code points before byte i*kStride
};

}  // namespace dyad::utf8
