// The actor registry of one language: states, places, organisations,
// persons with dated roles, role nouns and the few function words the
// recogniser's patterns need. All of it is data, read from
//   <data>/actors/*.tsv            (language-neutral: codes, ids, persons)
//   <data>/lang/<lang>/actors/*.tsv (surface names, roles, function words)
// and compiled into one phrase trie.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/phrase_trie.h"
#include "base/date.h"

namespace dyad {

struct Country {
  std::string alpha3, alpha2, name;
};

enum class OrgKind : std::uint8_t { kIgo, kGroup, kBody, kNgo };

struct Organisation {
  std::string id;       // canonical short name, the Actor's `org`
  std::string code;     // CAMEO-style code
  std::string country;  // alpha-3 or empty; for a group, its home state (it acts for none)
  std::string sector;
  OrgKind kind = OrgKind::kIgo;
  std::string parent;  // for an IGO body or mission: the IGO it acts for ("UN"), else empty
  // For a group that took power: the date (ISO) from which it acts for its
  // home state ("the Taliban" from 2021-08-15). Empty for most.
  std::string governs_from;
};

struct PersonRole {
  std::string country, sector, org, from, to, role;
};

struct Person {
  std::string id, name;
  std::vector<std::string> name_keys;  // folded pieces of the name
  std::vector<PersonRole> roles;       // in file order

  // The role in force on `date`; none in force: the latest begun by then,
  // else the first listed. Undated (current news): the role still held, else
  // the latest begun. With `sector` (a title's: "premier" GOV), only roles
  // of that sector count, when the person has one.
  const PersonRole& role_at(const PartialDate* date, std::string_view sector = {}) const;
};

struct Place {
  std::string name, country;
};

enum class RoleType : std::uint8_t {
  kTitle,      // a person's role, may precede a name
  kHonorific,  // a title only before a name ("General X")
  kGroup,      // a collective ("police")
  kDept,       // a department after a title ("minister of Foreign Affairs")
  kBranch,     // a part of an organisation named in its "of" phrase ("the Afghan branch of IS")
};

struct Role {
  std::string sector;  // may be empty ("spokesperson")
  RoleType type = RoleType::kTitle;
  // For a title that names one office when it stands alone ("the
  // Secretary-General"): the organisation it belongs to when nothing in the
  // document says otherwise; "@story" for attackers who stand for the armed
  // group of the story ("two gunmen"). Empty for most roles.
  // "@home" or "@home:NLD|BEL" (a government word for the story's state).
  std::string default_org;
  // The alpha-3 codes of an "@home:…" default, in order: the states the
  // language's press calls home ("het kabinet").
  std::vector<std::string> home_states;
  std::string last_key;  // the folded last word of the surface, to link "the minister" to a "foreign minister"
  std::string key;       // the whole folded surface: "the finance minister" is no "foreign minister"
};

// kSuffix: the participle of a hyphenated compound whose first part is an
// actor ("Iran-backed", "Saudi-led"): the actor's mention takes it along.
// kPrefix: a compass word glued before a state's name or adjective
// ("Noord-Syrische", "Oost-Oekraïne"): the mention takes it along.
// kInfinitive: the marker of an infinitive clause after its subject ("asked
// Venezuela to explain", "vroeg Venezuela om … toe te lichten").
// kExit: a verb of leaving next to "the country" ("leave the country", "het
// land verlaten"): that country is the host, not the leavers' own.
enum class WordFunction : std::uint8_t {
  kOf, kAnd, kDet, kPoss, kPronoun, kRef, kParticle, kSuffix, kAt, kStateForm, kPrefix, kInfinitive, kExit,
  // A region that is no state ("South America", "Latijns-Amerika"): matched
  // so that the state name inside it ("America") is not.
  kRegion,
  // An article that opens an apposition describing the person named before
  // it ("X, a spokesman for …", "X, een woordvoerder van …"), beside `det`.
  kAppos
};

struct Word {
  WordFunction function = WordFunction::kOf;
  // For kRef: which earlier actors ("country", "person", "place", "group",
  // "igo", "owncountry"), how many, and a sector the reference adds ("both
  // governments"). For kPronoun: what it stands for ("person", "party": a
  // state, organisation or collective; "parties": a plural one; "speaker":
  // whoever speaks).
  std::string ref_class;
  int ref_count = 0;
  std::string ref_sector;
  // For a "country" ref, the kind of state it can only be ("the kingdom":
  // monarchy, data/actors/state-kinds.tsv); empty for any.
  std::string ref_kind;
  // For kExit: the word comes after the reference ("het land verlaten"),
  // not before it ("leave the country").
  bool follows = false;
};

enum class CountryForm : std::uint8_t { kName, kAdjective, kDemonym };

// kCountryGroup: a name for several states at once ("the Baltic states").
enum class EntryKind : std::uint8_t { kCountry, kPlace, kOrganisation, kPerson, kRole, kWord, kCountryGroup };

// One surface of one registry item, as stored in the trie.
struct Entry {
  EntryKind kind = EntryKind::kCountry;
  CountryForm form = CountryForm::kName;  // for kCountry
  std::uint32_t index = 0;                // into countries/places/orgs/persons/roles/words
  bool proper = false;     // a name: the text must start with a capital
  bool ambiguous = false;  // also a common word ("IS"): not matched in all-capital text
  // Pieces written in capitals ("US", "UN") must match case-sensitively:
  // (piece position, normalised text).
  std::vector<std::pair<std::uint8_t, std::string>> exact;
};

struct RegistryStats {
  std::size_t countries = 0, places = 0, organisations = 0, persons = 0, roles = 0, words = 0, surfaces = 0;
};

class Registry {
 public:
  // Loads the registry for `lang`. Returns null with `error` ("file:line:
  // message") on unreadable or malformed data or a reference to an unknown
  // code or id. Duplicate and conflicting entries do not stop the load; each
  // is described in `warnings` (with both places) when it is given.
  static std::unique_ptr<Registry> load(const std::filesystem::path& data_dir, const std::string& lang,
                                        std::string* error, std::vector<std::string>* warnings = nullptr);

