#include "text/sentence_features.h"

#include <string>

#include "text/char_class.h"

namespace dyad {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t mix(std::uint64_t h, std::string_view s) {
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return (h ^ 0xFF) * kFnvPrime;  // separator so ("ab","c") != ("a","bc")
}

// Lowercased (ASCII) form, capped so huge tokens cost nothing.
std::string lower(std::string_view s) {
  std::string out(s.substr(0, 24));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "Aa", "AA", "a", "9", ".": letter case and digit pattern with repeats collapsed.
std::string shape(std::string_view s) {
  std::string out;
  std::size_t pos = 0, len;
  while (pos < s.size() && out.size() < 6) {
    const char32_t c = chars::at(s, pos, len);
    char k;
    if (chars::is_upper(c)) k = 'A';
    else if (chars::is_alpha(c)) k = 'a';
    else if (chars::is_digit(c)) k = '9';
    else if (c < 0x80) k = static_cast<char>(c);
    else k = '*';
    if (out.size() < 2 || out[out.size() - 1] != k || out[out.size() - 2] != k) out.push_back(k);
    pos += len;
  }
  return out;
}

char32_t first_char(std::string_view s) {
  std::size_t len;
  return chars::at(s, 0, len);
}

char32_t last_char(std::string_view s) {
  std::size_t start;
  return chars::before(s, s.size(), start);
}

std::string_view token(std::string_view text, const std::vector<Span>& tokens, std::ptrdiff_t i) {
  if (i < 0 || i >= static_cast<std::ptrdiff_t>(tokens.size())) return "<none>";
  const Span s = tokens[static_cast<std::size_t>(i)];
  return text.substr(s.begin, s.size());
}

}  // namespace

bool is_boundary_candidate(std::string_view text, const std::vector<Span>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return true;
  const std::string_view prev_token = token(text, tokens, static_cast<std::ptrdiff_t>(i));
  const std::string_view next_token = token(text, tokens, static_cast<std::ptrdiff_t>(i + 1));
  const char32_t last = last_char(prev_token);
  const char32_t next = first_char(next_token);
  // Sentences do not end in a comma or begin with one (a Dutch ",," is a quote).
  if (prev_token == "," || next_token == "," || next == ';' || next == ')' || next == ']') return false;
  if (!chars::is_word(last)) return true;
  return !chars::is_lower(next) || newlines_after(text, tokens, i) > 0;
}

int newlines_after(std::string_view text, const std::vector<Span>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return 2;
  int n = 0;
  for (std::size_t p = tokens[i].end; p < tokens[i + 1].begin; ++p) n += text[p] == '\n';
  return n;
}

std::vector<bool> quote_states(std::string_view text, const std::vector<Span>& tokens) {
  std::vector<bool> states(tokens.size());
  bool open = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view tok = text.substr(tokens[i].begin, tokens[i].size());
    if (tok == ",," || tok == "``") open = true;
    else if (tok == "''") open = false;
    else if (tok == "\"") open = !open;
    states[i] = open;
    if (newlines_after(text, tokens, i) >= 2) open = false;
  }
  return states;
}

void boundary_features(std::string_view text, const std::vector<Span>& tokens, std::size_t i, bool in_quote,
                       std::vector<std::uint64_t>& out) {
  out.clear();
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::string_view p1 = token(text, tokens, at), p2 = token(text, tokens, at - 1);
  const std::string_view n1 = token(text, tokens, at + 1), n2 = token(text, tokens, at + 2);
  const std::string lp1 = lower(p1), lp2 = lower(p2), ln1 = lower(n1), ln2 = lower(n2);
  const std::string sp1 = shape(p1), sp2 = shape(p2), sn1 = shape(n1), sn2 = shape(n2);
  const int nl = newlines_after(text, tokens, i);
  const std::string gap = nl > 0 ? "nl" : (i + 1 < tokens.size() && tokens[i].end == tokens[i + 1].begin ? "glued" : "sp");
  const std::string period_kept = p1.size() > 1 && p1.back() == '.' && p1.find_first_not_of('.') != std::string_view::npos ? "abbr" : "-";
  auto f = [&](std::string_view tag, std::string_view a = {}, std::string_view b = {}, std::string_view c = {}) {
    out.push_back(mix(mix(mix(mix(kFnvOffset, tag), a), b), c));
  };
  f("bias");
  f("p1", lp1);
  f("n1", ln1);
  f("p2", lp2);
  f("n2", ln2);
  f("sp1", sp1);
  f("sn1", sn1);
  f("sp2", sp2);
  f("sn2", sn2);
  f("p1n1", lp1, ln1);
  f("p2p1", lp2, lp1);
  f("n1n2", ln1, ln2);
  f("sp1sn1", sp1, sn1);
  f("sp2sp1sn1", sp2, sp1, sn1);
  f("sp1sn1sn2", sp1, sn1, sn2);
  f("p1sn1", lp1, sn1);
  f("sp1n1", sp1, ln1);
  f("p2p1sn1", lp2, lp1, sn1);
  f("gap", gap);
  f("gap_p1", gap, lp1);
  f("gap_sn1", gap, sn1);
  f("abbr", period_kept, sn1);
  f("abbr_p1", period_kept, lp1, sn1);
  const std::string_view quote = in_quote ? "open" : "closed";
  f("quote", quote);
  f("quote_sp1sn1", quote, sp1, sn1);
  f("quote_n1", quote, ln1);
}

}  // namespace dyad
