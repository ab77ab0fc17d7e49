#include "text/dateline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad {
namespace {

std::string found(std::string_view text) {
  const auto date = find_dateline(text);
  return date ? date->iso() : "none";
}

TEST(Dateline, NewsDatelinesWithPlaceAndDash) {
  EXPECT_EQ(found("SYDNEY, 17 MARCH 2018 \u2013 Australia and Indonesia agreed on Saturday..."), "2018-03-17");
  EXPECT_EQ(found("NAIROBI, Kenya, Nov. 22, 2016 (Reuters) - Kenya and the Netherlands signed..."), "2016-11-22");
  EXPECT_EQ(found("The Hague, 12 June 2017 - The Dutch government said..."), "2017-06-12");
  EXPECT_EQ(found("DEN HAAG - 3 april 2019\nDe minister heeft..."), "2019-04-03");
  EXPECT_EQ(found("WASHINGTON, Monday, March 5, 2018 \u2014 text"), "2018-03-05");
  EXPECT_EQ(found("AMSTERDAM 22 november 2018 - Het kabinet..."), "2018-11-22");
}

TEST(Dateline, ExtentSaysWhereTheStoryBegins) {
  const std::string wire = "KYIV, Feb. 12 (Example Wire) - Ukraine and Poland reached an agreement.";
  const auto yearless = find_dateline_with_extent(wire);
  ASSERT_TRUE(yearless);
  EXPECT_FALSE(yearless->date);  // never a guessed year
  EXPECT_EQ(yearless->story_begin, wire.find("Ukraine"));
  EXPECT_EQ(found(wire), "none");

  const std::string dated = "Kenya and the Netherlands sign pact\n\nNAIROBI, Kenya, Nov. 22, 2016 (Reuters) - Kenya signed.";
  const auto full = find_dateline_with_extent(dated);
  ASSERT_TRUE(full && full->date);
  EXPECT_EQ(full->date->iso(), "2016-11-22");
  EXPECT_EQ(full->story_begin, dated.find("Kenya signed"));

  // A yearless dateline marks the story; a later line may still give the date.
  const std::string later = "DEN HAAG, 3 april - Het kabinet besloot.\nDatum: 4 april 2019";
  const auto both = find_dateline_with_extent(later);
  ASSERT_TRUE(both && both->date);
  EXPECT_EQ(both->date->iso(), "2019-04-04");
  EXPECT_EQ(both->story_begin, later.find("Het kabinet"));

  // No story on the dateline's own line, a labelled date, or no dateline at all.
  EXPECT_EQ(find_dateline_with_extent("DEN HAAG - 3 april 2019\nDe minister heeft...")->story_begin, 0u);
  EXPECT_EQ(find_dateline_with_extent("Datum: 22 november 2018\nDe minister...")->story_begin, 0u);
  EXPECT_FALSE(find_dateline_with_extent("On Feb. 12 the minister met his counterpart."));
}

// The head of each line up to where its story begins, as text; "|" between heads.
std::string heads_of(const std::string& text) {
  std::string out;
  for (const LineHead& h : find_line_heads(text)) {
    if (!out.empty()) out += "|";
    out += (h.metadata ? "M:" : "") + text.substr(h.span.begin, h.span.size());
  }
  return out;
}

TEST(Dateline, LineHeadsWithoutADate) {
  EXPECT_EQ(heads_of("PORT ASTER, Ruritania \u2014 The Coastal Union yesterday signed a pact."),
            "PORT ASTER, Ruritania \u2014 ");
  EXPECT_EQ(heads_of("VELMORA- Prime Minister Ana Vale condemned the attack."), "VELMORA- ");
  EXPECT_EQ(heads_of("VELMORA: Ruritania's agency said on Monday."), "VELMORA: ");
  EXPECT_EQ(heads_of("Headline\n\nPORT ASTER\u2014Ruritanian officials met."), "PORT ASTER\u2014");
  EXPECT_EQ(heads_of("Velmora, Ruritania (Example Wire) \u2014 Ruritania on Monday suspended talks."),
            "Velmora, Ruritania (Example Wire) \u2014 ");
  EXPECT_EQ(heads_of("Port Aster (Example Wire) - Ruritania and Velmora met."), "Port Aster (Example Wire) - ");
  EXPECT_EQ(heads_of("DEN HAAG (Persbureau) - Het kabinet is bezorgd over Velmora."), "DEN HAAG (Persbureau) - ");
  EXPECT_EQ(heads_of("VELMORA - De Ruritaanse premier heeft zaterdag gesproken."), "VELMORA - ");
  // Two places in capitals, one dateline.
  EXPECT_EQ(heads_of("PORT ASTER/VELMORA – Ruritania accused Velmora of shelling."), "PORT ASTER/VELMORA – ");
  EXPECT_EQ(heads_of("VELMORA/DEN HAAG - Honderden Ruritanen betoogden zondag."), "VELMORA/DEN HAAG - ");
}

TEST(Dateline, LineHeadsAreNotOrdinarySentenceStarts) {
  EXPECT_EQ(heads_of("Ruritania: talks collapse after the vote"), "");       // a headline's topic
  EXPECT_EQ(heads_of("Velmora: Ruritania Signs Accord"), "");               // mixed case, no agency
  EXPECT_EQ(heads_of("UN: Ruritania must withdraw"), "");                    // an acronym speaking
  EXPECT_EQ(heads_of("EU-Velmora talks resume in Port Aster."), "");         // a compound
  EXPECT_EQ(heads_of("Ruritania and Velmora - two neighbours - met."), "");  // lower-case word
  EXPECT_EQ(heads_of("VELMORA - the talks went on."), "");                   // no fresh story
  EXPECT_EQ(heads_of("VELMORA -"), "");                                      // nothing follows
  EXPECT_EQ(heads_of("Ruritania, Velmora \u2014 and Port Aster signed."), "");
  EXPECT_EQ(heads_of("Ruritania/Velmora - talks resume."), "");             // not in capitals
}

TEST(Dateline, LineHeadsWithADateOrALabel) {
  EXPECT_EQ(heads_of(" date 2019-04 Ruritania and Velmora sign border pact\n\nThe two states signed."),
            "M:date 2019-04 ");
  EXPECT_EQ(heads_of(" date 2019-04-12 Ruritanie zet diplomaten uit\n\nDe regering besloot."), "M:date 2019-04-12 ");
  EXPECT_EQ(heads_of("Posted Monday, May 6, 2019 11:56 pm Velmora talks\n"), "M:Posted Monday, May 6, 2019 11:56 pm ");
  EXPECT_EQ(heads_of(" date 2019-04 Velmora pact\n\nPORT ASTER, Ruritania (Example Wire) \u2014 Ruritania signed."),
            "M:date 2019-04 |PORT ASTER, Ruritania (Example Wire) \u2014 ");
  EXPECT_EQ(heads_of("KYIV, Feb. 12 (Example Wire) - Ukraine and Poland met."), "KYIV, Feb. 12 (Example Wire) - ");
  // A date label, then a dateline on the same line: two heads.
  EXPECT_EQ(heads_of(" date 2019-04-12 PORT ASTER \u2014 Ruritania and Velmora signed."),
            "M:date 2019-04-12 |PORT ASTER \u2014 ");
  EXPECT_EQ(heads_of(" date 2019-04 VELMORA - De Ruritaanse premier sprak."), "M:date 2019-04 |VELMORA - ");
  EXPECT_EQ(heads_of("date 2019-04\nRuritania signs."), "");  // a line of its own: nothing glued
  EXPECT_EQ(heads_of("On 22 November 2016, the ministers met in Port Aster."), "");
}

TEST(Dateline, LineHeadsOnOddInputDoNotCrash) {
  EXPECT_EQ(heads_of(""), "");
  EXPECT_EQ(heads_of("\xFF\xFE\xC3 - \xC3"), "");
  EXPECT_EQ(heads_of(std::string(100000, 'A') + " - Story"), "");
  EXPECT_EQ(heads_of("- - : ( ) \u2014"), "");
}

TEST(Dateline, HeadlineLineThenDateline) {
  EXPECT_EQ(found("Kenya and the Netherlands sign pact\n\nNAIROBI, 22 November 2016 - The two..."), "2016-11-22");
}

TEST(Dateline, LeadingMetadataLines) {
  EXPECT_EQ(found("date 2018-11\nKoninklijke conferentie"), "2018-11");
  EXPECT_EQ(found(" date 2018-11 Koninklijke contraterrorismeconferentie in Nederland\n\nDe dreiging"), "2018-11");
  EXPECT_EQ(found("Date: 2018-11-22\n\nText"), "2018-11-22");
  EXPECT_EQ(found("Datum: 22 november 2018\nTekst"), "2018-11-22");
  EXPECT_EQ(found("Published: 22/11/2018\nText"), "2018-11-22");
  EXPECT_EQ(found("Published on November 22, 2016 by admin"), "2016-11-22");
  EXPECT_EQ(found("Nieuwsbericht | 22-11-2018\nKabinet..."), "2018-11-22");
  EXPECT_EQ(found("Gepubliceerd op: dinsdag 3 april 2019"), "2019-04-03");
  EXPECT_EQ(found("Date: 2018\nText"), "2018");
  EXPECT_EQ(found("22 november 2018\nHet kabinet heeft..."), "2018-11-22");
}

TEST(Dateline, NumericDatesOnlyWhenUnambiguous) {
  EXPECT_EQ(found("Published: 03/04/2019\nText"), "none");  // March or April?
  EXPECT_EQ(found("Published: 11/22/2018\nText"), "2018-11-22");  // 22 cannot be a month
  EXPECT_EQ(found("Published: 05/05/2018\nText"), "2018-05-05");
  EXPECT_EQ(found("Published: 22/11/18\nText"), "none");  // two-digit year
  EXPECT_EQ(found("Published: 2018/11/22\nText"), "2018-11-22");
}

TEST(Dateline, NeverInventsAYear) {
  EXPECT_EQ(found("NAIROBI, Kenya, Nov. 22 (Reuters) - Kenya and..."), "none");
  EXPECT_EQ(found("On 22 November, Governor Hassan Ali Joho of Mombasa signed..."), "none");
  EXPECT_EQ(found("Datum: 22 november\nTekst"), "none");
}

TEST(Dateline, IgnoresDatesInsideSentences) {
  EXPECT_EQ(found("On 22 November 2016, the ministers met in Nairobi."), "none");
  EXPECT_EQ(found("The ministers met on 22 November 2016 in Nairobi."), "none");
  EXPECT_EQ(found("Nairobi hosted talks, 22 November 2016 was the date chosen"), "none");
  EXPECT_EQ(found("We met in May 2016 and again later."), "none");
}

TEST(Dateline, RejectsImpossibleDates) {
  EXPECT_EQ(found("Date: 31 February 2018\n"), "none");
  EXPECT_EQ(found("Date: 2018-13-01\n"), "none");
  EXPECT_EQ(found("PARIS, 32 March 2018 - text"), "none");
}

TEST(Dateline, LooksOnlyAtTheHead) {
  std::string text(400, 'x');
  text += "\nDate: 2018-11-22\n";
  EXPECT_EQ(found(text), "none");
  std::string lines;
  for (int i = 0; i < 8; ++i) lines += "Line " + std::to_string(i) + "\n";
  EXPECT_EQ(found(lines + "Date: 2018-11-22\n"), "none");
}

TEST(Dateline, EdgeInputsDoNotCrash) {
  EXPECT_EQ(found(""), "none");
  EXPECT_EQ(found("\xEF\xBB\xBF" "Date: 2018-11-22"), "2018-11-22");
  EXPECT_EQ(found("\xFF\xFE\xC3"), "none");
  EXPECT_EQ(found("Date:"), "none");
  EXPECT_EQ(found(std::string(100000, '9')), "none");
  EXPECT_EQ(found("- - - , , ( ) 1st"), "none");
}

TEST(Dateline, SeedDocuments) {
  const std::filesystem::path seeds = std::filesystem::path(DYAD_SHARED_DIR) / "seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "shared seed documents not found at " << seeds;
  auto read = [&](const char* name) {
    std::ifstream in(seeds / name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  // The only seed with a date in its text; the others have none to find.
  EXPECT_EQ(found(read("002_d69a014bc5b65240.txt")), "2018-11");
  EXPECT_EQ(found(read("000_197182d4c0b6341d.txt")), "none");
  EXPECT_EQ(found(read("003_0505f443712aae99.txt")), "none");
}

}  // namespace
}  // namespace dyad
