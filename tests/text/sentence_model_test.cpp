#include "text/sentence_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "text/sentence_features.h"
#include "text/train_sentence_model.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class SentenceModelFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad-sentence-model-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    std::ofstream(path) << content;
    return path;
  }
  fs::path dir_;
};

TEST_F(SentenceModelFiles, OlderVersionIsRefusedWithAClearError) {
  SentenceModel model;
  std::string error;
  EXPECT_FALSE(model.load(write("old.txt", "dyad-sentence-model 1\n000054cd88ecefe8 -0.4567\n"), &error));
  EXPECT_NE(error.find("old.txt:1:"), std::string::npos) << error;
  EXPECT_NE(error.find("retrain"), std::string::npos) << error;
}

TEST_F(SentenceModelFiles, WordClassesSurviveSaveAndLoad) {
  SentenceModel model;
  std::string error;
  ASSERT_TRUE(model.load(write("m.txt", "dyad-sentence-model 2\nstarter the\nlabel image\n000054cd88ecefe8 -0.5\n"),
                         &error))
      << error;
  EXPECT_TRUE(model.classes().starters.contains(word_hash("The")));
  EXPECT_TRUE(model.classes().labels.contains(word_hash("image")));
  EXPECT_FALSE(model.classes().starters.contains(word_hash("image")));
  ASSERT_TRUE(model.save(dir_ / "copy.txt", &error)) << error;
  std::ifstream in(dir_ / "copy.txt");
  std::stringstream copy;
  copy << in.rdbuf();
  EXPECT_EQ(copy.str(), "dyad-sentence-model 2\nstarter the\nlabel image\n000054cd88ecefe8 -0.5\n");
}

TEST_F(SentenceModelFiles, MalformedWordClassLineNamesTheLine) {
  SentenceModel model;
  std::string error;
  EXPECT_FALSE(model.load(write("bad.txt", "dyad-sentence-model 2\nstarter the\nlabel image extra\n"), &error));
  EXPECT_NE(error.find("bad.txt:3:"), std::string::npos) << error;
}

// The trainer learns its word classes from the gold sentences: "The" begins
// many sentences and is written "the" inside them; "Image" begins sentences
// before a colon; "Obama" begins sentences too but is capitalised anywhere.
TEST_F(SentenceModelFiles, TrainerLearnsStartersAndLabelsFromTheGoldFiles) {
  std::string gold;
  int id = 0;
  auto sentence = [&](std::vector<std::string> words) {
    gold += "# sent_id = " + std::to_string(++id) + "\n";
    for (std::size_t i = 0; i < words.size(); ++i)
      gold += std::to_string(i + 1) + "\t" + words[i] + "\t_\t_\t_\t_\t0\troot\t_\t_\n";
    gold += "\n";
  };
  for (int i = 0; i < 6; ++i) {
    sentence({"The", "talks", "ended", "in", "the", "city", "."});
    sentence({"Obama", "met", "Obama", "aides", "."});
    sentence({"Image", ":", "the", "image", "desk", "."});
  }
  const fs::path lang = dir_ / "data" / "lang" / "xx";
  fs::create_directories(lang);
  std::ofstream(lang / "tokenizer.conf") << "unpunctuated_sentence_ends no\n";
  std::ofstream(lang / "labels.txt") << "# extra labels\nphoto\n";
  std::ostringstream log;
  std::string error;
  ASSERT_TRUE(train_sentence_model(dir_ / "data", "xx", {write("gold.conllu", gold)}, dir_ / "model.txt", {}, log,
                                   &error))
      << error;
  SentenceModel model;
  ASSERT_TRUE(model.load(dir_ / "model.txt", &error)) << error;
  const WordClasses& classes = model.classes();
  EXPECT_TRUE(classes.starters.contains(word_hash("the")));
  EXPECT_FALSE(classes.starters.contains(word_hash("obama")));
  EXPECT_TRUE(classes.labels.contains(word_hash("image")));
  EXPECT_TRUE(classes.labels.contains(word_hash("photo")));  // from labels.txt
  EXPECT_FALSE(classes.labels.contains(word_hash("the")));
}

}  // namespace
}  // namespace dyad
