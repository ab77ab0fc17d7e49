#include "events/fold.h"
#include "events/coder.h"

#include <gtest/gtest.h>

namespace dyad::events {
namespace {

Event make(const CameoCode& code, const std::string& src, const std::string& tgt) {
  Event e;
  e.code = &code;
  e.source.actor = Actor{src, src, "", "", ""};
  e.target = EventActor{Actor{tgt, tgt, "", "", ""}, tgt, {}};
  return e;
}

TEST(Fold, IntentBetweenSignatoriesIsPartOfTheSigning) {
  const CameoCode sign{"057", "05", "Sign formal agreement"}, intent{"031", "03", "Express intent to engage in material cooperation"};
  std::vector<Event> events{make(intent, "KEN", "UGA"), make(sign, "UGA", "KEN"), make(intent, "KEN", "TZA")};
  const auto folded = fold_agreement_content(events);
  ASSERT_EQ(folded.size(), 2u);
  EXPECT_EQ(folded[0].code->code, "057");
  EXPECT_EQ(principal(folded[1].target->actor), "TZA");  // no signing with TZA: the intent stays
}

TEST(Fold, APledgeFarFromTheSigningStandsAlone) {
  const CameoCode sign{"057", "05", "Sign formal agreement"}, intent{"033", "03", "Express intent to provide aid"};
  Event signing = make(sign, "POL", "UKR");
  signing.sentence = 0;
  Event near = make(intent, "POL", "UKR");
  near.sentence = 2;
  Event far = make(intent, "POL", "UKR");
  far.sentence = 13;
  const CameoCode cooperate{"0312", "03", "Express intent to engage in military cooperation"};
  Event content = make(cooperate, "UKR", "POL");
  content.sentence = 9;  // what the accord holds, told later: still its content
  const auto folded = fold_agreement_content({signing, near, far, content});
  ASSERT_EQ(folded.size(), 2u);
  EXPECT_EQ(folded[1].sentence, 13u);
}

// A resolve told before the signing is reported stands; a headline before
// it restates the signing; an invitation is an act of its own.
TEST(Fold, WhatComesBeforeTheSigningStandsUnlessAHeadline) {
  const CameoCode sign{"057", "05", "Sign formal agreement"}, intent{"030", "03", "Express intent to cooperate"},
      invite{"036", "03", "Express intent to meet or negotiate"};
  Event headline = make(intent, "ARG", "BRA");
  headline.sentence = 0;
  Event resolve = make(intent, "ARG", "BRA");
  resolve.sentence = 3;
  Event signing = make(sign, "BRA", "ARG");
  signing.sentence = 4;
  Event invitation = make(invite, "BRA", "ARG");
  invitation.sentence = 5;
  const auto folded = fold_agreement_content({headline, resolve, signing, invitation}, {true, false, false, false, false, false});
  ASSERT_EQ(folded.size(), 3u);
  EXPECT_EQ(folded[0].sentence, 3u);
  EXPECT_EQ(folded[1].code->code, "057");
  EXPECT_EQ(folded[2].code->code, "036");
}

TEST(Fold, NothingToFoldWithoutASigning) {
  const CameoCode intent{"030", "03", "Express intent to cooperate"};
  std::vector<Event> events{make(intent, "KEN", "UGA")};
  EXPECT_EQ(fold_agreement_content(events).size(), 1u);
}

}  // namespace
}  // namespace dyad::events
