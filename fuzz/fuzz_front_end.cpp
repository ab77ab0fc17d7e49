// The text front end on arbitrary text (made valid UTF-8) in English or
// Dutch (first byte): page structure, datelines, chrome, foreign paragraphs
// and the language's segmenter. Sentences and tokens stay in order, inside
// the text, and match it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/utf8.h"
#include "fuzz_common.h"
#include "text/front_end.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using dyad::fuzz::check;
  if (size == 0) return 0;
  static dyad::TextFrontEnd front_end(dyad::fuzz::data_dir());
  std::size_t repaired = 0;
  dyad::Document doc;
  doc.id = "fuzz";
  doc.text = dyad::utf8::repair(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), repaired);
  // Low bit: the language; next: given or detected.
  if (data[0] & 2) doc.lang = (data[0] & 1) ? "nl" : "en";
  const auto out = front_end.process(std::move(doc), [](const dyad::Diagnostic&) {});
  if (!out) return 0;
  const std::string& text = out->document.text;
  std::size_t last = 0;
  for (const dyad::Sentence& s : out->sentences) {
    check(!s.tokens.empty(), "a sentence has tokens");
    check(s.span.begin >= last && s.span.begin < s.span.end && s.span.end <= text.size(), "sentence span");
    for (const dyad::Token& t : s.tokens) {
      check(t.span.begin >= last && t.span.begin < t.span.end && t.span.end <= text.size(), "token span");
      check(text.compare(t.span.begin, t.span.size(), t.form) == 0, "token form is its text");
      last = t.span.end;
    }
  }
  return 0;
}
