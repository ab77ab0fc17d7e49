// Who the parties are (arguments.cpp), on hand-built UD trees.
#include "coder_fixture.h"

namespace dyad::events {
namespace {

using namespace coder_testing;

TEST(Coder, NonFiniteAdjunctSharesTheSubject) {
  auto s = tree(R"(Ghana Ghana PROPN 2 nsubj
signed sign VERB 0 root VerbForm=Fin
the the DET 4 det
deal deal NOUN 2 obj
after after SCONJ 6 mark
meeting meet VERB 2 advcl VerbForm=Ger
Kenyan Kenyan ADJ 8 amod
officials official NOUN 6 obj
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(6, 8, "KEN");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA KEN 040"}));
}

TEST(Coder, ConverseVerbGivesTheDonorAsSource) {
  auto s = tree(R"(Kenya Kenya PROPN 2 nsubj
received receive VERB 0 root VerbForm=Fin
military military ADJ 4 amod
aid aid NOUN 2 obj
from from ADP 6 case
Japan Japan PROPN 4 nmod
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "KEN").add(5, 6, "JPN");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"JPN KEN 070"}));
}

TEST(Coder, DemandAddressesTheSubjectOfWhatIsDemanded) {
  auto s = tree(R"(Manila Manila PROPN 2 nsubj
demanded demand VERB 0 root VerbForm=Fin
that that SCONJ 6 mark
Chinese Chinese ADJ 5 amod
vessels vessel NOUN 6 nsubj
leave leave VERB 2 ccomp VerbForm=Fin
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "PHL").add(3, 5, "CHN");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"PHL CHN 100"}));
}

TEST(Coder, DutchVerbSecondRepairsASubjectTakenForAnAdverb) {
  // "Ghana veroordeelde de aanslag." with the country tagged ADV and the object as nsubj.
  auto s = tree(R"(Ghana ghana ADV 2 advmod
veroordeelde veroordelen VERB 0 root VerbForm=Fin
de de DET 4 det
aanslag aanslag NOUN 2 nsubj
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"GHA --- 111"}));
  // English has no such rule: the sentence stays without a subject.
  auto e = tree(R"(Ghana ghana ADV 2 advmod
condemned condemn VERB 0 root VerbForm=Fin
the the DET 4 det
attack attack NOUN 2 nsubj
. . PUNCT 2 punct)");
  EXPECT_TRUE(code(*fixture().en, e, a).empty());
}

TEST(Coder, DutchParticipleTakenForAFiniteVerbUnderAnAuxiliary) {
  // "Ghana en Togo hebben een akkoord bereikt." with "bereikt" tagged finite, hung under "hebben".
  auto s = tree(R"(Ghana Ghana PROPN 4 nsubj
en en CCONJ 3 cc
Togo Togo PROPN 1 conj
hebben hebben VERB 0 root VerbForm=Fin
een een DET 6 det
akkoord akkoord NOUN 7 obj
bereikt bereiken VERB 4 obj VerbForm=Fin
. . PUNCT 4 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(2, 3, "TGO");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"GHA TGO 057"}));
}

TEST(Coder, DutchFrontedPronounObjectLeavesTheSubjectAfterTheVerb) {
  // "Dat maakte premier X bekend na overleg met Ghana." with the subject labelled obj.
  auto s = tree(R"(Dat dat PRON 2 nsubj
maakte bekend_maken VERB 0 root VerbForm=Fin
premier premier NOUN 2 obj
X X PROPN 3 appos
bekend bekend ADJ 2 compound:prt
na na ADP 7 case
overleg overleg NOUN 2 obl
met met ADP 9 case
Ghana Ghana PROPN 7 nmod
. . PUNCT 2 punct)");
  Actors a;
  a.add(2, 4, "TGO").add(8, 9, "GHA");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"GHA TGO 040"}));
}

