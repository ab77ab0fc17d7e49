// The PETRARCH dictionary readers, their conversion into dyad data and the
// validation-record reader: small inline files, so each test is fast; the
// shipped PETRARCH files (../shared/petrarch) are read where a test says so.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/registry.h"
#include "events/lexicon.h"
#include "petrarch/convert.h"
#include "petrarch/dictionaries.h"
#include "petrarch/filters.h"
#include "petrarch/validation.h"

namespace {

namespace fs = std::filesystem;
using namespace dyad::petrarch;

const fs::path kShared = fs::path(DYAD_SHARED_DIR) / "petrarch";
const fs::path kData = fs::path(DYAD_SOURCE_DIR) / "data";

bool has(const Report& r, const std::string& where, const std::string& words) {
  for (const auto& d : r.items)
    if (d.where == where && d.message.find(words) != std::string::npos) return true;
  return false;
}

std::string dump(const Report& r) {
  std::string out;
  for (const auto& d : r.items) out += d.where + ": " + d.message + "\n";
  return out;
}

TEST(PetrarchDates, TwoAndFourDigitYears) {
  EXPECT_EQ(parse_petrarch_date("090120"), "2009-01-20");
  EXPECT_EQ(parse_petrarch_date("970101"), "1997-01-01");
  EXPECT_EQ(parse_petrarch_date("20070101"), "2007-01-01");
  EXPECT_EQ(parse_petrarch_date("2004017"), "");
  EXPECT_EQ(parse_petrarch_date("091320"), "");
}

TEST(PetrarchVerbs, SynsetsBlocksPatternsAndTransformations) {
  const std::string text =
      "<!-- header -->\n"
      "####### SYNONYM SETS #######\n"
      "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n\n"
      "####### VERB PATTERNS #######\n"
      "---  ACCELERATE   [---]  ---\n"
      "ACCELERATE\nHURRY {HURRIES HURRYING HURRIED }\n+SET_UP [036]\n"
      "- * (TO)   [042:043]   # RUSH\n"
      "- * &CURRENCY [071]\n"
      "- * [bad\n"
      "- no star [010]\n"
      "######## TRANSFORMATIONS ##########\n"
      "~ a (a b ATTACK) SAY = a b 015\n";
  VerbDictionary d;
  Report r;
  read_verbs(text, "v.txt", d, r);
  ASSERT_EQ(d.synsets.size(), 1u);
  EXPECT_EQ(d.synsets[0].name, "CURRENCY");
  EXPECT_EQ(d.synsets[0].members.size(), 2u);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].code, "---");
  ASSERT_EQ(d.blocks[0].verbs.size(), 3u);
  EXPECT_EQ(d.blocks[0].verbs[1].forms.size(), 3u);
  EXPECT_EQ(d.blocks[0].verbs[2].token, "+SET_UP");
  EXPECT_EQ(d.blocks[0].verbs[2].code, "036");
  ASSERT_EQ(d.blocks[0].patterns.size(), 2u);
  EXPECT_EQ(d.blocks[0].patterns[0].code, "042:043");
  EXPECT_EQ(d.blocks[0].patterns[0].comment, "RUSH");
  EXPECT_EQ(d.transformations.size(), 1u);
  EXPECT_TRUE(has(r, "v.txt:14", "without a [CODE]")) << dump(r);
  EXPECT_TRUE(has(r, "v.txt:15", "without '*'")) << dump(r);
}

