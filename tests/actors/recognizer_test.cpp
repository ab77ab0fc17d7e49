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

// Which of a person's dated roles a mention means: the one a title or an
// apposed office names, else (undated news) the one still held.
TEST(Recognizer, PersonRoleFromTitleOfficeOrCurrentNews) {
  auto undated = run("Mark Rutte visited Kyiv.");
  ASSERT_FALSE(undated.empty());
  EXPECT_EQ(undated[0].actor.org, "NATO");
  auto titled = run("Premier Mark Rutte bezocht Kyiv.", "nl");
  ASSERT_FALSE(titled.empty());
  EXPECT_EQ(titled[0].actor.country, "NLD");
  auto apposed = run("Wilmès ontmoette de Nederlandse minister van Buitenlandse Zaken, mevrouw Sigrid Kaag.", "nl");
  ASSERT_FALSE(apposed.empty());
  EXPECT_EQ(apposed.back().actor.name, "Sigrid Kaag");
  EXPECT_EQ(apposed.back().actor.country, "NLD");
}

// A national body the registry knows under its home state's name belongs
// to the state its "of" phrase names.
TEST(Recognizer, HomeBodyOfAnotherState) {
  auto m = run("Het ministerie van Buitenlandse Zaken van Marokko gaf een verklaring uit.", "nl");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].actor.code, "MARGOV");
  auto home = run("Het ministerie van Buitenlandse Zaken gaf een verklaring uit.", "nl");
  ASSERT_FALSE(home.empty());
  EXPECT_EQ(home[0].actor.country, "NLD");
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

// ---- real-news patterns (PATTERNS.md 3 and 4), with invented sentences ----

const Mention* find_text(const std::vector<Mention>& ms, const std::string& text) {
  for (const auto& m : ms) {
    if (m.text == text) return &m;
  }
  return nullptr;
}

// The state the first mention with this text acts for; "none" when no
// mention has it.
std::string country_of(const std::vector<Mention>& ms, const std::string& text) {
  const Mention* m = find_text(ms, text);
  return m ? m->actor.country : "none";
}

// Principals as the scorers read them: country, else organisation.
std::vector<std::string> principals(const std::vector<Mention>& mentions) {
  std::vector<std::string> out;
  for (const auto& m : mentions) out.push_back(m.text + "=" + (m.actor.country.empty() ? m.actor.org : m.actor.country));
  return out;
}

TEST(Recognizer, ArmedGroupsActForNoState) {
  auto m = run("Al-Shabaab fighters attacked a base near Kismayo. Yemen's Houthi group fired a missile.");
  const Mention* shb = find_text(m, "Al-Shabaab fighters");
  ASSERT_TRUE(shb);
  EXPECT_EQ(shb->actor.country, "");
  EXPECT_EQ(shb->actor.org, "ALSHABAAB");
  EXPECT_EQ(shb->actor.base, "SOM");
  const Mention* hou = find_text(m, "Houthi");
  ASSERT_TRUE(hou);
  EXPECT_EQ(hou->actor.org, "HOUTHIS");
  EXPECT_EQ(hou->actor.country, "");
  auto nl = run("De Houthi's vuurden een raket af op een tanker. Hezbollah beschoot het grensgebied.", "nl");
  EXPECT_EQ(principals(nl), (V{"Houthi's=HOUTHIS", "Hezbollah=HEZBOLLAH"}));
}

TEST(Recognizer, IgoBodiesActForTheirIgo) {
  auto m = run("The UN Security Council condemned the raid. The European Council met in Brussels.");
  const Mention* unsc = find_text(m, "UN Security Council");
  ASSERT_TRUE(unsc);
  EXPECT_EQ(unsc->actor.org, "UN");
  EXPECT_EQ(unsc->actor.body, "UNSC");
  const Mention* euco = find_text(m, "European Council");
  ASSERT_TRUE(euco);
  EXPECT_EQ(euco->actor.org, "EU");
  auto nl = run("De Europese Raad besprak de sancties. De Europese Commissie stelde een pakket voor.", "nl");
  EXPECT_EQ(principals(nl), (V{"Europese Raad=EU", "Europese Commissie=EU"}));
}

TEST(Recognizer, PossessiveBeforeAnyNoun) {
  EXPECT_EQ(principals(run("Kenya's decision angered Tanzania.")), (V{"Kenya's=KEN", "Tanzania=TZA"}));
  EXPECT_EQ(principals(run("Tanzania rejected Uganda\u2019s plan and the Philippines\u2019 proposal.")),
            (V{"Tanzania=TZA", "Uganda\u2019s=UGA", "Philippines\u2019=PHL"}));
}

TEST(Recognizer, CountryAdjectiveOnACommonNounNamesTheState) {
  EXPECT_EQ(principals(run("Tanzania restricted Kenyan businesses and Ugandan traders.")),
            (V{"Tanzania=TZA", "Kenyan=KEN", "Ugandan=UGA"}));
  EXPECT_EQ(principals(run("Russische raketten troffen Lviv.", "nl")), (V{"Russische=RUS", "Lviv=UKR"}));
  EXPECT_EQ(principals(run("The Israeli side rejected the plan.")), (V{"Israeli side=ISR"}));
  EXPECT_EQ(principals(run("De Russische zijde wees het plan af.", "nl")), (V{"Russische zijde=RUS"}));
  // Before a name or standing alone an adjective names nobody.
  EXPECT_TRUE(run("The man was Kenyan.").empty());
}

