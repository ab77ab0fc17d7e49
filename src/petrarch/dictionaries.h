// Readers for PETRARCH/TABARI dictionaries: the verb-pattern file, actor
// files with dated codes, agents, discards and issues. They keep what the
// files say (PETRARCH's own terms); convert.h turns it into dyad's lexicon
// and registry data. Each reader takes the file's text, so tests and fuzzers
// need no files, and never stops at a bad line: the line is reported as
// file:line and skipped (a caller that wants --strict stops on the first).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace dyad::petrarch {

// Problems found while reading; `where` is "file:line".
struct Report {
  std::vector<Diagnostic> items;
  std::size_t errors() const;
  void warn(const std::string& where, const std::string& message) { items.push_back({Severity::kWarning, where, message}); }
  void error(const std::string& where, const std::string& message) { items.push_back({Severity::kError, where, message}); }
};

// ---- verbs ------------------------------------------------------------------

// "&CURRENCY" with "+DOLLARS", "+SWISS FRANCS", "+&OTHER" members.
struct Synset {
  std::string name;                  // without '&' and trailing '_'
  std::vector<std::string> members;  // upper case as written; multi-word members keep their spaces/underscores
  std::string where;
};

struct Verb {
  std::string token;  // "ASK", "+SET_UP" (a multi-word verb keeps its '+'), upper case
  std::string code;   // own code ("042:043", "---"), empty: the block's
  std::vector<std::string> forms;  // irregular forms in { }
  std::string where;
};

struct VerbPattern {
  std::string text;   // between '-' and '[': "* (TO {BANNED PARTIES}) $"
  std::string code;   // "1722", "042:043", "---"
  std::string comment;  // after '#': usually the verb the pattern was written for
  std::string where;
};

struct VerbBlock {
  std::string name, code;  // "--- ACCELERATE [---] ---"
  std::vector<Verb> verbs;
  std::vector<VerbPattern> patterns;
  std::string where;
};

struct Transformation {
  std::string text;  // "a (a b ATTACK) SAY = a b 015"
  std::string where;
};

struct VerbDictionary {
  std::vector<Synset> synsets;
  std::vector<VerbBlock> blocks;
  std::vector<Transformation> transformations;
};

void read_verbs(std::string_view text, const std::string& file, VerbDictionary& out, Report& report);

// ---- actors -----------------------------------------------------------------

// A code and the dates it holds (ISO, empty = open): "[USAGOV 090120-170120]".
struct DatedCode {
  std::string code, from, to;
};

struct ActorEntry {
  std::vector<std::string> names;  // the phrase and its '+' synonyms, as written ("BARACK_OBAMA")
  std::vector<DatedCode> codes;    // undated codes have empty from/to
  std::string where;
};

void read_actors(std::string_view text, const std::string& file, std::vector<ActorEntry>& out, Report& report);

// ---- agents -----------------------------------------------------------------

struct Agent {
  std::vector<std::string> names;  // the phrase, its {plural} forms, !SET! expanded
  std::string code;                // "GOV" from [~GOV] or [GOV~]
  bool prefix = false;             // [IGO~]: the code goes before the actor's
  std::string where;
};

void read_agents(std::string_view text, const std::string& file, std::vector<Agent>& out, Report& report);

// ---- discards and issues ----------------------------------------------------

struct Discard {
  std::string phrase;  // upper case, words separated by single spaces
  bool story = false;  // '+': the whole story is discarded
  std::string where;
};

void read_discards(std::string_view text, const std::string& file, std::vector<Discard>& out, Report& report);

struct Issue {
  std::string phrase;    // words separated by spaces, lower case; "n:" / "pre+" markers removed
  std::string code;      // "EARLY_CHILDHOOD_EDUCATION"; empty for an exclusion
  std::string category;  // the <ISSUE CATEGORY=…> it is listed under
  bool exclude = false;  // '~': a phrase that is not the issue ("a head start")
  std::string where;
};

void read_issues(std::string_view text, const std::string& file, std::vector<Issue>& out, Report& report);

// ---- helpers ----------------------------------------------------------------

// A date of an actor file, YYMMDD or YYYYMMDD, as ISO "YYYY-MM-DD"; empty
// when malformed. Two-digit years below 30 are 20YY, others 19YY (the
// files were written in 2014 and list office holders back to the 1930s).
std::string parse_petrarch_date(std::string_view s);

// A file's text as UTF-8: the dictionaries are mostly ASCII with a few
// Latin-1 bytes; valid UTF-8 is kept, other bytes are read as Latin-1.
std::string to_utf8(std::string_view bytes);

}  // namespace dyad::petrarch
