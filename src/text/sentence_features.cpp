#include "text/sentence_features.h"


#include "text/char_class.h"

namespace dyad {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

// Hash of the token as written, capped like lower_hash.
std::uint64_t cased_hash(std::string_view s) {
  std::uint64_t h = kFnvOffset ^ 0xc5;
  for (std::size_t i = 0; i < s.size() && i < 24; ++i) h = (h ^ static_cast<unsigned char>(s[i])) * kFnvPrime;
  return h;
}

// Bucket of a run length: 1, 2, 3, 4, 5-6, 7-9, 10-14, 15+.
std::uint64_t run_bucket(unsigned run) {
  if (run <= 4) return run;
  if (run <= 6) return 5;
  if (run <= 9) return 6;
  if (run <= 14) return 7;
  return 8;
}

// Hash of the lowercased (ASCII) form, capped so huge tokens cost nothing.
std::uint64_t lower_hash(std::string_view s) {
  std::uint64_t h = kFnvOffset;
  for (std::size_t i = 0; i < s.size() && i < 24; ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  }
  return h;
}

// Hash of the shape: "Aa", "AA", "a", "9", ".": letter case and digit
// pattern with repeats collapsed, at most six symbols.
std::uint64_t shape_hash(std::string_view s) {
  char out[6];
  std::size_t n = 0, pos = 0, len;
  while (pos < s.size() && n < 6) {
    const char32_t c = chars::at(s, pos, len);
    char k;
    if (chars::is_upper(c)) k = 'A';
    else if (chars::is_alpha(c)) k = 'a';
    else if (chars::is_digit(c)) k = '9';
    else if (c < 0x80) k = static_cast<char>(c);
    else k = '*';
    if (n < 2 || out[n - 1] != k || out[n - 2] != k) out[n++] = k;
    pos += len;
  }
  std::uint64_t h = kFnvOffset ^ 0x5a;
  for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(out[i])) * kFnvPrime;
  return h;
}

// Combines a feature template id with up to three value hashes.
inline std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  return h * kFnvPrime;
}
inline std::uint64_t combine(std::uint64_t tag, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  const std::uint64_t h = mix(mix(mix(tag * 0x9E3779B97F4A7C15ULL, a), b), c);
  return h ^ (h >> 29);
}

char32_t first_char(std::string_view s) {
  std::size_t len;
  return chars::at(s, 0, len);
}

char32_t last_char(std::string_view s) {
  std::size_t start;
  return chars::before(s, s.size(), start);
}

std::string_view token(std::string_view text, const std::vector<TokenSpan>& tokens, std::ptrdiff_t i) {
  if (i < 0 || i >= static_cast<std::ptrdiff_t>(tokens.size())) return "<none>";
  const TokenSpan s = tokens[static_cast<std::size_t>(i)];
  return text.substr(s.begin, s.size());
}

}  // namespace

bool is_boundary_candidate(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                           bool unpunctuated) {
  if (i + 1 >= tokens.size()) return true;
  const std::string_view prev_token = token(text, tokens, static_cast<std::ptrdiff_t>(i));
  const std::string_view next_token = token(text, tokens, static_cast<std::ptrdiff_t>(i + 1));
  const char32_t last = last_char(prev_token);
  const char32_t next = first_char(next_token);
  // Sentences do not end in a comma or begin with one (a Dutch ",," is a quote).
  if (prev_token == "," || next_token == "," || next == ';' || next == ')' || next == ']') return false;
  // Opening quotes and brackets belong to what follows.
  if (prev_token == ",," || prev_token == "``" || prev_token == "(" || prev_token == "[") return false;
  if (!chars::is_word(last)) return true;
  if (newlines_after(text, tokens, i) > 0) return true;
  return unpunctuated && !chars::is_lower(next);
}

int newlines_after(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return 2;
  int n = 0;
  for (std::size_t p = tokens[i].end; p < tokens[i + 1].begin; ++p) n += text[p] == '\n';
  return n;
}

GapContext GapContextTracker::next(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i) {
  const std::string_view tok = text.substr(tokens[i].begin, tokens[i].size());
  if (tok == ",," || tok == "``") open_ = true;
  else if (tok == "''") open_ = false;
  else if (tok == "\"") open_ = !open_;
  if (run_ < 255) ++run_;
  has_lower_ = has_lower_ || chars::is_lower(first_char(tok));
  GapContext state;
  state.in_quote = open_;
  state.run = static_cast<std::uint8_t>(run_);
  state.run_has_lower = has_lower_;
  const int nl = newlines_after(text, tokens, i);
  if (nl >= 2) open_ = false;
  const char last = tok.back();
  if (nl > 0 || last == '.' || last == '?' || last == '!') {
    run_ = 0;
    has_lower_ = false;
  }
  return state;
}

std::vector<GapContext> gap_contexts(std::string_view text, const std::vector<TokenSpan>& tokens) {
  std::vector<GapContext> states(tokens.size());
  GapContextTracker tracker;
  for (std::size_t i = 0; i < tokens.size(); ++i) states[i] = tracker.next(text, tokens, i);
  return states;
}

std::uint64_t word_hash(std::string_view word) { return lower_hash(word); }

