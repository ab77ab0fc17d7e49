#include <gtest/gtest.h>

#include <sstream>

#include "nlp/binary_io.h"
#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"
#include "nlp/tagger.h"

namespace dyad::nlp {
namespace {

std::vector<ParsedSentence> sentences(const std::string& text) {
  std::istringstream in(text);
  std::vector<ParsedSentence> out;
  std::string error;
  EXPECT_TRUE(read_conllu(in, "test", out, &error)) << error;
  return out;
}

// "het X ." with nouns and adjectives in the same slot: only what is known
// about X itself (its class) tells them apart.
std::vector<ParsedSentence> noun_or_adjective_slice() {
  std::string text;
  const std::vector<std::pair<std::string, std::string>> words = {
      {"huis", "NOUN"}, {"boek", "NOUN"}, {"land", "NOUN"}, {"paard", "NOUN"},
      {"groot", "ADJ"}, {"mooi", "ADJ"}, {"oud", "ADJ"}, {"stil", "ADJ"}};
  for (int round = 0; round < 6; ++round)
    for (const auto& [form, upos] : words)
      text += "1\thet\thet\tDET\t_\t_\t2\tdet\t_\t_\n2\t" + form + "\t" + form + "\t" + upos +
              "\t_\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
  return sentences(text);
}

// The tagger as a model file gives it back; false when it does not load.
bool reload(const Tagger& tagger, Tagger& loaded) {
  BinaryWriter out;
  tagger.save(out);
  BinaryReader in(out.data());
  return loaded.load(in);
}

std::string tag_of(const Tagger& tagger, const std::string& form) {
  std::vector<AnnotatedWord> words = {AnnotatedWord{"het"}, AnnotatedWord{form}, AnnotatedWord{"."}};
  tagger.tag(words);
  return words[1].upos;
}

TEST(Tagger, TagLexiconDecidesAnUnseenWordsClass) {
  const auto train = noun_or_adjective_slice();
  for (const std::string tag : {"NOUN", "ADJ"}) {
    TrainOptions options;
    options.epochs = 5;
    options.tag_lexicon = {{"verdrag", tag}};
    Tagger tagger;
    tagger.train(train, {}, options);
    EXPECT_EQ(tag_of(tagger, "verdrag"), tag);

    // The class is part of the model file.
    Tagger loaded;
    ASSERT_TRUE(reload(tagger, loaded));
    EXPECT_EQ(tag_of(loaded, "verdrag"), tag);
  }
}

TEST(Tagger, TreebankClassWinsOverTheLexiconForAWordItKnows) {
  TrainOptions options;
  options.epochs = 5;
  options.tag_lexicon = {{"huis", "ADJ"}};
  Tagger tagger;
  tagger.train(noun_or_adjective_slice(), {}, options);
  EXPECT_EQ(tag_of(tagger, "huis"), "NOUN");
}

TEST(Tagger, LexiconGivesTheLowercaseUseOfAWordSeenOnlyCapitalised) {
  // "Verdrag" is seen only in names; "het verdrag" is the common noun.
  auto train = noun_or_adjective_slice();
  const auto names = sentences(
      "1\tVerdrag\tVerdrag\tPROPN\t_\t_\t0\troot\t_\t_\n2\tvan\tvan\tADP\t_\t_\t3\tcase\t_\t_\n"
      "3\tRome\tRome\tPROPN\t_\t_\t1\tnmod\t_\t_\n\n");
  for (int i = 0; i < 4; ++i) train.push_back(names[0]);
  TrainOptions options;
  options.epochs = 5;
  options.tag_lexicon = {{"verdrag", "NOUN"}};
  Tagger tagger;
  tagger.train(train, {}, options);
  EXPECT_EQ(tag_of(tagger, "verdrag"), "NOUN");
  std::vector<AnnotatedWord> name = {AnnotatedWord{"Verdrag"}, AnnotatedWord{"van"}, AnnotatedWord{"Rome"}};
  tagger.tag(name);
  EXPECT_EQ(name[0].upos, "PROPN");
}

TEST(Tagger, CompoundTailsGiveAnUnseenCompoundItsHeadsClass) {
  // Made-up words whose endings say nothing: a noun "abxqa" and an adjective
  // "bbxqa" share their last four letters, so only the known tail tells
  // "zzzabxqa" from "zzzbbxqa". Rare compounds (unknown words to the tagger)
  // teach what a known tail says.
  std::string text;
  auto add = [&](const std::string& form, const std::string& upos) {
    text += "1\thet\thet\tDET\t_\t_\t2\tdet\t_\t_\n2\t" + form + "\t" + form + "\t" + upos +
            "\t_\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
  };
  for (int round = 0; round < 6; ++round) add("abxqa", "NOUN"), add("bbxqa", "ADJ");
  for (const std::string head : {"kkk", "mmm", "ppp", "rrr"}) add(head + "abxqa", "NOUN"), add(head + "bbxqa", "ADJ");
  const auto train = sentences(text);
  for (const bool tails : {true, false}) {
    TrainOptions options;
    options.epochs = 5;
    options.compound_tails = tails;
    Tagger tagger;
    tagger.train(train, {}, options);
    Tagger loaded;
    ASSERT_TRUE(reload(tagger, loaded));
    for (const Tagger* t : {&tagger, &loaded}) {
      if (tails) {
        EXPECT_EQ(tag_of(*t, "zzzabxqa"), "NOUN");
        EXPECT_EQ(tag_of(*t, "zzzbbxqa"), "ADJ");
      } else {  // nothing tells them apart: the same guess for both
        EXPECT_EQ(tag_of(*t, "zzzabxqa"), tag_of(*t, "zzzbbxqa"));
      }
    }
  }
}

TEST(Tagger, AVerbLaterInTheClauseMakesAnAuxiliary) {
  // "wij hebben boeken en kranten gelezen ." (AUX) and "wij hebben boeken en
  // kranten ." (VERB) look the same within two words of "hebben": only the
  // verb at the end of the clause tells them apart.
  const std::vector<std::string> subjects = {"wij", "zij", "jullie"};
  const std::vector<std::string> nouns = {"boeken", "kranten", "huizen", "brieven", "paarden"};
  const std::vector<std::string> verbs = {"gelezen", "gekocht", "gezien", "gehouden"};
  std::string text;
  auto word = [](int id, const std::string& form, const std::string& upos) {
    return std::to_string(id) + "\t" + form + "\t" + form + "\t" + upos + "\t_\t_\t0\t_\t_\t_\n";
  };
  for (int k = 0; k < 40; ++k) {
    const auto& a = nouns[k % nouns.size()];
    const auto& b = nouns[(k + 2) % nouns.size()];
    const bool aux = k % 2 == 0;
    text += word(1, subjects[k % subjects.size()], "PRON") + word(2, "hebben", aux ? "AUX" : "VERB") +
            word(3, a, "NOUN") + word(4, "en", "CCONJ") + word(5, b, "NOUN");
    text += aux ? word(6, verbs[k % verbs.size()], "VERB") + word(7, ".", "PUNCT") : word(6, ".", "PUNCT");
    text += "\n";
  }
  TrainOptions options;
  options.epochs = 5;
  options.verb_final = true;  // the language's switch ("rule verb-final" in lemmas.tsv)
  Tagger tagger;
  tagger.train(sentences(text), {}, options);
  Tagger loaded;
  ASSERT_TRUE(reload(tagger, loaded));
  for (const Tagger* t : {&tagger, &loaded}) {
    auto tag = [&](const std::string& sentence) {
      std::vector<AnnotatedWord> words;
      std::istringstream words_in(sentence);
      for (std::string form; words_in >> form;) words.push_back(AnnotatedWord{form});
      t->tag(words);
      return words[1].upos;
    };
    EXPECT_EQ(tag("zij hebben brieven en huizen gezien ."), "AUX");
    EXPECT_EQ(tag("zij hebben brieven en huizen ."), "VERB");
  }
}

TEST(Tagger, TagFactsAreTheLexiconsForms) {
  LemmaLexicon lexicon;
  lexicon.forms = {{"Tweede", "ADJ", "twee"}, {"verdragen", "NOUN", "verdrag"}, {"verdrag", "NOUN", "verdrag"}};
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"tweede", "ADJ"}, {"verdrag", "NOUN"}, {"verdragen", "NOUN"}};
  EXPECT_EQ(tag_facts(lexicon), expected);  // not ("twee", ADJ): a lemma need not be a form of its entry's class
}

}  // namespace
}  // namespace dyad::nlp
