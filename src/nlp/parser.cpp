#include "nlp/parser.h"

#include <algorithm>
#include <random>

#include "nlp/binary_io.h"
#include "nlp/feature_hash.h"
#include "nlp/transition_system.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr int kLog2Size = 23;
const std::uint64_t kNone = hash_string("<NONE>");
const std::uint64_t kRoot = hash_string("<ROOT>");

std::uint64_t distance_bucket(int a, int b) {
  if (a < 0 || b < 0) return 0;
  const int d = b - a;
  const int m = std::abs(d);
  const int bucket = m <= 4 ? m : m <= 7 ? 5 : m <= 12 ? 6 : 7;
  return static_cast<std::uint64_t>(d < 0 ? 16 + bucket : bucket) + 1;
}

std::uint64_t valency(int v) { return static_cast<std::uint64_t>(std::min(v, 5)) + 1; }

}  // namespace

std::vector<Parser::Node> Parser::describe(const std::vector<AnnotatedWord>& words) {
  std::vector<Node> nodes(words.size() + 1);
  nodes[0] = {kRoot, kRoot, kRoot, kRoot};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    nodes[i + 1] = {hash_string(lowercase(w.form)), hash_string(w.upos), hash_string(w.xpos), hash_string(w.lemma)};
  }
  return nodes;
}

void Parser::features(const std::vector<Node>& nodes, const ParserState& st, std::vector<std::uint64_t>& f) {
  f.clear();
  const int s0 = st.stack(0), s1 = st.stack(1), s2 = st.stack(2);
  const int b0 = st.buffer(0), b1 = st.buffer(1), b2 = st.buffer(2);
  auto W = [&](int i) { return i < 0 ? kNone : nodes[i].word; };
  auto T = [&](int i) { return i < 0 ? kNone : nodes[i].tag; };
  auto X = [&](int i) { return i < 0 ? kNone : nodes[i].xtag; };
  auto L = [&](int i) { return i < 0 ? kNone : nodes[i].lemma; };
  const int s0l = st.left(s0, 0), s0r = st.right(s0, 0), s1l = st.left(s1, 0), s1r = st.right(s1, 0);
  const int s0l2 = st.left(s0, 1), s0r2 = st.right(s0, 1), s1l2 = st.left(s1, 1), s1r2 = st.right(s1, 1);
  const int b0l = st.left(b0, 0), b0r = st.right(b0, 0);
  std::uint64_t k = 0;
  auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { f.push_back(feature(++k, a, b, c)); };
  add(1);
  // Single items.
  add(W(s0)); add(T(s0)); add(X(s0)); add(W(s0), T(s0)); add(L(s0));
  add(W(s1)); add(T(s1)); add(X(s1)); add(W(s1), T(s1)); add(L(s1));
  add(W(b0)); add(T(b0)); add(X(b0)); add(W(b0), T(b0));
  add(W(b1)); add(T(b1)); add(W(b1), T(b1));
  add(T(b2)); add(T(s2)); add(W(s2), T(s2));
  // Pairs of the two items an arc would join.
  add(W(s0), W(s1)); add(T(s0), T(s1)); add(X(s0), X(s1));
  add(W(s0), T(s0), T(s1)); add(T(s0), W(s1), T(s1)); add(W(s0), T(s0), W(s1) ^ T(s1));
  add(L(s0), L(s1)); add(L(s0), X(s1)); add(X(s0), L(s1));
  add(T(s0), T(b0)); add(W(s0), T(b0)); add(T(s0), W(b0)); add(X(s0), X(b0));
  add(T(s1), T(b0)); add(W(s1), W(b0));
  // Triples.
  add(T(s1), T(s0), T(b0)); add(X(s1), X(s0), X(b0)); add(T(s2), T(s1), T(s0)); add(T(s0), T(b0), T(b1));
  add(T(s1), T(s0), T(b1)); add(T(b0), T(b1), T(b2));
  // Distance and valency.
  const auto d = distance_bucket(s1, s0);
  add(d); add(d, T(s0), T(s1)); add(d, W(s0)); add(d, W(s1)); add(d, X(s0), X(s1));
  add(distance_bucket(s0, b0), T(s0), T(b0));
  add(valency(st.n_left(s0)), T(s0)); add(valency(st.n_right(s0)), T(s0));
  add(valency(st.n_left(s1)), T(s1)); add(valency(st.n_right(s1)), T(s1));
  add(valency(st.n_left(s0)), W(s0)); add(valency(st.n_right(s1)), W(s1));
  // Children built so far.
  add(T(s0l)); add(T(s0r)); add(T(s1l)); add(T(s1r)); add(W(s0l)); add(W(s1r));
  add(T(s0), T(s0l), T(s0l2)); add(T(s0), T(s0r), T(s0r2)); add(T(s1), T(s1l), T(s1l2)); add(T(s1), T(s1r), T(s1r2));
  add(T(s1), T(s0), T(s0l)); add(T(s1), T(s0), T(s0r)); add(T(s1), T(s0), T(s1l)); add(T(s1), T(s0), T(s1r));
  add(W(s0), T(s0l)); add(W(s1), T(s1r)); add(W(s1), T(s1l)); add(W(s0), T(s0r));
  add(T(b0l), T(b0)); add(T(b0r), T(b0));
  // Word order after swaps: whether the stack's top two are inverted and b0 came back from the stack.
  add(static_cast<std::uint64_t>((s1 > s0) + 2 * (b0 >= 0 && s0 > b0)), T(s0), T(s1));
}