TEST(PetrarchVerbs, ConvertedLinesLoadAsLexicon) {
  const std::string text =
      "&CURRENCY\n+DOLLARS\n+FRANCS\n"
      "--- ACCELERATE [---] ---\nACCELERATE\nRUSH\n"
      "- * (TO)   [042:043]\n- * {ARMS SHIPMENT} [072]\n- * &CURRENCY [071]\n- * $ (TO {BANNED PARTIES}) [1722]\n"
      "- &MILITARY * [154]\n- * ^ AID [070]\n"
      "--- DEMAND [100] ---\nDEMAND\n+CALL_FOR [1011]\n--- MEET [040] ---\nMEET\n- * WITH [075A]\n";
  Dictionaries d;
  Report r;
  read_verbs(text, "v.txt", d.verbs, r);
  d.has_verbs = true;
  ConvertOptions o;
  known_codes(kData, o);
  const Converted c = convert(d, o, r);
  const std::string& lex = c.files.at("lang/en/events/95_petrarch.txt");
  EXPECT_NE(lex.find("verb rush pp=to -> 042:043"), std::string::npos) << lex;
  EXPECT_NE(lex.find("verb accelerate obj=arm_shipment -> 072"), std::string::npos) << lex;
  EXPECT_NE(lex.find("verb rush obj=&PETR-CURRENCY -> 071"), std::string::npos) << lex;
  EXPECT_NE(lex.find("verb rush pp=to:banned_party -> 1722"), std::string::npos) << lex;
  EXPECT_NE(lex.find("verb call pp=for -> 1011"), std::string::npos) << lex;
  EXPECT_NE(lex.find("verb meet -> 040 sym"), std::string::npos) << lex;
  EXPECT_NE(lex.find("class PETR-CURRENCY: dollar dollars franc francs"), std::string::npos) << lex;
  EXPECT_TRUE(has(r, "v.txt:18", "'075A'")) << dump(r);
  EXPECT_TRUE(has(r, "v.txt:11", "before the verb")) << dump(r);
  dyad::events::Lexicon lexicon;
  std::string error;
  ASSERT_TRUE(lexicon.add_text(lex, "95_petrarch.txt", &error)) << error;
  EXPECT_TRUE(lexicon.check(&error)) << error;
}

TEST(PetrarchActors, DatedCodesSynonymsAndBadLines) {
  const std::string text =
      "# comment\n"
      "UN_ [IGOUNO]\nU.N._\n\n"
      "BARACK_OBAMA\n+PRESIDENT_OBAMA\n\t[USAELI 080101-090120]\n\t[USAGOV >090120]\n"
      "BAN_KI-MOON\n\t[IGOUNO >20070101]\n\t[KORGOVBUS 2004017-20061201]\n"
      "ARNOR_  [ARN]\n+ARNORIAN\n"
      "LONELY_NAME\n\n"
      "+ORPHAN\n"
      "PALESTINIAN [pse]\n";
  std::vector<ActorEntry> a;
  Report r;
  read_actors(text, "a.txt", a, r);
  ASSERT_EQ(a.size(), 5u) << dump(r);
  EXPECT_EQ(a[0].names.size(), 2u);  // U.N. read as a spelling of UN
  EXPECT_TRUE(has(r, "a.txt:3", "more names")) << dump(r);
  ASSERT_EQ(a[1].codes.size(), 2u);
  EXPECT_EQ(a[1].codes[0].from, "2008-01-01");
  EXPECT_EQ(a[1].codes[0].to, "2009-01-20");
  EXPECT_EQ(a[1].codes[1].from, "2009-01-20");
  EXPECT_EQ(a[2].codes.size(), 1u);
  EXPECT_TRUE(has(r, "a.txt:11", "bad date range")) << dump(r);
  EXPECT_TRUE(has(r, "a.txt:14", "without a code")) << dump(r);
  EXPECT_TRUE(has(r, "a.txt:16", "without an entry")) << dump(r);
  EXPECT_EQ(a[4].codes[0].code, "PSE");
  EXPECT_TRUE(has(r, "a.txt:17", "lower case")) << dump(r);
}

TEST(PetrarchAgents, SubstitutionsPluralsAndPrefixes) {
  const std::string text =
      "!PERSON! = MAN, MEN\n"
      "CATTLE!PERSON! [~AGR]\nFARMER [~AGR]\nCHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"
      "ARMED_POLICE {} [~COP]\nPEACEKEEPING_TROOPS {} [IGO~]\nBROKEN [GOV]\nX!NOPE! [~GOV]\n";
  std::vector<Agent> a;
  Report r;
  read_agents(text, "g.txt", a, r);
  ASSERT_EQ(a.size(), 5u) << dump(r);
  EXPECT_EQ(a[0].names, (std::vector<std::string>{"CATTLEMAN", "CATTLEMEN"}));
  EXPECT_EQ(a[1].names, (std::vector<std::string>{"FARMER", "FARMERS"}));
  EXPECT_EQ(a[2].names, (std::vector<std::string>{"CHAMBER_OF_COMMERCE", "CHAMBERS_OF_COMMERCE"}));
  EXPECT_EQ(a[3].names.size(), 1u);
  EXPECT_TRUE(a[4].prefix);
  EXPECT_TRUE(has(r, "g.txt:7", "needs '~'")) << dump(r);
  EXPECT_TRUE(has(r, "g.txt:8", "unknown substitution set")) << dump(r);
}

