#include "serve/response_cache.h"

namespace dyad::serve {

std::optional<std::string> ResponseCache::get(const std::string& key) {
  std::lock_guard lock(mu_);
  const auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->second;
}

void ResponseCache::put(const std::string& key, std::string value) {
  const std::size_t size = key.size() + value.size();
  if (size > max_bytes_ / 4) return;  // one huge answer must not flush the rest
  std::lock_guard lock(mu_);
  if (const auto it = index_.find(key); it != index_.end()) {
    bytes_ -= it->second->first.size() + it->second->second.size();
    lru_.erase(it->second);
    index_.erase(it);
  }
  lru_.emplace_front(key, std::move(value));
  index_[key] = lru_.begin();
  bytes_ += size;
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    bytes_ -= lru_.back().first.size() + lru_.back().second.size();
    index_.erase(lru_.back().first);
    lru_.pop_back();
  }
}

}  // namespace dyad::serve
