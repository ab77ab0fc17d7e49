#include "actors/phrase_trie.h"

namespace dyad {

void PhraseTrie::insert(const std::vector<std::string>& keys, std::uint32_t value) {
  std::uint32_t node = kRoot;
  for (const std::string& key : keys) {
    auto [vit, vnew] = vocabulary_.try_emplace(key, static_cast<std::uint32_t>(vocabulary_.size()));
    auto [eit, enew] = edges_.try_emplace(edge(node, vit->second), static_cast<std::uint32_t>(values_.size()));
    if (enew) values_.emplace_back();
    node = eit->second;
  }
  values_[node].push_back(value);
}

std::uint32_t PhraseTrie::step(std::uint32_t node, const std::string& key) const {
  const auto vit = vocabulary_.find(key);
  if (vit == vocabulary_.end()) return kNone;
  const auto eit = edges_.find(edge(node, vit->second));
  return eit == edges_.end() ? kNone : eit->second;
}

}  // namespace dyad
