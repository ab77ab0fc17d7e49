#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>

#include "base/utf8.h"

namespace dyad {
namespace {

// What one input code point becomes: itself (nullptr), a replacement, or
// nothing (empty string).
const char* replacement(char32_t cp) {
  switch (cp) {
    case U'\u2018': case U'\u2019': case U'\u201A': case U'\u201B': case U'\u2032':
    case U'\u2039': case U'\u203A': case U'\u0060': case U'\u00B4':
      return "'";
    case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F': case U'\u2033':
    case U'\u00AB': case U'\u00BB':
      return "\"";
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014':
    case U'\u2015': case U'\u2212': case U'\uFE58': case U'\uFE63': case U'\uFF0D':
      return "-";
    case U'\u00A0': case U'\u1680': case U'\u2000': case U'\u2001': case U'\u2002':
    case U'\u2003': case U'\u2004': case U'\u2005': case U'\u2006': case U'\u2007':
    case U'\u2008': case U'\u2009': case U'\u200A': case U'\u202F': case U'\u205F':
    case U'\u3000': case U'\t': case U'\f': case U'\v':
      return " ";
    case U'\u2028': case U'\u2029': case U'\u0085':
      return "\n";
    case U'\u00AD': case U'\u200B': case U'\u200C': case U'\u200D': case U'\u2060':
    case U'\uFEFF':
      return "";
    case U'\u2026':
      return "...";
    default:
      return nullptr;
  }
}

void emit(NormalizedText& out, std::string_view bytes, std::uint32_t original_offset) {
  out.text.append(bytes);
  out.to_original.insert(out.to_original.end(), bytes.size(), original_offset);
}

// Appends one NFC chunk (a run between normalisation boundaries), applying the
// character replacements after composition.
void emit_chunk(NormalizedText& out, std::string_view chunk, std::uint32_t offset,
                const icu::Normalizer2& nfc) {
  std::string composed;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(chunk.data(), static_cast<int32_t>(chunk.size())));
  if (!nfc.isNormalized(u, status) && U_SUCCESS(status)) {
    icu::UnicodeString n = nfc.normalize(u, status);
    if (U_SUCCESS(status)) n.toUTF8String(composed);
  }
  if (composed.empty()) composed.assign(chunk);
  // A composed chunk maps wholly to its first original byte; for an
  // unchanged chunk every code point keeps its own offset.
  const bool changed = composed != chunk;
  std::size_t pos = 0;
  while (pos < composed.size()) {
    std::size_t len;
    const char32_t cp = utf8::decode(composed, pos, len);
    const std::uint32_t at = changed ? offset : offset + static_cast<std::uint32_t>(pos);
    if (const char* r = replacement(cp)) {
      emit(out, r, at);
    } else {
      emit(out, composed.substr(pos, len), at);
    }
    pos += len;
  }
}

}  // namespace

NormalizedText normalize(std::string_view original) {
  NormalizedText out;
  out.text.reserve(original.size());
  out.to_original.reserve(original.size() + 1);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);

  // ASCII bytes that are kept as they are: most of any text, so they are
  // copied in runs rather than looked at one replacement() call at a time.
  static const auto plain = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x80; ++c) t[c] = c != '\r' && replacement(static_cast<char32_t>(c)) == nullptr;
    return t;
  }();
  std::size_t pos = 0;
  while (pos < original.size()) {
    const auto b = static_cast<unsigned char>(original[pos]);
    if (plain[b]) {
      std::size_t end = pos + 1;
      while (end < original.size() && plain[static_cast<unsigned char>(original[end])]) ++end;
      out.text.append(original.data() + pos, end - pos);
      const std::size_t at = out.to_original.size();
      out.to_original.resize(at + (end - pos));
      std::uint32_t* map = out.to_original.data() + at;
      for (std::size_t i = pos; i < end; ++i) *map++ = static_cast<std::uint32_t>(i);
      pos = end;
      continue;
    }
    if (b < 0x80) {
      // ASCII never composes with what precedes it except through a following
      // combining mark, which starts the next chunk below.
      if (b == '\r') {
        const bool crlf = pos + 1 < original.size() && original[pos + 1] == '\n';
        if (!crlf) emit(out, "\n", static_cast<std::uint32_t>(pos));
      } else if (const char* r = replacement(b)) {
        emit(out, r, static_cast<std::uint32_t>(pos));
      } else {
        out.text.push_back(static_cast<char>(b));
        out.to_original.push_back(static_cast<std::uint32_t>(pos));
      }
      ++pos;
      continue;
    }
    // A non-ASCII run up to the next code point that starts a new
    // normalisation segment; it may begin with the ASCII base already emitted,
    // so recompose that base with its marks when marks follow.
    std::size_t end = pos;
    std::size_t len;
    utf8::decode(original, end, len);
    end += len;
    while (end < original.size()) {
      const char32_t cp = utf8::decode(original, end, len);
      if (nfc && nfc->hasBoundaryBefore(static_cast<UChar32>(cp))) break;
      end += len;
    }
    std::size_t start = pos;
    if (nfc && start > 0 && !nfc->hasBoundaryBefore(static_cast<UChar32>(utf8::decode(original, pos, len))) &&
        static_cast<unsigned char>(original[start - 1]) < 0x80 && !out.text.empty() &&
        out.to_original.back() == start - 1 && out.text.back() == original[start - 1]) {
      // Pull the ASCII base back so "e" + U+0301 composes to "é".
      out.text.pop_back();
      out.to_original.pop_back();
      --start;
    }
    if (nfc) {
      emit_chunk(out, original.substr(start, end - start), static_cast<std::uint32_t>(start), *nfc);
    } else {
      emit(out, original.substr(start, end - start), static_cast<std::uint32_t>(start));
    }
    pos = end;
  }
  out.to_original.push_back(static_cast<std::uint32_t>(original.size()));
  return out;
}

std::string normalize_form(std::string_view text) { return normalize(text).text; }

}  // namespace dyad
