#include "text/sentence_splitter.h"

#include "text/char_class.h"
#include "text/sentence_features.h"

namespace dyad {
namespace {

bool is_terminal_token(std::string_view tok) {
  const char c = tok.back();
  return c == '.' || c == '?' || c == '!' || c == ':' || c == ';';
}

// Whether a line starting with this token looks like a new sentence, heading
// or list item rather than the continuation of a wrapped line.
bool starts_new_line_unit(std::string_view tok) {
  std::size_t len;
  const char32_t c = chars::at(tok, 0, len);
  return !chars::is_lower(c) && c != ',' && c != ')' && c != ';';
}

char32_t first_char(std::string_view tok) {
  std::size_t len;
  return chars::at(tok, 0, len);
}

// Whether the line holding byte `pos` has its longer words mostly capitalised.
bool line_is_title_case(std::string_view text, std::size_t pos) {
  std::size_t begin = text.rfind('\n', pos);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  int upper = 0, lower = 0;
  for (std::size_t i = begin; i < end;) {
    while (i < end && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < end && text[j] != ' ') ++j;
    if (j - i >= 4) {
      const char32_t c = first_char(text.substr(i, j - i));
      upper += chars::is_upper(c);
      lower += chars::is_lower(c);
    }
    i = j;
  }
  return upper + lower >= 3 && lower * 5 <= upper + lower;
}

}  // namespace

bool SentenceSplitter::is_title(std::string_view token) const {
  if (token.size() < 2 || token.back() != '.' || token.size() > 16) return false;
  if (titles_.contains(token)) return true;
  if (token[0] < 'A' || token[0] > 'Z') return false;
  std::string lowered(token);
  lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');  // sentence-initial "Dhr."
  return titles_.contains(lowered);
}

bool SentenceSplitter::ends_sentence(std::string_view text, const std::vector<TokenSpan>& tokens, std::size_t i,
                                     const GapContext& context, std::vector<std::uint64_t>& features,
                                     HashCache& cache) const {
  const int newlines = newlines_after(text, tokens, i);
  if (newlines >= 2) return true;
  const std::string_view prev = text.substr(tokens[i].begin, tokens[i].size());
  const std::string_view next = text.substr(tokens[i + 1].begin, tokens[i + 1].size());
  // A word of office at a line's end before a capitalised line is a lead
  // broken inside a name ("... said Prime Minister\nAna Vale"), unless the
  // line is a title-case headline ("Ruritania Appoints New Prime Minister").
  if (newlines == 1 && prev.size() <= 32 && chars::is_alpha(static_cast<unsigned char>(prev.back())) &&
      titles_.contains(ascii_lower(prev)) && chars::is_upper(first_char(next)) && !line_is_title_case(text, tokens[i].begin))
    return false;
  // A line without final punctuation followed by one that starts afresh is a
  // headline, dateline or list item.
  if (newlines == 1 && !is_terminal_token(prev) && prev.back() != ',' && starts_new_line_unit(next)) return true;
  // A bullet at the start of a line begins a list item whatever precedes it.
  if (newlines == 1 && (next == "-" || next == "*" || next == "\u2022" || next == "\u00B7" || next == "+")) return true;
  if (!is_boundary_candidate(text, tokens, i, unpunctuated_ends_)) return false;
  if (is_title(prev)) return false;
  // A full stop (or a closing quote after one) at a line's end before a
  // capitalised line: pages break lines between paragraphs and captions,
  // and the model, trained on text without such breaks, often joins them.
  if (newlines == 1) {
    std::size_t len;
    const bool upper_next = chars::is_upper(chars::at(next, 0, len));
    const auto final_mark = [](std::string_view tok) {
      const char c = tok.back();
      return c == '.' || c == '!' || c == '?';
    };
    const bool closing = prev == "\"" || prev == "''" || prev == "\u201D" || prev == "\u2019" || prev == ")";
    if (upper_next && (final_mark(prev) || (closing && i > 0 && final_mark(text.substr(tokens[i - 1].begin, tokens[i - 1].size())))))
      return true;
  }
  // "partners.Under": the tokenizer splits a full stop glued between a
  // lower-case word and a capitalised one only where a space was lost
  // between two sentences; the model has never seen such a gap.
  if (i > 0 && (prev == "." || prev == "?" || prev == "!") && tokens[i - 1].end == tokens[i].begin &&
      tokens[i].end == tokens[i + 1].begin) {
    std::size_t start, len;
    const std::string_view word = text.substr(tokens[i - 1].begin, tokens[i - 1].size());
    if (chars::is_lower(chars::before(word, word.size(), start)) && chars::is_upper(chars::at(next, 0, len)))
      return true;
  }
  if (model_) {
    // A credit label ("Image:", "Photo:") starts its own sentence, also when
    // a caption without final punctuation runs into it ("... Space Station
    // Image: NASA."); the words come from the training files, so this holds
    // for any language whose data has them. Not after a colon ("Subject: Re:").
    if (prev != ":" && starts_label(text, tokens, i + 1, model_->classes())) return true;
    TokenHashes around[4];
    for (std::ptrdiff_t k = 0; k < 4; ++k) {
      const std::ptrdiff_t index = static_cast<std::ptrdiff_t>(i) - 1 + k;
      const std::size_t slot = static_cast<std::size_t>(index) & 3;
      if (cache.index[slot] != index) {
        cache.index[slot] = index;
        cache.hashes[slot] = token_hashes(text, tokens, index);
      }
      around[k] = cache.hashes[slot];
    }
    boundary_features(text, tokens, i, context, model_->classes(), around, features);
    // A boundary after a word on the same line (a headline run into its
    // text) must clear a margin: such guesses split names more often than not.
    std::size_t start;
    const bool word_gap = newlines == 0 && chars::is_word(chars::before(prev, prev.size(), start));
    // "Premier Ana Vale said ...": a word of office before a capitalised word is a title and a name.
    if (word_gap && prev.size() <= 32 && titles_.contains(ascii_lower(prev))) return false;
    // "Minister van Buitenlandse Zaken Jan Peeters", "Minister for Foreign
    // Affairs Ana Vale": so is the office a title's short linking words and
    // capitalised words lead to.
    if (word_gap && chars::is_upper(first_char(prev))) {
      for (std::size_t k = i, steps = 0; k-- > 0 && steps < 5; ++steps) {
        const std::string_view w = text.substr(tokens[k].begin, tokens[k].size());
        if (w.size() <= 32 && titles_.contains(ascii_lower(w))) return false;
        const bool linker = w.size() <= 4 && chars::is_lower(first_char(w));
        if (!linker && !chars::is_upper(first_char(w))) break;
        if (newlines_after(text, tokens, k) > 0) break;
      }
    }
    return model_->score(features) > (word_gap ? unpunctuated_margin_ : 0.0);
  }
  const char last = prev.back();
  if (last != '.' && last != '?' && last != '!') return false;
  // Without a model, a kept period (abbreviation) only ends a sentence at a line break.
  if (last == '.' && prev.size() > 1 && prev.find_first_not_of('.') != std::string_view::npos) return newlines > 0;
  return starts_new_line_unit(next);
}

std::vector<std::size_t> SentenceSplitter::split(std::string_view text, const std::vector<TokenSpan>& tokens) const {
  std::vector<std::size_t> ends;
  std::vector<std::uint64_t> features;
  HashCache cache;
  GapContextTracker contexts;
  std::size_t first = 0;  // first token of the current sentence
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const GapContext context = contexts.next(text, tokens, i);  // every token, even past the cap
    if (i + 1 - first >= max_tokens_ || ends_sentence(text, tokens, i, context, features, cache)) {
      ends.push_back(i + 1);
      first = i + 1;
    }
  }
  if (!tokens.empty()) ends.push_back(tokens.size());
  return ends;
}

}  // namespace dyad
