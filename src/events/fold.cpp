#include "events/fold.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "events/coder.h"

namespace dyad::events {

std::vector<Event> fold_agreement_content(std::vector<Event> events) {
  auto pair_of = [](const Event& e) {
    std::string a = principal(e.source.actor), b = e.target ? principal(e.target->actor) : std::string();
    if (b < a) std::swap(a, b);
    return std::make_pair(a, b);
  };
  std::set<std::pair<std::string, std::string>> signed_pairs;
  for (const Event& e : events)
    if (e.code && e.code->code == "057" && e.target) signed_pairs.insert(pair_of(e));
  if (signed_pairs.empty()) return events;
  std::erase_if(events, [&](const Event& e) {
    return e.code && e.code->code.starts_with("03") && e.target && signed_pairs.count(pair_of(e));
  });
  return events;
}

}  // namespace dyad::events
