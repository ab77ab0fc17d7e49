#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>

#include <set>

#include "events/cameo.h"
#include "events/lexicon.h"

namespace dyad::events {
namespace {

TEST(Lexicon, ParsesPatternsClassesAndWords) {
  Lexicon lex;
  std::string error;
  ASSERT_TRUE(lex.add_text("class TREATY: pact treaty  # comment\n"
                           "words negation: not never\n"
                           "verb sign -> 057 sym\n"
                           "verb sign obj=military_&TREATY pp=with:&TREATY -> 0312:057 sym\n"
                           "verb zetten+in -> 030\n"
                           "noun talks pp=between -> 040 sym\n",
                           "t.txt", &error))
      << error;
  ASSERT_TRUE(lex.check(&error)) << error;
  const auto* sign = lex.patterns(TriggerKind::kVerb, "sign");
  ASSERT_TRUE(sign);
  ASSERT_EQ(sign->size(), 2u);
  const Pattern& p = sign->front();  // most specific first
  EXPECT_EQ(p.active, "0312");
  EXPECT_EQ(p.passive, "057");
  ASSERT_EQ(p.object.modifiers.size(), 1u);
  EXPECT_EQ(p.object.modifiers[0].text, "military");
  EXPECT_TRUE(p.object.head.is_class);
  EXPECT_EQ(p.prep, "with");
  EXPECT_TRUE(p.symmetric);
  EXPECT_EQ(lex.patterns(TriggerKind::kVerb, "zetten")->front().particle, "in");
  EXPECT_TRUE(lex.patterns(TriggerKind::kNoun, "talks"));
  EXPECT_TRUE(lex.in_class("TREATY", "pact"));
  EXPECT_TRUE(lex.is(WordRole::kNegation, "never"));
  EXPECT_FALSE(lex.is(WordRole::kFuture, "never"));
}

// An imported (fallback) pattern ranks below every hand-written pattern of
// its lemma, however specific it is, whichever file is read first; among
// themselves the fallback ones are most specific first.
TEST(Lexicon, FallbackPatternsRankBelowHandWrittenOnes) {
  Lexicon lex;
  std::string error;
  ASSERT_TRUE(lex.add_text("class TREATY: pact treaty\n"
                           "verb strike obj=&TREATY pp=with -> 057 sym fallback\n"
                           "verb strike -> 190 fallback\n",
                           "90_imported.txt", &error))
      << error;
  ASSERT_TRUE(lex.add_text("verb strike -> 190\n"
                           "verb strike obj=deal -> 057 sym\n",
                           "04_hand.txt", &error))
      << error;
  const auto* strike = lex.patterns(TriggerKind::kVerb, "strike");
  ASSERT_TRUE(strike);
  ASSERT_EQ(strike->size(), 4u);
  EXPECT_FALSE((*strike)[0].fallback);
  EXPECT_EQ((*strike)[0].object.head.text, "deal");
  EXPECT_FALSE((*strike)[1].fallback);
  EXPECT_TRUE((*strike)[1].object.empty());
  EXPECT_TRUE((*strike)[2].fallback);
  EXPECT_EQ((*strike)[2].prep, "with");
  EXPECT_TRUE((*strike)[3].fallback);
  EXPECT_TRUE((*strike)[3].object.empty());
}

// The shipped English lexicon with the PETRARCH import: the imported forms
// lead a lemmatiser's slip back to a coded verb, imported patterns extend a
// hand-written lemma without preceding its hand-written patterns.
TEST(Lexicon, ShippedPetrarchImport) {
  std::string error;
  auto lex = Lexicon::load(std::filesystem::path(DYAD_SOURCE_DIR) / "data" / "lang" / "en" / "events", &error);
  ASSERT_TRUE(lex) << error;
  const auto cands = lex->lemma_candidates("extraditing");  // UDPipe-style lemma slip: "extradit"
  EXPECT_NE(std::find(cands.begin(), cands.end(), "extradite"), cands.end());
  const auto* launch = lex->patterns(TriggerKind::kVerb, "launch");
  ASSERT_TRUE(launch);
  bool seen_fallback = false, imported = false;
  for (const Pattern& p : *launch) {
    EXPECT_FALSE(seen_fallback && !p.fallback) << p.where << ": a hand-written pattern after an imported one";
    seen_fallback = seen_fallback || p.fallback;
    imported = imported || (p.fallback && p.where.find("90_petrarch.txt") != std::string::npos);
  }
  EXPECT_TRUE(imported) << "launch has imported patterns";
}

// The committed 90_petrarch.txt is what the converter makes of the shared
// PETRARCH dictionary today: a change to the script is not left unapplied.
TEST(Lexicon, PetrarchImportIsUpToDate) {
  const std::filesystem::path shared(DYAD_SHARED_DIR);
  const auto dict = shared / "petrarch" / "dictionaries" / "CAMEO.2.0.txt";
  const auto codes = shared / "reference" / "cameo_event_codes.tsv";
  if (!std::filesystem::exists(dict) || !std::filesystem::exists(codes))
    GTEST_SKIP() << dict << " absent: the import is not checked";
  if (std::system("python3 --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "no python3";
  const std::filesystem::path src(DYAD_SOURCE_DIR);
  const std::string command = "python3 '" + (src / "scripts" / "import-petrarch-verbs.py").string() + "' '" +
                              dict.string() + "' --codes '" + codes.string() + "' --check -o '" +
                              (src / "data" / "lang" / "en" / "events" / "90_petrarch.txt").string() + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << "run scripts/import-petrarch-verbs.py";
}

TEST(Lexicon, MalformedLineNamesFileAndLine) {
  const char* bad[] = {"verb sign 057\n", "verb sign -> 5x\n", "verb sign -> 057 loud\n",
                       "verb sign obj= -> 057\n", "adverb quickly -> 010\n", "words nonsense: a\n",
                       "verb sign wrong=1 -> 057\n", "class X\n"};
  for (const char* text : bad) {
    Lexicon lex;
    std::string error;
    EXPECT_FALSE(lex.add_text(std::string("# ok\n") + text, "dir/x.txt", &error)) << text;
    EXPECT_EQ(error.rfind("dir/x.txt:2: ", 0), 0u) << error;
  }
  Lexicon lex;
  std::string error;
  ASSERT_TRUE(lex.add_text("verb sign obj=&NOPE -> 057\n", "y.txt", &error));
  EXPECT_FALSE(lex.check(&error));
  EXPECT_NE(error.find("y.txt:1"), std::string::npos);
}

TEST(Lexicon, ShippedLexiconsLoadAndUseKnownCodes) {
  const std::filesystem::path data = std::filesystem::path(DYAD_SOURCE_DIR) / "data";
  std::string error;
  auto cameo = CameoTable::load(data / "cameo", &error);
  ASSERT_TRUE(cameo) << error;
  for (const char* lang : {"en", "nl"}) {
    auto lex = Lexicon::load(data / "lang" / lang / "events", &error);
    ASSERT_TRUE(lex) << error;
    EXPECT_GT(lex->size(), 100u) << lang;
    std::set<std::string> roots;
    for (const Pattern* p : lex->all()) {
      for (const std::string& code : {p->active, p->passive}) {
        if (code.empty()) continue;
        const CameoCode* c = cameo->find(code);
        ASSERT_TRUE(c) << p->where << ": unknown CAMEO code " << code;
        roots.insert(c->root);
      }
    }
    EXPECT_EQ(roots.size(), 20u) << lang << ": every CAMEO root has predicates";
  }
}

TEST(Cameo, TableAndIntentCodes) {
  const std::filesystem::path data = std::filesystem::path(DYAD_SOURCE_DIR) / "data";
  std::string error;
  auto cameo = CameoTable::load(data / "cameo", &error);
  ASSERT_TRUE(cameo) << error;
  const CameoCode* c = cameo->find("057");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->root, "05");
  EXPECT_EQ(c->quad, 1);
  EXPECT_EQ(c->plover, "AGREE");
  EXPECT_EQ(c->name, "Sign formal agreement");
  EXPECT_DOUBLE_EQ(cameo->find("190")->goldstein, -10.0);
  EXPECT_EQ(cameo->intent_of("057"), "030");
  EXPECT_EQ(cameo->intent_of("062"), "0312");
  EXPECT_EQ(cameo->intent_of("042"), "036");
  EXPECT_EQ(cameo->intent_of("0312"), "0312");  // already an intent
  EXPECT_EQ(cameo->intent_of("190"), "138");
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    EXPECT_TRUE(cameo->find(code)) << code;
  }
}

}  // namespace
}  // namespace dyad::events

