// Lemmatizer behaviour on treebanks that mark compound parts and verb
// particles in lemmas (Dutch Alpino style), from tiny hand-made training sets.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"

namespace dyad::nlp {
namespace {

struct Entry {
  std::string form, lemma, upos, feats = "_";
};

// One single-word sentence per entry.
std::vector<ParsedSentence> sentences(const std::vector<Entry>& entries) {
  std::string text;
  for (const auto& e : entries) text += "1\t" + e.form + "\t" + e.lemma + "\t" + e.upos + "\t_\t" + e.feats + "\t0\troot\t_\t_\n\n";
  std::istringstream in(text);
  std::vector<ParsedSentence> out;
  std::string error;
  EXPECT_TRUE(read_conllu(in, "test", out, &error)) << error;
  return out;
}

std::string lemma(const Lemmatizer& lem, const std::string& form, const std::string& upos,
                  const std::string& feats = "_") {
  AnnotatedWord w{form};
  w.upos = upos;
  w.feats = feats;
  return lem.lemma_of(w);
}

// Nouns with compound lemmas and the linking "s", enough for the lemmatizer
// to switch compound splitting on and learn the linker.
std::vector<Entry> dutch_nouns() {
  return {{"regeringsvorming", "regering_vorming", "NOUN"}, {"gezondheidszorg", "gezondheid_zorg", "NOUN"},
          {"veiligheidsraad", "veiligheid_raad", "NOUN"},   {"arbeidsmarkt", "arbeid_markt", "NOUN"},
          {"overheidsgeld", "overheid_geld", "NOUN"},       {"vredesplan", "vrede_plan", "NOUN"},
          {"jeugd", "jeugd", "NOUN"},                       {"risico", "risico", "NOUN"},
          {"groep", "groep", "NOUN", "Number=Sing"},        {"kinderen", "kind", "NOUN", "Number=Plur"},
          {"steden", "stad", "NOUN", "Number=Plur"},        {"wegen", "weg", "NOUN", "Number=Plur"},
          {"stand", "stand", "NOUN"},                       {"aard", "aard", "NOUN"},
          {"standaard", "standaard", "ADJ"},                {"lucht", "lucht", "NOUN"},
          {"haven", "haven", "NOUN"}};
}

TEST(Lemmatizer, SplitsCompoundsIntoSeveralKnownParts) {
  Lemmatizer lem;
  lem.train(sentences(dutch_nouns()));
  // Three parts, a linking "s" and a last part that is a compound lemma itself.
  EXPECT_EQ(lemma(lem, "jeugdgezondheidszorg", "NOUN"), "jeugd_gezondheid_zorg");
  EXPECT_EQ(lemma(lem, "jeugdregeringsvorming", "NOUN"), "jeugd_regering_vorming");
}

TEST(Lemmatizer, LemmatisesAnUnseenLastPartByTheRules) {
  auto entries = dutch_nouns();
  for (const auto& [form, lem] : std::vector<std::pair<std::string, std::string>>{
           {"banen", "baan"}, {"bonen", "boon"}, {"ramen", "raam"}, {"boeken", "boek"}, {"groepen", "groep"}})
    entries.push_back({form, lem, "NOUN", "Number=Plur"});
  Lemmatizer lem;
  lem.train(sentences(entries));
  // "risicogroepen" was never seen, nor "groepen" after another part.
  EXPECT_EQ(lemma(lem, "risicogroepen", "NOUN", "Number=Plur"), "risico_groep");
  EXPECT_EQ(lemma(lem, "kinderengroepen", "NOUN", "Number=Plur"), "kind_groep");
}

TEST(Lemmatizer, SplitsALongWordWithOneUnknownSide) {
  auto entries = dutch_nouns();
  entries.push_back({"houder", "houder", "NOUN"});
  Lemmatizer lem;
  lem.train(sentences(entries));
  // "tepel" is unknown, "houder" a known noun of some length; the linking "s" goes.
  EXPECT_EQ(lemma(lem, "tepelhouder", "NOUN"), "tepel_houder");
  EXPECT_EQ(lemma(lem, "bankenshouder", "NOUN"), "banken_houder");
  // A known first part before a long unknown rest.
  EXPECT_EQ(lemma(lem, "regeringsonderhandelaar", "NOUN"), "regering_onderhandelaar");
  // Too short to risk it.
  EXPECT_EQ(lemma(lem, "telhouder", "NOUN"), "telhouder");
}

TEST(Lemmatizer, KeepsALinkerOfTwoLettersWithTheHead) {
  auto entries = dutch_nouns();
  for (const auto& [form, lem] : std::vector<std::pair<std::string, std::string>>{
           {"boekenkast", "boek_kast"}, {"dierenarts", "dier_arts"}, {"bonensoep", "boon_soep"},
           {"heldendaad", "held_daad"}, {"pennenzak", "pen_zak"}, {"dierenpark", "dier_park"},
           {"boekenbon", "boek_bon"}, {"vrouw", "vrouw"}})
    entries.push_back({form, lem, "NOUN"});
  Lemmatizer lem;
  lem.train(sentences(entries));
  // A known head and a long unknown rest: the "en" goes with "vrouw", not into the rest.
  EXPECT_EQ(lemma(lem, "vrouwenwijding", "NOUN"), "vrouw_wijding");
}

TEST(Lemmatizer, KeepsAWordKnownWholeWhole) {
  Lemmatizer lem;
  lem.train(sentences(dutch_nouns()));
  // "standaard" is known (as an adjective): as a noun it is not "stand" + "aard".
  EXPECT_EQ(lemma(lem, "standaard", "NOUN"), "standaard");
  EXPECT_EQ(lemma(lem, "Standaard", "NOUN"), "standaard");
  // An unknown word made of known parts is split.
  EXPECT_EQ(lemma(lem, "luchtstand", "NOUN"), "lucht_stand");
}

// Regular participles strip "ge" (often enough for rules of their own);
// "op" and "aan" are particles joined to the lemma.
std::vector<Entry> dutch_verbs() {
  auto entries = dutch_nouns();
  const std::string part = "VerbForm=Part";
  for (const auto& [form, lem] : std::vector<std::pair<std::string, std::string>>{
           {"gemaakt", "maken"},    {"gewerkt", "werken"},   {"gespeeld", "spelen"},   {"gebouwd", "bouwen"},
           {"geleid", "leiden"},    {"gekocht", "kopen"},    {"gedeeld", "delen"},     {"getekend", "tekenen"},
           {"gezocht", "zoeken"},   {"gekend", "kennen"},    {"gerekend", "rekenen"},  {"gevormd", "vormen"},
           {"gevolgd", "volgen"},   {"gezorgd", "zorgen"},   {"getraind", "trainen"},  {"gestemd", "stemmen"},
           {"gebrand", "branden"},  {"gewoond", "wonen"},    {"geduurd", "duren"},     {"gehoord", "horen"},
           {"gehaald", "halen"},    {"geplant", "planten"},  {"gepland", "plannen"},   {"geopend", "openen"},
           {"gevoerd", "voeren"},   {"geleerd", "leren"},    {"gekookt", "koken"},     {"gepakt", "pakken"},
           {"gekust", "kussen"},    {"geblust", "blussen"},  {"gepast", "passen"},    {"gestudeerd", "studeren"},
           {"gereageerd", "reageren"}, {"geregeerd", "regeren"},
           {"opgebouwd", "op_bouwen"}, {"aangemaakt", "aan_maken"}, {"beloofd", "beloven"}})
    entries.push_back({form, lem, "VERB", part});
  entries.push_back({"lossen", "lossen", "VERB", "VerbForm=Inf"});
  entries.push_back({"melden", "melden", "VERB", "VerbForm=Inf"});
  entries.push_back({"oplossen", "op_lossen", "VERB", "VerbForm=Inf"});
  entries.push_back({"tekenen", "tekenen", "VERB", "VerbForm=Inf"});
  entries.push_back({"onderbrengen", "onder_brengen", "VERB", "VerbForm=Inf"});
  return entries;
}

TEST(Lemmatizer, JoinsAParticleBeforeAParticipleWithItsPrefix) {
  Lemmatizer lem;
  lem.train(sentences(dutch_verbs()));
  // Neither "gelost" nor "gemeld" was seen: the rest is lemmatised as a participle.
  EXPECT_EQ(lemma(lem, "opgelost", "VERB", "VerbForm=Part"), "op_lossen");
  EXPECT_EQ(lemma(lem, "aangemeld", "VERB", "VerbForm=Part"), "aan_melden");
  EXPECT_EQ(lemma(lem, "aangekocht", "VERB", "VerbForm=Part"), "aan_kopen");
  // The diaeresis after "ge" goes with it.
  EXPECT_EQ(lemma(lem, "geïnformeerd", "VERB", "VerbForm=Part"), "informeren");
  EXPECT_EQ(lemma(lem, "geëxposeerd", "VERB", "VerbForm=Part"), "exposeren");
  // No "ge" after "onder": the participle of the inseparable "ondertekenen".
  EXPECT_NE(lemma(lem, "ondertekend", "VERB", "VerbForm=Part"), "onder_tekenen");
}

TEST(Lemmatizer, MendsADoubledLetterToReachAKnownVerb) {
  auto entries = dutch_verbs();
  const std::string past = "Number=Plur|Tense=Past|VerbForm=Fin";
  for (const auto& [form, lem] : std::vector<std::pair<std::string, std::string>>{
           {"volgden", "volgen"}, {"zorgden", "zorgen"}, {"vormden", "vormen"}})
    entries.push_back({form, lem, "VERB", past});
  entries.push_back({"scoren", "scoren", "VERB", "VerbForm=Inf"});
  Lemmatizer lem;
  lem.train(sentences(entries));
  // The "-den" rule gives "speelen" and "scooren": the known verbs are a letter away.
  EXPECT_EQ(lemma(lem, "speelden", "VERB", past), "spelen");
  EXPECT_EQ(lemma(lem, "scoorden", "VERB", past), "scoren");
  // Nothing known nearby: the rule's lemma stands.
  EXPECT_EQ(lemma(lem, "fnuikden", "VERB", past), "fnuiken");
}

TEST(Lemmatizer, DutchVerbSpellingRepairsUnknownInfinitives) {
  auto entries = dutch_verbs();
  const std::string past = "Number=Plur|Tense=Past|VerbForm=Fin";
  for (const auto& [form, lem] : std::vector<std::pair<std::string, std::string>>{
           {"volgden", "volgen"}, {"zorgden", "zorgen"}, {"vormden", "vormen"}, {"werkten", "werken"},
           {"kampten", "kampen"}, {"hielpen", "helpen"}})
    entries.push_back({form, lem, "VERB", past});
  const auto train = sentences(entries);
  LemmaLexicon lexicon;
  lexicon.rules = {"dutch-verbs"};
  Lemmatizer plain, dutch;
  plain.train(train);
  dutch.train(train, lexicon);
  // The "-den" and "-ten" rules keep the stem's spelling, which Dutch changes
  // with the syllable: a long vowel is written once and a v or z returns
  // before -en, a short vowel doubles the consonant, an unstressed e stays.
  EXPECT_EQ(lemma(plain, "waagden", "VERB", past), "waagen");
  EXPECT_EQ(lemma(dutch, "waagden", "VERB", past), "wagen");
  EXPECT_EQ(lemma(dutch, "handhaafden", "VERB", past), "handhaven");
  EXPECT_EQ(lemma(dutch, "vreesden", "VERB", past), "vrezen");
  EXPECT_EQ(lemma(dutch, "schikten", "VERB", past), "schikken");
  EXPECT_EQ(lemma(dutch, "gokten", "VERB", past), "gokken");
  // Already right: two consonants, a long vowel written twice, a stem of two syllables.
  EXPECT_EQ(lemma(dutch, "stampten", "VERB", past), "stampen");
  EXPECT_EQ(lemma(dutch, "fnuikden", "VERB", past), "fnuiken");
  EXPECT_EQ(lemma(dutch, "opende", "VERB", "Number=Sing|Tense=Past|VerbForm=Fin").find("openn"), std::string::npos);
}

TEST(Lemmatizer, DutchParticiplesLoseTheirGe) {
  // "-speeld" participles of verbs with an inseparable prefix teach a rule
  // that keeps what precedes "speeld"; "ge-…-d" participles teach the strip.
  std::vector<Entry> entries;
  const std::string part = "VerbForm=Part";
  for (const auto& [form, lem] : std::vector<std::pair<std::string, std::string>>{
           {"bespeeld", "bespelen"}, {"omspeeld", "omspelen"}, {"overspeeld", "overspelen"},
           {"gewerkt", "werken"}, {"gemaakt", "maken"}, {"gevolgd", "volgen"}, {"gezorgd", "zorgen"},
           {"gevormd", "vormen"}, {"gehoord", "horen"}, {"geleid", "leiden"}, {"gedeeld", "delen"}})
    entries.push_back({form, lem, "VERB", part});
  for (int i = 0; i < 3; ++i) entries.push_back({"gebeeld", "gebelen", "VERB", part});
  const auto train = sentences(entries);
  LemmaLexicon lexicon;
  lexicon.rules = {"dutch-verbs"};
  Lemmatizer plain, dutch;
  plain.train(train);
  dutch.train(train, lexicon);
  EXPECT_EQ(lemma(dutch, "gekeeld", "VERB", part), "kelen");
  EXPECT_NE(lemma(plain, "gekeeld", "VERB", part), "kelen");
}

TEST(Lemmatizer, ReadsSpellingRulesFromTheLexicon) {
  const auto path = std::filesystem::temp_directory_path() / "dyad_rule_lexicon.tsv";
  {
    std::ofstream out(path);
    out << "rule\tdutch-verbs\n";
  }
  LemmaLexicon lexicon;
  std::string error;
  ASSERT_TRUE(read_lemma_lexicon(path.string(), lexicon, &error)) << error;
  EXPECT_EQ(lexicon.rules, std::vector<std::string>{"dutch-verbs"});
  {
    std::ofstream out(path);
    out << "rule\tklingon-verbs\n";
  }
  EXPECT_FALSE(read_lemma_lexicon(path.string(), lexicon, &error));
  EXPECT_NE(error.find("unknown rule"), std::string::npos) << error;
  std::filesystem::remove(path);
}

TEST(Lemmatizer, IrregularVerbsComeFromTheLexicon) {
  LemmaLexicon lexicon;
  lexicon.forms = {{"brak", "VERB", "breken"}, {"gebroken", "VERB", "breken"}, {"beloofde", "VERB", "beloven"}};
  lexicon.prefixes = {"ver", "be"};
  Lemmatizer without, with;
  const auto train = sentences(dutch_verbs());
  without.train(train);
  with.train(train, lexicon);
  const std::string past = "Number=Sing|Tense=Past|VerbForm=Fin";
  EXPECT_NE(without.lemma_of(AnnotatedWord{"brak", "_", "VERB"}), "breken");
  EXPECT_EQ(lemma(with, "brak", "VERB", past), "breken");
  EXPECT_EQ(lemma(with, "beloofde", "VERB", past), "beloven");
  // An inseparable prefix before a lexicon form, and before a participle without its "ge".
  EXPECT_EQ(lemma(with, "verbrak", "VERB", past), "verbreken");
  EXPECT_EQ(lemma(with, "verbroken", "VERB", "VerbForm=Part"), "verbreken");
  // The treebank's own forms win over the lexicon.
  LemmaLexicon wrong;
  wrong.forms = {{"gemaakt", "VERB", "maakten"}};
  Lemmatizer trained;
  trained.train(train, wrong);
  EXPECT_EQ(lemma(trained, "gemaakt", "VERB", "VerbForm=Part"), "maken");
}

TEST(Lemmatizer, FallsBackOnTheLemmaOfAFormKnownUnderAnotherTag) {
  auto entries = dutch_verbs();
  entries.push_back({"gelovigen", "gelovig", "ADJ", "Degree=Pos"});
  Lemmatizer lem;
  lem.train(sentences(entries));
  // Mistagged as a verb: the rules would make "gelovigen" or worse, no known verb.
  EXPECT_EQ(lemma(lem, "gelovigen", "VERB", "VerbForm=Inf"), "gelovig");
  // A rule lemma the treebank knows for the tag wins: "werken" is a known
  // verb (of "gewerkt"), though the form was only seen as a plural noun.
  entries.push_back({"werken", "werk", "NOUN", "Number=Plur"});
  Lemmatizer other;
  other.train(sentences(entries));
  EXPECT_EQ(lemma(other, "werken", "VERB", "VerbForm=Inf"), "werken");
}

TEST(Lemmatizer, KeepsTheCapitalOfAWordInsideTheSentence) {
  auto entries = dutch_nouns();
  for (const auto& [form, lem] : std::vector<std::pair<std::string, std::string>>{
           {"Duitse", "Duits"}, {"Franse", "Frans"}, {"grote", "groot"}, {"Britse", "Brits"}, {"oude", "oud"}})
    entries.push_back({form, lem, "ADJ", "Degree=Pos"});
  Lemmatizer lem;
  lem.train(sentences(entries));
  AnnotatedWord w{"Poolse", "_", "ADJ", "_", "Degree=Pos"};
  EXPECT_EQ(lem.lemma_of(w, false), "Pools");
  EXPECT_EQ(lem.lemma_of(w, true), "pools");
  std::vector<AnnotatedWord> words = {w, w};
  lem.lemmatize(words);
  EXPECT_EQ(words[0].lemma, "pools");
  EXPECT_EQ(words[1].lemma, "Pools");
}

TEST(Lemmatizer, DoesNotLearnAParticleTheFormLacks) {
  // "kwam" heads "tegemoet" elsewhere in the sentence without compound:prt:
  // its lemma "tegemoet_komen" cannot be predicted from "kwam" alone.
  auto entries = dutch_nouns();
  entries.push_back({"kwam", "tegemoet_komen", "VERB", "VerbForm=Fin"});
  Lemmatizer lem;
  lem.train(sentences(entries));
  EXPECT_EQ(lemma(lem, "kwam", "VERB", "VerbForm=Fin"), "komen");
}

TEST(Lemmatizer, JoinsOnlyParticlesTheTreebankJoins) {
  // "op" joins its verb's lemma; "tot" ("tot stand brengen") stays out.
  std::string text;
  for (int i = 0; i < 3; ++i) {
    text += "1\tlos\top_lossen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n2\top\top\tADP\t_\t_\t1\tcompound:prt\t_\t_\n\n";
    text += "1\tbracht\tbrengen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n2\ttot\ttot\tADP\t_\t_\t1\tcompound:prt\t_\t_\n\n";
    text += "1\tzet\top_zetten\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n2\top\top\tADP\t_\t_\t1\tcompound:prt\t_\t_\n\n";
  }
  std::istringstream in(text);
  std::vector<ParsedSentence> train;
  std::string error;
  ASSERT_TRUE(read_conllu(in, "test", train, &error)) << error;
  Lemmatizer lem;
  lem.train(train);
  auto words = train[0].words;
  lem.lemmatize(words);
  lem.join_particles(words);
  EXPECT_EQ(words[0].lemma, "op_lossen");
  words = train[1].words;
  lem.lemmatize(words);
  lem.join_particles(words);
  EXPECT_EQ(words[0].lemma, "brengen");
}

TEST(Lemmatizer, AStrayParticleOfAnUnknownKindStaysOut) {
  // With compounds split in the treebank, the parts verbs' lemmas start
  // with are known: "cel" attached as a particle by a parser's slip is none.
  std::string text;
  for (int i = 0; i < 3; ++i) {
    text += "1\tlos\top_lossen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n2\top\top\tADP\t_\t_\t1\tcompound:prt\t_\t_\n\n";
    text += "1\tregeringsvorming\tregering_vorming\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
    text += "1\tveroordeelde\tveroordelen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n\n";
  }
  text += "1\tveroordeelde\tveroordelen\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_\n2\tcel\tcel\tNOUN\t_\t_\t1\tcompound:prt\t_\t_\n\n";
  std::istringstream in(text);
  std::vector<ParsedSentence> train;
  std::string error;
  ASSERT_TRUE(read_conllu(in, "test", train, &error)) << error;
  Lemmatizer lem;
  lem.train({train.begin(), train.end() - 1});
  auto words = train.back().words;
  lem.lemmatize(words);
  lem.join_particles(words);
  EXPECT_EQ(words[0].lemma, "veroordelen");
  words = train[0].words;
  lem.lemmatize(words);
  lem.join_particles(words);
  EXPECT_EQ(words[0].lemma, "op_lossen");
}

TEST(Lemmatizer, ReadsTheLemmaLexiconAndReportsBadLines) {
  const auto dir = std::filesystem::temp_directory_path() / "dyad_lemma_lexicon_test";
  std::filesystem::create_directories(dir);
  const auto good = (dir / "good.tsv").string(), bad = (dir / "bad.tsv").string();
  std::ofstream(good) << "# comment\nparticle\top\nprefix\tver  # inline comment\nVERB\tbreken\tbrak braken gebroken\n";
  std::ofstream(bad) << "particle\top\nVERB\tbreken\n";
  LemmaLexicon lexicon;
  std::string error;
  ASSERT_TRUE(read_lemma_lexicon(good, lexicon, &error)) << error;
  EXPECT_EQ(lexicon.particles, std::vector<std::string>{"op"});
  EXPECT_EQ(lexicon.prefixes, std::vector<std::string>{"ver"});
  ASSERT_EQ(lexicon.forms.size(), 3u);
  EXPECT_EQ(lexicon.forms[2].form, "gebroken");
  EXPECT_EQ(lexicon.forms[2].lemma, "breken");
  LemmaLexicon other;
  EXPECT_FALSE(read_lemma_lexicon(bad, other, &error));
  EXPECT_EQ(error, bad + ":2: expected forms after the lemma 'breken'");
  EXPECT_FALSE(read_lemma_lexicon((dir / "missing.tsv").string(), other, &error));
  std::filesystem::remove_all(dir);
}

TEST(Lemmatizer, ShippedDutchLexiconParses) {
  LemmaLexicon lexicon;
  std::string error;
  ASSERT_TRUE(read_lemma_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/lang/nl/lemmas.tsv", lexicon, &error)) << error;
  EXPECT_GT(lexicon.forms.size(), 300u);
  EXPECT_GT(lexicon.particles.size(), 30u);
}

}  // namespace
}  // namespace dyad::nlp
