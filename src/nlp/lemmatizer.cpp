#include "nlp/lemmatizer.h"

#include <charconv>
#include <map>

#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr int kMaxSuffix = 6;
constexpr int kMinRuleCount = 2;  // a suffix seen once is the word itself, not a rule

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

std::string Lemmatizer::lemma_of(const AnnotatedWord& w) const {
  if (auto it = exact_.find(w.form + '\t' + w.upos + '\t' + w.feats); it != exact_.end()) return it->second;
  const auto lower = lowercase(w.form);
  if (auto it = by_pos_.find(lower + '\t' + w.upos); it != by_pos_.end()) return it->second;
  if (split_compounds_ && w.upos == "NOUN")
    if (auto split = split_compound(lower); !split.empty()) return split;
  const std::string keys[2] = {w.upos + '\t' + w.feats + '\t', w.upos + '\t'};
  for (const auto& key : keys)
    for (int k = kMaxSuffix; k >= 0; --k) {
      const auto suffix = suffix_chars(lower, k);
      const auto it = rules_.find(key + std::string(suffix));
      std::string lemma;
      if (it != rules_.end() && apply_edit_script(w.form, it->second, lemma)) return lemma;
    }
  return w.form;
}

std::string Lemmatizer::split_compound(const std::string& lower) const {
  constexpr std::size_t kMinPart = 3;
  if (lower.find('_') != std::string::npos || lower.find('-') != std::string::npos) return {};
  for (std::size_t j = kMinPart; j + 4 <= lower.size(); ++j) {  // the longest known tail wins
    if ((static_cast<unsigned char>(lower[j]) & 0xC0) == 0x80) continue;
    const auto it = by_pos_.find(lower.substr(j) + "\tNOUN");
    if (it != by_pos_.end()) return lower.substr(0, j) + "_" + it->second;
  }
  return {};
}

void Lemmatizer::lemmatize(std::vector<AnnotatedWord>& words) const {
  for (auto& w : words) w.lemma = lemma_of(w);
}

void Lemmatizer::train(const std::vector<ParsedSentence>& train) {
  std::map<std::string, std::map<std::string, int>> exact, by_pos, rules;
  std::size_t nouns = 0, marked = 0;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.lemma == "_" || w.lemma.empty()) continue;
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
}

bool Lemmatizer::load(BinaryReader& in) {
  if (!load_map(in, exact_) || !load_map(in, by_pos_) || !load_map(in, rules_)) return false;
  split_compounds_ = in.u8() != 0;
  return in.ok();
}

}  // namespace dyad::nlp
