#include "store/fingerprint.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace dyad::store {
namespace {

// 64-bit FNV-1a followed by a murmur finaliser for well-spread bits.
std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

struct Hasher {
  std::uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
  void add(std::string_view s) {
    for (unsigned char c : s) {
      a = (a ^ c) * 0x100000001b3ULL;
      b = (b ^ c) * 0x00000100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    }
    // A separator byte keeps ("ab","c") apart from ("a","bc").
    a = (a ^ 0xff) * 0x100000001b3ULL;
    b = (b ^ 0xfe) * 0x00000100000001b3ULL;
  }
};

}  // namespace

std::string content_hash(const StoredDocument& d) {
  Hasher h;
  for (const std::string* s : {&d.text, &d.title, &d.url, &d.lang}) h.add(*s);
  h.add(d.date ? d.date->iso() : std::string());
  // Only when present, so hashes stored before it existed stay valid.
  if (!d.events_digest.empty()) h.add(d.events_digest);
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(mix(h.a)),
                static_cast<unsigned long long>(mix(h.b)));
  return buf;
}

std::uint64_t simhash(std::string_view text) {
  // Words: runs of letters/digits (any non-ASCII byte counts as a letter so
  // accented words stay whole), lower-cased ASCII.
  std::vector<std::uint64_t> words;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ULL;
    words.push_back(h);
    word.clear();
  };
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(c)));
    } else {
      flush();
    }
  }
  flush();
  if (words.empty()) return 0;
  std::array<int, 64> votes{};
  const std::size_t n = words.size() < 3 ? 1 : words.size() - 2;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t h = words[i];
    for (std::size_t k = 1; k < 3 && i + k < words.size(); ++k) h = mix(h * 31 + words[i + k]);
    h = mix(h);
    for (int bit = 0; bit < 64; ++bit) votes[static_cast<std::size_t>(bit)] += (h >> bit) & 1 ? 1 : -1;
  }
  std::uint64_t out = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (votes[static_cast<std::size_t>(bit)] > 0) out |= std::uint64_t{1} << bit;
  }
  return out;
}

}  // namespace dyad::store
