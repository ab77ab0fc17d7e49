#include "petrarch/validation.h"

#include <algorithm>
#include <sstream>

namespace dyad::petrarch {
namespace {

// An attribute's value in a start tag's text: name="value" or name='value'
// (spaces around '=' allowed, as the unit-test file writes them).
std::string attribute(std::string_view tag, std::string_view name) {
  std::size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool boundary = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    std::size_t i = pos + name.size();
    pos = i;
    if (!boundary) continue;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    const char q = tag[i];
    const std::size_t end = tag.find(q, i + 1);
    if (end == std::string_view::npos) return "";
    return std::string(tag.substr(i + 1, end - i - 1));
  }
  return "";
}

std::string collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string unescape(std::string s) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& [from, to] : kEntities) {
    std::size_t pos = 0;
    const std::string f(from);
    while ((pos = s.find(f, pos)) != std::string::npos) {
      s.replace(pos, f.size(), to);
      pos += std::string_view(to).size();
    }
  }
  return s;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string record_date(const std::string& date) {
  if (date.size() != 8 || !std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; })) return "";
  return date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
}

ValidationFile read_validation(std::string_view text, const std::string& file, Report& report) {
  ValidationFile out;
  std::vector<Record> all;
  std::vector<bool> evaluate;
  std::size_t pos = 0, line = 1, counted = 0;
  auto line_at = [&](std::size_t p) {
    line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted),
                                                text.begin() + static_cast<std::ptrdiff_t>(p), '\n'));
    counted = p;
    return file + ":" + std::to_string(line);
  };
  // The body of <Name>…</Name> starting after the start tag; npos when unclosed.
  auto body = [&](std::size_t from, std::string_view name, std::string& out_text) {
    const std::string close = "</" + std::string(name) + ">";
    const std::size_t end = text.find(close, from);
    if (end == std::string_view::npos) return std::string_view::npos;
    out_text = std::string(text.substr(from, end - from));
    return end + close.size();
  };
  bool in_environment = false;
  while ((pos = text.find('<', pos)) != std::string_view::npos) {
    if (text.substr(pos, 4) == "<!--") {
      const std::size_t end = text.find("-->", pos + 4);
      if (end == std::string_view::npos) {
        report.warn(line_at(pos), "comment '<!--' never closed; the rest of the file is skipped");
        break;
      }
      pos = end + 3;
      continue;
    }
    const std::size_t close = text.find('>', pos);
    if (close == std::string_view::npos) {
      report.error(line_at(pos), "tag never closed ('<' without '>')");
      break;
    }
    const std::string_view tag = text.substr(pos + 1, close - pos - 1);
    std::size_t name_end = !tag.empty() && tag[0] == '/' ? 1 : 0;
    while (name_end < tag.size() && tag[name_end] != ' ' && tag[name_end] != '\t' && tag[name_end] != '\n' &&
           tag[name_end] != '/' && tag[name_end] != '>')
      ++name_end;
    const std::string name(tag.substr(0, name_end));
    const std::size_t after = close + 1;
    if (name == "Environment") {
      in_environment = true;
    } else if (name == "/Environment") {
      in_environment = false;
    } else if (in_environment && !name.empty() && name[0] != '/' && name[0] != '?' && name != "Config") {
      std::string value;
      const std::size_t end = body(after, name, value);
      if (end != std::string_view::npos) {
        out.environment[name] = collapse(value);
        pos = end;
        continue;
      }
    } else if (name == "Sentence") {
      Record r;
      r.where = line_at(pos);
      r.id = attribute(tag, "id");
      r.category = attribute(tag, "category");
      if (r.category.empty()) r.category = attribute(tag, "source");
      r.date = attribute(tag, "date");
      if (r.id.empty()) report.warn(r.where, "<Sentence> without id");
      if (!r.date.empty() && record_date(r.date).empty()) report.warn(r.where, "date '" + r.date + "' is not YYYYMMDD");
      evaluate.push_back(upper(attribute(tag, "evaluate")) != "FALSE");
      all.push_back(std::move(r));
    } else if (name == "EventCoding") {
      if (all.empty()) {
        report.error(line_at(pos), "<EventCoding> before any <Sentence>");
      } else if (upper(attribute(tag, "noevents")) == "TRUE" || !attribute(tag, "error").empty()) {
        // error="dateline": PETRARCH is expected to reject the record, so no event is right.
        all.back().no_events = true;
      } else {
        ExpectedEvent e{attribute(tag, "sourcecode"), attribute(tag, "targetcode"), attribute(tag, "eventcode")};
        if (e.code.empty()) report.error(line_at(pos), "<EventCoding> without eventcode or noevents; ignored");
        else all.back().expected.push_back(std::move(e));
      }
    } else if (name == "Text" || name == "Parse") {
      std::string value;
      const std::size_t end = body(after, name, value);
      if (end == std::string_view::npos) {
        report.error(line_at(pos), "<" + name + "> never closed; the rest of the file is skipped");
        break;
      }
      if (all.empty()) {
        report.error(line_at(pos), "<" + name + "> before any <Sentence>; ignored");
      } else if (name == "Text") {
        all.back().text = unescape(collapse(value));
      } else {
        all.back().parse = value;
      }
      pos = end;
      continue;
    }
    pos = after;
  }
  std::vector<std::string> include;
  if (auto it = out.environment.find("Include"); it != out.environment.end()) {
    std::istringstream in(it->second);
    for (std::string w; in >> w;)
      if (w != "valid") include.push_back(w);
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!evaluate[i]) continue;
    if (!include.empty() && std::find(include.begin(), include.end(), all[i].category) == include.end()) continue;
    if (all[i].text.empty() && !all[i].parse.empty()) {
      // An empty <Text> beside a CoNLL-U parse: the parse's words are the text.
      std::istringstream lines(all[i].parse);
      std::string words;
      for (std::string line; std::getline(lines, line);) {
        std::istringstream cols(line);
        std::string id, form;
        if (cols >> id >> form && !id.empty() && std::isdigit(static_cast<unsigned char>(id[0])) &&
            id.find_first_of("-.") == std::string::npos)
          words += (words.empty() ? "" : " ") + form;
      }
      if (!words.empty()) {
        report.warn(all[i].where, "record " + all[i].id + " has an empty <Text>; the words of its <Parse> are used");
        all[i].text = words;
      }
    }
    if (all[i].text.empty()) {
      report.warn(all[i].where, "record " + all[i].id + " has no <Text>; skipped");
      continue;
    }
    out.records.push_back(std::move(all[i]));
  }
  return out;
}

Score score_record(const Record& record, const std::vector<CodedEvent>& coded, std::vector<bool>* matched) {
  Score s;
  s.records = 1;
  s.expected = record.expected.size();
  std::vector<bool> used(record.expected.size(), false);
  if (matched) matched->assign(coded.size(), false);
  for (std::size_t c = 0; c < coded.size(); ++c) {
    bool hit = false;
    for (std::size_t e = 0; e < record.expected.size() && !hit; ++e) {
      const ExpectedEvent& x = record.expected[e];
      if (!used[e] && x.source == coded[c].source && x.target == coded[c].target && x.code == coded[c].code) {
        used[e] = hit = true;
      }
    }
    if (hit) ++s.correct;
    else ++s.extra;
    if (matched) (*matched)[c] = hit;
  }
  s.uncoded = s.expected - s.correct;
  return s;
}

}  // namespace dyad::petrarch
