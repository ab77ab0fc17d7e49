// Page cursors as opaque tokens: clients pass back what they were given
// and cannot build one by hand (the form may change).
#pragma once
#include <string>

#include "store/query.h"

namespace dyad::serve {

std::string encode_cursor(const store::EventCursor& cursor);
// Throws ApiError 400 for anything encode_cursor did not make.
store::EventCursor decode_cursor(const std::string& token);

}  // namespace dyad::serve
