#include "nlp/lemmatizer.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr int kMaxSuffix = 6;
constexpr int kMinRuleCount = 2;  // a suffix seen once is the word itself, not a rule
constexpr int kMaxProposals = 4;  // rules consulted for an unseen form

constexpr char kSep = '\x1F';

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
  return !lemma.empty();
}

namespace {

// "Kenya" but not "EU" or "kenya": a capital that is likely sentence-initial.
bool title_case(const std::string& form) {
  return form.size() >= 2 && form[0] >= 'A' && form[0] <= 'Z' && lowercase(form.substr(1)) == form.substr(1);
}

bool splits(const std::string& upos) { return upos == "NOUN" || upos == "ADJ" || upos == "VERB"; }

}  // namespace

std::string Lemmatizer::lemma_of(const AnnotatedWord& word) const {
  if (auto it = exact_.find(word.form + '\t' + word.upos + '\t' + word.feats); it != exact_.end()) return it->second;
  const auto lower = lowercase(word.form);
  if (auto it = by_pos_.find(lower + '\t' + word.upos); it != by_pos_.end()) return it->second;
  // An unseen capitalised common word is a sentence start: its lemma is lowercase.
  AnnotatedWord w = word;
  if (w.upos != "PROPN" && title_case(w.form)) w.form = lower;
  if (split_compounds_ && splits(w.upos)) {
    const auto dash = w.form.rfind('-');
    if (w.upos != "VERB" && dash != std::string::npos && dash > 0 && dash + 1 < w.form.size()) {
      AnnotatedWord tail = w;
      tail.form = w.form.substr(dash + 1);
      auto head = w.form.substr(0, dash);
      for (auto& c : head)
        if (c == '-') c = '_';
      return head + "_" + lemma_of(tail);
    }
    if (auto split = split_compound(lower, w.upos); !split.empty()) return split;
  }
  // The most specific rule proposes first; a later proposal wins only when
  // it is a lemma the treebank knows for this UPOS and the first is not
  // ("gespeeld": "gespelen" from the "-eeld" rule, "spelen" from "ge-…-d").
  const std::string keys[2] = {w.upos + '\t' + w.feats + '\t', w.upos + '\t'};
  std::string first;
  int proposals = 0;
  for (const auto& key : keys)
    for (int k = kMaxSuffix; k >= 0 && proposals < kMaxProposals; --k) {
      const auto suffix = suffix_chars(lower, k);
      const auto it = rules_.find(key + std::string(suffix));
      std::string lemma;
      if (it == rules_.end() || !apply_edit_script(w.form, it->second, lemma)) continue;
      if (known_lemmas_.count(w.upos + '\t' + lemma)) return lemma;
      if (proposals++ == 0) first = std::move(lemma);
    }
  return proposals ? first : w.form;
}

void Lemmatizer::index_known_lemmas() {
  known_lemmas_.clear();
  for (const auto& [key, lemma] : by_pos_) known_lemmas_.insert(key.substr(key.rfind('\t') + 1) + '\t' + lemma);
}

bool Lemmatizer::known_part(const std::string& part, const std::string& upos) const {
  return first_parts_.count((upos == "VERB" ? "VERB\t" : "*\t") + part) > 0;
}

std::string Lemmatizer::split_compound(const std::string& lower, const std::string& upos) const {
  // Verbs split only after a known particle; nouns and adjectives after any
  // known first part, optionally followed by a linking morpheme.
  const std::size_t min_part = upos == "VERB" ? 2 : 3;
  if (lower.find('_') != std::string::npos || lower.find('-') != std::string::npos) return {};
  for (std::size_t j = min_part; j + 3 <= lower.size(); ++j) {  // the longest known tail wins
    if ((static_cast<unsigned char>(lower[j]) & 0xC0) == 0x80) continue;
    const auto it = by_pos_.find(lower.substr(j) + '\t' + upos);
    if (it == by_pos_.end() || it->second.find('_') != std::string::npos) continue;
    const auto head = lower.substr(0, j);
    if (known_part(head, upos)) return head + "_" + it->second;
    if (upos == "VERB") continue;
    for (const auto& link : linkers_)
      if (head.size() > link.size() + 2 && head.compare(head.size() - link.size(), link.size(), link) == 0) {
        const auto stem = head.substr(0, head.size() - link.size());
        if (known_part(stem, upos)) return stem + "_" + it->second;
      }
  }
  return {};
}