namespace dyad::events {
namespace {
TEST(Lexicon, InflectionCandidates) {
  Lexicon lex;
  std::string error;
  ASSERT_TRUE(lex.add_text("inflect ge*d -> *en\ninflect *d -> *en\ninflect *de -> *en\ninflect * -> *en\n"
                           "inflect *oo?en -> *o?en\ninflect *fen -> *ven\nforms sluiten: sloot\n"
                           "forms spreken: spraken\n",
                           "t.txt", &error))
      << error;
  auto has = [&](std::string_view w, const std::string& l) {
    const auto c = lex.lemma_candidates(w);
    return std::find(c.begin(), c.end(), l) != c.end();
  };
  EXPECT_TRUE(has("ondertekend", "ondertekenen"));
  EXPECT_TRUE(has("getekend", "tekenen"));
  EXPECT_TRUE(has("onderteken", "ondertekenen"));
  EXPECT_TRUE(has("beloofde", "beloven"));
  EXPECT_TRUE(has("sloot", "sluiten"));
  EXPECT_TRUE(has("bespraken", "bespreken"));  // a prefixed verb inflects like its base
  EXPECT_TRUE(has("afsloot", "afsluiten"));
  EXPECT_FALSE(lex.add_text("inflect *d? -> *en\n", "t.txt", &error));
}
}  // namespace
}  // namespace dyad::events
