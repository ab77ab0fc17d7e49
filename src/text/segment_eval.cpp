#include "text/segment_eval.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <utility>

namespace dyad {
namespace {

struct GoldToken {
  std::string form;
  bool space_after = true;
};

struct GoldSentence {
  std::string text;
  bool new_paragraph = false;
  std::vector<GoldToken> tokens;
};

std::string field(const std::string& line, int index) {
  std::size_t begin = 0;
  for (int i = 0; i < index; ++i) {
    begin = line.find('\t', begin);
    if (begin == std::string::npos) return {};
    ++begin;
  }
  const std::size_t end = line.find('\t', begin);
  return line.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Places the sentence's tokens in `text` (appended to `raw` at `base`): forms
// are matched character by character, skipping whitespace on both sides. When
// the forms do not spell the text, the sentence text becomes the forms joined
// by their SpaceAfter flags.
void place_sentence(const GoldSentence& s, std::string& raw, std::vector<Sentence>& gold) {
  auto try_align = [&](const std::string& text, std::vector<Token>& tokens) {
    std::size_t pos = 0;
    for (const GoldToken& g : s.tokens) {
      while (pos < text.size() && is_space(text[pos])) ++pos;
      const std::size_t begin = pos;
      for (const char c : g.form) {
        if (is_space(c)) continue;
        while (pos < text.size() && is_space(text[pos]) && pos > begin) ++pos;
        if (pos >= text.size() || text[pos] != c) return false;
        ++pos;
      }
      Token t;
      t.span = {begin, pos};
      t.form = text.substr(begin, pos - begin);
      t.space_after = g.space_after;
      tokens.push_back(std::move(t));
    }
    while (pos < text.size() && is_space(text[pos])) ++pos;
    return pos == text.size();
  };
  std::vector<Token> tokens;
  std::string text = s.text;
  if (!try_align(text, tokens)) {
    text.clear();
    for (const GoldToken& g : s.tokens) text += g.form + (g.space_after ? " " : "");
    while (!text.empty() && text.back() == ' ') text.pop_back();
    tokens.clear();
    try_align(text, tokens);
  }
  const std::size_t base = raw.size();
  raw += text;
  Sentence sentence;
  for (Token& t : tokens) {
    t.span.begin += base;
    t.span.end += base;
  }
  sentence.tokens = std::move(tokens);
  if (!sentence.tokens.empty())
    sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
  gold.push_back(std::move(sentence));
}

// Non-whitespace characters before each byte offset: spans compared in these
// coordinates ignore whitespace, as the CoNLL 2018 evaluation does.
std::vector<std::uint32_t> non_space_prefix(const std::string& text) {
  std::vector<std::uint32_t> prefix(text.size() + 1, 0);
  for (std::size_t i = 0; i < text.size(); ++i) prefix[i + 1] = prefix[i] + (is_space(text[i]) ? 0 : 1);
  return prefix;
}

SpanScore compare(const std::set<std::pair<std::uint32_t, std::uint32_t>>& gold,
                  const std::set<std::pair<std::uint32_t, std::uint32_t>>& system) {
  SpanScore s;
  s.gold = gold.size();
  s.system = system.size();
  for (const auto& span : system) s.correct += gold.count(span);
  return s;
}

}  // namespace

bool read_gold_segmentation(const std::filesystem::path& conllu, std::string& raw_text, std::vector<Sentence>& gold,
                            std::string* error) {
  std::ifstream in(conllu);
  if (!in) {
    if (error) *error = conllu.string() + ": cannot open";
    return false;
  }
  std::vector<GoldSentence> sentences;
  GoldSentence current;
  bool in_sentence = false, pending_paragraph = false;
  std::string paragraph_key;  // "<doc>.p.<n>" of the last sentence id that had one
  std::vector<std::size_t> block_ends;  // sentences that follow the end of a block
  std::size_t skip_until = 0;  // last word id covered by a multi-word token
  std::string line;
  std::size_t number = 0;
  auto finish = [&]() {
    if (in_sentence) sentences.push_back(std::move(current));
    current = GoldSentence{};
    in_sentence = false;
    skip_until = 0;
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newpar", 0) == 0 || line.rfind("# newdoc", 0) == 0) pending_paragraph = true;
      if (line.rfind("# text = ", 0) == 0) current.text = line.substr(9);
      if (line.rfind("# newpar_block = ", 0) == 0) {
        // GUM: "p (6 s) | figure (1 s) | caption (1 s)" names the blocks
        // starting at this sentence and their lengths. A block that ends
        // inside the paragraph (a picture caption before the text) is a
        // separate line of the document, so its end is a paragraph break.
        for (std::size_t open = line.find('('); open != std::string::npos; open = line.find('(', open + 1)) {
          std::size_t end = open + 1, n = 0;
          while (end < line.size() && line[end] >= '0' && line[end] <= '9') n = n * 10 + (line[end++] - '0');
          if (end > open + 1 && line.compare(end, 3, " s)") == 0) block_ends.push_back(sentences.size() + n);
        }
      }
      if (line.rfind("# sent_id = ", 0) == 0) {
        // Lassy-derived treebanks (Alpino, LassySmall) have no "# newpar"
        // but name each sentence "<doc>.p.<paragraph>.s.<sentence>": a new
        // document or paragraph there is a paragraph break in the text.
        const std::string id = line.substr(12);
        const auto s = id.rfind(".s.");
        const auto p = s == std::string::npos ? std::string::npos : id.rfind(".p.", s);
        if (p != std::string::npos && p > 0) {
          std::string key = id.substr(0, s);
          if (!paragraph_key.empty() && key != paragraph_key) pending_paragraph = true;
          paragraph_key = std::move(key);
        }
      }
      continue;
    }
    if (!in_sentence) {
      in_sentence = true;
      current.new_paragraph = pending_paragraph;
      pending_paragraph = false;
    }
    const std::string id = field(line, 0);
    if (id.empty() || std::count(line.begin(), line.end(), '\t') != 9) {
      if (error) *error = conllu.string() + ":" + std::to_string(number) + ": not a CoNLL-U token line";
      return false;
    }
    if (id.find('.') != std::string::npos) continue;  // empty node
    const std::string misc = field(line, 9);
    const bool space_after = misc.find("SpaceAfter=No") == std::string::npos;
    const auto dash = id.find('-');
    try {
      if (dash != std::string::npos) {
        skip_until = std::stoul(id.substr(dash + 1));
        current.tokens.push_back({field(line, 1), space_after});
        continue;
      }
      if (std::stoul(id) <= skip_until) continue;
    } catch (const std::exception&) {
      if (error) *error = conllu.string() + ":" + std::to_string(number) + ": bad token id '" + id + "'";
      return false;
    }
    current.tokens.push_back({field(line, 1), space_after});
  }
  finish();
  for (const std::size_t i : block_ends)
    if (i < sentences.size()) sentences[i].new_paragraph = true;
  raw_text.clear();
  gold.clear();
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) raw_text += sentences[i].new_paragraph ? "\n\n" : " ";
    place_sentence(sentences[i], raw_text, gold);
  }
  return true;
}

SegmentationScores score_segmentation(const std::string& raw_text, const std::vector<Sentence>& gold,
                                      const std::vector<Sentence>& system) {
  const std::vector<std::uint32_t> prefix = non_space_prefix(raw_text);
  auto at = [&](std::size_t offset) { return prefix[std::min(offset, raw_text.size())]; };
  auto collect = [&](const std::vector<Sentence>& sentences, std::set<std::pair<std::uint32_t, std::uint32_t>>& tokens,
                     std::set<std::pair<std::uint32_t, std::uint32_t>>& spans) {
    for (const Sentence& s : sentences) {
      if (s.tokens.empty()) continue;
      for (const Token& t : s.tokens) tokens.insert({at(t.span.begin), at(t.span.end)});
      spans.insert({at(s.tokens.front().span.begin), at(s.tokens.back().span.end)});
    }
  };
  std::set<std::pair<std::uint32_t, std::uint32_t>> gold_tokens, gold_sentences, system_tokens, system_sentences;
  collect(gold, gold_tokens, gold_sentences);
  collect(system, system_tokens, system_sentences);
  return {compare(gold_tokens, system_tokens), compare(gold_sentences, system_sentences)};
}

}  // namespace dyad
