#include "petrarch/convert.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace dyad::petrarch {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split(std::string_view s, std::string_view seps) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && seps.find(s[i]) != std::string_view::npos) ++i;
    const std::size_t start = i;
    while (i < s.size() && seps.find(s[i]) == std::string_view::npos) ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

bool read_file(const std::filesystem::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return !in.bad();
}

// ---- verbs ------------------------------------------------------------------

const std::unordered_set<std::string> kParticles = {"up", "down", "out", "off", "over", "back", "away", "on", "in",
                                                    "forward", "around", "through", "together", "apart", "aside",
                                                    "along", "ahead"};
const std::unordered_set<std::string> kPrepositions = {
    "for", "at", "to", "with", "against", "from", "into", "by", "of", "on", "in", "about", "over", "toward",
    "towards", "upon", "under", "behind", "before", "after", "as", "onto", "between", "among", "through", "across", "near"};
const std::unordered_set<std::string> kArticles = {"a", "an", "the"};
const std::unordered_set<std::string> kAuxiliaries = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"};
// Joint acts: dyad's `sym` (as scripts/import-petrarch-verbs.py decides).
const std::unordered_set<std::string> kSymmetric = {"040", "046", "057"};
const std::unordered_set<std::string> kSymmetricWithObject = {"050", "060", "061", "062", "064"};

// A PETRARCH word as a dyad lemma: lower case, trailing '_' (TABARI's
// "no stemming" mark) dropped; empty when it is not one plain word.
std::string word(std::string_view w) {
  w = trim(w);
  while (!w.empty() && w.back() == '_') w.remove_suffix(1);
  std::string out = lower(w);
  if (out.empty() || out[0] < 'a' || out[0] > 'z') return "";
  for (char c : out)
    if (!((c >= 'a' && c <= 'z') || c == '\'' || c == '-')) return "";
  return out;
}

// PETRARCH matches the words of the text; dyad's patterns match lemmas, so
// a plural noun of a pattern ("CALLS", "TIES") is written as its singular.
std::string singular(const std::string& w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 1 && std::string_view(w).ends_with(s); };
  if (w.size() < 4 || !ends("s") || ends("ss") || ends("us") || ends("is") || ends("ics") || ends("ews") || ends("'s"))
    return w;
  if (ends("ies")) return w.size() <= 5 ? w.substr(0, w.size() - 1) : w.substr(0, w.size() - 3) + "y";
  if (ends("ches") || ends("shes") || ends("xes") || ends("sses") || ends("zes")) return w.substr(0, w.size() - 2);
  return w.substr(0, w.size() - 1);
}

struct VerbLemma {
  std::string lemma, particle, extra;  // extra: "pp=for" / "obj=note" from a multi-word verb
};

bool verb_lemma(const std::string& token, VerbLemma& out) {
  std::string t = token;
  while (!t.empty() && t.front() == '+') t.erase(0, 1);
  while (!t.empty() && t.back() == '_') t.pop_back();
  std::vector<std::string> parts = split(t, "_");
  if (parts.empty() || parts.size() > 2) return false;
  for (auto& p : parts) {
    p = word(p);
    if (p.empty()) return false;
  }
  if (kAuxiliaries.count(parts[0])) return false;
  out.lemma = parts[0];
  if (parts.size() == 1) return true;
  if (kParticles.count(parts[1])) out.particle = parts[1];
  else if (kPrepositions.count(parts[1])) out.extra = "pp=" + parts[1];
  else out.extra = "obj=" + parts[1];
  return true;
}

bool is_event_code(const std::string& c) {
  return c.size() >= 2 && c.size() <= 4 && std::all_of(c.begin(), c.end(), [](char x) { return x >= '0' && x <= '9'; });
}

class VerbConverter {
 public:
  VerbConverter(const VerbDictionary& d, const ConvertOptions& o, Report& r, Converted& c)
      : d_(d), options_(o), report_(r), converted_(c) {
    for (const Synset& s : d_.synsets) synsets_[s.name] = &s;
  }

