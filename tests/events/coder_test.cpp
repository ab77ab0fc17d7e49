// The coder's rules on hand-built UD trees, independent of any parser model:
// verbs, patterns and the events they emit (coder.cpp).
#include "coder_fixture.h"

namespace dyad::events {
namespace {

using namespace coder_testing;

TEST(Coder, AJudgementOfAJointActNamedInsideItsObjectReachesBothSides) {
  // The EU welcomed the signing of the accord between Armenia and Azerbaijan .
  auto s = tree(R"(The the DET 2 det
EU EU PROPN 3 nsubj
welcomed welcome VERB 0 root
the the DET 5 det
signing signing NOUN 3 obj
of of ADP 8 case
the the DET 8 det
accord accord NOUN 5 nmod
between between ADP 10 case
Armenia Armenia PROPN 8 nmod
and and CCONJ 12 cc
Azerbaijan Azerbaijan PROPN 10 conj)");
  Actors a;
  a.add(1, 2, "EU").add(9, 10, "ARM").add(11, 12, "AZE");
  const V got = code(*fixture().en, s, a);
  EXPECT_NE(std::find(got.begin(), got.end(), "EU ARM 051"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "EU AZE 051"), got.end());
}

TEST(Coder, AParticipleWithAnObjectAndNoAuxiliaryIsActive) {
  // … that the sultanate appreciated the spirit , with the subject labelled passive.
  auto s = tree(R"(that that SCONJ 3 mark
Oman Oman PROPN 3 nsubj:pass
appreciated appreciate VERB 0 root VerbForm=Part|Tense=Past
the the DET 5 det
spirit spirit NOUN 3 obj
of of ADP 7 case
Qatar Qatar PROPN 5 nmod)");
  Actors a;
  a.add(1, 2, "OMN").add(6, 7, "QAT");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"OMN QAT 051"}));
}

TEST(Coder, AnInvitationToVisitOrTalkIsAnIntentToMeet) {
  // Poland invited Lithuania to visit Warsaw . / to the summit .
  auto visit = tree(R"(Poland Poland PROPN 2 nsubj
invited invite VERB 0 root
Lithuania Lithuania PROPN 2 obj
to to PART 5 mark
visit visit VERB 2 xcomp
Warsaw Warsaw PROPN 5 obj)");
  Actors a;
  a.add(0, 1, "POL").add(2, 3, "LTU");
  EXPECT_EQ(code(*fixture().en, visit, a), (V{"POL LTU 036"}));
  // Polen nodigde president Dal uit voor een bezoek , with the object labelled obl.
  auto nl = tree(R"(Polen Polen PROPN 2 nsubj
nodigde uitnodigen VERB 0 root
president president NOUN 2 obl
Dal Dal PROPN 3 appos
uit uit ADP 2 compound:prt
voor voor ADP 8 case
een een DET 8 det
bezoek bezoek NOUN 2 obl)");
  Actors b;
  b.add(0, 1, "POL").add(2, 4, "LTU");
  const V got = code(*fixture().nl, nl, b);
  EXPECT_NE(std::find(got.begin(), got.end(), "POL LTU 036"), got.end());
}

TEST(Coder, ASummonsWithNoDoerNamedIsTheHostStates) {
  // The ministry summoned Germany 's ambassador in Ankara .
  auto s = tree(R"(The the DET 2 det
ministry ministry NOUN 3 nsubj
summoned summon VERB 0 root
Germany Germany PROPN 6 nmod:poss
's 's PART 4 case
ambassador ambassador NOUN 3 obj
in in ADP 8 case
Ankara Ankara PROPN 6 nmod)");
  Actors a;
  a.add(3, 6, "DEU").add(7, 8, "TUR");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"TUR DEU 114"}));
  // Het ministerie ontbood de Duitse ambassadeur in Ankara .
  auto nl = tree(R"(Het het DET 2 det
ministerie ministerie NOUN 3 nsubj
ontbood ontbieden VERB 0 root
de de DET 6 det
Duitse Duits ADJ 6 amod
ambassadeur ambassadeur NOUN 3 obj
in in ADP 8 case
Ankara Ankara PROPN 6 nmod)");
  Actors b;
  b.add(4, 6, "DEU").add(7, 8, "TUR");
  EXPECT_EQ(code(*fixture().nl, nl, b), (V{"TUR DEU 114"}));
}

