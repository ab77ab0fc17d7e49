#include "text/normalize.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Every normalised byte must map to a byte of the original that starts a
// character, in non-decreasing order, and the map must end at the original's size.
void expect_consistent_map(std::string_view original, const NormalizedText& n) {
  EXPECT_EQ(n.to_original(n.text.size()), original.size());
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    ASSERT_LE(n.to_original(i), original.size());
    if (i > 0) {
      EXPECT_LE(n.to_original(i - 1), n.to_original(i)) << "at " << i;
    }
    if (n.to_original(i) < original.size()) {
      EXPECT_NE(static_cast<unsigned char>(original[n.to_original(i)]) & 0xC0, 0x80) << "at " << i;
    }
  }
}

TEST(Normalize, ComposesDecomposedAccentsToNfc) {
  const std::string original = "caf" "e\u0301 au lait";
  const NormalizedText n = normalize(original);
  EXPECT_EQ(n.text, "caf\u00e9 au lait");
  expect_consistent_map(original, n);
  // "café" in the normalised text spans all of "cafe" + U+0301 in the original.
  EXPECT_EQ(n.original_span({0, 5}), (Span{0, 6}));
  EXPECT_EQ(n.original_span({6, 8}), (Span{7, 9}));  // "au"
}

TEST(Normalize, ComposesAccentAtTextStartAndAfterNonAsciiBase) {
  EXPECT_EQ(normalize("e\u0301").text, "\u00e9");
  EXPECT_EQ(normalize("\u00e6\u0301").text, "\u01fd");  // æ + acute = ǽ
  EXPECT_EQ(normalize("\u0301x").text, "\u0301x");       // a lone mark stays
  EXPECT_EQ(normalize("A\u030a").text, "\u00c5");
  EXPECT_EQ(normalize("\u1100\u1161").text, "\uac00");   // Hangul jamo compose
}

TEST(Normalize, AlreadyNormalTextIsUnchangedAndMapsOneToOne) {
  const std::string original = "Koenders zei: \"We hebben een akkoord.\"\nNa\u00efef?";
  const NormalizedText n = normalize(original);
  EXPECT_EQ(n.text, original);
  // Each byte maps to the first byte of its character.
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    std::size_t start = i;
    while (start > 0 && (static_cast<unsigned char>(original[start]) & 0xC0) == 0x80) --start;
    EXPECT_EQ(n.to_original(i), start) << "at " << i;
  }
  expect_consistent_map(original, n);
  EXPECT_EQ(n.pieces.size(), 1u);  // unchanged text is one piece of the map
}

TEST(Normalize, UnifiesQuotes) {
  EXPECT_EQ(normalize("\u201cWe\u201d \u2018x\u2019 \u201eNL\u201d \u00abfr\u00bb \u2039a\u203a").text,
            "\"We\" 'x' \"NL\" \"fr\" 'a'");
  EXPECT_EQ(normalize("don\u2019t").text, "don't");
}

TEST(Normalize, UnifiesDashesAndHyphens) {
  EXPECT_EQ(normalize("2016\u20132018 \u2014 a\u2010b \u2212 5 \u2011").text, "2016-2018 - a-b - 5 -");
}

TEST(Normalize, UnifiesSpacesAndDropsInvisibleCharacters) {
  EXPECT_EQ(normalize("a\u00a0b\u2009c\u202fd\te").text, "a b c d e");
  EXPECT_EQ(normalize("\ufeffco\u00adop\u200beration").text, "cooperation");
  EXPECT_EQ(normalize("wait\u2026").text, "wait...");
}

TEST(Normalize, UnifiesLineBreaks) {
  EXPECT_EQ(normalize("a\r\nb\rc\nd\u2028e").text, "a\nb\nc\nd\ne");
  const std::string original = "a\r\nb";
  const NormalizedText n = normalize(original);
  EXPECT_EQ(n.original_span({2, 3}), (Span{3, 4}));  // "b"
  expect_consistent_map(original, n);
}

TEST(Normalize, OffsetsMapBackThroughReplacements) {
  const std::string original = "\u201cKenya\u201d \u2013 Nederland";
  const NormalizedText n = normalize(original);
  ASSERT_EQ(n.text, "\"Kenya\" - Nederland");
  expect_consistent_map(original, n);
  const Span kenya = n.original_span({1, 6});
  EXPECT_EQ(original.substr(kenya.begin, kenya.size()), "Kenya");
  const Span quoted = n.original_span({0, 7});
  EXPECT_EQ(original.substr(quoted.begin, quoted.size()), "\u201cKenya\u201d");
  const Span dash = n.original_span({8, 9});
  EXPECT_EQ(original.substr(dash.begin, dash.size()), "\u2013");
  const Span nl = n.original_span({10, 19});
  EXPECT_EQ(original.substr(nl.begin, nl.size()), "Nederland");
}

TEST(Normalize, DroppedCharactersDoNotBreakTheMap) {
  const std::string original = "co\u00adop";
  const NormalizedText n = normalize(original);
  ASSERT_EQ(n.text, "coop");
  expect_consistent_map(original, n);
  EXPECT_EQ(n.original_span({0, 4}), (Span{0, original.size()}));
  EXPECT_EQ(n.original_span({2, 4}), (Span{4, 6}));
}

TEST(Normalize, EmptyTextAndNormalizeForm) {
  const NormalizedText n = normalize("");
  EXPECT_EQ(n.text, "");
  EXPECT_EQ(n.to_original(0), 0u);
  EXPECT_EQ(normalize_form("\u2018Koenders\u2019"), "'Koenders'");
}

}  // namespace
}  // namespace dyad
