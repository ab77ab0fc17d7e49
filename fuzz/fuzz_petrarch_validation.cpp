// The lenient validation-record reader on arbitrary bytes: records come out
// with text, problems as diagnostics, and scoring holds its invariants.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "petrarch/validation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = dyad::petrarch::to_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  dyad::petrarch::Report report;
  const auto file = dyad::petrarch::read_validation(text, "v.xml", report);
  for (const auto& r : file.records) {
    if (r.text.empty()) std::abort();
    std::vector<dyad::petrarch::CodedEvent> coded;
    for (const auto& e : r.expected) coded.push_back({e.source, e.target, e.code});
    coded.push_back({"X", "Y", "010"});
    const auto s = dyad::petrarch::score_record(r, coded);
    if (s.correct != r.expected.size() || s.uncoded != 0 || s.extra != 1) std::abort();
  }
  return 0;
}
