#include "text/langid.h"
namespace dyad { LanguageGuess detect_language(std::string_view, bool) { return {}; } }  // PLACEHOLDER
