#include <gtest/gtest.h>

#include "pipeline/annotate.h"

namespace dyad::pipeline {
namespace {

TEST(Pipeline, MultiWordTokensBecomeWordsMappedToTheirToken) {
  // "Kenya doesn't sign": the contraction is one token, two words.
  Sentence s;
  s.tokens.push_back(Token{{0, 5}, "Kenya", "Kenya"});
  Token t{{6, 13}, "doesn't", "doesn't"};
  t.words = {"does", "n't"};
  s.tokens.push_back(t);
  s.tokens.push_back(Token{{14, 18}, "sign", "sign"});
  const AnnotatedSentence a = to_words(s);
  ASSERT_EQ(a.parsed.words.size(), 4u);
  EXPECT_EQ(a.parsed.words[1].form, "does");
  EXPECT_EQ(a.parsed.words[2].form, "n't");
  EXPECT_EQ(a.word_token, (std::vector<std::size_t>{0, 1, 1, 2}));
  // A mention's byte span maps to the words of the tokens it overlaps.
  EXPECT_EQ(word_range(a, s, Span{0, 5}), (std::pair<std::size_t, std::size_t>{0, 1}));
  EXPECT_EQ(word_range(a, s, Span{6, 18}), (std::pair<std::size_t, std::size_t>{1, 4}));
  EXPECT_EQ(word_range(a, s, Span{20, 22}), (std::pair<std::size_t, std::size_t>{0, 0}));
}

}  // namespace
}  // namespace dyad::pipeline
