#include "petrarch/dictionaries.h"

#include <algorithm>
#include <cctype>

#include "base/utf8.h"

namespace dyad::petrarch {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Walks a file line by line, skipping XML comments (<!-- … -->, also over
// several lines), which the validation suite's dictionaries use as headers.
class Lines {
 public:
  Lines(std::string_view text, const std::string& file, Report& report) : text_(text), file_(file), report_(report) {}

  // The next line that is not inside an XML comment; false at the end.
  bool next(std::string_view& line) {
    while (pos_ < text_.size()) {
      const std::size_t nl = text_.find('\n', pos_);
      line = text_.substr(pos_, nl == std::string_view::npos ? std::string_view::npos : nl - pos_);
      pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
      ++number_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      const std::string_view t = trim(line);
      if (in_comment_) {
        if (t.find("-->") != std::string_view::npos) in_comment_ = false;
        continue;
      }
      if (t.starts_with("<!")) {
        if (!t.starts_with("<!--")) {
          report_.warn(where(), "'<!' line read as a comment (PETRARCH would stop loading patterns here)");
        } else if (t.find("-->", 4) == std::string_view::npos) {
          in_comment_ = true;
          comment_start_ = where();
        }
        continue;
      }
      return true;
    }
    if (in_comment_) report_.warn(comment_start_, "XML comment '<!--' never closed: the rest of the file was skipped");
    return false;
  }
  std::string where() const { return file_ + ":" + std::to_string(number_); }

 private:
  std::string_view text_;
  std::string file_;
  Report& report_;
  std::size_t pos_ = 0, number_ = 0;
  bool in_comment_ = false;
  std::string comment_start_;
};

// The line without its '#' comment (returned in `comment`).
std::string_view strip_comment(std::string_view line, std::string_view* comment = nullptr) {
  const std::size_t hash = line.find('#');
  if (hash == std::string_view::npos) {
    if (comment) *comment = {};
    return trim(line);
  }
  if (comment) *comment = trim(line.substr(hash + 1));
  return trim(line.substr(0, hash));
}

bool is_code_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

std::size_t Report::errors() const {
  return static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [](const Diagnostic& d) { return d.severity == Severity::kError; }));
}

std::string to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n && i + n <= bytes.size() && utf8::is_valid(bytes.substr(i, n))) {
      out.append(bytes.substr(i, n));
      i += n;
      continue;
    }
    utf8::append(out, static_cast<char32_t>(c));  // Latin-1
    ++i;
  }
  return out;
}

