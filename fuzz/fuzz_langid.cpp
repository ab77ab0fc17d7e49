// Language identification of arbitrary text (made valid UTF-8): the whole
// page and per paragraph. Shares are percentages, paragraphs in order.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/utf8.h"
#include "fuzz_common.h"
#include "text/langid.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::size_t repaired = 0;
  const std::string text =
      dyad::utf8::repair(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), repaired);
  const auto guess = dyad::detect_language(text, data[0] & 1);
  for (const auto& share : guess.shares) dyad::fuzz::check(share.percent >= 0 && share.percent <= 100, "share in 0..100");
  std::size_t last = 0;
  for (const auto& p : dyad::foreign_paragraphs(text, (data[0] & 2) ? "nl" : "en")) {
    dyad::fuzz::check(p.begin >= last && p.begin <= p.end && p.end <= text.size(), "paragraphs in order, in the text");
    last = p.end;
  }
  return 0;
}
