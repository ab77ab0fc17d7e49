// A coded event as dyad reports it: who did what to whom, when, and the
// sentence(s) and words it was read from.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "actors/actor.h"
#include "base/date.h"
#include "base/span.h"
#include "events/cameo.h"

namespace dyad::events {

struct EventActor {
  Actor actor;
  std::string text;  // the mention as written
  Span span;         // bytes of the document text
};

struct Event {
  std::string doc;
  std::string lang;
  std::size_t sentence = 0;           // the first sentence that reports it
  std::vector<std::size_t> sentences; // every sentence that supports it (deduplicated events)
  Span sentence_span;                 // bytes of the document text
  std::string trigger;                // the predicate's words
  Span trigger_span;
  const CameoCode* code = nullptr;
  EventActor source;
  std::optional<EventActor> target;
  bool symmetric = false;
  std::optional<PartialDate> date;
  double confidence = 0;
};

}  // namespace dyad::events