void Lemmatizer::join_particles(std::vector<AnnotatedWord>& words) const {
  if (!particle_lemmas_) return;
  const int n = static_cast<int>(words.size());
  for (const auto& w : words) {
    if (w.deprel != "compound:prt" || w.head < 1 || w.head > n) continue;
    auto& verb = words[w.head - 1];
    const auto particle = lowercase(w.form);
    if (verb.upos != "VERB" || verb.lemma.compare(0, particle.size() + 1, particle + "_") == 0) continue;
    if (verb.lemma.find('_') != std::string::npos) verb.lemma = verb.lemma.substr(verb.lemma.rfind('_') + 1);
    verb.lemma = particle + "_" + verb.lemma;
  }
}

void Lemmatizer::lemmatize(std::vector<AnnotatedWord>& words) const {
  for (auto& w : words) w.lemma = lemma_of(w);
}

void Lemmatizer::train(const std::vector<ParsedSentence>& train) {
  std::map<std::string, std::map<std::string, int>> exact, by_pos, rules;
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
      if (w.upos == "NOUN") {
        ++nouns;
        marked += w.lemma.find('_') != std::string::npos && w.form.find('_') == std::string::npos;
      }
      ++exact[w.form + '\t' + w.upos + '\t' + w.feats][w.lemma];
      const auto lower = lowercase(w.form);
      ++by_pos[lower + '\t' + w.upos][w.lemma];
      const auto script = edit_script(w.form, w.lemma);
      const std::string keys[2] = {w.upos + '\t' + w.feats + '\t', w.upos + '\t'};
      for (const auto& key : keys)
        for (int k = 0; k <= kMaxSuffix; ++k) {
          const auto suffix = suffix_chars(lower, k);
          // A rule keyed by a suffix may only rewrite that suffix, else it is one word's whole lemma.
          if (stripped(script) <= suffix.size() || suffix.size() == lower.size())
            ++rules[key + std::string(suffix)][script];
          if (suffix.size() == lower.size()) break;
        }
    }
  split_compounds_ = nouns > 0 && marked * 50 > nouns;  // over 2% of nouns
  // Compound parts and linking morphemes: "regeringsvorming" = "regering" + "s" + "vorming".
  first_parts_.clear();
  std::map<std::string, int> links;
  std::size_t particles = 0, joined = 0;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.deprel == "compound:prt" && w.head >= 1 && w.head <= static_cast<int>(s.words.size())) {
        ++particles;
        joined += s.words[w.head - 1].lemma.compare(0, w.form.size() + 1, lowercase(w.form) + "_") == 0;
      }
      if (!split_compounds_ || !splits(w.upos)) continue;
      const auto lower = lowercase(w.form);
      const auto lemma = lowercase(w.lemma);
      if (lemma.find('_') == std::string::npos) {
        if (w.upos != "VERB" && lemma.size() >= 3) first_parts_.insert("*\t" + lemma);
        continue;
      }
      const auto first = lemma.substr(0, lemma.find('_'));
      first_parts_.insert((w.upos == "VERB" ? "VERB\t" : "*\t") + first);
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
  exact_.clear();
  by_pos_.clear();
  rules_.clear();
  for (const auto& [key, counts] : exact) exact_[key] = most_frequent(counts);
  for (const auto& [key, counts] : by_pos) by_pos_[key] = most_frequent(counts);
  for (const auto& [key, counts] : rules) {
    int total = 0;
    auto best = most_frequent(counts, &total);
    if (total >= kMinRuleCount) rules_[key] = std::move(best);
  }
  index_known_lemmas();
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
