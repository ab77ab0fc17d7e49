// Events named by nouns (nominal.cpp), on hand-built UD trees.
#include "coder_fixture.h"

namespace dyad::events {
namespace {

using namespace coder_testing;

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

TEST(Coder, AdjectiveMentionOverTheEventNounIsItsDoer) {
  // "Ghanaian shelling on Togolese villages"
  auto s = tree(R"(Ghanaian Ghanaian ADJ 2 amod
shelling shelling NOUN 0 root
on on ADP 5 case
Togolese Togolese ADJ 5 amod
villages village NOUN 2 nmod)");
  Actors a;
  a.add(0, 2, "GHA").add(3, 5, "TGO");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"GHA TGO 194"}));
}

TEST(Coder, ACircumstanceNounDoesNotTakeItsClausesMood) {
  // "At the request of Ghana, Togo will send aid." : the request happened.
  auto s = tree(R"(At at ADP 3 case
the the DET 3 det
request request NOUN 9 obl
of of ADP 5 case
Ghana Ghana PROPN 3 nmod
, , PUNCT 3 punct
Togo Togo PROPN 9 nsubj
will will AUX 9 aux
send send VERB 0 root VerbForm=Inf
aid aid NOUN 9 obj
to to ADP 12 case
Mali Mali PROPN 9 obl)");
  Actors a;
  a.add(4, 5, "GHA").add(6, 7, "TGO").add(11, 12, "MLI");
  const auto events = code(*fixture().en, s, a);
  EXPECT_NE(std::find(events.begin(), events.end(), "TGO MLI 033"), events.end());
  for (const auto& e : events) EXPECT_NE(e.substr(e.size() - 3), "030") << e;  // no intent read into the request
}

}  // namespace
}  // namespace dyad::events
