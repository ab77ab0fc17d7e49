// Document-level conventions of event coding (README, "Annotation rules"):
// what a report says about an agreement is part of the signing.
#pragma once
#include <cstddef>
#include <vector>

#include "events/event.h"

namespace dyad::events {

// How far from the signing a statement of intent is still about it.
inline constexpr std::size_t kAgreementContentSentences = 2;

// Drops statements of intent (CAMEO 03x) between two parties that sign an
// agreement (057) in the same document, in either direction, told with the
// signing or after it: "under the accord the two countries will cooperate
// more closely" and "A and B agreed to step up cooperation" are the content
// of the signing, not acts of their own. A resolve told before the signing
// (not in a headline), an invitation (036), and a pledge of aid (033x) more than
// kAgreementContentSentences after it stand alone ("… and Warsaw would send
// more aid by the end of the year").
// `headline` says which sentences are headlines (a headline before the
// signing restates it: "A and B agree to strengthen relations").
std::vector<Event> fold_agreement_content(std::vector<Event> events, const std::vector<bool>& headline = {});

}  // namespace dyad::events
