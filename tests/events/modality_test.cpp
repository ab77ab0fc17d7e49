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

TEST(Coder, DutchAnnouncedInfinitiveAndSeparableGaanAreIntents) {
  // "De regering maakte bekend tanks te leveren aan Oekraïne."
  auto s = tree(R"(De de DET 2 det
regering regering NOUN 3 nsubj
maakte maken VERB 0 root
bekend bekend ADJ 3 advmod
tanks tank NOUN 7 obj
te te ADP 7 mark
leveren leveren VERB 3 xcomp
aan aan ADP 9 case
Oekraïne Oekraïne PROPN 7 obl
. . PUNCT 3 punct)");
  Actors a;
  a.add(1, 2, "BEL").add(8, 9, "UKR");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"BEL UKR 0332"}));
  // Without the announcement the delivery is the act itself.
  s.words[3].lemma = s.words[3].form = "snel";
  s.words[2].lemma = "beginnen";
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"BEL UKR 072"}));
  // "Nederland gaat samen met Denemarken tanks aan Oekraïne leveren": a
  // particle glued to the lemma ("samen_gaan") still leaves "gaan".
  auto g = tree(R"(Nederland Nederland PROPN 2 nsubj
gaat samen_gaan VERB 0 root
samen samen ADV 2 compound:prt
tanks tank NOUN 7 obj
aan aan ADP 6 case
Oekraïne Oekraïne PROPN 7 obl
leveren leveren VERB 2 xcomp
. . PUNCT 2 punct)");
  Actors b;
  b.add(0, 1, "NLD").add(5, 6, "UKR");
  EXPECT_EQ(code(*fixture().nl, g, b), (V{"NLD UKR 0332"}));
}

TEST(Coder, DutchCompoundsAreKindsOfTheirHead) {
  // "België levert machinegeweren aan Oekraïne": the lemmatizer's stem is
  // no word, but the compound's head "geweren" is equipment.
  auto s = tree(R"(België België PROPN 2 nsubj
levert leveren VERB 0 root
machinegeweren machinegewer NOUN 2 obj
aan aan ADP 5 case
Oekraïne Oekraïne PROPN 2 obl
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "BEL").add(4, 5, "UKR");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"BEL UKR 072"}));
  s.words[2].form = s.words[2].lemma = "gevechtsvliegtuigen";
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"BEL UKR 072"}));
  // English writes compounds apart: no head matching there.
  EXPECT_FALSE(fixture().en->has_rule("compound-heads"));
}

TEST(Coder, AConjunctDoesNotInheritItsHeadsIntent) {
  // "Kenya pledged aid to Somalia and urged Ethiopia to talk."
  auto s = tree(R"(Kenya Kenya PROPN 2 nsubj
pledged pledge VERB 0 root
aid aid NOUN 2 obj
to to ADP 5 case
Somalia Somalia PROPN 2 obl
and and CCONJ 7 cc
urged urge VERB 2 conj
Ethiopia Ethiopia PROPN 7 obj
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "KEN").add(4, 5, "SOM").add(7, 8, "ETH");
  const auto events = code(*fixture().en, s, a);
  EXPECT_NE(std::find(events.begin(), events.end(), "KEN ETH 020"), events.end());
  EXPECT_EQ(std::find(events.begin(), events.end(), "KEN ETH 030"), events.end());
}

}  // namespace
}  // namespace dyad::events