TEST(Coder, CoordinatedSubjectsSignSymmetric) {
  // The Kenyan and the Dutch governments signed a declaration .
  auto s = tree(R"(The the DET 6 det
Kenyan Kenyan ADJ 6 amod
and and CCONJ 5 cc
the the DET 5 det
Dutch Dutch ADJ 2 conj
governments government NOUN 7 nsubj
signed sign VERB 0 root
a a DET 9 det
declaration declaration NOUN 7 obj
. . PUNCT 7 punct)");
  Actors a;
  a.add(1, 2, "KEN").add(4, 6, "NLD");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"KEN NLD 057"}));
}

TEST(Coder, PassiveParticipleWithAgents) {
  // The pact signed by Kenya and Norway will ...
  auto s = tree(R"(The the DET 2 det
pact pact NOUN 8 nsubj
signed sign VERB 2 acl VerbForm=Part
by by ADP 5 case
Kenya Kenya PROPN 3 obl:agent
and and CCONJ 7 cc
Norway Norway PROPN 5 conj
concentrates concentrate VERB 0 root)");
  Actors a;
  a.add(4, 5, "KEN").add(6, 7, "NOR");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"KEN NOR 057"}));
}

TEST(Coder, NegationBlocksTheEvent) {
  auto s = tree(R"(Kenya Kenya PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
sign sign VERB 0 root
with with ADP 6 case
Norway Norway PROPN 4 obl)");
  Actors a;
  a.add(0, 1, "KEN").add(5, 6, "NOR");
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
}

TEST(Coder, PledgeToCooperateIsIntent) {
  // Kenya pledged to cooperate with Britain
  auto s = tree(R"(Kenya Kenya PROPN 2 nsubj
pledged pledge VERB 0 root
to to PART 4 mark
cooperate cooperate VERB 2 xcomp
with with ADP 6 case
Britain Britain PROPN 4 obl)");
  Actors a;
  a.add(0, 1, "KEN").add(5, 6, "GBR");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GBR KEN 031"}));
}

TEST(Coder, FutureAuxiliaryIsIntent) {
  auto s = tree(R"(Kenya Kenya PROPN 3 nsubj
will will AUX 3 aux
visit visit VERB 0 root
Norway Norway PROPN 3 obj)");
  Actors a;
  a.add(0, 1, "KEN").add(3, 4, "NOR");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"KEN NOR 036"}));
}

TEST(Coder, ConditionAndQuestionGiveNothing) {
  auto s = tree(R"(If if SCONJ 3 mark
Iran Iran PROPN 3 nsubj
attacks attack VERB 6 advcl
Israel Israel PROPN 3 obj
, , PUNCT 6 punct
responds respond VERB 0 root)");
  Actors a;
  a.add(1, 2, "IRN").add(3, 4, "ISR");
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
  auto q = tree(R"(Did do AUX 3 aux
Iran Iran PROPN 3 nsubj
attack attack VERB 0 root
Israel Israel PROPN 3 obj
? ? PUNCT 3 punct)");
  EXPECT_TRUE(code(*fixture().en, q, a).empty());
}

TEST(Coder, ImposeSanctionsOnTarget) {
  auto s = tree(R"(The the DET 2 det
EU EU PROPN 3 nsubj
imposed impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Belarus Belarus PROPN 3 obl)");
  Actors a;
  a.add(1, 2, "", "EU").add(5, 6, "BLR");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"EU BLR 163"}));
}

TEST(Coder, DutchSeparableVerbAndMet) {
  // Nederland werkt samen met Duitsland
  auto s = tree(R"(Nederland Nederland PROPN 2 nsubj
werkt werken VERB 0 root
samen samen ADV 2 compound:prt
met met ADP 5 case
Duitsland Duitsland PROPN 2 obl)");
  Actors a;
  a.add(0, 1, "NLD").add(4, 5, "DEU");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"DEU NLD 060"}));
}

TEST(Coder, DutchPassiveAgentDoor) {
  // Het verdrag werd door Frankrijk en Duitsland ondertekend
  auto s = tree(R"(Het het DET 2 det
verdrag verdrag NOUN 8 nsubj:pass
werd worden AUX 8 aux:pass
door door ADP 5 case
Frankrijk Frankrijk PROPN 8 obl:agent
en en CCONJ 7 cc
Duitsland Duitsland PROPN 5 conj
ondertekend ondertekenen VERB 0 root)");
  Actors a;
  a.add(4, 5, "FRA").add(6, 7, "DEU");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"DEU FRA 057"}));
}

TEST(Coder, DutchGeenNegatesObject) {
  // De VS legden geen sancties op aan Venezuela
  auto s = tree(R"(De de DET 2 det
VS VS PROPN 3 nsubj
legden leggen VERB 0 root
geen geen DET 5 det
sancties sanctie NOUN 3 obj
op op ADP 3 compound:prt
aan aan ADP 8 case
Venezuela Venezuela PROPN 3 obl)");
  Actors a;
  a.add(1, 2, "USA").add(7, 8, "VEN");
  EXPECT_TRUE(code(*fixture().nl, s, a).empty());
  s.words[3].lemma = "nieuwe";
  s.words[3].form = "nieuwe";
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"USA VEN 163"}));
}

