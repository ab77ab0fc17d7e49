#include "nlp/labeler.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "nlp/binary_io.h"
#include "nlp/feature_hash.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr int kLog2Size = 24;
const std::uint64_t kNone = hash_string("<NONE>");
const std::uint64_t kRoot = hash_string("<ROOT>");

std::string pair_key(const std::vector<AnnotatedWord>& words, int dep) {
  const int h = words[dep].head;
  const std::string head_pos = h == 0 ? "ROOT" : words[h - 1].upos;
  return words[dep].upos + '\t' + head_pos + '\t' + (h == 0 ? "0" : h - 1 < dep ? "L" : "R");
}

}  // namespace

struct Labeler::Context {
  std::vector<std::uint64_t> word, tag, xtag, lemma, feats;  // index 0 = root, i+1 = word i
  std::vector<std::vector<int>> children;                     // 1-based node -> 1-based children
  std::vector<int> head;                                      // 1-based node -> 1-based head
};

void Labeler::features(const Context& c, const std::vector<int>& labels, int dep,
                       std::vector<std::uint64_t>& f) const {
  f.clear();
  const int d = dep + 1;
  const int h = c.head[d];
  const int n = static_cast<int>(c.head.size()) - 1;
  const std::uint64_t dir = h == 0 ? 3 : h < d ? 1 : 2;
  const int dist = std::abs(h - d);
  const std::uint64_t db = h == 0 ? 0 : dist <= 3 ? dist : dist <= 6 ? 4 : dist <= 10 ? 5 : 6;
  const std::uint64_t head_label = h == 0 ? kRoot : static_cast<std::uint64_t>(labels[h - 1] + 1);
  const int hh = h == 0 ? -1 : c.head[h];
  std::uint64_t k = 0;
  auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t e = 0) { f.push_back(feature(++k, a, b, e)); };
  add(1);
  add(c.word[d]); add(c.tag[d]); add(c.xtag[d]); add(c.lemma[d]); add(c.feats[d], c.tag[d]);
  add(c.word[h]); add(c.tag[h]); add(c.xtag[h]); add(c.lemma[h]); add(c.feats[h], c.tag[h]);
  add(c.tag[d], c.tag[h], dir); add(c.xtag[d], c.xtag[h], dir); add(c.word[d], c.tag[h], dir);
  add(c.tag[d], c.word[h], dir); add(c.lemma[d], c.lemma[h]); add(c.feats[d], c.feats[h], dir);
  add(db, dir); add(db, c.tag[d], c.tag[h]); add(dir, c.tag[d]);
  add(head_label); add(head_label, c.tag[d], dir); add(head_label, c.word[d]);
  add(hh < 0 ? kNone : c.tag[hh], c.tag[h], c.tag[d]);
  add(d > 1 ? c.tag[d - 1] : kNone, c.tag[d]); add(d < n ? c.tag[d + 1] : kNone, c.tag[d]);
  add(d > 1 ? c.word[d - 1] : kNone, c.tag[d]);
  // The dependent's own dependents: case markers, auxiliaries, determiners.
  const auto& kids = c.children[d];
  add(static_cast<std::uint64_t>(std::min<std::size_t>(kids.size(), 4)), c.tag[d]);
  for (std::size_t i = 0; i < kids.size() && i < 8; ++i) {
    const int ch = kids[i];
    add(c.word[ch], c.tag[d], ch < d ? 1 : 2);
    add(c.tag[ch], c.tag[d], ch < d ? 1 : 2);
  }
  // Siblings: the head's other dependents and the labels already given to them.
  const auto& sibs = c.children[h];
  int sibling_index = 0;
  for (std::size_t i = 0; i < sibs.size() && i < 12; ++i) {
    const int s = sibs[i];
    if (s == d) continue;
    const std::uint64_t side = s < d ? 1 : 2;
    add(c.word[s], c.tag[d], side);
    add(c.xtag[s], c.tag[d], side);
    if (s < d) add(static_cast<std::uint64_t>(labels[s - 1] + 1), c.tag[d], dir);
    sibling_index += s < d && (h < s) == (h < d);
  }
  add(static_cast<std::uint64_t>(std::min(sibling_index, 3)) + 1, c.tag[d], dir);
}

const std::vector<int>& Labeler::candidates(const std::vector<AnnotatedWord>& words, int dep) const {
  const auto it = by_pair_.find(pair_key(words, dep));
  return it == by_pair_.end() ? all_labels_ : it->second;
}

