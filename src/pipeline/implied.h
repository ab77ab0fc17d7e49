// The parties of coded events that their own clause does not name, as
// mentions (MentionKind::kImplied): "Cambodia recalled its staff, expelling
// the Thai ambassador" gives "expelling" a mention of Cambodia; "Japan
// condemned the launch" gives "condemned" one of the state that launched.
// `dyad actors` writes them beside the recogniser's mentions, so that the
// actor layer states who every party of an event is, where the event is.
#pragma once
#include <vector>

#include "actors/actor.h"
#include "events/event.h"
#include "pipeline/annotate.h"

namespace dyad::pipeline {

// `mentions` (in document order, as DocumentCoder gives them) with an
// implied mention added for each party of `events` that lies outside the
// predicate's clause, spanning the predicate and referring to the mention
// the party was read from; the result is in document order, antecedents
// renumbered.
std::vector<Mention> with_implied_parties(const AnnotatedDocument& doc, std::vector<Mention> mentions,
                                          const std::vector<events::Event>& events);

}  // namespace dyad::pipeline
