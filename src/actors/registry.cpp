#include "actors/registry.h"

#include <algorithm>
#include <array>
#include <sstream>
#include <string_view>

#include "actors/pieces.h"
#include "actors/tsv.h"

namespace dyad {
const PersonRole& Person::role_at(const PartialDate* date, std::string_view sector) const {
  // "premier Mark Rutte" after he moved to NATO: the title the text gives
  // picks among the roles of its kind, when the person has one.
  const bool by_sector =
      !sector.empty() && std::any_of(roles.begin(), roles.end(), [&](const PersonRole& r) { return r.sector == sector; });
  auto kept = [&](const PersonRole& r) { return !by_sector || r.sector == sector; };
  const PersonRole* first = &*std::find_if(roles.begin(), roles.end(), kept);
  if (date) {
    const std::string d = date->iso();
    // Compare only as far as both dates are known: a role from "2018-03-07"
    // is in force in a document dated "2018-03".
    auto before = [](const std::string& a, const std::string& b) {  // a <= b
      const std::size_t n = std::min(a.size(), b.size());
      return a.compare(0, n, b, 0, n) <= 0;
    };
    for (const PersonRole& r : roles) {
      if (kept(r) && (r.from.empty() || before(r.from, d)) && (r.to.empty() || before(d, r.to))) return r;
    }
    // None in force: the latest that had begun by then ("the former prime
    // minister"), else the first to come.
    const PersonRole* latest = nullptr;
    for (const PersonRole& r : roles)
      if (kept(r) && (r.from.empty() || before(r.from, d)) && (!latest || latest->from < r.from)) latest = &r;
    return latest ? *latest : *first;
  }
  // An undated document is taken to be current news (as for a group that
  // governs): the role still held, the latest begun of those, else the
  // latest begun ("the former prime minister").
  const PersonRole* current = nullptr;
  for (const PersonRole& r : roles)
    if (kept(r) && r.to.empty() && (!current || current->from < r.from)) current = &r;
  if (current) return *current;
  const PersonRole* latest = first;
  for (const PersonRole& r : roles)
    if (kept(r) && latest->from < r.from) latest = &r;
  return *latest;
}

namespace {

// A role's default that names no organisation but a way to find its actor
// (roles.tsv header: "@home", "@land", "@named", …).
constexpr std::array<std::string_view, 8> kRoleMarkers = {"@story", "@home", "@bloc", "@earlier",
                                                          "@named", "@head", "@here", "@land"};

bool is_code(const std::string& s, std::size_t min, std::size_t max) {
  if (s.size() < min || s.size() > max) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

bool is_date(const std::string& s) { return s.empty() || parse_iso_date(s).has_value(); }

}  // namespace

class Registry::Loader {
 public:
  Loader(Registry& r, std::string* error, std::vector<std::string>* warnings)
      : r_(r), error_(error), warnings_(warnings) {}

  bool read(const std::filesystem::path& path, std::size_t min, std::size_t max, std::vector<tsv::Row>& rows) {
    path_ = path.string();
    return tsv::read(path, min, max, rows, error_);
  }

  bool fail(const tsv::Row& row, const std::string& message) {
    if (error_) *error_ = path_ + ":" + std::to_string(row.line) + ": " + message;
    return false;
  }

  void warn(const tsv::Row& row, const std::string& message) {
    if (warnings_) warnings_->push_back(path_ + ":" + std::to_string(row.line) + ": " + message);
  }

  bool load_countries(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 3, 3, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      if (!is_code(f[0], 3, 3) || !is_code(f[1], 2, 2)) return fail(row, "expected alpha-3 and alpha-2 codes");
      if (r_.country_index_.count(f[0])) {
        warn(row, "duplicate country " + f[0]);
        continue;
      }
      r_.country_index_.emplace(f[0], static_cast<std::uint32_t>(r_.countries_.size()));
      r_.countries_.push_back({f[0], f[1], f[2]});
    }
    return true;
  }