TEST(Recognizer, CapitalsStandForTheirStates) {
  EXPECT_EQ(principals(run("Minsk rejected the note from Managua.")), (V{"Minsk=BLR", "Managua=NIC"}));
  EXPECT_EQ(principals(run("Moskou en Teheran reageerden.", "nl")), (V{"Moskou=RUS", "Teheran=IRN"}));
  EXPECT_EQ(principals(run("The minister arrived in the Polish capital.")), (V{"Polish capital=POL"}));
  EXPECT_EQ(principals(run("Hij kwam aan in de Poolse hoofdstad.", "nl")), (V{"Poolse hoofdstad=POL"}));
  // "Republic" alone is no state.
  EXPECT_EQ(principals(run("They thanked the Republic of South Africa.")), (V{"South Africa=ZAF"}));
}

TEST(Recognizer, PronounsForStatesAndGroups) {
  auto m = run("Mali expelled the envoy on Monday. It said the decision was final.");
  const Mention* it = find_text(m, "It");
  ASSERT_TRUE(it);
  EXPECT_EQ(it->actor.country, "MLI");
  EXPECT_TRUE(it->antecedent.has_value());
  EXPECT_LT(it->confidence, 1.0);
  auto k = run("Saudi Arabia reacted angrily. The kingdom said it would recall its envoy.");
  EXPECT_EQ(principals(k), (V{"Saudi Arabia=SAU", "The kingdom=SAU", "it=SAU", "its=SAU"}));
  auto nl = run("Mali zette de gezant uit. Het land noemde de uitspraken onaanvaardbaar.", "nl");
  EXPECT_EQ(principals(nl), (V{"Mali=MLI", "Het land=MLI"}));
}

TEST(Recognizer, SpeakerPronounsResolveToWhoeverSpeaks) {
  auto m = run("Kenyan President Ivo Marsh spoke on Friday. \"We will send aid,\" he said.");
  const Mention* we = find_text(m, "We");
  ASSERT_TRUE(we);
  EXPECT_EQ(we->actor.country, "KEN");
  auto nl = run("De Keniaanse president Ivo Marsh sprak vrijdag. ‘Wij sturen hulp’, zei hij.", "nl");
  const Mention* wij = find_text(nl, "Wij");
  ASSERT_TRUE(wij);
  EXPECT_EQ(wij->actor.country, "KEN");
}

TEST(Recognizer, FirstPersonInAQuoteIsTheSpeakerNamedAfterIt) {
  EXPECT_EQ(country_of(run("Ivo Marsh of Kenya spoke first. “We will send aid to Jordan,” Jordanian Foreign "
                           "Minister Lena Dahl said."), "We"), "JOR");
  EXPECT_EQ(country_of(run("Ivo Marsh uit Kenia sprak eerst. „Wij steunen Oekraïne”, aldus de Jordaanse minister "
                           "Lena Dahl.", "nl"), "Wij"), "JOR");
  // An embedded post is its author's words.
  EXPECT_EQ(country_of(run("Kenyan President Ivo Marsh travelled on.\n\nTerrible news from the quake. I have sent "
                           "my condolences. — Lena Dahl of Jordan (@lenadahl) May 2, 2024"), "I"), "JOR");
  EXPECT_EQ(country_of(run("De Keniaanse president Ivo Marsh reisde door.\n\nVreselijk nieuws. Ik heb mijn "
                           "condoleances overgebracht. — Lena Dahl van Jordanië (@lenadahl) 2 mei 2024", "nl"), "Ik"),
            "JOR");
  // A quote over several sentences, attributed at its end.
  auto s = run("“Relations between our countries have improved. We will sign three agreements,” said Kenyan President "
               "Ivo Marsh.");
  EXPECT_EQ(country_of(s, "our"), "KEN");
  EXPECT_EQ(country_of(s, "We"), "KEN");
  // Mentions stay in document order, antecedents pointing at the speaker.
  for (std::size_t k = 1; k < s.size(); ++k) EXPECT_LE(s[k - 1].span.begin, s[k].span.begin);
  const Mention* we = find_text(s, "We");
  ASSERT_TRUE(we && we->antecedent);
  EXPECT_EQ(s[*we->antecedent].actor.name, "Ivo Marsh");
}

TEST(Recognizer, APersonNamedInsideAQuoteIsNotTheHeAfterIt) {
  auto m = run("Kenyan President Ivo Marsh spoke on Friday. “I thanked my friend, President Lena Dahl of Jordan, "
               "for her help,” he said.");
  EXPECT_EQ(country_of(m, "he"), "KEN");
  EXPECT_EQ(country_of(m, "I"), "KEN");
  auto nl = run("De Keniaanse president Ivo Marsh sprak vrijdag. „Ik heb president Lena Dahl van Jordanië gebeld”, "
                "zei hij.", "nl");
  EXPECT_EQ(country_of(nl, "hij"), "KEN");
  EXPECT_EQ(country_of(nl, "Ik"), "KEN");
}

TEST(Recognizer, TheCountryLeftIsTheHostNotTheLeaversOwn) {
  EXPECT_EQ(country_of(run("Kenya cut its ties with Jordan. The ministry ordered the Jordanian ambassador to leave the "
                           "country within 48 hours."), "the country"), "KEN");
  EXPECT_EQ(country_of(run("Kenia verbreekt de banden met Jordanië. Alle Jordaanse diplomaten moeten binnen twee "
                           "dagen het land verlaten.", "nl"), "het land"), "KEN");
  EXPECT_EQ(country_of(run("Kenia verbreekt de banden met Jordanië. De Jordaanse gezant wordt het land uit gezet.",
                           "nl"), "het land"), "KEN");
  // Without a verb of leaving, two states in reach leave "the country" open.
  EXPECT_EQ(country_of(run("Kenya cut its ties with Jordan. The Jordanian ambassador said the country would respond."),
                       "the country"), "none");
}