  std::string run() {
    std::map<std::string, std::string> lines;  // key (verb + constraints) -> line; first wins
    for (const VerbBlock& block : d_.blocks) {
      std::vector<std::pair<VerbLemma, const Verb*>> verbs;
      for (const Verb& v : block.verbs) {
        VerbLemma l;
        if (verb_lemma(v.token, l)) verbs.emplace_back(l, &v);
        else skip("a verb of more than two words, or not a plain word", v.where);
      }
      for (const auto& [l, v] : verbs) {
        const std::string& code = v->code.empty() ? block.code : v->code;
        std::string active, passive;
        if (!codes(code, v->where, active, passive)) continue;
        add(lines, l.lemma, l.particle, {l.extra}, active, passive, v->where);
        ++converted_.verb_defaults;
        remember_forms(l, *v);
      }
      for (const VerbPattern& p : block.patterns) {
        std::string active, passive;
        if (!codes(p.code, p.where, active, passive)) continue;
        std::string particle, obj, pp, target_prep;
        if (!pattern(p.text, p.where, particle, obj, pp, target_prep)) continue;
        // A pattern is for every verb of its block, as in PETRARCH.
        for (const auto& [l, v] : verbs) {
          if (!l.particle.empty() && !particle.empty()) {
            skip("a multi-word verb with a particle plus a pattern particle", p.where);
            continue;
          }
          if (!l.extra.empty() && ((!obj.empty() && l.extra.starts_with("obj=")) || (!pp.empty() && l.extra.starts_with("pp=")))) {
            skip("a multi-word verb plus a constraint of the same kind", p.where);
            continue;
          }
          add(lines, l.lemma, l.particle.empty() ? particle : l.particle,
              {l.extra, obj.empty() ? "" : "obj=" + obj, pp, target_prep.empty() ? "" : "to=" + target_prep}, active,
              passive, p.where);
          ++converted_.patterns;
        }
      }
    }
    if (!d_.transformations.empty()) {
      report_.warn(d_.transformations.front().where,
                   std::to_string(d_.transformations.size()) +
                       " transformations (~ lines) not used: dyad codes a reported act from its own rules");
    }
    for (const auto& [reason, info] : skipped_) {
      report_.warn(info.second, std::to_string(info.first) + " entries not imported: " + reason + " (first here)");
    }
    std::string out;
    for (const std::string& name : used_sets_) {
      std::set<std::string> members;
      std::set<std::string> seen;
      collect(name, members, seen);
      if (members.empty()) members.insert("petrarch-empty-set");
      out += "class PETR-" + name + ":";
      for (const auto& m : members) out += " " + m;
      out += "\n";
    }
    for (const auto& [lemma, forms] : forms_) {
      if (forms.empty()) continue;
      out += "forms " + lemma + ":";
      for (const auto& f : forms) out += " " + f;
      out += "\n";
    }
    for (const auto& [key, line] : lines) out += line + "\n";
    return out;
  }

  const std::set<std::string>& new_codes() const { return new_codes_; }

 private:
  void skip(const std::string& reason, const std::string& where) {
    auto [it, added] = skipped_.try_emplace(reason, 0, where);
    ++it->second.first;
  }

  // "042:043" -> 042, 043; ":173" -> "", 173; "---" -> false (no event).
  bool codes(const std::string& code, const std::string& where, std::string& active, std::string& passive) {
    if (code.empty() || code.find("---") != std::string::npos) return false;
    const std::size_t colon = code.find(':');
    active = std::string(trim(std::string_view(code).substr(0, colon)));
    passive = colon == std::string::npos ? "" : std::string(trim(std::string_view(code).substr(colon + 1)));
    if (passive == active) passive.clear();
    for (const std::string* c : {&active, &passive}) {
      if (c->empty()) continue;
      if (!is_event_code(*c)) {
        report_.error(where, "event code '" + *c + "' is not 2 to 4 digits; entry skipped");
        return false;
      }
      if (!options_.cameo_codes.empty() && !options_.cameo_codes.count(*c)) new_codes_.insert(*c);
    }
    return !(active.empty() && passive.empty());
  }

  std::string term(const std::string& w) {
    if (!w.empty() && w[0] == '&') {
      std::string name = w.substr(1);
      while (!name.empty() && name.back() == '_') name.pop_back();
      if (!synsets_.count(name)) return "";
      used_sets_.insert(name);
      return "&PETR-" + name;
    }
    const std::string l = word(w);
    if (l.empty() || kArticles.count(l)) return "";
    return singular(l);
  }

