// Surface properties of a word form that generalise to unseen words.
#pragma once
#include <string>
#include <string_view>

namespace dyad::nlp {

// Lowercases ASCII, Latin-1 and Latin Extended-A letters, the scripts of
// English and Dutch news; other code points are kept.
std::string lowercase(std::string_view form);

// Collapsed character classes: "Kenya" -> "Xx", "1,200" -> "d,d", "U.N." -> "X.X.".
std::string word_shape(std::string_view form);

// The first / last `n` code points (the whole form when it is shorter).
std::string_view prefix_chars(std::string_view form, int n);
std::string_view suffix_chars(std::string_view form, int n);

}  // namespace dyad::nlp
