// The file/stdin reader on arbitrary bytes, format sniffed as for stdin
// (or forced by the first byte): binary detection, BOMs, JSONL sniffing
// and lines, HTML extraction, UTF-8 repair, NUL bytes. Every document it
// hands on has valid UTF-8 text, no NUL byte and an id.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "fuzz_common.h"
#include "text/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  dyad::ReadOptions options;
  const dyad::InputFormat formats[] = {dyad::InputFormat::kAuto, dyad::InputFormat::kAuto, dyad::InputFormat::kText,
                                       dyad::InputFormat::kHtml, dyad::InputFormat::kJsonl};
  options.format = formats[data[0] % 5];
  options.max_document_bytes = 1u << 20;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(fmemopen(bytes.data(), bytes.size(), "rb"), &std::fclose);
  if (!file) return 0;  // fmemopen refuses a zero-length buffer on some libcs
  std::size_t documents = 0;
  const auto stats = dyad::read_stream(
      file.get(), "fuzz", options,
      [&](dyad::Document&& doc) {
        ++documents;
        dyad::fuzz::check(dyad::utf8::is_valid(doc.text), "document text is valid UTF-8");
        dyad::fuzz::check(doc.text.find('\0') == std::string::npos, "no NUL byte in a document");
        dyad::fuzz::check(!doc.id.empty(), "a document has an id");
      },
      [](const dyad::Diagnostic& d) { dyad::fuzz::check(!d.message.empty(), "a diagnostic says something"); });
  dyad::fuzz::check(stats.documents == documents, "documents counted");
  return 0;
}
