// The CAMEO event ontology as data: every code with its root, name, quad
// class, Goldstein weight and PLOVER category, and the "intent" code an
// announced or promised act is coded as. Read from <data>/cameo/.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::events {

struct CameoCode {
  std::string code;    // "057"
  std::string root;    // "05"
  std::string name;    // "Sign formal agreement"
  int quad = 0;        // 1 verbal cooperation … 4 material conflict
  double goldstein = 0;
  std::string plover;  // "AGREE"; empty when PLOVER has no category for it
};

class CameoTable {
 public:
  // Loads event_codes.tsv and intent_codes.tsv from `dir`; null with `error`
  // ("file:line: problem") when missing or malformed.
  static std::unique_ptr<CameoTable> load(const std::filesystem::path& dir, std::string* error);

  const CameoCode* find(std::string_view code) const;
  // The code an intended/promised/future `act` is coded as ("057" → "030").
  std::string intent_of(std::string_view act) const;

 private:
  std::unordered_map<std::string, CameoCode> codes_;
  std::unordered_map<std::string, std::string> intent_;  // act prefix → intent code
};

}  // namespace dyad::events
