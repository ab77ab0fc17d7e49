#include "events/fold.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "events/coder.h"

namespace dyad::events {

std::vector<Event> fold_agreement_content(std::vector<Event> events, const std::vector<bool>& headline) {
  auto pair_of = [](const Event& e) {
    std::string a = principal(e.source.actor), b = e.target ? principal(e.target->actor) : std::string();
    if (b < a) std::swap(a, b);
    return std::make_pair(a, b);
  };
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> signed_at;  // pair -> sentences
  for (const Event& e : events)
    if (e.code && e.code->code == "057" && e.target) signed_at[pair_of(e)].push_back(e.sentence);
  if (signed_at.empty()) return events;
  std::erase_if(events, [&](const Event& e) {
    // An invitation (036) is an act of its own, not the agreement's content.
    if (!e.code || !e.code->code.starts_with("03") || e.code->code.starts_with("036") || !e.target) return false;
    const auto it = signed_at.find(pair_of(e));
    if (it == signed_at.end()) return false;
    // The content is told with the signing or after it; a resolve stated
    // before the signing is reported ("there is a shared determination to
    // elevate the relationship … The ministers then signed …") stands.
    return std::any_of(it->second.begin(), it->second.end(), [&](std::size_t s) {
      if (e.sentence < s) return e.sentence < headline.size() && headline[e.sentence];
      return !e.code->code.starts_with("033") || e.sentence - s <= kAgreementContentSentences;
    });
  });
  return events;
}

}  // namespace dyad::events