bool starts_label(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                  const WordClasses& classes) {
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::string_view word = token(text, tokens, at);
  if (classes.labels.empty() || token(text, tokens, at + 1) != ":") return false;
  // Title case only: capitals throughout belong to shouted text ("PLEASE
  // NOTE: ..."), which goes on.
  std::size_t len;
  if (!chars::is_upper(chars::at(word, 0, len)) || len >= word.size() || !chars::is_lower(chars::at(word, len, len)))
    return false;
  return classes.labels.contains(lower_hash(word));
}

TokenHashes token_hashes(std::string_view text, const std::vector<TokenSpan>& tokens, std::ptrdiff_t i) {
  const std::string_view t = token(text, tokens, i);
  return {lower_hash(t), shape_hash(t), cased_hash(t)};
}

void boundary_features(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                       const GapContext& context, const WordClasses& classes, std::vector<std::uint64_t>& out) {
  const auto at = static_cast<std::ptrdiff_t>(i);
  const TokenHashes around[4] = {token_hashes(text, tokens, at - 1), token_hashes(text, tokens, at),
                                 token_hashes(text, tokens, at + 1), token_hashes(text, tokens, at + 2)};
  boundary_features(text, tokens, i, context, classes, around, out);
}

void boundary_features(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                       const GapContext& context, const WordClasses& classes, const TokenHashes (&around)[4],
                       std::vector<std::uint64_t>& out) {
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::string_view p1 = token(text, tokens, at);
  const std::uint64_t lp1 = around[1].lower, ln1 = around[2].lower, ln2 = around[3].lower;
  const std::uint64_t sp1 = around[1].shape, sp2 = around[0].shape, sn1 = around[2].shape, sn2 = around[3].shape;
  const int nl = newlines_after(text, tokens, i);
  const std::uint64_t gap = nl > 0 ? 1 : (i + 1 < tokens.size() && tokens[i].end == tokens[i + 1].begin ? 2 : 3);
  const std::uint64_t period_kept =
      p1.size() > 1 && p1.back() == '.' && p1.find_first_not_of('.') != std::string_view::npos ? 1 : 2;
  const std::uint64_t quote = context.in_quote ? 1 : 2;
  const std::uint64_t cn1 = around[2].cased;
  const std::uint64_t run = run_bucket(context.run);
  const std::uint64_t lower = context.run_has_lower ? 1 : 2;
  // An abbreviation with internal periods ("U.S.", "D.C.", "a.m.") ends a
  // sentence far more often than "Mr." or "etc." do.
  const bool abbreviation = period_kept == 1 && p1.front() != '.' && p1.find('.') + 1 < p1.size();
  const std::string_view n1 = token(text, tokens, at + 1);
  const bool capital = chars::is_upper(first_char(n1));
  const bool starter = abbreviation && capital && classes.starters.contains(ln1);
  const bool label = capital && token(text, tokens, at + 2) == ":" && classes.labels.contains(ln1);
  // Before a sentence starter the word ahead of "U.S." says little ("the
  // U.S." mostly goes on, "the U.S. The" does not) and would veto the
  // boundary: a fixed placeholder stands in for it there.
  constexpr std::uint64_t kLeftOut = 0x5eed;
  const std::uint64_t lp2 = starter ? kLeftOut : around[0].lower;
  // Template ids are fixed numbers: changing them invalidates trained models.
  out.resize(kBoundaryFeatures);
  std::uint64_t* f = out.data();
  *f++ = combine(1, 0);
  *f++ = combine(2, lp1);
  *f++ = combine(3, ln1);
  *f++ = combine(4, lp2);
  *f++ = combine(5, ln2);
  *f++ = combine(6, sp1);
  *f++ = combine(7, sn1);
  *f++ = combine(8, sp2);
  *f++ = combine(9, sn2);
  *f++ = combine(10, lp1, ln1);
  *f++ = combine(11, lp2, lp1);
  *f++ = combine(12, ln1, ln2);
  *f++ = combine(13, sp1, sn1);
  *f++ = combine(14, sp2, sp1, sn1);
  *f++ = combine(15, sp1, sn1, sn2);
  *f++ = combine(16, lp1, sn1);
  *f++ = combine(17, sp1, ln1);
  *f++ = combine(18, lp2, lp1, sn1);
  *f++ = combine(19, gap);
  *f++ = combine(20, gap, lp1);
  *f++ = combine(21, gap, sn1);
  *f++ = combine(22, period_kept, sn1);
  *f++ = combine(23, period_kept, lp1, sn1);
  *f++ = combine(24, quote);
  *f++ = combine(25, quote, sp1, sn1);
  *f++ = combine(26, quote, ln1);
  *f++ = combine(27, period_kept, ln1);
  *f++ = combine(28, nl > 0 ? 1 : 2, sp1, sn1);
  *f++ = combine(29, cn1);
  *f++ = combine(30, sp1, cn1);
  *f++ = combine(31, run, sp1, sn1);
  *f++ = combine(32, run, lower, gap);
  *f++ = combine(33, lower, sp1, cn1);
  // The word-class features fire only where their class applies, so they
  // leave the weights of all other gaps alone.
  if (abbreviation) {
    *f++ = combine(34, starter);
    *f++ = combine(35, starter, gap);
  }
  if (label) {
    *f++ = combine(36, gap);
    *f++ = combine(37, sp1);
    *f++ = combine(38, period_kept);
  }
  out.resize(static_cast<std::size_t>(f - out.data()));
}

}  // namespace dyad
