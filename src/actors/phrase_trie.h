// A trie over piece keys holding every surface of the registry, so that one
// left-to-right walk per start position finds all registry phrases there.
// Keys are interned and edges kept in one hash table, which keeps a
// registry of tens of thousands of phrases compact and quick to build.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {

class PhraseTrie {
 public:
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNone = UINT32_MAX;

  PhraseTrie() : values_(1) {}

  // Adds `value` at the node reached by `keys` (which must not be empty).
  void insert(const std::vector<std::string>& keys, std::uint32_t value);

  // The child of `node` along `key`, or kNone.
  std::uint32_t step(std::uint32_t node, const std::string& key) const;

  // The values stored at `node`.
  const std::vector<std::uint32_t>& values(std::uint32_t node) const { return values_[node]; }

  std::size_t nodes() const { return values_.size(); }

 private:
  static std::uint64_t edge(std::uint32_t node, std::uint32_t key) {
    return (static_cast<std::uint64_t>(node) << 32) | key;
  }
  std::unordered_map<std::string, std::uint32_t> vocabulary_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  std::vector<std::vector<std::uint32_t>> values_;  // per node
};

}  // namespace dyad
