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

TEST(TreeRepair, AfterAFrontedPhraseTheAuxiliarysObjectIsTheSubject) {
  // "Daarom hebben de Verenigde Staten de Afghaanse tak gebombardeerd" with
  // "hebben" the root, the states its object and the branch the object of
  // the participle hung under it.
  const auto s = tree(R"(Daarom daarom ADV 2 advmod
hebben hebben VERB 0 root
de de DET 4 det
Verenigde Verenigde PROPN 2 obj
Staten Staten PROPN 4 flat
de de DET 8 det
Afghaanse Afghaans ADJ 8 amod
tak tak NOUN 9 obj
gebombardeerd bombarderen VERB 2 ccomp VerbForm=Part)");
  const auto fixed = repair_final_participle(*fixture().nl, s);
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->words[3].deprel, "nsubj");
  EXPECT_EQ(fixed->words[3].head, 9);
  EXPECT_EQ(fixed->words[7].deprel, "obj");
  Actors a;
  a.add(3, 5, "USA").add(6, 7, "AFG");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"USA AFG 195"}));
}

TEST(TreeRepair, AClauseHasOneSubject) {
  // "Gisteren hebben de Verenigde Staten de stellingen gebombardeerd" with
  // both noun phrases read as subjects, one of them passive, and no passive
  // auxiliary.
  const auto s = tree(R"(Gisteren gisteren ADV 7 advmod
hebben hebben AUX 7 aux
de de DET 4 det
Verenigde Verenigde PROPN 7 nsubj
Staten Staten PROPN 4 flat
stellingen stelling NOUN 7 nsubj:pass
gebombardeerd bombarderen VERB 0 root VerbForm=Part)");
  std::string what;
  const auto fixed = repair_two_subjects(*fixture().nl, s, &what);
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->words[5].deprel, "obj");
  EXPECT_NE(what.find("stellingen"), std::string::npos);
  // A true passive keeps its subject.
  auto passive = tree(R"(De de DET 2 det
stellingen stelling NOUN 4 nsubj:pass
werden worden AUX 4 aux:pass
gebombardeerd bombarderen VERB 0 root VerbForm=Part)");
  EXPECT_FALSE(repair_two_subjects(*fixture().nl, passive));
  // The passive-labelled one first: it is the subject ("Cyprus heeft Turkije opgeroepen").
  auto first = tree(R"(Ghana Ghana PROPN 4 nsubj:pass
heeft hebben AUX 4 aux
Togo Togo PROPN 4 nsubj
gewaarschuwd waarschuwen VERB 0 root VerbForm=Part)");
  const auto swapped = repair_two_subjects(*fixture().nl, first);
  ASSERT_TRUE(swapped);
  EXPECT_EQ(swapped->words[0].deprel, "nsubj");
  EXPECT_EQ(swapped->words[2].deprel, "obj");
  // A clause with one subject is left alone.
  auto one = tree(R"(Troops troop NOUN 2 nsubj
shelled shell VERB 0 root
positions position NOUN 2 obj)");
  EXPECT_FALSE(repair_two_subjects(*fixture().en, one));
}

TEST(TreeRepair, ANounWithAnAuxiliaryIsAVerb) {
  const auto s = tree(R"(De de DET 3 det
Ethiopische Ethiopisch ADJ 3 amod
president president NOUN 8 nsubj
zal zullen AUX 8 aux
volgende volgend ADJ 6 amod
week week NOUN 8 obl
Kenia Kenia PROPN 8 obl
bezoeken bezoek NOUN 0 root)");
  std::string what;
  const auto fixed = repair_aux_noun(*fixture().nl, s, &what);
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->words[7].upos, "VERB");
  EXPECT_EQ(fixed->words[7].lemma, "bezoeken");
  EXPECT_EQ(fixed->words[6].deprel, "obj");  // the bare name, not the time
  EXPECT_EQ(fixed->words[5].deprel, "obl");
  // A noun phrase with a determiner stays one ("zal de bezoeken …" is no input for it).
  auto np = tree(R"(de de DET 2 det
bezoeken bezoek NOUN 0 root
zijn zijn AUX 2 aux)");
  EXPECT_FALSE(repair_aux_noun(*fixture().nl, np));
}

