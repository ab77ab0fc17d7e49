// The hand-written data files: event lexicon text, the CAMEO table, date
// words, page chrome and each actor registry file (first byte picks one;
// the rest is the file). A bad file is refused with file and line, never a
// crash. Registry files are swapped into a scratch copy of the data.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "actors/registry.h"
#include "events/cameo.h"
#include "events/dates.h"
#include "events/lexicon.h"
#include "fuzz_common.h"
#include "text/page_structure.h"

namespace fs = std::filesystem;

namespace {

// A scratch data directory holding the registry files (and the CAMEO
// table) for the loaders to read.
const fs::path& data_copy() {
  static const fs::path dir = [] {
    const fs::path d = dyad::fuzz::scratch() / "data";
    const fs::path src = dyad::fuzz::data_dir();
    fs::create_directories(d / "lang" / "en");
    fs::copy(src / "actors", d / "actors", fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    fs::copy(src / "lang" / "en" / "actors", d / "lang" / "en" / "actors",
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    fs::copy(src / "cameo", d / "cameo", fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    return d;
  }();
  return dir;
}

const std::vector<std::string>& registry_files() {
  static const std::vector<std::string> files = {
      "actors/countries.tsv",          "actors/organisations.tsv",         "actors/persons.tsv",
      "lang/en/actors/cities.tsv",     "lang/en/actors/countries-extra.tsv", "lang/en/actors/country-groups.tsv",
      "lang/en/actors/country-names.tsv", "lang/en/actors/organisations.tsv", "lang/en/actors/places.tsv",
      "lang/en/actors/roles.tsv",      "lang/en/actors/words.tsv"};
  return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using dyad::fuzz::check;
  if (size == 0) return 0;
  const std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string error;
  const unsigned pick = data[0] % (4 + registry_files().size());
  switch (pick) {
    case 0: {
      dyad::events::Lexicon lexicon;
      if (lexicon.add_text(body, "fuzz.txt", &error)) lexicon.check(&error);
      break;
    }
    case 1: {
      const fs::path table = data_copy() / "cameo" / "event_codes.tsv";
      const std::string original = [&] {
        std::ifstream in(dyad::fuzz::data_dir() + "/cameo/event_codes.tsv", std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
      }();
      dyad::fuzz::write_file(table, body);
      const auto loaded = dyad::events::CameoTable::load(data_copy() / "cameo", &error);
      check(loaded || !error.empty(), "a refused CAMEO table says why");
      dyad::fuzz::write_file(table, original);
      break;
    }
    case 2: {
      dyad::events::DateRules rules;
      rules.add_text(body, "fuzz.txt", &error);
      break;
    }
    case 3: {
      const fs::path file = dyad::fuzz::scratch() / "chrome.txt";
      dyad::fuzz::write_file(file, body);
      dyad::PageChrome chrome;
      if (chrome.load(file, &error)) chrome.find("Share this article\nKenya signed a treaty.\n", {});
      break;
    }
    default: {
      const fs::path file = data_copy() / registry_files()[pick - 4];
      const fs::path original = fs::path(dyad::fuzz::data_dir()) / registry_files()[pick - 4];
      dyad::fuzz::write_file(file, body);
      const auto registry = dyad::Registry::load(data_copy(), "en", &error);
      check(registry || !error.empty(), "a refused registry says why");
      fs::copy_file(original, file, fs::copy_options::overwrite_existing);
      break;
    }
  }
  return 0;
}
