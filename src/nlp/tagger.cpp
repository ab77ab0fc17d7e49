#include "nlp/tagger.h"

#include <algorithm>
#include <map>
#include <random>
#include <unordered_set>

#include "nlp/feature_hash.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {

struct Tagger::TokenInfo {
  std::string lower;
  std::uint64_t form = 0, low = 0, shape = 0;
  std::uint64_t suffix[4] = {}, prefix[4] = {};
  std::uint64_t amb = 0;  // ambiguity class, 0 = unknown word
  std::uint64_t head_amb = 0;  // an unknown word's longest known tail's class ("campagne" of "verkiezingscampagne")
};

namespace {

constexpr int kLog2Size = 24;
constexpr int kFrequentWord = 5;
constexpr int kMinAmbiguityCount = 3;  // occurrences before a word's morph classes restrict the choice
const std::uint64_t kBoundary = hash_string("<S>");
// Compound tails shorter than this say little ("en", "ing" are endings, not words).
constexpr std::size_t kMinTail = 4, kMinCompoundHead = 3;
// Prefixes ambiguity_ keys holding the class of a word's lowercase uses, for
// words the treebank has seen only capitalised, in names ("Verdrag van
// Maastricht" PROPN), but the lexicon knows ("het verdrag" NOUN). No form
// starts with it, so these keys share the map without a layout of their own.
constexpr char kLowercaseUse = '\x01';

enum Templ : std::uint64_t {
  kBias = 1, kForm, kLower, kSuf, kPre = kSuf + 4, kShape = kPre + 4, kLowM1, kLowP1, kLowM2, kLowP2, kTagM1,
  kTagM2, kTagM12, kTagM1Low, kAmbP1, kAmbP2, kAmb, kSuf3P1, kSuf3M1, kLowM1Low, kLowLowP1, kTagM1AmbP1,
  kFirstShape, kAmbTagM1, kAmbM1AmbP1, kAheadP1, kAheadP2, kAheadM1P1, kAheadLowP1, kAheadSelf, kTagM1Suf3,
  kShapeM1, kShapeP1, kAheadSuf3P1, kAheadP1P2Low, kTagM2M1Amb, kHeadAmb, kHeadAmbTagM1, kPlaceShapeAmb, kVerbLater, kVerbLaterAmb,
  kMUpos = 100, kMUposSuf2, kMUposSuf3, kMUposLow, kMUposM1, kMUposP1, kMUposShape, kMUposSuf4, kMUposLowM1,
  kMUposLowP1, kMUposM1Low
};

}  // namespace

bool untagged_xpos_is_partial(const std::vector<ParsedSentence>& train) {
  std::size_t words = 0, untagged = 0;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      ++words;
      untagged += w.xpos == "_";
    }
  return untagged > 0 && untagged < words;
}

bool Tagger::lowercase_in_running_text(const std::string& lower) const {
  if (ambiguity_.count(std::string(1, kLowercaseUse) + lower)) return true;
  const auto it = ambiguity_.find(lower);
  if (it == ambiguity_.end()) return false;
  const int propn = upos_.find("PROPN");
  return propn < 0 || propn >= 32 || !(it->second >> propn & 1u);
}

bool Tagger::knows(const std::string& lower) const {
  return ambiguity_.count(lower) || ambiguity_.count(std::string(1, kLowercaseUse) + lower);
}