  const PhraseTrie& trie() const { return trie_; }
  const Entry& entry(std::uint32_t i) const { return entries_[i]; }
  const Country& country(std::uint32_t i) const { return countries_[i]; }
  const Place& place(std::uint32_t i) const { return places_[i]; }
  const Organisation& organisation(std::uint32_t i) const { return organisations_[i]; }
  const Person& person(std::uint32_t i) const { return persons_[i]; }
  const Role& role(std::uint32_t i) const { return roles_[i]; }
  const Word& word(std::uint32_t i) const { return words_[i]; }
  // The member states (alpha-3) of a country group entry.
  const std::vector<std::string>& country_group(std::uint32_t i) const { return country_groups_[i]; }
  const Organisation* organisation(const std::string& id) const;
  // The group with the same code as group `id` based in `country` (alpha-3):
  // its branch there ("the Afghan branch of IS" is ISKP), else null.
  const Organisation* branch(const std::string& id, const std::string& country) const;

  // Persons whose name ends in the folded piece `surname` ("koenders").
  const std::vector<std::uint32_t>* persons_by_surname(const std::string& surname) const;
  // A name piece shared by too many people to stand for a registry person
  // on its own ("Ali", "Khan", "Kim"): "spokesman Ali" is someone else.
  bool common_name(const std::string& key) const { return common_names_.count(key) > 0; }
  // Whether state `alpha3` is of `kind` ("monarchy", "emirate").
  bool state_is(const std::string& alpha3, const std::string& kind) const {
    const auto it = state_kinds_.find(kind);
    return it != state_kinds_.end() && it->second.count(alpha3) > 0;
  }

  // Whether the one word `form` (as written) is a state's name ("Niger",
  // "Saoedi-Arabië"): a tagger trained on little news text takes many of
  // them for adjectives or adverbs at the start of a sentence.
  bool names_a_state(std::string_view form) const;
  // Whether the one lower-case word `form` is a role noun ("ambtgenoot",
  // "woordvoerder").
  bool names_a_role(std::string_view form) const;

  RegistryStats stats() const;

 private:
  class Loader;
  PhraseTrie trie_;
  std::vector<Entry> entries_;
  std::vector<Country> countries_;
  std::vector<Place> places_;
  std::vector<Organisation> organisations_;
  std::vector<Person> persons_;
  std::vector<Role> roles_;
  std::vector<Word> words_;
  std::vector<std::vector<std::string>> country_groups_;
  std::unordered_map<std::string, std::uint32_t> country_index_;  // alpha-3
  std::unordered_map<std::string, std::uint32_t> org_index_;      // id
  std::unordered_map<std::string, std::vector<std::uint32_t>> surnames_;
  std::unordered_set<std::string> common_names_;
  std::unordered_map<std::string, std::unordered_set<std::string>> state_kinds_;
};

}  // namespace dyad
