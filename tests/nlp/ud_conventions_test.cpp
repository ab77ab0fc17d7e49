#include <gtest/gtest.h>

#include <sstream>

#include "nlp/annotator.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"
#include "nlp/ud_conventions.h"

namespace dyad::nlp {
namespace {

std::vector<ParsedSentence> read(const std::string& text) {
  std::istringstream in(text);
  std::vector<ParsedSentence> out;
  std::string error;
  EXPECT_TRUE(read_conllu(in, "test", out, &error)) << error;
  return out;
}

std::string row(int id, const std::string& form, const std::string& lemma, const std::string& upos,
                const std::string& xpos, const std::string& feats, int head, const std::string& rel) {
  return std::to_string(id) + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t" + feats + "\t" +
         std::to_string(head) + "\t" + rel + "\t_\t_\n";
}

// Current conventions: compounds and separable verbs split in the lemma.
std::vector<ParsedSentence> current() {
  return read(row(1, "De", "de", "DET", "LID", "Definite=Def", 2, "det") +
              row(2, "dienstplicht", "dienst_plicht", "NOUN", "N", "Number=Sing", 3, "nsubj") +
              row(3, "zag", "uit_zien", "VERB", "WW", "Number=Sing", 0, "root") +
              row(4, "er", "er", "ADV", "BW", "_", 3, "advmod") + row(5, "uit", "uit", "ADP", "VZ", "_", 3, "compound:prt") +
              "\n" + row(1, "partij", "partij", "NOUN", "N", "Number=Sing", 2, "nsubj") +
              row(2, "werd", "worden", "AUX", "WW", "_", 0, "root") + row(3, "opgericht", "op_richten", "VERB", "WW", "_", 2, "xcomp") +
              "\n");
}

TEST(DutchConventions, LearnsSplitAndWholeLemmasAndParticleJoins) {
  const auto c = learn_lemma_conventions(current());
  EXPECT_EQ(c.split.at("NOUN\tdienstplicht"), "dienst_plicht");
  EXPECT_EQ(c.split.at("VERB\toprichten"), "op_richten");
  EXPECT_TRUE(c.whole.count("NOUN\tpartij"));
  EXPECT_EQ(c.particles.at("uit"), std::make_pair(1, 0));
}

TEST(DutchConventions, Maps2017RelationsFeaturesAndLemmas) {
  // 2017: flat:name, possessive as DET det, passive door-phrase as obl,
  // lowercase feature values, lemmas without parts or particles.
  auto old = read(row(1, "Hun", "hun", "DET", "_", "_", 2, "det") +
                  row(2, "dienstplicht", "dienstplicht", "NOUN", "_", "Number=Sing", 4, "nsubj:pass") +
                  row(3, "werd", "worden", "AUX", "_", "_", 4, "aux:pass") +
                  row(4, "opgericht", "oprichten", "VERB", "_", "VerbForm=Part", 0, "root") +
                  row(5, "door", "door", "ADP", "_", "_", 6, "case") +
                  row(6, "Jan", "Jan", "PROPN", "_", "_", 4, "obl") +
                  row(7, "Smit", "Smit", "PROPN", "_", "_", 6, "flat:name") +
                  row(8, "ca.", "ca.", "X", "_", "Abbr=yes", 4, "advmod") +
                  row(9, "en", "en", "CCONJ", "_", "_", 10, "cc") +
                  row(10, "zag", "zien", "VERB", "_", "_", 4, "conj") +
                  row(11, "er", "er", "ADV", "_", "_", 10, "advmod") +
                  row(12, "uit", "uit", "ADP", "_", "_", 10, "compound:prt") +
                  row(13, "vermoeid", "vermoeien", "VERB", "_", "_", 10, "xcomp") + "\n");
  ConversionCounts n;
  convert_dutch_2017(old, learn_lemma_conventions(current()), &n);
  const auto& w = old[0].words;
  EXPECT_EQ(w[0].upos, "PRON");
  EXPECT_EQ(w[0].deprel, "nmod:poss");
  EXPECT_EQ(w[0].feats, "Person=3|Poss=Yes|PronType=Prs");
  EXPECT_EQ(w[1].lemma, "dienst_plicht");
  EXPECT_EQ(w[3].lemma, "op_richten");
  EXPECT_EQ(w[5].deprel, "obl:agent");
  EXPECT_EQ(w[6].deprel, "flat");
  EXPECT_EQ(w[7].feats, "Abbr=Yes");
  EXPECT_EQ(w[9].lemma, "uit_zien");   // the separated particle joins the lemma
  EXPECT_EQ(w[12].lemma, "_");         // unknown to the current files: its split cannot be told
  EXPECT_EQ(w[4].lemma, "door");       // function words keep theirs
  EXPECT_EQ(n.possessives, 1u);
  EXPECT_EQ(n.agents, 1u);
  EXPECT_EQ(n.relations, 1u);
  EXPECT_EQ(n.lemmas_unknown, 1u);
  EXPECT_EQ(n.particles_joined, 1u);
}

TEST(DutchConventions, OblWithoutPassiveStaysObl) {
  auto old = read(row(1, "Hij", "hij", "PRON", "_", "_", 2, "nsubj") + row(2, "liep", "lopen", "VERB", "_", "_", 0, "root") +
                  row(3, "door", "door", "ADP", "_", "_", 4, "case") + row(4, "Gent", "Gent", "PROPN", "_", "_", 2, "obl") + "\n");
  convert_dutch_2017(old, learn_lemma_conventions(current()), nullptr);
  EXPECT_EQ(old[0].words[3].deprel, "obl");
}

TEST(UntaggedXpos, PartialWhenSomeButNotAllLackXpos) {
  const auto tagged = current();
  EXPECT_FALSE(untagged_xpos_is_partial(tagged));
  auto mixed = tagged;
  mixed.push_back(read(row(1, "Ja", "ja", "INTJ", "_", "_", 0, "root") + "\n")[0]);
  EXPECT_TRUE(untagged_xpos_is_partial(mixed));
  for (int i = 0; i < 20; ++i) mixed.push_back(mixed.back());  // most words untagged
  EXPECT_TRUE(untagged_xpos_is_partial(mixed));
  EXPECT_FALSE(untagged_xpos_is_partial(read(row(1, "Ja", "ja", "INTJ", "_", "_", 0, "root") + "\n")));
}

TEST(UntaggedXpos, TaggerNeverOffersAMissingXpos) {
  // The tagged sentences teach XPOS; the untagged ones (more of them) only UPOS.
  std::string tagged, untagged;
  for (int i = 0; i < 5; ++i) tagged += row(1, "huis", "huis", "NOUN", "N|soort", "Number=Sing", 0, "root") + "\n";
  for (int i = 0; i < 8; ++i) untagged += row(1, "huis", "huis", "NOUN", "_", "_", 0, "root") + "\n";
  auto train = read(tagged + untagged);
  ASSERT_TRUE(untagged_xpos_is_partial(train));
  TrainOptions options;
  options.epochs = 2;
  Tagger tagger;
  tagger.train(train, {}, options);
  std::vector<AnnotatedWord> words(1);
  words[0].form = "huis";
  tagger.tag(words);
  EXPECT_EQ(words[0].upos, "NOUN");
  EXPECT_EQ(words[0].xpos, "N|soort");
  EXPECT_EQ(words[0].feats, "Number=Sing");
}

TEST(UnknownLemma, LemmatizerLearnsNothingFromIt) {
  // "_" (a converted older file's unknown lemma) neither becomes a lemma nor
  // counts against joining a particle.
  auto train = current();
  for (int i = 0; i < 3; ++i)
    train.push_back(read(row(1, "zag", "_", "VERB", "_", "_", 0, "root") + row(2, "uit", "uit", "ADP", "_", "_", 1, "compound:prt") +
                         "\n")[0]);
  Lemmatizer lemmatizer;
  lemmatizer.train(train);
  auto words = current()[0].words;
  lemmatizer.lemmatize(words);
  EXPECT_EQ(words[2].lemma, "zien");
  lemmatizer.join_particles(words);
  EXPECT_EQ(words[2].lemma, "uit_zien");
}

}  // namespace
}  // namespace dyad::nlp

