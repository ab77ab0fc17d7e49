// PETRARCH dictionary readers on arbitrary bytes: the first byte picks the
// reader (verbs, actors, agents, discards, issues). Each bad line must be a
// diagnostic, never a crash, and whatever the verb reader keeps must convert
// into lexicon lines dyad's own loader accepts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "events/lexicon.h"
#include "petrarch/convert.h"
#include "petrarch/dictionaries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text = dyad::petrarch::to_utf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  dyad::petrarch::Dictionaries d;
  dyad::petrarch::Report report;
  switch (data[0] % 5) {
    case 0: dyad::petrarch::read_verbs(text, "f", d.verbs, report); d.has_verbs = true; break;
    case 1: dyad::petrarch::read_actors(text, "f", d.actors, report); break;
    case 2: dyad::petrarch::read_agents(text, "f", d.agents, report); break;
    case 3: dyad::petrarch::read_discards(text, "f", d.discards, report); break;
    default: dyad::petrarch::read_issues(text, "f", d.issues, report); break;
  }
  for (const auto& item : report.items)
    if (item.where.rfind("f:", 0) != 0 || item.message.empty()) std::abort();
  dyad::petrarch::ConvertOptions options;
  const auto converted = dyad::petrarch::convert(d, options, report);
  if (auto it = converted.files.find("lang/en/events/95_petrarch.txt"); it != converted.files.end()) {
    dyad::events::Lexicon lexicon;
    std::string error;
    if (!lexicon.add_text(it->second, "converted", &error) || !lexicon.check(&error)) std::abort();
  }
  for (const auto& [file, rows] : converted.files)
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (file.ends_with(".tsv") && rows[i] == '\t' && (i == 0 || rows[i - 1] == '\t' || rows[i - 1] == '\n')) std::abort();
  return 0;
}
