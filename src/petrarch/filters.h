// PETRARCH's discards and issues applied to coded text: a sentence holding a
// sentence discard ("SILVER MEDAL") gives no events, a story holding a story
// discard ("+Manchester United") none at all; issues tag a sentence with the
// issue codes its phrases name. Phrases match whole words, in any case.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "petrarch/dictionaries.h"

namespace dyad::petrarch {

class Filters {
 public:
  // Reads lang/en/petrarch/{discards,issues}.tsv of a data directory
  // (written by convert.h's write_data_dir); absent files mean none.
  static Filters load(const std::filesystem::path& data_dir, Report& report);
  void add_discard(const std::string& phrase, bool story);
  void add_issue(const std::string& phrase, const std::string& code);  // empty code: an exclusion

  bool discards_sentence(std::string_view text) const;
  bool discards_story(std::string_view text) const;
  // Issue codes named in `text`, each once, in file order; a phrase listed
  // as an exclusion ("a head start") hides the issue phrases inside it.
  std::vector<std::string> issues(std::string_view text) const;
  bool has_issues() const { return !issues_.empty(); }
  bool empty() const { return sentence_.empty() && story_.empty() && issues_.empty(); }

 private:
  std::vector<std::string> sentence_, story_;  // normalised: " WORD WORD "
  std::vector<std::pair<std::string, std::string>> issues_, exclusions_;
};

// " WORD WORD ": upper case, every run of non-alphanumerics one space.
std::string normalise_words(std::string_view text);

}  // namespace dyad::petrarch
