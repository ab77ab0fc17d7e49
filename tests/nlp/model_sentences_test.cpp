// Known constructions the event coder relies on, checked against the shipped
// models (skipped when a model has not been trained yet).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <unordered_map>

#include "nlp/annotator.h"

namespace dyad::nlp {
namespace {

// Loaded once per language for the whole test binary. A missing file skips
// the tests; a file that does not load fails them (fatally, so no test body
// runs without a model) with the loader's message.
struct Shipped {
  std::unique_ptr<Annotator> model;
  std::string error;  // set when the file exists but does not load
};

const Shipped& shipped(const std::string& lang) {
  static std::map<std::string, Shipped> cache;
  if (auto it = cache.find(lang); it != cache.end()) return it->second;
  const auto path = std::filesystem::path(DYAD_SOURCE_DIR) / "models" / (lang + ".dyadmodel");
  Shipped s;
  if (std::filesystem::exists(path)) {
    s.model = Annotator::load(path, &s.error);
    if (s.model) s.error.clear();
  }
  return cache[lang] = std::move(s);
}

#define LOAD_SHIPPED(lang)                                                      \
  do {                                                                          \
    const auto& s = shipped(lang);                                              \
    if (!s.error.empty()) FAIL() << s.error;                                    \
    if (!s.model) GTEST_SKIP() << "models/" lang ".dyadmodel not trained";     \
    model_ = s.model.get();                                                     \
  } while (0)

std::vector<AnnotatedWord> annotate(const Annotator& model, const std::string& text) {
  std::istringstream in(text);
  std::vector<AnnotatedWord> words;
  std::string form;
  while (in >> form) words.push_back(AnnotatedWord{form});
  model.annotate(words);
  return words;
}

// Expects word `dep` (1-based) to hang from `head` with relation `deprel`.
void expect_arc(const std::vector<AnnotatedWord>& words, int dep, int head, const std::string& deprel) {
  ASSERT_LE(dep, static_cast<int>(words.size()));
  const auto& w = words[dep - 1];
  EXPECT_EQ(w.head, head) << w.form;
  EXPECT_EQ(w.deprel, deprel) << w.form;
}

class English : public ::testing::Test {
 protected:
  void SetUp() override {
    LOAD_SHIPPED("en");
  }
  const Annotator* model_ = nullptr;
};

TEST_F(English, PassiveWithAgent) {
  const auto w = annotate(*model_, "The treaty was signed by Kenya .");
  expect_arc(w, 2, 4, "nsubj:pass");
  expect_arc(w, 3, 4, "aux:pass");
  expect_arc(w, 6, 4, "obl:agent");
  EXPECT_EQ(w[3].lemma, "sign");
}

TEST_F(English, ActiveClause) {
  const auto w = annotate(*model_, "Kenya signed the treaty .");
  expect_arc(w, 1, 2, "nsubj");
  expect_arc(w, 4, 2, "obj");
  expect_arc(w, 2, 0, "root");
}

TEST_F(English, CoordinatedSubjectsAndObjects) {
  const auto w = annotate(*model_, "Kenya and Uganda signed treaties and agreements .");
  expect_arc(w, 1, 4, "nsubj");
  expect_arc(w, 3, 1, "conj");
  expect_arc(w, 5, 4, "obj");
  expect_arc(w, 7, 5, "conj");
}

TEST_F(English, ControlVerb) {
  const auto w = annotate(*model_, "Kenya pledged to cooperate with Uganda .");
  expect_arc(w, 4, 2, "xcomp");
  expect_arc(w, 3, 4, "mark");
}

TEST_F(English, RelativeClause) {
  const auto w = annotate(*model_, "The minister who resigned criticized the government .");
  expect_arc(w, 4, 2, "acl:relcl");
  expect_arc(w, 2, 5, "nsubj");
}

TEST_F(English, Negation) {
  const auto w = annotate(*model_, "Kenya did not sign the treaty .");
  expect_arc(w, 3, 4, "advmod");
  EXPECT_EQ(w[2].feats.find("Polarity=Neg") != std::string::npos || w[2].upos == "PART", true);
}

std::vector<AnnotatedWord> annotate_title_case(const Annotator& model, const std::string& text,
                                               const std::unordered_map<std::string, bool>* running_case = nullptr) {
  std::istringstream in(text);
  std::vector<AnnotatedWord> words;
  std::string form;
  while (in >> form) words.push_back(AnnotatedWord{form});
  model.annotate_title_case(words, running_case);
  return words;
}

// A title-case headline is read as running text: its verb is a verb, its
// invented names stay proper nouns, and the forms are given back unchanged.
TEST_F(English, TitleCaseHeadlineIsParsedAsASentence) {
  // "Expels" is too rare for the tagger to know: a first tagging finds it a verb.
  const auto b = annotate_title_case(*model_, "Velmora Expels Ruritanian Diplomats");
  EXPECT_EQ(b[1].form, "Expels");
  EXPECT_EQ(b[1].upos, "VERB");
  EXPECT_EQ(b[1].lemma, "expel");
  EXPECT_EQ(b[0].upos, "PROPN");
  expect_arc(b, 4, 2, "obj");
  const auto c = annotate_title_case(*model_, "Bloc Leaders Agree To Blacklist Velmora Officials");
  EXPECT_EQ(c[2].upos, "VERB");
  EXPECT_EQ(c[5].upos, "PROPN");
  // The story's own running text says how it writes a word: "severs" and
  // "relations" in lower case, "Embassy" capitalised (a name).
  const std::unordered_map<std::string, bool> story{{"summons", true}, {"ambassador", true}, {"embassy", false}};
  const auto d = annotate_title_case(*model_, "Velmora Summons Ruritanian Ambassador", &story);
  EXPECT_EQ(d[1].form, "Summons");
  EXPECT_EQ(d[1].upos, "VERB");  // without the story: a run of proper nouns
  expect_arc(d, 4, 2, "obj");
  EXPECT_EQ(annotate_title_case(*model_, "Velmora Summons Ruritanian Ambassador")[1].upos, "PROPN");
  const auto e = annotate_title_case(*model_, "Velmora Recalls Ambassador From Ruritanian Embassy", &story);
  EXPECT_EQ(e[2].upos, "NOUN");
  EXPECT_EQ(e[5].upos, "PROPN");
}

class Dutch : public ::testing::Test {
 protected:
  void SetUp() override {
    LOAD_SHIPPED("nl");
  }
  const Annotator* model_ = nullptr;
};

TEST_F(Dutch, TitleCaseHeadlineIsParsedAsASentence) {
  const auto w = annotate_title_case(*model_, "Velmora Zet Ruritaanse Diplomaten Uit");
  EXPECT_EQ(w[1].form, "Zet");
  EXPECT_EQ(w[1].upos, "VERB");
  EXPECT_EQ(w[0].upos, "PROPN");
}

TEST_F(Dutch, SeparableVerbParticle) {
  const auto w = annotate(*model_, "De regering zette het leger in .");
  expect_arc(w, 6, 3, "compound:prt");
  expect_arc(w, 2, 3, "nsubj");
}

TEST_F(Dutch, VerbFinalSubordinateClause) {
  const auto w = annotate(*model_, "Hij zei dat de minister het verdrag ondertekende .");
  expect_arc(w, 8, 2, "ccomp");
  expect_arc(w, 3, 8, "mark");
  expect_arc(w, 5, 8, "nsubj");
  expect_arc(w, 7, 8, "obj");
}

TEST_F(Dutch, Negation) {
  const auto niet = annotate(*model_, "De minister tekende het verdrag niet .");
  expect_arc(niet, 6, 3, "advmod");
  const auto geen = annotate(*model_, "Er is geen akkoord .");
  expect_arc(geen, 3, 4, "det");
}

TEST(Models, UnknownLanguageIsAClearError) {
  std::string error;
  EXPECT_FALSE(Annotator::load(default_model_path("xx"), &error));
  EXPECT_NE(error.find("xx.dyadmodel"), std::string::npos);
}

}  // namespace
}  // namespace dyad::nlp