  bool load_organisations(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 5, 7, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      Organisation o{f[0], f[1], f[2], f[3], OrgKind::kIgo, f[5], f[6]};
      if (!is_date(o.governs_from)) return fail(row, "governs-from must be YYYY, YYYY-MM or YYYY-MM-DD");
      if (f[4] == "igo") o.kind = OrgKind::kIgo;
      else if (f[4] == "group") o.kind = OrgKind::kGroup;
      else if (f[4] == "body") o.kind = OrgKind::kBody;
      else if (f[4] == "ngo") o.kind = OrgKind::kNgo;
      else return fail(row, "unknown organisation kind '" + f[4] + "' (igo, group, body, ngo)");
      if (o.id.empty() || !is_code(o.code, 3, 15)) return fail(row, "expected an id and a code in capitals");
      if (!o.country.empty() && !r_.country_index_.count(o.country)) return fail(row, "unknown country '" + o.country + "'");
      if (!o.sector.empty() && !is_code(o.sector, 3, 3)) return fail(row, "sector must be three capitals");
      if (!o.parent.empty() && !r_.org_index_.count(o.parent)) {
        return fail(row, "unknown parent organisation '" + o.parent + "' (list it first)");
      }
      if (r_.org_index_.count(o.id)) {
        warn(row, "duplicate organisation id " + o.id);
        continue;
      }
      r_.org_index_.emplace(o.id, static_cast<std::uint32_t>(r_.organisations_.size()));
      r_.organisations_.push_back(std::move(o));
    }
    return true;
  }