  // Words of one noun phrase as MOD_…_HEAD; empty when dyad cannot match one.
  std::string phrase(const std::vector<std::string>& tokens, bool& ok) {
    std::vector<std::string> terms;
    for (const auto& t : tokens) {
      if (kArticles.count(lower(t))) continue;
      const std::string x = term(t);
      if (x.empty()) {
        ok = false;
        return "";
      }
      terms.push_back(x);
    }
    ok = !terms.empty();
    std::string out;
    for (const auto& t : terms) out += (out.empty() ? "" : "_") + t;
    return out;
  }

  bool pattern(const std::string& raw, const std::string& where, std::string& particle, std::string& obj, std::string& pp,
               std::string& target_prep) {
    // '$' and '+' mark where PETRARCH takes the source and target: dyad
    // finds the parties from the parse, so the marks are dropped.
    const std::size_t verb_at = raw.find('*');
    if (raw.find('+') < verb_at) {
      skip("the target before the verb ('+ *': the subject is the recipient)", where);
      return false;
    }
    // "(AT +)": the target is that preposition's object, dyad's to=AT.
    target_prep.clear();
    for (std::size_t open = raw.find('('); open != std::string::npos; open = raw.find('(', open + 1)) {
      const std::size_t close = raw.find(')', open);
      if (close == std::string::npos) break;
      const std::string inner = raw.substr(open + 1, close - open - 1);
      if (inner.find('+') == std::string::npos) continue;
      const std::vector<std::string> words = split(inner, " \t_+");
      if (!words.empty() && kPrepositions.count(word(words[0]))) target_prep = word(words[0]);
    }
    std::string text;
    for (char c : raw) {
      if (c == '$' || (c == '+' && (text.empty() || text.back() == ' ' || text.back() == '_'))) continue;
      text.push_back(c);
    }
    if (text.find_first_of("^%|<>@=+") != std::string::npos) {
      skip("skips words (^), a compound (%) or other operators dyad has no equivalent for", where);
      return false;
    }
    const std::size_t star = text.find('*');
    std::string pre(trim(std::string_view(text).substr(0, star)));
    while (!pre.empty() && pre.back() == '_') pre.pop_back();
    if (!pre.empty()) {
      skip("words before the verb (subject constraints)", where);
      return false;
    }
    // Items: {…}, (…), bare words; '_' joins words like a space.
    std::string post = text.substr(star + 1);
    std::replace(post.begin(), post.end(), '_', ' ');
    std::vector<std::string> items;
    for (std::size_t i = 0; i < post.size();) {
      if (post[i] == ' ' || post[i] == '\t') {
        ++i;
        continue;
      }
      if (post[i] == '{' || post[i] == '(') {
        const char close = post[i] == '{' ? '}' : ')';
        std::size_t depth = 0, j = i;
        for (; j < post.size(); ++j) {
          if (post[j] == post[i]) ++depth;
          else if (post[j] == close && --depth == 0) break;
        }
        if (j >= post.size()) {
          report_.error(where, "unbalanced '" + std::string(1, post[i]) + "' in pattern; skipped");
          return false;
        }
        items.push_back(post.substr(i, j - i + 1));
        i = j + 1;
        continue;
      }
      std::size_t j = i;
      while (j < post.size() && post[j] != ' ' && post[j] != '\t' && post[j] != '{' && post[j] != '(') ++j;
      items.push_back(post.substr(i, j - i));
      i = j;
    }
    std::vector<std::string> pps, bare;
    bool have_obj = false;
    for (const std::string& it : items) {
      if (it[0] == '(') {
        std::string inner = it.substr(1, it.size() - 2);
        std::replace(inner.begin(), inner.end(), '{', ' ');
        std::replace(inner.begin(), inner.end(), '}', ' ');
        std::vector<std::string> words = split(inner, " \t");
        if (words.empty() || !kPrepositions.count(word(words[0]))) {
          skip("a parenthesised phrase that is not a preposition phrase", where);
          return false;
        }
        const std::string prep = word(words[0]);
        words.erase(words.begin());
        if (words.empty()) {
          pps.push_back("pp=" + prep);
        } else {
          bool ok = true;
          const std::string ph = phrase(words, ok);
          if (!ok) {
            skip("a word dyad cannot match (an unknown set, digits, punctuation)", where);
            return false;
          }
          pps.push_back("pp=" + prep + ":" + ph);
        }
      } else if (it[0] == '{') {
        if (have_obj) {
          skip("two object phrases", where);
          return false;
        }
        bool ok = true;
        obj = phrase(split(it.substr(1, it.size() - 2), " \t"), ok);
        if (!ok) {
          skip("a word dyad cannot match (an unknown set, digits, punctuation)", where);
          return false;
        }
        have_obj = true;
      } else {
        if (!pps.empty() || have_obj) {
          skip("words after the object or a preposition phrase", where);
          return false;
        }
        bare.push_back(it);
      }
    }
    if (!bare.empty()) {
      if (bare.size() >= 2 && kParticles.count(word(bare[0]))) {
        particle = word(bare[0]);
        bare.erase(bare.begin());
      } else if (bare.size() == 1 && kParticles.count(word(bare[0])) && !have_obj) {
        particle = word(bare[0]);
        bare.clear();
      }
      if (bare.size() > 1) {
        // "* NEW_&TIETYPES_RELATIONS": modifiers then the head, as one phrase.
        bool ok = true;
        if (have_obj) {
          skip("two object phrases", where);
          return false;
        }
        obj = phrase(bare, ok);
        if (!ok) {
          skip("a word dyad cannot match (an unknown set, digits, punctuation)", where);
          return false;
        }
        have_obj = true;
      } else if (!bare.empty()) {
        if (have_obj) {
          skip("two object phrases", where);
          return false;
        }
        bool ok = true;
        obj = phrase(bare, ok);
        if (!ok) {
          skip("a word dyad cannot match (an unknown set, digits, punctuation)", where);
          return false;
        }
        have_obj = true;
      }
    }
    if (pps.size() > 1) {
      skip("two preposition phrases (a dyad pattern holds one)", where);
      return false;
    }
    pp = pps.empty() ? "" : pps[0];
    if (obj.empty() && pp.empty() && particle.empty()) {
      // "- * [042]": the verb alone, i.e. its default.
      return true;
    }
    return true;
  }

