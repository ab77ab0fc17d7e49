#include "base/utf8.h"

#include <gtest/gtest.h>

namespace dyad::utf8 {
namespace {

TEST(Utf8, RepairsInvalidBytesWithReplacementCharacter) {
  std::size_t repaired = 0;
  const std::string out = repair("ab\xFF" "c\xC3", repaired);
  EXPECT_EQ(repaired, 2u);
  EXPECT_EQ(out, "ab\xEF\xBF\xBD" "c\xEF\xBF\xBD");
  EXPECT_TRUE(is_valid(out));
}

TEST(Utf8, KeepsValidTextAndLiteralReplacementCharacters) {
  std::size_t repaired = 0;
  const std::string text = "Kenia \xE2\x80\x93 Nederland \xEF\xBF\xBD \xF0\x9F\x98\x80";
  EXPECT_EQ(repair(text, repaired), text);
  EXPECT_EQ(repaired, 0u);
  EXPECT_TRUE(is_valid(text));
}

TEST(Utf8, RejectsOverlongAndSurrogateEncodings) {
  EXPECT_FALSE(is_valid("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(is_valid("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST(Utf8, CodePointIndexCountsCharactersNotBytes) {
  std::string text;
  for (int i = 0; i < 600; ++i) text += "\xC3\xA9";  // é, two bytes each
  text += "x";
  const CodePointIndex index(text);
  EXPECT_EQ(index.to_code_points(0), 0u);
  EXPECT_EQ(index.to_code_points(2), 1u);
  EXPECT_EQ(index.to_code_points(1200), 600u);
  EXPECT_EQ(index.to_code_points(1201), 601u);
}

}  // namespace
}  // namespace dyad::utf8
