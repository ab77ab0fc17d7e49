#include "text/langid.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace dyad {
namespace {

constexpr const char* kEnglish =
    "The Kenyan and the Dutch governments today signed a declaration of intent to counter violent "
    "extremism between the two countries. The pact will concentrate on intelligence sharing, capacity "
    "building and deradicalisation.";
constexpr const char* kDutch =
    "De jihadistische terroristische dreiging tegen het Westen blijft de komende jaren onverminderd "
    "aanwezig, stelt de AIVD in een nieuw rapport. De strijd tegen terreurorganisaties is nog niet gewonnen.";
constexpr const char* kGerman =
    "Die Bundesregierung hat heute mit den Niederlanden eine Absichtserklärung zur Bekämpfung des "
    "gewalttätigen Extremismus unterzeichnet. Die Zusammenarbeit soll den Austausch von Informationen stärken.";

TEST(LanguageId, IdentifiesEnglishDutchAndGermanReliably) {
  const LanguageGuess en = detect_language(kEnglish);
  EXPECT_EQ(en.code, "en");
  EXPECT_TRUE(en.reliable);
  const LanguageGuess nl = detect_language(kDutch);
  EXPECT_EQ(nl.code, "nl");
  EXPECT_TRUE(nl.reliable);
  EXPECT_EQ(detect_language(kGerman).code, "de");
}

TEST(LanguageId, EmptyAndLetterlessTextIsUnknown) {
  EXPECT_EQ(detect_language("").code, "");
  EXPECT_FALSE(detect_language("").reliable);
  const LanguageGuess digits = detect_language("12345 67890 ... !!! 2018-11-22");
  EXPECT_EQ(digits.code, "");
  EXPECT_FALSE(digits.reliable);
}

TEST(LanguageId, ShortTextIsNeverReliable) {
  // A best guess may come back, but it must not be presented as certain.
  const LanguageGuess guess = detect_language("Kabinet akkoord");
  EXPECT_FALSE(guess.reliable);
  EXPECT_FALSE(detect_language("The minister said").reliable);
}

TEST(LanguageId, HtmlMarkupIsSkipped) {
  const std::string html = std::string("<html><body><div class=\"x\"><p>") + kDutch + "</p></div></body></html>";
  EXPECT_EQ(detect_language(html, /*is_html=*/true).code, "nl");
}

TEST(LanguageId, InvalidUtf8IsToleratedAndHebrewUsesTheModernCode) {
  const std::string broken = std::string(kEnglish) + "\xFF\xFE\xC3";
  EXPECT_EQ(detect_language(broken).code, "en");
  const LanguageGuess he = detect_language(
      "\u05d4\u05de\u05de\u05e9\u05dc\u05d4 \u05d4\u05d5\u05dc\u05e0\u05d3\u05d9\u05ea \u05d7\u05ea\u05de\u05d4 "
      "\u05d4\u05d9\u05d5\u05dd \u05e2\u05dc \u05d4\u05e6\u05d4\u05e8\u05ea \u05db\u05d5\u05d5\u05e0\u05d5\u05ea "
      "\u05e2\u05dd \u05de\u05de\u05e9\u05dc\u05ea \u05e7\u05e0\u05d9\u05d4 \u05dc\u05de\u05d0\u05d1\u05e7 "
      "\u05d1\u05e7\u05d9\u05e6\u05d5\u05e0\u05d9\u05d5\u05ea \u05d0\u05dc\u05d9\u05de\u05d4");
  EXPECT_EQ(he.code, "he");
}

TEST(LanguageId, LargeTextIsBoundedAndDeterministic) {
  std::string big;
  while (big.size() < (4u << 20)) big += std::string(kDutch) + " ";
  const LanguageGuess a = detect_language(big);
  EXPECT_EQ(a.code, "nl");
  EXPECT_EQ(detect_language(big).code, a.code);
}

TEST(LanguageId, ThreadSafe) {
  std::vector<std::thread> threads;
  std::vector<std::string> results(8);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) {
        const std::string code = detect_language(i % 2 ? kDutch : kEnglish).code;
        if (k == 0 || code != results[i]) results[i] = k == 0 ? code : "mismatch";
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int i = 0; i < 8; ++i) EXPECT_EQ(results[i], i % 2 ? "nl" : "en");
}

}  // namespace
}  // namespace dyad