TEST(Coder, DutchSeparableWithObjectClass) {
  // De Europese Unie legde sancties op aan Wit-Rusland
  auto s = tree(R"(De de DET 2 det
Europese Europese PROPN 4 nsubj
Unie Unie PROPN 2 flat
legde leggen VERB 0 root
sancties sanctie NOUN 4 obj
op op ADP 4 compound:prt
aan aan ADP 8 case
Wit-Rusland Wit-Rusland PROPN 4 obl:arg)");
  Actors a;
  a.add(1, 3, "", "EU").add(7, 8, "BLR");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"EU BLR 163"}));
}

TEST(Coder, DutchPassiveSubjectLabelOnActivePerfect) {
  // Griekenland en Cyprus hebben een verdrag getekend: a parser slip labels
  // the subject nsubj:pass although only the perfect auxiliary is there.
  auto s = tree(R"(Griekenland Griekenland PROPN 7 nsubj:pass
en en CCONJ 3 cc
Cyprus Cyprus PROPN 1 conj
hebben hebben AUX 7 aux
een een DET 6 det
verdrag verdrag NOUN 7 obj
getekend tekenen VERB 0 root VerbForm=Part)");
  Actors a;
  a.add(0, 1, "GRC").add(2, 3, "CYP");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"CYP GRC 057"}));
  // With a passive auxiliary the label is believed: no agent, no source.
  s.words[3] = {"werden", "worden", "AUX", "_", "_", 7, "aux:pass"};
  EXPECT_TRUE(code(*fixture().nl, s, a).empty());
}

TEST(Coder, CompoundObjectIsAKindOfItsLastPart) {
  // Canada sloot een handelsakkoord met Chili
  auto s = tree(R"(Canada Canada PROPN 2 nsubj
sloot sluiten VERB 0 root
een een DET 4 det
handelsakkoord handel_akkoord NOUN 2 obj
met met ADP 6 case
Chili Chili PROPN 2 obl)");
  Actors a;
  a.add(0, 1, "CAN").add(5, 6, "CHL");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"CAN CHL 057"}));
}

TEST(Coder, IntentVerbFoundThroughItsFormDespiteAWrongLemma) {
  // Noorwegen beloofde humanitaire hulp aan Jemen te leveren ("beloofen": a lemmatiser slip)
  auto s = tree(R"(Noorwegen Noorwegen PROPN 2 nsubj
beloofde beloofen VERB 0 root
humanitaire humanitair ADJ 4 amod
hulp hulp NOUN 8 obj
aan aan ADP 6 case
Jemen Jemen PROPN 4 nmod
te te ADP 8 mark
leveren leveren VERB 2 xcomp)");
  Actors a;
  a.add(0, 1, "NOR").add(5, 6, "YEM");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"NOR YEM 033"}));
}

TEST(Coder, NoActorsOrNoPredicateGiveNothing) {
  auto s = tree(R"(People people NOUN 2 nsubj
signed sign VERB 0 root
petitions petition NOUN 2 obj)");
  EXPECT_TRUE(code(*fixture().en, s, Actors{}).empty());
  auto t = tree(R"(Kenya Kenya PROPN 3 nsubj
is be AUX 3 cop
beautiful beautiful ADJ 0 root)");
  Actors a;
  a.add(0, 1, "KEN");
  EXPECT_TRUE(code(*fixture().en, t, a).empty());
}

TEST(Coder, EveryTreebankSentenceWithActorsOnProperNouns) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/ud/en_ewt/en_ewt-ud-test.conllu";
  std::vector<nlp::ParsedSentence> sentences;
  std::string error;
  if (!nlp::read_conllu_file(path, sentences, &error)) GTEST_SKIP() << "shared UD data not available: " << error;
  Coder coder(*fixture().en, *fixture().cameo);
  std::size_t events = 0;
  for (const auto& s : sentences) {
    Actors a;
    for (std::size_t w = 0; w < s.words.size() && a.store.size() < 16; ++w)
      if (s.words[w].upos == "PROPN") a.add(w, w + 1, w % 2 ? "KEN" : "NLD");
    for (const CodedEvent& e : coder.code(s, a.args)) {
      // An event without a source leaves it to the story, and has a target.
      ASSERT_TRUE(e.source || (e.implicit_source && e.target) || e.unclaimed);
      for (const auto& id : {e.source, e.target}) {
        if (!id) continue;
        ASSERT_GE(*id, kIdBase);
        ASSERT_LT(*id - kIdBase, a.store.size());
      }
      ASSERT_TRUE(fixture().cameo->find(e.code)) << e.code;
      ++events;
    }
  }
  EXPECT_GT(events, 0u);
}

