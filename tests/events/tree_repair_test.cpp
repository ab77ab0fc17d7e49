#include "events/tree_repair.h"

#include "coder_fixture.h"

namespace dyad::events {
namespace {

using namespace coder_testing;

// Frankrijk heeft als antwoord Russische diplomaten tot persona non grata verklaard .
// as the tagger-parser pair reads it: "heeft" the root, the participle a
// relative clause of "antwoord", the diplomats its passive subject.
const char* kAuxiliaryRoot = R"(Frankrijk Frankrijk PROPN 2 nsubj
heeft hebben VERB 0 root
als als SCONJ 4 mark
antwoord antwoord NOUN 2 obj
Russische Russisch ADJ 6 amod
diplomaten diplomaat NOUN 11 nsubj:pass
tot tot ADP 9 case
persona persona ADJ 9 amod
non non NOUN 11 obl
grata grata ADJ 11 advmod
verklaard verklaren VERB 4 acl:relcl VerbForm=Part
. . PUNCT 2 punct)";

TEST(TreeRepair, TheFinalParticipleIsTheVerbOfItsAuxiliary) {
  const auto s = tree(kAuxiliaryRoot);
  std::string what;
  const auto fixed = repair_final_participle(*fixture().nl, s, &what);
  ASSERT_TRUE(fixed);
  const auto& w = fixed->words;
  EXPECT_EQ(w[10].head, 0);
  EXPECT_EQ(w[1].head, 11);
  EXPECT_EQ(w[1].deprel, "aux");
  EXPECT_EQ(w[0].head, 11);         // the subject moves along
  EXPECT_EQ(w[3].deprel, "obl");    // "als antwoord" is no object
  EXPECT_EQ(w[5].deprel, "obj");    // a perfect, not a passive
  EXPECT_EQ(w[11].head, 11);
  EXPECT_NE(what.find("verklaard"), std::string::npos);
  Actors a;
  a.add(0, 1, "FRA").add(4, 6, "RUS");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"FRA RUS 174"}));
}

TEST(TreeRepair, ClausesOfTheirOwnAndEnglishAreLeftAlone) {
  // "… dat Rusland diplomaten heeft verklaard": a participle with a subject
  // of its own heads its own clause.
  auto own = tree(R"(Frankrijk Frankrijk PROPN 2 nsubj
heeft hebben VERB 0 root
gezegd zeggen VERB 2 xcomp VerbForm=Part
dat dat SCONJ 7 mark
Rusland Rusland PROPN 7 nsubj
iets iets PRON 7 obj
verklaard verklaren VERB 3 ccomp VerbForm=Part)");
  EXPECT_FALSE(repair_final_participle(*fixture().nl, own));
  // The rule is Dutch only.
  EXPECT_FALSE(repair_final_participle(*fixture().en, tree(kAuxiliaryRoot)));
  // A root that is a participle already needs nothing.
  auto fine = tree(R"(Frankrijk Frankrijk PROPN 3 nsubj
heeft hebben AUX 3 aux
verklaard verklaren VERB 0 root VerbForm=Part)");
  EXPECT_FALSE(repair_final_participle(*fixture().nl, fine));
}

TEST(TreeRepair, ARootNounWithItsSubjectAfterItIsTheVerb) {
  // The Secretary - General welcomes the signing , tagged with "welcomes" a noun.
  auto s = tree(R"(The the DET 5 det
Secretary Secretary PROPN 5 compound
- - PUNCT 2 punct
General General ADJ 5 amod
welcomes welcome NOUN 0 root
the the DET 7 det
signing signing NOUN 5 nsubj
. . PUNCT 5 punct)");
  std::string what;
  const auto fixed = repair_noun_root(*fixture().en, s, &what);
  ASSERT_TRUE(fixed);
  const auto& w = fixed->words;
  EXPECT_EQ(w[4].upos, "VERB");
  EXPECT_EQ(w[3].deprel, "nsubj");
  EXPECT_EQ(w[3].head, 5);
  EXPECT_EQ(w[1].head, 4);  // the rest of the title hangs from the subject's head
  EXPECT_EQ(w[6].deprel, "obj");
  // A noun root whose subject precedes it ("Kenya is a partner") is a nominal predicate.
  auto pred = tree(R"(Kenya Kenya PROPN 3 nsubj
is be AUX 3 cop
partner partner NOUN 0 root
. . PUNCT 3 punct)");
  EXPECT_FALSE(repair_noun_root(*fixture().en, pred));
  // Not a Dutch rule.
  EXPECT_FALSE(repair_noun_root(*fixture().nl, s));
}

}  // namespace
}  // namespace dyad::events
