#include "nlp/lemmatizer.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <map>
#include <set>

#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr int kMaxSuffix = 6;
constexpr int kMinRuleCount = 2;  // a suffix seen once is the word itself, not a rule
constexpr int kMaxProposals = 8;  // rules consulted for an unseen form
constexpr std::size_t kMaxPrefix = 4;  // bytes of an inseparable verb prefix
// Compound parts, in bytes. The limits for splits with one unknown side were
// tuned by cross-validation on the Dutch training sentences (tools/lemma_dev --folds 5).
constexpr std::size_t kMinPart = 3;
constexpr std::size_t kMinKnownHead = 5, kMinUnknownTail = 9;
constexpr std::size_t kMinUnknownHead = 4, kMinKnownTail = 6;
constexpr int kMinWrongSplits = 2;  // training words a compound part must split wrongly before it is distrusted
constexpr int kMinPrefixCount = 20;  // scripts stripping a prefix before it keys rules of its own

constexpr char kSep = '\x1F';
constexpr const char* kDutchVerbs = "dutch-verbs";
constexpr const char* kCompoundTails = "compound-tails";
constexpr const char* kVerbFinal = "verb-final";

// "<mode><prefix>\x1F<suffix bytes>:<append>": strip a literal prefix and bytes from the end
// of the (lowercased) form, then append. Stripping a short prefix covers
// Dutch participles ("gesterkt" -> "sterken").
std::string script_for(const std::string& src, const std::string& lemma, char mode) {
  std::string best;
  std::size_t best_cost = std::string::npos;
  for (std::size_t pre = 0; pre <= 3 && pre < src.size(); ++pre) {
    std::size_t p = 0;
    while (pre + p < src.size() && p < lemma.size() && src[pre + p] == lemma[p]) ++p;
    const std::size_t suf = src.size() - pre - p;
    const std::size_t cost = pre + suf + (pre ? 2 : 0);  // a prefix strip must earn its keep
    if (cost < best_cost) {
      best_cost = cost;
      best = std::string(1, mode) + src.substr(0, pre) + kSep + std::to_string(suf) + ":" + lemma.substr(p);
    }
  }
  return best;
}

// Bytes removed from the end of the form by a script.
std::size_t stripped(const std::string& script) {
  std::size_t n = 0;
  const auto sep = script.find(kSep);
  std::from_chars(script.data() + sep + 1, script.data() + script.size(), n);
  return n;
}

std::size_t cost(const std::string& script) {
  const std::size_t pre = script.find(kSep) - 1;
  return stripped(script) + pre + (pre ? 2 : 0);
}

using RuleCounts = std::map<std::string, std::map<std::string, int>>;

void add_rules(RuleCounts& rules, const std::string& key, const std::string& lower, const std::string& script) {
  for (int k = 0; k <= kMaxSuffix; ++k) {
    const auto suffix = suffix_chars(lower, k);
    // A rule keyed by a suffix may only rewrite that suffix, else it is one word's whole lemma.
    if (stripped(script) <= suffix.size() || suffix.size() == lower.size()) ++rules[key + std::string(suffix)][script];
    if (suffix.size() == lower.size()) break;
  }
}

std::string most_frequent(const std::map<std::string, int>& counts, int* total = nullptr) {
  std::string best;
  int best_count = 0, sum = 0;
  for (const auto& [value, count] : counts) {
    sum += count;
    if (count > best_count) best = value, best_count = count;
  }
  if (total) *total = sum;
  return best;
}

// A diaeresis parts a vowel from the vowel before it; with the prefix gone
// there is none ("geïnformeerd" -> "informeren", not "ïnformeren").
void drop_initial_diaeresis(std::string& word) {
  static constexpr char kPlain[] = {'a', 'e', 'i', 'o', 'u'};
  static constexpr unsigned char kMarked[] = {0xA4, 0xAB, 0xAF, 0xB6, 0xBC};  // second bytes of ä ë ï ö ü
  if (word.size() < 3 || static_cast<unsigned char>(word[0]) != 0xC3) return;
  for (int v = 0; v < 5; ++v)
    if (static_cast<unsigned char>(word[1]) == kMarked[v]) {
      word.replace(0, 2, 1, kPlain[v]);
      return;
    }
}

}  // namespace

std::string edit_script(const std::string& form, const std::string& lemma) {
  const auto keep = script_for(form, lemma, 'K');
  const auto lower = script_for(lowercase(form), lemma, 'L');
  return cost(lower) < cost(keep) ? lower : keep;
}

