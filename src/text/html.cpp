#include "text/html.h"
namespace dyad { HtmlArticle extract_article(std::string_view) { return {}; } }  // PLACEHOLDER
