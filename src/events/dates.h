// When an event happened, from the document's date and the sentence's own
// time words ("yesterday", "on 22 November", "last month", "gisteren",
// "eerder dit jaar", "dinsdag"). The words are data
// (<data>/lang/<lang>/dates.txt); the arithmetic is here. A date is never
// more precise than what the text supports, and unknown stays unknown.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/date.h"

namespace dyad::events {

class DateRules {
 public:
  // Null with `error` ("file:line: problem") when missing or malformed.
  static std::unique_ptr<DateRules> load(const std::filesystem::path& file, std::string* error);
  bool add_text(const std::string& text, const std::string& where, std::string* error);

  // `words` are the sentence's lower-cased word forms.
  std::optional<PartialDate> resolve(const std::optional<PartialDate>& doc_date,
                                     const std::vector<std::string>& words) const;

  // The weekday (1 = Monday) a lower-cased word names: "dinsdag", or a
  // weekday with a part of the day written as one word ("dinsdagavond").
  std::optional<int> weekday(std::string_view word) const;
  bool weekday_alone(const std::string& word) const { return weekdays_.count(word) > 0; }
  // Whether a lower-cased word is a number word ("fourteen", "veertien").
  bool number_word(const std::string& word) const { return numbers_.count(word) > 0; }

 private:
  enum class Shift { kSameDay, kPrevDay, kNextDay, kSameMonth, kPrevMonth, kSameYear, kPrevYear, kNextYear };
  struct Phrase {
    std::vector<std::string> words;
    Shift shift;
  };
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, int> months_, weekdays_, numbers_;
  std::unordered_map<std::string, char> units_;  // 'd', 'w', 'm', 'y'
  std::vector<std::string> ago_;                 // "ago", "geleden", "after", "na"
  std::vector<std::string> dayparts_;            // "avond": "dinsdagavond" is a Tuesday
};

}  // namespace dyad::events