TEST(TreeRepair, ANameInAppositionToATimeIsTheObject) {
  const auto s = tree(R"(De de DET 3 det
Canadese Canadees ADJ 3 amod
premier premier NOUN 4 nsubj
bezocht bezoeken VERB 0 root
vorige vorig ADJ 6 amod
maand maand NOUN 4 obl
Mexico Mexico PROPN 6 appos)");
  const auto fixed = repair_time_apposition(*fixture().nl, s);
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->words[6].head, 4);
  EXPECT_EQ(fixed->words[6].deprel, "obj");
  Actors a;
  a.add(1, 3, "CAN").add(6, 7, "MEX");
  EXPECT_EQ(code(*fixture().nl, s, a), (V{"CAN MEX 042"}));
  // With an object of its own the verb keeps it.
  auto own = tree(R"(Canada Canada PROPN 2 nsubj
bezocht bezoeken VERB 0 root
Mexico Mexico PROPN 2 obj
vorige vorig ADJ 5 amod
maand maand NOUN 2 obl
Peru Peru PROPN 5 appos)");
  EXPECT_FALSE(repair_time_apposition(*fixture().nl, own));
}

TEST(TreeRepair, APluralNounBeforeAPartnerAndAnInfinitiveIsTheVerb) {
  // "The Thai Government calls upon Cambodia to cease attacks", "calls" a
  // noun compounded with "Government".
  const auto s = tree(R"(The the DET 4 det
Thai Thai ADJ 4 amod
Government government NOUN 4 compound
calls call NOUN 8 nsubj
upon upon ADP 6 case
Cambodia Cambodia PROPN 4 nmod
to to PART 8 mark
cease cease VERB 0 root
attacks attack NOUN 8 obj)");
  std::string what;
  const auto fixed = repair_noun_verb_infinitive(*fixture().en, s, &what);
  ASSERT_TRUE(fixed);
  const auto& w = fixed->words;
  EXPECT_EQ(w[3].upos, "VERB");
  EXPECT_EQ(w[3].head, 0);
  EXPECT_EQ(w[2].deprel, "nsubj");
  EXPECT_EQ(w[0].head, 3);  // "The" goes with the subject
  EXPECT_EQ(w[5].deprel, "obl");
  EXPECT_EQ(w[7].deprel, "xcomp");
  EXPECT_EQ(w[7].head, 4);
  Actors a;
  a.add(1, 3, "THA").add(5, 6, "KHM");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"THA KHM 020"}));
  // A plural subject noun with no compound before it is left alone: "Talks
  // with Iran to end the war resumed".
  auto talks = tree(R"(Talks talk NOUN 5 nsubj
with with ADP 3 case
Iran Iran PROPN 1 nmod
to to PART 5 mark
end end VERB 0 root)");
  EXPECT_FALSE(repair_noun_verb_infinitive(*fixture().en, talks));
}

TEST(TreeRepair, APerfectWithNoSubjectButAClauseHasItsObjectAsSubject) {
  const auto s = tree(R"(Gisteren gisteren ADV 6 advmod
heeft hebben AUX 6 aux
de de DET 5 det
Congolese Congolees ADJ 5 amod
regering regering NOUN 6 obj
beslist beslissen VERB 0 root
om om ADP 12 mark
het het DET 9 det
consulaat consulaat NOUN 12 obj
in in ADP 11 case
Antwerpen Antwerpen PROPN 9 nmod
sluiten sluiten VERB 6 advcl)");
  const auto fixed = repair_subjectless_perfect(*fixture().nl, s);
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->words[4].deprel, "nsubj");
  // With a subject of its own, or no clause, nothing changes.
  auto own = tree(R"(Kenia Kenia PROPN 3 nsubj
heeft hebben AUX 3 aux
bezocht bezoeken VERB 0 root)");
  EXPECT_FALSE(repair_subjectless_perfect(*fixture().nl, own));
  auto plain = tree(R"(heeft hebben AUX 3 aux
Kenia Kenia PROPN 3 obj
bezocht bezoeken VERB 0 root)");
  EXPECT_FALSE(repair_subjectless_perfect(*fixture().nl, plain));
}