bool apply_edit_script(const std::string& form, const std::string& script, std::string& lemma) {
  const auto sep = script.find(kSep);
  const auto colon = script.find(':', sep == std::string::npos ? 0 : sep);
  if (script.size() < 4 || sep == std::string::npos || colon == std::string::npos) return false;
  std::size_t suf = 0;
  std::from_chars(script.data() + sep + 1, script.data() + colon, suf);
  const std::string src = script[0] == 'L' ? lowercase(form) : form;
  const std::string_view prefix(script.data() + 1, sep - 1);
  if (prefix.size() + suf > src.size() || std::string_view(src).substr(0, prefix.size()) != prefix) return false;
  lemma = src.substr(prefix.size(), src.size() - prefix.size() - suf) + script.substr(colon + 1);
  if (!prefix.empty()) drop_initial_diaeresis(lemma);
  // "theepotje" -> "thee_pot" teaches "-potje" -> "-_pot", which must not turn "potje" into "_pot".
  return !lemma.empty() && (lemma[0] != '_' || src[prefix.size()] == '_');
}

namespace {

// "Kenya" but not "EU" or "kenya": a capital that is likely sentence-initial.
bool title_case(const std::string& form) {
  return form.size() >= 2 && form[0] >= 'A' && form[0] <= 'Z' && lowercase(form.substr(1)) == form.substr(1);
}

std::vector<std::string> split_parts(const std::string& lemma) {
  std::vector<std::string> parts;
  for (std::size_t a = 0, b = 0; b != std::string::npos; a = b + 1) {
    b = lemma.find('_', a);
    parts.push_back(lemma.substr(a, b == std::string::npos ? b : b - a));
  }
  return parts;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Vowel groups in an ASCII stem: "schik" 1, "herinner" 3.
int syllables(const std::string& stem) {
  int n = 0;
  for (std::size_t i = 0; i < stem.size(); ++i) n += is_vowel(stem[i]) && (i == 0 || !is_vowel(stem[i - 1]));
  return n;
}

// Repairs the spelling of a Dutch infinitive the suffix rules made for an
// unknown weak verb, by the rules of Dutch spelling the few treebank
// examples of each stem ending cannot teach. `lower` is the verb form.
// Returns "" when nothing needs repair.
std::string dutch_infinitive(const std::string& lower, const std::string& lemma) {
  if (lemma.size() < 5 || lemma.compare(lemma.size() - 2, 2, "en") != 0) return {};
  for (const char ch : lemma)
    if (static_cast<unsigned char>(ch) >= 0x80) return {};
  const std::size_t n = lemma.size() - 2;  // the stem is lemma[0, n)
  const char c = lemma[n - 1];
  if (is_vowel(c) || c == 'j' || c == 'w' || c == 'y') return {};
  auto single = [&](std::size_t i) { return i == 0 || !is_vowel(lemma[i - 1]); };  // lemma[i] opens its vowel group
  // A long vowel is written once in an open syllable ("waagde" -> "wagen"),
  // and a voiced past ending shows that the stem's f or s is a v or z ("handhaafde" -> "handhaven").
  if (n >= 3 && lemma[n - 2] == lemma[n - 3] && is_vowel(lemma[n - 2]) && lemma[n - 2] != 'i' && single(n - 3)) {
    char consonant = c;
    if ((c == 'f' || c == 's') && lower.find(std::string(1, c) + 'd') != std::string::npos) consonant = c == 'f' ? 'v' : 'z';
    return lemma.substr(0, n - 3) + lemma[n - 2] + consonant + "en";
  }
  // Nor is a consonant doubled after it ("speelde" -> "speellen" -> "spelen").
  if (n >= 4 && lemma[n - 2] == c && lemma[n - 3] == lemma[n - 4] && is_vowel(lemma[n - 3]) && lemma[n - 3] != 'i' &&
      single(n - 4) && lower.find(lemma.substr(n - 4, 3)) != std::string::npos)
    return lemma.substr(0, n - 4) + lemma[n - 3] + c + "en";
  // A short vowel keeps its syllable closed by doubling the consonant: the
  // form shows the one-syllable stem closed by its past ending ("schikte" -> "schikken").
  const auto stem = lemma.substr(0, n);
  if (n >= 2 && is_vowel(lemma[n - 2]) && single(n - 2) && c != 'h' && c != 'v' && c != 'z' && syllables(stem) == 1 &&
      (lower.find(stem + 't') != std::string::npos || lower.find(stem + 'd') != std::string::npos))
    return stem + c + "en";
  // An unstressed e the rules dropped before r or l ("herinnert" -> "herinnren" -> "herinneren").
  if ((c == 'r' || c == 'l') && n >= 3 && !is_vowel(lemma[n - 2])) {
    const auto with_e = lemma.substr(0, n - 1) + 'e' + c;
    if (lower.find(with_e) != std::string::npos) return with_e + "en";
  }
  return {};
}

bool splits(const std::string& upos) { return upos == "NOUN" || upos == "ADJ" || upos == "VERB"; }

}  // namespace

bool read_lemma_lexicon(const std::string& path, LemmaLexicon& out, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    if (error) *error = path + ": cannot open lemma lexicon";
    return false;
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream fields(line);
    std::string kind, value;
    if (!(fields >> kind)) continue;
    if (!(fields >> value)) {
      if (error) *error = path + ":" + std::to_string(n) + ": expected a value after '" + kind + "'";
      return false;
    }
    if (kind == "particle") {
      out.particles.push_back(value);
    } else if (kind == "prefix") {
      out.prefixes.push_back(value);
    } else if (kind == "rule") {
      if (value != kDutchVerbs && value != kCompoundTails && value != kVerbFinal) {
        if (error) *error = path + ":" + std::to_string(n) + ": unknown rule '" + value + "'";
        return false;
      }
      out.rules.push_back(value);
    } else {
      std::string form;
      bool any = false;
      while (fields >> form) out.forms.push_back({form, kind, value}), any = true;
      if (!any) {
        if (error) *error = path + ":" + std::to_string(n) + ": expected forms after the lemma '" + value + "'";
        return false;
      }
    }
  }
  return true;
}

