#include "petrarch/filters.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace dyad::petrarch {

std::string normalise_words(std::string_view text) {
  std::string out = " ";
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      out.push_back(static_cast<char>(std::toupper(u)));
    } else if (out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

Filters Filters::load(const std::filesystem::path& data_dir, Report& report) {
  Filters f;
  auto each = [&](const std::filesystem::path& path, std::size_t fields, auto&& row) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return;
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> parts;
      std::size_t start = 0;
      while (true) {
        const std::size_t tab = line.find('\t', start);
        parts.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      if (parts.size() != fields) {
        report.error(path.string() + ":" + std::to_string(number),
                     "expected " + std::to_string(fields) + " tab-separated fields; line skipped");
        continue;
      }
      row(parts, path.string() + ":" + std::to_string(number));
    }
  };
  const auto dir = data_dir / "lang" / "en" / "petrarch";
  each(dir / "discards.tsv", 2, [&](const std::vector<std::string>& p, const std::string& where) {
    if (p[1] != "sentence" && p[1] != "story") {
      report.error(where, "second field must be 'sentence' or 'story'; line skipped");
      return;
    }
    f.add_discard(p[0], p[1] == "story");
  });
  each(dir / "issues.tsv", 3, [&](const std::vector<std::string>& p, const std::string&) {
    f.add_issue(p[0], p[1] == "-" ? "" : p[1]);
  });
  return f;
}

void Filters::add_discard(const std::string& phrase, bool story) {
  std::string n = normalise_words(phrase);
  if (n.size() <= 2) return;
  (story ? story_ : sentence_).push_back(std::move(n));
}

void Filters::add_issue(const std::string& phrase, const std::string& code) {
  std::string n = normalise_words(phrase);
  if (n.size() <= 2) return;
  (code.empty() ? exclusions_ : issues_).emplace_back(std::move(n), code);
}

bool Filters::discards_sentence(std::string_view text) const {
  const std::string n = normalise_words(text);
  return std::any_of(sentence_.begin(), sentence_.end(), [&](const std::string& p) { return n.find(p) != std::string::npos; });
}

bool Filters::discards_story(std::string_view text) const {
  const std::string n = normalise_words(text);
  return std::any_of(story_.begin(), story_.end(), [&](const std::string& p) { return n.find(p) != std::string::npos; });
}

std::vector<std::string> Filters::issues(std::string_view text) const {
  std::string n = normalise_words(text);
  for (const auto& [phrase, code] : exclusions_) {
    for (std::size_t pos = n.find(phrase); pos != std::string::npos; pos = n.find(phrase, pos + 1))
      std::fill(n.begin() + static_cast<std::ptrdiff_t>(pos) + 1, n.begin() + static_cast<std::ptrdiff_t>(pos + phrase.size()) - 1, '_');
  }
  std::vector<std::string> out;
  for (const auto& [phrase, code] : issues_) {
    if (n.find(phrase) != std::string::npos && std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  }
  return out;
}

}  // namespace dyad::petrarch
