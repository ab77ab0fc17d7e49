// Feeds arbitrary bytes to the JSONL line parser: every line either becomes
// a document with valid UTF-8 text or a clean error, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "text/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> warnings;
  auto result = dyad::parse_jsonl_line(input, "fuzz:1", &warnings);
  if (const auto* doc = std::get_if<dyad::Document>(&result)) {
    if (!dyad::utf8::is_valid(doc->text) || doc->id.empty()) std::abort();
  } else if (std::get<dyad::JsonlError>(result).message.empty()) {
    std::abort();
  }
  return 0;
}
