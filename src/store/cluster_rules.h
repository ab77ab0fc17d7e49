// When two reports describe the same real-world event. Codes and actor codes
// are language-neutral, so an English and a Dutch report merge like any two.
#pragma once
#include <string>
#include <string_view>

namespace dyad::store {

// The unordered actor pair, the lookup key of a cluster: "KEN|NLD". An event
// without a target pairs with nobody: "KEN|".
std::string pair_key(std::string_view source, std::string_view target);

// Same pair in the same direction, or either side is a joint (symmetric) event.
bool actors_compatible(std::string_view source_a, std::string_view target_a, bool symmetric_a,
                       std::string_view source_b, std::string_view target_b, bool symmetric_b);

// Same root and one code refines the other ("05" and "057"; not "056" and "057").
bool codes_compatible(std::string_view a, std::string_view b);

// The code a merged cluster is reported under: the most specific one.
inline std::string_view more_specific(std::string_view a, std::string_view b) { return b.size() > a.size() ? b : a; }

}  // namespace dyad::store
