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
  // accented words stay whole), lower-cased ASCII. Each word is hashed as it
  // is read (FNV-1a over its lower-cased bytes), without building it.
  std::vector<std::uint64_t> words;
  words.reserve(text.size() / 4 + 1);
  std::uint64_t h = 0xcbf29ce484222325ULL;
  bool in_word = false;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      h = (h ^ static_cast<unsigned char>(std::tolower(c))) * 0x100000001b3ULL;
      in_word = true;
    } else if (in_word) {
      words.push_back(h);
      h = 0xcbf29ce484222325ULL;
      in_word = false;
    }
  }
  if (in_word) words.push_back(h);
  if (words.empty()) return 0;
  // Votes count set bits per position; a bit wins when set in more than
  // half of the shingles (the same as +1/-1 votes summing above zero).
  // Eight 8-bit counters share a 64-bit word: byte k of a shingle hash adds
  // its bits through a table, and the counters drain before they overflow.
  static const std::array<std::uint64_t, 256> spread = [] {
    std::array<std::uint64_t, 256> t{};
    for (std::size_t b = 0; b < 256; ++b) {
      for (std::size_t j = 0; j < 8; ++j) t[b] |= static_cast<std::uint64_t>((b >> j) & 1) << (8 * j);
    }
    return t;
  }();
  std::array<std::uint32_t, 64> ones{};
  std::array<std::uint64_t, 8> lanes{};
  auto drain = [&] {
    for (std::size_t k = 0; k < 8; ++k) {
      for (std::size_t j = 0; j < 8; ++j) ones[8 * k + j] += static_cast<std::uint32_t>((lanes[k] >> (8 * j)) & 0xff);
      lanes[k] = 0;
    }
  };
  const std::size_t n = words.size() < 3 ? 1 : words.size() - 2;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t s = words[i];
    for (std::size_t k = 1; k < 3 && i + k < words.size(); ++k) s = mix(s * 31 + words[i + k]);
    s = mix(s);
    for (std::size_t k = 0; k < 8; ++k) lanes[k] += spread[(s >> (8 * k)) & 0xff];
    if (i % 255 == 254) drain();
  }
  drain();
  std::uint64_t out = 0;
  for (std::size_t bit = 0; bit < 64; ++bit) {
    if (2 * static_cast<std::size_t>(ones[bit]) > n) out |= std::uint64_t{1} << bit;
  }
  return out;
}

}  // namespace dyad::store
