// The story's memory across sentences: the doer of an act a later noun
// names, and where the story's disaster happened.
#include "pipeline/story_context.h"

#include "coder_fixture.h"

namespace dyad::pipeline {
namespace {

using events::coder_testing::fixture;
using events::coder_testing::tree;

struct Story {
  std::vector<Mention> mentions;
  std::vector<events::ArgActor> args;
  Story() { mentions.reserve(32); }
  // Words [begin, end) of the next sentence added are this actor.
  Story& actor(std::size_t begin, std::size_t end, const std::string& country, MentionKind kind) {
    Mention m;
    m.kind = kind;
    m.actor = Actor{country, country, "", "", ""};
    m.actor.base = m.actor.body = "";
    mentions.push_back(m);
    args.push_back({begin, end, &mentions.back().actor, mentions.size() - 1});
    return *this;
  }
  void sentence(StoryContext& story, const std::string& spec) {
    story.add(tree(spec), args, mentions);
    args.clear();
  }
};

TEST(StoryContext, ANounNamesTheActOfItsVerb) {
  EXPECT_TRUE(names_act("launch", "launch"));
  EXPECT_TRUE(names_act("lancering", "lanceren"));
  EXPECT_TRUE(names_act("decision", "decide"));
  EXPECT_TRUE(names_act("uitlatingen", "uitlaten"));
  EXPECT_TRUE(names_act("test", "testen"));
  EXPECT_FALSE(names_act("launch", "lunch"));
  EXPECT_FALSE(names_act("visit", "vote"));
  EXPECT_FALSE(names_act("statement", "say"));
  EXPECT_FALSE(names_act("besluit", "bezoeken"));
}

TEST(StoryContext, TheDoerOfAnEarlierActIsFoundByItsNoun) {
  StoryContext story(*fixture().en);
  Story s;
  // "North Korea launched a missile over Japan."
  s.actor(0, 1, "PRK", MentionKind::kState).actor(4, 5, "JPN", MentionKind::kState);
  s.sentence(story, "NorthKorea NorthKorea PROPN 2 nsubj\nlaunched launch VERB 0 root\na a DET 4 det\n"
                    "missile missile NOUN 2 obj\nJapan Japan PROPN 2 obl\n");
  // "The test was condemned by Seoul."
  s.actor(4, 5, "KOR", MentionKind::kPlace);
  s.sentence(story, "The the DET 2 det\ntest test NOUN 4 nsubj:pass\nwas be AUX 4 aux:pass\n"
                    "condemned condemn VERB 0 root\nSeoul Seoul PROPN 4 obl:agent\n");
  const auto doer = story.doer_of("launch", "JPN");
  ASSERT_TRUE(doer);
  EXPECT_EQ(s.mentions[*doer].actor.country, "PRK");
  EXPECT_FALSE(story.doer_of("launch", "PRK"));  // never the condemner itself
  EXPECT_FALSE(story.doer_of("visit", "JPN"));
  // The passive's agent did the condemning.
  const auto condemner = story.doer_of("condemnation", "PRK");
  ASSERT_TRUE(condemner);
  EXPECT_EQ(s.mentions[*condemner].actor.country, "KOR");
}

TEST(StoryContext, ADutchRelativeClauseGivesTheDoer) {
  StoryContext story(*fixture().nl);
  Story s;
  // "… vanwege de raket die Noord-Korea lanceerde."
  s.actor(4, 5, "PRK", MentionKind::kState);
  s.sentence(story, "vanwege vanwege ADP 3 case\nde de DET 3 det\nraket raket NOUN 0 root\n"
                    "die die PRON 6 obj\nNoord-Korea Noord-Korea PROPN 6 nsubj\nlanceerde lanceren VERB 3 acl:relcl\n");
  const auto doer = story.doer_of("lancering", "KOR");
  ASSERT_TRUE(doer);
  EXPECT_EQ(s.mentions[*doer].actor.country, "PRK");
}

TEST(StoryContext, TheLatestLocatedHappeningGivesThePlacesHit) {
  StoryContext story(*fixture().nl);
  Story s;
  // "Een aanslag in Manchester." then "De aardbeving in Turkije en Syrië."
  s.actor(3, 4, "GBR", MentionKind::kPlace);
  s.sentence(story, "Een een DET 2 det\naanslag aanslag NOUN 0 root\nin in ADP 4 case\nManchester Manchester PROPN 2 nmod\n");
  s.actor(3, 4, "TUR", MentionKind::kState).actor(5, 6, "SYR", MentionKind::kState);
  s.sentence(story, "De de DET 2 det\naardbeving aardbeving NOUN 0 root\nin in ADP 4 case\nTurkije Turkije PROPN 2 nmod\n"
                    "en en CCONJ 6 cc\nSyrië Syrië PROPN 4 conj\n");
  auto hit = story.hit_places("NLD");
  ASSERT_EQ(hit.size(), 2u);
  EXPECT_EQ(s.mentions[hit[0]].actor.country, "TUR");
  EXPECT_EQ(s.mentions[hit[1]].actor.country, "SYR");
  hit = story.hit_places("TUR");  // the state offering condolences is not the one hit
  ASSERT_EQ(hit.size(), 1u);
  EXPECT_EQ(s.mentions[hit[0]].actor.country, "SYR");
  // A subject is no place something happened in.
  s.actor(0, 1, "FRA", MentionKind::kState);
  s.sentence(story, "Frankrijk Frankrijk PROPN 2 nsubj\nrouwt rouwen VERB 0 root\n");
  EXPECT_EQ(story.hit_places("NLD").size(), 2u);
}

TEST(StoryContext, TheNationalityOfTheHarmedIsAPlaceHit) {
  StoryContext story(*fixture().en);
  Story s;
  // "Two Malian soldiers were killed."
  s.actor(1, 2, "MLI", MentionKind::kState);
  s.sentence(story, "Two two NUM 3 nummod\nMalian Malian ADJ 3 amod\nsoldiers soldier NOUN 5 nsubj:pass\n"
                    "were be AUX 5 aux:pass\nkilled kill VERB 0 root\n");
  auto hit = story.hit_places("FRA");
  ASSERT_EQ(hit.size(), 1u);
  EXPECT_EQ(s.mentions[hit[0]].actor.country, "MLI");
  // "Kenyan troops killed five fighters": the doers' nationality is no place
  // hit; Mali stays the latest.
  s.actor(0, 1, "KEN", MentionKind::kState);
  s.sentence(story, "Kenyan Kenyan ADJ 2 amod\ntroops troop NOUN 3 nsubj\nkilled kill VERB 0 root\n"
                    "five five NUM 5 nummod\nfighters fighter NOUN 3 obj\n");
  hit = story.hit_places("FRA");
  ASSERT_EQ(hit.size(), 1u);
  EXPECT_EQ(s.mentions[hit[0]].actor.country, "MLI");
  // "…waarbij drie Nigerese burgers omkwamen": the subject of a death.
  StoryContext nl(*fixture().nl);
  Story t;
  t.actor(2, 3, "NER", MentionKind::kState);
  t.sentence(nl, "waarbij waarbij ADV 5 advmod\ndrie drie NUM 4 nummod\nNigerese Nigerees ADJ 4 amod\n"
                 "burgers burger NOUN 5 nsubj\nomkwamen omkomen VERB 0 root\n");
  hit = nl.hit_places("FRA");
  ASSERT_EQ(hit.size(), 1u);
  EXPECT_EQ(t.mentions[hit[0]].actor.country, "NER");
}

}  // namespace
}  // namespace dyad::pipeline
