#include <gtest/gtest.h>

#include "segment_test_util.h"

namespace dyad {
namespace {

using testing::segmenter;
using testing::sentences_of;
using S = std::vector<std::string>;

TEST(Sentences, AbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_EQ(sentences_of("en", "Dr. Smith met J. F. Kennedy in the U.S. capital. He left."),
            (S{"Dr. Smith met J. F. Kennedy in the U.S. capital.", "He left."}));
  EXPECT_EQ(sentences_of("nl", "Dhr. Rutte sprak o.a. met de minister. Daarna ging hij naar huis."),
            (S{"Dhr. Rutte sprak o.a. met de minister.", "Daarna ging hij naar huis."}));
}

TEST(Sentences, ClosingQuotesAndBracketsStayWithTheSentence) {
  EXPECT_EQ(sentences_of("en", "He said: \"We will win.\" Then he left. (It rained.) Why?! Nobody knows..."),
            (S{"He said: \"We will win.\"", "Then he left.", "(It rained.)", "Why?!", "Nobody knows..."}));
  EXPECT_EQ(sentences_of("nl", "Hij zei:,, Wij winnen.'' Daarna vertrok hij."),
            (S{"Hij zei:,, Wij winnen.''", "Daarna vertrok hij."}));
}

TEST(Sentences, HeadlinesListsAndBlankLines) {
  EXPECT_EQ(sentences_of("en", "Talks resume in Geneva\nNegotiators met on Monday.\n\nA second paragraph"),
            (S{"Talks resume in Geneva", "Negotiators met on Monday.", "A second paragraph"}));
  EXPECT_EQ(sentences_of("en", "Demands:\n- a ceasefire\n- elections\nThe army refused."),
            (S{"Demands:", "- a ceasefire", "- elections", "The army refused."}));
  // A wrapped line continues its sentence.
  EXPECT_EQ(sentences_of("en", "The minister said that the\nagreement holds."), (S{"The minister said that the\nagreement holds."}));
}

TEST(Sentences, DutchHeadlineRunIntoTextOnOneLine) {
  // No punctuation and no line break: the model ends the headline before a
  // capitalised sentence start, but not inside a title and name.
  EXPECT_EQ(sentences_of("nl", "Kabinet wil meer geld voor onderwijs Het kabinet trekt volgend jaar extra geld uit."),
            (S{"Kabinet wil meer geld voor onderwijs", "Het kabinet trekt volgend jaar extra geld uit."}));
  EXPECT_EQ(sentences_of("nl", "Premier Rutte zei dat het kabinet doorgaat. Burgemeester Van der Laan opende de brug."),
            (S{"Premier Rutte zei dat het kabinet doorgaat.", "Burgemeester Van der Laan opende de brug."}));
}

TEST(Sentences, Datelines) {
  const auto s = sentences_of("en", "SYDNEY, 17 MARCH 2018 \xE2\x80\x93 Protesters marched on Saturday. Police watched.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Police watched.");
}

TEST(Sentences, SpansCoverTheirTokens) {
  const std::string text = "One. Two three! \"Four?\" Five";
  for (const Sentence& s : segmenter("en").segment(text)) {
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_EQ(s.span.begin, s.tokens.front().span.begin);
    EXPECT_EQ(s.span.end, s.tokens.back().span.end);
  }
  EXPECT_TRUE(segmenter("en").segment("").empty());
  EXPECT_TRUE(segmenter("en").segment(" \n\n \t").empty());
}

}  // namespace
}  // namespace dyad