TEST(PetrarchDiscardsIssues, ReadAndMatch) {
  std::vector<Discard> d;
  Report r;
  read_discards("# c\nMONTHS LATER\n+Manchester United   # pas\nSILVER_MEDAL\n", "d.txt", d, r);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_TRUE(d[1].story);
  EXPECT_EQ(d[1].phrase, "MANCHESTER UNITED");
  std::vector<Issue> is;
  read_issues("<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:teacher [TEACHERS]\nhead start [EARLY]\n~a head start\nbroken\n</ISSUE>\n",
              "i.txt", is, r);
  ASSERT_EQ(is.size(), 3u) << dump(r);
  EXPECT_EQ(is[0].phrase, "teacher");
  EXPECT_TRUE(has(r, "i.txt:5", "without a [CODE]")) << dump(r);
  Filters f;
  for (const auto& x : d) f.add_discard(x.phrase, x.story);
  for (const auto& x : is) f.add_issue(x.phrase, x.code);
  EXPECT_TRUE(f.discards_sentence("He won the silver medal."));
  EXPECT_FALSE(f.discards_sentence("The medal was silver."));
  EXPECT_TRUE(f.discards_story("Manchester United beat Chelsea"));
  EXPECT_EQ(f.issues("The teacher got a head start"), (std::vector<std::string>{"TEACHERS"}));
  EXPECT_EQ(f.issues("Teacher programme Head Start"), (std::vector<std::string>{"TEACHERS", "EARLY"}));
}

TEST(PetrarchConvert, ActorsAndAgentsLoadAsRegistry) {
  Dictionaries d;
  Report r;
  read_actors("ARNOR_ [ARN]\n+ARNORIAN\n\nUN_ [IGOUNO]\n\nBARACK_OBAMA\n+OBAMA\n\t[USAGOV >090120]\n\t[USAELI 080101-090120]\n"
              "ISRAELI_TROOPS [ISRMIL]\n",
              "a.txt", d.actors, r);
  read_agents("PRESIDENT [~GOV]\nBUDDHIST_STUDENT [~BUDEDU]\n", "g.txt", d.agents, r);
  ConvertOptions o;
  known_codes(kData, o);
  const Converted c = convert(d, o, r);
  EXPECT_NE(c.files.at("actors/countries.tsv").find("ARN\tAR\tArnor"), std::string::npos);
  EXPECT_NE(c.files.at("actors/persons.tsv").find("Barack Obama\tUSA\t-\tUSAGOV\t2009-01-20"), std::string::npos)
      << c.files.at("actors/persons.tsv");
  EXPECT_NE(c.files.at("lang/en/actors/organisations.tsv").find("UN\tIGOUNO"), std::string::npos);
  EXPECT_NE(c.files.at("lang/en/actors/roles.tsv").find("president\tGOV\ttitle"), std::string::npos);
  EXPECT_TRUE(has(r, "g.txt:2", "more than one sector")) << dump(r);
  const fs::path out = fs::temp_directory_path() / ("dyad-petr-test-" + std::to_string(::getpid()));
  std::string error;
  ASSERT_TRUE(write_data_dir(kData, c, false, out, &error)) << error;
  std::vector<std::string> warnings;
  auto registry = dyad::Registry::load(out, "en", &error, &warnings);
  EXPECT_TRUE(registry) << error;
  ASSERT_TRUE(write_data_dir(kData, c, true, out / "only", &error)) << error;
  registry = dyad::Registry::load(out / "only", "en", &error, &warnings);
  EXPECT_TRUE(registry) << error;
  if (registry) EXPECT_LT(registry->stats().surfaces, 200u);
  EXPECT_TRUE(dyad::events::Lexicon::load(out / "only/lang/en/events", &error)) << error;
  fs::remove_all(out);
}

