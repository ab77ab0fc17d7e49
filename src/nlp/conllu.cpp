#include "nlp/conllu.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <istream>
#include <ostream>
#include <string_view>

namespace dyad::nlp {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cols;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols.push_back(line.substr(start));
      return cols;
    }
    cols.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

bool parse_int(std::string_view s, int& value) {
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

bool read_conllu(std::istream& in, const std::string& where, std::vector<ParsedSentence>& out,
                 std::string* error) {
  ParsedSentence current;
  std::string line;
  std::size_t line_no = 0;
  auto fail = [&](const std::string& what) {
    if (error) *error = where + ":" + std::to_string(line_no) + ": " + what;
    return false;
  };
  auto flush = [&]() {
    if (!current.words.empty() || !current.comments.empty()) out.push_back(std::move(current));
    current = ParsedSentence{};
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      std::string_view c(line);
      c.remove_prefix(1);
      if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
      if (!current.words.empty()) flush();  // a comment after words starts a new sentence
      current.comments.emplace_back(c);
      continue;
    }
    const auto cols = split_tabs(line);
    if (cols.size() != 10) return fail("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    const auto id = cols[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) {
      current.extra.push_back({current.words.size(), line});
      continue;
    }
    int id_value = 0;
    if (!parse_int(id, id_value) || id_value != static_cast<int>(current.words.size()) + 1)
      return fail("word id '" + std::string(id) + "' out of sequence");
    AnnotatedWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!parse_int(cols[6], w.head) || w.head < 0) {
      return fail("bad head '" + std::string(cols[6]) + "'");
    }
    w.deprel = cols[7];
    w.deps = cols[8];
    w.misc = cols[9];
    current.words.push_back(std::move(w));
  }
  flush();
  for (const auto& s : out)
    for (const auto& w : s.words)
      if (w.head > static_cast<int>(s.words.size())) {
        if (error) *error = where + ": head " + std::to_string(w.head) + " beyond the sentence's words";
        return false;
      }
  return true;
}

bool read_conllu_file(const std::string& path, std::vector<ParsedSentence>& out, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path + ": cannot open";
    return false;
  }
  return read_conllu(in, path, out, error);
}

bool read_conllu_files(const std::string& paths, std::vector<ParsedSentence>& out, std::string* error) {
  for (std::size_t start = 0; start <= paths.size();) {
    const auto comma = std::min(paths.find(',', start), paths.size());
    const std::string path = paths.substr(start, comma - start);
    if (!path.empty() && !read_conllu_file(path, out, error)) return false;
    start = comma + 1;
  }
  return true;
}

void hold_out_every(std::vector<ParsedSentence>& train, int every, std::vector<ParsedSentence>& held) {
  if (every <= 1) return;
  std::vector<ParsedSentence> kept;
  for (std::size_t i = 0; i < train.size(); ++i)
    (i % every == static_cast<std::size_t>(every - 1) ? held : kept).push_back(std::move(train[i]));
  train = std::move(kept);
}

void write_conllu(std::ostream& out, const ParsedSentence& s) {
  for (const auto& c : s.comments) out << "# " << c << '\n';
  std::size_t extra = 0;
  auto field = [](const std::string& v) -> const std::string& {
    static const std::string underscore = "_";
    return v.empty() ? underscore : v;
  };
  for (std::size_t i = 0; i <= s.words.size(); ++i) {
    while (extra < s.extra.size() && s.extra[extra].before_word == i) out << s.extra[extra++].line << '\n';
    if (i == s.words.size()) break;
    const auto& w = s.words[i];
    out << i + 1 << '\t' << field(w.form) << '\t' << field(w.lemma) << '\t' << field(w.upos) << '\t'
        << field(w.xpos) << '\t' << field(w.feats) << '\t';
    if (w.head < 0) out << '_';
    else out << w.head;
    out << '\t' << field(w.deprel) << '\t' << field(w.deps) << '\t' << field(w.misc) << '\n';
  }
  out << '\n';
}

}  // namespace dyad::nlp
