// A closed set of class names (tags, relations, edit scripts) numbered 0..n-1.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "nlp/binary_io.h"

namespace dyad::nlp {

class LabelSet {
 public:
  int add(const std::string& name) {
    const auto [it, inserted] = ids_.try_emplace(name, static_cast<int>(names_.size()));
    if (inserted) names_.push_back(name);
    return it->second;
  }
  int find(const std::string& name) const {
    const auto it = ids_.find(name);
    return it == ids_.end() ? -1 : it->second;
  }
  const std::string& name(int id) const { return names_[id]; }
  int size() const { return static_cast<int>(names_.size()); }

  void save(BinaryWriter& out) const {
    out.u32(static_cast<std::uint32_t>(names_.size()));
    for (const auto& n : names_) out.str(n);
  }
  bool load(BinaryReader& in) {
    const auto n = in.u32();
    if (!in.ok() || n > (1u << 24)) return false;
    names_.clear();
    ids_.clear();
    for (std::uint32_t i = 0; i < n && in.ok(); ++i) add(in.str());
    return in.ok() && names_.size() == n;
  }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> ids_;
};

}  // namespace dyad::nlp