  bool load_persons(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 8, 8, rows)) return false;
    std::unordered_map<std::string, std::uint32_t> by_id;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      PersonRole role{f[2], f[3], f[4], f[5], f[6], f[7]};
      if (f[0].empty() || f[1].empty()) return fail(row, "expected an id and a name");
      if (!role.country.empty() && !r_.country_index_.count(role.country)) return fail(row, "unknown country '" + role.country + "'");
      if (!role.org.empty() && !r_.org_index_.count(role.org)) return fail(row, "unknown organisation '" + role.org + "'");
      if (!role.sector.empty() && !is_code(role.sector, 3, 3)) return fail(row, "sector must be three capitals");
      if (!is_date(role.from) || !is_date(role.to)) return fail(row, "dates must be YYYY, YYYY-MM or YYYY-MM-DD");
      auto [it, added] = by_id.try_emplace(f[0], static_cast<std::uint32_t>(r_.persons_.size()));
      if (added) {
        Person p;
        p.id = f[0];
        p.name = f[1];
        p.name_keys = surface_keys(p.name);
        r_.persons_.push_back(std::move(p));
        if (!add_surface(row, f[1], EntryKind::kPerson, it->second, CountryForm::kName, true, false, f[0])) return false;
      } else if (r_.persons_[it->second].name != f[1]) {
        warn(row, "person " + f[0] + " has two names ('" + r_.persons_[it->second].name + "', '" + f[1] + "')");
      }
      r_.persons_[it->second].roles.push_back(std::move(role));
    }
    for (std::uint32_t i = 0; i < r_.persons_.size(); ++i) {
      const auto& keys = r_.persons_[i].name_keys;
      if (keys.size() > 1) r_.surnames_[keys.back()].push_back(i);
    }
    return true;
  }

  bool load_common_names(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 1, 1, rows)) return false;
    for (const auto& row : rows)
      for (const std::string& key : surface_keys(row.fields[0])) r_.common_names_.insert(key);
    return true;
  }

  bool load_state_kinds(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 2, 2, rows)) return false;
    for (const auto& row : rows) {
      std::istringstream states(row.fields[1]);
      for (std::string a3; states >> a3;) {
        if (!r_.country_index_.count(a3)) return fail(row, "unknown country '" + a3 + "'");
        r_.state_kinds_[row.fields[0]].insert(a3);
      }
    }
    return true;
  }

  bool load_country_names(const std::filesystem::path& path, bool with_form) {
    std::vector<tsv::Row> rows;
    if (!read(path, with_form ? 3 : 2, with_form ? 3 : 2, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      const auto it = r_.country_index_.find(f[1]);
      if (it == r_.country_index_.end()) return fail(row, "unknown country '" + f[1] + "'");
      CountryForm form = CountryForm::kName;
      if (with_form) {
        if (f[2] == "name") form = CountryForm::kName;
        else if (f[2] == "adj") form = CountryForm::kAdjective;
        else if (f[2] == "demonym") form = CountryForm::kDemonym;
        else return fail(row, "unknown form '" + f[2] + "' (name, adj, demonym)");
      }
      static const char* kForms[] = {"name", "adj", "demonym"};
      if (!add_surface(row, f[0], EntryKind::kCountry, it->second, form, true, false,
                       f[1] + std::string("/") + kForms[static_cast<int>(form)])) {
        return false;
      }
    }
    return true;
  }

  bool load_places(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 3, 3, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      if (!r_.country_index_.count(f[1])) return fail(row, "unknown country '" + f[1] + "'");
      const auto index = static_cast<std::uint32_t>(r_.places_.size());
      r_.places_.push_back({f[0], f[1]});
      if (!add_surface(row, f[0], EntryKind::kPlace, index, CountryForm::kName, true, false, f[1])) return false;
    }
    return true;
  }

  bool load_org_names(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 2, 3, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      const auto it = r_.org_index_.find(f[1]);
      if (it == r_.org_index_.end()) return fail(row, "unknown organisation id '" + f[1] + "'");
      if (!f[2].empty() && f[2] != "ambiguous") return fail(row, "unknown flag '" + f[2] + "' (ambiguous)");
      if (!add_surface(row, f[0], EntryKind::kOrganisation, it->second, CountryForm::kName, true, f[2] == "ambiguous",
                       f[1])) {
        return false;
      }
    }
    return true;
  }

  // "Baltic states<TAB>EST,LVA,LTU": one surface, several member states.
  bool load_country_groups(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 2, 2, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      std::vector<std::string> members;
      std::size_t start = 0;
      while (start <= f[1].size()) {
        std::size_t comma = f[1].find(',', start);
        if (comma == std::string::npos) comma = f[1].size();
        const std::string code = f[1].substr(start, comma - start);
        if (!r_.country_index_.count(code)) return fail(row, "unknown country '" + code + "'");
        members.push_back(code);
        start = comma + 1;
      }
      if (members.size() < 2) return fail(row, "a country group needs two or more states");
      const auto index = static_cast<std::uint32_t>(r_.country_groups_.size());
      r_.country_groups_.push_back(std::move(members));
      if (!add_surface(row, f[0], EntryKind::kCountryGroup, index, CountryForm::kName, false, false, f[1])) return false;
    }
    return true;
  }

  bool load_roles(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 3, 4, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      Role role{f[1], RoleType::kTitle, f[3], {}, ""};
      if (role.default_org.starts_with("@home:")) {
        // "@home:NLD|BEL": alpha-3 codes of the states the language's press calls home.
        for (std::size_t b = 6; b <= role.default_org.size();) {
          const std::size_t e = std::min(role.default_org.find('|', b), role.default_org.size());
          role.home_states.push_back(role.default_org.substr(b, e - b));
          if (!r_.country_index_.count(role.home_states.back())) {
            return fail(row, "unknown home state '" + role.home_states.back() + "'");
          }
          b = e + 1;
        }
      } else if (role.default_org.starts_with("@state:")) {
        // "@state:IRL": a title of one state's office ("Taoiseach").
        if (role.default_org.size() != 10) return fail(row, "'@state:' needs an alpha-3 code");
      } else if (role.default_org.starts_with("@as:")) {
        // "@as:minister": a general word for an office holder ("de
        // bewindsvrouw") that refers back as that title does.
        if (role.default_org.size() == 4) return fail(row, "'@as:' needs the title it stands for");
      } else if (!role.default_org.empty() &&
                 std::find(kRoleMarkers.begin(), kRoleMarkers.end(), role.default_org) == kRoleMarkers.end() &&
                 !r_.org_index_.count(role.default_org)) {
        return fail(row, "unknown organisation '" + role.default_org + "'");
      }
      if (const auto keys = surface_keys(f[0]); !keys.empty()) {
        role.last_key = keys.back();
        for (const std::string& k : keys) role.key += (role.key.empty() ? "" : " ") + k;
      }
      if (f[2] == "title") role.type = RoleType::kTitle;
      else if (f[2] == "honorific") role.type = RoleType::kHonorific;
      else if (f[2] == "group") role.type = RoleType::kGroup;
      else if (f[2] == "dept") role.type = RoleType::kDept;
      else if (f[2] == "branch") role.type = RoleType::kBranch;
      else return fail(row, "unknown role type '" + f[2] + "' (title, honorific, group, dept, branch)");
      // A title's home states say whose official a holder named with no
      // state is; the title stands alone as any other ("the minister" refers back).
      if (role.type == RoleType::kTitle && !role.home_states.empty()) role.default_org.clear();
      if (!role.sector.empty() && !is_code(role.sector, 3, 3)) return fail(row, "sector must be three capitals");
      const auto index = static_cast<std::uint32_t>(r_.roles_.size());
      r_.roles_.push_back(role);
      // Role nouns match in any case ("Minister", "minister").
      if (!add_surface(row, f[0], EntryKind::kRole, index, CountryForm::kName, false, false, f[1] + "/" + f[2])) {
        return false;
      }
    }
    return true;
  }

  bool load_words(const std::filesystem::path& path) {
    std::vector<tsv::Row> rows;
    if (!read(path, 2, 3, rows)) return false;
    for (const auto& row : rows) {
      const auto& f = row.fields;
      Word w;
      const std::string& fn = f[1];
      if (fn == "of") w.function = WordFunction::kOf;
      else if (fn == "and") w.function = WordFunction::kAnd;
      else if (fn == "det") w.function = WordFunction::kDet;
      else if (fn == "poss") w.function = WordFunction::kPoss;
      else if (fn == "pronoun") {
        w.function = WordFunction::kPronoun;
        w.ref_class = f[2].empty() ? "person" : f[2];
        if (w.ref_class != "person" && w.ref_class != "party" && w.ref_class != "parties" && w.ref_class != "speaker" && w.ref_class != "author" &&
            w.ref_class != "person|parties" && w.ref_class != "person|party" && w.ref_class != "owner" &&
            w.ref_class != "owners") {
          return fail(row,
                      "pronoun class must be person, party, parties, owner, owners, person|parties, person|party, speaker or author");
        }
      }
      else if (fn == "particle") w.function = WordFunction::kParticle;
      else if (fn == "suffix") w.function = WordFunction::kSuffix;
      else if (fn == "prefix") w.function = WordFunction::kPrefix;
      else if (fn == "infinitive") w.function = WordFunction::kInfinitive;
      else if (fn == "exit") {
        w.function = WordFunction::kExit;
        if (f[2] != "before" && f[2] != "after") return fail(row, "exit needs before or after (where it stands: \"leave the country\", \"het land verlaten\")");
        w.follows = f[2] == "after";
      }
      else if (fn == "at") w.function = WordFunction::kAt;
      else if (fn == "region") w.function = WordFunction::kRegion;
      else if (fn == "appos") w.function = WordFunction::kAppos;
      else if (fn == "stateform") w.function = WordFunction::kStateForm;
      else if (fn == "ref") {
        w.function = WordFunction::kRef;
        // "country:2", "country:2:GOV" or "country:1@monarchy"
        std::string a = f[2];
        if (const std::size_t at = a.find('@'); at != std::string::npos) {
          w.ref_kind = a.substr(at + 1);
          a = a.substr(0, at);
          if (!r_.state_kinds_.count(w.ref_kind)) return fail(row, "unknown state kind '" + w.ref_kind + "' (state-kinds.tsv)");
        }
        const std::size_t c1 = a.find(':');
        const std::size_t c2 = c1 == std::string::npos ? c1 : a.find(':', c1 + 1);
        if (c1 == std::string::npos) return fail(row, "ref needs class:count, e.g. country:2");
        w.ref_class = a.substr(0, c1);
        const std::string count = a.substr(c1 + 1, c2 == std::string::npos ? std::string::npos : c2 - c1 - 1);
        if (count.size() != 1 || count[0] < '1' || count[0] > '9') return fail(row, "ref count must be 1-9");
        w.ref_count = count[0] - '0';
        if (c2 != std::string::npos) w.ref_sector = a.substr(c2 + 1);
        if (w.ref_class != "country" && w.ref_class != "person" && w.ref_class != "place" && w.ref_class != "group" &&
            w.ref_class != "igo" && w.ref_class != "owncountry" && w.ref_class != "party" &&
            w.ref_class != "neighbour" && w.ref_class != "warring") {
          return fail(row, "ref class must be country, person, place, group, igo, owncountry, party, warring or neighbour");
        }
      } else {
        return fail(row, "unknown function '" + fn + "' (of, and, det, poss, pronoun, ref, particle, suffix, at, stateform, prefix, infinitive, exit, region, appos)");
      }
      const auto index = static_cast<std::uint32_t>(r_.words_.size());
      r_.words_.push_back(w);
      if (!add_surface(row, f[0], EntryKind::kWord, index, CountryForm::kName, false, false, fn + "/" + f[2])) return false;
    }
    return true;
  }

 private:
  // Adds one surface to the trie. `target` identifies what it stands for, so
  // a second line with the same surface is told apart as a duplicate (same
  // target) or a conflict (another target of the same kind).
  bool add_surface(const tsv::Row& row, const std::string& surface, EntryKind kind, std::uint32_t index,
                   CountryForm form, bool proper, bool ambiguous, const std::string& target) {
    std::vector<std::string> texts;
    std::vector<std::string> keys = surface_keys(surface, &texts);
    if (keys.empty()) return fail(row, "empty surface");
    if (keys.size() > 255) return fail(row, "surface too long");
    // Capitals matter in "AMISOM" (matched case-sensitively) but not in "Amisom".
    std::string seen_key;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      seen_key += shape_of(texts[i]).all_caps ? texts[i] : keys[i];
      seen_key += '\x1f';
    }
    seen_key += static_cast<char>('0' + static_cast<int>(kind));
    const std::string here = path_ + ":" + std::to_string(row.line);
    auto [it, added] = seen_.try_emplace(seen_key, Seen{target, here});
    if (!added) {
      if (it->second.target == target) {
        warn(row, "duplicate entry '" + surface + "' (first at " + it->second.where + ")");
        return true;
      }
      // Function words legitimately have several functions ("van": of, particle);
      // a department after a title is looked up apart from other roles
      // ("minister van Justitie", "de Nederlandse justitie").
      const bool dept_and_other = kind == EntryKind::kRole && (target.ends_with("/dept") != it->second.target.ends_with("/dept"));
      if (kind != EntryKind::kWord && !dept_and_other &&
          !(kind == EntryKind::kCountry && same_country(it->second.target, target))) {
        warn(row, "'" + surface + "' -> " + target + " conflicts with " + it->second.target + " at " + it->second.where);
      }
    }
    Entry e;
    e.kind = kind;
    e.form = form;
    e.index = index;
    e.proper = proper && shape_of(texts.front()).upper_initial;
    e.ambiguous = ambiguous;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (shape_of(texts[i]).all_caps) e.exact.emplace_back(static_cast<std::uint8_t>(i), texts[i]);
    }
    const auto entry_index = static_cast<std::uint32_t>(r_.entries_.size());
    const bool plain_letters = e.exact.empty();
    r_.entries_.push_back(std::move(e));
    r_.trie_.insert(keys, entry_index);
    // The same surface without accents ("Cote d'Ivoire", "Curacao"), unless
    // the data lists that spelling for something of the same kind itself.
    if (plain_letters) {
      std::vector<std::string> bare;
      bool differs = false;
      for (const std::string& k : keys) {
        bare.push_back(bare_key(k));
        differs = differs || bare.back() != k;
      }
      if (differs) {
        bare_.emplace_back(std::move(bare), entry_index);
      }
    }
    return true;
  }

 public:
  // Adds the accent-free spellings once every surface is in: a spelling the
  // data lists itself wins.
  void add_bare_spellings() {
    for (auto& [keys, index] : bare_) {
      std::uint32_t node = PhraseTrie::kRoot;
      for (const std::string& k : keys)
        if ((node = r_.trie_.step(node, k)) == PhraseTrie::kNone) break;
      const EntryKind kind = r_.entries_[index].kind;
      if (node != PhraseTrie::kNone &&
          std::any_of(r_.trie_.values(node).begin(), r_.trie_.values(node).end(),
                      [&](std::uint32_t v) { return r_.entries_[v].kind == kind; }))
        continue;
      Entry copy = r_.entries_[index];
      r_.entries_.push_back(std::move(copy));
      r_.trie_.insert(keys, static_cast<std::uint32_t>(r_.entries_.size() - 1));
    }
    bare_.clear();
  }

 private:

  // "KEN/name" and "KEN/adj" name the same state: not a conflict.
  static bool same_country(const std::string& a, const std::string& b) { return a.substr(0, 3) == b.substr(0, 3); }

  struct Seen {
    std::string target, where;
  };
  Registry& r_;
  std::string* error_;
  std::vector<std::string>* warnings_;
  std::string path_;
  std::unordered_map<std::string, Seen> seen_;
  std::vector<std::pair<std::vector<std::string>, std::uint32_t>> bare_;  // accent-free keys -> entry
};

