#include "text/dateline.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace dyad {
namespace {

// A dateline or metadata line sits at the very top of a story.
constexpr std::size_t kHeadBytes = 300;
constexpr int kMaxLines = 6;

// Month and weekday names of the supported languages (English, Dutch),
// lower-case. Abbreviations are listed as written without their full stop.
struct MonthName {
  const char* name;
  int month;
};
constexpr MonthName kMonthNames[] = {
    // English
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    // Dutch (names shared with English are not repeated)
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5}, {"juni", 6},
    {"juli", 7}, {"augustus", 8}, {"oktober", 10}, {"okt", 10},
};

constexpr const char* kWeekdayNames[] = {
    // English
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // Dutch
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
};

// Ordinal suffixes after a day number: "1st", "22nd", "3e", "1ste".
constexpr const char* kOrdinalSuffixes[] = {"st", "nd", "rd", "th", "e", "ste", "de", "er"};

// Words that introduce a publication date on a metadata line, as a sequence
// of lower-case words ("published on" is "published" "on").
constexpr const char* kDateLabels[] = {
    // English
    "date", "dated", "published", "published on", "first published", "publication date",
    "date published", "posted", "posted on", "released", "release date", "issued", "issued on",
    "news item", "press release",
    // Dutch
    "datum", "gepubliceerd", "gepubliceerd op", "publicatiedatum", "geplaatst", "geplaatst op",
    "uitgegeven", "uitgegeven op", "nieuwsbericht", "persbericht",
};

// Lower-case words allowed inside a place name ("The Hague" aside, place
// names are capitalised): "Rio de Janeiro", "Bergen op Zoom".
constexpr const char* kPlaceParticles[] = {"de", "den", "der", "van", "op", "aan", "of", "the",
                                            "la", "le", "el", "al", "do", "da", "du", "am", "upon"};