void Labeler::run(const LinearModel& model, std::vector<AnnotatedWord>& words, const std::vector<int>* gold,
                  PerceptronTrainer* trainer) const {
  const int n = static_cast<int>(words.size());
  Context c;
  c.word.resize(n + 1); c.tag.resize(n + 1); c.xtag.resize(n + 1); c.lemma.resize(n + 1); c.feats.resize(n + 1);
  c.children.assign(n + 1, {});
  c.head.assign(n + 1, 0);
  c.word[0] = c.tag[0] = c.xtag[0] = c.lemma[0] = c.feats[0] = kRoot;
  for (int i = 0; i < n; ++i) {
    const auto& w = words[i];
    c.word[i + 1] = hash_string(lowercase(w.form));
    c.tag[i + 1] = hash_string(w.upos);
    c.xtag[i + 1] = hash_string(w.xpos);
    c.lemma[i + 1] = hash_string(w.lemma);
    c.feats[i + 1] = hash_string(w.feats);
    const int h = w.head < 0 || w.head > n ? 0 : w.head;
    c.head[i + 1] = h;
    c.children[h].push_back(i + 1);
  }
  // Top-down (breadth first) so every head is labelled before its dependents.
  std::vector<int> labels(n, -1), queue = {0};
  std::vector<char> seen(n + 1, 0);
  seen[0] = 1;
  for (std::size_t q = 0; q < queue.size(); ++q)
    for (const int ch : c.children[queue[q]])
      if (!seen[ch]) seen[ch] = 1, queue.push_back(ch);
  for (int i = 1; i <= n; ++i)  // words outside the tree (cycles in bad input) go last
    if (!seen[i]) queue.push_back(i);
  std::vector<std::uint64_t> f;
  for (std::size_t q = 1; q < queue.size(); ++q) {
    const int dep = queue[q] - 1;
    const auto& cands = candidates(words, dep);
    if (cands.empty()) continue;
    int best = cands[0];
    if (cands.size() > 1 || trainer) {
      features(c, labels, dep, f);
      best = model.best_of(f, cands);
    }
    if (trainer) {
      trainer->next_instance();
      trainer->update(f, (*gold)[dep], best);
      best = (*gold)[dep];
    }
    labels[dep] = best;
  }
  for (int i = 0; i < n; ++i) words[i].deprel = labels[i] < 0 ? "dep" : labels_.name(labels[i]);
}

void Labeler::label(std::vector<AnnotatedWord>& words) const {
  if (labels_.size() == 0) return;
  run(model_, words, nullptr, nullptr);
}

void Labeler::train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
                    const TrainOptions& options) {
  std::map<std::string, std::set<int>> pairs;
  for (const auto& s : train)
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const int l = labels_.add(s.words[i].deprel);
      if (s.words[i].head >= 0) pairs[pair_key(s.words, static_cast<int>(i))].insert(l);
    }
  all_labels_.clear();
  for (int l = 0; l < labels_.size(); ++l) all_labels_.push_back(l);
  by_pair_.clear();
  for (const auto& [key, set] : pairs) by_pair_[key] = std::vector<int>(set.begin(), set.end());
  model_ = LinearModel(labels_.size(), kLog2Size);
  PerceptronTrainer trainer(model_);
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed + 2);
  double best_acc = -1;
  LinearModel best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (const auto idx : order) {
      auto words = train[idx].words;
      bool ok = true;
      for (const auto& w : words) ok = ok && w.head >= 0;
      if (!ok || words.empty()) continue;
      std::vector<int> gold(words.size());
      for (std::size_t i = 0; i < words.size(); ++i) gold[i] = labels_.find(words[i].deprel);
      run(model_, words, &gold, &trainer);
    }
    std::string line = "labeler epoch " + std::to_string(epoch);
    if (!dev.empty()) {
      LinearModel running = model_;
      trainer.average();
      std::size_t ok = 0, n = 0;
      for (const auto& s : dev) {
        auto words = s.words;
        run(model_, words, nullptr, nullptr);
        for (std::size_t i = 0; i < words.size(); ++i) ok += words[i].deprel == s.words[i].deprel, ++n;
      }
      const double acc = 100.0 * ok / std::max<std::size_t>(n, 1);
      line += ": dev label accuracy on gold trees " + std::to_string(acc);
      if (acc > best_acc) best_acc = acc, best = model_;
      model_ = std::move(running);
    }
    options.log(line);
  }
  if (!dev.empty()) model_ = std::move(best);
  else trainer.average();
}

void Labeler::save(BinaryWriter& out) const {
  labels_.save(out);
  model_.save(out);
  const std::map<std::string, std::vector<int>> sorted(by_pair_.begin(), by_pair_.end());
  out.u32(static_cast<std::uint32_t>(sorted.size()));
  for (const auto& [key, list] : sorted) {
    out.str(key);
    out.u32(static_cast<std::uint32_t>(list.size()));
    for (const int l : list) out.u32(static_cast<std::uint32_t>(l));
  }
}

bool Labeler::load(BinaryReader& in) {
  if (!labels_.load(in) || !model_.load(in) || model_.n_classes() != labels_.size()) return false;
  all_labels_.clear();
  for (int l = 0; l < labels_.size(); ++l) all_labels_.push_back(l);
  const auto n = in.u32();
  by_pair_.clear();
  for (std::uint32_t i = 0; i < n && in.ok(); ++i) {
    auto key = in.str();
    const auto m = in.u32();
    if (!in.ok() || m > static_cast<std::uint32_t>(labels_.size())) return false;
    std::vector<int> list(m);
    for (auto& l : list) {
      l = static_cast<int>(in.u32());
      if (l < 0 || l >= labels_.size()) return false;
    }
    by_pair_[std::move(key)] = std::move(list);
  }
  return in.ok();
}

}  // namespace dyad::nlp
