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

// One event line of the output contract; throws StoreError naming the bad
// field. `doc` receives the line's document id.
StoredEvent parse_coded_event(const std::string& line, std::string& doc);

// Calls `visit` once per document of `in`, in input order. The document's
// text is rebuilt from the events' sentences at their offsets (other text
// is unknown and left blank) and its content hash covers the event lines,
// so re-coded events replace the old ones. Throws StoreError with the line
// number on malformed input or a document whose lines are not consecutive.
void read_coded_documents(std::istream& in, const std::function<void(StoredDocument&&)>& visit);

}  // namespace dyad::store