std::unique_ptr<Registry> Registry::load(const std::filesystem::path& data_dir, const std::string& lang,
                                         std::string* error, std::vector<std::string>* warnings) {
  if (lang.empty() || lang.find_first_of("/\\.") != std::string::npos) {
    if (error) *error = "invalid language code '" + lang + "'";
    return nullptr;
  }
  auto registry = std::unique_ptr<Registry>(new Registry());
  Loader loader(*registry, error, warnings);
  const auto neutral = data_dir / "actors";
  const auto local = data_dir / "lang" / lang / "actors";
  if (!loader.load_countries(neutral / "countries.tsv") || !loader.load_organisations(neutral / "organisations.tsv") ||
      !loader.load_persons(neutral / "persons.tsv") ||
      (std::filesystem::exists(neutral / "common-names.tsv") && !loader.load_common_names(neutral / "common-names.tsv")) ||
      (std::filesystem::exists(neutral / "state-kinds.tsv") && !loader.load_state_kinds(neutral / "state-kinds.tsv")) ||
      !loader.load_country_names(local / "country-names.tsv", false) ||
      !loader.load_country_names(local / "countries-extra.tsv", true) || !loader.load_places(local / "places.tsv") ||
      // Generated, and optional: a language may have no city list yet.
      (std::filesystem::exists(local / "cities.tsv") && !loader.load_places(local / "cities.tsv")) ||
      !loader.load_org_names(local / "organisations.tsv") || !loader.load_roles(local / "roles.tsv") ||
      !loader.load_words(local / "words.tsv") ||
      (std::filesystem::exists(local / "country-groups.tsv") &&
       !loader.load_country_groups(local / "country-groups.tsv"))) {
    return nullptr;
  }
  loader.add_bare_spellings();
  return registry;
}