TEST(Recognizer, NamesMatchWithoutTheirAccents) {
  EXPECT_EQ(country_of(run("Cote d'Ivoire pledged troops."), "Cote d'Ivoire"), "CIV");
  EXPECT_EQ(country_of(run("Curacao responded."), "Curacao"), "CUW");
  EXPECT_EQ(country_of(run("Curacao reageerde.", "nl"), "Curacao"), "CUW");
  // The accented spelling still matches.
  EXPECT_EQ(country_of(run("Côte d’Ivoire pledged troops."), "Côte d’Ivoire"), "CIV");
}

TEST(Recognizer, AnOfficialOfNoNamedStateIsTheDatelines) {
  // Two states in the sentence before: the dateline tells whose prime minister.
  const std::string en = "Kenya and Uganda signed a trade pact on Monday. Prime Minister Josef Kadde welcomed the deal.";
  EXPECT_EQ(country_of(run("NAIROBI, March 3 - " + en), "Prime Minister Josef Kadde"), "KEN");
  EXPECT_EQ(country_of(run("KAMPALA (Wire) - " + en), "Prime Minister Josef Kadde"), "UGA");
  EXPECT_EQ(country_of(run(en), "Prime Minister Josef Kadde"), "");
  EXPECT_EQ(country_of(run("NAIROBI - Kenia en Oeganda tekenden maandag een handelsakkoord. Premier Josef Kadde "
                           "verwelkomde het akkoord.", "nl"), "Premier Josef Kadde"), "KEN");
  // A date label is no dateline, and a place inside the story is no dateline.
  EXPECT_EQ(country_of(run("Talks in NAIROBI, March 3 - " + en), "Prime Minister Josef Kadde"), "");
}

TEST(Recognizer, ADutchMinisterOfNoNamedStateIsTheHomeStateTheStoryNames) {
  // The Dutch press writes its own ministers bare ("minister X van
  // Buitenlandse Zaken"); the home state the story names wins over the
  // foreign state of the sentence before.
  EXPECT_EQ(country_of(run("Nederland is bezorgd. Venezuela sloot dinsdag de grens met Aruba. Minister Karin Veld van "
                           "Buitenlandse Zaken noemde het besluit onaanvaardbaar.", "nl"),
                       "Minister Karin Veld van Buitenlandse Zaken"), "NLD");
  EXPECT_EQ(country_of(run("België protesteert. Rusland zette twee diplomaten uit. Minister Hadja Lahbo van Buitenlandse "
                           "Zaken reageerde.", "nl"), "Minister Hadja Lahbo van Buitenlandse Zaken"), "BEL");
  // With no home state named, the one state of the sentence before.
  EXPECT_EQ(country_of(run("Somalië sluit de grens. Minister Farah Adan van Buitenlandse Zaken lichtte het besluit toe.",
                           "nl"), "Minister Farah Adan van Buitenlandse Zaken"), "SOM");
  // Another state's minister named with it stays that state's, and a
  // minister in a story that names no home state is not taken for one.
  auto m = run("Nederland was er niet bij. De Keniaanse minister Ivo Marsh ontmoette de gezant.", "nl");
  EXPECT_EQ(country_of(m, "Keniaanse minister Ivo Marsh"), "KEN");
  EXPECT_EQ(country_of(run("Duitsland en Montenegro praten. Premier Marko Rado reageerde.", "nl"),
                       "Premier Marko Rado"), "");
  // With nothing in reach, the press's own minister.
  EXPECT_EQ(country_of(run("Duitsland en Montenegro praten. Minister Marko Rado van Financiën reageerde.", "nl"),
                       "Minister Marko Rado van Financiën"), "NLD");
}

TEST(Recognizer, AnInterviewsAnswersSpeakForTheInterviewee) {
  // Questions on lines of their own, answers after them: "we", "I", "me"
  // are the person the story named last before the first question, whose
  // state the headline's unnamed office holder gave.
  const std::string text =
      "Latvia's defence minister on the Baltic cable cuts\n\n"
      "Russia seized a Latvian fishing boat on Sunday. We spoke to Defence Minister Andris Kalnins in Riga.\n\n"
      "What happened to the crew?\nThey are still held in Pskov. We demand their immediate release.\n\n"
      "Will you send more troops?\nI have asked Poland for help, and it assured me of its support.\n";
  auto m = run(text);
  EXPECT_EQ(country_of(m, "Defence Minister Andris Kalnins"), "LVA");
  int first_person = 0;
  for (const Mention& x : m) {
    if ((x.text == "We" || x.text == "I" || x.text == "me") && x.sentence > 2) {
      ++first_person;
      EXPECT_EQ(x.actor.country, "LVA") << x.text;
    }
  }
  EXPECT_EQ(first_person, 3);
  // The interviewer's own "We spoke to …" before the first question is not the interviewee.
  for (const Mention& x : m) {
    if (x.text == "We" && x.sentence == 1) {
      EXPECT_NE(x.actor.name, "Andris Kalnins");
    }
  }
}

