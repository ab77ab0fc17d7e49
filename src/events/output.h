// Writers for coded events: JSON Lines (one event per line) and TSV with the
// same fields as columns. Offsets are Unicode code points of the document
// text. Output is valid UTF-8 JSON whatever the input held.
#pragma once
#include <ostream>
#include <vector>

#include "events/event.h"
#include "text/document.h"

namespace dyad::events {

void write_events_jsonl(std::ostream& out, const Document& doc, const std::vector<Event>& events);

void write_events_tsv_header(std::ostream& out);
void write_events_tsv(std::ostream& out, const Document& doc, const std::vector<Event>& events);

}  // namespace dyad::events