const Organisation* Registry::branch(const std::string& id, const std::string& country) const {
  const Organisation* whole = organisation(id);
  if (!whole || whole->kind != OrgKind::kGroup || country.empty()) return nullptr;
  for (const Organisation& o : organisations_)
    if (o.kind == OrgKind::kGroup && o.code == whole->code && o.country == country && o.id != id) return &o;
  return nullptr;
}

const Organisation* Registry::organisation(const std::string& id) const {
  const auto it = org_index_.find(id);
  return it == org_index_.end() ? nullptr : &organisations_[it->second];
}

const std::vector<std::uint32_t>* Registry::persons_by_surname(const std::string& surname) const {
  const auto it = surnames_.find(surname);
  return it == surnames_.end() ? nullptr : &it->second;
}

namespace {

// The trie keys of a one-word form: a word of ASCII letters and digits is
// its own one piece, case-folded, without the general split (asked of every
// word before tagging, so the common case must be cheap).
std::vector<std::string> word_keys(std::string_view form, std::vector<std::string>* texts) {
  const bool plain = std::all_of(form.begin(), form.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
  if (!plain) return surface_keys(form, texts);
  if (texts) texts->assign(1, std::string(form));
  return {fold_case(form)};
}

}  // namespace

bool Registry::names_a_state(std::string_view form) const {
  if (form.empty() || !shape_of(form).upper_initial) return false;
  std::vector<std::string> texts;
  const auto keys = word_keys(form, &texts);
  if (keys.empty()) return false;
  std::uint32_t node = PhraseTrie::kRoot;
  for (const auto& key : keys)
    if ((node = trie_.step(node, key)) == PhraseTrie::kNone) return false;
  for (const std::uint32_t v : trie_.values(node)) {
    const Entry& e = entries_[v];
    if (e.kind != EntryKind::kCountry || e.form != CountryForm::kName || e.ambiguous) continue;
    bool exact = true;
    for (const auto& [pos, text] : e.exact) exact = exact && pos < texts.size() && texts[pos] == text;
    if (exact) return true;
  }
  return false;
}

bool Registry::names_a_role(std::string_view form) const {
  if (form.empty() || shape_of(form).upper_initial) return false;
  const auto keys = word_keys(form, nullptr);
  if (keys.size() != 1) return false;
  const std::uint32_t node = trie_.step(PhraseTrie::kRoot, keys.front());
  if (node == PhraseTrie::kNone) return false;
  for (const std::uint32_t v : trie_.values(node))
    if (entries_[v].kind == EntryKind::kRole) return true;
  return false;
}

RegistryStats Registry::stats() const {
  return {countries_.size(), places_.size(), organisations_.size(), persons_.size(),
          roles_.size(),     words_.size(),  entries_.size()};
}

}  // namespace dyad
