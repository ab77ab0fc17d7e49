#include "nlp/lemmatizer.h"

#include <charconv>
#include <map>

#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr int kMaxSuffix = 6;
constexpr int kMinRuleCount = 2;  // a suffix seen once is the word itself, not a rule

std::string script_for(const std::string& src, const std::string& lemma, char mode) {
  std::size_t p = 0;
  while (p < src.size() && p < lemma.size() && src[p] == lemma[p]) ++p;
  return std::string(1, mode) + std::to_string(src.size() - p) + ":" + lemma.substr(p);
}

std::size_t stripped(const std::string& script) {
  std::size_t n = 0;
  std::from_chars(script.data() + 1, script.data() + script.size(), n);
  return n;
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
  return stripped(lower) < stripped(keep) ? lower : keep;
}

bool apply_edit_script(const std::string& form, const std::string& script, std::string& lemma) {
  if (script.size() < 3) return false;
  const auto colon = script.find(':');
  if (colon == std::string::npos) return false;
  std::size_t strip = 0;
  std::from_chars(script.data() + 1, script.data() + colon, strip);
  const std::string src = script[0] == 'L' ? lowercase(form) : form;
  if (strip > src.size()) return false;
  lemma = src.substr(0, src.size() - strip) + script.substr(colon + 1);
  return !lemma.empty();
}

std::string Lemmatizer::lemma_of(const AnnotatedWord& w) const {
  if (auto it = exact_.find(w.form + '\t' + w.upos + '\t' + w.feats); it != exact_.end()) return it->second;
  const auto lower = lowercase(w.form);
  if (auto it = by_pos_.find(lower + '\t' + w.upos); it != by_pos_.end()) return it->second;
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

void Lemmatizer::lemmatize(std::vector<AnnotatedWord>& words) const {
  for (auto& w : words) w.lemma = lemma_of(w);
}

void Lemmatizer::train(const std::vector<ParsedSentence>& train) {
  std::map<std::string, std::map<std::string, int>> exact, by_pos, rules;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.lemma == "_" || w.lemma.empty()) continue;
      ++exact[w.form + '\t' + w.upos + '\t' + w.feats][w.lemma];
      const auto lower = lowercase(w.form);
      ++by_pos[lower + '\t' + w.upos][w.lemma];
      const auto script = edit_script(w.form, w.lemma);
      const std::string keys[2] = {w.upos + '\t' + w.feats + '\t', w.upos + '\t'};
      for (const auto& key : keys)
        for (int k = 0; k <= kMaxSuffix; ++k) {
          const auto suffix = suffix_chars(lower, k);
          ++rules[key + std::string(suffix)][script];
          if (suffix.size() == lower.size()) break;
        }
    }
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
}

bool Lemmatizer::load(BinaryReader& in) { return load_map(in, exact_) && load_map(in, by_pos_) && load_map(in, rules_); }

}  // namespace dyad::nlp
