#include "base/utf8.h"

namespace dyad::utf8 {

char32_t decode(std::string_view s, std::size_t pos, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  len = 1;
  if (b0 < 0x80) return b0;
  int n;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    n = 1, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 2, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    return U'\uFFFD';
  }
  if (pos + n >= s.size()) return U'\uFFFD';  // truncated sequence
  for (int i = 1; i <= n; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return U'\uFFFD';
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return U'\uFFFD';
  len = static_cast<std::size_t>(n) + 1;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {
// True when the bytes at pos form a genuine encoding of U+FFFD (as opposed to
// decode() reporting an error with the same value).
bool is_literal_replacement(std::string_view s, std::size_t pos, std::size_t len) {
  return len == 3 && s.compare(pos, 3, "\xEF\xBF\xBD") == 0;
}
}  // namespace

std::string repair(std::string_view text, std::size_t& repaired) {
  std::string out;
  out.reserve(text.size());
  repaired = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t len;
    const char32_t cp = decode(text, pos, len);
    if (cp == U'\uFFFD' && !is_literal_replacement(text, pos, len)) {
      ++repaired;
      append(out, cp);
    } else {
      out.append(text.substr(pos, len));
    }
    pos += len;
  }
  return out;
}

bool is_valid(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t len;
    if (decode(text, pos, len) == U'\uFFFD' && !is_literal_replacement(text, pos, len)) return false;
    pos += len;
  }
  return true;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  std::uint32_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(count);
}

std::size_t CodePointIndex::to_code_points(std::size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  const std::size_t block = byte_offset / kStride;
  std::size_t count = checkpoints_[block];
  for (std::size_t i = block * kStride; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace dyad::utf8
