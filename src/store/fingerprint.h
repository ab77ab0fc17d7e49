// Fingerprints of a document: an exact content hash (re-ingest detection)
// and a SimHash over word shingles (near-duplicates: syndicated copies, the
// same wire story on two sites, differ in a few bits).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "store/record.h"

namespace dyad::store {

// Hex digest of the document as read: text, title, url, date and language.
// Computed before coding, so an unchanged document is never coded again.
std::string content_hash(const StoredDocument& doc);

// 64-bit SimHash of lower-cased word 3-shingles.
std::uint64_t simhash(std::string_view text);

inline int hamming(std::uint64_t a, std::uint64_t b) { return __builtin_popcountll(a ^ b); }

// Documents whose SimHashes differ in at most this many bits are linked as
// near-duplicates. Six bands of at most 11 bits find every such pair: with
// five differing bits one band is untouched (pigeonhole).
inline constexpr int kNearDuplicateBits = 5;
inline constexpr int kSimhashBands = 6;
inline constexpr int kSimhashBandBits = 11;

}  // namespace dyad::store
