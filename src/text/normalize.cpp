#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
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

// Appends `bytes`, mapped as a copy of the original from `original_offset`
// (`copied`) or wholly to `original_offset`. Extends the last piece of the
// map when it continues it, so unchanged text adds no pieces.
void append(NormalizedText& out, std::string_view bytes, std::uint32_t original_offset, bool copied) {
  if (bytes.empty()) return;
  const auto begin = static_cast<std::uint32_t>(out.text.size());
  out.text.append(bytes);
  if (bytes.size() == 1) copied = true;  // one byte maps the same either way
  if (!out.pieces.empty()) {
    const NormalizedText::Piece& last = out.pieces.back();
    if (copied && last.copied && last.original + (begin - last.begin) == original_offset) return;
    if (!copied && !last.copied && last.original == original_offset) return;
  }
  out.pieces.push_back({begin, original_offset, copied});
}

// Every byte of `bytes` maps to `original_offset` (one original character).
void emit(NormalizedText& out, std::string_view bytes, std::uint32_t original_offset) {
  append(out, bytes, original_offset, false);
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
      // An unchanged character is a copy: its bytes map to its first byte.
      append(out, std::string_view(composed).substr(pos, len), at, !changed);
    }
    pos += len;
  }
}

}  // namespace

NormalizedText normalize(std::string_view original) {
  NormalizedText out;
  out.text.reserve(original.size());
  out.original_size = static_cast<std::uint32_t>(original.size());
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
      append(out, original.substr(pos, end - pos), static_cast<std::uint32_t>(pos), true);
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
        append(out, original.substr(pos, 1), static_cast<std::uint32_t>(pos), true);
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
        out.to_original(out.text.size() - 1) == start - 1 && out.text.back() == original[start - 1]) {
      // Pull the ASCII base back so "e" + U+0301 composes to "é".
      out.text.pop_back();
      if (out.pieces.back().begin == out.text.size()) out.pieces.pop_back();
      --start;
    }
    if (nfc) {
      emit_chunk(out, original.substr(start, end - start), static_cast<std::uint32_t>(start), *nfc);
    } else {
      emit(out, original.substr(start, end - start), static_cast<std::uint32_t>(start));
    }
    pos = end;
  }
  return out;
}

std::size_t NormalizedText::to_original(std::size_t i) const {
  if (i >= text.size()) return original_size;
  const auto after = std::upper_bound(pieces.begin(), pieces.end(), i,
                                      [](std::size_t pos, const Piece& p) { return pos < p.begin; });
  return map_in(*(after - 1), i);
}

std::size_t NormalizedText::map_in(const Piece& piece, std::size_t i) const {
  if (!piece.copied) return piece.original;
  std::size_t lead = i;
  while (lead > piece.begin && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  return piece.original + (lead - piece.begin);
}

std::size_t NormalizedText::Cursor::to_original(std::size_t i) {
  const NormalizedText& n = text_;
  if (i >= n.text.size()) return n.original_size;
  if (n.pieces[piece_].begin > i) return n.to_original(i);  // behind the cursor: search
  while (piece_ + 1 < n.pieces.size() && n.pieces[piece_ + 1].begin <= i) ++piece_;
  return n.map_in(n.pieces[piece_], i);
}

std::string normalize_form(std::string_view text) { return normalize(text).text; }

}  // namespace dyad