std::vector<Tagger::TokenInfo> Tagger::describe(const std::vector<AnnotatedWord>& words) const {
  std::vector<TokenInfo> info(words.size());
  std::string lowercase_use;  // one buffer for the keys of all words
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto& t = info[i];
    const auto& form = words[i].form;
    t.lower = lowercase(form);
    t.form = hash_string(form);
    t.low = hash_string(t.lower);
    t.shape = hash_string(word_shape(form));
    for (int k = 0; k < 4; ++k) {
      t.suffix[k] = hash_string(suffix_chars(t.lower, k + 1));
      t.prefix[k] = hash_string(prefix_chars(form, k + 1));
    }
    auto it = ambiguity_.end();
    if (form == t.lower) it = ambiguity_.find(lowercase_use.assign(1, kLowercaseUse).append(t.lower));
    if (it == ambiguity_.end()) it = ambiguity_.find(t.lower);
    t.amb = it == ambiguity_.end() ? 0 : it->second + 1;
    // Most unknown words are compounds whose last part is known: its class
    // is a better guess than the ending alone ("verkiezingscampagne" NOUN).
    if (t.amb == 0 && compound_tails_) {
      for (std::size_t start = kMinCompoundHead; start + kMinTail <= t.lower.size(); ++start) {
        if ((static_cast<unsigned char>(t.lower[start]) & 0xC0) == 0x80) continue;  // inside a UTF-8 character
        const auto tail = ambiguity_.find(t.lower.substr(start));
        if (tail != ambiguity_.end()) {
          t.head_amb = tail->second + 1;
          break;
        }
      }
    }
  }
  return info;
}

void Tagger::upos_features(const std::vector<TokenInfo>& info, const std::vector<int>& upos, std::size_t i,
                           std::vector<std::uint64_t>& f, const std::vector<int>* ahead, bool morph) const {
  f.clear();
  const auto n = info.size();
  const auto& t = info[i];
  auto low_at = [&](long j) { return j < 0 || j >= static_cast<long>(n) ? kBoundary : info[j].low; };
  auto amb_at = [&](long j) { return j < 0 || j >= static_cast<long>(n) ? kBoundary : info[j].amb; };
  auto tag_at = [&](long j) -> std::uint64_t { return j < 0 ? 999 : static_cast<std::uint64_t>(upos[j]) + 1; };
  const long li = static_cast<long>(i);
  f.push_back(feature(kBias, 0));
  f.push_back(feature(kForm, t.form));
  f.push_back(feature(kLower, t.low));
  for (int k = 0; k < 4; ++k) {
    f.push_back(feature(kSuf + k, t.suffix[k]));
    f.push_back(feature(kPre + k, t.prefix[k]));
  }
  f.push_back(feature(kShape, t.shape));
  f.push_back(feature(kLowM1, low_at(li - 1)));
  f.push_back(feature(kLowP1, low_at(li + 1)));
  f.push_back(feature(kLowM2, low_at(li - 2)));
  f.push_back(feature(kLowP2, low_at(li + 2)));
  f.push_back(feature(kTagM1, tag_at(li - 1)));
  f.push_back(feature(kTagM2, tag_at(li - 2)));
  f.push_back(feature(kTagM12, tag_at(li - 1), tag_at(li - 2)));
  f.push_back(feature(kTagM1Low, tag_at(li - 1), t.low));
  f.push_back(feature(kAmbP1, amb_at(li + 1)));
  f.push_back(feature(kAmbP2, amb_at(li + 2)));
  f.push_back(feature(kAmb, t.amb));
  f.push_back(feature(kSuf3P1, i + 1 < n ? info[i + 1].suffix[2] : kBoundary));
  f.push_back(feature(kSuf3M1, i > 0 ? info[i - 1].suffix[2] : kBoundary));
  f.push_back(feature(kLowM1Low, low_at(li - 1), t.low));
  f.push_back(feature(kLowLowP1, t.low, low_at(li + 1)));
  f.push_back(feature(kTagM1AmbP1, tag_at(li - 1), amb_at(li + 1)));
  if (i == 0) f.push_back(feature(kFirstShape, t.shape));
  f.push_back(feature(kAmbTagM1, t.amb, tag_at(li - 1)));
  f.push_back(feature(kAmbM1AmbP1, amb_at(li - 1), amb_at(li + 1), t.amb + 7));
  if (morph) return;  // the XPOS/FEATS classifier keeps the plain context templates
  // Unknown words lean on their endings next to the neighbours' tags and shapes.
  f.push_back(feature(kTagM1Suf3, tag_at(li - 1), t.suffix[2]));
  f.push_back(feature(kShapeM1, i > 0 ? info[i - 1].shape : kBoundary, t.shape));
  f.push_back(feature(kShapeP1, i + 1 < n ? info[i + 1].shape : kBoundary, t.shape));
  f.push_back(feature(kTagM2M1Amb, tag_at(li - 2), tag_at(li - 1), t.amb + 7));
  // A capital means a name inside the sentence, little at its start, and
  // nothing new for a known word: shape, place and class together.
  f.push_back(feature(kPlaceShapeAmb, i == 0 ? 1 : 2, t.shape, t.amb));
  if (t.head_amb) {
    f.push_back(feature(kHeadAmb, t.head_amb));
    f.push_back(feature(kHeadAmbTagM1, t.head_amb, tag_at(li - 1)));
  }
  if (ahead) {
    auto next_tag = [&](std::size_t j) -> std::uint64_t { return j >= n ? 999 : static_cast<std::uint64_t>((*ahead)[j]) + 1; };
    f.push_back(feature(kAheadP1, next_tag(i + 1)));
    f.push_back(feature(kAheadP2, next_tag(i + 1), next_tag(i + 2)));
    f.push_back(feature(kAheadM1P1, tag_at(li - 1), next_tag(i + 1)));
    f.push_back(feature(kAheadLowP1, t.low, next_tag(i + 1)));
    f.push_back(feature(kAheadSelf, next_tag(i), t.amb));
    f.push_back(feature(kAheadSuf3P1, next_tag(i + 1), t.suffix[2]));
    f.push_back(feature(kAheadP1P2Low, next_tag(i + 1), next_tag(i + 2), t.low));
    if (verb_final_) {
      // An auxiliary's verb can come many words later, past the window.
      std::uint64_t verb_later = 1;
      for (std::size_t j = i + 1; j < n && (*ahead)[j] != punct_; ++j)
        if ((*ahead)[j] == verb_) {
          verb_later = 2;
          break;
        }
      f.push_back(feature(kVerbLater, verb_later, t.low));
      f.push_back(feature(kVerbLaterAmb, verb_later, t.amb));
    }
  }
}