TEST(Coder, MetWithCriticismIsNoMeeting) {
  // "Ghana's plan was met with criticism in Togo." : "meet" has no passive reading.
  auto s = tree(R"(plan plan NOUN 4 nsubj:pass
was be AUX 4 aux:pass
Ghana Ghana PROPN 1 nmod:poss
met meet VERB 0 root VerbForm=Part
with with ADP 6 case
criticism criticism NOUN 4 obl
in in ADP 8 case
Togo Togo PROPN 6 nmod
. . PUNCT 4 punct)");
  Actors a;
  a.add(2, 3, "GHA").add(7, 8, "TGO");
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
}

TEST(Coder, PassiveAuxiliaryLabelledCopulaStillMakesAPassive) {
  // "Ghana's plan has also been met with criticism in Togo." with "been" as cop.
  auto s = tree(R"(Ghana Ghana PROPN 3 nmod:poss
's 's PART 1 case
plan plan NOUN 7 nsubj
has have AUX 7 aux
also also ADV 7 advmod
been be AUX 7 cop
met meet VERB 0 root VerbForm=Part
with with ADP 9 case
criticism criticism NOUN 7 obl
in in ADP 11 case
Togo Togo PROPN 9 nmod
. . PUNCT 7 punct)");
  Actors a;
  a.add(0, 2, "GHA").add(10, 11, "TGO");
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
}

TEST(Coder, CallingAnActReprehensibleIsCriticism) {
  // "Ghana called Togo's actions reprehensible." / "… called Togo's actions a step forward."
  auto s = tree(R"(Ghana Ghana PROPN 2 nsubj
called call VERB 0 root VerbForm=Fin
Togo Togo PROPN 5 nmod:poss
's 's PART 3 case
actions action NOUN 2 obj
reprehensible reprehensible ADJ 2 xcomp
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(2, 4, "TGO");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA TGO 111"}));
  s.words[5].lemma = s.words[5].form = "welcome";
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
}

TEST(Coder, DutchNamingAnActOutrageousIsCriticism) {
  // "Ghana noemt de uitlatingen van Togo ongehoord."
  auto s = tree(R"(Ghana Ghana PROPN 2 nsubj
noemt noemen VERB 0 root VerbForm=Fin
de de DET 4 det
uitlatingen uitlating NOUN 2 obj
van van ADP 6 case
Togo Togo PROPN 4 nmod
ongehoord ongehoord ADJ 2 xcomp
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "GHA").add(5, 6, "TGO");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"GHA TGO 111"}));
}

TEST(Coder, TheAttackedIsNoTargetOfACondemnation) {
  // "Kenya condemned the attack on the AU base." (the PP on the verb, as parsers often hang it)
  auto s = tree(R"(Kenya Kenya PROPN 2 nsubj
condemned condemn VERB 0 root
the the DET 4 det
attack attack NOUN 2 obj
on on ADP 8 case
the the DET 8 det
AU AU PROPN 8 compound
base base NOUN 2 obl
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "KEN").add(6, 7, "", "AU");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"KEN --- 111"}));
  s.words[7].head = 4;  // or on the attack
  s.words[7].deprel = "nmod";
  EXPECT_EQ(code(*fixture().en, s, a), (V{"KEN --- 111"}));
  // The doer named in the object is the target: "condemned the Houthi attack on the ship".
  s.words[2].form = s.words[2].lemma = "Houthi";
  s.words[2].upos = "PROPN";
  s.words[2].deprel = "compound";
  Actors b;
  b.add(0, 1, "KEN").add(2, 3, "", "HOUTHIS").add(6, 7, "", "AU");
  EXPECT_EQ(code(*fixture().en, s, b), (V{"KEN HOUTHIS 111"}));
  // Dutch: "Nederland veroordeelt de aanslag op de ambassade van België."
  auto n = tree(R"(Nederland Nederland PROPN 2 nsubj
veroordeelt veroordelen VERB 0 root
de de DET 4 det
aanslag aanslag NOUN 2 obj
op op ADP 7 case
de de DET 7 det
ambassade ambassade NOUN 4 nmod
van van ADP 9 case
België België PROPN 7 nmod
. . PUNCT 2 punct)");
  Actors c;
  c.add(0, 1, "NLD").add(6, 9, "BEL");
  EXPECT_EQ(code(*fixture().nl, n, c), (V{"NLD --- 111"}));
}