bool LemmaLexicon::has_rule(const std::string& name) const {
  return std::find(rules.begin(), rules.end(), name) != rules.end();
}

std::vector<std::pair<std::string, std::string>> tag_facts(const LemmaLexicon& lexicon) {
  std::vector<std::pair<std::string, std::string>> facts;
  for (const auto& entry : lexicon.forms) facts.emplace_back(lowercase(entry.form), entry.upos);
  std::sort(facts.begin(), facts.end());
  facts.erase(std::unique(facts.begin(), facts.end()), facts.end());
  return facts;
}

void set_tagger_knowledge(const LemmaLexicon& lexicon, TrainOptions& options) {
  options.tag_lexicon = tag_facts(lexicon);
  options.compound_tails = lexicon.has_rule(kCompoundTails);
  options.verb_final = lexicon.has_rule(kVerbFinal);
}

std::string Lemmatizer::lemma_of(const AnnotatedWord& word, bool sentence_start) const {
  if (auto it = exact_.find(word.form + '\t' + word.upos + '\t' + word.feats); it != exact_.end()) return it->second;
  const auto lower = lowercase(word.form);
  if (auto it = by_pos_.find(lower + '\t' + word.upos); it != by_pos_.end()) return it->second;
  // An unseen capitalised common word at a sentence start is capitalised for
  // that reason alone: its lemma is lowercase. Elsewhere the capital is the
  // word's own ("Poolse" -> "Pools") and the rules keep it.
  AnnotatedWord w = word;
  if (w.upos != "PROPN" && title_case(w.form) && sentence_start) w.form = lower;
  const auto whole = rule_lemma(w);
  // A form the treebank knows under another UPOS is more likely mistagged
  // than a new word, unless the rules make it a known lemma of this UPOS.
  if (w.upos != "PROPN")
    if (auto other = lemma_as_other_pos(lower); !other.empty() && !known_lemmas_.count(w.upos + '\t' + whole))
      return other;
  if (w.upos != "VERB" && (!split_compounds_ || !splits(w.upos))) return whole;
  const auto dash = w.form.rfind('-');
  if (split_compounds_ && w.upos != "VERB" && dash != std::string::npos && dash > 0 && dash + 1 < w.form.size()) {
    AnnotatedWord tail = w;
    tail.form = w.form.substr(dash + 1);
    auto head = w.form.substr(0, dash);
    for (auto& c : head)
      if (c == '-') c = '_';
    return head + "_" + lemma_of(tail);
  }
  // A word the treebank knows whole ("standaard", "luchthaven") is not a compound.
  if (w.upos == "VERB" ? known_lemmas_.count("VERB\t" + whole) > 0 : known_whole(lower, whole)) return whole;
  if (split_compounds_)
    if (auto split = split_compound(w, lower); !split.empty()) return split;
  if (w.upos == "VERB")
    if (auto prefixed = prefixed_verb(w, lower); !prefixed.empty()) return prefixed;
  return whole;
}

std::string Lemmatizer::lemma_as_other_pos(const std::string& lower) const {
  // Universal tags, open classes first; PROPN lemmas keep their capitals and are left out.
  static const char* const kTags[] = {"NOUN", "VERB", "ADJ", "ADV", "AUX", "ADP", "PRON", "DET", "NUM", "X", "INTJ", "SCONJ", "CCONJ"};
  for (const char* tag : kTags)
    if (auto it = by_pos_.find(lower + '\t' + tag); it != by_pos_.end()) return it->second;
  return {};
}

std::string Lemmatizer::prefixed_verb(const AnnotatedWord& w, const std::string& lower) const {
  // An inseparable prefix before a known (often irregular) form keeps that
  // form's lemma: "verbraken" = "ver" + "braken" (of "breken"), and
  // "verbroken" = "ver" + "broken", the participle without its "ge".
  for (std::size_t k = 2; k <= kMaxPrefix && k + 3 <= lower.size(); ++k) {
    if (!first_parts_.count("PREFIX\t" + lower.substr(0, k))) continue;
    AnnotatedWord rest = w;
    rest.form = lower.substr(k);
    // No participle prefix follows an inseparable one: "be|geleid" is "begeleiden", not "be" + "leiden".
    const auto expected = expected_prefix(rest);
    if (!expected.empty() && rest.form.compare(0, expected.size(), expected) == 0) continue;
    for (const auto& form : {rest.form, expected + rest.form})
      if (const auto it = by_pos_.find(form + '\t' + w.upos);
          it != by_pos_.end() && it->second.find('_') == std::string::npos)
        return lower.substr(0, k) + it->second;
  }
  return {};
}