TEST(Recognizer, BareTitlesReferBackOrToTheirOrganisation) {
  auto m = run("Kenyan Foreign Minister Ivo Marsh met the envoy. The minister later left.");
  const Mention* min = find_text(m, "minister");
  ASSERT_TRUE(min);
  EXPECT_EQ(min->actor.country, "KEN");
  EXPECT_EQ(min->actor.name, "Ivo Marsh");
  EXPECT_EQ(principals(run("The Secretary-General welcomed the truce.")), (V{"Secretary-General=UN"}));
  EXPECT_EQ(principals(run("De secretaris-generaal verwelkomde het bestand.", "nl")),
            (V{"secretaris-generaal=UN"}));
}

TEST(Recognizer, AnotherOfficeOfTheSameWordIsNotTheEarlierHolder) {
  // "the foreign minister" is Marsh again; "a former finance minister" is not.
  auto m = run("Kenyan Foreign Minister Ivo Marsh met the envoy. The foreign minister later left.");
  const Mention* again = find_text(m, "foreign minister");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->actor.name, "Ivo Marsh");
  m = run("Kenyan Foreign Minister Ivo Marsh met the envoy. The president, a former finance minister, left.");
  EXPECT_FALSE(find_text(m, "finance minister"));
  m = run("De Keniaanse minister Ivo Marsh ontmoette de gezant. De minister vertrok later.", "nl");
  const Mention* nl = find_text(m, "minister");
  ASSERT_TRUE(nl);
  EXPECT_EQ(nl->actor.name, "Ivo Marsh");
  m = run("De Keniaanse minister van Defensie Ivo Marsh ontmoette de gezant. De minister van Financiën vertrok later.", "nl");
  EXPECT_FALSE(find_text(m, "minister van Financiën"));
}

TEST(Recognizer, CapitalisedDescriptionsBeforeCountryReferToTheState) {
  auto m = run("Fires raged in Chile on Sunday. Argentina sent firefighters to the Latin American country.");
  const Mention* ref = find_text(m, "the Latin American country");
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->actor.country, "CHL");
  m = run("Fires raged in Chile on Sunday. Argentina sent firefighters to the Andean nation.");
  ASSERT_TRUE(find_text(m, "the Andean nation"));
  // A state's adjective alone is that state, not a description.
  EXPECT_FALSE(find_text(run("Fires raged in Chile. Canada sent planes to the American country."), "the American country"));
}

TEST(Recognizer, AKnownPersonApposedToABareTitleKeepsTheirState) {
  // The earlier "president" is Chile's; Fernández is Argentina's.
  auto m = run("At the request of the president of Chile, Gabriel Boric, to our president, Alberto Fernández, we sent aid.");
  const Mention* f = find_text(m, "president, Alberto Fernández");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->actor.country, "ARG");
}

TEST(Recognizer, ATitleWithTheScopeOfItsOfficeBeforeTheName) {
  auto m = run("U.N. Special Envoy for Somalia Nicholas Kay said it.");
  const Mention* kay = find_text(m, "U.N. Special Envoy for Somalia Nicholas Kay");
  ASSERT_TRUE(kay);
  EXPECT_EQ(kay->actor.name, "Nicholas Kay");
  EXPECT_EQ(kay->actor.org, "UN");
  m = run("The President of Kenya William Ruto said it.");
  const Mention* ruto = find_text(m, "President of Kenya William Ruto");
  ASSERT_TRUE(ruto);
  EXPECT_EQ(ruto->actor.country, "KEN");
}

TEST(Recognizer, AGovernmentWordInAPlaceIsThatPlacesState) {
  auto m = run("Benin criticised the junta in Niamey.");
  const Mention* j = find_text(m, "junta");
  ASSERT_TRUE(j);
  EXPECT_EQ(j->actor.country, "NER");
  m = run("Benin bekritiseerde de regering in Kaboel.", "nl");
  const Mention* g = find_text(m, "regering");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->actor.country, "AFG");
  // A title in a place is posted there, not of it.
  EXPECT_FALSE(find_text(run("Benin summoned the ambassador in Kabul."), "ambassador"));
}

TEST(Recognizer, TheKingdomIsTheMonarchyInReach) {
  // Two states in the sentence before: "the kingdom" can only be one of them.
  auto m = run("Canada criticised Saudi Arabia over the arrests. The kingdom recalled its ambassador.");
  const Mention* k = find_text(m, "The kingdom");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->actor.country, "SAU");
  m = run("Canada bekritiseerde Saoedi-Arabië. Het koninkrijk riep zijn ambassadeur terug.", "nl");
  const Mention* nl = find_text(m, "Het koninkrijk");
  ASSERT_TRUE(nl);
  EXPECT_EQ(nl->actor.country, "SAU");
  // No monarchy in reach: no reference.
  EXPECT_FALSE(find_text(run("Canada criticised Brazil. The kingdom said nothing."), "The kingdom"));
}

TEST(Recognizer, TheLeadersAreTheBlocInReach) {
  auto m = run("The ECOWAS heads of state met in Abuja on Sunday. The leaders condemned the coup in Niger.");
  const Mention* l = find_text(m, "leaders");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->actor.org, "ECOWAS");
  m = run("De EU-regeringsleiders kwamen zondag bijeen. De leiders veroordeelden de staatsgreep.", "nl");
  const Mention* nl = find_text(m, "leiders");
  ASSERT_TRUE(nl);
  EXPECT_EQ(nl->actor.org, "EU");
  // Not indefinite ("called a row of leaders") and not with no bloc in reach.
  EXPECT_FALSE(find_text(run("The NATO summit ended. Kenya called a row of leaders."), "leaders"));
  EXPECT_FALSE(find_text(run("Kenya and Uganda signed a deal. The leaders praised the accord."), "leaders"));
}

