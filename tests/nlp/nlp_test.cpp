#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "nlp/annotator.h"
#include "nlp/conllu.h"
#include "nlp/binary_io.h"
#include "nlp/labeler.h"
#include "nlp/lemmatizer.h"
#include "nlp/linear_model.h"
#include "nlp/projectivize.h"
#include "nlp/ud_align.h"
#include "nlp/transition_system.h"
#include "nlp/ud_eval.h"

namespace dyad::nlp {
namespace {

const char* kSample =
    "# sent_id = 1\n"
    "# text = Kenya signed it.\n"
    "1\tKenya\tKenya\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t2:nsubj\t_\n"
    "2\tsigned\tsign\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t0:root\t_\n"
    "3-4\tit.\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tit\tit\tPRON\tPRP\tCase=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs\t2\tobj\t2:obj\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\tSpaceAfter=No\n"
    "\n";

std::vector<ParsedSentence> parse_text(const std::string& text) {
  std::istringstream in(text);
  std::vector<ParsedSentence> out;
  std::string error;
  EXPECT_TRUE(read_conllu(in, "test", out, &error)) << error;
  return out;
}

TEST(Conllu, RoundTripKeepsCommentsAndMultiwordTokens) {
  const auto sentences = parse_text(kSample);
  ASSERT_EQ(sentences.size(), 1u);
  ASSERT_EQ(sentences[0].words.size(), 4u);
  EXPECT_EQ(sentences[0].words[1].lemma, "sign");
  EXPECT_EQ(sentences[0].words[2].head, 2);
  std::ostringstream out;
  write_conllu(out, sentences[0]);
  EXPECT_EQ(out.str(), kSample);
}

// The tuning slice of `dyad train --dev-every N` (and tools/lemma_dev):
// sentences N-1, 2N-1, … in order, the rest kept in order.
TEST(Conllu, HoldOutEveryNthSentence) {
  std::vector<ParsedSentence> train(7), held(1);
  for (std::size_t i = 0; i < train.size(); ++i) train[i].comments = {"sent_id = " + std::to_string(i)};
  held[0].comments = {"sent_id = dev"};
  hold_out_every(train, 3, held);
  ASSERT_EQ(held.size(), 3u);
  EXPECT_EQ(held[1].comments[0], "sent_id = 2");
  EXPECT_EQ(held[2].comments[0], "sent_id = 5");
  ASSERT_EQ(train.size(), 5u);
  const char* kept[] = {"sent_id = 0", "sent_id = 1", "sent_id = 3", "sent_id = 4", "sent_id = 6"};
  for (std::size_t i = 0; i < train.size(); ++i) EXPECT_EQ(train[i].comments[0], kept[i]);
  hold_out_every(train, 1, held);  // 1 (or 0) holds nothing out
  EXPECT_EQ(train.size(), 5u);
  EXPECT_EQ(held.size(), 3u);
}

TEST(Conllu, RejectsMalformedLines) {
  std::istringstream in("1\tonly\tthree\n\n");
  std::vector<ParsedSentence> out;
  std::string error;
  EXPECT_FALSE(read_conllu(in, "bad.conllu", out, &error));
  EXPECT_NE(error.find("bad.conllu:1"), std::string::npos);
}

TEST(UdEval, ScoresWithConll2018Definitions) {
  const auto gold = parse_text(kSample);
  auto system = gold;
  auto& w = system[0].words;
  w[0].upos = "NOUN";                  // UPOS wrong
  w[0].feats = "Number=Sing|Foo=Bar";  // non-universal feature ignored by UFeats
  w[2].deprel = "obj:x";               // subtype ignored by LAS
  w[3].head = 3;                       // head wrong
  UdScores s;
  std::string error;
  ASSERT_TRUE(score_ud(gold, system, s, &error)) << error;
  EXPECT_EQ(s.words, 4u);
  EXPECT_EQ(s.upos, 3u);
  EXPECT_EQ(s.ufeats, 4u);
  EXPECT_EQ(s.uas, 3u);
  EXPECT_EQ(s.las, 3u);
  EXPECT_EQ(s.las_full, 2u);
  system[0].words.pop_back();
  EXPECT_FALSE(score_ud(gold, system, s, &error));
}

TEST(UdAlign, ScoresRawTextParsesByCharacterSpans) {
  // Gold "Kenya signed it." as Kenya|signed|it|. ; the system glued "it." into one word.
  PlacedSentence gold;
  gold.parsed = parse_text(kSample)[0];
  gold.span = {{0, 5}, {6, 12}, {13, 15}, {15, 16}};
  gold.sub = {0, 0, 0, 0};
  PlacedSentence system;
  system.parsed.words = {gold.parsed.words[0], gold.parsed.words[1], gold.parsed.words[2]};
  system.parsed.words[2].form = "it.";
  system.span = {{0, 5}, {6, 12}, {13, 16}};
  system.sub = {0, 0, 0};
  const auto s = score_ud_aligned({gold}, {system});
  EXPECT_EQ(s.gold_words, 4u);
  EXPECT_EQ(s.system_words, 3u);
  EXPECT_EQ(s.correct.words, 2u);  // Kenya, signed
  EXPECT_EQ(s.correct.las, 2u);
  EXPECT_NEAR(s.f1(s.correct.words), 200.0 * 2 / 7, 1e-9);
}

TEST(Lemmatizer, EditScriptsRoundTrip) {
  std::string lemma;
  ASSERT_TRUE(apply_edit_script("Running", edit_script("Running", "run"), lemma));
  EXPECT_EQ(lemma, "run");
  ASSERT_TRUE(apply_edit_script("walked", edit_script("walked", "walk"), lemma));
  EXPECT_EQ(lemma, "walk");
}

TEST(LinearModel, LoadedModelScoresAsSavedAndTrainsOn) {
  LinearModel model(3, 10);
  PerceptronTrainer trainer(model);
  const std::vector<std::uint64_t> a = {11, 2047, 99999}, b = {5, 77};
  for (int i = 0; i < 20; ++i) {
    trainer.next_instance();
    trainer.update(a, 0, 1);
    trainer.update(b, 2, 0);
  }
  trainer.average();
  BinaryWriter out;
  model.save(out);
  LinearModel loaded;
  BinaryReader in(out.data());
  ASSERT_TRUE(loaded.load(in));
  EXPECT_EQ(loaded.size(), model.size());
  for (const auto& feats : {a, b}) {
    float want[3] = {}, got[3] = {};
    model.add_scores(feats, want);
    loaded.add_scores(feats, got);
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(got[c], want[c], std::abs(want[c]) / 64 + 1e-6f) << c;
    const int classes[] = {0, 2};
    EXPECT_EQ(loaded.best_of(feats, classes), model.best_of(feats, classes));
  }
  // Training a loaded model starts from its weights.
  PerceptronTrainer more(loaded);
  more.next_instance();
  more.update(b, 1, 2);
  float after[3] = {};
  loaded.add_scores(b, after);
  EXPECT_GT(after[1], 0.0f);
}

// In low-memory mode a loaded model keeps only its nonzero weights (a bitmap
// with ranks and the values). Random sparse tables, with rows crossing bitmap words and lines
// and wrapping around the table's end, must score bit for bit as the dense
// table of the same bfloat16 weights, and save the file they came from.
TEST(LinearModel, SparseLoadedTableMatchesDenseReference) {
  // Low-memory mode (DYAD_LOW_MEMORY=1) loads the sparse tables; restored
  // afterwards, as the other tests load dense ones.
  struct LowMemory {
    bool was = LinearModel::low_memory();
    LowMemory() { LinearModel::set_low_memory(true); }
    ~LowMemory() { LinearModel::set_low_memory(was); }
  } low_memory;
  auto round_bf16 = [](float f) {  // as the model file stores weights
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    bits += 0x7FFF + ((bits >> 16) & 1);
    bits &= 0xFFFF0000u;
    std::memcpy(&f, &bits, 4);
    return f;
  };
  auto same_bits = [](float a, float b) { return std::memcmp(&a, &b, 4) == 0; };
  std::mt19937_64 rng(18);
  for (const int n_classes : {1, 3, 17, 70, 600}) {
    for (const double density : {0.0, 0.02, 0.3, 1.0}) {
      SCOPED_TRACE(::testing::Message() << n_classes << " classes, density " << density);
      const int log2_size = 12;
      LinearModel dense(n_classes, log2_size);
      auto& w = dense.weights();
      std::uniform_real_distribution<double> coin(0, 1);
      std::normal_distribution<float> value(0, 3);
      for (auto& x : w) {
        if (coin(rng) >= density) continue;
        const double kind = coin(rng);
        // Some values round to +-0 in bfloat16 and are not stored.
        x = kind < 0.05 ? -0.0f : kind < 0.1 ? -1e-45f : value(rng);
      }
      BinaryWriter out;
      dense.save(out);
      LinearModel loaded;
      BinaryReader in(out.data());
      ASSERT_TRUE(loaded.load(in));
      ASSERT_EQ(loaded.size(), dense.size());
      ASSERT_EQ(loaded.n_classes(), n_classes);
      // The reference: the dense table of the weights as stored.
      LinearModel reference(n_classes, log2_size);
      for (std::size_t i = 0; i < w.size(); ++i) reference.weights()[i] = round_bf16(w[i]) == 0 ? 0.0f : round_bf16(w[i]);
      for (std::uint64_t i = 0; i < loaded.size(); ++i) {
        const std::uint64_t f[] = {i};
        ASSERT_TRUE(same_bits(loaded.score(f, 0), reference.score(f, 0))) << i;
      }
      std::vector<float> want(n_classes), got(n_classes);
      std::vector<int> classes;
      for (int c = 0; c < n_classes; c += 1 + c % 5) classes.push_back(c);
      classes.push_back(n_classes - 1);
      classes.push_back(0);
      std::vector<float> want_c(classes.size()), got_c(classes.size());
      for (int round = 0; round < 200; ++round) {
        std::vector<std::uint64_t> feats(1 + rng() % 150);
        for (auto& f : feats) f = rng();
        if (round % 4 == 0) feats[0] = loaded.size() - 1 - rng() % 8;  // a row that wraps around
        std::fill(want.begin(), want.end(), 0.0f);
        std::fill(got.begin(), got.end(), 0.0f);
        reference.add_scores(feats, want.data());
        loaded.add_scores(feats, got.data());
        for (int c = 0; c < n_classes; ++c) ASSERT_TRUE(same_bits(got[c], want[c])) << c << ": " << got[c] << " vs " << want[c];
        reference.score_candidates(feats, classes, want_c.data());
        loaded.score_candidates(feats, classes, got_c.data());
        for (std::size_t k = 0; k < classes.size(); ++k) ASSERT_TRUE(same_bits(got_c[k], want_c[k])) << k;
        EXPECT_EQ(loaded.best_of(feats, classes), reference.best_of(feats, classes));
      }
      // Saved again, the loaded model is the same file; unpacked for
      // training, it is the reference table.
      BinaryWriter again;
      loaded.save(again);
      EXPECT_TRUE(again.data() == out.data());
      LinearModel copy = loaded;
      const auto& unpacked = copy.weights();
      for (std::size_t i = 0; i < unpacked.size(); ++i) ASSERT_TRUE(same_bits(unpacked[i], reference.weights()[i])) << i;
      BinaryWriter from_unpacked;
      copy.save(from_unpacked);
      EXPECT_TRUE(from_unpacked.data() == out.data());
    }
  }
}

// "N were Ved": the subject of a passive is nsubj:pass, which the labeler
// can only tell from the auxiliary beside it; the same noun before an active
// verb is nsubj. A saved and reloaded labeler names the relations the same.
TEST(Labeler, TellsPassiveSubjectsByTheirAuxiliaryAndSurvivesSaveLoad) {
  const std::vector<std::string> nouns = {"dogs", "cats", "ministers", "talks", "troops", "leaders"};
  const std::vector<std::string> verbs = {"chased", "signed", "attacked", "praised", "met"};
  std::ostringstream text;
  for (std::size_t i = 0; i < 60; ++i) {
    const auto& a = nouns[i % nouns.size()];
    const auto& b = nouns[(i + 1) % nouns.size()];
    const auto& v = verbs[i % verbs.size()];
    if (i % 2 == 0) {
      text << "1\t" << a << "\t" << a << "\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
           << "2\t" << v << "\t" << v << "\tVERB\tVBD\t_\t0\troot\t_\t_\n"
           << "3\t" << b << "\t" << b << "\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n";
    } else {
      text << "1\t" << a << "\t" << a << "\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_\n"
           << "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
           << "3\t" << v << "\t" << v << "\tVERB\tVBN\t_\t0\troot\t_\t_\n\n";
    }
  }
  const auto train = parse_text(text.str());
  ASSERT_EQ(train.size(), 60u);
  TrainOptions options;
  options.epochs = 5;
  Labeler labeler;
  labeler.train(train, {}, options);

  // Unseen combinations of the same words.
  auto active = parse_text(
      "1\ttroops\ttroop\tNOUN\tNNS\t_\t2\t_\t_\t_\n2\tpraised\tpraise\tVERB\tVBD\t_\t0\t_\t_\t_\n"
      "3\tcats\tcat\tNOUN\tNNS\t_\t2\t_\t_\t_\n\n")[0].words;
  auto passive = parse_text(
      "1\tleaders\tleader\tNOUN\tNNS\t_\t3\t_\t_\t_\n2\twere\tbe\tAUX\tVBD\t_\t3\t_\t_\t_\n"
      "3\tchased\tchase\tVERB\tVBN\t_\t0\t_\t_\t_\n\n")[0].words;
  labeler.label(active);
  labeler.label(passive);
  EXPECT_EQ(active[0].deprel, "nsubj");
  EXPECT_EQ(active[2].deprel, "obj");
  EXPECT_EQ(passive[0].deprel, "nsubj:pass");
  EXPECT_EQ(passive[1].deprel, "aux:pass");

  BinaryWriter out;
  labeler.save(out);
  Labeler loaded;
  BinaryReader in(out.data());
  ASSERT_TRUE(loaded.load(in));
  auto again = passive;
  for (auto& w : again) w.deprel = "_";
  loaded.label(again);
  for (std::size_t i = 0; i < again.size(); ++i) EXPECT_EQ(again[i].deprel, passive[i].deprel) << i;
}

TEST(Lemmatizer, PrefersAKnownLemmaAmongRuleProposals) {
  // The "-speeld" rule (from "bespeeld", "omspeeld") turns "gespeeld" into
  // the unknown "gespelen"; the shorter "-eeld" rule, learnt from
  // "ge-…-eeld" participles, gives "spelen", a lemma the training data knows.
  std::string text;
  for (const auto& [form, lemma] : std::vector<std::pair<std::string, std::string>>{
           {"bespeeld", "bespelen"}, {"omspeeld", "omspelen"}, {"geverdeeld", "verdelen"},
           {"geverheeld", "verhelen"}, {"geverbeeld", "verbelen"}})
    text += "1\t" + form + "\t" + lemma + "\tVERB\t_\tVerbForm=Part\t0\troot\t_\t_\n\n";
  text += "1\tspelen\tspelen\tVERB\t_\tVerbForm=Inf\t0\troot\t_\t_\n\n";
  const auto train = parse_text(text);
  Lemmatizer lem;
  lem.train(train);
  AnnotatedWord w{"gespeeld"};
  w.upos = "VERB";
  w.feats = "VerbForm=Part";
  EXPECT_EQ(lem.lemma_of(w), "spelen");
}

TEST(TransitionSystem, ZeroCostPathRebuildsProjectiveTree) {
  // 1 <- 2 -> 4, 3 <- 4, root child 2, 5 <- 4.
  const std::vector<int> heads = {0, 2, 0, 4, 2, 4};
  ASSERT_TRUE(is_tree(heads));
  DynamicOracle oracle(heads);
  ParserState state(5);
  int steps = 0;
  while (!state.terminal() && steps++ < 100) {
    int chosen = -1;
    for (int t = 0; t < kNumTransitions; ++t)
      if (state.valid(static_cast<Transition>(t)) && oracle.cost(state, static_cast<Transition>(t)) == 0) chosen = t;
    ASSERT_GE(chosen, 0);
    state.apply(static_cast<Transition>(chosen));
  }
  EXPECT_EQ(state.heads(), heads);
}

TEST(TransitionSystem, OracleCountsLostArcs) {
  const std::vector<int> heads = {0, 2, 0, 2};
  DynamicOracle oracle(heads);
  ParserState state(3);
  state.apply(kShift);  // stack 0 1, buffer 2 3
  EXPECT_EQ(oracle.cost(state, kLeft), 0);   // 2 -> 1
  EXPECT_EQ(oracle.cost(state, kShift), 2);  // 1 loses head 2, 2 can no longer reach the root
  state.apply(kShift);                       // stack 0 1 2: arc 2 -> 1 lost
  EXPECT_EQ(oracle.cost(state, kRight), 1);  // 2 would lose its dependent 3
}

TEST(Projectivize, LiftsCrossingArcsAndLowersThemBack) {
  // "zette het leger in" style crossing: 1 <- 3, 2 <- 4 cross; 3 <- 4, root 4.
  std::vector<AnnotatedWord> words(4);
  const int heads[] = {3, 4, 4, 0};
  const char* rels[] = {"obj", "nsubj", "xcomp", "root"};
  for (int i = 0; i < 4; ++i) words[i].head = heads[i], words[i].deprel = rels[i];
  const auto gold = words;
  EXPECT_GT(projectivize(words), 0);
  std::vector<int> h = {0};
  for (const auto& w : words) h.push_back(w.head);
  EXPECT_TRUE(is_tree(h));
  EXPECT_EQ(words[0].head, 4);
  EXPECT_EQ(words[0].deprel, "obj^xcomp");
  deprojectivize(words);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(words[i].head, gold[i].head);
    EXPECT_EQ(words[i].deprel, gold[i].deprel);
  }
}

std::vector<ParsedSentence> ewt_slice(std::size_t n) {
  std::vector<ParsedSentence> all;
  std::string error;
  const std::string path = std::string(DYAD_SHARED_DIR) + "/ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!read_conllu_file(path, all, &error)) return {};
  if (all.size() > n) all.resize(n);
  return all;
}

std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("dyad_nlp_test_" + std::to_string(::getpid()) + name);
}