  void add(std::map<std::string, std::string>& lines, const std::string& lemma, const std::string& particle,
           const std::vector<std::string>& constraints, const std::string& active, const std::string& passive,
           const std::string& where) {
    std::string head = "verb " + lemma + (particle.empty() ? "" : "+" + particle);
    bool any = false;
    for (const auto& c : constraints)
      if (!c.empty()) {
        head += " " + c;
        any = true;
      }
    if (lines.count(head)) {
      skip("same verb and constraints as an earlier entry (the first is kept)", where);
      return;
    }
    std::string line = head + " -> " + active + (passive.empty() ? "" : ":" + passive);
    if (active.empty()) line = head + " -> :" + passive;
    if (kSymmetric.count(active) || (kSymmetricWithObject.count(active) && any)) line += " sym";
    if (options_.fallback) line += " fallback";
    line += "  # " + where;
    lines.emplace(head, std::move(line));
  }

  void remember_forms(const VerbLemma& l, const Verb& v) {
    if (!l.particle.empty() || !l.extra.empty() || v.token.starts_with("+")) return;
    auto& set = forms_[l.lemma];
    for (const auto& f : v.forms) {
      const std::string w = word(f);
      if (!w.empty() && w != l.lemma) set.insert(w);
    }
  }

  void collect(const std::string& name, std::set<std::string>& members, std::set<std::string>& seen) {
    if (!seen.insert(name).second) return;
    auto it = synsets_.find(name);
    if (it == synsets_.end()) return;
    for (const std::string& m : it->second->members) {
      if (!m.empty() && m[0] == '&') {
        std::string inner = m.substr(1);
        while (!inner.empty() && inner.back() == '_') inner.pop_back();
        collect(inner, members, seen);
        continue;
      }
      const std::string w = word(m);
      if (!w.empty()) {
        members.insert(w);
        members.insert(singular(w));
      }
    }
  }