void Tagger::tag_upos(const LinearModel& model, const std::vector<TokenInfo>& info, const std::vector<int>* ahead,
                      std::vector<int>& upos, const WordHints* hints) const {
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(upos_.size());
  upos.assign(info.size(), 0);
  for (std::size_t i = 0; i < info.size(); ++i) {
    upos_features(info, upos, i, feats, ahead);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model.add_scores(feats, scores.data());
    upos[i] = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    const WordHint hint = hints && i < hints->size() ? (*hints)[i] : WordHint::kNone;
    if (hint == WordHint::kName && propn_ >= 0) upos[i] = propn_;
    if (hint == WordHint::kNoun && noun_ >= 0 && info[i].amb == 0) upos[i] = noun_;
    if (hint == WordHint::kNumber && num_ >= 0 && info[i].amb == 0) upos[i] = num_;
  }
}

void Tagger::morph_features(const std::vector<TokenInfo>& info, const std::vector<int>& upos, std::size_t i,
                            std::vector<std::uint64_t>& f) const {
  upos_features(info, upos, i, f, nullptr, true);
  const auto n = info.size();
  const auto& t = info[i];
  const std::uint64_t u = static_cast<std::uint64_t>(upos[i]) + 1;
  const std::uint64_t um1 = i > 0 ? upos[i - 1] + 1 : 999;
  const std::uint64_t up1 = i + 1 < n ? upos[i + 1] + 1 : 999;
  f.push_back(feature(kMUpos, u));
  f.push_back(feature(kMUposSuf2, u, t.suffix[1]));
  f.push_back(feature(kMUposSuf3, u, t.suffix[2]));
  f.push_back(feature(kMUposSuf4, u, t.suffix[3]));
  f.push_back(feature(kMUposLow, u, t.low));
  f.push_back(feature(kMUposM1, u, um1));
  f.push_back(feature(kMUposP1, u, up1));
  f.push_back(feature(kMUposShape, u, t.shape));
  f.push_back(feature(kMUposLowM1, u, i > 0 ? info[i - 1].low : kBoundary));
  f.push_back(feature(kMUposLowP1, u, i + 1 < n ? info[i + 1].low : kBoundary));
  f.push_back(feature(kMUposM1Low, um1, t.low));
}