TEST(Training, SmokeTestLearnsFromSmallSlice) {
  const auto train = ewt_slice(60);
  if (train.empty()) GTEST_SKIP() << "shared UD data not available";
  TrainOptions options;
  options.epochs = 2;
  const auto model = Annotator::train("en", train, {}, options);
  std::size_t upos = 0, heads = 0, n = 0;
  for (const auto& s : train) {
    auto words = s.words;
    for (auto& w : words) w = AnnotatedWord{w.form};
    model.annotate(words);
    for (std::size_t i = 0; i < words.size(); ++i) {
      upos += words[i].upos == s.words[i].upos;
      heads += words[i].head == s.words[i].head;
      ++n;
    }
  }
  EXPECT_GT(static_cast<double>(upos) / n, 0.85);
  EXPECT_GT(static_cast<double>(heads) / n, 0.6);

  // Save, load, corrupt, version mismatch.
  const auto path = temp_path("smoke.dyadmodel");
  std::string error;
  ASSERT_TRUE(model.save(path, &error)) << error;
  auto loaded = Annotator::load(path, &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(loaded->lang(), "en");

  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto write = [&](const std::string& data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << data;
  };
  std::string corrupt = bytes;
  corrupt[corrupt.size() / 2] ^= 0x55;
  write(corrupt);
  EXPECT_FALSE(Annotator::load(path, &error));
  EXPECT_NE(error.find(path.string()), std::string::npos);
  EXPECT_NE(error.find("corrupt"), std::string::npos);
  EXPECT_NE(error.find("checksum"), std::string::npos) << error;  // weights may decode, the checksum still catches it

  std::string old_version = bytes;
  old_version[8] = static_cast<char>(kModelFormatVersion + 1);
  write(old_version);
  EXPECT_FALSE(Annotator::load(path, &error));
  EXPECT_NE(error.find("version"), std::string::npos);

  write(bytes.substr(0, bytes.size() / 3));
  EXPECT_FALSE(Annotator::load(path, &error));
  EXPECT_NE(error.find("corrupt"), std::string::npos);

  write("not a model at all");
  EXPECT_FALSE(Annotator::load(path, &error));
  EXPECT_NE(error.find("not a dyad model"), std::string::npos);
  std::filesystem::remove(path);

  EXPECT_FALSE(Annotator::load(temp_path("missing.dyadmodel"), &error));
  EXPECT_NE(error.find("cannot open"), std::string::npos);

  // Bad input on a trained model: empty, symbols, a very long sentence.
  std::vector<AnnotatedWord> empty;
  model.annotate(empty);
  std::vector<AnnotatedWord> odd = {{"😀"}, {"!!!"}, {"#"}, {"\xF0\x9F"}, {""}};
  model.annotate(odd);
  std::vector<int> heads_odd = {0};
  for (const auto& w : odd) heads_odd.push_back(w.head);
  EXPECT_TRUE(is_tree(heads_odd));
  std::vector<AnnotatedWord> long_sentence;
  for (int i = 0; i < 3000; ++i) long_sentence.push_back({i % 7 == 6 ? "," : i % 2 ? "talks" : "the"});
  model.annotate(long_sentence);  // linear time is bench_parse's business; here: a valid tree
  std::vector<int> heads_long = {0};
  for (const auto& w : long_sentence) heads_long.push_back(w.head);
  EXPECT_TRUE(is_tree(heads_long));
}

}  // namespace
}  // namespace dyad::nlp
