// Answers of the aggregate endpoints, kept while the data they came from
// is unchanged: a network over a million events takes the database a
// second, and every visitor of the page asks for it. Keys include the
// store's data version, so an ingest (here or by another process) makes
// old answers unreachable; they age out of the LRU.
#pragma once
#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace dyad::serve {

class ResponseCache {
 public:
  explicit ResponseCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  std::optional<std::string> get(const std::string& key);
  void put(const std::string& key, std::string value);

 private:
  using Entry = std::pair<std::string, std::string>;
  std::mutex mu_;
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace dyad::serve
