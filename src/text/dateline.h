// Publication dates written into the text itself: a news dateline
// ("SYDNEY, 17 MARCH 2018 –", "NAIROBI, Kenya, Nov. 22 (Reuters) -") or a
// leading metadata line ("date 2018-11", "Datum: 22 november 2018").
#pragma once
#include <optional>
#include <string_view>

#include "base/date.h"

namespace dyad {

// Looks only at the first few hundred bytes of the text; English and Dutch
// month names. Returns nullopt rather than guess.
std::optional<PartialDate> find_dateline(std::string_view text);

}  // namespace dyad