TEST(TreeRepair, ASubjectSetOffByARelativeClauseIsTheSubject) {
  // Foreign Secretary Dal , who arrived on Sunday , extended an invitation .
  const char* kSetOff = R"(Foreign foreign ADJ 2 amod
Secretary secretary NOUN 10 parataxis
Dal Dal PROPN 2 flat
, , PUNCT 6 punct
who who PRON 6 nsubj
arrived arrive VERB 2 acl:relcl
on on ADP 8 case
Sunday Sunday PROPN 6 obl
, , PUNCT 2 punct
extended extend VERB 0 root VerbForm=Fin
an a DET 12 det
invitation invitation NOUN 10 obj)";
  std::string what;
  const auto fixed = repair_set_off_subject(*fixture().en, tree(kSetOff), &what);
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->words[1].deprel, "nsubj");
  EXPECT_NE(what.find("set off"), std::string::npos);
  // Dutch: Minister Dal , die zondag aankwam , nodigde Vale uit .
  const auto nl = repair_set_off_subject(*fixture().nl, tree(R"(Minister minister NOUN 7 dep
Dal Dal PROPN 1 flat
, , PUNCT 5 punct
die die PRON 5 nsubj
aankwam aankomen VERB 1 acl:relcl
, , PUNCT 1 punct
nodigde uitnodigen VERB 0 root VerbForm=Fin
Vale Vale PROPN 7 obj
uit uit ADP 7 compound:prt)"));
  ASSERT_TRUE(nl);
  EXPECT_EQ(nl->words[0].deprel, "nsubj");
  // A verb with a subject of its own keeps it; a bare phrase with nothing
  // set off ("Monday, extended") is no subject.
  auto own = tree(kSetOff);
  own.words[3].head = 10;
  own.words[3].deprel = "punct";
  own.words[4].head = 10;  // "who" now the verb's own subject
  EXPECT_FALSE(repair_set_off_subject(*fixture().en, own));
  EXPECT_FALSE(repair_set_off_subject(*fixture().en, tree(R"(Monday Monday PROPN 3 parataxis
, , PUNCT 3 punct
extended extend VERB 0 root VerbForm=Fin)")));
}

TEST(TreeRepair, AnAppositionClosingTheIntroductionIsTheSubject) {
  // In a statement on Thursday , Peru 's ministry said …
  const char* kIntro = R"(In in ADP 3 case
a a DET 3 det
statement statement NOUN 11 obl
on on ADP 5 case
Thursday Thursday PROPN 3 nmod
, , PUNCT 10 punct
Peru Peru PROPN 10 nmod:poss
's 's PART 7 case
foreign foreign ADJ 10 amod
ministry ministry NOUN 5 appos
said say VERB 0 root
it it PRON 11 obj)";
  std::string what;
  const auto fixed = repair_intro_appos_subject(*fixture().en, tree(kIntro), &what);
  ASSERT_TRUE(fixed);
  EXPECT_EQ(fixed->words[9].deprel, "nsubj");
  EXPECT_EQ(fixed->words[9].head, 11);
  // Dutch puts the verb right after an introduction ("In een verklaring zei
  // het ministerie …"): the rule is English only.
  EXPECT_FALSE(repair_intro_appos_subject(*fixture().nl, tree(kIntro)));
  // An apposition that does not run up to the verb, or a verb with a
  // subject, is left alone.
  auto apart = tree(kIntro);
  apart.words[11].head = 10;  // "it" now inside the apposition, after it
  apart.words[11].deprel = "nmod";
  auto own = tree(kIntro);
  own.words[11].deprel = "nsubj";
  EXPECT_FALSE(repair_intro_appos_subject(*fixture().en, own));
  EXPECT_FALSE(repair_intro_appos_subject(*fixture().en, apart));
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

TEST(TreeRepair, AParticipleOnTheSubjectOfAVerblessRootIsTheVerb) {
  // Both countries accused the other of shooting first .
  auto s = tree(R"(Both both DET 2 det
countries country NOUN 5 nsubj
accused accuse VERB 2 acl Tense=Past|VerbForm=Part|Voice=Pass
the the DET 5 det
other other ADJ 0 root
of of ADP 7 mark
shooting shoot VERB 5 advcl VerbForm=Ger
first first ADV 7 advmod
. . PUNCT 5 punct)");
  const auto fixed = repair_acl_main_verb(*fixture().en, s);
  ASSERT_TRUE(fixed);
  const auto& w = fixed->words;
  EXPECT_EQ(w[2].head, 0);
  EXPECT_EQ(w[1].head, 3);
  EXPECT_EQ(w[4].deprel, "obj");
  EXPECT_EQ(w[8].head, 3);
  Actors a;
  a.add(0, 2, "KHM").add(0, 2, "THA");
  EXPECT_EQ(code(*fixture().en, s, a), (V{"KHM THA 112", "THA KHM 112"}));
  // A real reduced relative under a verbal root stays: "the envoy expelled
  // last week returned".
  auto rel = tree(R"(the the DET 2 det
envoy envoy NOUN 5 nsubj
expelled expel VERB 2 acl Tense=Past|VerbForm=Part
home home ADV 3 advmod
returned return VERB 0 root
. . PUNCT 5 punct)");
  EXPECT_FALSE(repair_acl_main_verb(*fixture().en, rel));
}

}  // namespace
}  // namespace dyad::events