  const VerbDictionary& d_;
  const ConvertOptions& options_;
  Report& report_;
  Converted& converted_;
  std::unordered_map<std::string, const Synset*> synsets_;
  std::set<std::string> used_sets_;
  std::map<std::string, std::set<std::string>> forms_;
  std::map<std::string, std::pair<std::size_t, std::string>> skipped_;
  std::set<std::string> new_codes_;
};

// ---- actors -----------------------------------------------------------------

// "BARACK_OBAMA" -> "Barack Obama"; "U.N." and two-letter words ("UN",
// "US") stay in capitals (they then match only in capitals).
std::string surface(const std::string& name) {
  std::string s = name;
  std::replace(s.begin(), s.end(), '_', ' ');
  std::string out;
  for (const std::string& w : split(s, " ")) {
    std::string x = w;
    const bool keep = x.find('.') != std::string::npos || x.size() <= 2;
    if (!keep) {
      bool start = true;
      for (char& c : x) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
          c = static_cast<char>(start ? std::toupper(static_cast<unsigned char>(c)) : std::tolower(static_cast<unsigned char>(c)));
          start = false;
        } else if (c == '-' || c == '\'') {
          start = c == '-';
        }
      }
    }
    out += (out.empty() ? "" : " ") + x;
  }
  return out;
}

// A TSV field: no tabs, no leading/trailing spaces, '-' for empty.
std::string field(std::string s) {
  std::replace(s.begin(), s.end(), '\t', ' ');
  s = std::string(trim(s));
  return s.empty() ? "-" : s;
}

class ActorConverter {
 public:
  ActorConverter(const ConvertOptions& o, Report& r, Converted& c) : options_(o), report_(r), c_(c) {}

  void run(const std::vector<ActorEntry>& entries) {
    // Three-letter codes a file uses on their own are states (fictional
    // ones too: the validation suite's "ARN" for Arnor).
    for (const ActorEntry& e : entries)
      for (const DatedCode& d : e.codes)
        if (d.code.size() == 3 && d.code != "---") states_.insert(d.code);
    for (const std::string& s : options_.countries) states_.insert(s);
    for (const ActorEntry& e : entries) entry(e);
    if (dated_states_)
      report_.warn(dated_state_where_, std::to_string(dated_states_) +
                                           " states have dated codes: dyad names each by its code in force now, else its "
                                           "latest (first here)");
  }

  void agents(const std::vector<Agent>& agents) {
    std::size_t long_codes = 0, prefixed = 0;
    std::string long_where, prefix_where;
    for (const Agent& a : agents) {
      if (a.prefix) {
        if (!prefixed++) prefix_where = a.where;
        continue;
      }
      std::string sector = a.code.substr(0, 3);
      if (a.code.size() != 3) {
        if (!long_codes++) long_where = a.where;
      }
      if (sector.size() != 3) {
        report_.error(a.where, "agent code '" + a.code + "' shorter than three letters; skipped");
        continue;
      }
      for (std::size_t i = 0; i < a.names.size(); ++i) {
        const std::string s = lower(field(surface(a.names[i])));
        if (s == "-") continue;
        // Plural forms name collectives ("farmers"), the singular a title.
        const char* type = i == 0 ? "title" : "group";
        c_.files["lang/en/actors/roles.tsv"] += s + "\t" + sector + "\t" + type + "\t-\n";
        ++c_.roles;
      }
    }
    if (long_codes)
      report_.warn(long_where, std::to_string(long_codes) +
                                   " agents have codes of more than one sector ([~BUDEDU]): dyad keeps the first (BUD) (first here)");
    if (prefixed)
      report_.warn(prefix_where, std::to_string(prefixed) +
                                     " agents put their code before the actor's ([IGO~]): dyad has no such role; not imported (first here)");
  }

 private:
  // The organisation that stands for a code longer than three letters
  // ("USAGOV", "IGOUNO"); created once.
  std::string org_for(const std::string& code) {
    std::string id = code;
    if (options_.org_ids.count(id)) id = "PETR-" + code;
    if (orgs_.insert(id).second) {
      std::string country, sector, kind = "body";
      const std::string first = code.substr(0, 3);
      if (first == "IGO") kind = "igo";
      else if (first == "NGO" || first == "NGM") kind = "ngo";
      else if (first == "IMG" || first == "MNC") kind = "group";
      else if (states_.count(first)) {
        country = first;
        if (code.size() >= 6) sector = code.substr(3, 3);
        if (sector == "REB" || sector == "INS" || sector == "IMG") kind = "group";
      } else {
        kind = "ngo";
      }
      if (!country.empty()) ensure_country(country, "");
      c_.files["actors/organisations.tsv"] += id + "\t" + code + "\t" + field(country) + "\t" + field(sector) + "\t" + kind + "\t-\t-\n";
      ++c_.organisations;
    }
    return id;
  }

