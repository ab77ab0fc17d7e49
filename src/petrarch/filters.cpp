#include "petrarch/filters.h"

#include <algorithm>
#include <cctype>
#include "actors/tsv.h"

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
  const auto dir = data_dir / "lang" / "en" / "petrarch";
  auto rows = [&](const std::filesystem::path& path, std::size_t fields) {
    std::vector<tsv::Row> out;
    std::string error;
    if (std::filesystem::exists(path) && !tsv::read(path, fields, fields, out, &error)) {
      const std::size_t colon = error.rfind(": ");
      report.error(error.substr(0, colon), colon == std::string::npos ? error : error.substr(colon + 2));
    }
    return out;
  };
  for (const tsv::Row& row : rows(dir / "discards.tsv", 2)) {
    if (row.fields[1] != "sentence" && row.fields[1] != "story") {
      report.error((dir / "discards.tsv").string() + ":" + std::to_string(row.line), "second field must be 'sentence' or 'story'; line skipped");
      continue;
    }
    f.add_discard(row.fields[0], row.fields[1] == "story");
  }
  for (const tsv::Row& row : rows(dir / "issues.tsv", 3)) f.add_issue(row.fields[0], row.fields[1]);
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