std::string parse_petrarch_date(std::string_view s) {
  if ((s.size() != 6 && s.size() != 8) || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return "";
  std::string year;
  if (s.size() == 6) {
    year = (s[0] < '3' ? "20" : "19") + std::string(s.substr(0, 2));
    s.remove_prefix(2);
  } else {
    year = std::string(s.substr(0, 4));
    s.remove_prefix(4);
  }
  const int month = (s[0] - '0') * 10 + (s[1] - '0');
  const int day = (s[2] - '0') * 10 + (s[3] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return year + "-" + std::string(s.substr(0, 2)) + "-" + std::string(s.substr(2, 2));
}

// ---- verbs ------------------------------------------------------------------

void read_verbs(std::string_view text, const std::string& file, VerbDictionary& out, Report& report) {
  Lines lines(text, file, report);
  std::string_view raw;
  enum { kNone, kSynset, kBlock, kTransformations } context = kNone;
  while (lines.next(raw)) {
    const std::string where = lines.where();
    if (trim(raw).starts_with("#")) {
      if (trim(raw).find("TRANSFORMATIONS") != std::string_view::npos) context = kTransformations;
      else if (trim(raw).starts_with("#####")) context = kNone;
      continue;
    }
    std::string_view comment;
    const std::string_view line = strip_comment(raw, &comment);
    if (line.empty()) continue;
    if (line.starts_with("~")) {
      out.transformations.push_back({std::string(trim(line.substr(1))), where});
      continue;
    }
    if (line.starts_with("---")) {
      // "---  ACCELERATE   [---]  ---"
      std::string_view body = trim(line.substr(3));
      while (body.ends_with("-")) body.remove_suffix(1);
      body = trim(body);
      const std::size_t open = body.find('['), close = body.find(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        report.error(where, "verb block header without a [CODE]: '" + std::string(line) + "'");
        context = kNone;
        continue;
      }
      VerbBlock block;
      block.name = upper(trim(body.substr(0, open)));
      block.code = std::string(trim(body.substr(open + 1, close - open - 1)));
      block.where = where;
      if (block.name.empty()) {
        report.error(where, "verb block header without a name");
        context = kNone;
        continue;
      }
      out.blocks.push_back(std::move(block));
      context = kBlock;
      continue;
    }
    if (line.starts_with("&")) {
      std::string name = upper(trim(line.substr(1)));
      while (!name.empty() && name.back() == '_') name.pop_back();
      if (name.empty() || name.find_first_of(" \t[]") != std::string::npos) {
        report.error(where, "bad synonym set name '" + std::string(line) + "'");
        context = kNone;
        continue;
      }
      out.synsets.push_back({std::move(name), {}, where});
      context = kSynset;
      continue;
    }
    if (line.starts_with("-")) {
      if (context != kBlock) {
        report.error(where, "pattern outside a verb block");
        continue;
      }
      const std::string_view body = trim(line.substr(1));
      const std::size_t open = body.rfind('['), close = body.rfind(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        report.error(where, "pattern without a [CODE]: '" + std::string(line) + "'");
        continue;
      }
      VerbPattern p;
      p.text = upper(trim(body.substr(0, open)));
      p.code = std::string(trim(body.substr(open + 1, close - open - 1)));
      p.comment = std::string(comment);
      p.where = where;
      if (p.text.find('*') == std::string::npos) {
        report.error(where, "pattern without '*' (the verb's place): '" + std::string(line) + "'");
        continue;
      }
      out.blocks.back().patterns.push_back(std::move(p));
      continue;
    }
    if (context == kSynset && line.starts_with("+")) {
      const std::string member = upper(trim(line.substr(1)));
      if (member.empty()) report.error(where, "empty synonym set member");
      else out.synsets.back().members.push_back(member);
      continue;
    }
    if (context == kBlock) {
      // "HURRY {HURRIES HURRYING HURRIED } [042]" or "+SET_UP [036]"
      Verb v;
      v.where = where;
      std::string_view rest = line;
      const std::size_t brace = rest.find('{');
      const std::size_t bracket = rest.find('[');
      const std::size_t stop = std::min(brace, bracket);
      v.token = upper(trim(rest.substr(0, stop)));
      if (brace != std::string_view::npos) {
        const std::size_t end = rest.find('}', brace);
        if (end == std::string_view::npos) {
          report.error(where, "'{' without '}' in verb forms");
          continue;
        }
        std::string_view forms = rest.substr(brace + 1, end - brace - 1);
        std::size_t i = 0;
        while (i < forms.size()) {
          while (i < forms.size() && (forms[i] == ' ' || forms[i] == '\t' || forms[i] == ',')) ++i;
          const std::size_t s = i;
          while (i < forms.size() && forms[i] != ' ' && forms[i] != '\t' && forms[i] != ',') ++i;
          if (i > s) v.forms.push_back(upper(forms.substr(s, i - s)));
        }
      }
      if (bracket != std::string_view::npos) {
        const std::size_t end = rest.find(']', bracket);
        if (end == std::string_view::npos) {
          report.error(where, "'[' without ']' in a verb's code");
          continue;
        }
        v.code = std::string(trim(rest.substr(bracket + 1, end - bracket - 1)));
      }
      if (v.token.empty() || v.token == "+" || v.token.find_first_of(" \t") != std::string::npos) {
        report.error(where, "expected a verb ('WORD {forms} [code]' or '+WORD_WORD'): '" + std::string(line) + "'");
        continue;
      }
      out.blocks.back().verbs.push_back(std::move(v));
      continue;
    }
    if (context == kTransformations) {
      report.error(where, "a transformation must start with '~'");
      continue;
    }
    report.error(where, "line outside a synonym set or verb block: '" + std::string(line) + "'");
  }
}

// ---- actors -----------------------------------------------------------------

namespace {

// "[USAGOV 090120-170120]", "[IGOUNO >20070101]", "[USA]"; false when malformed.
bool parse_code(std::string_view inside, DatedCode& out, std::string* problem) {
  inside = trim(inside);
  const std::size_t space = inside.find_first_of(" \t");
  const std::string_view code = inside.substr(0, space);
  std::string_view dates = space == std::string_view::npos ? std::string_view() : trim(inside.substr(space));
  if (code.empty()) {
    *problem = "empty code";
    return false;
  }
  out.code = upper(code);
  if (out.code != "---" && !std::all_of(out.code.begin(), out.code.end(), is_code_char)) {
    *problem = "code '" + std::string(code) + "' is not capitals and digits";
    return false;
  }
  if (out.code != code) *problem = "code '" + std::string(code) + "' in lower case, read as " + out.code;
  if (dates.empty()) return true;
  if (dates[0] == '>' || dates[0] == '<') {
    const std::string d = parse_petrarch_date(trim(dates.substr(1)));
    if (d.empty()) {
      *problem = "bad date '" + std::string(dates) + "' (YYMMDD or YYYYMMDD)";
      return false;
    }
    (dates[0] == '>' ? out.from : out.to) = d;
    return true;
  }
  const std::size_t dash = dates.find('-');
  if (dash == std::string_view::npos) {
    *problem = "bad date '" + std::string(dates) + "' (>DATE, <DATE or DATE-DATE)";
    return false;
  }
  out.from = parse_petrarch_date(trim(dates.substr(0, dash)));
  out.to = parse_petrarch_date(trim(dates.substr(dash + 1)));
  if (out.from.empty() || out.to.empty()) {
    *problem = "bad date range '" + std::string(dates) + "' (YYMMDD-YYMMDD)";
    return false;
  }
  // "290101-050101": a two-digit start after its end is last century's.
  if (out.from > out.to && dates.find('-') == 6 && out.from.starts_with("20")) out.from.replace(0, 2, "19");
  if (out.from > out.to) {
    *problem = "date range '" + std::string(dates) + "' ends before it begins";
    return false;
  }
  return true;
}

// Reads every [..] group of `s` into `codes`; returns the text before the first.
std::string_view take_codes(std::string_view s, std::vector<DatedCode>& codes, const std::string& where, Report& report) {
  const std::size_t first = s.find('[');
  const std::string_view head = s.substr(0, first);
  std::size_t pos = first;
  while (pos != std::string_view::npos && pos < s.size()) {
    const std::size_t close = s.find(']', pos);
    if (close == std::string_view::npos) {
      report.error(where, "'[' without ']'");
      break;
    }
    DatedCode code;
    std::string problem;
    if (parse_code(s.substr(pos + 1, close - pos - 1), code, &problem)) {
      if (!problem.empty()) report.warn(where, problem);
      codes.push_back(std::move(code));
    } else {
      report.error(where, problem + "; this code is skipped");
    }
    pos = s.find('[', close);
  }
  return trim(head);
}

std::string actor_name(std::string_view s) {
  std::string out;
  for (char c : trim(s)) out.push_back(c == ' ' || c == '\t' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

}  // namespace

void read_actors(std::string_view text, const std::string& file, std::vector<ActorEntry>& out, Report& report) {
  Lines lines(text, file, report);
  std::string_view raw;
  bool open = false;             // an entry is being read
  bool blank_since_entry = true;  // a blank line since the last entry's first line
  bool follows_coded = false;     // the open entry's first line came right after a coded entry
  auto finish = [&]() {
    if (!open) return;
    open = false;
    if (!out.back().codes.empty()) return;
    // TABARI files list spellings of the entry above on the next line
    // ("UN_ [IGOUNO]" then "U.N._"): an uncoded entry with no blank line
    // before it is read as more names of that entry.
    ActorEntry moved = std::move(out.back());
    out.pop_back();
    if (follows_coded) {
      report.warn(moved.where, "entry without a code read as more names of the entry before it");
      for (auto& n : moved.names) out.back().names.push_back(std::move(n));
      return;
    }
    report.error(moved.where, "actor entry without a code; skipped");
  };
  while (lines.next(raw)) {
    const std::string where = lines.where();
    const std::string_view line = strip_comment(raw);
    if (line.empty()) {
      if (trim(raw).empty()) {
        finish();
        blank_since_entry = true;
      }
      continue;
    }
    if (line.starts_with("+")) {
      if (!open) {
        report.error(where, "synonym '+' without an entry before it");
        continue;
      }
      std::vector<DatedCode> codes;
      const std::string name = actor_name(take_codes(line.substr(1), codes, where, report));
      if (!codes.empty()) report.warn(where, "code on a synonym line belongs to the whole entry");
      for (auto& c : codes) out.back().codes.push_back(std::move(c));
      if (name.empty()) report.error(where, "empty synonym");
      else out.back().names.push_back(name);
      continue;
    }
    if (line.starts_with("[")) {
      if (!open) {
        report.error(where, "code line without an entry before it");
        continue;
      }
      take_codes(line, out.back().codes, where, report);
      continue;
    }
    finish();
    ActorEntry e;
    e.where = where;
    const std::string name = actor_name(take_codes(line, e.codes, where, report));
    if (name.empty()) {
      report.error(where, "entry without a name");
      continue;
    }
    follows_coded = !blank_since_entry && !out.empty() && !out.back().codes.empty();
    e.names.push_back(name);
    out.push_back(std::move(e));
    open = true;
    blank_since_entry = false;
  }
  finish();
}

// ---- agents -----------------------------------------------------------------

namespace {

std::string plural_of(const std::string& phrase) {
  const std::size_t us = phrase.rfind('_');
  const std::string head = us == std::string::npos ? phrase : phrase.substr(us + 1);
  const std::string before = us == std::string::npos ? "" : phrase.substr(0, us + 1);
  if (head.empty()) return "";
  auto ends = [&](std::string_view s) { return head.size() > s.size() && std::string_view(head).ends_with(s); };
  if (ends("MAN")) return before + head.substr(0, head.size() - 3) + "MEN";
  if (ends("S") || ends("X") || ends("CH") || ends("SH")) return before + head + "ES";
  if (ends("Y") && std::string("AEIOU").find(head[head.size() - 2]) == std::string::npos)
    return before + head.substr(0, head.size() - 1) + "IES";
  return phrase + "S";
}

}  // namespace

void read_agents(std::string_view text, const std::string& file, std::vector<Agent>& out, Report& report) {
  Lines lines(text, file, report);
  std::string_view raw;
  std::vector<std::pair<std::string, std::vector<std::string>>> sets;  // "!PERSON!" -> members
  while (lines.next(raw)) {
    const std::string where = lines.where();
    const std::string_view line = strip_comment(raw);
    if (line.empty()) continue;
    if (line.starts_with("!") && line.find('=') != std::string_view::npos) {
      const std::size_t eq = line.find('=');
      std::string name = upper(trim(line.substr(0, eq)));
      if (name.size() < 3 || name.back() != '!') {
        report.error(where, "bad substitution set name '" + name + "' (!NAME! = WORD, WORD)");
        continue;
      }
      std::vector<std::string> members;
      std::string_view rest = line.substr(eq + 1);
      while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string m = upper(trim(rest.substr(0, comma)));
        if (!m.empty()) members.push_back(m);
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
      }
      if (members.empty()) report.error(where, "empty substitution set " + name);
      else sets.emplace_back(std::move(name), std::move(members));
      continue;
    }
    const std::size_t open = line.rfind('['), close = line.rfind(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      report.error(where, "agent without a [~CODE]: '" + std::string(line) + "'");
      continue;
    }
    std::string code = upper(trim(line.substr(open + 1, close - open - 1)));
    Agent a;
    a.where = where;
    if (code.starts_with("~")) {
      code.erase(0, 1);
    } else if (code.ends_with("~")) {
      code.pop_back();
      a.prefix = true;
    } else {
      report.error(where, "agent code '" + code + "' needs '~' before it (after the actor's) or after it (before)");
      continue;
    }
    if (code.empty() || !std::all_of(code.begin(), code.end(), is_code_char)) {
      report.error(where, "agent code '" + code + "' is not capitals and digits");
      continue;
    }
    a.code = code;
    std::string_view phrase = trim(line.substr(0, open));
    std::vector<std::string> plurals;
    bool explicit_plurals = false;
    if (const std::size_t b = phrase.find('{'); b != std::string_view::npos) {
      const std::size_t e = phrase.find('}', b);
      if (e == std::string_view::npos) {
        report.error(where, "'{' without '}'");
        continue;
      }
      explicit_plurals = true;
      std::string_view inside = phrase.substr(b + 1, e - b - 1);
      std::size_t i = 0;
      while (i < inside.size()) {
        while (i < inside.size() && (inside[i] == ' ' || inside[i] == ',')) ++i;
        const std::size_t s = i;
        while (i < inside.size() && inside[i] != ' ' && inside[i] != ',') ++i;
        if (i > s) plurals.push_back(actor_name(inside.substr(s, i - s)));
      }
      phrase = trim(phrase.substr(0, b));
    }
    const std::string base = actor_name(phrase);
    if (base.empty()) {
      report.error(where, "agent without a phrase");
      continue;
    }
    std::vector<std::string> names{base};
    if (!explicit_plurals && base.find('!') == std::string::npos) names.push_back(plural_of(base));
    for (auto& p : plurals) names.push_back(std::move(p));
    // !SET! substitutions: each member in turn (members are singular and plural forms).
    std::vector<std::string> expanded;
    bool bad = false;
    for (const std::string& n : names) {
      const std::size_t s = n.find('!');
      if (s == std::string::npos) {
        expanded.push_back(n);
        continue;
      }
      const std::size_t e = n.find('!', s + 1);
      const std::string set = e == std::string::npos ? "" : n.substr(s, e - s + 1);
      auto it = std::find_if(sets.begin(), sets.end(), [&](const auto& p) { return p.first == set; });
      if (it == sets.end()) {
        report.error(where, "unknown substitution set '" + (set.empty() ? n : set) + "' (define it before use)");
        bad = true;
        break;
      }
      for (const std::string& m : it->second) expanded.push_back(n.substr(0, s) + m + n.substr(e + 1));
    }
    if (bad) continue;
    a.names = std::move(expanded);
    out.push_back(std::move(a));
  }
}

// ---- discards and issues ----------------------------------------------------

void read_discards(std::string_view text, const std::string& file, std::vector<Discard>& out, Report& report) {
  Lines lines(text, file, report);
  std::string_view raw;
  while (lines.next(raw)) {
    std::string_view line = strip_comment(raw);
    if (line.empty()) continue;
    Discard d;
    d.where = lines.where();
    if (line.starts_with("+")) {
      d.story = true;
      line = trim(line.substr(1));
    }
    std::string phrase;
    for (char c : line) {
      const char u = c == '_' || c == '\t' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (u == ' ' && (phrase.empty() || phrase.back() == ' ')) continue;
      phrase.push_back(u);
    }
    while (!phrase.empty() && phrase.back() == ' ') phrase.pop_back();
    if (phrase.empty()) {
      report.error(d.where, "empty discard phrase");
      continue;
    }
    d.phrase = std::move(phrase);
    out.push_back(std::move(d));
  }
}

void read_issues(std::string_view text, const std::string& file, std::vector<Issue>& out, Report& report) {
  Lines lines(text, file, report);
  std::string_view raw;
  std::string category;
  while (lines.next(raw)) {
    const std::string where = lines.where();
    std::string_view line = strip_comment(raw);
    if (line.empty()) continue;
    if (line.starts_with("</ISSUE")) {
      category.clear();
      continue;
    }
    if (line.starts_with("<ISSUE")) {
      const std::size_t c = line.find("CATEGORY=\"");
      const std::size_t e = c == std::string_view::npos ? c : line.find('"', c + 10);
      if (e == std::string_view::npos) {
        report.error(where, "<ISSUE> without CATEGORY=\"…\"");
        category = "?";
      } else {
        category = std::string(line.substr(c + 10, e - c - 10));
      }
      continue;
    }
    if (line.starts_with("<")) {
      report.warn(where, "unknown tag ignored: '" + std::string(line) + "'");
      continue;
    }
    Issue issue;
    issue.where = where;
    issue.category = category;
    if (line.starts_with("~")) {
      issue.exclude = true;
      line = trim(line.substr(1));
    } else {
      const std::size_t open = line.rfind('['), close = line.rfind(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        report.error(where, "issue phrase without a [CODE]");
        continue;
      }
      issue.code = std::string(trim(line.substr(open + 1, close - open - 1)));
      line = trim(line.substr(0, open));
      if (issue.code.empty()) {
        report.error(where, "empty issue code");
        continue;
      }
    }
    if (category.empty()) report.warn(where, "issue outside an <ISSUE CATEGORY=…> block");
    // "pre+n:school": '+' joins words with an optional hyphen, "n:" marks a noun.
    std::string phrase;
    std::size_t i = 0;
    while (i < line.size()) {
      if (i + 1 < line.size() && line[i + 1] == ':' && std::isalpha(static_cast<unsigned char>(line[i])) &&
          (i == 0 || line[i - 1] == ' ' || line[i - 1] == '+')) {
        i += 2;
        continue;
      }
      const char c = line[i++] == '+' ? '-' : line[i - 1];
      phrase.push_back(c == '_' ? ' ' : c);
    }
    phrase = lower(trim(phrase));
    if (phrase.empty()) {
      report.error(where, "empty issue phrase");
      continue;
    }
    issue.phrase = std::move(phrase);
    out.push_back(std::move(issue));
  }
}

}  // namespace dyad::petrarch
