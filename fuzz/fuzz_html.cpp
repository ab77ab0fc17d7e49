// Feeds arbitrary bytes to the HTML extractor and checks the promises the
// rest of the pipeline relies on: no crash, valid UTF-8 out.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/utf8.h"
#include "text/dateline.h"
#include "text/html.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const dyad::HtmlArticle article = dyad::extract_article(input);
  if (!dyad::utf8::is_valid(article.text) || !dyad::utf8::is_valid(article.title)) std::abort();
  if (article.lang.size() != 0 && article.lang.size() != 2) std::abort();
  // The dateline finder reads the start of whatever text the reader produced.
  (void)dyad::find_dateline(article.text);
  (void)dyad::find_dateline(input);
  return 0;
}