TEST(Coder, ListIntroducedByIncludingJoinsTheRecipients) {
  // "Ghana phoned a row of leaders, including the Togolese president."
  auto s = tree(R"(Ghana Ghana PROPN 2 nsubj
phoned phone VERB 0 root VerbForm=Fin
the the DET 5 det
a a DET 5 det
row row NOUN 2 obj
of of ADP 7 case
leaders leader NOUN 5 nmod
, , PUNCT 11 punct
including including ADP 11 case
the the DET 11 det
president president NOUN 2 obl
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(10, 11, "TGO");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA TGO 041"}));
}

TEST(Coder, CondemningAnAttackHasNoTargetAndItsPlaceIsNone) {
  auto s = tree(R"(Kenya Kenya PROPN 2 nsubj
condemned condemn VERB 0 root VerbForm=Fin
the the DET 4 det
attack attack NOUN 2 obj
in in ADP 6 case
Mombasa Mombasa PROPN 4 nmod
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "KEN").add(5, 6, "KEN");
  a.args.back().place = true;
  EXPECT_EQ(code(*fixture().en, s, a), (V{"KEN --- 111"}));
  // A place of another state inside the object is not the target either.
  Actors b;
  b.add(0, 1, "GHA").add(5, 6, "KEN");
  b.args.back().place = true;
  EXPECT_EQ(code(*fixture().en, s, b), (V{"GHA --- 111"}));
}

TEST(Coder, ClaimOfResponsibilityNeverHasATarget) {
  auto s = tree(R"(Freedom Freedom PROPN 2 compound
Front Front PROPN 3 nsubj
claimed claim VERB 0 root VerbForm=Fin
responsibility responsibility NOUN 3 obj
for for ADP 7 case
the the DET 7 det
attack attack NOUN 4 nmod
on on ADP 10 case
Kenyan Kenyan ADJ 10 amod
troops troops NOUN 7 nmod
. . PUNCT 3 punct)");
  Actors a;
  a.add(0, 2, "", "FRONT").add(8, 10, "KEN");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"FRONT --- 015"}));
}

TEST(Coder, OrderingAnEnvoyToLeaveIsAnExpulsion) {
  auto s = tree(R"(Somalia Somalia PROPN 2 nsubj
ordered order VERB 0 root VerbForm=Fin
the the DET 5 det
Ethiopian Ethiopian ADJ 5 amod
ambassador ambassador NOUN 2 obj
to to PART 7 mark
leave leave VERB 5 acl VerbForm=Inf
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "SOM").add(3, 5, "ETH");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"SOM ETH 174"}));
  // Ordered to do something else: not an expulsion.
  s.words[6].lemma = s.words[6].form = "explain";
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
}

