// `dyad ingest --coded` input: arbitrary lines of event JSONL. Each line is
// stored or reported; a rebuilt document never outgrows the limits.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_common.h"
#include "store/coded_jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using dyad::fuzz::check;
  dyad::store::CodedLimits limits;
  limits.max_line_bytes = 1u << 16;
  limits.max_text = 1u << 16;
  limits.max_sentences = 1u << 12;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::size_t last_line = 0;
  dyad::store::read_coded_documents(
      in,
      [&](dyad::store::StoredDocument&& d) {
        check(!d.id.empty(), "a document has an id");
        check(d.sentences.size() <= limits.max_sentences, "sentences within the limit");
        check(d.text.size() <= 4 * (limits.max_text + limits.max_line_bytes), "text within the limit");
        for (const auto& e : d.events) check(e.sentence < d.sentences.size(), "event sentence known");
      },
      [&](std::size_t line, const std::string& message) {
        check(line > last_line || line == last_line + 1, "errors in line order");
        check(!message.empty(), "an error says something");
        last_line = line;
      },
      limits);
  return 0;
}
