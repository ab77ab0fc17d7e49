#include "text/segmenter_data.h"

#include <cstdlib>

#include <fstream>
#include <sstream>

namespace dyad {
namespace {

// Calls `on_line(fields, line_number)` for every non-blank, non-comment line.
// A comment is a line whose first non-blank character is '#' followed by a
// space or nothing, so "#hashtag"-like entries stay possible.
template <typename F>
bool for_each_line(const std::filesystem::path& file, bool required, std::string* error, F on_line) {
  std::ifstream in(file);
  if (!in) {
    if (!required) return true;
    if (error) *error = file.string() + ": cannot open";
    return false;
  }
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream fields_in(line);
    std::vector<std::string> fields;
    for (std::string f; fields_in >> f;) fields.push_back(f);
    if (fields.empty()) continue;
    if (fields[0] == "#" || (fields[0][0] == '#' && fields[0].size() > 1 && fields[0][1] == '#')) continue;
    std::string message;
    if (!on_line(fields, message)) {
      if (error) *error = file.string() + ":" + std::to_string(number) + ": " + message;
      return false;
    }
  }
  return true;
}

bool parse_bool(const std::string& v, bool& out) {
  if (v == "yes") return out = true, true;
  if (v == "no") return out = false, true;
  return false;
}

bool load_set(const std::filesystem::path& file, StringSet& set, bool lower, std::string* error,
              bool (*check)(const std::string&, std::string&) = nullptr) {
  return for_each_line(file, false, error, [&](const std::vector<std::string>& f, std::string& msg) {
    if (f.size() != 1) return msg = "expected one entry per line", false;
    if (check && !check(f[0], msg)) return false;
    set.insert(lower ? ascii_lower(f[0]) : f[0]);
    return true;
  });
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool load_segmenter_data(const std::filesystem::path& dir, SegmenterData& data, std::string* error) {
  if (!std::filesystem::is_directory(dir)) {
    if (error) *error = dir.string() + ": no such language directory";
    return false;
  }
  TokenizerPolicy& p = data.policy;
  const bool ok_conf = for_each_line(dir / "tokenizer.conf", true, error,
      [&](const std::vector<std::string>& f, std::string& msg) {
        const std::string& key = f[0];
        if (key == "number_suffixes") {
          for (std::size_t i = 1; i < f.size(); ++i) p.number_suffixes.insert(ascii_lower(f[i]));
          return true;
        }
        if (key == "unpunctuated_end_margin") {
          char* end = nullptr;
          if (f.size() == 2) p.unpunctuated_end_margin = std::strtod(f[1].c_str(), &end);
          if (f.size() != 2 || end == f[1].c_str() || *end != '\0' || !(p.unpunctuated_end_margin >= 0))
            return msg = "expected 'unpunctuated_end_margin <number >= 0>'", false;
          return true;
        }
        bool* flag = key == "split_hyphens"            ? &p.split_hyphens
                     : key == "split_slashes"          ? &p.split_slashes
                     : key == "split_number_units"     ? &p.split_number_units
                     : key == "keep_plural_possessive" ? &p.keep_plural_possessive
                     : key == "attach_percent"         ? &p.attach_percent
                     : key == "unpunctuated_sentence_ends" ? &p.unpunctuated_sentence_ends
                                                       : nullptr;
        if (!flag) return msg = "unknown setting '" + key + "'", false;
        if (f.size() != 2 || !parse_bool(f[1], *flag)) return msg = "expected '" + key + " yes|no'", false;
        return true;
      });
  if (!ok_conf) return false;
  auto abbreviation = [](const std::string& s, std::string& msg) {
    if (s.size() < 2 || s.back() != '.') return msg = "abbreviation '" + s + "' must end with '.'", false;
    return true;
  };
  auto elision = [](const std::string& s, std::string& msg) {
    if (s.size() < 2 || s[0] != '\'') return msg = "elision '" + s + "' must start with an apostrophe", false;
    return true;
  };
  const bool ok_abbreviations = for_each_line(dir / "abbreviations.txt", false, error,
      [&](const std::vector<std::string>& f, std::string& msg) {
        if (f.size() > 2 || (f.size() == 2 && f[1] != "title"))
          return msg = "expected 'ABBREVIATION' or 'ABBREVIATION title'", false;
        if (!abbreviation(f[0], msg)) return false;
        data.abbreviations.insert(f[0]);
        if (f.size() == 2) data.titles.insert(f[0]);
        return true;
      });
  if (!ok_abbreviations) return false;
  // Words of office written before a name without a full stop ("Premier",
  // "President", British "Mr"): lowercased into `titles` beside the
  // abbreviations, so the gap after one is never an unpunctuated sentence end.
  StringSet words_of_office;
  if (!load_set(dir / "titles.txt", words_of_office, true, error)) return false;
  data.titles.insert(words_of_office.begin(), words_of_office.end());
  if (!load_set(dir / "hyphen_prefixes.txt", data.hyphen_prefixes, true, error)) return false;
  if (!load_set(dir / "elisions.txt", data.elisions, true, error, elision)) return false;
  if (!load_set(dir / "emoticons.txt", data.emoticons, false, error)) return false;
  if (!load_set(dir / "labels.txt", data.labels, true, error)) return false;
  for (const std::string& e : data.emoticons)
    if (!e.empty()) data.emoticon_first[static_cast<unsigned char>(e[0])] = true;
  const bool ok_contractions = for_each_line(dir / "contractions.txt", false, error,
      [&](const std::vector<std::string>& f, std::string& msg) {
        if (f[0] == "suffix" && f.size() == 2) {
          data.contractions.suffixes.push_back(ascii_lower(f[1]));
          return true;
        }
        if (f[0] == "word" && f.size() >= 4) {
          data.contractions.words[ascii_lower(f[1])] = std::vector<std::string>(f.begin() + 2, f.end());
          if (f[1].size() < 64) data.contractions.word_lengths |= std::uint64_t{1} << f[1].size();
          const auto first = static_cast<unsigned char>(ascii_lower(f[1])[0]);
          data.contractions.word_first[first] = true;
          if (first >= 'a' && first <= 'z') data.contractions.word_first[first - 'a' + 'A'] = true;
          return true;
        }
        return msg = "expected 'suffix SUFFIX' or 'word FORM WORD1 WORD2...'", false;
      });
  if (!ok_contractions) return false;
  if (std::filesystem::exists(dir / "sentence_model.txt")) data.sentence_model = dir / "sentence_model.txt";
  return true;
}

}  // namespace dyad
