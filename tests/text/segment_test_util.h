// Shared helpers for the segmenter tests: the committed language data and a
// compact view of a segmentation ("tokens|separated|so").
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "text/segmenter.h"

namespace dyad::testing {

inline const Segmenter& segmenter(const std::string& lang) {
  static std::unique_ptr<Segmenter> en, nl;
  auto& slot = lang == "en" ? en : nl;
  if (!slot) {
    std::string error;
    slot = load_segmenter(std::string(DYAD_SOURCE_DIR) + "/data", lang, &error);
    if (!slot) ADD_FAILURE() << error;
  }
  return *slot;
}

// Tokens of all sentences joined by '|', sentences separated by " || ".
inline std::string tokens_of(const std::string& lang, const std::string& text) {
  std::string out;
  for (const Sentence& s : segmenter(lang).segment(text)) {
    if (!out.empty()) out += " || ";
    for (std::size_t i = 0; i < s.tokens.size(); ++i) out += (i ? "|" : "") + s.tokens[i].form;
  }
  return out;
}

// All tokens joined by '|', whatever the sentence boundaries.
inline std::string only_tokens(const std::string& lang, const std::string& text) {
  std::string out;
  for (const Sentence& s : segmenter(lang).segment(text))
    for (const Token& t : s.tokens) out += (out.empty() ? "" : "|") + t.form;
  return out;
}

inline std::vector<std::string> sentences_of(const std::string& lang, const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : segmenter(lang).segment(text)) out.push_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

}  // namespace dyad::testing
