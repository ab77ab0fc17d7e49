// Document language identification (CLD2).
#pragma once
#include <string>
#include <string_view>

namespace dyad {

struct LanguageGuess {
  std::string code;     // ISO 639-1 ("en", "nl", "de"...), "" when unknown
  bool reliable = false;
};

LanguageGuess detect_language(std::string_view text, bool is_html = false);

}  // namespace dyad
