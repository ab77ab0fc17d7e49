// Segments arbitrary bytes (made valid UTF-8) with the English segmenter and
// checks the span invariants every later stage relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "text/segmenter.h"

namespace {

const dyad::Segmenter& english() {
  static const std::unique_ptr<dyad::Segmenter> segmenter = [] {
    std::string error;
    auto s = dyad::load_segmenter(std::string(DYAD_SOURCE_DIR) + "/data", "en", &error);
    if (!s) std::abort();
    return s;
  }();
  return *segmenter;
}

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::size_t repaired;
  const std::string text = dyad::utf8::repair(std::string_view(reinterpret_cast<const char*>(data), size), repaired);
  std::size_t last_end = 0;
  for (const dyad::Sentence& sentence : english().segment(text)) {
    check(!sentence.tokens.empty());
    check(sentence.span.begin == sentence.tokens.front().span.begin);
    check(sentence.span.end == sentence.tokens.back().span.end);
    for (const dyad::Token& token : sentence.tokens) {
      check(token.span.begin >= last_end);             // sorted, non-overlapping
      check(token.span.begin < token.span.end);        // never empty
      check(token.span.end <= text.size());            // within bounds
      check(text.compare(token.span.begin, token.span.size(), token.form) == 0);
      check(!token.norm.empty());
      for (const char c : token.form) check(c != ' ' && c != '\n');  // never spans whitespace
      last_end = token.span.end;
    }
  }
  return 0;
}
