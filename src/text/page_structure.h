// What a sentence is on its page, beyond its words: a title-case headline.
// The segmenter sees text; these judgements need a sentence's whole line.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "text/document.h"

namespace dyad {

// A title-case headline: a whole line of its own without a final full stop,
// most of whose longer words are capitalised ("Ruritanian Embassy Hands Over
// Patrol Boats To Coast Guard", "Bloc Leaders Agree To Blacklist Velmora
// Officials", "Velmora Zet Ruritaanse Diplomaten Uit").
// Sentence-case headlines ("Ruritania expels Velmora envoy") are not: the
// models read them as they are.
bool is_title_case_line(std::string_view text, const Sentence& sentence);

// A sentence of running prose: it ends with a full stop (or a closing quote)
// and has a few words. Headlines are looked for only before the first one (the lead):
// title-case lines after it are sidebars and lists of other stories.
bool is_prose(const Sentence& sentence);

// Page chrome in plain text: share bars, newsletter and cookie prompts,
// "read more" labels and the list of other stories' headlines after them,
// photo captions and credits (a caption names leaders and a place, and its
// "attend"/"shake hands" would be coded as the story's events).
// The phrases are language data (data/lang/<code>/chrome.txt); a missing
// file means no chrome is recognised.
class PageChrome {
 public:
  // Reads `file`: "line PHRASE" (a line that is only the phrase, final
  // punctuation aside), "starts PHRASE" (a line beginning with the phrase
  // as whole words), "list PHRASE" (a label line after which the lines
  // without a final full stop are other stories' headlines), "caption
  // PHRASE" (a short line holding the phrase anywhere: a photo caption or
  // credit, "(second from left)", "Photo: ..."). Phrases are
  // matched case-insensitively (ASCII). Returns false and sets `error`
  // (file and line) on a malformed line.
  bool load(const std::filesystem::path& file, std::string* error);

  // Whole lines of `text` that are chrome, in order. `prefixes` (in text
  // order) are heads that are no part of their line's content (a date label
  // glued to a share bar: " date 2019-04 Share this article").
  std::vector<Span> find(std::string_view text, const std::vector<Span>& prefixes = {}) const;

  bool empty() const { return lines_.empty() && starts_.empty() && lists_.empty() && captions_.empty(); }

 private:
  std::vector<std::string> lines_, starts_, lists_, captions_;
};

}  // namespace dyad
