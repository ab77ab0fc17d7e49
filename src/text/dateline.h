// Publication dates written into the text itself: a news dateline
// ("SYDNEY, 17 MARCH 2018 –", "NAIROBI, Kenya, Nov. 22 (Reuters) -") or a
// leading metadata line ("date 2018-11", "Datum: 22 november 2018").
#pragma once
#include <optional>
#include <string_view>

#include <vector>

#include "base/date.h"
#include "base/span.h"

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

// Page furniture at the head of a line, glued to the sentence that follows
// it on that line: a corpus or publication-date label (" date 2019-04
// Ruritania and Velmora sign ...", "Published 3 May 2019 | ..."), or a news
// dateline with or without a date ("PORT ASTER, Ruritania — The ...",
// "VELMORA- Prime Minister ...", "VELMORA: Ruritania's ...", "VELMORA (Example
// Wire) - ...", "KYIV, Feb. 12 (Reuters) - ..."). Left in the sentence, the
// parser makes the place its subject and the place's state a party. Lines
// in the first few kilobytes are looked at (menus may come before the lead);
// a head is only reported when a story follows it on the same line.
struct LineHead {
  Span span;              // from the line's first token to the story's first byte
  bool metadata = false;  // a date label: no sentence at all (a dateline stays one)
};
std::vector<LineHead> find_line_heads(std::string_view text);

}  // namespace dyad