TEST(Coder, ARootParticipleWithoutAuxiliaryIsActive) {
  // "The presidents of Mexico and Guatemala met today." with the subject
  // labelled passive and "met" tagged a participle.
  auto s = tree(R"(The the DET 2 det
presidents president NOUN 7 nsubj:pass
of of ADP 4 case
Mexico Mexico PROPN 2 nmod
and and CCONJ 6 cc
Guatemala Guatemala PROPN 4 conj
met meet VERB 0 root VerbForm=Part|Tense=Past
today today NOUN 7 obl:tmod
. . PUNCT 7 punct)");
  Actors a;
  a.add(1, 4, "MEX").add(5, 6, "GTM");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GTM MEX 040"}));
}

TEST(Coder, AnAgentlessArrestHasTheStateWhereItHappenedAsDoer) {
  // "The Belgian aid worker was arrested in Iran."
  auto s = tree(R"(The the DET 4 det
Belgian Belgian ADJ 4 amod
aid aid NOUN 4 compound
worker worker NOUN 6 nsubj:pass
was be AUX 6 aux:pass
arrested arrest VERB 0 root
in in ADP 8 case
Iran Iran PROPN 6 obl
. . PUNCT 6 punct)");
  Actors a;
  a.add(1, 4, "BEL").add(7, 8, "IRN");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"IRN BEL 173"}));
  // Not every act is the host state's: a signing in Paris is not France's.
  s.words[5].lemma = "sign";
  s.words[5].form = "signed";
  EXPECT_TRUE(code(*fixture().en, s, a).empty());
  // Dutch: "De journalist werd in Ivoorkust opgepakt."
  auto n = tree(R"(De de DET 2 det
Belgische Belgisch ADJ 3 amod
journalist journalist NOUN 7 nsubj:pass
werd worden AUX 7 aux:pass
in in ADP 6 case
Ivoorkust Ivoorkust PROPN 7 obl
opgepakt op_pakken VERB 0 root
. . PUNCT 7 punct)");
  Actors b;
  b.add(1, 3, "BEL").add(5, 6, "CIV");
  EXPECT_EQ(code(*fixture().nl, n, b), (V{"CIV BEL 173"}));
}

TEST(Coder, SamenOnTheGoverningVerbMakesItsMetPhraseAJointDoer) {
  // "Nederland gaat samen met Denemarken tanks aan Oekraïne leveren."
  auto s = tree(R"(Nederland Nederland PROPN 2 nsubj
gaat samen_gaan VERB 0 root
samen samen ADV 2 compound:prt
met met ADP 5 case
Denemarken Denemarken PROPN 2 obl:arg
tanks tank NOUN 9 obj
aan aan ADP 8 case
Oekraïne Oekraïne PROPN 9 obl
leveren leveren VERB 2 xcomp
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "NLD").add(4, 5, "DNK").add(7, 8, "UKR");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"DNK UKR 0332", "NLD UKR 0332"}));
  // Without "samen" the "met" phrase is no doer.
  s.words[2].lemma = s.words[2].form = "graag";
  s.words[2].deprel = "advmod";
  s.words[1].lemma = "gaan";
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"NLD UKR 0332"}));
}

}  // namespace
}  // namespace dyad::events

namespace dyad::events {
namespace {

using namespace coder_testing;

// "Gunmen attacked Kenyan troops": an assault with no doer named is kept as a
// candidate for a later claim of responsibility; other violence with no doer
// ("gunmen killed ten people") is not.
TEST(Coder, AnAssaultWithoutADoerWaitsForAClaim) {
  auto s = tree(R"(Gunmen gunman NOUN 2 nsubj
attacked attack VERB 0 root VerbForm=Fin
Kenyan Kenyan ADJ 4 amod
troops troops NOUN 2 obj
. . PUNCT 2 punct)");
  Actors a;
  a.add(2, 4, "KEN");
  Coder coder(*fixture().en, *fixture().cameo);
  const auto out = coder.code(s, a.args);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].unclaimed);
  EXPECT_FALSE(out[0].source);
  ASSERT_TRUE(out[0].target);
  EXPECT_EQ(out[0].code, "190");
  auto k = tree(R"(Gunmen gunman NOUN 2 nsubj
killed kill VERB 0 root VerbForm=Fin
Kenyan Kenyan ADJ 4 amod
troops troops NOUN 2 obj
. . PUNCT 2 punct)");
  EXPECT_TRUE(coder.code(k, a.args).empty());
}

}  // namespace
}  // namespace dyad::events
