// PETRARCH dictionaries as dyad data: the verb file becomes event lexicon
// lines (data/lang/EVENTS.md), actors, agents become registry rows
// (data/actors/*.tsv, data/lang/<lang>/actors/*.tsv), discards and issues
// small TSV files of their own. `dyad import petrarch` writes these next to
// (or instead of) dyad's data; `dyad code --petrarch-*` builds the same data
// directory privately and codes with it, so both paths load identical data.
#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "petrarch/dictionaries.h"

namespace dyad::petrarch {

// The files a run names (any may be empty / absent).
struct Sources {
  std::filesystem::path verbs;
  std::vector<std::filesystem::path> actors;
  std::filesystem::path agents, discards, issues;
};

struct Dictionaries {
  VerbDictionary verbs;
  bool has_verbs = false;
  std::vector<ActorEntry> actors;
  std::vector<Agent> agents;
  std::vector<Discard> discards;
  std::vector<Issue> issues;
};

// Reads every named file (bytes outside UTF-8 read as Latin-1). An
// unreadable file is an error in `report`; the others are still read.
Dictionaries read_all(const Sources& sources, Report& report);

// PETR_config.ini's [Dictionaries] section (verb_file_name, actor_files,
// agent_file_name, discard_file_name, issue_file_name, relative to
// dictionary_path or to the ini's folder). False with `report` errors when
// the file cannot be read.
bool read_config(const std::filesystem::path& ini, Sources& out, Report& report);

struct ConvertOptions {
  // Patterns rank below dyad's own for the same verb (lexicon `fallback`):
  // set when PETRARCH's data is loaded beside dyad's.
  bool fallback = false;
  std::set<std::string> countries;    // alpha-3 codes dyad already knows
  std::set<std::string> cameo_codes;  // event codes of dyad's CAMEO table
  std::set<std::string> org_ids;      // dyad's organisation ids (a PETRARCH code equal to one is renamed)
};

// Rows and lines in dyad's formats, by data-directory file they belong to
// ("actors/persons.tsv", "lang/en/events/95_petrarch.txt", …), without
// headers. New CAMEO-table rows (codes the verb file uses that CAMEO lacks)
// go to "cameo/event_codes.tsv".
struct Converted {
  std::map<std::string, std::string> files;
  std::size_t patterns = 0, verb_defaults = 0, countries = 0, organisations = 0, persons = 0, names = 0, roles = 0;
};

Converted convert(const Dictionaries& d, const ConvertOptions& options, Report& report);

// Writes a complete data directory at `out`: dyad's data (`dyad_data`) with
// the converted rows appended to the files they belong to, or, with
// `only_petrarch`, the converted rows alone plus what dyad's code needs
// besides names (the country and CAMEO code tables, organisations, function
// words, grammar words and date words; no dyad names, roles, persons or
// event patterns). Other languages' data is copied unchanged (PETRARCH's
// dictionaries are English). False with `error` when a file cannot be written.
bool write_data_dir(const std::filesystem::path& dyad_data, const Converted& converted, bool only_petrarch,
                    const std::filesystem::path& out, std::string* error);

// Reads alpha-3 codes, CAMEO codes and organisation ids from a dyad data
// directory, for ConvertOptions.
void known_codes(const std::filesystem::path& dyad_data, ConvertOptions& options);

}  // namespace dyad::petrarch