  void ensure_country(const std::string& code, const std::string& name) {
    if (options_.countries.count(code) || !countries_.insert(code).second) return;
    c_.files["actors/countries.tsv"] += code + "\t" + code.substr(0, 2) + "\t" + field(name.empty() ? code : name) + "\n";
    ++c_.countries;
  }

  void entry(const ActorEntry& e) {
    std::vector<DatedCode> codes;
    for (const DatedCode& d : e.codes)
      if (d.code != "---") codes.push_back(d);
    if (codes.empty()) return;  // [---]: named so that it codes nothing
    // A state with a history ("GEORGIA_ [USRGEO <910409] [GEOUNR …] [GEO
    // >911221]"): dyad's state names are not dated, so the state's own
    // three-letter code in force now (else its latest) names it.
    const bool dated_state = std::any_of(codes.begin(), codes.end(), [](const DatedCode& d) {
      return d.code.size() == 3 && (!d.from.empty() || !d.to.empty());
    });
    if (dated_state) {
      const DatedCode* state = nullptr;
      for (const DatedCode& d : codes)
        if (d.code.size() == 3 && (!state || (state->to.empty() ? false : d.to.empty() || d.to > state->to))) state = &d;
      if (state) {
        if (codes.size() > 1) {
          ++dated_states_;
          if (dated_states_ == 1) dated_state_where_ = e.where;
        }
        codes = {DatedCode{state->code, "", ""}};
      }
    }
    const bool person = codes.size() > 1 || !codes[0].from.empty() || !codes[0].to.empty();
    if (!person) {
      const std::string& code = codes[0].code;
      if (code.size() == 3) {
        ensure_country(code, surface(e.names[0]));
        for (const std::string& n : e.names) name_row("lang/en/actors/country-names.tsv", n, code, e.where);
        return;
      }
      if (code.size() < 3) {
        report_.error(e.where, "code '" + code + "' shorter than three letters; entry skipped");
        return;
      }
      const std::string id = org_for(code);
      for (const std::string& n : e.names) name_row("lang/en/actors/organisations.tsv", n, id + "\t-", e.where);
      return;
    }
    // A person (dated or several codes): one registry person per spelling,
    // each with every role, so that each spelling is a name of its own. An
    // undated code is the default when no dated one is in force: dyad takes
    // the first role in force, so it goes last.
    std::stable_partition(codes.begin(), codes.end(), [](const DatedCode& d) { return !d.from.empty() || !d.to.empty(); });
    std::vector<std::string> roles;
    for (const DatedCode& d : codes) {
      std::string country, org;
      if (d.code.size() == 3) {
        if (!states_.count(d.code)) states_.insert(d.code);
        ensure_country(d.code, "");
        country = d.code;
      } else if (d.code.size() > 3) {
        org = org_for(d.code);
        if (states_.count(d.code.substr(0, 3))) country = d.code.substr(0, 3);
      } else {
        report_.error(e.where, "code '" + d.code + "' shorter than three letters; role skipped");
        continue;
      }
      roles.push_back(field(country) + "\t-\t" + field(org) + "\t" + field(d.from) + "\t" + field(d.to) + "\t-");
    }
    if (roles.empty()) return;
    std::size_t k = 0;
    for (const std::string& n : e.names) {
      const std::string s = field(surface(n));
      if (s == "-") continue;
      const std::string id = "petr:" + e.names[0] + (k ? "#" + std::to_string(k) : "");
      ++k;
      for (const std::string& r : roles) c_.files["actors/persons.tsv"] += id + "\t" + s + "\t" + r + "\n";
      ++c_.persons;
    }
  }

  void name_row(const std::string& file, const std::string& name, const std::string& rest, const std::string& where) {
    const std::string s = field(surface(name));
    if (s == "-" || s.find_first_not_of(".-' ") == std::string::npos) {
      report_.warn(where, "name '" + name + "' has no letters; skipped");
      return;
    }
    c_.files[file] += s + "\t" + rest + "\n";
    ++c_.names;
  }