const std::vector<int>& Tagger::morph_candidates(const TokenInfo& token, int upos) const {
  const auto it = word_morph_.find(token.lower + '\t' + upos_.name(upos));
  if (it != word_morph_.end()) return it->second;
  return morph_by_upos_[upos];
}

void Tagger::find_tag_ids() {
  verb_ = upos_.find("VERB");
  punct_ = upos_.find("PUNCT");
  propn_ = upos_.find("PROPN");
  noun_ = upos_.find("NOUN");
  num_ = upos_.find("NUM");
}

void Tagger::tag(std::vector<AnnotatedWord>& words, const WordHints* hints) const {
  tag_with(upos_model_, upos2_model_, morph_model_, words, hints);
}

void Tagger::tag_with(const LinearModel& first, const LinearModel& second, const LinearModel& morph_model,
                      std::vector<AnnotatedWord>& words, const WordHints* hints) const {
  if (words.empty() || upos_.size() == 0) return;
  const auto info = describe(words);
  std::vector<int> draft, upos;
  tag_upos(first, info, nullptr, draft, hints);
  tag_upos(second, info, &draft, upos, hints);
  std::vector<std::uint64_t> feats;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& candidates = morph_candidates(info[i], upos[i]);
    int best = candidates.empty() ? -1 : candidates[0];
    if (candidates.size() > 1) {
      morph_features(info, upos, i, feats);
      best = morph_model.best_of(feats, candidates);
    }
    auto& w = words[i];
    w.upos = upos_.name(upos[i]);
    if (best >= 0) {
      const auto& m = morph_.name(best);
      const auto tab = m.find('\t');
      w.xpos = m.substr(0, tab);
      w.feats = m.substr(tab + 1);
    } else {
      w.xpos = "_";
      w.feats = "_";
    }
  }
}

