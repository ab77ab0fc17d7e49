#include "text/langid.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <cctype>
#include <climits>

#include "base/utf8.h"

namespace dyad {
namespace {

// CLD2 samples a document anyway; a bounded prefix keeps enormous documents
// cheap without changing the answer for news-sized texts.
constexpr std::size_t kMaxDetectBytes = 1u << 20;

// Below this many letters CLD2's guesses are coin flips between related
// languages, so they are never reported as reliable.
constexpr std::size_t kMinReliableLetters = 30;

// A paragraph is set apart as another language only with this many letters
// (names and short lines fool the detector) and when that language holds
// this share of it (a quotation inside a paragraph does not move it).
constexpr std::size_t kMinParagraphLetters = 60;
constexpr int kMinForeignPercent = 80;

// CLD2 still uses a few withdrawn ISO 639 codes.
struct CodeAlias {
  const char* cld2;
  const char* iso;
};
constexpr CodeAlias kCodeAliases[] = {{"iw", "he"}, {"jw", "jv"}, {"in", "id"}, {"mo", "ro"}};

std::string iso_code(CLD2::Language lang) {
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return {};
  const char* raw = CLD2::LanguageCode(lang);
  if (!raw) return {};
  std::string code(raw);
  // "zh-Hant", "sr-ME": the primary subtag is the language.
  code = code.substr(0, code.find_first_of("-_"));
  std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::tolower(c); });
  if (code == "un" || code == "xxx" || code.empty()) return {};
  for (const CodeAlias& alias : kCodeAliases) {
    if (code == alias.cld2) return alias.iso;
  }
  return code;
}

// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::size_t count_letters(std::string_view text) {
  std::size_t letters = 0;
  for (const char ch : text) {
    const auto b = static_cast<unsigned char>(ch);
    // ASCII letters, plus the lead byte of every non-ASCII character (a
    // rough but adequate count: accented letters and other scripts).
    if (std::isalpha(b) || b >= 0xC0) ++letters;
  }
  return letters;
}

}  // namespace

LanguageGuess detect_language(std::string_view text, bool is_html) {
  std::string_view sample = utf8_prefix(text, kMaxDetectBytes);
  // CLD2 must never see invalid UTF-8; a repaired copy is only made when needed.
  std::string repaired;
  if (!utf8::is_valid(sample)) {
    std::size_t count = 0;
    repaired = utf8::repair(sample, count);
    sample = repaired;
  }
  if (sample.empty()) return {};

  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool reliable = false;
  // Hints and the result-chunk vector are left empty: the call then depends
  // only on the text, which keeps it deterministic and free of shared state.
  const CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  const CLD2::Language best = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(std::min<std::size_t>(sample.size(), INT_MAX)), !is_html, &hints,
      /*flags=*/0, language3, percent3, normalized_score3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);

  LanguageGuess guess;
  guess.code = iso_code(best);
  if (guess.code.empty()) return {};
  guess.reliable = reliable && count_letters(sample) >= kMinReliableLetters;
  for (int i = 0; i < 3; ++i) {
    std::string code = iso_code(language3[i]);
    if (!code.empty() && percent3[i] > 0) guess.shares.push_back({std::move(code), percent3[i]});
  }
  return guess;
}

std::vector<ForeignParagraph> foreign_paragraphs(std::string_view text, const std::string& lang,
                                                 const std::vector<std::string>& relatives) {
  std::vector<ForeignParagraph> out;
  if (lang.empty()) return out;
  bool confirmed = false;  // a paragraph clearly in `lang` confirms the prior
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n')) ++pos;
    if (pos >= text.size()) break;
    // A paragraph ends at a blank line (only spaces between two newlines).
    std::size_t end = pos;
    for (;;) {
      end = text.find('\n', end);
      if (end == std::string_view::npos) {
        end = text.size();
        break;
      }
      std::size_t next = end + 1;
      while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
      if (next >= text.size() || text[next] == '\n') break;
      end = next;
    }
    const std::string_view paragraph = text.substr(pos, end - pos);
    // Whether [b, e) is clearly in one language: then it confirms `lang` or is set apart.
    auto judge = [&](std::size_t b, std::size_t e) {
      const std::string_view part = text.substr(b, e - b);
      if (count_letters(part) < kMinParagraphLetters) return false;
      const LanguageGuess guess = detect_language(part);
      const bool clear = guess.reliable && !guess.code.empty() && !guess.shares.empty() &&
                         guess.shares[0].percent >= kMinForeignPercent;
      const bool own = guess.code == lang ||
                       std::find(relatives.begin(), relatives.end(), guess.code) != relatives.end();
      if (clear && guess.code == lang) confirmed = true;
      if (clear && !own) out.push_back({b, e, guess.code});
      return clear;
    };
    if (!judge(pos, end) && paragraph.find('\n') != std::string_view::npos) {
      // A mixed paragraph of several lines (pages that break paragraphs
      // with one newline): its lines are judged one by one.
      for (std::size_t b = pos; b < end;) {
        std::size_t e = text.find('\n', b);
        if (e == std::string_view::npos || e > end) e = end;
        judge(b, e);
        b = e + 1;
      }
    }
    pos = end + 1;
  }
  if (!confirmed) out.clear();
  return out;
}

}  // namespace dyad
