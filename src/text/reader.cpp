#include "text/reader.h"
namespace dyad {
std::optional<InputFormat> parse_input_format(std::string_view n) { if (n=="auto") return InputFormat::kAuto; if (n=="text") return InputFormat::kText; if (n=="html") return InputFormat::kHtml; if (n=="jsonl") return InputFormat::kJsonl; return std::nullopt; }
ReadStats read_inputs(const std::vector<std::string>&, const ReadOptions&, const DocumentSink&, const DiagnosticSink&) { return {}; }  // PLACEHOLDER
}