std::string Lemmatizer::rule_lemma(const AnnotatedWord& w) const {
  // The most specific rule proposes first; a later proposal wins only when
  // it is a lemma the treebank knows for this UPOS and the first is not
  // ("gespeeld": "gespelen" from the "-eeld" rule, "spelen" from "ge-…-d").
  const auto lower = lowercase(w.form);
  std::vector<std::string> openings;  // prefixes of this form with rules of their own, then none
  for (const auto& prefix : strip_prefixes_)
    if (lower.size() > prefix.size() + 2 && lower.compare(0, prefix.size(), prefix) == 0)
      openings.push_back(prefix + kSep);
  openings.emplace_back();
  const std::string keys[2] = {w.upos + '\t' + w.feats + '\t', w.upos + '\t'};
  std::string first, first_stripping;  // the first proposal, and the first that strips a prefix
  bool first_strips = false;
  int proposals = 0;
  for (const auto& key : keys)
    for (int k = kMaxSuffix; k >= 0 && proposals < kMaxProposals; --k)
      for (const auto& opening : openings) {
        const auto it = rules_.find(key + opening + std::string(suffix_chars(lower, k)));
        std::string lemma;
        if (it == rules_.end() || !apply_edit_script(w.form, it->second, lemma)) continue;
        if (known_lemmas_.count(w.upos + '\t' + lemma)) return lemma;
        const bool strips = it->second.size() > 1 && it->second[1] != kSep;
        if (strips && first_stripping.empty()) first_stripping = lemma;
        if (proposals++ == 0) first = std::move(lemma), first_strips = strips;
      }
  if (!proposals) return w.form;
  // Verb stems change spelling with their ending ("speelden" -> "speelen",
  // but "spelen"); other tags lost more than they gained (tools/lemma_dev).
  if (w.upos == "VERB") {
    if (auto near = known_neighbour(first, w.upos); !near.empty()) return near;
    if (first_parts_.count(std::string("RULE\t") + kDutchVerbs)) {
      // An unknown Dutch participle opening with "ge" has the participle's
      // "ge" far more often than a "ge" of its own ("gebeurd" is known):
      // "gespeeld" -> "spelen", not "gespelen" by the longer "-eeld" rule.
      if (!first_strips && !first_stripping.empty() && w.feats.find("VerbForm=Part") != std::string::npos)
        first = first_stripping;
      if (auto near = known_neighbour(first, w.upos); !near.empty()) return near;
      if (auto repaired = dutch_infinitive(lower, first); !repaired.empty()) return repaired;
    }
  }
  return first;
}

// The one known lemma of this UPOS a doubled letter away from `lemma`
// (one dropped or one added before the last two bytes), if there is exactly one.
std::string Lemmatizer::known_neighbour(const std::string& lemma, const std::string& upos) const {
  const std::size_t end = lemma.size() >= 3 ? lemma.size() - 2 : 0;
  std::vector<std::string> found;
  auto check = [&](std::string candidate) {
    if (known_lemmas_.count(upos + '\t' + candidate) && std::find(found.begin(), found.end(), candidate) == found.end())
      found.push_back(std::move(candidate));
  };
  for (std::size_t i = 1; i < end; ++i) {
    const char c = lemma[i];
    if (static_cast<unsigned char>(c) >= 0x80) continue;
    if (c == lemma[i - 1]) check(lemma.substr(0, i) + lemma.substr(i + 1));
    check(lemma.substr(0, i + 1) + c + lemma.substr(i + 1));
  }
  return found.size() == 1 ? found[0] : std::string();
}

// The lemma of a compound's last part: as seen in training, else by the rules,
// and only when that lemma is one the treebank knows (possibly itself a compound).
std::string Lemmatizer::tail_lemma(const AnnotatedWord& w, const std::string& tail) const {
  if (auto it = by_pos_.find(tail + '\t' + w.upos); it != by_pos_.end()) return it->second;
  AnnotatedWord t = w;
  t.form = tail;
  auto lemma = rule_lemma(t);
  return known_lemmas_.count(w.upos + '\t' + lemma) ? lemma : std::string();
}

