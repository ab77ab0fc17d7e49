#include "actors/pieces.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"
#include "text/normalize.h"

namespace dyad {
namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

struct Cut {
  std::size_t begin, end;  // bytes within the word
};

// Splits one word at hyphens (dropped) and before a final "'s" or "'".
void split_word(std::string_view word, std::vector<Cut>& cuts) {
  std::size_t start = 0;
  auto push = [&](std::size_t b, std::size_t e) {
    if (e <= b) return;
    std::string_view w = word.substr(b, e - b);
    // "Ghana's" -> Ghana + 's; "Workers'" -> Workers + '.
    // Normalisation may leave a typographic apostrophe (U+2019) in words.
    static constexpr std::string_view kCurly = "\u2019";
    if (w.size() > 2 && w.ends_with("'s")) {
      cuts.push_back({b, e - 2});
      cuts.push_back({e - 2, e});
    } else if (w.size() > kCurly.size() + 1 && w.ends_with(std::string(kCurly) + "s")) {
      cuts.push_back({b, e - kCurly.size() - 1});
      cuts.push_back({e - kCurly.size() - 1, e});
    } else if (w.size() > 1 && w.back() == '\'') {
      cuts.push_back({b, e - 1});
      cuts.push_back({e - 1, e});
    } else if (w.size() > kCurly.size() + 1 && w.ends_with(kCurly)) {
      // "Philippines’": the possessive of an s-final name.
      cuts.push_back({b, e - kCurly.size()});
      cuts.push_back({e - kCurly.size(), e});
    } else {
      cuts.push_back({b, e});
    }
  };
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '-' && i > 0 && i + 1 < word.size()) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, word.size());
}

// Byte offset of every code point, plus the end.
std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> out;
  out.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size();) {
    out.push_back(i);
    std::size_t len = 0;
    utf8::decode(text, i, len);
    i += len;
  }
  out.push_back(text.size());
  return out;
}

}  // namespace

std::string fold_case(std::string_view text) {
  if (is_ascii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string bare_key(std::string_view key) {
  if (is_ascii(key)) return std::string(key);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(key.data(), static_cast<int32_t>(key.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(key);
  const icu::UnicodeString decomposed = nfd->normalize(u, status);
  if (U_FAILURE(status)) return std::string(key);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    bare.append(c == 0x2019 || c == 0x2018 ? UChar32{'\''} : c);
  }
  std::string out;
  bare.toUTF8String(out);
  return out;
}

Shape shape_of(std::string_view text) {
  Shape s;
  int letters = 0;
  bool lower = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 0;
    const char32_t cp = utf8::decode(text, i, len);
    i += len;
    if (!u_isalpha(static_cast<UChar32>(cp))) continue;
    if (letters == 0) s.upper_initial = u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
    ++letters;
    if (u_islower(static_cast<UChar32>(cp))) lower = true;
  }
  s.has_letter = letters > 0;
  s.all_caps = letters >= 2 && !lower;
  return s;
}

std::vector<Piece> sentence_pieces(const Sentence& sentence) {
  std::vector<Piece> pieces;
  pieces.reserve(sentence.tokens.size() + 4);
  const auto& tokens = sentence.tokens;
  bool glued = false;  // the previous token was a glued hyphen
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    // A hyphen token glued to both neighbours is the inside of a compound
    // that the tokeniser split ("Al - Shabaab" in EWT); it is not a piece.
    if (token.norm == "-" && t > 0 && t + 1 < tokens.size() && !tokens[t - 1].space_after && !token.space_after) {
      // ...and its neighbours are parts of one word, not words of their own.
      if (!pieces.empty()) pieces.back().token_end = false;
      glued = true;
      continue;
    }
    // Pieces are cut in the normalised form and mapped back to the token's
    // bytes code point by code point ("Mombasa’s" -> "Mombasa's"); when
    // normalisation changed the number of code points the token stays whole.
    const std::vector<std::size_t> norm_cps = code_point_offsets(token.norm);
    const std::vector<std::size_t> form_cps = code_point_offsets(token.form);
    const bool mappable = norm_cps.size() == form_cps.size();
    std::vector<Cut> cuts;
    if (mappable) {
      split_word(token.norm, cuts);
    } else {
      cuts.push_back({0, token.norm.size()});
    }
    auto to_form = [&](std::size_t norm_offset) {
      const auto it = std::lower_bound(norm_cps.begin(), norm_cps.end(), norm_offset);
      return form_cps[static_cast<std::size_t>(it - norm_cps.begin())];
    };
    for (std::size_t c = 0; c < cuts.size(); ++c) {
      Piece p;
      p.text = token.norm.substr(cuts[c].begin, cuts[c].end - cuts[c].begin);
      p.key = fold_case(p.text);
      // The segmenter keeps a typographic apostrophe inside words; registry
      // surfaces spell it "'".
      for (std::size_t at; (at = p.key.find("\u2019")) != std::string::npos;) p.key.replace(at, 3, "'");
      if (mappable) {
        p.span = {token.span.begin + to_form(cuts[c].begin), token.span.begin + to_form(cuts[c].end)};
      } else {
        p.span = token.span;
      }
      p.token = t;
      p.token_begin = c == 0 && !glued;
      p.token_end = c + 1 == cuts.size();
      p.shape = shape_of(p.text);
      pieces.push_back(std::move(p));
    }
    glued = false;
  }
  return pieces;
}

std::vector<std::string> surface_keys(std::string_view surface, std::vector<std::string>* texts) {
  const std::string norm = normalize_form(surface);
  std::vector<std::string> keys;
  std::size_t start = 0;
  while (start <= norm.size()) {
    std::size_t space = norm.find(' ', start);
    if (space == std::string::npos) space = norm.size();
    const std::string_view word = std::string_view(norm).substr(start, space - start);
    if (!word.empty() && word != "-") {
      std::vector<Cut> cuts;
      split_word(word, cuts);
      for (const Cut& c : cuts) {
        const std::string_view piece = word.substr(c.begin, c.end - c.begin);
        keys.push_back(fold_case(piece));
        if (texts) texts->emplace_back(piece);
      }
    }
    start = space + 1;
  }
  return keys;
}

}  // namespace dyad