TEST(Recognizer, TheEmbassyIsTheOneNamedBefore) {
  auto m = run("Police surrounded the Mexican Embassy in Quito. Officers broke through the gates of the embassy.");
  const Mention* e = find_text(m, "embassy");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->actor.country, "MEX");
  // It is weaker than every other reference: no antecedent for a later "it" or "they".
  EXPECT_LT(e->confidence, 0.6);
  m = run("De politie omsingelde de Mexicaanse ambassade in Quito. Agenten drongen de ambassade binnen.", "nl");
  const Mention* nl = find_text(m, "ambassade");
  ASSERT_TRUE(nl);
  EXPECT_EQ(nl->actor.country, "MEX");
}

TEST(Recognizer, TitlesWithOfficesAndApposedNames) {
  auto m = run("The Chairperson of the Commission of the African Union (AU), Ana Vale, has condemned the attack. "
               "In a statement, Vale expressed her condolences.");
  const Mention* p = find_text(m, "Chairperson of the Commission of the African Union (AU), Ana Vale");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->actor.org, "AU");
  EXPECT_EQ(p->actor.name, "Ana Vale");
  const Mention* later = find_text(m, "Vale");
  ASSERT_TRUE(later);
  EXPECT_EQ(later->actor.org, "AU");
  EXPECT_EQ(principals(run("IGAD's Executive Secretary, Ambassador Joren Dal, welcomed the deal.")),
            (V{"IGAD's Executive Secretary, Ambassador Joren Dal=IGAD"}));
  EXPECT_EQ(principals(run("Kenyan Foreign Affairs Minister Ivo Marsh arrived.")),
            (V{"Kenyan Foreign Affairs Minister Ivo Marsh=KEN"}));
  EXPECT_EQ(principals(run("EU-buitenlandchef Ana Vale is bezorgd.", "nl")), (V{"EU-buitenlandchef Ana Vale=EU"}));
  EXPECT_EQ(principals(run("NATO chief Ivo Marsh arrived.")), (V{"NATO chief Ivo Marsh=NATO"}));
  EXPECT_EQ(principals(run("NAVO-chef Ivo Marsh kwam aan.", "nl")), (V{"NAVO-chef Ivo Marsh=NATO"}));
}

TEST(Recognizer, BareTitleWithAnApposedFullName) {
  auto m = run("Kenyan President Ivo Marsh called the president, Joren Dal of Tanzania, on Monday.");
  EXPECT_EQ(principals(m), (V{"Kenyan President Ivo Marsh=KEN", "president, Joren Dal of Tanzania=TZA"}));
  auto nl = run("De Keniaanse president Ivo Marsh belde de premier, Joren Dal van Tanzania.", "nl");
  EXPECT_EQ(principals(nl), (V{"Keniaanse president Ivo Marsh=KEN", "premier, Joren Dal van Tanzania=TZA"}));
}

TEST(Recognizer, NationalsDescribedBeforeTheirName) {
  auto m = run("The Belgian aid worker Joren Dal was freed. Dal flew home.");
  EXPECT_EQ(principals(m), (V{"Belgian aid worker Joren Dal=BEL", "Dal=BEL"}));
  auto nl = run("De Belgische hulpverlener Joren Dal is vrijgelaten. Dal vloog naar huis.", "nl");
  EXPECT_EQ(principals(nl), (V{"Belgische hulpverlener Joren Dal=BEL", "Dal=BEL"}));
}

TEST(Recognizer, OfListsNameEveryState) {
  EXPECT_EQ(principals(run("He thanked the governments of Qatar, Oman and Switzerland.")),
            (V{"governments of Qatar, Oman and Switzerland=QAT", "Oman=OMN", "Switzerland=CHE"}));
  EXPECT_EQ(principals(run("Hij bedankte de regeringen van Qatar, Oman en Zwitserland.", "nl")),
            (V{"regeringen van Qatar, Oman en Zwitserland=QAT", "Oman=OMN", "Zwitserland=CHE"}));
}

TEST(Recognizer, DescriptionsOfGroupsAndOwnCountry) {
  auto m = run("Al-Shabaab claimed the attack. The group said it had targeted the base.");
  EXPECT_EQ(principals(m), (V{"Al-Shabaab=ALSHABAAB", "The group=ALSHABAAB", "it=ALSHABAAB"}));
  auto o = run("Kenyan President Ivo Marsh said his country would respond.");
  const Mention* hc = find_text(o, "his country");
  ASSERT_TRUE(hc);
  EXPECT_EQ(hc->actor.country, "KEN");
  auto nl = run("De Keniaanse president Ivo Marsh zei dat zijn land zou reageren.", "nl");
  const Mention* zl = find_text(nl, "zijn land");
  ASSERT_TRUE(zl);
  EXPECT_EQ(zl->actor.country, "KEN");
}

