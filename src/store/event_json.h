// One stored event as JSON: the event output contract plus the store's
// `id` and `cluster` (what `dyad events --format jsonl` writes a line of).
#pragma once
#include <nlohmann/json.hpp>

#include "store/query.h"

namespace dyad::store {

nlohmann::json event_json(const EventRow& row);

}  // namespace dyad::store