TEST(PetrarchValidation, LenientRecordsAndScore) {
  const std::string text =
      "<?xml version='1.0'?>\n<Validation>\n# banner & more\n<Environment>\n<Verbfile>CAMEO.2.0.txt</Verbfile>\n"
      "<Include>valid AFP TEST</Include>\n</Environment>\n<Sentences>\n"
      "<Sentence category=\"AFP\" date=\"20080804\" id=\"A1\" evaluate=\"true\"/>\n"
      "<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
      "<EventCoding eventcode=\"043\" sourcecode=\"USA\" targetcode=\"CHN\" />\n"
      "<Text>\nThe US leader &amp; \n visited China.\n</Text>\n<Parse>\n1\tThe\n</Parse>\n"
      "<!-- <Sentence id=\"hidden\"/> -->\n"
      "<Sentence source = \"TEST\" date=\"19950101\" id=\"T1\">\n<EventCoding noevents = \"True\" />\n<Text>X</Text>\n</Sentence>\n"
      "<Sentence category=\"OTHER\" id=\"O1\"/>\n<Text>left out</Text>\n"
      "<Sentence category=\"AFP\" id=\"N1\"/>\n<EventCoding eventcode=\"01\"/>\n";
  Report r;
  const ValidationFile vf = read_validation(text, "v.xml", r);
  EXPECT_EQ(vf.environment.at("Verbfile"), "CAMEO.2.0.txt");
  ASSERT_EQ(vf.records.size(), 2u) << dump(r);
  EXPECT_EQ(vf.records[0].text, "The US leader & visited China.");
  EXPECT_EQ(vf.records[0].expected.size(), 2u);
  EXPECT_EQ(vf.records[1].category, "TEST");
  EXPECT_TRUE(vf.records[1].no_events);
  EXPECT_TRUE(has(r, "v.xml:26", "no <Text>")) << dump(r);
  const Score s = score_record(vf.records[0], {{"USA", "CHN", "042"}, {"USA", "CHN", "042"}, {"USA", "RUS", "043"}});
  EXPECT_EQ(s.expected, 2u);
  EXPECT_EQ(s.correct, 1u);
  EXPECT_EQ(s.uncoded, 1u);
  EXPECT_EQ(s.extra, 2u);
}

TEST(PetrarchConfig, DictionariesSectionNamesTheFiles) {
  const fs::path dir = fs::temp_directory_path() / ("dyad-petr-ini-" + std::to_string(::getpid()));
  fs::create_directories(dir / "dictionaries");
  {
    std::ofstream ini(dir / "PETR_config.ini");
    ini << "[Dictionaries]\n# comment\nverbfile_name    = CAMEO.2.0.txt\n"
           "actorfile_list   = A.txt, B.txt\nagentfile_name = G.txt\ndiscardfile_name = D.txt\n"
           "issuefile_name = I.txt\nno value here\n[Options]\nnew_actor_length = 0\n";
  }
  Sources s;
  Report r;
  ASSERT_TRUE(read_config(dir / "PETR_config.ini", s, r));
  EXPECT_EQ(s.verbs, dir / "dictionaries" / "CAMEO.2.0.txt");
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[1], dir / "dictionaries" / "B.txt");
  EXPECT_EQ(s.issues, dir / "dictionaries" / "I.txt");
  EXPECT_TRUE(has(r, (dir / "PETR_config.ini").string() + ":8", "not 'key = value'")) << dump(r);
  fs::remove_all(dir);
}

// Every shipped PETRARCH dictionary reads, converts and loads as dyad data.
TEST(PetrarchShipped, ValidationDictionariesLoad) {
  if (!fs::exists(kShared / "dictionaries/PETR.Validate.actors.txt")) GTEST_SKIP() << "no " << kShared;
  Sources s;
  const fs::path d = kShared / "dictionaries";
  s.verbs = d / "PETR.Validate.verbs.txt";
  s.actors = {d / "PETR.Validate.actors.txt"};
  s.agents = d / "PETR.Validate.agents.txt";
  s.discards = d / "PETR.Validate.discards.txt";
  Report r;
  const Dictionaries dicts = read_all(s, r);
  EXPECT_GT(dicts.actors.size(), 100u);
  ConvertOptions o;
  known_codes(kData, o);
  const Converted c = convert(dicts, o, r);
  const fs::path out = fs::temp_directory_path() / ("dyad-petr-shipped-" + std::to_string(::getpid()));
  std::string error;
  ASSERT_TRUE(write_data_dir(kData, c, true, out, &error)) << error;
  EXPECT_TRUE(dyad::Registry::load(out, "en", &error)) << error;
  EXPECT_TRUE(dyad::events::Lexicon::load(out / "lang/en/events", &error)) << error;
  fs::remove_all(out);
}

}  // namespace
