#include "text/tokenizer.h"

#include <algorithm>
#include <cstring>

#include "text/char_class.h"

namespace dyad {
namespace {

using chars::at;
using chars::before;

bool is_bracket(char32_t c) { return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'; }
bool is_terminal(char32_t c) { return c == '.' || c == '?' || c == '!'; }

// End of the run of `c` starting at `pos`; brackets never form runs because
// UD gives each its own token.
std::size_t run_end(std::string_view t, std::size_t pos, std::size_t end, char32_t c, std::size_t len) {
  std::size_t q = pos + len;
  if (is_bracket(c)) return q;
  while (q < end && t.compare(q, len, t.substr(pos, len)) == 0) q += len;
  return q;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if ((s[i] | 0x20) != prefix[i]) return false;
  return true;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const std::size_t off = s.size() - suffix.size();
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[off + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

bool looks_like_url(std::string_view s) {
  return starts_with_ci(s, "http://") || starts_with_ci(s, "https://") || starts_with_ci(s, "ftp://") ||
         starts_with_ci(s, "www.") || starts_with_ci(s, "mailto:");
}

// "name@host.tld" (or Lotus Notes' "Name@ORG") with word characters around the '@'.
bool looks_like_email(std::string_view s) {
  const auto at_sign = s.find('@');
  if (at_sign == std::string_view::npos || at_sign == 0 || at_sign + 1 >= s.size()) return false;
  std::size_t len;
  return chars::is_word(at(s, at_sign + 1, len));
}

// "partners.Under the accord": a full stop between a lower-case word and a
// capitalised one, with no space, is a space lost between two sentences
// (markup stripped from a page), not an abbreviation ("e.g.The" has a
// period before its last letter), an initial or a domain. Returns the
// offset just after the first such full stop in [begin, end), else 0.
// Chunks with a slash or an at sign (URLs, e-mail) are never cut.
std::size_t glued_sentence_end(std::string_view t, std::size_t begin, std::size_t end) {
  const std::string_view c = t.substr(begin, end - begin);
  if (c.size() < 5 || c.find_first_of("/@") != std::string_view::npos) return 0;
  for (std::size_t p = begin + 2; p + 1 < end; ++p) {
    if (t[p] != '.' && t[p] != '?' && t[p] != '!') continue;
    if (!(t[p - 1] >= 'a' && t[p - 1] <= 'z') || !(t[p - 2] >= 'a' && t[p - 2] <= 'z')) continue;
    std::size_t len, len2;
    const char32_t next = at(t, p + 1, len);
    if (!chars::is_upper(next)) continue;
    // "Monday.A statement": a one-letter word ends the chunk.
    if (p + 1 + len >= end || chars::is_lower(at(t, p + 1 + len, len2))) return p + 1;
  }
  return 0;
}

}  // namespace

void Tokenizer::tokenize(std::string_view t, std::vector<TokenSpan>& out) const {
  std::size_t pos = 0;
  while (pos < t.size()) {
    std::size_t len;
    if (chars::is_space(at(t, pos, len))) {
      pos += len;
      continue;
    }
    std::size_t end = pos + len;
    while (end < t.size() && !chars::is_space(at(t, end, len))) end += len;
    // A loop, not recursion: a huge chunk may hold many glued sentences.
    while (const std::size_t cut = glued_sentence_end(t, pos, end)) {
      chunk(t, pos, cut, out);
      pos = cut;
    }
    chunk(t, pos, end, out);
    pos = end;
  }
}

// The end of a URL or e-mail address starting at `begin`: trailing sentence
// punctuation and an unmatched closing bracket are not part of it.
std::size_t Tokenizer::url_end(std::string_view t, std::size_t begin, std::size_t end) const {
  const std::string_view s = t.substr(begin, end - begin);
  const auto opens = std::count(s.begin(), s.end(), '(');
  std::size_t e = end;
  while (e > begin + 1) {
    const char c = t[e - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"' ||
        c == ']' || c == '>' || (c == ')' && opens == 0)) {
      --e;
    } else {
      break;
    }
  }
  return e;
}

void Tokenizer::chunk(std::string_view t, std::size_t begin, std::size_t end, std::vector<TokenSpan>& out) const {
  const std::string_view whole = t.substr(begin, end - begin);
  if (whole.size() <= 8 && data_.emoticon_first[static_cast<unsigned char>(whole[0])] &&
      data_.emoticons.contains(whole)) {
    out.push_back({begin, end});
    return;
  }
  std::size_t pos = begin, len;
  bool opened_quote = false;
  // Opening punctuation, one token per mark (or per run of the same mark).
  while (pos < end) {
    const std::string_view rest = t.substr(pos, end - pos);
    std::size_t first_len;
    if (chars::is_word(at(t, pos, first_len)) && (looks_like_url(rest) || looks_like_email(rest))) {
      const std::size_t e = url_end(t, pos, end);
      out.push_back({pos, e});
      if (e < end) chunk(t, e, end, out);
      return;
    }
    const char32_t c = at(t, pos, len);
    if (chars::is_word(c)) break;
    if (pos + len < end) {
      std::size_t nlen;
      const char32_t next = at(t, pos + len, nlen);
      // Handles, hashtags and "'90s" start words rather than ending quotes.
      if ((c == '@' || c == '#') && chars::is_alpha(next)) break;
      if (c == '\'' && chars::is_digit(next)) break;
      if (c == '\'') {
        std::size_t w = pos + len;
        while (w < end && chars::is_word(at(t, w, nlen))) w += nlen;
        if (w > pos + len && data_.elisions.contains(ascii_lower(t.substr(pos, w - pos)))) break;
      }
    }
    if (c == '"' || c == '\'' || c == '`') opened_quote = true;
    const std::size_t q = run_end(t, pos, end, c, len);
    out.push_back({pos, q});
    pos = q;
  }
  // Closing punctuation, collected right to left.
  std::vector<TokenSpan> tail;
  std::size_t stop = end;
  std::size_t glued = end;  // start of a final mark that stays on the word ("parents'", "5%")
  while (stop > pos) {
    std::size_t s;
    const char32_t c = before(t, stop, s);
    if (chars::is_word(c)) break;
    if (is_terminal(c)) {
      std::size_t r = s;
      while (r > pos && is_terminal(static_cast<unsigned char>(t[r - 1]))) --r;
      if (r + 1 == stop && c == '.' && r > pos && keeps_period(t, pos, r)) break;
      tail.push_back({r, stop});
      stop = r;
      continue;
    }
    if (c == '\'' && data_.policy.keep_plural_possessive && !opened_quote && s >= pos + 2 &&
        (t[s - 1] == 's' || t[s - 1] == 'S') && chars::is_alpha(static_cast<unsigned char>(t[s - 2]))) {
      glued = s;
      break;
    }
    // Dutch keeps "5%" and the dangling hyphen of "land- en tuinbouw".
    if (s > pos && ((c == '%' && data_.policy.attach_percent && chars::is_digit(static_cast<unsigned char>(t[s - 1]))) ||
                    (c == '-' && !data_.policy.split_hyphens && s == stop - 1 &&
                     chars::is_alpha(static_cast<unsigned char>(t[s - 1]))))) {
      glued = s;
      break;
    }
    std::size_t r = s;
    if (!is_bracket(c)) {
      std::size_t p;
      while (r > pos && before(t, r, p) == c) r = p;
    }
    tail.push_back({r, stop});
    stop = r;
  }
  if (glued < stop) {
    const std::size_t before_core = out.size();
    core(t, pos, glued, out);
    if (out.size() > before_core && out.back().end == glued) out.back().end = stop;
    else out.push_back({glued, stop});
  } else if (stop > pos) {
    core(t, pos, stop, out);
  }
  out.insert(out.end(), tail.rbegin(), tail.rend());
}

// A period after [begin, end) ends an abbreviation, an initial or an acronym
// ("Dr.", "J.", "U.S.") rather than the sentence.
bool Tokenizer::keeps_period(std::string_view t, std::size_t begin, std::size_t end) const {
  const std::size_t n = end - begin;
  if (n == 0 || n > 24) return false;
  const std::string_view with_period = t.substr(begin, n + 1);
  if (data_.abbreviations.contains(with_period)) return true;
  std::size_t len;
  const char32_t first = at(t, begin, len);
  if (len == n && chars::is_alpha(first)) return true;  // an initial
  if (chars::is_upper(first) && first < 0x80) {
    std::string lowered(with_period);
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    if (data_.abbreviations.contains(lowered)) return true;
  }
  // Letter groups of at most three separated by periods: "U.S", "e.g", "m.b.t".
  std::size_t group = 0, periods = 0;
  for (std::size_t i = begin; i < end; i += len) {
    const char32_t c = at(t, i, len);
    if (c == '.') {
      if (group == 0) return false;
      ++periods, group = 0;
    } else if (chars::is_alpha(c)) {
      if (++group > 3) return false;
    } else {
      return false;
    }
  }
  return periods > 0 && group > 0;
}

// Splits a chunk's core (its opening and closing punctuation removed) at
// inner punctuation that UD treats as separate tokens.
void Tokenizer::core(std::string_view t, std::size_t begin, std::size_t end, std::vector<TokenSpan>& out) const {
  const TokenizerPolicy& policy = data_.policy;
  std::size_t start = begin;     // start of the token being built
  std::size_t segment = begin;   // start of the current hyphen-separated segment
  std::size_t numeric_run = begin;  // start of the current run of digits and hyphens
  std::size_t numeric_end = begin;  // a run of digits and hyphens already judged
  bool numeric_keep = false;        // ... and whether its hyphens stay inside
  char32_t prev = 0;
  std::size_t len;
  auto flush = [&](std::size_t at_pos) {
    if (at_pos > start) out.push_back({start, at_pos});
    start = segment = at_pos;
  };
  for (std::size_t i = begin; i < end; i += len) {
    const char32_t c = at(t, i, len);
    if (!(chars::is_digit(c) || c == '-')) numeric_run = i + len;
    if (chars::is_word(c)) {
      // "35mm" -> 35 mm, but "2nd", "1980s" and codes like "4x4" stay whole.
      if (policy.split_number_units && chars::is_alpha(c) && chars::is_digit(prev) && i > start &&
          chars::is_digit(static_cast<unsigned char>(t[start]))) {
        std::size_t j = i, l2;
        while (j < end && chars::is_alpha(at(t, j, l2))) j += l2;
        const bool followed = j < end && chars::is_word(at(t, j, l2));
        if (!followed && !policy.number_suffixes.contains(ascii_lower(t.substr(i, j - i)))) flush(i);
      }
      prev = c;
      continue;
    }
    std::size_t nlen = 0;
    const char32_t next = i + len < end ? at(t, i + len, nlen) : 0;
    // Handles, hashtags, elisions and "'90s" begin with their mark.
    if (i == start && (c == '@' || c == '#' || c == '\'') && chars::is_word(next)) {
      prev = c;
      continue;
    }
    const bool between_words = chars::is_word(prev) && chars::is_word(next) && i > start;
    bool join = false;
    if (between_words) {
      switch (c) {
        case '\'': case '.': case '_': case '&': join = true; break;
        case ',': case ':': join = chars::is_digit(prev) && chars::is_digit(next); break;
        case '/':
          // "b/c" and "w/o" are single words even where slashes split.
          join = !policy.split_slashes || (chars::is_digit(prev) && chars::is_digit(next)) ||
                 (i == start + 1 && i + 1 + nlen == end);
          break;
        case '-':
          if (!policy.split_hyphens) {
            join = true;
          } else if (data_.hyphen_prefixes.contains(ascii_lower(t.substr(segment, i - segment)))) {
            join = true;
          } else if (chars::is_digit(prev) && chars::is_digit(next)) {
            // Phone numbers and ISO dates (two or more hyphens) stay whole;
            // ranges such as "1969-1970" split.
            if (i >= numeric_end) {
              std::size_t j = i, hyphens = 0;
              while (j < end && (t[j] == '-' || (t[j] >= '0' && t[j] <= '9'))) {
                if (t[j] == '-') {
                  if (j + 1 < end && t[j + 1] == '-') break;
                  ++hyphens;
                }
                ++j;
              }
              numeric_end = j;
              // "853-3242": a local phone number, unlike the range "1969-1970".
              const bool local_phone = hyphens == 1 && i - numeric_run == 3 && j - i == 5;
              numeric_keep = (hyphens >= 2 || local_phone) && numeric_run <= start;
            }
            join = numeric_keep;
          }
          break;
        default: break;
      }
    }
    if (join) {
      if (c == '-') segment = i + len;
      prev = c;
      continue;
    }
    // "U.S.-Kenya": the period closes the acronym before the hyphen splits.
    if (c == '.' && i > start && keeps_period(t, start, i)) {
      flush(i + len);
      prev = c;
      continue;
    }
    flush(i);
    std::size_t q = run_end(t, i, end, c, len);
    if (is_terminal(c))
      while (q < end && is_terminal(static_cast<unsigned char>(t[q]))) ++q;
    out.push_back({i, q});
    start = segment = q;
    len = q - i;
    prev = c;
  }
  flush(end);
}

void Tokenizer::split_contraction(std::string_view norm, std::vector<std::string>& words) const {
  words.clear();
  const Contractions& rules = data_.contractions;
  if (norm.size() > 40) return;
  // Most tokens have no apostrophe and no listed spelling: skip the lookup.
  const bool apostrophe = std::memchr(norm.data(), '\'', norm.size()) != nullptr;
  if (!rules.words.empty() && !norm.empty() && rules.word_first[static_cast<unsigned char>(norm[0])] &&
      (apostrophe || (norm.size() < 64 && (rules.word_lengths >> norm.size()) & 1))) {
    char lowered[40];
    for (std::size_t i = 0; i < norm.size(); ++i) {
      const char c = norm[i];
      lowered[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const auto it = rules.words.find(std::string_view(lowered, norm.size()));
    if (it != rules.words.end()) {
      // Keep the original casing of each word's letters.
      std::size_t pos = 0;
      for (const std::string& w : it->second) {
        words.emplace_back(norm.substr(pos, std::min(w.size(), norm.size() - pos)));
        pos += w.size();
      }
      if (pos != norm.size()) words = it->second;
      return;
    }
  }
  if (!apostrophe) return;
  for (const std::string& suffix : rules.suffixes) {
    if (norm.size() > suffix.size() && ends_with_ci(norm, suffix)) {
      const std::size_t cut = norm.size() - suffix.size();
      const auto b = static_cast<unsigned char>(norm[cut - 1]);
      if (b < 0x80 && !chars::is_alpha(b)) continue;
      words.emplace_back(norm.substr(0, cut));
      words.emplace_back(norm.substr(cut));
      return;
    }
  }
}

}  // namespace dyad
