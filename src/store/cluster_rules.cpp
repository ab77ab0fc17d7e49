#include "store/cluster_rules.h"

namespace dyad::store {

std::string pair_key(std::string_view source, std::string_view target) {
  if (target.empty()) return std::string(source) + "|";
  return source <= target ? std::string(source) + "|" + std::string(target)
                          : std::string(target) + "|" + std::string(source);
}

bool actors_compatible(std::string_view sa, std::string_view ta, bool syma, std::string_view sb, std::string_view tb,
                       bool symb) {
  if (sa == sb && ta == tb) return true;
  return (syma || symb) && sa == tb && ta == sb;
}

bool codes_compatible(std::string_view a, std::string_view b) {
  if (a.size() < 2 || b.size() < 2 || a.substr(0, 2) != b.substr(0, 2)) return false;
  return a.size() <= b.size() ? b.starts_with(a) : a.starts_with(b);
}

}  // namespace dyad::store