void Lemmatizer::index_known_lemmas() {
  strip_prefixes_.clear();
  for (const auto& [key, script] : rules_)
    if (const auto sep = key.find(kSep); sep != std::string::npos) {
      const auto tab = key.rfind('\t', sep);
      const auto prefix = key.substr(tab + 1, sep - tab - 1);
      if (std::find(strip_prefixes_.begin(), strip_prefixes_.end(), prefix) == strip_prefixes_.end())
        strip_prefixes_.push_back(prefix);
    }
  // The longest prefix proposes first, in an order that does not depend on hashing.
  std::sort(strip_prefixes_.begin(), strip_prefixes_.end(),
            [](const std::string& a, const std::string& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
  known_lemmas_.clear();
  whole_forms_.clear();
  whole_lemmas_.clear();
  for (const auto& [key, lemma] : by_pos_) {
    known_lemmas_.insert(key.substr(key.rfind('\t') + 1) + '\t' + lemma);
    if (lemma.find('_') != std::string::npos) continue;
    whole_forms_.insert(key.substr(0, key.rfind('\t')));
    whole_lemmas_.insert(lowercase(lemma));
  }
}

bool Lemmatizer::known_whole(const std::string& lower, const std::string& lemma) const {
  return whole_forms_.count(lower) > 0 || whole_lemmas_.count(lowercase(lemma)) > 0;
}

bool Lemmatizer::known_part(const std::string& part, const std::string& upos) const {
  return first_parts_.count((upos == "VERB" ? "VERB\t" : "*\t") + part) > 0;
}

std::string Lemmatizer::head_part(const std::string& part) const {
  // "regering" as is; "regerings" before its linking morpheme; "mensen" as
  // the plural of a known noun ("mensenkudde" -> "mens_kudde").
  if (part.size() < 3) return {};
  auto usable = [&](const std::string& p) { return known_part(p, "*") && !first_parts_.count("-\t" + p); };
  for (const auto& link : linkers_)
    if (part.size() > link.size() + 2 && part.compare(part.size() - link.size(), link.size(), link) == 0) {
      auto stem = part.substr(0, part.size() - link.size());
      if (usable(stem)) return stem;
    }
  if (usable(part)) return part;
  if (auto it = by_pos_.find(part + "\tNOUN"); it != by_pos_.end() && it->second.find('_') == std::string::npos &&
                                               usable(lowercase(it->second)))
    return lowercase(it->second);
  return {};
}

std::string Lemmatizer::split_compound(const AnnotatedWord& w, const std::string& lower) const {
  if (lower.find('_') != std::string::npos || lower.find('-') != std::string::npos) return {};
  if (w.upos == "VERB") return split_particle_verb(w, lower);
  // Fewest parts wins, then the longest last part: cost[i] is the fewest
  // known parts lower[0, i) splits into (-1: none), lemma[i] their lemmas.
  const std::size_t n = lower.size();
  std::vector<int> cost(n + 1, -1);
  std::vector<std::string> lemma(n + 1);
  cost[0] = 0;
  auto starts_char = [&](std::size_t i) { return i >= n || (static_cast<unsigned char>(lower[i]) & 0xC0) != 0x80; };
  for (std::size_t i = kMinPart; i + kMinPart <= n; ++i) {
    if (!starts_char(i)) continue;
    for (std::size_t j = 0; j + kMinPart <= i; ++j) {
      if (cost[j] < 0 || !starts_char(j)) continue;
      const auto part = head_part(lower.substr(j, i - j));
      if (part.empty() || (cost[i] >= 0 && cost[i] <= cost[j] + 1)) continue;
      cost[i] = cost[j] + 1;
      lemma[i] = lemma[j] + part + "_";
    }
  }
  for (std::size_t j = kMinPart; j + kMinPart <= n; ++j) {  // the longest last part that splits
    if (cost[j] < 0) continue;
    auto tail = tail_lemma(w, lower.substr(j));
    if (!tail.empty() && !first_parts_.count("~\t" + lowercase(tail.substr(tail.rfind('_') + 1))))
      return lemma[j] + tail;
  }
  // Still no split: a long word whose parts the treebank does not know as
  // such is split when one side is known well enough. A known first part
  // and a long unknown last part ("regerings|onderhandelaars"), or an unknown
  // first part before a known last part of some length ("tepel|houder").
  for (std::size_t j = n < kMinUnknownTail ? 0 : n - kMinUnknownTail; j >= kMinKnownHead; --j) {  // linker in the head
    if (cost[j] != 1 || lemma[j].size() <= kMinKnownHead) continue;
    // A linker of two letters belongs to the head: "vrouwen|wijding", not
    // "vrouw|enwijding". Few words open with "en"; many with "s" ("partij|standpunt").
    for (const auto& link : linkers_)
      if (link.size() >= 2 && lower.compare(j, link.size(), link) == 0 && j + link.size() + kMinPart <= n &&
          cost[j + link.size()] == 1) {
        j += link.size();
        break;
      }
    AnnotatedWord t = w;
    t.form = lower.substr(j);
    return lemma[j] + rule_lemma(t);
  }
  for (std::size_t j = kMinUnknownHead; j + kMinKnownTail <= n; ++j) {
    if (!starts_char(j)) continue;
    const auto tail = tail_lemma(w, lower.substr(j));
    if (tail.empty() || tail.find('_') != std::string::npos || first_parts_.count("~\t" + tail)) continue;
    return strip_linker(lower.substr(0, j)) + "_" + tail;
  }
  return {};
}

std::string Lemmatizer::strip_linker(std::string head) const {
  for (const auto& link : linkers_)
    if (head.size() >= link.size() + kMinPart && head.compare(head.size() - link.size(), link.size(), link) == 0) {
      head.resize(head.size() - link.size());
      break;
    }
  return head;
}

std::string Lemmatizer::split_particle_verb(const AnnotatedWord& w, const std::string& lower) const {
  // A separable particle joins the verb's lemma ("opgelost" -> "op_lossen").
  // When the rules expect forms like the rest to open with a prefix (the "ge"
  // of past participles), a rest without it is no verb of its own unless it
  // opens with an inseparable prefix ("voor|bereid"): "onder|tekend" is the
  // participle of the inseparable "ondertekenen".
  for (std::size_t j = 2; j + 3 <= lower.size(); ++j) {
    const auto head = lower.substr(0, j);
    if (!known_part(head, "VERB")) continue;
    const auto rest = lower.substr(j);
    AnnotatedWord t = w;
    t.form = rest;
    const auto prefix = expected_prefix(t);
    if (rest.compare(0, prefix.size(), prefix) != 0 && !inseparable_start(rest)) continue;
    // A rest with the expected prefix is a verb form even when its lemma is new ("op|gekondigd").
    auto tail = tail_lemma(w, rest);
    if (tail.empty() && !prefix.empty()) tail = rule_lemma(t);
    if (tail.empty() || tail.find('_') != std::string::npos) continue;
    return head + "_" + tail;
  }
  return {};
}

std::string Lemmatizer::expected_prefix(const AnnotatedWord& w) const {
  const auto lower = lowercase(w.form);
  const auto key = w.upos + '\t' + w.feats + '\t';
  for (int k = kMaxSuffix; k >= 0; --k)
    if (const auto it = rules_.find(key + std::string(suffix_chars(lower, k))); it != rules_.end())
      return it->second.substr(1, it->second.find(kSep) - 1);
  return {};
}

bool Lemmatizer::inseparable_start(const std::string& rest) const {
  for (std::size_t k = 2; k <= kMaxPrefix && k + 3 <= rest.size(); ++k)
    if (first_parts_.count("PREFIX\t" + rest.substr(0, k))) return true;
  return false;
}

void Lemmatizer::join_particles(std::vector<AnnotatedWord>& words) const {
  if (!particle_lemmas_) return;
  const int n = static_cast<int>(words.size());
  std::vector<bool> has_dependents(words.size(), false);
  for (const auto& w : words)
    if (w.head >= 1 && w.head <= n) has_dependents[w.head - 1] = true;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    if (w.deprel != "compound:prt" || w.head < 1 || w.head > n) continue;
    // A "particle" with words of its own heads a phrase ("riep zijn
    // ambassadeur terug voor overleg"): a preposition the parser misread.
    if (has_dependents[i]) continue;
    auto& verb = words[w.head - 1];
    const auto particle = lowercase(w.form);
    // Where the treebank's verbs' parts are known, only a word known to
    // start a verb's lemma: a parser's stray compound:prt ("tot veertig jaar
    // cel veroordeeld") is no particle.
    if (verb.upos != "VERB" || verb.lemma.compare(0, particle.size() + 1, particle + "_") == 0 ||
        first_parts_.count("NOJOIN\t" + particle) || (split_compounds_ && !first_parts_.count("VERB\t" + particle)))
      continue;
    if (verb.lemma.find('_') != std::string::npos) verb.lemma = verb.lemma.substr(verb.lemma.rfind('_') + 1);
    verb.lemma = particle + "_" + verb.lemma;
  }
}

void Lemmatizer::lemmatize(std::vector<AnnotatedWord>& words) const {
  // The first word, or the second after opening punctuation (a quote, a dash).
  for (std::size_t i = 0; i < words.size(); ++i)
    words[i].lemma = lemma_of(words[i], i == 0 || (i == 1 && words[0].upos == "PUNCT"));
}

void Lemmatizer::train(const std::vector<ParsedSentence>& train, const LemmaLexicon& lexicon) {
  std::map<std::string, std::map<std::string, int>> exact, by_pos, rules;
  struct Sample {
    std::string upos, feats, lower, script;
  };
  std::vector<Sample> samples;
  std::size_t nouns = 0, marked = 0;
  for (const auto& s : train)
    for (const auto& word : s.words) {
      if (word.lemma == "_" || word.lemma.empty()) continue;
      // A separated particle joins the verb's lemma after parsing
      // (join_particles): the dictionaries learn the bare verb.
      AnnotatedWord w = word;
      for (const auto& other : s.words)
        if (other.deprel == "compound:prt" && other.head >= 1 && &s.words[other.head - 1] == &word) {
          const auto prefix = lowercase(other.form) + "_";
          if (w.lemma.compare(0, prefix.size(), prefix) == 0) w.lemma = w.lemma.substr(prefix.size());
        }
      // A particle the form does not start with stands elsewhere in the
      // sentence ("kwam … tegemoet"): the form alone cannot predict it.
      if (const auto bar = w.lemma.find('_'); w.upos == "VERB" && bar != std::string::npos &&
                                              lowercase(w.form).compare(0, bar, lowercase(w.lemma.substr(0, bar))) != 0)
        w.lemma = w.lemma.substr(bar + 1);
      if (w.upos == "NOUN") {
        ++nouns;
        marked += w.lemma.find('_') != std::string::npos && w.form.find('_') == std::string::npos;
      }
      ++exact[w.form + '\t' + w.upos + '\t' + w.feats][w.lemma];
      const auto lower = lowercase(w.form);
      ++by_pos[lower + '\t' + w.upos][w.lemma];
      samples.push_back({w.upos, w.feats, lower, edit_script(w.form, w.lemma)});
    }
  // Prefixes the scripts strip often ("ge" of Dutch participles) get rules of
  // their own, learnt from every form that opens with them, so "gespeeld"
  // follows "geverdeeld" rather than "bespeeld".
  std::map<std::string, int> prefix_counts;
  for (const auto& sample : samples)
    if (const auto sep = sample.script.find(kSep); sep > 1) ++prefix_counts[sample.script.substr(1, sep - 1)];
  std::vector<std::string> prefixes;
  for (const auto& [prefix, count] : prefix_counts)
    if (count >= kMinPrefixCount) prefixes.push_back(prefix);
  for (const auto& sample : samples) {
    const std::string keys[2] = {sample.upos + '\t' + sample.feats + '\t', sample.upos + '\t'};
    for (const auto& key : keys) {
      add_rules(rules, key, sample.lower, sample.script);
      for (const auto& prefix : prefixes)
        if (sample.lower.size() > prefix.size() + 2 && sample.lower.compare(0, prefix.size(), prefix) == 0)
          add_rules(rules, key + prefix + kSep, sample.lower, sample.script);
    }
  }
  split_compounds_ = nouns > 0 && marked * 50 > nouns;  // over 2% of nouns
  // Compound parts and linking morphemes: "regeringsvorming" = "regering" + "s" + "vorming".
  first_parts_.clear();
  std::map<std::string, int> links;
  std::size_t particles = 0, joined = 0;
  std::map<std::string, std::pair<int, int>> particle_joins;  // particle -> (in the verb's lemma, not)
  for (const auto& s : train)
    for (const auto& w : s.words) {
      // A lemma "_" is unknown (a converted older file): nothing is learnt from it.
      if (w.deprel == "compound:prt" && w.head >= 1 && w.head <= static_cast<int>(s.words.size()) &&
          s.words[w.head - 1].lemma != "_") {
        ++particles;
        const bool in_lemma = s.words[w.head - 1].lemma.compare(0, w.form.size() + 1, lowercase(w.form) + "_") == 0;
        joined += in_lemma;
        (in_lemma ? particle_joins[lowercase(w.form)].first : particle_joins[lowercase(w.form)].second)++;
      }
      if (!split_compounds_ || !splits(w.upos) || w.lemma == "_" || w.lemma.empty()) continue;
      const auto lower = lowercase(w.form);
      const auto lemma = lowercase(w.lemma);
      if (lemma.find('_') == std::string::npos) {
        if (w.upos != "VERB" && lemma.size() >= 3) first_parts_.insert("*\t" + lemma);
        continue;
      }
      const auto first = lemma.substr(0, lemma.find('_'));
      first_parts_.insert((w.upos == "VERB" ? "VERB\t" : "*\t") + first);
      // Every part before the last, marked as seen inside a compound ("+"):
      // "wereld_markt_leider" teaches "markt" too.
      if (w.upos != "VERB")
        for (std::size_t a = 0, b; (b = lemma.find('_', a)) != std::string::npos; a = b + 1) {
          first_parts_.insert("*\t" + lemma.substr(a, b - a));
          first_parts_.insert("+\t" + lemma.substr(a, b - a));
        }
      const auto rest = lemma.substr(first.size() + 1);
      if (lower.compare(0, first.size(), first) != 0 || rest.size() < 3) continue;
      for (std::size_t k = 0; k <= 3 && first.size() + k + 3 <= lower.size(); ++k)
        if (lower.compare(first.size() + k, 3, rest, 0, 3) == 0) {
          if (k > 0) ++links[lower.substr(first.size(), k)];
          break;
        }
    }
  linkers_.clear();
  for (const auto& [link, count] : links)
    if (count >= 5 && link.find('_') == std::string::npos) linkers_.push_back(link);
  particle_lemmas_ = particles > 0 && joined * 2 > particles;
  // Some compound:prt dependents stay out of the lemma ("tot" of "tot stand
  // brengen", "zien" of "laten zien"): those the treebank mostly leaves out.
  for (const auto& [particle, counts] : particle_joins)
    if (particle_lemmas_ && counts.second > counts.first) first_parts_.insert("NOJOIN\t" + particle);
  exact_.clear();
  by_pos_.clear();
  rules_.clear();
  for (const auto& [key, counts] : exact) exact_[key] = most_frequent(counts);
  for (const auto& [key, counts] : by_pos) by_pos_[key] = most_frequent(counts);
  // The lexicon's forms fill gaps; the treebank's own lemmas win.
  for (const auto& entry : lexicon.forms) by_pos_.emplace(lowercase(entry.form) + '\t' + entry.upos, entry.lemma);
  for (const auto& particle : lexicon.particles) first_parts_.insert("VERB\t" + particle);
  for (const auto& prefix : lexicon.prefixes) first_parts_.insert("PREFIX\t" + prefix);
  for (const auto& rule : lexicon.rules) first_parts_.insert("RULE\t" + rule);
  for (const auto& [key, counts] : rules) {
    int total = 0;
    auto best = most_frequent(counts, &total);
    if (total >= kMinRuleCount) rules_[key] = std::move(best);
  }
  index_known_lemmas();
  if (split_compounds_) learn_unsplit_parts();
}

void Lemmatizer::learn_unsplit_parts() {
  // Splitting the training words themselves shows which parts mislead: a
  // derivational ending ("handel|aar") or a particle-like head ("over|stap")
  // splits words the treebank keeps whole more often than it splits correctly.
  // A last part is distrusted only when it never split a word rightly: most
  // wrong last parts are already caught by the keep-whole check.
  std::map<std::string, std::pair<int, int>> heads, tails;  // part -> (right splits, wrong splits)
  for (const auto& [key, gold] : by_pos_) {
    const auto tab = key.rfind('\t');
    AnnotatedWord w{key.substr(0, tab)};
    w.upos = key.substr(tab + 1);
    if (w.upos == "VERB" || !splits(w.upos)) continue;
    const auto split = split_compound(w, w.form);
    const auto lemma = lowercase(gold);
    const bool whole = lemma.find('_') == std::string::npos;
    if (split.empty()) continue;
    const auto parts = split_parts(split), gold_parts = split_parts(lemma);
    // In a treebank compound, a part is right when the gold lemma has it too.
    auto right = [&](const std::string& part) {
      return !whole && std::find(gold_parts.begin(), gold_parts.end(), part) != gold_parts.end();
    };
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) (right(parts[i]) ? heads[parts[i]].first : heads[parts[i]].second)++;
    (!whole && parts.back() == gold_parts.back() ? tails[parts.back()].first : tails[parts.back()].second)++;
  }
  for (const auto& [part, counts] : heads)
    if (counts.second >= kMinWrongSplits && counts.second > counts.first) first_parts_.insert("-\t" + part);
  for (const auto& [part, counts] : tails)
    if (counts.second >= kMinWrongSplits && counts.first == 0) first_parts_.insert("~\t" + part);
}

