#include "nlp/word_shape.h"

#include "base/utf8.h"

namespace dyad::nlp {
namespace {

char32_t lower_cp(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x178) {
    // Latin Extended-A pairs upper/lower as even/odd, with a shift between 0x139 and 0x148 and 0x179-0x17E.
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? c + 1 : c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c == 0x178) return 0xFF;
  return c;
}

char shape_class(char32_t c) {
  if (c >= '0' && c <= '9') return 'd';
  if (lower_cp(c) != c) return 'X';
  if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F)) return 'x';
  if (c < 0x80) return static_cast<char>(c);
  return 'o';
}

}  // namespace

std::string lowercase(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (std::size_t i = 0; i < form.size();) {
    const unsigned char b = form[i];
    if (b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t c = utf8::decode(form, i, len);
    utf8::append(out, lower_cp(c));
    i += len;
  }
  return out;
}

std::string word_shape(std::string_view form) {
  std::string out;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < form.size();) {
    std::size_t len = 1;
    const char32_t c = utf8::decode(form, i, len);
    i += len;
    const char k = shape_class(c);
    if (k == last) {
      if (++run > 1) continue;  // keep at most two of a class: "Xxx" vs "Xx" carries no signal
    } else {
      run = 0;
    }
    out += k;
    last = k;
    if (out.size() > 12) break;
  }
  return out;
}

std::string_view prefix_chars(std::string_view form, int n) {
  std::size_t i = 0;
  for (int k = 0; k < n && i < form.size(); ++k) {
    ++i;
    while (i < form.size() && (static_cast<unsigned char>(form[i]) & 0xC0) == 0x80) ++i;
  }
  return form.substr(0, i);
}

std::string_view suffix_chars(std::string_view form, int n) {
  std::size_t i = form.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(form[i]) & 0xC0) == 0x80) --i;
  }
  return form.substr(i);
}

}  // namespace dyad::nlp
