#include <gtest/gtest.h>

#include <algorithm>

#include "segment_test_util.h"
#include "text/front_end.h"

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

// A picture credit starts its own sentence, also when the caption before it
// has no final punctuation; the label words come from the training files and
// data/lang/<lang>/labels.txt.
TEST(Sentences, CreditLabelStartsASentence) {
  EXPECT_EQ(sentences_of("en", "The agency sent its greetings from the orbiting laboratory Image: NASA / ESA."),
            (S{"The agency sent its greetings from the orbiting laboratory", "Image: NASA / ESA."}));
  EXPECT_EQ(sentences_of("en", "Delegates gather before the opening session in Nairobi Photo: Reuters."),
            (S{"Delegates gather before the opening session in Nairobi", "Photo: Reuters."}));
  EXPECT_EQ(sentences_of("en", "The summit was held this week in Washington D.C. Image: United States Navy."),
            (S{"The summit was held this week in Washington D.C.", "Image: United States Navy."}));
  // Not after a colon, and not in capitals throughout.
  EXPECT_EQ(sentences_of("en", "Subject: Image: the new logo"), (S{"Subject: Image: the new logo"}));
  EXPECT_EQ(sentences_of("nl", "Demonstranten bij het provinciehuis in Arnhem Foto: ANP."),
            (S{"Demonstranten bij het provinciehuis in Arnhem", "Foto: ANP."}));
}

// An abbreviation with internal periods ends the sentence before a frequent
// sentence starter, and goes on before a name or title.
TEST(Sentences, SentenceFinalAbbreviationBeforeANewSentence) {
  EXPECT_EQ(sentences_of("en", "The minister flew back to the U.S. The President received her on Monday."),
            (S{"The minister flew back to the U.S.", "The President received her on Monday."}));
  EXPECT_EQ(sentences_of("en", "The talks resumed in Washington D.C. They ended without an agreement."),
            (S{"The talks resumed in Washington D.C.", "They ended without an agreement."}));
  EXPECT_EQ(sentences_of("en", "The U.S. President met the U.K. Prime Minister in Washington D.C. on Monday."),
            (S{"The U.S. President met the U.K. Prime Minister in Washington D.C. on Monday."}));
}

TEST(Sentences, Datelines) {
  const auto s = sentences_of("en", "SYDNEY, 17 MARCH 2018 \xE2\x80\x93 Protesters marched on Saturday. Police watched.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Police watched.");
}

// The segmenter cannot tell a dateline's dash from one inside a sentence;
// the front end cuts the lead sentence where the story begins, collected or streamed.
TEST(Sentences, FrontEndCutsTheDatelineOffTheLeadSentence) {
  TextFrontEnd front_end(std::string(DYAD_SOURCE_DIR) + "/data");
  const std::string text = "KYIV, Feb. 12 (Example Wire) - Ukraine and Poland reached an agreement. Farmers protested.";
  Document doc;
  doc.id = "wire";
  doc.lang = "en";
  doc.text = text;
  std::vector<std::string> streamed;
  Document copy = doc;
  ASSERT_TRUE(front_end.process_each(copy, [](const Diagnostic&) {}, [](const Document&) {},
                                     [&](Sentence& s) { streamed.push_back(text.substr(s.span.begin, s.span.size())); }));
  const auto collected = front_end.process(std::move(doc), [](const Diagnostic&) {});
  ASSERT_TRUE(collected);
  S spans;
  for (const auto& s : collected->sentences) spans.push_back(text.substr(s.span.begin, s.span.size()));
  EXPECT_EQ(spans, (S{"KYIV, Feb. 12 (Example Wire) -", "Ukraine and Poland reached an agreement.", "Farmers protested."}));
  EXPECT_EQ(streamed, spans);
  EXPECT_FALSE(collected->document.date);  // no year in the dateline: no date
}

// The 50 MB single-line document, here without any punctuation: it
// is cut into sentences of at most kMaxSentenceTokens tokens, streamed one by
// one, and every word is still a token. (Memory and speed are measured
// outside the tests: /usr/bin/time -v dyad segment, bench/bench_segment.)
TEST(Sentences, FiftyMegabyteSingleLineIsCutIntoBoundedSentences) {
  const std::string words = "Kenya signed a pact with the Netherlands ";
  std::string big;
  big.reserve(50u << 20);
  while (big.size() + words.size() <= (50u << 20)) big += words;
  std::size_t sentences = 0, tokens = 0, longest = 0, last_end = 0;
  bool ordered = true;
  segmenter("en").segment_each(big, [&](Sentence& s) {
    ++sentences;
    tokens += s.tokens.size();
    longest = std::max(longest, s.tokens.size());
    ordered = ordered && s.span.begin >= last_end && s.span.end > s.span.begin;
    last_end = s.span.end;
  });
  EXPECT_EQ(tokens, big.size() / words.size() * 7);
  EXPECT_LE(longest, Segmenter::kMaxSentenceTokens);
  EXPECT_GE(sentences, tokens / Segmenter::kMaxSentenceTokens);
  EXPECT_TRUE(ordered);
  EXPECT_EQ(last_end, big.size() - 1);  // the final space is not a token
}

TEST(Sentences, StreamedSentencesEqualCollectedOnes) {
  const std::string text = "\u201CWe won't go,\u201D he said. Dr. Smith left\u2026 The end\n\nNext para";
  std::vector<Sentence> streamed;
  segmenter("en").segment_each(text, [&](Sentence& s) { streamed.push_back(s); });
  const std::vector<Sentence> collected = segmenter("en").segment(text);
  ASSERT_EQ(streamed.size(), collected.size());
  for (std::size_t i = 0; i < streamed.size(); ++i) {
    ASSERT_EQ(streamed[i].tokens.size(), collected[i].tokens.size());
    for (std::size_t t = 0; t < streamed[i].tokens.size(); ++t) {
      const Token &a = streamed[i].tokens[t], &b = collected[i].tokens[t];
      EXPECT_EQ(a.span, b.span);
      EXPECT_EQ(a.form, b.form);
      EXPECT_EQ(a.norm, b.norm);
      EXPECT_EQ(a.words, b.words);
      EXPECT_EQ(a.space_after, b.space_after) << a.form;
    }
  }
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