namespace dyad::nlp {
namespace {

TEST(WordsOnly, TeachTheTaggerNotTheParser) {
  // The parser's sentences attach the noun to the verb; the words-only ones
  // (another tree convention) attach everything to the noun and bring a new word.
  std::string trees, other;
  for (int i = 0; i < 20; ++i) {
    trees += row(1, "Jan", "Jan", "PROPN", "N", "_", 2, "nsubj") + row(2, "slaapt", "slapen", "VERB", "WW", "_", 0, "root") + "\n";
    other += row(1, "Piet", "Piet", "PROPN", "N", "_", 0, "root") + row(2, "slaapt", "slapen", "VERB", "WW", "_", 1, "acl") + "\n";
    other += row(1, "zorp", "zorp", "NOUN", "N", "_", 0, "root") + "\n";
  }
  TrainOptions options;
  options.epochs = 2;
  const auto model = Annotator::train("nl", read(trees), {}, options, {}, read(other));
  std::vector<AnnotatedWord> words(2);
  words[0].form = "zorp";
  words[1].form = "slaapt";
  model.annotate(words);
  EXPECT_EQ(words[0].upos, "NOUN");  // known from the words-only sentences
  std::vector<AnnotatedWord> piet(2);
  piet[0].form = "Piet";
  piet[1].form = "slaapt";
  model.annotate(piet);
  EXPECT_EQ(piet[1].head, 0);  // the verb heads, as in the parser's trees
  EXPECT_EQ(piet[0].head, 2);
}

}  // namespace
}  // namespace dyad::nlp
