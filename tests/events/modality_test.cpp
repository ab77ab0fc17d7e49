// Whether an act happened (modality.cpp), on hand-built UD trees.
#include "coder_fixture.h"

namespace dyad::events {
namespace {

using namespace coder_testing;

TEST(Coder, WouldUnderAVerbOfSayingIsAnAnnouncedAct) {
  auto s = tree(R"(Kenya Kenya PROPN 2 nsubj
said say VERB 0 root VerbForm=Fin
Ghana Ghana PROPN 5 nsubj
would would AUX 5 aux VerbForm=Fin
send send VERB 2 ccomp VerbForm=Inf
aid aid NOUN 5 obj
to to ADP 8 case
Mali Mali PROPN 5 obl
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "KEN").add(2, 3, "GHA").add(7, 8, "MLI");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA MLI 033"}));
  // Without the verb of saying, "would" is a hypothetical.
  auto h = tree(R"(Ghana Ghana PROPN 3 nsubj
would would AUX 3 aux VerbForm=Fin
send send VERB 0 root VerbForm=Inf
aid aid NOUN 3 obj
to to ADP 6 case
Mali Mali PROPN 3 obl
. . PUNCT 3 punct)");
  Actors b;
  b.add(0, 1, "GHA").add(5, 6, "MLI");
  EXPECT_TRUE(code(*fixture().en, h, b).empty());
}

TEST(Coder, HedgedReportIsNoEvent) {
  auto s = tree(R"(Ghana Ghana PROPN 3 nsubj
reportedly reportedly ADV 3 advmod
expelled expel VERB 0 root VerbForm=Fin
two two NUM 6 nummod
Kenyan Kenyan ADJ 6 amod
diplomats diplomat NOUN 3 obj
. . PUNCT 3 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(4, 6, "KEN");
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
  s.words[1].lemma = s.words[1].form = "swiftly";
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA KEN 174"}));  // README: expelling diplomats is 174
}

TEST(Coder, DutchDecisionReportsTheDecidedAct) {
  auto s = tree(R"(Nederland Nederland PROPN 2 nsubj
besloot besluiten VERB 0 root VerbForm=Fin
twee twee NUM 5 nummod
Russische Russisch ADJ 5 amod
diplomaten diplomaat NOUN 8 obj
uit uit ADP 8 compound:prt
te te ADP 8 mark
zetten uit_zetten VERB 2 xcomp VerbForm=Inf
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "NLD").add(3, 5, "RUS");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"NLD RUS 174"}));
  // A plan, unlike a decision, is an intent.
  s.words[1].lemma = "plannen";
  s.words[1].form = "plant";
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"NLD RUS 137"}));
}

}  // namespace
}  // namespace dyad::events