TEST(Coder, APatternsPrepositionalPhraseIsItsTarget) {
  // "Ghana's president arrived in Lome." (the city stands for Togo)
  auto s = tree(R"(president president NOUN 2 nsubj
arrived arrive VERB 0 root VerbForm=Fin
in in ADP 4 case
Lome Lome PROPN 2 obl
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(3, 4, "TGO");
  a.args.back().place = true;
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA TGO 042"}));
}

TEST(Coder, APartyInsideTheObjectComesBeforeAPlace) {
  // "Oman appreciated the spirit of the talks in Muscat between the Ghanaian and Togolese sides."
  auto s = tree(R"(Oman Oman PROPN 2 nsubj
appreciated appreciate VERB 0 root VerbForm=Fin
the the DET 4 det
spirit spirit NOUN 2 obj
of of ADP 7 case
the the DET 7 det
talks talk NOUN 4 nmod
in in ADP 9 case
Muscat Muscat PROPN 7 nmod
between between ADP 15 case
the the DET 15 det
Ghanaian Ghanaian ADJ 15 amod
and and CCONJ 14 cc
Togolese Togolese ADJ 12 conj
sides side NOUN 7 nmod)");
  Actors a;
  a.add(0, 1, "OMN").add(8, 9, "OMN").add(11, 12, "GHA").add(13, 14, "TGO");
  a.args[1].place = true;
  const auto events = code(*fixture().en, s, a);
  EXPECT_NE(std::find(events.begin(), events.end(), "OMN GHA 051"), events.end());
  EXPECT_NE(std::find(events.begin(), events.end(), "OMN TGO 051"), events.end());
}

TEST(Coder, AStateInALocativePhraseInsideTheObjectIsWhereNotWhom) {
  // "Ghana conducted strikes against rebel sites in Togo." with the rebels a group of their own.
  auto s = tree(R"(Ghana Ghana PROPN 2 nsubj
conducted conduct VERB 0 root VerbForm=Fin
strikes strike NOUN 2 obj
against against ADP 6 case
rebel rebel NOUN 6 compound
sites site NOUN 3 nmod
in in ADP 8 case
Togo Togo PROPN 6 nmod
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(4, 5, "", "FRONT").add(7, 8, "TGO");
  // The verb and its event noun both code it; the pipeline keeps one.
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA FRONT 195", "GHA FRONT 195"}));
}

TEST(Coder, AComitativePhraseAddsDoers) {
  // "Ghana, along with Togo, has accused Mali."
  auto s = tree(R"(Ghana Ghana PROPN 7 nsubj
, , PUNCT 5 punct
along along ADP 5 case
with with ADP 5 case
Togo Togo PROPN 1 nmod
, , PUNCT 1 punct
accused accuse VERB 0 root VerbForm=Fin
Mali Mali PROPN 7 obj
. . PUNCT 7 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(4, 5, "TGO").add(7, 8, "MLI");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA MLI 112", "TGO MLI 112"}));
  // "Ghana gaat samen met Togo hulp aan Mali leveren."
  auto n = tree(R"(Ghana Ghana PROPN 2 nsubj
gaat gaan VERB 0 root VerbForm=Fin
samen samen ADV 5 advmod
met met ADP 5 case
Togo Togo PROPN 9 obl
hulp hulp NOUN 9 obj
aan aan ADP 8 case
Mali Mali PROPN 9 obl
leveren leveren VERB 2 xcomp VerbForm=Inf)");
  Actors b;
  b.add(0, 1, "GHA").add(4, 5, "TGO").add(7, 8, "MLI");
  EXPECT_EQ(code(*fixture().nl, n, b), (V{"GHA MLI 033", "TGO MLI 033"}));
}

TEST(Coder, ATimePhraseIsNoParty) {
  // "But on Wednesday, Ghana rejected the Togolese offer." with Ghana hung off the weekday.
  auto s = tree(R"(But but CCONJ 6 cc
on on ADP 3 case
Wednesday Wednesday PROPN 6 obl
, , PUNCT 5 punct
Ghana Ghana PROPN 3 appos
rejected reject VERB 0 root VerbForm=Fin
the the DET 9 det
Togolese Togolese ADJ 9 amod
offer offer NOUN 6 obj
. . PUNCT 6 punct)");
  Actors a;
  a.add(4, 5, "GHA").add(7, 8, "TGO");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA TGO 120"}));
}

TEST(Coder, EachConjunctOfABetweenPhraseIsSearchedOnItsOwn) {
  // "talks between the Government of Ghana and the Liberation Front"
  auto s = tree(R"(talks talk NOUN 0 root
between between ADP 4 case
the the DET 4 det
Government government NOUN 1 nmod
of of ADP 6 case
Ghana Ghana PROPN 4 nmod
and and CCONJ 9 cc
the the DET 9 det
Front Front PROPN 4 conj)");
  Actors a;
  a.add(5, 6, "GHA").add(8, 9, "", "FRONT");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"FRONT GHA 040"}));
}

TEST(Coder, ASuchAsListNamesThePhrasesMembers) {
  // "… andere landen, die eerder Togolese diplomaten hebben uitgezet, zoals Ghana en Mali."
  auto s = tree(R"(landen land NOUN 0 root
, , PUNCT 7 punct
die die PRON 7 nsubj
Togolese Togolees ADJ 5 amod
diplomaten diplomaat NOUN 7 obj
hebben hebben AUX 7 aux
uitgezet uit_zetten VERB 1 acl:relcl VerbForm=Part
, , PUNCT 11 punct
zoals zoals SCONJ 10 mark
Ghana Ghana PROPN 1 acl:relcl
en en CCONJ 12 cc
Mali Mali PROPN 10 conj)");
  Actors a;
  a.add(3, 5, "TGO").add(9, 10, "GHA").add(11, 12, "MLI");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"GHA TGO 174", "MLI TGO 174"}));
}

