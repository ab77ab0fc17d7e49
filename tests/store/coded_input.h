// Generated coded-event JSONL (the event output contract) for the tests
// that drive `dyad ingest --coded`: deterministic, with repeated actor
// pairs, codes and dates so that reports merge into clusters.
#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace dyad::store::testing {

inline nlohmann::json coded_actor(const std::string& code, std::size_t begin) {
  return {{"code", code}, {"country", code.substr(0, 3)}, {"org", nullptr},   {"sector", nullptr},
          {"name", nullptr}, {"text", code},                {"span", {begin, begin + code.size()}}};
}

// `docs` documents of `events_per_doc` events, each in its own sentence.
inline void write_coded_jsonl(const std::filesystem::path& path, std::size_t docs, std::size_t events_per_doc,
                              unsigned seed = 7) {
  static const char* actors[] = {"NLDGOV", "KENGOV", "USA", "GBRMIL", "FRA", "DEU", "SOMREB", "ETH"};
  static const char* codes[] = {"036", "042", "043", "057", "061", "111", "173", "190"};
  static const char* words[] = {"talks", "border", "police", "signed", "aid", "visit", "troops", "summit",
                                "trade", "court", "port", "navy", "oil", "bank", "water", "energy"};
  std::mt19937 rng(seed);
  std::ofstream out(path, std::ios::binary);
  for (std::size_t d = 0; d < docs; ++d) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < events_per_doc; ++i) {
      const std::string source = actors[rng() % 4], target = actors[4 + rng() % 4];
      std::string text = source + " and " + target;
      for (int w = 0; w < 8; ++w) text += std::string(" ") + words[rng() % 16];
      text += " " + std::to_string(d) + ".";
      const std::string code = codes[rng() % 4];
      const int day = 1 + static_cast<int>(rng() % 3);
      char date[16];
      std::snprintf(date, sizeof date, "2017-%02d-%02d", 1 + static_cast<int>(rng() % 3), day);
      const nlohmann::json j = {
          {"doc", "doc-" + std::to_string(d)},
          {"sentence", i},
          {"sentences", {i}},
          {"text", text},
          {"span", {at, at + text.size()}},
          {"trigger", {{"text", "met"}, {"span", {at + 1, at + 2}}}},
          {"code", code},
          {"root", code.substr(0, 2)},
          {"name", "event " + code},
          {"quad", code < "06" ? 1 : code < "09" ? 2 : code < "15" ? 3 : 4},
          {"goldstein", code < "09" ? 3.5 : -6.0},
          {"plover", nullptr},
          {"source", coded_actor(source, at)},
          {"target", coded_actor(target, at + source.size() + 5)},
          {"symmetric", code == "036"},
          {"date", date},
          {"date_precision", "day"},
          {"lang", d % 3 == 0 ? "nl" : "en"},
          {"confidence", 0.9}};
      out << j.dump() << '\n';
      at += text.size() + 1;
    }
  }
}

}  // namespace dyad::store::testing
