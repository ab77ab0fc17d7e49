#include "store/coded_jsonl.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>
#include <type_traits>
#include <cstdint>

#include "base/utf8.h"
#include "store/error.h"

namespace dyad::store {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_string()) throw StoreError(std::string("field '") + key + "' is not a string");
  return it->get<std::string>();
}

Offsets offsets(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_unsigned() || !(*it)[1].is_number_unsigned()) {
    throw StoreError(std::string("field '") + key + "' is not a [begin, end] pair");
  }
  return {(*it)[0].get<std::size_t>(), (*it)[1].get<std::size_t>()};
}

StoredActor actor(const json& j) {
  if (!j.is_object()) throw StoreError("an actor is not an object");
  StoredActor a{str(j, "code"), str(j, "country"), str(j, "org"), str(j, "sector"), str(j, "name"),
                str(j, "text"), offsets(j, "span")};
  if (a.code.empty()) throw StoreError("an actor has no code");
  return a;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

// The document as far as its events show it: each known sentence at its
// code-point offset, blanks between, so stored offsets stay true.
StoredDocument assemble(std::string id, std::vector<StoredEvent> events, const std::string& digest) {
  StoredDocument d;
  d.id = std::move(id);
  d.events_digest = digest;
  std::size_t max_sentence = 0;
  for (const StoredEvent& e : events) {
    max_sentence = std::max(max_sentence, e.sentence);
    for (std::size_t s : e.sentences) max_sentence = std::max(max_sentence, s);
    if (d.lang.empty()) d.lang = e.lang;
  }
  // Sentences no event names as its own are unknown: an empty span.
  d.sentences.assign(events.empty() ? 0 : max_sentence + 1, Offsets{});
  std::vector<std::pair<Offsets, const std::string*>> placed;
  for (const StoredEvent& e : events) {
    d.sentences[e.sentence] = e.span;
    placed.emplace_back(e.span, &e.text);
  }
  std::sort(placed.begin(), placed.end(),
            [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  std::size_t at = 0;  // code points written
  for (const auto& [span, text] : placed) {
    if (span.begin < at) continue;  // the same sentence again
    d.text.append(span.begin - at, ' ');
    d.text += *text;
    at = span.begin + code_points(*text);
  }
  std::set<std::tuple<std::size_t, std::size_t, std::size_t>> seen;
  for (const StoredEvent& e : events) {
    for (const StoredActor* a : {&e.source, e.target ? &*e.target : nullptr}) {
      if (!a || !seen.emplace(e.sentence, a->span.begin, a->span.end).second) continue;
      d.mentions.push_back({e.sentence, a->span, a->text, "", *a});
    }
  }
  d.events = std::move(events);
  return d;
}


// A fast reader for lines in the exact shape `dyad code` writes: no DOM,
// no allocation per field. It accepts only what the general parser below
// accepts and gives the same event; on anything else (an error, an escape
// it does not decode, an unexpected type) it gives up and the general
// parser decides, with its error messages.
class FastLine {
 public:
  explicit FastLine(std::string_view s) : s_(s) {}

  bool event(StoredEvent& e, std::string& doc) {
    bool has_sentence = false, has_source = false;
    doc.clear();
    std::string root, date;
    ws();
    // An empty object fails the required-field checks below.
    const bool parsed = object([&](std::string_view k) {
      bool ok = true;
      if (k == "doc") ok = opt_string(doc);
      else if (k == "sentence") ok = has_sentence = unsigned_number(e.sentence);
      else if (k == "sentences") ok = index_array(e.sentences);
      else if (k == "text") ok = opt_string(e.text);
      else if (k == "span") ok = offsets(e.span);
      else if (k == "trigger") ok = trigger(e);
      else if (k == "code") ok = opt_string(e.code);
      else if (k == "root") ok = opt_string(root);
      else if (k == "name") ok = opt_string(e.name);
      else if (k == "quad") ok = int_number(e.quad) && e.quad >= 1 && e.quad <= 4;
      else if (k == "goldstein") ok = real(e.goldstein);
      else if (k == "plover") ok = opt_string(e.plover);
      else if (k == "source") ok = has_source = actor(e.source);
      else if (k == "target") {
        if (literal("null")) {
          e.target.reset();
        } else {
          e.target.emplace();
          ok = actor(*e.target);
        }
      } else if (k == "symmetric") ok = boolean(e.symmetric);
      else if (k == "date") ok = opt_string(date);
      else if (k == "lang") ok = opt_string(e.lang);
      else if (k == "confidence") ok = real(e.confidence);
      else ok = skip_value();
      return ok;
    });
    if (!parsed) return false;
    ws();
    if (pos_ != s_.size()) return false;
    if (doc.empty() || !has_sentence || !has_source || e.code.empty()) return false;
    e.root = root.empty() ? e.code.substr(0, 2) : root;
    if (!date.empty()) {
      e.date = parse_iso_date(date);
      if (!e.date) return false;
    }
    return true;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;

  void ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool literal(std::string_view w) {
    if (s_.substr(pos_, w.size()) != w) return false;
    pos_ += w.size();
    return true;
  }
  bool string(std::string& out) {
    if (!eat('"')) return false;
    out.clear();
    bool high = false;
    const std::size_t start = pos_;
    while (pos_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return !high || utf8::is_valid(s_.substr(start, pos_ - 1 - start));
      }
      if (c < 0x20) return false;
      if (c >= 0x80) high = true;
      if (c == '\\') {
        if (pos_ + 1 >= s_.size()) return false;
        switch (s_[pos_ + 1]) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          default: return false;  // \u and anything else: the general parser
        }
        pos_ += 2;
        continue;
      }
      // A run of plain characters at once.
      std::size_t end = pos_ + 1;
      while (end < s_.size()) {
        const auto d = static_cast<unsigned char>(s_[end]);
        if (d == '"' || d == '\\' || d < 0x20) break;
        if (d >= 0x80) high = true;
        ++end;
      }
      out.append(s_.data() + pos_, end - pos_);
      pos_ = end;
    }
    return false;
  }
  bool opt_string(std::string& out) {
    if (literal("null")) {
      out.clear();
      return true;
    }
    return string(out);
  }
  bool unsigned_number(std::size_t& out) {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    const std::size_t n = pos_ - start;
    if (n == 0 || n > 18 || (n > 1 && s_[start] == '0')) return false;
    if (pos_ < s_.size() && (s_[pos_] == '.' || s_[pos_] == 'e' || s_[pos_] == 'E')) return false;
    std::size_t v = 0;
    for (std::size_t i = start; i < pos_; ++i) v = v * 10 + static_cast<std::size_t>(s_[i] - '0');
    out = v;
    return true;
  }
  bool int_number(int& out) {
    const bool negative = eat('-');
    std::size_t v = 0;
    if (!unsigned_number(v) || v > 1'000'000) return false;
    out = negative ? -static_cast<int>(v) : static_cast<int>(v);
    return true;
  }
  bool real(double& out) {
    // JSON's number grammar, checked here; the value from from_chars.
    const std::size_t start = pos_;
    eat('-');
    const std::size_t int_start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    if (pos_ == int_start || (pos_ - int_start > 1 && s_[int_start] == '0')) return false;
    if (eat('.')) {
      const std::size_t f = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      if (pos_ == f) return false;
    }
    if (eat('e') || eat('E')) {
      if (!eat('+')) eat('-');
      const std::size_t x = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      if (pos_ == x) return false;
    }
    const auto [end, ec] = std::from_chars(s_.data() + start, s_.data() + pos_, out);
    return ec == std::errc() && end == s_.data() + pos_ && std::isfinite(out);
  }
  bool boolean(bool& out) {
    if (literal("true")) return out = true, true;
    if (literal("false")) return out = false, true;
    return false;
  }
  bool offsets(Offsets& out) {
    if (literal("null")) {
      out = {};
      return true;
    }
    if (!eat('[')) return false;
    ws();
    if (!unsigned_number(out.begin)) return false;
    ws();
    if (!eat(',')) return false;
    ws();
    if (!unsigned_number(out.end)) return false;
    ws();
    return eat(']');
  }
  bool index_array(std::vector<std::size_t>& out) {
    out.clear();
    if (!eat('[')) return false;
    ws();
    if (eat(']')) return true;
    while (true) {
      ws();
      std::size_t v = 0;
      if (!unsigned_number(v)) return false;
      out.push_back(v);
      ws();
      if (eat(',')) continue;
      return eat(']');
    }
  }
  template <typename Field>
  bool object(Field&& field) {  // field(std::string_view key)
    if (!eat('{')) return false;
    ws();
    if (eat('}')) return true;
    std::string key;
    while (true) {
      ws();
      if (!string(key)) return false;
      ws();
      if (!eat(':')) return false;
      ws();
      if (!field(key)) return false;
      ws();
      if (eat(',')) continue;
      return eat('}');
    }
  }
  bool trigger(StoredEvent& e) {
    // Seen more than once, the last one counts.
    e.trigger.clear();
    e.trigger_span = {};
    return object([&](std::string_view key) {
      if (key == "text") return opt_string(e.trigger);
      if (key == "span") return offsets(e.trigger_span);
      return skip_value();
    });
  }
  bool actor(StoredActor& a) {
    a = StoredActor{};
    const bool ok = object([&](const std::string& key) {
      if (key == "code") return opt_string(a.code);
      if (key == "country") return opt_string(a.country);
      if (key == "org") return opt_string(a.org);
      if (key == "sector") return opt_string(a.sector);
      if (key == "name") return opt_string(a.name);
      if (key == "text") return opt_string(a.text);
      if (key == "span") return offsets(a.span);
      return skip_value();
    });
    return ok && !a.code.empty();
  }
  bool skip_value(int depth = 0) {
    if (depth > 32 || pos_ >= s_.size()) return false;
    std::string scratch;
    switch (s_[pos_]) {
      case '"': return string(scratch);
      case 't': return literal("true");
      case 'f': return literal("false");
      case 'n': return literal("null");
      case '[': {
        ++pos_;
        ws();
        if (eat(']')) return true;
        while (true) {
          ws();
          if (!skip_value(depth + 1)) return false;
          ws();
          if (eat(',')) continue;
          return eat(']');
        }
      }
      case '{': return object([&](std::string_view) { return skip_value(depth + 1); });
      default: {
        double ignored;
        return real(ignored);
      }
    }
  }
};
}  // namespace

namespace {

// A JSON number field, type-checked: a wrong type is the line's error, not
// an exception from the JSON library (which used to abort the run).
template <typename T>
T number(const json& j, const char* key, T fallback) {
  const auto it = j.find(key);
  if (it == j.end()) return fallback;
  if constexpr (std::is_same_v<T, bool>) {
    if (!it->is_boolean()) throw StoreError(std::string("field '") + key + "' is not true or false");
    return it->get<bool>();
  } else if constexpr (std::is_integral_v<T>) {
    if (!it->is_number_integer()) throw StoreError(std::string("field '") + key + "' is not an integer");
    const bool out_of_range = it->is_number_unsigned()
                                  ? it->get<std::uint64_t>() > 1'000'000
                                  : it->get<std::int64_t>() < -1'000'000 || it->get<std::int64_t>() > 1'000'000;
    if (out_of_range) throw StoreError(std::string("field '") + key + "' is out of range");
    return static_cast<T>(it->get<std::int64_t>());
  } else {
    if (!it->is_number()) throw StoreError(std::string("field '") + key + "' is not a number");
    return it->get<T>();
  }
}

void check_offsets(const Offsets& o, const char* what, const CodedLimits& limits) {
  if (o.begin > o.end) {
    throw StoreError(std::string("field '") + what + "' ends before it begins [" + std::to_string(o.begin) + ", " +
                     std::to_string(o.end) + "]");
  }
  if (o.end > limits.max_text) {
    throw StoreError(std::string("field '") + what + "' reaches offset " + std::to_string(o.end) +
                     ", beyond the largest document (" + std::to_string(limits.max_text) + " characters)");
  }
}

void check_sentence(std::size_t s, const char* what, const CodedLimits& limits) {
  if (s >= limits.max_sentences) {
    throw StoreError(std::string("field '") + what + "' holds sentence index " + std::to_string(s) +
                     ", more than a document has (at most " + std::to_string(limits.max_sentences - 1) + ")");
  }
}

// What both parsers accept is checked here, before anything is sized by it
// (a sentence index or an offset would size the rebuilt document).
void validate(const StoredEvent& e, const CodedLimits& limits) {
  check_sentence(e.sentence, "sentence", limits);
  if (e.sentences.size() > limits.max_sentences) throw StoreError("field 'sentences' is too long");
  for (std::size_t s : e.sentences) check_sentence(s, "sentences", limits);
  check_offsets(e.span, "span", limits);
  check_offsets(e.trigger_span, "trigger.span", limits);
  check_offsets(e.source.span, "source.span", limits);
  if (e.target) check_offsets(e.target->span, "target.span", limits);
  if (e.quad < 0 || e.quad > 4) throw StoreError("field 'quad' is not a quad class (1-4): " + std::to_string(e.quad));
  if (!std::isfinite(e.goldstein) || e.goldstein < -10 || e.goldstein > 10) {
    throw StoreError("field 'goldstein' is not a Goldstein score (-10 to 10)");
  }
  if (!std::isfinite(e.confidence) || e.confidence < 0 || e.confidence > 1) {
    throw StoreError("field 'confidence' is not between 0 and 1");
  }
}

StoredEvent parse_general(const std::string& line, std::string& doc) {
  const json j = json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw StoreError("not a JSON object");
  doc = str(j, "doc");
  if (doc.empty()) throw StoreError("field 'doc' is missing");
  StoredEvent e;
  if (!j.contains("sentence")) throw StoreError("field 'sentence' is missing");
  if (!j["sentence"].is_number_unsigned()) throw StoreError("field 'sentence' is not a sentence index");
  e.sentence = j["sentence"].get<std::size_t>();
  if (const auto it = j.find("sentences"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) throw StoreError("field 'sentences' is not a list of sentence indexes");
    for (const json& s : *it) {
      if (!s.is_number_unsigned()) throw StoreError("field 'sentences' holds a non-index");
      e.sentences.push_back(s.get<std::size_t>());
    }
  }
  e.text = str(j, "text");
  e.span = offsets(j, "span");
  if (const auto it = j.find("trigger"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) throw StoreError("field 'trigger' is not an object");
    e.trigger = str(*it, "text");
    e.trigger_span = offsets(*it, "span");
  }
  e.code = str(j, "code");
  if (e.code.empty()) throw StoreError("field 'code' is missing");
  e.root = str(j, "root");
  if (e.root.empty()) e.root = e.code.substr(0, 2);
  e.name = str(j, "name");
  // 0 stands for a line without a quad class; one given must be a class.
  e.quad = number<int>(j, "quad", 0);
  if (j.contains("quad") && e.quad == 0) throw StoreError("field 'quad' is not a quad class (1-4): 0");
  e.goldstein = number<double>(j, "goldstein", 0.0);
  e.plover = str(j, "plover");
  if (!j.contains("source")) throw StoreError("field 'source' is missing");
  e.source = actor(j["source"]);
  if (const auto it = j.find("target"); it != j.end() && !it->is_null()) e.target = actor(*it);
  e.symmetric = number<bool>(j, "symmetric", false);
  if (const std::string date = str(j, "date"); !date.empty()) {
    e.date = parse_iso_date(date);
    if (!e.date) throw StoreError("field 'date' is not YYYY, YYYY-MM or YYYY-MM-DD: " + date);
  }
  e.lang = str(j, "lang");
  e.confidence = number<double>(j, "confidence", 0.0);
  return e;
}

// One line without its '\n' (and '\r'), at most `limit` bytes kept: the
// rest of a longer line is consumed, not stored, and `too_long` set. False
// at the end of the input.
bool read_line(std::istream& in, std::string& line, std::size_t limit, bool& too_long) {
  line.clear();
  too_long = false;
  std::streambuf* buf = in.rdbuf();
  bool any = false;
  for (;;) {
    const int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      break;
    }
    any = true;
    if (c == '\n') break;
    if (too_long) continue;
    if (line.size() >= limit) {
      too_long = true;
      std::string().swap(line);
      continue;
    }
    line += static_cast<char>(c);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return any;
}

}  // namespace

StoredEvent parse_coded_event(const std::string& line, std::string& doc, const CodedLimits& limits) {
  StoredEvent e;
  if (!FastLine(line).event(e, doc)) e = parse_general(line, doc);
  validate(e, limits);
  return e;
}

void read_coded_documents(std::istream& in, const std::function<void(StoredDocument&&)>& visit,
                          const CodedLineError& on_error, const CodedLimits& limits) {
  std::string line, doc, current, digest;
  std::vector<StoredEvent> events;
  std::set<std::string> done;
  std::size_t number = 0;
  bool too_long = false;
  auto flush = [&] {
    if (current.empty()) return;
    done.insert(current);
    visit(assemble(std::move(current), std::move(events), digest));
    current.clear();
    events.clear();
    digest.clear();
  };
  while (read_line(in, line, limits.max_line_bytes, too_long)) {
    ++number;
    if (too_long) {
      on_error(number, "line longer than " + std::to_string(limits.max_line_bytes) + " bytes; skipped");
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    StoredEvent e;
    try {
      e = parse_coded_event(line, doc, limits);
    } catch (const StoreError& err) {
      on_error(number, std::string(err.what()) + "; line skipped");
      continue;
    }
    if (doc != current) {
      if (done.count(doc)) {
        on_error(number, "the events of document '" + doc +
                             "' are not consecutive (its earlier lines are stored already); line skipped");
        continue;
      }
      flush();
      current = doc;
    }
    digest += line;
    digest += '\n';
    events.push_back(std::move(e));
  }
  if (in.bad()) on_error(number + 1, "read error");
  flush();
}

}  // namespace dyad::store