TEST(Coder, TheOneAskedDoesTheInfinitivesAct) {
  // "Ghana urged Togo to expel the Malian ambassador."
  auto s = tree(R"(Ghana Ghana PROPN 2 nsubj
urged urge VERB 0 root VerbForm=Fin
Togo Togo PROPN 2 obj
to to PART 5 mark
expel expel VERB 2 xcomp VerbForm=Inf
the the DET 8 det
Malian Malian ADJ 8 amod
ambassador ambassador NOUN 5 obj
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(2, 3, "TGO").add(6, 8, "MLI");
  const auto events = code(*fixture().en, s, a);
  EXPECT_NE(std::find(events.begin(), events.end(), "GHA TGO 020"), events.end());
  EXPECT_EQ(std::find(events.begin(), events.end(), "GHA MLI 174"), events.end());
}

TEST(Arguments, AListTheParserBrokeUpStaysOneList) {
  // Zelenski belde met Johnson , Rutte , Draghi en Guterres
  // (the later names read as parataxis and conj of each other)
  auto s = tree(R"(Zelenski Zelenski PROPN 2 nsubj
belde bellen VERB 0 root
met met ADP 4 case
Johnson Johnson PROPN 2 obl
, , PUNCT 6 punct
Rutte Rutte PROPN 4 conj
, , PUNCT 8 punct
Draghi Draghi PROPN 2 parataxis
en en CCONJ 10 cc
Guterres Guterres PROPN 8 conj)");
  Actors a;
  a.add(0, 1, "UKR").add(3, 4, "GBR").add(5, 6, "NLD").add(7, 8, "ITA").add(9, 10, "", "UN");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"UKR GBR 041", "UKR ITA 041", "UKR NLD 041", "UKR UN 041"}));
  // Two names with a comma and no conjunction are no list: "Kenya attacked Somalia, Ethiopia said".
  auto two = tree(R"(Kenya Kenya PROPN 2 nsubj
attacked attack VERB 0 root
Somalia Somalia PROPN 2 obj
, , PUNCT 5 punct
Ethiopia Ethiopia PROPN 6 nsubj
said say VERB 2 parataxis)");
  Actors b;
  b.add(0, 1, "KEN").add(2, 3, "SOM").add(4, 5, "ETH");
  EXPECT_EQ(code(*fixture().en, two, b), (V{"KEN SOM 190"}));
}

TEST(Arguments, AListAfterIncludingNamesTheGroupTheVerbNames) {
  // Kenya spoke with several leaders , among them Duda , Fiala and Frederiksen
  auto s = tree(R"(Kenya Kenya PROPN 2 nsubj
spoke speak VERB 0 root
with with ADP 5 case
several several ADJ 5 amod
leaders leader NOUN 2 obl
, , PUNCT 8 punct
among among ADP 8 case
them they PRON 2 obl
Duda Duda PROPN 2 obl
, , PUNCT 11 punct
Fiala Fiala PROPN 9 conj
and and CCONJ 13 cc
Frederiksen Frederiksen PROPN 9 conj)");
  Actors a;
  a.add(0, 1, "KEN").add(8, 9, "POL").add(10, 11, "CZE").add(12, 13, "DNK");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"CZE KEN 040", "DNK KEN 040", "KEN POL 040"}));
}

TEST(Arguments, AnAgentlessArrestLeavesItsDoerToTheStory) {
  // Ellis was arrested (no agent, no place): the target only, the source open.
  auto s = tree(R"(Ellis Ellis PROPN 3 nsubj:pass
was be AUX 3 aux:pass
arrested arrest VERB 0 root)");
  Actors a;
  a.add(0, 1, "CAN");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"? CAN 173"}));
  // Reported by the target's own state: still not its act.
  auto reported = tree(R"(Canada Canada PROPN 2 nsubj
said say VERB 0 root
Ellis Ellis PROPN 6 nsubj:pass
had have AUX 6 aux
been be AUX 6 aux:pass
freed free VERB 2 ccomp)");
  Actors b;
  b.add(0, 1, "CAN").add(2, 3, "CAN");
  EXPECT_EQ(code(*fixture().en, reported, b), (V{"? CAN 0841"}));
  // "from a Chinese prison": the state of the place of custody.
  auto from = tree(R"(Ellis Ellis PROPN 3 nsubj:pass
was be AUX 3 aux:pass
released release VERB 0 root
from from ADP 7 case
a a DET 7 det
Chinese Chinese ADJ 7 amod
prison prison NOUN 3 obl)");
  Actors c;
  c.add(0, 1, "CAN").add(5, 6, "CHN");
  EXPECT_EQ(code(*fixture().en, from, c), (V{"CHN CAN 0841"}));
  // "were still detained in Indian jails": a state of custody, no act.
  auto still = tree(R"(fishermen fisherman NOUN 4 nsubj:pass
were be AUX 4 aux:pass
still still ADV 4 advmod
detained detain VERB 0 root
in in ADP 7 case
Indian Indian ADJ 7 amod
jails jail NOUN 4 obl)");
  Actors d;
  d.add(0, 1, "PAK").add(5, 6, "IND");
  EXPECT_EQ(code(*fixture().en, still, d), V{});
}