void Tagger::train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
                   const TrainOptions& options) {
  compound_tails_ = options.compound_tails;
  verb_final_ = options.verb_final;
  // Tag sets and dictionaries come from the training data only.
  std::map<std::string, std::map<int, int>> word_morph_counts;
  morph_by_upos_.clear();
  std::unordered_map<std::string, std::uint32_t> amb;
  std::unordered_set<std::string> seen_lowercase;
  std::unordered_map<std::string, int> freq;
  // A file without XPOS (LassySmall's 2017 release) beside files with it
  // teaches UPOS only: its "_" XPOS and older features stay out of the morph
  // classes, which would otherwise offer "_" as an XPOS.
  const bool skip_untagged = untagged_xpos_is_partial(train);
  for (const auto& s : train)
    for (const auto& w : s.words) {
      const int u = upos_.add(w.upos);
      if (static_cast<int>(morph_by_upos_.size()) <= u) morph_by_upos_.resize(u + 1);
      const auto low = lowercase(w.form);
      if (u < 32) amb[low] |= 1u << u;
      if (w.form == low) seen_lowercase.insert(low);
      ++freq[low];
      if (skip_untagged && w.xpos == "_") continue;
      const int m = morph_.add(w.xpos + '\t' + w.feats);
      auto& list = morph_by_upos_[u];
      if (std::find(list.begin(), list.end(), m) == list.end()) list.push_back(m);
      ++word_morph_counts[low + '\t' + w.upos][m];
    }
  find_tag_ids();
  // Rare words get no ambiguity class, as unseen words at test time, so the
  // model learns to tag words it knows nothing about.
  ambiguity_.clear();
  for (const auto& [word, bits] : amb)
    if (freq[word] >= kMinAmbiguityCount) ambiguity_[word] = bits;
  // Hand-written facts fill the gaps the treebank leaves: a word it saw too
  // rarely, or only capitalised. Where it knows the word, its classes win (a
  // lexicon's "zou" VERB would blur the treebank's AUX).
  std::map<std::string, std::uint32_t> lexicon_classes;
  for (const auto& [word, tag] : options.tag_lexicon) {
    const int u = upos_.find(tag);
    if (u >= 0 && u < 32) lexicon_classes[word] |= 1u << u;
  }
  for (const auto& [word, bits] : lexicon_classes)
    if (!ambiguity_.emplace(word, bits).second && !seen_lowercase.count(word))
      ambiguity_[kLowercaseUse + word] = bits;
  word_morph_.clear();
  for (const auto& [key, counts] : word_morph_counts) {
    int total = 0;
    for (const auto& [m, c] : counts) total += c;
    if (total < kFrequentWord) continue;
    auto& list = word_morph_[key];
    for (const auto& [m, c] : counts) list.push_back(m);
  }

  upos_model_ = LinearModel(upos_.size(), kLog2Size);
  upos2_model_ = LinearModel(upos_.size(), kLog2Size);
  morph_model_ = LinearModel(morph_.size(), kLog2Size);
  PerceptronTrainer upos_trainer(upos_model_);
  PerceptronTrainer upos2_trainer(upos2_model_);
  PerceptronTrainer morph_trainer(morph_model_);
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::vector<std::uint64_t> feats;
  std::vector<float> scores(upos_.size());
  double best_dev = -1;
  LinearModel best_upos, best_upos2, best_morph;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t correct = 0, total = 0;
    for (const auto idx : order) {
      const auto& words = train[idx].words;
      if (words.empty()) continue;
      const auto info = describe(words);
      std::vector<int> gold(words.size()), pred(words.size());
      for (std::size_t i = 0; i < words.size(); ++i) gold[i] = upos_.find(words[i].upos);
      for (std::size_t i = 0; i < words.size(); ++i) {
        upos_features(info, pred, i, feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        upos_model_.add_scores(feats, scores.data());
        pred[i] = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        upos_trainer.next_instance();
        upos_trainer.update(feats, gold[i], pred[i]);
      }
      std::vector<int> second(words.size());
      for (std::size_t i = 0; i < words.size(); ++i) {
        upos_features(info, second, i, feats, &pred);
        std::fill(scores.begin(), scores.end(), 0.0f);
        upos2_model_.add_scores(feats, scores.data());
        second[i] = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        upos2_trainer.next_instance();
        upos2_trainer.update(feats, gold[i], second[i]);
        correct += second[i] == gold[i];
        ++total;
      }
      // The morph classifier learns from gold UPOS context: its candidates hang on the UPOS.
      for (std::size_t i = 0; i < words.size(); ++i) {
        morph_trainer.next_instance();
        if (skip_untagged && words[i].xpos == "_") continue;
        const int truth = morph_.find(words[i].xpos + '\t' + words[i].feats);
        const auto& candidates = morph_candidates(info[i], gold[i]);
        if (candidates.size() <= 1) continue;
        morph_features(info, gold, i, feats);
        const int best = morph_model_.best_of(feats, candidates);
        morph_trainer.update(feats, truth, best);
      }
    }
    std::string line = "tagger epoch " + std::to_string(epoch) + ": train UPOS " +
                       std::to_string(100.0 * correct / std::max<std::size_t>(total, 1));
    if (!dev.empty()) {
      // Evaluate the averaged weights without disturbing the running ones.
      LinearModel running_upos = upos_model_, running_upos2 = upos2_model_, running_morph = morph_model_;
      upos_trainer.average();
      upos2_trainer.average();
      morph_trainer.average();
      std::size_t ok_u = 0, ok_m = 0, n = 0;
      for (const auto& s : dev) {
        auto words = s.words;
        tag_with(upos_model_, upos2_model_, morph_model_, words);
        for (std::size_t i = 0; i < words.size(); ++i) {
          ok_u += words[i].upos == s.words[i].upos;
          ok_m += words[i].xpos == s.words[i].xpos && words[i].feats == s.words[i].feats;
          ++n;
        }
      }
      const double acc = 100.0 * (ok_u + ok_m) / (2.0 * std::max<std::size_t>(n, 1));
      line += ", dev UPOS " + std::to_string(100.0 * ok_u / std::max<std::size_t>(n, 1)) + " XPOS+FEATS " +
              std::to_string(100.0 * ok_m / std::max<std::size_t>(n, 1));
      if (acc > best_dev) {
        best_dev = acc;
        best_upos = upos_model_;
        best_upos2 = upos2_model_;
        best_morph = morph_model_;
      }
      upos_model_ = std::move(running_upos);
      upos2_model_ = std::move(running_upos2);
      morph_model_ = std::move(running_morph);
    }
    options.log(line);
  }
  if (!dev.empty()) {
    upos_model_ = std::move(best_upos);
    upos2_model_ = std::move(best_upos2);
    morph_model_ = std::move(best_morph);
  } else {
    upos_trainer.average();
    upos2_trainer.average();
    morph_trainer.average();
  }
}

