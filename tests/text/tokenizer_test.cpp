#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "segment_test_util.h"

namespace dyad {
namespace {

using testing::segmenter;
using testing::tokens_of;

TEST(Tokenizer, EnglishContractionsAbbreviationsAndHyphens) {
  EXPECT_EQ(tokens_of("en", "Dr. Smith didn't sign the U.S.-Kenya deal."),
            "Dr.|Smith|didn't|sign|the|U.S.|-|Kenya|deal|.");
}

TEST(Tokenizer, EnglishMultiWordTokensCarryTheirWords) {
  const auto sentences = segmenter("en").segment("I'm sure Bush's aides cannot go, they're gonna stay.");
  ASSERT_EQ(sentences.size(), 1u);
  const auto& t = sentences[0].tokens;
  ASSERT_GE(t.size(), 8u);
  EXPECT_EQ(t[0].form, "I'm");
  EXPECT_EQ(t[0].words, (std::vector<std::string>{"I", "'m"}));
  EXPECT_EQ(t[2].words, (std::vector<std::string>{"Bush", "'s"}));
  EXPECT_EQ(t[4].words, (std::vector<std::string>{"can", "not"}));
  EXPECT_EQ(t[7].words, (std::vector<std::string>{"they", "'re"}));
  EXPECT_EQ(t[8].words, (std::vector<std::string>{"gon", "na"}));
  EXPECT_TRUE(t[1].words.empty());
  EXPECT_EQ(segmenter("en").segment("Can't stop.")[0].tokens[0].words, (std::vector<std::string>{"Ca", "n't"}));
}

TEST(Tokenizer, EnglishHyphenPolicy) {
  EXPECT_EQ(tokens_of("en", "a search-engine e-mail from a non-profit"), "a|search|-|engine|e-mail|from|a|non-profit");
  EXPECT_EQ(tokens_of("en", "call 713-853-1696 or 853-3242 on 2018-11-22 for 1969-1970"),
            "call|713-853-1696|or|853-3242|on|2018-11-22|for|1969|-|1970");
}

TEST(Tokenizer, EnglishNumbersAndUnits) {
  EXPECT_EQ(tokens_of("en", "It cost $1,000.50 (3.5%) at 17:30 on the 2nd, a 35mm lens from the 1980s"),
            "It|cost|$|1,000.50|(|3.5|%|)|at|17:30|on|the|2nd|,|a|35|mm|lens|from|the|1980s");
}

TEST(Tokenizer, WebTokens) {
  EXPECT_EQ(tokens_of("en", "See http://example.com/a-b?x=1, mail jo.doe@example.org or @dyad #news :)"),
            "See|http://example.com/a-b?x=1|,|mail|jo.doe@example.org|or|@dyad|#news|:)");
  EXPECT_EQ(tokens_of("en", "(<spahnn@hnks.com>)"), "(|<|spahnn@hnks.com|>|)");
}

TEST(Tokenizer, InitialsQuotesEllipsesAndSlashes) {
  EXPECT_EQ(tokens_of("en", "J. F. Kennedy said \"wait...\" and/or b/c"),
            "J.|F.|Kennedy|said|\"|wait|...|\"|and|/|or|b/c");
  EXPECT_EQ(tokens_of("en", "Really?! 'Yes'"), "Really|?!|'|Yes|'");
  EXPECT_EQ(tokens_of("en", "the parents' car"), "the|parents'|car");
}

TEST(Tokenizer, Dutch) {
  EXPECT_EQ(tokens_of("nl", "De EU-lidstaten, o.a. Nederland, tekenden dhr. Rutte's plan."),
            "De|EU-lidstaten|,|o.a.|Nederland|,|tekenden|dhr.|Rutte's|plan|.");
  EXPECT_EQ(tokens_of("nl", "'s Morgens zo'n 5% meer, m.b.t. counter-terrorisme en/of land- en tuinbouw, nr. 3"),
            "'s|Morgens|zo'n|5%|meer|,|m.b.t.|counter-terrorisme|en/of|land-|en|tuinbouw|,|nr.|3");
  EXPECT_EQ(testing::only_tokens("nl", "Hij zei:,, Kom maar.'' 1.000,50 euro"), "Hij|zei|:|,,|Kom|maar|.|''|1.000,50|euro");
}

TEST(Tokenizer, NormalisedFormsAndSpans) {
  const std::string text = "\xE2\x80\x9CHe\xE2\x80\x99s here\xE2\x80\x9D \xE2\x80\x94 she said\xE2\x80\xA6";
  const auto sentences = segmenter("en").segment(text);
  std::vector<std::string> norms;
  for (const auto& s : sentences)
    for (const auto& t : s.tokens) {
      EXPECT_EQ(text.substr(t.span.begin, t.span.size()), t.form);
      norms.push_back(t.norm);
    }
  EXPECT_EQ(norms, (std::vector<std::string>{"\"", "He's", "here", "\"", "-", "she", "said", "..."}));
}

TEST(Tokenizer, SpacesAfterAndRoundTrip) {
  const std::string text = "  Hello,world (ok).\n\nNext line \t here ";
  std::string rebuilt;
  for (const auto& s : segmenter("en").segment(text))
    for (const auto& t : s.tokens) {
      ASSERT_EQ(text.substr(t.span.begin, t.span.size()), t.form);
      rebuilt += t.form + (t.space_after ? " " : "");
    }
  EXPECT_EQ(rebuilt, "Hello,world (ok). Next line here ");
}

// Found by fuzz_tokenizer: NFC folds the space into the combining mark's chunk.
TEST(Tokenizer, CombiningMarkAfterSpaceKeepsSpanOffTheSpace) {
  const std::string text = "See \xCD\x81t\xC3\xA9 x";
  for (const auto& s : segmenter("en").segment(text))
    for (const auto& t : s.tokens) {
      EXPECT_EQ(text.substr(t.span.begin, t.span.size()), t.form);
      EXPECT_EQ(t.form.find(' '), std::string::npos) << t.form;
    }
}

// Pathological input: one long run with punctuation every few characters and
// no whitespace. Speed is measured by bench/bench_segment, not here; this
// checks the result stays well-formed (every span in order and in bounds).
TEST(Tokenizer, LongInputWithoutSpacesStaysWellFormed) {
  std::string text(1'000'000, 'a');
  for (std::size_t i = 0; i < text.size(); i += 7) text[i] = "-.,'/:"[i % 6];
  const auto sentences = segmenter("en").segment(text);
  ASSERT_FALSE(sentences.empty());
  std::size_t previous_end = 0, tokens = 0;
  for (const auto& s : sentences) {
    for (const auto& t : s.tokens) {
      ASSERT_LE(previous_end, t.span.begin);
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_LE(t.span.end, text.size());
      previous_end = t.span.end;
      ++tokens;
    }
  }
  EXPECT_GT(tokens, text.size() / 20);
}

// Malformed language data must name the file and line.
TEST(SegmenterData, ErrorsNameFileAndLine) {
  const auto dir = std::filesystem::temp_directory_path() / "dyad_segmenter_data_test";
  std::filesystem::create_directories(dir / "lang" / "xx");
  std::ofstream(dir / "lang" / "xx" / "tokenizer.conf") << "split_hyphens yes\n";
  std::ofstream(dir / "lang" / "xx" / "abbreviations.txt") << "# comment\nDr.\nMr\n";
  std::string error;
  EXPECT_EQ(load_segmenter(dir, "xx", &error), nullptr);
  EXPECT_NE(error.find("abbreviations.txt:3"), std::string::npos) << error;
  std::ofstream(dir / "lang" / "xx" / "abbreviations.txt") << "Dr.\n";
  std::ofstream(dir / "lang" / "xx" / "tokenizer.conf") << "split_hyphens maybe\n";
  EXPECT_EQ(load_segmenter(dir, "xx", &error), nullptr);
  EXPECT_NE(error.find("tokenizer.conf:1"), std::string::npos) << error;
  std::ofstream(dir / "lang" / "xx" / "tokenizer.conf") << "split_hyphens no\nunpunctuated_end_margin -1\n";
  EXPECT_EQ(load_segmenter(dir, "xx", &error), nullptr);
  EXPECT_NE(error.find("tokenizer.conf:2"), std::string::npos) << error;
  std::ofstream(dir / "lang" / "xx" / "tokenizer.conf") << "split_hyphens no\nunpunctuated_end_margin 1.5\n";
  EXPECT_NE(load_segmenter(dir, "xx", &error), nullptr) << error;
  EXPECT_EQ(load_segmenter(dir, "zz", &error), nullptr);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
