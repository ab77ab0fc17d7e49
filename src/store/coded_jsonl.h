// Reading events that were coded elsewhere (`dyad code --format jsonl`, the
// event output contract of issue 5) back into stored documents, so
// `dyad ingest --coded` can store them without running the pipeline.
// Events are grouped by their `doc` field; a document's lines must be
// consecutive, as `dyad code` writes them.
#pragma once
#include <functional>
#include <istream>
#include <string>

#include "store/record.h"

namespace dyad::store {

// What a line may ask for, checked before anything is allocated by it: the
// rebuilt document text grows to the largest offset, and the sentence list
// to the largest sentence index.
struct CodedLimits {
  std::size_t max_line_bytes = 16u << 20;  // longer lines are reported and skipped
  std::size_t max_text = 16u << 20;        // code points: no offset beyond this
  std::size_t max_sentences = 1u << 20;    // sentence indexes below this
};

// One event line of the output contract; throws StoreError naming the bad
// field (a wrong JSON type, an out-of-range number, a span or sentence index
// beyond `limits`). `doc` receives the line's document id.
StoredEvent parse_coded_event(const std::string& line, std::string& doc, const CodedLimits& limits = {});

// A skipped line: its 1-based number and what is wrong with it.
using CodedLineError = std::function<void(std::size_t line, const std::string& message)>;

// Calls `visit` once per document of `in`, in input order. The document's
// text is rebuilt from the events' sentences at their offsets (other text
// is unknown and left blank) and its content hash covers the event lines,
// so re-coded events replace the old ones. A malformed line, or a line of a
// document whose earlier lines came before another document's, goes to
// `on_error` and is skipped; the other lines are read on. Throws only what
// `visit` throws.
void read_coded_documents(std::istream& in, const std::function<void(StoredDocument&&)>& visit,
                          const CodedLineError& on_error, const CodedLimits& limits = {});

}  // namespace dyad::store