std::vector<int> Parser::parse(const std::vector<AnnotatedWord>& words) const { return parse_with(model_, words); }

std::vector<int> Parser::parse_with(const LinearModel& model, const std::vector<AnnotatedWord>& words) const {
  const int n = static_cast<int>(words.size());
  ParserState state(n);
  if (model.size() == 0) {  // untrained: a right-branching chain keeps callers working
    std::vector<int> heads(n + 1, 0);
    for (int i = 2; i <= n; ++i) heads[i] = i - 1;
    return heads;
  }
  const auto nodes = describe(words);
  std::vector<std::uint64_t> feats;
  float scores[kNumTransitions];
  while (!state.terminal()) {
    features(nodes, state, feats);
    std::fill(scores, scores + kNumTransitions, 0.0f);
    model.add_scores(feats, scores);
    int best = -1;
    for (int t = 0; t < kNumTransitions; ++t)
      if (state.valid(static_cast<Transition>(t)) && (best < 0 || scores[t] > scores[best])) best = t;
    state.apply(static_cast<Transition>(best));
  }
  return state.heads();
}

void Parser::train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
                   const TrainOptions& options) {
  model_ = LinearModel(kNumTransitions, kLog2Size);
  PerceptronTrainer trainer(model_);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < train.size(); ++i) {
    std::vector<int> heads(train[i].words.size() + 1, 0);
    for (std::size_t j = 0; j < train[i].words.size(); ++j) heads[j + 1] = train[i].words[j].head;
    if (!train[i].words.empty() && is_tree(heads)) order.push_back(i);
  }
  options.log("parser: " + std::to_string(order.size()) + " of " + std::to_string(train.size()) +
              " training sentences are single-rooted trees");
  std::mt19937_64 rng(options.seed + 1);
  std::vector<std::uint64_t> feats;
  double best_uas = -1;
  LinearModel best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t correct = 0, total = 0;
    for (const auto idx : order) {
      const auto& words = train[idx].words;
      const int n = static_cast<int>(words.size());
      std::vector<int> heads(n + 1, 0);
      for (int j = 0; j < n; ++j) heads[j + 1] = words[j].head;
      const StaticOracle oracle(heads);
      const auto nodes = describe(words);
      ParserState state(n);
      float scores[kNumTransitions];
      while (!state.terminal()) {
        const Transition gold = oracle.next(state);
        if (!state.valid(gold)) break;  // the swap budget ran out: skip the rest of this tree
        features(nodes, state, feats);
        std::fill(scores, scores + kNumTransitions, 0.0f);
        model_.add_scores(feats, scores);
        int guess = -1;
        for (int t = 0; t < kNumTransitions; ++t)
          if (state.valid(static_cast<Transition>(t)) && (guess < 0 || scores[t] > scores[guess])) guess = t;
        trainer.next_instance();
        trainer.update(feats, gold, guess);
        correct += guess == gold;
        ++total;
        state.apply(gold);
      }
    }
    std::string line = "parser epoch " + std::to_string(epoch) + ": train transitions " +
                       std::to_string(100.0 * correct / std::max<std::size_t>(total, 1));
    if (!dev.empty()) {
      LinearModel running = model_;
      trainer.average();
      std::size_t ok = 0, n = 0;
      for (const auto& s : dev) {
        const auto heads = parse_with(model_, s.words);
        for (std::size_t j = 0; j < s.words.size(); ++j) ok += heads[j + 1] == s.words[j].head, ++n;
      }
      const double uas = 100.0 * ok / std::max<std::size_t>(n, 1);
      line += ", dev UAS " + std::to_string(uas);
      if (uas > best_uas) best_uas = uas, best = model_;
      model_ = std::move(running);
    }
    options.log(line);
  }
  if (!dev.empty()) model_ = std::move(best);
  else trainer.average();
}

void Parser::save(BinaryWriter& out) const { model_.save(out); }

bool Parser::load(BinaryReader& in) { return model_.load(in) && model_.n_classes() == kNumTransitions; }

}  // namespace dyad::nlp