  const ConvertOptions& options_;
  Report& report_;
  Converted& c_;
  std::set<std::string> states_, countries_, orgs_;
  std::size_t dated_states_ = 0;
  std::string dated_state_where_;
};

std::string read_table(const std::filesystem::path& path) {
  std::string text;
  read_file(path, text);
  return text;
}

}  // namespace

Dictionaries read_all(const Sources& sources, Report& report) {
  Dictionaries d;
  auto load = [&](const std::filesystem::path& path, const std::function<void(std::string_view, const std::string&)>& reader) {
    if (path.empty()) return;
    std::string bytes;
    if (!read_file(path, bytes)) {
      report.error(path.string(), "cannot read file");
      return;
    }
    reader(to_utf8(bytes), path.string());
  };
  load(sources.verbs, [&](std::string_view t, const std::string& f) {
    read_verbs(t, f, d.verbs, report);
    d.has_verbs = true;
  });
  for (const auto& a : sources.actors) load(a, [&](std::string_view t, const std::string& f) { read_actors(t, f, d.actors, report); });
  load(sources.agents, [&](std::string_view t, const std::string& f) { read_agents(t, f, d.agents, report); });
  load(sources.discards, [&](std::string_view t, const std::string& f) { read_discards(t, f, d.discards, report); });
  load(sources.issues, [&](std::string_view t, const std::string& f) { read_issues(t, f, d.issues, report); });
  return d;
}

bool read_config(const std::filesystem::path& ini, Sources& out, Report& report) {
  std::string text;
  if (!read_file(ini, text)) {
    report.error(ini.string(), "cannot read file");
    return false;
  }
  std::map<std::string, std::string> values;
  std::string section;
  std::size_t number = 0;
  for (const std::string& raw : split(text, "\n")) {
    ++number;
    std::string_view line = trim(raw);
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    if (line[0] == '[') {
      section = lower(trim(line.substr(1, line.find(']') - 1)));
      continue;
    }
    const std::size_t eq = line.find_first_of("=:");
    if (eq == std::string_view::npos) {
      report.warn(ini.string() + ":" + std::to_string(number), "not 'key = value'; ignored");
      continue;
    }
    values[lower(trim(line.substr(0, eq)))] = std::string(trim(line.substr(eq + 1)));
  }
  std::filesystem::path base = ini.parent_path();
  if (auto it = values.find("dictionary_path"); it != values.end()) base = base / it->second;
  else if (std::filesystem::is_directory(base / "dictionaries")) base = base / "dictionaries";
  auto get = [&](std::initializer_list<const char*> keys) -> std::string {
    for (const char* k : keys)
      if (auto it = values.find(k); it != values.end()) return it->second;
    return "";
  };
  auto path = [&](const std::string& v) { return v.empty() ? std::filesystem::path() : base / v; };
  out.verbs = path(get({"verbfile_name", "verb_file_name", "verbfile"}));
  for (const std::string& a : split(get({"actorfile_list", "actor_files", "actorfile_name"}), ",")) {
    const std::string name(trim(a));
    if (!name.empty()) out.actors.push_back(base / name);
  }
  out.agents = path(get({"agentfile_name", "agent_file_name"}));
  out.discards = path(get({"discardfile_name", "discard_file_name"}));
  out.issues = path(get({"issuefile_name", "issue_file_name"}));
  if (out.verbs.empty() && out.actors.empty() && out.agents.empty())
    report.error(ini.string(), "names no verb, actor or agent file (keys verbfile_name, actorfile_list, agentfile_name)");
  return true;
}