TEST(Recognizer, PartiesAndBareFightersReferBack) {
  auto m = run("Ethiopia and the Tigray People's Liberation Front signed a truce. The envoy thanked the parties.");
  const Mention* p = find_text(m, "the parties");
  ASSERT_TRUE(p);
  EXPECT_EQ(principals(m).back(), "the parties=TPLF");
  auto nl = run("Ethiopië en het TPLF tekenden een bestand. De gezant bedankte de partijen.", "nl");
  EXPECT_EQ(principals(nl).back(), "de partijen=TPLF");
  auto g = run("Al-Shabaab claimed the raid on the base. Two gunmen detonated a car bomb at the gate.");
  EXPECT_EQ(principals(g).back(), "gunmen=ALSHABAAB");
  auto gnl = run("Al-Shabaab eiste de aanval op. Twee aanvallers bliezen zichzelf op.", "nl");
  EXPECT_EQ(principals(gnl).back(), "aanvallers=ALSHABAAB");
}

TEST(Recognizer, TheyForAnOrganisation) {
  auto m = run("ECOWAS leaders met in Abuja on Sunday. They demanded the release of the president.");
  EXPECT_EQ(principals(m).back(), "They=ECOWAS");
}

TEST(Recognizer, CountryGroupsNameEachMember) {
  EXPECT_EQ(principals(run("Poland and the Baltic states accused Belarus.")),
            (V{"Poland=POL", "Baltic states=EST", "Baltic states=LVA", "Baltic states=LTU", "Belarus=BLR"}));
  EXPECT_EQ(principals(run("Polen en de Baltische staten beschuldigden Wit-Rusland.", "nl")),
            (V{"Polen=POL", "Baltische staten=EST", "Baltische staten=LVA", "Baltische staten=LTU", "Wit-Rusland=BLR"}));
}

TEST(Recognizer, DutchZijForABodyWhenNoPersonIsInReach) {
  auto nl = run("De redactie belde de Belgische ambassade in Accra. Het duurde lang. Zij eisten de vrijlating.", "nl");
  EXPECT_EQ(principals(nl).back(), "Zij=BEL");
  auto en = run("The editors called the Belgian embassy in Accra. It took long. They demanded the release.");
  EXPECT_EQ(principals(en).back(), "They=BEL");
}

TEST(Recognizer, DutchHaarForAStateWhenNoPersonIsInReach) {
  auto nl = run("Venezuela sloot vrijdag de grens en lichtte haar besluit niet toe.", "nl");
  EXPECT_EQ(principals(nl).back(), "haar=VEN");
  auto p = run("De Keniaanse minister Ana Vale sprak met Colombia over haar plan.", "nl");
  EXPECT_EQ(principals(p).back(), "haar=KEN");
}

TEST(Recognizer, ReferenceBeforeForIsStillAReference) {
  auto m = run("Ruritania ended talks with the ELN after blaming the rebel group for an attack.");
  EXPECT_EQ(principals(m).back(), "the rebel group=ELN");
  auto nl = run("Colombia stopte de gesprekken met het ELN en gaf de groep de schuld van een aanslag.", "nl");
  EXPECT_EQ(principals(nl).back(), "de groep=ELN");
}

TEST(Recognizer, AGroupThatTookPowerActsForItsStateFromThen) {
  EXPECT_EQ(principals(run("The Taliban attacked a checkpoint.", "en", PartialDate{2019, 5, 0})), (V{"Taliban=TALIBAN"}));
  EXPECT_EQ(principals(run("The Taliban met the envoy.", "en", PartialDate{2023, 2, 0})), (V{"Taliban=AFG"}));
  EXPECT_EQ(principals(run("De Taliban ontvingen de gezant.", "nl", PartialDate{2021, 8, 0})), (V{"Taliban=AFG"}));
  EXPECT_EQ(principals(run("De Taliban vielen een post aan.", "nl", PartialDate{2016, 1, 0})), (V{"Taliban=TALIBAN"}));
  // Undated: taken as current news.
  EXPECT_EQ(principals(run("Taliban authorities summoned the envoy.")), (V{"Taliban authorities=AFG"}));
}

TEST(Recognizer, ABareGovernmentBelongsToTheStateOfTheStory) {
  // The one state named nearby.
  EXPECT_EQ(principals(run("Canada criticised the arrests. The government said it was concerned.")).at(1),
            "government=CAN");
  // Dutch "het kabinet" is the Dutch or Belgian cabinet: the one the story names most.
  auto nl = run("Turkije dreigt met sancties tegen Nederland. Het kabinet is verbaasd over Turkije.", "nl");
  EXPECT_EQ(principals(nl).at(2), "kabinet=NLD");
  auto be = run("België stuurt hulp. Het kabinet overlegde met Congo.", "nl");
  EXPECT_EQ(principals(be).at(1), "kabinet=BEL");
  EXPECT_EQ(principals(run("Vanmorgen besloot het kabinet de Turkse minister te weren.", "nl")).front(), "kabinet=NLD");
  // "the Foreign Office" is no one state's name.
  EXPECT_EQ(principals(run("Pakistan protested. The Foreign Office summoned the envoy.")).at(1), "Foreign Office=PAK");
  EXPECT_EQ(principals(run("Britain protested. The Foreign Office summoned the envoy.")).at(1), "Foreign Office=GBR");
  // Nothing nearby or several states: no guess; an "of" phrase names the ministry's own state.
  EXPECT_EQ(principals(run("Kenya and Uganda met. The government said nothing.")), (V{"Kenya=KEN", "Uganda=UGA"}));
  const auto of = principals(run("The United States thanked the Ministry of Public Security of Vietnam."));
  EXPECT_EQ(std::count(of.begin(), of.end(), "Ministry=USA"), 0);
}

