#include "text/page_structure.h"

#include <algorithm>
#include <fstream>

#include "text/char_class.h"

namespace dyad {
namespace {

// Words shorter than this are left out of the count: title case leaves
// short function words in lower case ("to", "of", "de", "van") by some
// house styles and not others.
constexpr std::size_t kCountedWordBytes = 4;
// At least this many counted words, and at most one in five in lower case.
constexpr int kMinCountedWords = 3;
constexpr int kMaxLowerPerFive = 1;
// Longer "headlines" are paragraphs of names or menus run together.
constexpr std::size_t kMaxHeadlineTokens = 30;
constexpr std::size_t kMinProseTokens = 6;
// Chrome lines are short; a long line is text whatever its first words.
constexpr std::size_t kMaxChromeLineBytes = 200;
// Other stories' headlines after a "read more" label: at most this many lines.
constexpr int kMaxListLines = 12;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A label's final mark: "Read more:", "Lees ook »", "Related |".
std::string_view strip_label_marks(std::string_view s) {
  for (;;) {
    s = trim(s);
    if (s.empty()) return s;
    const char c = s.back();
    if (c == ':' || c == '.' || c == '!' || c == '|' || c == '>' || c == '-') {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && (s.substr(s.size() - 2) == "\u00BB" || s.substr(s.size() - 2) == "\u203A")) {
      s.remove_suffix(2);  // » ›
    } else {
      return s;
    }
  }
}

bool only_spaces_to_line_end(std::string_view text, std::size_t pos) {
  for (; pos < text.size() && text[pos] != '\n'; ++pos)
    if (text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\r') return false;
  return true;
}

bool only_spaces_from_line_start(std::string_view text, std::size_t pos) {
  for (; pos > 0 && text[pos - 1] != '\n'; --pos)
    if (text[pos - 1] != ' ' && text[pos - 1] != '\t' && text[pos - 1] != '\r') return false;
  return true;
}

}  // namespace

bool PageChrome::load(const std::filesystem::path& file, std::string* error) {
  std::ifstream in(file);
  if (!in) return true;  // no chrome data for this language
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    const std::string_view t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    const std::size_t space = t.find(' ');
    const std::string_view kind = t.substr(0, space);
    const std::string phrase = space == std::string_view::npos ? "" : lower_ascii(trim(t.substr(space + 1)));
    std::vector<std::string>* into = kind == "line"      ? &lines_
                                     : kind == "starts"  ? &starts_
                                     : kind == "list"    ? &lists_
                                     : kind == "caption" ? &captions_
                                                         : nullptr;
    if (!into || phrase.empty()) {
      if (error) *error = file.string() + ":" + std::to_string(number) + ": expected 'line|starts|list|caption PHRASE'";
      return false;
    }
    into->push_back(phrase);
  }
  return true;
}

std::vector<Span> PageChrome::find(std::string_view text, const std::vector<Span>& prefixes) const {
  std::vector<Span> out;
  if (empty()) return out;
  int list_left = 0;  // lines still taken as a list's headlines
  std::size_t pos = 0;
  std::size_t prefix = 0;  // the first of `prefixes` not yet passed
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t begin = pos;
    pos = eol + 1;
    // A line that opens with a date label is judged by what follows it.
    while (prefix < prefixes.size() && prefixes[prefix].end <= begin) ++prefix;
    if (prefix < prefixes.size() && prefixes[prefix].begin < eol && prefixes[prefix].end < eol) begin = prefixes[prefix].end;
    const std::string_view raw = text.substr(begin, eol - begin);
    const std::string_view line = trim(raw);
    if (line.empty() || line.size() > kMaxChromeLineBytes) {
      if (!line.empty()) list_left = 0;
      continue;
    }
    const std::string lowered = lower_ascii(strip_label_marks(line));
    bool chrome = std::find(lines_.begin(), lines_.end(), lowered) != lines_.end();
    const bool list = std::find(lists_.begin(), lists_.end(), lowered) != lists_.end();
    if (!chrome) {
      const std::string start = lower_ascii(line);
      chrome = std::any_of(starts_.begin(), starts_.end(), [&](const std::string& p) {
        if (start.compare(0, p.size(), p) != 0) return false;
        std::size_t len;
        return start.size() == p.size() || !chars::is_word(chars::at(start, p.size(), len));
      });
      chrome = chrome || std::any_of(captions_.begin(), captions_.end(),
                                     [&](const std::string& p) { return start.find(p) != std::string::npos; });
    }
    if (!chrome && !list && list_left > 0) {
      // A list's item is a headline: no final full stop.
      const char last = line.back();
      if (last == '.' || last == '"' || last == '\'') {
        list_left = 0;
      } else {
        chrome = true;
        --list_left;
      }
    }
    if (list) list_left = kMaxListLines;
    if (chrome || list) {
      const std::size_t lead = static_cast<std::size_t>(line.data() - raw.data());
      out.push_back({begin + lead, begin + lead + line.size()});
    }
  }
  return out;
}

bool is_title_case_line(std::string_view text, const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  if (tokens.size() < 3 || tokens.size() > kMaxHeadlineTokens) return false;
  if (tokens.back().form == "." || tokens.back().form == ":") return false;
  if (sentence.span.end > text.size() || !only_spaces_to_line_end(text, sentence.span.end) ||
      !only_spaces_from_line_start(text, sentence.span.begin)) {
    return false;
  }
  int upper = 0, lower = 0;
  for (const Token& t : tokens) {
    if (t.form.size() < kCountedWordBytes) continue;
    std::size_t len;
    const char32_t c = chars::at(t.form, 0, len);
    if (chars::is_upper(c)) ++upper;
    else if (chars::is_lower(c)) ++lower;
  }
  return upper + lower >= kMinCountedWords && lower * 5 <= (upper + lower) * kMaxLowerPerFive;
}

bool is_prose(const Sentence& sentence) {
  if (sentence.tokens.size() < kMinProseTokens) return false;
  const std::string& last = sentence.tokens.back().form;
  // Not "!" or "?": page chrome shouts ("Support independent reporting
  // from Velmora!") and asks ("Want the latest news in your inbox?").
  return last == "." || last == "\"" || last == "\u201D" || last == "''";
}

}  // namespace dyad