struct Token {
  enum Kind { kWord, kNumber, kDash, kPunct } kind;
  std::string_view text;
  std::string lower;  // ASCII-lower-cased text, for table look-ups
};

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Bytes of a dash at line[pos] (hyphen-minus, figure/en/em dash, horizontal
// bar, minus sign), 0 when there is none.
std::size_t dash_length(std::string_view line, std::size_t pos) {
  if (line[pos] == '-') return 1;
  static constexpr std::string_view kDashes[] = {"\u2012", "\u2013", "\u2014", "\u2015", "\u2212"};
  for (std::string_view d : kDashes) {
    if (line.substr(pos, d.size()) == d) return d.size();
  }
  return 0;
}

std::size_t space_length(std::string_view line, std::size_t pos) {
  const char c = line[pos];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (line.substr(pos, 2) == "\u00A0") return 2;
  return 0;
}

std::vector<Token> tokenize(std::string_view line) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  while (pos < line.size()) {
    if (const std::size_t n = space_length(line, pos)) {
      pos += n;
      continue;
    }
    const std::size_t begin = pos;
    Token::Kind kind;
    if (is_ascii_digit(line[pos])) {
      // Digits with inner separators stay one token ("22/11/2018"), and so
      // does an ordinal suffix ("22nd").
      while (pos < line.size() &&
             (is_ascii_digit(line[pos]) ||
              ((line[pos] == '/' || line[pos] == '-' || line[pos] == '.') && pos + 1 < line.size() &&
               is_ascii_digit(line[pos + 1]) && is_ascii_digit(line[pos - 1])))) {
        ++pos;
      }
      while (pos < line.size() && is_ascii_alpha(line[pos])) ++pos;
      kind = Token::kNumber;
    } else if (const std::size_t n = dash_length(line, pos)) {
      pos += n;
      while (pos < line.size() && dash_length(line, pos)) pos += dash_length(line, pos);
      kind = Token::kDash;
    } else if (is_ascii_alpha(line[pos]) || static_cast<unsigned char>(line[pos]) >= 0x80) {
      while (pos < line.size() && (is_ascii_alpha(line[pos]) || static_cast<unsigned char>(line[pos]) >= 0x80) &&
             !dash_length(line, pos) && !space_length(line, pos)) {
        ++pos;
      }
      kind = Token::kWord;
    } else {
      ++pos;
      kind = Token::kPunct;
    }
    Token t{kind, line.substr(begin, pos - begin), {}};
    t.lower.assign(t.text);
    std::transform(t.lower.begin(), t.lower.end(), t.lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    tokens.push_back(std::move(t));
  }
  return tokens;
}

int month_number(const Token& t) {
  if (t.kind != Token::kWord) return 0;
  for (const MonthName& m : kMonthNames) {
    if (t.lower == m.name) return m.month;
  }
  return 0;
}

bool is_weekday(const Token& t) {
  return t.kind == Token::kWord &&
         std::any_of(std::begin(kWeekdayNames), std::end(kWeekdayNames), [&](const char* w) { return t.lower == w; });
}

bool is_punct(const std::vector<Token>& tokens, std::size_t i, char c) {
  return i < tokens.size() && tokens[i].kind == Token::kPunct && tokens[i].text[0] == c;
}

// A run of digits of the given length range, with nothing else.
bool plain_number(std::string_view s, std::size_t min_digits, std::size_t max_digits, int& value) {
  if (s.size() < min_digits || s.size() > max_digits) return false;
  value = 0;
  for (const char c : s) {
    if (!is_ascii_digit(c)) return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

bool year_token(const std::vector<Token>& tokens, std::size_t i, int& year) {
  return i < tokens.size() && tokens[i].kind == Token::kNumber && plain_number(tokens[i].text, 4, 4, year) &&
         tokens[i].text[0] != '0';
}

// A day of the month, optionally with an ordinal suffix.
bool day_token(const std::vector<Token>& tokens, std::size_t i, int& day) {
  if (i >= tokens.size() || tokens[i].kind != Token::kNumber) return false;
  std::string_view s = tokens[i].lower;
  std::size_t digits = 0;
  while (digits < s.size() && is_ascii_digit(s[digits])) ++digits;
  if (digits < s.size()) {
    const std::string_view suffix = s.substr(digits);
    if (std::none_of(std::begin(kOrdinalSuffixes), std::end(kOrdinalSuffixes),
                     [&](const char* o) { return suffix == o; })) {
      return false;
    }
  }
  return plain_number(s.substr(0, digits), 1, 2, day) && day >= 1 && day <= 31;
}

// "2018-11-22", "2018-11", "22/11/2018", "11/2018". Day and month given
// both as numbers are accepted only when the order cannot be in doubt: the
// year first (ISO), or a first or second number above 12.
std::optional<PartialDate> numeric_date(std::string_view s) {
  char sep = 0;
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || !is_ascii_digit(s[i])) {
      if (i < s.size()) {
        if (sep && s[i] != sep) return std::nullopt;  // "22/11-2018"
        sep = s[i];
      }
      parts.push_back(s.substr(begin, i - begin));
      begin = i + 1;
    }
  }
  PartialDate d;
  int a = 0, b = 0, c = 0;
  if (parts.size() == 3 && plain_number(parts[0], 4, 4, a) && plain_number(parts[1], 1, 2, b) &&
      plain_number(parts[2], 1, 2, c)) {
    d = {a, b, c};
  } else if (parts.size() == 3 && plain_number(parts[0], 1, 2, a) && plain_number(parts[1], 1, 2, b) &&
             plain_number(parts[2], 4, 4, c)) {
    if (a == b || (a > 12 && b <= 12)) {
      d = {c, b, a};
    } else if (b > 12 && a <= 12) {
      d = {c, a, b};
    } else {
      return std::nullopt;  // 03/04/2019: March or April?
    }
  } else if (parts.size() == 2 && sep != '.' && plain_number(parts[0], 4, 4, a) && plain_number(parts[1], 1, 2, b)) {
    d = {a, b, 0};
  } else if (parts.size() == 2 && sep != '.' && plain_number(parts[0], 1, 2, a) && plain_number(parts[1], 4, 4, b)) {
    d = {b, a, 0};
  } else {
    return std::nullopt;
  }
  if (d.year < 1000 || !is_valid_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

struct DateMatch {
  PartialDate date;
  std::size_t end = 0;  // index of the first token after the date
  bool yearless = false;  // "Feb. 12": marks a dateline's extent, but gives no date
};

// A date starting at tokens[i]; a bare year only when `allow_year` is set.
std::optional<DateMatch> date_at(const std::vector<Token>& tokens, std::size_t i, bool allow_year) {
  std::size_t j = i;
  if (j < tokens.size() && is_weekday(tokens[j])) {
    ++j;
    if (is_punct(tokens, j, ',')) ++j;
  }
  if (j >= tokens.size()) return std::nullopt;
  auto valid = [](const PartialDate& d, std::size_t end) -> std::optional<DateMatch> {
    if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
    return DateMatch{d, end};
  };
  auto yearless = [](int month, int day, std::size_t end) -> std::optional<DateMatch> {
    if (!is_valid_date(2000, month, day)) return std::nullopt;  // a leap year: 29 February is a day
    return DateMatch{{}, end, true};
  };
  int day = 0, year = 0;
  const Token& first = tokens[j];
  if (first.kind == Token::kNumber && first.text.find_first_of("/-.") != std::string_view::npos) {
    if (auto d = numeric_date(first.text)) return DateMatch{*d, j + 1};
    return std::nullopt;
  }
  if (day_token(tokens, j, day)) {
    // "17 March 2018", "17. März"-style full stop, "22 nov. 2018"
    std::size_t k = j + 1;
    if (is_punct(tokens, k, '.')) ++k;
    if (k >= tokens.size()) return std::nullopt;
    const int month = month_number(tokens[k]);
    if (!month) return std::nullopt;
    ++k;
    if (is_punct(tokens, k, '.')) ++k;
    if (is_punct(tokens, k, ',')) ++k;
    if (!year_token(tokens, k, year)) return yearless(month, day, k);  // no year: never guess one
    return valid({year, month, day}, k + 1);
  }
  if (const int month = month_number(first)) {
    // "Nov. 22, 2016", "November 2018"
    std::size_t k = j + 1;
    if (is_punct(tokens, k, '.')) ++k;
    if (day_token(tokens, k, day)) {
      ++k;
      if (is_punct(tokens, k, ',')) ++k;
      if (!year_token(tokens, k, year)) return yearless(month, day, k);
      return valid({year, month, day}, k + 1);
    }
    if (year_token(tokens, k, year)) return valid({year, month, 0}, k + 1);
    return std::nullopt;
  }
  if (allow_year && j == i && year_token(tokens, j, year)) return valid({year, 0, 0}, j + 1);
  return std::nullopt;
}

bool is_separator(const Token& t) {
  return t.kind == Token::kDash || (t.kind == Token::kPunct && std::string_view(":|,/").find(t.text[0]) !=
                                                                    std::string_view::npos);
}

// "Date:", "Datum", "Published on", "Nieuwsbericht |".
bool is_label(const std::vector<Token>& tokens, std::size_t end) {
  std::string words;
  for (std::size_t i = 0; i < end; ++i) {
    if (tokens[i].kind == Token::kWord) {
      if (!words.empty()) words += ' ';
      words += tokens[i].lower;
    } else if (!is_separator(tokens[i])) {
      return false;
    }
  }
  return std::any_of(std::begin(kDateLabels), std::end(kDateLabels), [&](const char* l) { return words == l; });
}

bool starts_upper(std::string_view word) {
  std::size_t len;
  return u_isupper(static_cast<UChar32>(utf8::decode(word, 0, len)));
}

bool all_upper(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A place name opening a dateline: "SYDNEY,", "NAIROBI, Kenya,", "The Hague,",
// "DEN HAAG -". Mixed-case places must end in a comma or dash so that an
// ordinary sentence ("On 22 November 2016 ...") is not taken for one.
bool is_place(const std::vector<Token>& tokens, std::size_t end) {
  int words = 0;
  bool shouting = true;
  for (std::size_t i = 0; i < end; ++i) {
    const Token& t = tokens[i];
    if (t.kind == Token::kWord) {
      if (starts_upper(t.text)) {
        ++words;
        shouting = shouting && all_upper(t.text);
      } else if (std::none_of(std::begin(kPlaceParticles), std::end(kPlaceParticles),
                              [&](const char* p) { return t.lower == p; })) {
        return false;
      }
    } else if (t.kind == Token::kNumber ||
               (t.kind == Token::kPunct && std::string_view(",.'()/").find(t.text[0]) == std::string_view::npos)) {
      return false;
    }
  }
  if (words < 1 || words > 8) return false;
  const Token& last = tokens[end - 1];
  return shouting || last.kind == Token::kDash || (last.kind == Token::kPunct && last.text[0] == ',');
}

// After a dateline's date: an optional "(Reuters)", then the dash or colon
// that opens the story, or the end of the line. `story` is set to the index
// of the token after that dash or colon (tokens.size() at the end of the line).
bool ends_dateline(const std::vector<Token>& tokens, std::size_t i, std::size_t& story) {
  if (is_punct(tokens, i, '(')) {
    std::size_t k = i + 1;
    while (k < tokens.size() && tokens[k].kind == Token::kWord && k - i <= 4) ++k;
    if (!is_punct(tokens, k, ')')) return false;
    i = k + 1;
  }
  if (i >= tokens.size()) {
    story = tokens.size();
    return true;
  }
  story = i + 1;
  return tokens[i].kind == Token::kDash || is_punct(tokens, i, ':') || is_punct(tokens, i, '|');
}

// A line's dateline or labelled date. A dateline without a year gives no
// date but still says where its story begins.
struct LineMatch {
  std::optional<PartialDate> date;
  std::size_t story_begin = 0;  // byte offset in the line, 0 when no story follows on it
};

std::optional<LineMatch> date_in_line(std::string_view line) {
  const std::vector<Token> tokens = tokenize(line);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool labelled = i > 0 && is_label(tokens, i);
    const auto match = date_at(tokens, i, labelled);
    if (!match || (labelled && match->yearless)) continue;
    // Only the first date of a line is a candidate: a later one is part of a sentence.
    if (labelled) return LineMatch{match->date, 0};
    std::size_t story = 0;
    if ((i == 0 || is_place(tokens, i)) && ends_dateline(tokens, match->end, story)) {
      LineMatch m;
      if (!match->yearless) m.date = match->date;
      if (story < tokens.size()) m.story_begin = static_cast<std::size_t>(tokens[story].text.data() - line.data());
      return m;
    }
    if (match->yearless) continue;  // as before: a date without a year is not a line's first date
    return std::nullopt;
  }
  return std::nullopt;
}

// Where a page's line heads are looked for: the lead may follow a menu or
// a sidebar, but a dateline deep in an article is not the article's.
constexpr std::size_t kLineHeadBytes = 4000;

// Words a dateless dateline may not be: a bare acronym of two or three
// letters before a colon is an organisation speaking ("UN: ..."), never a place.
constexpr std::size_t kMinColonPlaceLetters = 4;

// A time after a labelled date ("Posted 18 May 2024 11:56 pm"): part of the
// metadata, not of the story. Returns the index after it.
std::size_t skip_time(const std::vector<Token>& tokens, std::size_t i) {
  if (i + 2 < tokens.size() && tokens[i].kind == Token::kNumber && is_punct(tokens, i + 1, ':') &&
      tokens[i + 2].kind == Token::kNumber) {
    i += 3;
    if (i < tokens.size() && (tokens[i].lower == "am" || tokens[i].lower == "pm" || tokens[i].lower == "uur")) ++i;
  }
  return i;
}

// A story begins afresh: not with a lower-case word or closing punctuation.
bool begins_story(const Token& t) {
  const char c = t.text[0];
  return !(c >= 'a' && c <= 'z') && c != ',' && c != ')' && c != '.' && c != ';';
}

// A dateline without a date: "RIYADH: ", "KABUL—", "VELMORA- ", "PORT ASTER,
// Ruritania — ", "BOGOTA, Colombia (AP) — ", "Port Aster (Example Wire) - ".
// The place is shouted (its first part in capitals), or an agency in
// brackets or a comma before a long dash says it is a dateline. Returns
// the index of the story's first token, 0 when there is no such head.
std::size_t dateless_story(std::string_view line, const std::vector<Token>& tokens) {
  std::size_t i = 0;
  int words = 0, commas = 0;
  bool shouting = true;  // every word before the first comma is in capitals
  while (i < tokens.size() && i < 12) {
    if (tokens[i].kind == Token::kWord) {
      const bool particle = std::any_of(std::begin(kPlaceParticles), std::end(kPlaceParticles),
                                        [&](const char* p) { return tokens[i].lower == p; });
      if (!starts_upper(tokens[i].text) && !(particle && words > 0)) return 0;
      if (commas == 0 && !all_upper(tokens[i].text)) shouting = false;
      ++words;
    } else if (is_punct(tokens, i, ',') && words > 0 && tokens[i - 1].kind == Token::kWord) {
      ++commas;
    } else if (is_punct(tokens, i, '/') && words > 0 && shouting && commas == 0 && tokens[i - 1].kind == Token::kWord) {
      // "GOMA/KINSHASA –": two places in capitals, one dateline.
    } else {
      break;
    }
    ++i;
  }
  if (words < 1 || words > 6 || commas > 2 || i == 0 || tokens[i - 1].kind != Token::kWord) return 0;
  std::size_t k = i;
  bool agency = false;
  if (is_punct(tokens, k, '(')) {
    ++k;
    while (k < tokens.size() && tokens[k].kind == Token::kWord && k - i <= 4) ++k;
    if (!is_punct(tokens, k, ')') || k == i + 1) return 0;
    ++k;
    agency = true;
  }
  if (k + 1 >= tokens.size()) return 0;  // no story on this line
  const Token& sep = tokens[k];
  const bool colon = is_punct(tokens, k, ':');
  if (sep.kind != Token::kDash && !colon) return 0;
  if (sep.text == "-") {
    // A hyphen between two words is a compound ("EU-Velmora talks"); a
    // dateline's hyphen has a space on at least one side.
    const std::size_t at = static_cast<std::size_t>(sep.text.data() - line.data());
    const bool space_before = at > 0 && space_length(line, at - 1);
    const bool space_after = at + 1 < line.size() && space_length(line, at + 1);
    if (!space_before && !space_after) return 0;
  }
  if (!begins_story(tokens[k + 1])) return 0;
  const bool long_dash = sep.kind == Token::kDash && sep.text != "-";
  if (!shouting && !agency && !(commas > 0 && long_dash)) return 0;
  if (colon && !agency && words == 1 && tokens[0].text.size() < kMinColonPlaceLetters) return 0;
  return k + 1;
}

// The head of one line, if any: the index of the story's first token.
std::size_t line_head(std::string_view line, const std::vector<Token>& tokens, bool& metadata) {
  metadata = false;
  for (std::size_t i = 0; i < tokens.size() && i < 12; ++i) {
    const bool labelled = i > 0 && is_label(tokens, i);
    const auto match = date_at(tokens, i, labelled);
    if (!match || (labelled && match->yearless)) continue;
    std::size_t story = 0;
    if (labelled) {
      story = skip_time(tokens, match->end);
      if (story < tokens.size() && is_separator(tokens[story])) ++story;
      metadata = true;
    } else if (!((i == 0 || is_place(tokens, i)) && ends_dateline(tokens, match->end, story))) {
      break;  // the line's first date is in a sentence
    }
    return story < tokens.size() ? story : 0;
  }
  return dateless_story(line, tokens);
}

}  // namespace

std::vector<LineHead> find_line_heads(std::string_view text) {
  std::vector<LineHead> heads;
  std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (pos < text.size() && pos < kLineHeadBytes) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.size() > kHeadBytes) {
      // A head is short; a huge line is not tokenized whole. Cut at a space.
      std::size_t end = kHeadBytes;
      while (end > 0 && !space_length(line, end)) --end;
      line = line.substr(0, end);
    }
    // A date label may be followed by a dateline on the same line
    // (" date 2019-04-12 VELMORA — Ruritania ..."): a second head.
    for (int round = 0; round < 2 && !line.empty(); ++round) {
      const std::vector<Token> tokens = tokenize(line);
      bool metadata = false;
      const std::size_t story = line_head(line, tokens, metadata);
      if (!story) break;
      const auto offset = [&](std::size_t t) { return static_cast<std::size_t>(tokens[t].text.data() - line.data()); };
      const std::size_t here = static_cast<std::size_t>(line.data() - text.data());
      heads.push_back(LineHead{{here + offset(0), here + offset(story)}, metadata});
      if (!metadata) break;
      line.remove_prefix(offset(story));
    }
  }
  return heads;
}

std::optional<PartialDate> find_dateline(std::string_view text) {
  const auto found = find_dateline_with_extent(text);
  return found ? found->date : std::nullopt;
}

std::optional<Dateline> find_dateline_with_extent(std::string_view text) {
  const std::string_view whole = text;
  std::optional<Dateline> found;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.size() > kHeadBytes) {
    // Stop at whitespace so that no token (a year, say) is cut in half.
    std::size_t end = kHeadBytes;
    while (end > 0 && !space_length(text, end) && text[end] != '\n') --end;
    text = text.substr(0, end);
  }
  int lines = 0;
  std::size_t pos = 0;
  while (pos < text.size() && lines < kMaxLines) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++lines;
    if (const auto match = date_in_line(line)) {
      // The first dateline marks the story; a yearless one lets a later line give the date.
      if (!found) {
        found = Dateline{};
        const std::size_t line_begin = static_cast<std::size_t>(line.data() - whole.data());
        if (match->story_begin) found->story_begin = line_begin + match->story_begin;
      }
      if (match->date) {
        found->date = match->date;
        return found;
      }
    }
  }
  return found;
}

}  // namespace dyad
