// Article text from an HTML page: what a reader of the page would call the
// story, without navigation, scripts, styles, cookie banners or comment forms.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"

namespace dyad {

struct HtmlArticle {
  std::string title;                  // <title> or og:title
  std::string text;                   // blocks separated by blank lines
  std::optional<PartialDate> date;    // article:published_time, date meta, <time datetime>
  std::string lang;                   // <html lang>, first two letters lower-cased
  std::string url;                    // canonical link or og:url
};

// Never fails: broken markup yields whatever text gumbo recovers.
HtmlArticle extract_article(std::string_view html);

}  // namespace dyad
