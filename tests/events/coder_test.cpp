// The coder's rules on hand-built UD trees, independent of any parser model.
#include <gtest/gtest.h>

#include <sstream>

#include "base/data_dir.h"
#include "events/cameo.h"
#include "events/coder.h"
#include "events/lexicon.h"

namespace dyad::events {
namespace {

struct Fixture {
  std::unique_ptr<CameoTable> cameo;
  std::unique_ptr<Lexicon> en, nl;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    std::string error;
    const std::filesystem::path data = std::filesystem::path(DYAD_SOURCE_DIR) / "data";
    f.cameo = CameoTable::load(data / "cameo", &error);
    EXPECT_TRUE(f.cameo) << error;
    f.en = Lexicon::load(data / "lang/en/events", &error);
    EXPECT_TRUE(f.en) << error;
    f.nl = Lexicon::load(data / "lang/nl/events", &error);
    EXPECT_TRUE(f.nl) << error;
    return f;
  }();
  return f;
}

// One word per line: "form lemma UPOS head deprel [feats]".
nlp::ParsedSentence tree(const std::string& spec) {
  nlp::ParsedSentence s;
  std::istringstream in(spec);
  for (std::string line; std::getline(in, line);) {
    std::istringstream f(line);
    nlp::AnnotatedWord w;
    if (!(f >> w.form >> w.lemma >> w.upos >> w.head >> w.deprel)) continue;
    if (!(f >> w.feats)) w.feats = "_";
    s.words.push_back(w);
  }
  return s;
}

constexpr std::size_t kIdBase = 100;

struct Actors {
  std::vector<Actor> store;
  std::vector<ArgActor> args;
  // Reserve first: ArgActor points into `store`.
  Actors() { store.reserve(16); }
  Actors& add(std::size_t begin, std::size_t end, const std::string& country, const std::string& org = "") {
    store.push_back(Actor{country.empty() ? "IGO" + org : country, country, org, "", ""});
    args.push_back({begin, end, &store.back(), kIdBase + store.size() - 1});  // ids are the caller's, not indexes
    return *this;
  }
};

// "SRC TGT CODE" per event, sorted.
std::vector<std::string> code(const Lexicon& lex, const nlp::ParsedSentence& s, const Actors& a) {
  Coder coder(lex, *fixture().cameo);
  std::vector<std::string> out;
  for (const CodedEvent& e : coder.code(s, a.args)) {
    std::string src = principal(a.store[*e.source - kIdBase]);
    std::string tgt = e.target ? principal(a.store[*e.target - kIdBase]) : "---";
    if (e.symmetric && tgt < src) std::swap(src, tgt);  // a joint act has no direction
    std::string line = src + " " + tgt + " " + e.code;
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

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

TEST(Coder, TalksBetweenNoun) {
  auto s = tree(R"(Talks talk NOUN 6 nsubj
between between ADP 3 case
Pakistan Pakistan PROPN 1 nmod
and and CCONJ 5 cc
India India PROPN 3 conj
resumed resume VERB 0 root)");
  Actors a;
  a.add(2, 3, "PAK").add(4, 5, "IND");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"IND PAK 040"}));
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
      ASSERT_TRUE(e.source);
      ASSERT_GE(*e.source, kIdBase);
      ASSERT_LT(*e.source - kIdBase, a.store.size());
      ASSERT_TRUE(fixture().cameo->find(e.code)) << e.code;
      ++events;
    }
  }
  EXPECT_GT(events, 0u);
}

}  // namespace
}  // namespace dyad::events

namespace dyad::events {
namespace {

// ---- constructions of real news (issue 13); trees as the parser makes them,
// corrected where it errs, so each rule is tested alone ----

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

TEST(Coder, DutchTalksAsACircumstanceAreTheSubjectsAct) {
  auto s = tree(R"(Nederland Nederland PROPN 2 nsubj
steunt steunen VERB 0 root VerbForm=Fin
na na ADP 5 case
een een DET 5 det
gesprek gesprek NOUN 2 obl
met met ADP 7 case
Frankrijk Frankrijk PROPN 5 nmod
het het DET 9 det
plan plan NOUN 2 obj
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "NLD").add(6, 7, "FRA");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"FRA NLD 040"}));
  // Not every event noun: "na de aanslag op X" is not the subject's attack.
  s.words[4].lemma = s.words[4].form = "aanslag";
  s.words[5].lemma = s.words[5].form = "op";
  for (const auto& e : code(*fixture().nl, s, a)) EXPECT_NE(e.substr(e.size() - 3, 2), "18") << e;
}

TEST(Coder, DutchSupportReceivedFromIsGivenByThem) {
  auto s = tree(R"(België België PROPN 2 nsubj
kreeg krijgen VERB 0 root VerbForm=Fin
steun steun NOUN 2 obj
van van ADP 5 case
Nederland Nederland PROPN 3 nmod
. . PUNCT 2 punct)");
  Actors a;
  a.add(0, 1, "BEL").add(4, 5, "NLD");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"NLD BEL 051"}));
}

}  // namespace
}  // namespace dyad::events

namespace dyad::events {
namespace {

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

}  // namespace
}  // namespace dyad::events

namespace dyad::events {
namespace {

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

}  // namespace
}  // namespace dyad::events
