// Features are 64-bit hashes of (template id, values): no feature dictionary
// to store, and extraction allocates nothing.
#pragma once
#include <cstdint>
#include <string_view>

namespace dyad::nlp {

constexpr std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

constexpr std::uint64_t hash_string(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed for better low bits
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// Combines a template id with up to three value hashes.
constexpr std::uint64_t feature(std::uint64_t templ, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  std::uint64_t h = mix64(templ * 0x9E3779B97F4A7C15ULL + a);
  h = mix64(h ^ (b + 0x632BE59BD9B4E019ULL));
  if (c) h = mix64(h ^ (c + 0x8CB92BA72F3D8DD7ULL));
  return h;
}

}  // namespace dyad::nlp
