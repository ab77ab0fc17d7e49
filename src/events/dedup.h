// One event per (source, target, code) and document: repeated reports of the
// same act (headline, lead, quote) become one event listing every sentence.
#pragma once
#include <vector>

#include "events/event.h"

namespace dyad::events {

// Keeps the first report of each event (in input order), adds the later
// ones' sentences to it and keeps the highest confidence and the most
// precise date. Symmetric events match in either direction.
std::vector<Event> deduplicate(std::vector<Event> events);

}  // namespace dyad::events