Converted convert(const Dictionaries& d, const ConvertOptions& options, Report& report) {
  Converted c;
  if (d.has_verbs) {
    VerbConverter v(d.verbs, options, report, c);
    c.files["lang/en/events/95_petrarch.txt"] = v.run();
    if (!v.new_codes().empty()) {
      std::string rows, list;
      for (const std::string& code : v.new_codes()) {
        rows += code + "\t" + code.substr(0, 2) + "\t1\t0.0\t-\tPETRARCH dictionary code (not in CAMEO)\n";
        list += (list.empty() ? "" : " ") + code;
      }
      c.files["cameo/event_codes.tsv"] = rows;
      report.warn(d.verbs.blocks.empty() ? std::string("verbs") : d.verbs.blocks.front().where,
                  "codes not in CAMEO, added with quad class 1 and Goldstein 0: " + list);
    }
  }
  ActorConverter a(options, report, c);
  a.run(d.actors);
  a.agents(d.agents);
  std::string& discards = c.files["lang/en/petrarch/discards.tsv"];
  for (const Discard& x : d.discards) discards += field(x.phrase) + "\t" + (x.story ? "story" : "sentence") + "\n";
  std::string& issues = c.files["lang/en/petrarch/issues.tsv"];
  for (const Issue& x : d.issues)
    issues += field(x.phrase) + "\t" + (x.exclude ? "-" : field(x.code)) + "\t" + field(x.category) + "\n";
  return c;
}

void known_codes(const std::filesystem::path& dyad_data, ConvertOptions& options) {
  auto first_fields = [](const std::string& text, std::set<std::string>& out) {
    for (const std::string& line : split(text, "\n")) {
      if (line.empty() || line[0] == '#') continue;
      out.insert(line.substr(0, line.find('\t')));
    }
  };
  first_fields(read_table(dyad_data / "actors" / "countries.tsv"), options.countries);
  first_fields(read_table(dyad_data / "cameo" / "event_codes.tsv"), options.cameo_codes);
  first_fields(read_table(dyad_data / "actors" / "organisations.tsv"), options.org_ids);
}

bool write_data_dir(const std::filesystem::path& dyad_data, const Converted& converted, bool only_petrarch,
                    const std::filesystem::path& out, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  // Files dyad's code needs whatever the names: code tables, function and
  // grammar words, dates, tokenisation. With only_petrarch, dyad's names,
  // roles, persons and event patterns are left out (the files are kept
  // with their comment header only, so the loaders find them).
  static const std::set<std::string> kNames = {
      "actors/persons.tsv", "lang/en/actors/country-names.tsv", "lang/en/actors/countries-extra.tsv",
      "lang/en/actors/places.tsv", "lang/en/actors/cities.tsv", "lang/en/actors/organisations.tsv",
      "lang/en/actors/roles.tsv", "lang/en/actors/country-groups.tsv", "lang/en/events/02_statements.txt",
      "lang/en/events/03_cooperation.txt", "lang/en/events/04_conflict.txt", "lang/en/events/90_petrarch.txt"};
  std::set<std::string> written;
  for (auto it = fs::recursive_directory_iterator(dyad_data, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const std::string rel = fs::relative(it->path(), dyad_data).generic_string();
    std::string text;
    if (!read_file(it->path(), text)) {
      if (error) *error = it->path().string() + ": cannot read";
      return false;
    }
    if (only_petrarch && kNames.count(rel)) {
      std::string header;
      for (const std::string& line : split(text, "\n")) {
        if (!line.starts_with("#")) break;
        header += line + "\n";
      }
      text = header;
    }
    if (auto c = converted.files.find(rel); c != converted.files.end()) {
      if (!text.empty() && text.back() != '\n') text += '\n';
      text += c->second;
    }
    const fs::path target = out / rel;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream o(target, std::ios::binary);
    o << text;
    if (!o) {
      if (error) *error = target.string() + ": cannot write";
      return false;
    }
    written.insert(rel);
  }
  for (const auto& [rel, text] : converted.files) {
    if (written.count(rel)) continue;
    const fs::path target = out / rel;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream o(target, std::ios::binary);
    if (rel.ends_with(".tsv")) {
      if (rel.find("discards") != std::string::npos) o << "# PETRARCH discards: phrase (upper case)\tsentence|story\n";
      else if (rel.find("issues") != std::string::npos) o << "# PETRARCH issues: phrase (lower case)\tcode ('-': not the issue)\tcategory\n";
    } else {
      o << "# Converted by dyad from PETRARCH dictionaries; each line names its source file:line.\n";
    }
    o << text;
    if (!o) {
      if (error) *error = target.string() + ": cannot write";
      return false;
    }
  }
  return true;
}

}  // namespace dyad::petrarch