TEST(Arguments, DutchPerfectPassiveWithZijn) {
  // Amini is vrijgelaten uit een Belgische cel: "is" + the participle of an
  // act of custody is passive, and "uit" names where they were held.
  auto s = tree(R"(Amini Amini PROPN 3 nsubj
is zijn AUX 3 aux
vrijgelaten vrij_laten VERB 0 root
uit uit ADP 7 case
een een DET 7 det
Belgische Belgisch ADJ 7 amod
cel cel NOUN 3 obl)");
  Actors a;
  a.add(0, 1, "IRN").add(5, 6, "BEL");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"BEL IRN 0841"}));
}

TEST(Arguments, DutchSubjectAfterTheVerbReadAsOblique) {
  // Daarnaast veroordeelden onder anderen de Franse president en de Spaanse premier de aanslag
  // with the subject after the finite verb parsed as an oblique.
  auto s = tree(R"(Daarnaast daarnaast ADV 2 advmod
veroordeelden veroordelen VERB 0 root
onder onder ADP 7 amod
anderen ander ADJ 3 fixed
de de DET 7 det
Franse Frans ADJ 7 amod
president president NOUN 2 obl
en en CCONJ 11 cc
de de DET 11 det
Spaanse Spaans ADJ 11 amod
premier premier NOUN 7 conj
de de DET 13 det
aanslag aanslag NOUN 2 obj
. . PUNCT 2 punct)");
  Actors a;
  a.add(5, 7, "FRA").add(9, 11, "ESP");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"ESP --- 111", "FRA --- 111"}));
  // Not with a preposition of its own ("met de Franse president"), nor without a fronted phrase.
  auto prep = tree(R"(Daarnaast daarnaast ADV 2 advmod
sprak spreken VERB 0 root
met met ADP 5 case
de de DET 5 det
president president NOUN 2 obl
. . PUNCT 2 punct)");
  Actors b;
  b.add(4, 5, "FRA");
  EXPECT_EQ(code(*fixture().nl, prep, b), V{});
}

TEST(Arguments, TheOwnerOfADecisionDoesWhatItsInfinitiveSays) {
  // Canada asked Venezuela to explain its decision to close the border ,
  // with "close" read as the complement of "explain".
  auto s = tree(R"(Canada Canada PROPN 2 nsubj
asked ask VERB 0 root
Venezuela Venezuela PROPN 2 iobj
to to PART 5 mark
explain explain VERB 2 xcomp VerbForm=Inf
its its PRON 7 nmod:poss
decision decision NOUN 5 obj
to to PART 9 mark
close close VERB 5 xcomp VerbForm=Inf
the the DET 11 det
border border NOUN 9 obj
with with ADP 13 case
Colombia Colombia PROPN 9 obl
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "CAN").add(2, 3, "VEN").add(5, 6, "VEN").add(12, 13, "COL");
  const auto events = code(*fixture().en, s, a);
  EXPECT_NE(std::find(events.begin(), events.end(), "VEN COL 191"), events.end());
  EXPECT_EQ(std::find(events.begin(), events.end(), "CAN COL 191"), events.end());
}

TEST(Arguments, DutchObjectBeforeItsInfinitive) {
  // besloot de landingsrechten voor het toestel van de Turkse minister in te trekken ,
  // the infinitive hung on its object as acl.
  auto s = tree(R"(Het het DET 2 det
kabinet kabinet NOUN 3 nsubj
besloot besluiten VERB 0 root
de de DET 5 det
landingsrechten landing_recht NOUN 3 obj
voor voor ADP 8 case
het het DET 8 det
toestel toestel NOUN 15 obl
van van ADP 12 case
de de DET 12 det
Turkse Turks ADJ 12 amod
minister minister NOUN 8 nmod
in in ADP 15 compound:prt
te te ADP 15 mark
trekken in_trekken VERB 5 acl VerbForm=Inf
. . PUNCT 3 punct)");
  Actors a;
  a.add(1, 2, "NLD").add(10, 12, "TUR");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"NLD TUR 172"}));
}

TEST(Arguments, EachAccusedTheOther) {
  // Rusland en Oekraïne beschuldigden elkaar van schendingen .
  auto s = tree(R"(Rusland Rusland PROPN 4 nsubj
en en CCONJ 3 cc
Oekraïne Oekraïne PROPN 1 conj
beschuldigden beschuldigen VERB 0 root
elkaar elkaar PRON 4 obj
van van ADP 7 case
schendingen schending NOUN 4 obl
. . PUNCT 4 punct)");
  Actors a;
  a.add(0, 1, "RUS").add(2, 3, "UKR");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"RUS UKR 112", "UKR RUS 112"}));
}

}  // namespace
}  // namespace dyad::events