void Tagger::save(BinaryWriter& out) const {
  upos_.save(out);
  morph_.save(out);
  upos_model_.save(out);
  upos2_model_.save(out);
  morph_model_.save(out);
  out.u32(static_cast<std::uint32_t>(morph_by_upos_.size()));
  for (const auto& list : morph_by_upos_) {
    out.u32(static_cast<std::uint32_t>(list.size()));
    for (const int m : list) out.u32(static_cast<std::uint32_t>(m));
  }
  out.u32(static_cast<std::uint32_t>(ambiguity_.size()));
  std::map<std::string, std::uint32_t> sorted_amb(ambiguity_.begin(), ambiguity_.end());  // deterministic files
  for (const auto& [w, a] : sorted_amb) {
    out.str(w);
    out.u32(a);
  }
  std::map<std::string, std::vector<int>> sorted_wm(word_morph_.begin(), word_morph_.end());
  out.u32(static_cast<std::uint32_t>(sorted_wm.size()));
  for (const auto& [w, list] : sorted_wm) {
    out.str(w);
    out.u32(static_cast<std::uint32_t>(list.size()));
    for (const int m : list) out.u32(static_cast<std::uint32_t>(m));
  }
  out.u32((compound_tails_ ? 1u : 0u) | (verb_final_ ? 2u : 0u));
}

bool Tagger::load(BinaryReader& in) {
  if (!upos_.load(in) || !morph_.load(in) || !upos_model_.load(in) || !upos2_model_.load(in) || !morph_model_.load(in)) return false;
  find_tag_ids();
  auto read_list = [&](std::vector<int>& list) {
    const auto n = in.u32();
    if (!in.ok() || n > static_cast<std::uint32_t>(morph_.size())) return false;
    list.resize(n);
    for (auto& m : list) {
      m = static_cast<int>(in.u32());
      if (m < 0 || m >= morph_.size()) return false;
    }
    return in.ok();
  };
  const auto n_upos = in.u32();
  if (!in.ok() || n_upos != static_cast<std::uint32_t>(upos_.size())) return false;
  morph_by_upos_.assign(n_upos, {});
  for (auto& list : morph_by_upos_)
    if (!read_list(list)) return false;
  const auto n_amb = in.u32();
  ambiguity_.clear();
  if (in.ok()) ambiguity_.reserve(std::min<std::uint32_t>(n_amb, 1u << 24));
  for (std::uint32_t i = 0; i < n_amb && in.ok(); ++i) {
    auto w = in.str();
    ambiguity_[std::move(w)] = in.u32();
  }
  const auto n_wm = in.u32();
  word_morph_.clear();
  if (in.ok()) word_morph_.reserve(std::min<std::uint32_t>(n_wm, 1u << 24));
  for (std::uint32_t i = 0; i < n_wm && in.ok(); ++i) {
    auto w = in.str();
    if (!read_list(word_morph_[std::move(w)])) return false;
  }
  const auto switches = in.u32();
  if (switches > 3) return false;
  compound_tails_ = switches & 1u;
  verb_final_ = switches & 2u;
  return in.ok() && upos_model_.n_classes() == upos_.size() && upos2_model_.n_classes() == upos_.size() && morph_model_.n_classes() == morph_.size();
}

}  // namespace dyad::nlp
