#include "text/segment_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "segment_test_util.h"

namespace dyad {
namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << content;
  return path;
}

const char* kGold =
    "# newdoc id = d1\n# sent_id = 1\n# text = I don't know.\n"
    "1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_\n"
    "3\tn't\tnot\tPART\t_\t_\t0\troot\t_\t_\n"
    "4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t_\t_\t0\troot\t_\t_\n\n"
    "# sent_id = 2\n# text = Fine.\n"
    "1\tFine\tfine\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "2\t.\t.\tPUNCT\t_\t_\t0\troot\t_\t_\n\n"
    "# newpar\n# sent_id = 3\n# text = Next para\n"
    "1\tNext\tnext\tADJ\t_\t_\t0\troot\t_\t_\n"
    "2\tpara\tpara\tNOUN\t_\t_\t0\troot\t_\t_\n\n";

TEST(SegmentEval, ReadsRawTextAndGoldSpans) {
  std::string raw, error;
  std::vector<Sentence> gold;
  ASSERT_TRUE(read_gold_segmentation(write_temp("dyad_gold.conllu", kGold), raw, gold, &error)) << error;
  EXPECT_EQ(raw, "I don't know. Fine.\n\nNext para");
  ASSERT_EQ(gold.size(), 3u);
  ASSERT_EQ(gold[0].tokens.size(), 4u);  // the multi-word token counts once
  EXPECT_EQ(gold[0].tokens[1].form, "don't");
  EXPECT_FALSE(gold[0].tokens[2].space_after);
  for (const auto& s : gold)
    for (const auto& t : s.tokens) EXPECT_EQ(raw.substr(t.span.begin, t.span.size()), t.form);
}

// Alpino and LassySmall have no "# newpar"; their sentence ids carry the
// document and paragraph ("<doc>.p.<n>.s.<m>").
TEST(SegmentEval, ParagraphsFromLassyStyleSentenceIds) {
  auto sentence = [](const std::string& id, const std::string& word) {
    return "# sent_id = " + id + "\n# text = " + word + "\n1\t" + word + "\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
  };
  const std::string conllu = sentence("WR-P-P-H-1\\WR-P-P-H-1.p.1.s.1", "Een") +
                             sentence("WR-P-P-H-1\\WR-P-P-H-1.p.1.s.2", "Twee") +
                             sentence("WR-P-P-H-1\\WR-P-P-H-1.p.2.s.1", "Drie") +
                             sentence("wiki-5.p.2.s.1", "Vier") + sentence("plain-7", "Vijf");
  std::string raw, error;
  std::vector<Sentence> gold;
  ASSERT_TRUE(read_gold_segmentation(write_temp("dyad_gold_lassy.conllu", conllu), raw, gold, &error)) << error;
  EXPECT_EQ(raw, "Een Twee\n\nDrie\n\nVier Vijf");
}

// GUM: a caption block of one sentence opening a paragraph of three.
TEST(SegmentEval, BlockEndsInsideAParagraphAreParagraphBreaks) {
  auto sentence = [](const std::string& word) {
    return "# text = " + word + "\n1\t" + word + "\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
  };
  const std::string conllu = "# newpar\n# newpar_block = p (3 s) | figure rend:::\"Picture (of) X\" (1 s) | caption (1 s)\n" +
                             sentence("Caption") + sentence("One") + sentence("Two") + "# newpar\n" + sentence("Next");
  std::string raw, error;
  std::vector<Sentence> gold;
  ASSERT_TRUE(read_gold_segmentation(write_temp("dyad_gold_blocks.conllu", conllu), raw, gold, &error)) << error;
  EXPECT_EQ(raw, "Caption\n\nOne Two\n\nNext");
}

TEST(SegmentEval, ScoresIgnoreWhitespace) {
  std::string raw, error;
  std::vector<Sentence> gold;
  ASSERT_TRUE(read_gold_segmentation(write_temp("dyad_gold2.conllu", kGold), raw, gold, &error));
  const auto perfect = score_segmentation(raw, gold, gold);
  EXPECT_DOUBLE_EQ(perfect.tokens.f1(), 1.0);
  EXPECT_DOUBLE_EQ(perfect.sentences.f1(), 1.0);
  // Merge the first two sentences: tokens unchanged, sentences 1 of 2 / 1 of 3.
  std::vector<Sentence> merged = {gold[0], gold[2]};
  for (const auto& t : gold[1].tokens) merged[0].tokens.push_back(t);
  merged[0].span.end = merged[0].tokens.back().span.end;
  const auto s = score_segmentation(raw, gold, merged);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 1.0);
  EXPECT_EQ(s.sentences.correct, 1u);
  EXPECT_EQ(s.sentences.system, 2u);
  EXPECT_EQ(s.sentences.gold, 3u);
}

TEST(SegmentEval, MalformedFileIsAnError) {
  std::string raw, error;
  std::vector<Sentence> gold;
  EXPECT_FALSE(read_gold_segmentation(write_temp("dyad_bad.conllu", "# text = x\n1\tx\n\n"), raw, gold, &error));
  EXPECT_NE(error.find(":2:"), std::string::npos) << error;
  EXPECT_FALSE(read_gold_segmentation("/nonexistent/file.conllu", raw, gold, &error));
}

// Floors measured on the first 300 sentences of dev sets (never test) minus a
// margin: EWT dev 99.85 / 94.8; Alpino dev 99.9 / 100 (Alpino dev is training
// data for the Dutch model, so that floor guards against regressions only).
void expect_floor(const std::string& lang, const std::string& file, double token_floor, double sentence_floor) {
  const std::filesystem::path path = std::filesystem::path(DYAD_SHARED_DIR) / "ud" / file;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "UD treebank not found at " << path << " (shared data absent)";
  std::ifstream in(path);
  std::ostringstream slice;
  std::string line;
  int sentences = 0;
  while (std::getline(in, line) && sentences < 300) {
    slice << line << "\n";
    sentences += line.empty();
  }
  std::string raw, error;
  std::vector<Sentence> gold;
  ASSERT_TRUE(read_gold_segmentation(write_temp("dyad_slice_" + lang + ".conllu", slice.str()), raw, gold, &error));
  const auto scores = score_segmentation(raw, gold, testing::segmenter(lang).segment(raw));
  EXPECT_GE(100 * scores.tokens.f1(), token_floor);
  EXPECT_GE(100 * scores.sentences.f1(), sentence_floor);
}

TEST(SegmentEval, EnglishEwtDevSlice) { expect_floor("en", "en_ewt/en_ewt-ud-dev.conllu", 99.3, 92.0); }
TEST(SegmentEval, DutchAlpinoDevSlice) {
  expect_floor("nl", "nl_alpino/nl_alpino-ud-dev.conllu", 99.5, 97.0);
}

}  // namespace
}  // namespace dyad
