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

// The same, with where the story begins when a news dateline opens the line
// it is on ("KYIV, Feb. 12 (Reuters) - Ukraine and Poland ..."): the byte
// offset in `text` of "Ukraine". 0 when the dateline is a line of its own or
// a labelled date ("Datum: 22 november 2018"). The segmenter cannot tell a
// dateline's dash from a sentence's, so the front end cuts there: parsed as
// part of the lead sentence, "KYIV" becomes its subject.
struct Dateline {
  std::optional<PartialDate> date;  // none for "KYIV, Feb. 12 -": a date without a year is never guessed
  std::size_t story_begin = 0;
};
std::optional<Dateline> find_dateline_with_extent(std::string_view text);

}  // namespace dyad