TEST(Recognizer, APersonNamedAfterTheFirstIIsSpokenToNotSpeaking) {
  auto nl = principals(run("Ik heb president Erdogan mijn condoleances overgebracht.", "nl"));
  EXPECT_EQ(std::count(nl.begin(), nl.end(), "mijn=TUR"), 0);
  auto en = principals(run("I told President Erdogan of my sympathy."));
  EXPECT_EQ(std::count(en.begin(), en.end(), "my=TUR"), 0);
  // Named before the pronoun, the person is the speaker ("Minister Vale: my …").
  auto sp = principals(run("De Turkse president Erdogan zei dat mijn land helpt.", "nl"));
  EXPECT_EQ(std::count(sp.begin(), sp.end(), "mijn=TUR"), 1);
}

TEST(Recognizer, PrivatePersonsAndDescriptionsThatReferBack) {
  // Private persons by their role, with the nationality before it.
  EXPECT_EQ(principals(run("A Belgian aid worker was detained.")), (V{"Belgian aid worker=BEL"}));
  EXPECT_EQ(principals(run("Twee Franse journalisten werden opgepakt.", "nl")), (V{"Franse journalisten=FRA"}));
  // "the diplomat, X" is the diplomat described before.
  auto en = principals(run("Belgium freed an Iranian diplomat. The diplomat, Reza Amini, flew home."));
  EXPECT_EQ(en.back(), "diplomat, Reza Amini=IRN");
  auto nl = principals(run("België liet een Iraanse diplomaat vrij. De diplomaat, Reza Amini, vloog naar huis.", "nl"));
  EXPECT_EQ(nl.back(), "diplomaat, Reza Amini=IRN");
  // A registry person later in an "and" run keeps their own state.
  auto list = principals(run("Hij belde VN-secretaris-generaal António Guterres en paus Franciscus.", "nl", PartialDate{2022, 3, 0}));
  EXPECT_EQ(list.back(), "paus Franciscus=VAT");
}

TEST(Recognizer, AnAppositionTitleTakesTheStateOfTheSentenceBeforeNotOfWhereItIs) {
  // "in Washington" says where the minister was, not whose minister.
  auto en = principals(run("The Kenyan government launched a campaign. At a ceremony in Washington on Tuesday, the "
                           "Minister of Culture, Amina Wanjiru, thanked the United States."));
  EXPECT_EQ(std::count(en.begin(), en.end(), "Minister of Culture, Amina Wanjiru=KEN"), 1);
  auto nl = principals(run("De Keniaanse regering startte een campagne. Bij een ceremonie in Washington bedankte de "
                           "minister van Cultuur, Amina Wanjiru, de Verenigde Staten.", "nl"));
  EXPECT_EQ(std::count(nl.begin(), nl.end(), "minister van Cultuur, Amina Wanjiru=KEN"), 1);
}

TEST(Recognizer, HeIsThePersonWhoseStateIsKnownAmongSeveral) {
  // The two hosts are made-up names the registry does not know (the real
  // office holders are registry persons with a state of their own).
  auto en = principals(run("German Foreign Minister Johann Wadephul visited Podgorica. After meeting President Petar "
                           "Vukotic and Prime Minister Marko Radulovic, Wadephul pledged help. He also called for reforms."));
  EXPECT_EQ(en.back(), "He=DEU");
  auto nl = principals(run("De Duitse minister Johann Wadephul bezocht Podgorica. Na een gesprek met president Petar "
                           "Vukotic en premier Marko Radulovic beloofde Wadephul hulp. Hij riep ook op tot hervormingen.", "nl"));
  EXPECT_EQ(nl.back(), "Hij=DEU");
  // Two persons of known allegiance stay ambiguous.
  auto two = principals(run("Kenyan President Ruto met Ugandan President Museveni. He said little."));
  EXPECT_EQ(std::count(two.begin(), two.end(), "He=KEN") + std::count(two.begin(), two.end(), "He=UGA"), 0);
}

TEST(Recognizer, AStatesFormalNameIsTheState) {
  auto en = principals(run("The Government of the Federal Democratic Republic of Ethiopia signed."));
  EXPECT_EQ(en.front(), "Government of the Federal Democratic Republic of Ethiopia=ETH");
  auto nl = principals(run("De regering van het Koninkrijk Saoedi-Arabië tekende.", "nl"));
  EXPECT_EQ(nl.front(), "regering van het Koninkrijk Saoedi-Arabië=SAU");
  // Only before a state's name: "the Islamic State" stays what it is.
  auto is = principals(run("Fighters of the Islamic State attacked."));
  EXPECT_EQ(std::count_if(is.begin(), is.end(), [](const std::string& p) { return p.find("=IRQ") != std::string::npos; }), 0);
}

TEST(Recognizer, HyphenatedParticiplesAfterAnActor) {
  EXPECT_EQ(principals(run("Iran-backed Houthis fired at a U.S.-owned tanker.")),
            (V{"Iran-backed=IRN", "Houthis=HOUTHIS", "U.S.-owned=USA"}));
  EXPECT_EQ(principals(run("The Saudi-led coalition struck Sanaa.")), (V{"Saudi-led=SAU", "Sanaa=YEM"}));
  // Dutch writes these apart ("door Iran gesteunde"); the state is found as usual.
  EXPECT_EQ(principals(run("Door Iran gesteunde Houthi's vuurden.", "nl")), (V{"Iran=IRN", "Houthi's=HOUTHIS"}));
}

