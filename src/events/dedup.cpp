#include "events/dedup.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "events/coder.h"

namespace dyad::events {

std::vector<Event> deduplicate(std::vector<Event> events) {
  std::vector<Event> out;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> seen;
  for (Event& e : events) {
    std::string s = principal(e.source.actor);
    std::string t = e.target ? principal(e.target->actor) : std::string();
    if (e.symmetric && t < s) std::swap(s, t);
    auto key = std::make_tuple(e.doc, s, t, e.code ? e.code->code : std::string());
    auto [it, fresh] = seen.emplace(key, out.size());
    if (fresh) {
      if (e.sentences.empty()) e.sentences.push_back(e.sentence);
      out.push_back(std::move(e));
      continue;
    }
    Event& kept = out[it->second];
    if (std::find(kept.sentences.begin(), kept.sentences.end(), e.sentence) == kept.sentences.end()) {
      kept.sentences.push_back(e.sentence);
    }
    kept.confidence = std::max(kept.confidence, e.confidence);
    if (e.date && (!kept.date || e.date->precision() > kept.date->precision())) kept.date = e.date;
  }
  return out;
}

}  // namespace dyad::events
