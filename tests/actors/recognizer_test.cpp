#include "actors/recognizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "actors/pieces.h"
#include "text/segmenter.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(DYAD_SOURCE_DIR) / "data";

struct Lang {
  std::unique_ptr<Registry> registry;
  std::unique_ptr<Segmenter> segmenter;
};

const Lang& lang(const std::string& code) {
  static std::map<std::string, Lang> langs;
  auto it = langs.find(code);
  if (it == langs.end()) {
    Lang l;
    std::string error;
    l.registry = Registry::load(kData, code, &error);
    EXPECT_TRUE(l.registry) << error;
    l.segmenter = load_segmenter(kData, code, &error);
    EXPECT_TRUE(l.segmenter) << error;
    it = langs.emplace(code, std::move(l)).first;
  }
  return it->second;
}

std::vector<Mention> run(const std::string& text, const std::string& code = "en",
                         std::optional<PartialDate> date = std::nullopt) {
  const Lang& l = lang(code);
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.lang = code;
  doc.date = date;
  const auto sentences = l.segmenter->segment(doc.text);
  return Recognizer(*l.registry).recognize(doc, sentences);
}

// "text=CODE" for each mention, to compare whole results at once.
std::vector<std::string> summary(const std::vector<Mention>& mentions) {
  std::vector<std::string> out;
  for (const auto& m : mentions) out.push_back(m.text + "=" + m.actor.code);
  return out;
}

using V = std::vector<std::string>;

TEST(Recognizer, AdjectivesShareACoordinatedRole) {
  EXPECT_EQ(summary(run("The Kenyan and British governments pledged military cooperation.")),
            (V{"Kenyan=KENGOV", "British governments=GBRGOV"}));
  EXPECT_EQ(summary(run("The Kenyan and the Dutch governments today signed a declaration.")),
            (V{"Kenyan=KENGOV", "Dutch governments=NLDGOV"}));
}

TEST(Recognizer, TitledNamesWithAdjectiveOrPlace) {
  auto m = run("Dutch Foreign minister Bert Koenders met Governor Hassan Ali Joho of Mombasa, Kenya, and "
               "Deputy Mayor Jørgen Kristiansen of Kristiansand, Norway.");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].actor.code, "NLDGOV");
  EXPECT_EQ(m[0].actor.name, "Bert Koenders");
  EXPECT_EQ(m[0].kind, MentionKind::kPerson);
  EXPECT_EQ(m[1].text, "Governor Hassan Ali Joho of Mombasa, Kenya");
  EXPECT_EQ(m[1].actor.code, "KENGOV");
  EXPECT_EQ(m[1].actor.name, "Hassan Ali Joho");
  EXPECT_EQ(m[2].actor.code, "NORGOV");
  EXPECT_EQ(m[2].actor.name, "Jørgen Kristiansen");
}

TEST(Recognizer, Possessive) {
  EXPECT_EQ(summary(run("Ghana's Minister Kwame Mensah arrived.")), (V{"Ghana's Minister Kwame Mensah=GHAGOV"}));
}

TEST(Recognizer, CaseAware) {
  EXPECT_EQ(summary(run("Let us go to the US.")), (V{"US=USA"}));
  EXPECT_EQ(summary(run("IS fighters attacked the town, which is near Raqqa.")), (V{"IS fighters=IMGMUSISI", "Raqqa=SYR"}));
  EXPECT_TRUE(run("THIS IS A HEADLINE").empty());
  EXPECT_TRUE(run("The turkey was roasted.").empty());
}

TEST(Recognizer, OrganisationsAndGroups) {
  EXPECT_EQ(summary(run("Al Shabaab militants clashed with Kenya Defence Forces troops and Amisom forces.")),
            (V{"Al Shabaab militants=SOMREBSHB", "Kenya Defence Forces troops=KENMIL", "Amisom forces=IGOAFRAFU"}));
  EXPECT_EQ(summary(run("De AIVD en de NAVO werken samen met de VN.", "nl")),
            (V{"AIVD=NLDSPY", "NAVO=IGOWSTNAT", "VN=IGOUNO"}));
}

TEST(Recognizer, LaterMentionsResolveToEarlierOnes) {
  auto m = run("British Defence Minister Mike Penning visited Nairobi. Mike handed over a machine. "
               "He said the two countries will cooperate.");
  EXPECT_EQ(summary(m), (V{"British Defence Minister Mike Penning=GBRGOV", "Nairobi=KEN", "Mike=GBRGOV", "He=GBRGOV",
                           "the two countries=KEN", "the two countries=GBR"}));
  EXPECT_EQ(m[2].antecedent, 0u);
  EXPECT_EQ(m[3].kind, MentionKind::kPronoun);
}

TEST(Recognizer, AmbiguousPronounStaysUnresolved) {
  auto m = run("Minister Amina Mohammed met Minister Bert Koenders. He said it went well.");
  EXPECT_EQ(m.size(), 2u);
}

TEST(Recognizer, DutchTitlesDatesAndReferences) {
  auto m = run("Minister Blok van Buitenlandse Zaken sprak met de Jordaanse Koning Abdullah II. "
               "Daarna vertrok hij. Beide landen werken samen.",
               "nl", PartialDate{2018, 11, 0});
  EXPECT_EQ(summary(m), (V{"Minister Blok van Buitenlandse Zaken=NLDGOV", "Jordaanse Koning Abdullah II=JORGOV",
                           "Beide landen=NLD", "Beide landen=JOR"}))
      << "'hij' has two candidates in reach";
}

TEST(Recognizer, CompoundsOnlyWhenTheWholeWordIsAnActor) {
  EXPECT_EQ(summary(run("De Aqaba-conferentie met de EU-lidstaten.", "nl")), (V{"EU-lidstaten=IGOEUREEC"}));
}

// Hand-built tokens: the recogniser needs nothing but Token::norm and spans.
TEST(Recognizer, WorksOnHandBuiltTokens) {
  Document doc;
  doc.text = "NATO troops";
  Sentence s;
  s.tokens.push_back({{0, 4}, "NATO", "NATO", true, {}});
  s.tokens.push_back({{5, 11}, "troops", "troops", false, {}});
  s.span = {0, 11};
  const auto& reg = *lang("en").registry;
  auto m = Recognizer(reg).recognize(doc, {s});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].actor.org, "NATO");
  EXPECT_EQ(m[0].actor.code, "IGOWSTNAT");
}

TEST(Recognizer, UposTagsDecideNames) {
  Document doc;
  doc.text = "Minister amina spoke";
  Sentence s;
  s.tokens.push_back({{0, 8}, "Minister", "Minister", true, {}});
  s.tokens.push_back({{9, 14}, "amina", "amina", true, {}});
  s.tokens.push_back({{15, 20}, "spoke", "spoke", false, {}});
  const auto& reg = *lang("en").registry;
  EXPECT_TRUE(Recognizer(reg).recognize(doc, {s}).empty());
  std::vector<std::vector<std::string>> tags{{"NOUN", "PROPN", "VERB"}};
  auto m = Recognizer(reg).recognize(doc, {s}, &tags);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].actor.name, "amina");
}

TEST(Pieces, HyphensAndPossessivesSplit) {
  EXPECT_EQ(surface_keys("Al-Shabaab"), (V{"al", "shabaab"}));
  EXPECT_EQ(surface_keys("Lord's Resistance Army"), (V{"lord", "'s", "resistance", "army"}));
  EXPECT_EQ(fold_case("NOORD-MACEDONIË"), "noord-macedonië");
}

}  // namespace
}  // namespace dyad