TEST(Recognizer, ABranchOfAGroupIsTheGroupOrItsBranchInTheAdjectivesState) {
  EXPECT_EQ(principals(run("The Yemeni branch of al-Qaeda claimed the attack.")),
            (V{"Yemeni branch of al-Qaeda=AQAP"}));
  EXPECT_EQ(principals(run("Troops fought the armed wing of Hamas.")), (V{"wing of Hamas=HAMAS"}));
  // No branch known there: the group itself, and the adjective names no party.
  EXPECT_EQ(principals(run("The Kenyan affiliate of the terrorist group Islamic State was hit.")),
            (V{"Kenyan affiliate of the terrorist group Islamic State=ISIS"}));
  EXPECT_EQ(principals(run("De Afghaanse tak van terreurgroep IS eiste de aanslag op.", "nl")),
            (V{"Afghaanse tak van terreurgroep IS=ISKP"}));
  // Without an organisation after it, a branch is a plain noun.
  EXPECT_EQ(principals(run("The Dutch branch opened in Nairobi.")), (V{"Dutch=NLD", "Nairobi=KEN"}));
}

TEST(Recognizer, ItsNeighbourIsTheOtherStateOfTheStory) {
  // "Its" opening the sentence continues the previous sentence's subject.
  EXPECT_EQ(principals(run("Cambodia accused Thailand of shelling. Its foreign ministry urged its neighbour to stop.")),
            (V{"Cambodia=KHM", "Thailand=THA", "Its=KHM", "foreign ministry=KHM", "its neighbour=THA"}));
  EXPECT_EQ(principals(run("Poland thanked Germany for its help. It also praised the Czech Republic.")),
            (V{"Poland=POL", "Germany=DEU", "its=POL", "It=POL", "Czech Republic=CZE"}));
  EXPECT_EQ(principals(run("Syrië protesteerde. Turkse militairen zijn het buurland binnengetrokken.", "nl")),
            (V{"Syrië=SYR", "Turkse militairen=TUR", "het buurland=SYR"}));
  // With no other state in reach there is no neighbour.
  EXPECT_EQ(principals(run("Kenyan troops crossed into the neighbouring country.")), (V{"Kenyan troops=KEN"}));
}

TEST(Recognizer, ACompassWordGluedToAStateIsPartOfItsMention) {
  EXPECT_EQ(principals(run("Het offensief in de Noord-Syrische regio en in Oost-Oekraïne.", "nl")),
            (V{"Noord-Syrische=SYR", "Oost-Oekraïne=UKR"}));
  // A state whose name has the compass word is that state.
  EXPECT_EQ(principals(run("Zuid-Soedan en Noord-Korea.", "nl")), (V{"Zuid-Soedan=SSD", "Noord-Korea=PRK"}));
}

TEST(Recognizer, TheGroupIsTheArmedGroupInReachBeforeABloc) {
  EXPECT_EQ(principals(run("Al-Shabaab attacked an African Union base. The group's spokesman spoke.")),
            (V{"Al-Shabaab=ALSHABAAB", "African Union=AU", "The group's=ALSHABAAB"}));
  // With no armed group in reach, a bloc may be "the group".
  EXPECT_EQ(principals(run("ECOWAS met in Abuja. The group imposed sanctions.")),
            (V{"ECOWAS=ECOWAS", "Abuja=NGA", "The group=ECOWAS"}));
}

TEST(Recognizer, APossessiveIsTheSentencesFirstParty) {
  // "their leader" is the group that speaks, not the base it attacked.
  const auto is = principals(run("Al-Shabaab said it attacked an AU base in revenge for a strike that killed their leader."));
  EXPECT_EQ(is.back(), "their=ALSHABAAB");
  EXPECT_EQ(principals(run("The Thai army said Cambodian troops fired near its positions.")).back(), "its=THA");
  // A subject pronoun keeps the nearest party, and so does a possessive in
  // the infinitive of the one asked.
  EXPECT_EQ(principals(run("Kenya told Somalia that it must act.")).back(), "it=SOM");
  EXPECT_EQ(principals(run("Canada asked Venezuela to explain its decision.")).back(), "its=VEN");
}

TEST(Pieces, HyphensAndPossessivesSplit) {
  EXPECT_EQ(surface_keys("Al-Shabaab"), (V{"al", "shabaab"}));
  EXPECT_EQ(surface_keys("Lord's Resistance Army"), (V{"lord", "'s", "resistance", "army"}));
  EXPECT_EQ(fold_case("NOORD-MACEDONIË"), "noord-macedonië");
}

TEST(Recognizer, RegionsNamingAStateNameAreNoState) {
  auto no_usa = [](const std::vector<Mention>& m) {
    return std::none_of(m.begin(), m.end(), [](const Mention& x) { return x.actor.country == "USA"; });
  };
  auto m = run("Brazil said South America must remain a zone of peace. Latin American leaders met in Bogota.");
  EXPECT_TRUE(no_usa(m));
  EXPECT_TRUE(find_text(m, "Brazil"));
  m = run("Fires raged in Chile on Sunday. Argentina sent firefighters to the South American country.");
  const Mention* ref = find_text(m, "the South American country");
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->actor.country, "CHL");
  m = run("Brazilië zei dat Zuid-Amerika een zone van vrede moet blijven. Latijns-Amerikaanse leiders kwamen bijeen.", "nl");
  EXPECT_TRUE(no_usa(m));
  m = run("Amerika en Mexico tekenden een akkoord.", "nl");
  EXPECT_FALSE(no_usa(m));
}

}  // namespace
}  // namespace dyad
