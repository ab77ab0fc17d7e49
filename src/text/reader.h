// Turns the user's inputs (files, directories, stdin) into documents. Reading
// is streamed: a document is handed on as soon as it is read, so memory stays
// bounded by the largest document rather than by the corpus.
#pragma once
#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"
#include "text/document.h"

namespace dyad {

enum class InputFormat { kAuto, kText, kHtml, kJsonl };

// "auto", "text", "html", "jsonl"; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension, then by content sniffing
  std::string lang;                         // overrides language detection when set
  std::optional<PartialDate> date;          // overrides the publication date when set
  std::size_t max_document_bytes = 256u << 20;
};

struct ReadStats {
  std::size_t documents = 0;   // handed to the callback
  std::size_t failed = 0;      // inputs that produced an error diagnostic
};

using DocumentSink = std::function<void(Document&&)>;

// Reads every path ("-" is stdin; directories are walked recursively in
// sorted order). Each document has valid UTF-8 text, an id, and lang/date as
// given by the input or options (language detection and dateline parsing are
// separate steps). Problems go to `diagnostics`; reading always continues.
ReadStats read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                      const DocumentSink& on_document, const DiagnosticSink& diagnostics);

// Reads one open input as read_inputs reads stdin, shown as `name` (tests
// and fuzzing: an fmemopen'd buffer).
ReadStats read_stream(std::FILE* file, const std::string& name, const ReadOptions& options,
                      const DocumentSink& on_document, const DiagnosticSink& diagnostics);

}  // namespace dyad