namespace {

void save_map(BinaryWriter& out, const std::unordered_map<std::string, std::string>& m) {
  const std::map<std::string, std::string> sorted(m.begin(), m.end());
  out.u32(static_cast<std::uint32_t>(sorted.size()));
  for (const auto& [k, v] : sorted) {
    out.str(k);
    out.str(v);
  }
}

bool load_map(BinaryReader& in, std::unordered_map<std::string, std::string>& m) {
  const auto n = in.u32();
  m.clear();
  if (in.ok()) m.reserve(std::min<std::uint32_t>(n, 1u << 24));  // one allocation, no rehashing
  for (std::uint32_t i = 0; i < n && in.ok(); ++i) {
    auto k = in.str();
    m[std::move(k)] = in.str();
  }
  return in.ok();
}

}  // namespace

void Lemmatizer::save(BinaryWriter& out) const {
  save_map(out, exact_);
  save_map(out, by_pos_);
  save_map(out, rules_);
  out.u8(split_compounds_ ? 1 : 0);
  out.u8(particle_lemmas_ ? 1 : 0);
  const std::set<std::string> parts(first_parts_.begin(), first_parts_.end());
  out.u32(static_cast<std::uint32_t>(parts.size()));
  for (const auto& part : parts) out.str(part);
  out.u32(static_cast<std::uint32_t>(linkers_.size()));
  for (const auto& link : linkers_) out.str(link);
}

bool Lemmatizer::load(BinaryReader& in) {
  if (!load_map(in, exact_) || !load_map(in, by_pos_) || !load_map(in, rules_)) return false;
  split_compounds_ = in.u8() != 0;
  particle_lemmas_ = in.u8() != 0;
  first_parts_.clear();
  const auto n_parts = in.u32();
  if (in.ok()) first_parts_.reserve(std::min<std::uint32_t>(n_parts, 1u << 24));
  for (std::uint32_t i = 0; i < n_parts && in.ok(); ++i) first_parts_.insert(in.str());
  linkers_.clear();
  const auto n_links = in.u32();
  for (std::uint32_t i = 0; i < n_links && in.ok(); ++i) linkers_.push_back(in.str());
  index_known_lemmas();
  return in.ok();
}

}  // namespace dyad::nlp
