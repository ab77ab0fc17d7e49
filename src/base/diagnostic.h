// A message about one input (a file, a JSONL line, a document), reported to
// the user on stderr while the rest of the input goes on being processed.
#pragma once
#include <functional>
#include <string>

namespace dyad {

enum class Severity { kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string where;    // "path", "path:line" or a document id
  std::string message;
};

using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace dyad
