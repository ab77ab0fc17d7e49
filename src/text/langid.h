// Document language identification (CLD2).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct LanguageShare {
  std::string code;  // ISO 639-1
  int percent = 0;   // of the text's letters
};

struct LanguageGuess {
  std::string code;     // ISO 639-1 ("en", "nl", "de"...), "" when unknown
  bool reliable = false;
  // The (up to three) languages found and their share of the text, largest
  // first: a page in one language with a long section in another has both.
  std::vector<LanguageShare> shares;
};

LanguageGuess detect_language(std::string_view text, bool is_html = false);

// Paragraphs (blocks between blank lines) of `text` written in a language
// other than `lang`: reliably detected, with enough letters to judge. The
// language given is a prior: a paragraph needs a clear verdict to be set
// apart, and unless some paragraph is clearly in `lang` nothing is (the
// prior, or the detector, is wrong: the whole text is kept). Byte
// spans in `text`, in order, with the language found.
struct ForeignParagraph {
  std::size_t begin = 0, end = 0;
  std::string code;
};
// `relatives` are languages the detector takes short paragraphs of `lang`
// for (Afrikaans for Dutch): such a paragraph is in `lang`.
std::vector<ForeignParagraph> foreign_paragraphs(std::string_view text, const std::string& lang,
                                                 const std::vector<std::string>& relatives = {});

}  // namespace dyad
