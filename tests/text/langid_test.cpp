#include "text/langid.h"

#include <gtest/gtest.h>

#include <algorithm>
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

constexpr const char* kFrench =
    "Le gouvernement de la Ruritanie a signé lundi un accord de coopération avec Velmora. Le ministre a "
    "déclaré que cet accord renforcera les relations entre les deux pays et leurs services de police.";
constexpr const char* kArabic =
    "\u0648\u0642\u0639\u062A \u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u0627\u062A\u0641\u0627\u0642\u064A\u0629 "
    "\u0644\u0644\u062A\u0639\u0627\u0648\u0646 \u0627\u0644\u0623\u0645\u0646\u064A \u064A\u0648\u0645 "
    "\u0627\u0644\u0627\u062B\u0646\u064A\u0646 \u0641\u064A \u0627\u0644\u0639\u0627\u0635\u0645\u0629. "
    "\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0625\u0646 \u0627\u0644\u0627\u062A\u0641\u0627\u0642 "
    "\u064A\u0639\u0632\u0632 \u0627\u0644\u0639\u0644\u0627\u0642\u0627\u062A \u0628\u064A\u0646 "
    "\u0627\u0644\u0628\u0644\u062F\u064A\u0646 \u0648\u064A\u0641\u062A\u062D \u0635\u0641\u062D\u0629 "
    "\u062C\u062F\u064A\u062F\u0629 \u0645\u0646 \u0627\u0644\u062A\u0639\u0627\u0648\u0646.";

// The languages of a mixed page and their shares: the English part is seen.
TEST(LanguageId, SharesOfAMixedText) {
  const std::string page = std::string(kArabic) + "\n\n" + kArabic + "\n\n" + kArabic + "\n\n" + kEnglish;
  const LanguageGuess guess = detect_language(page);
  ASSERT_FALSE(guess.shares.empty());
  EXPECT_TRUE(std::any_of(guess.shares.begin(), guess.shares.end(),
                          [](const LanguageShare& s) { return s.code == "en" && s.percent >= 20; }));
}

// Paragraphs in another language are found; a short or name-only paragraph
// is no verdict, and a page with no paragraph in the given language keeps it whole.
TEST(LanguageId, ForeignParagraphsOfAPage) {
  const std::string page = std::string(kEnglish) + "\n\n" + kArabic + "\n\nRuritania Velmora Port Aster\n\n" + kEnglish +
                           "\n \n" + kFrench;
  const auto foreign = foreign_paragraphs(page, "en");
  ASSERT_EQ(foreign.size(), 2u);
  EXPECT_EQ(foreign[0].code, "ar");
  EXPECT_EQ(page.substr(foreign[0].begin, foreign[0].end - foreign[0].begin), kArabic);
  EXPECT_EQ(foreign[1].code, "fr");
  EXPECT_EQ(foreign[1].end, page.size());
  const std::string dutch = std::string(kDutch) + "\n\n" + kDutch + "\n\n" + kEnglish;
  EXPECT_EQ(foreign_paragraphs(dutch, "nl").size(), 1u);
  EXPECT_TRUE(foreign_paragraphs(std::string(kDutch) + "\n\n" + kDutch, "en").empty());  // a wrong prior
  EXPECT_EQ(foreign_paragraphs(std::string(kEnglish) + "\n\n" + kArabic + "\n\n" + kArabic + "\n\n" + kFrench, "en").size(),
            3u);  // mostly foreign, but the given language is there
  EXPECT_TRUE(foreign_paragraphs(kEnglish, "en").empty());
  // Paragraphs broken with one newline: the lines of a mixed block are judged one by one.
  const std::string lines = std::string(kEnglish) + "\n" + kArabic + "\n" + kEnglish + "\n" + kArabic;
  const auto by_line = foreign_paragraphs(lines, "en");
  ASSERT_EQ(by_line.size(), 2u);
  EXPECT_EQ(lines.substr(by_line[1].begin, by_line[1].end - by_line[1].begin), kArabic);
  EXPECT_TRUE(foreign_paragraphs("", "en").empty());
  EXPECT_TRUE(foreign_paragraphs("\n\n\n \n", "en").empty());
}

// A short Dutch paragraph the detector reads as Afrikaans stays with a
// Dutch page when Afrikaans is named as Dutch's relative.
TEST(LanguageId, RelativesOfTheGivenLanguageAreNotForeign) {
  const std::string shortish = "Het kabinet wil volgende week met de Tweede Kamer over verdere stappen praten.";
  const std::string page = std::string(kDutch) + "\n\n" + shortish + "\n\n" + kEnglish;
  const auto plain = foreign_paragraphs(page, "nl");
  const auto kin = foreign_paragraphs(page, "nl", {"af", "fy"});
  ASSERT_EQ(kin.size(), 1u);
  EXPECT_EQ(kin[0].code, "en");
  // Whatever the detector makes of the short paragraph, only it can differ.
  EXPECT_LE(plain.size(), 2u);
  for (const auto& p : plain) EXPECT_TRUE(p.code == "en" || p.code == "af") << p.code;
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
