#include "nlp/parser.h"

#include <algorithm>
#include <random>
#include <span>

#include "nlp/binary_io.h"
#include "nlp/feature_hash.h"
#include "nlp/transition_system.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

constexpr int kLog2Size = 25;
// Error exploration (Goldberg & Nivre 2012): from this epoch on, training
// follows the model's own prediction with probability kExploreProb.
constexpr int kExploreFrom = 2;
constexpr double kExploreProb = 0.9;
const std::uint64_t kNone = hash_string("<NONE>");
const std::uint64_t kRoot = hash_string("<ROOT>");

std::uint64_t distance_bucket(int a, int b) {
  if (a < 0 || b < 0) return 0;
  const int m = std::abs(b - a);
  return static_cast<std::uint64_t>(m <= 5 ? m : m <= 8 ? 6 : m <= 12 ? 7 : m <= 20 ? 8 : 9) + 1;
}

std::uint64_t valency(int v) { return static_cast<std::uint64_t>(std::min(v, 6)) + 1; }

int best_valid(const ParserState& state, const float* scores) {
  int best = -1;
  for (int t = 0; t < kNumTransitions; ++t)
    if (state.valid(static_cast<Transition>(t)) && (best < 0 || scores[t] > scores[best])) best = t;
  return best;
}

}  // namespace

std::vector<Parser::Node> Parser::describe(const std::vector<AnnotatedWord>& words) {
  std::vector<Node> nodes(words.size() + 1);
  nodes[0] = {kRoot, kRoot, kRoot, kRoot, kRoot};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    auto& n = nodes[i + 1];
    n = {hash_string(lowercase(w.form)), hash_string(w.upos), hash_string(w.xpos), hash_string(w.lemma), 0};
    n.wt = mix64(n.word ^ (n.tag * 31));
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
  auto WT = [&](int i) { return i < 0 ? kNone : nodes[i].wt; };
  const int s0l = st.left(s0, 0), s0r = st.right(s0, 0), s1l = st.left(s1, 0), s1r = st.right(s1, 0);
  const int s0l2 = st.left(s0, 1), s0r2 = st.right(s0, 1), s1l2 = st.left(s1, 1), s1r2 = st.right(s1, 1);
  const int b0l = st.left(b0, 0), b0l2 = st.left(b0, 1);
  std::uint64_t k = 0;
  auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { f.push_back(feature(++k, a, b, c)); };
  add(1);
  // Single items.
  add(W(s0)); add(T(s0)); add(X(s0)); add(WT(s0)); add(L(s0));
  add(W(s1)); add(T(s1)); add(X(s1)); add(WT(s1)); add(L(s1));
  add(W(b0)); add(T(b0)); add(X(b0)); add(WT(b0)); add(L(b0));
  add(W(b1)); add(T(b1)); add(WT(b1)); add(X(b1));
  add(W(b2)); add(T(b2)); add(T(s2)); add(WT(s2));
  // Pairs of the items a LEFT arc joins (s0 <- b0) ...
  add(WT(s0), WT(b0)); add(WT(s0), W(b0)); add(W(s0), WT(b0)); add(WT(s0), T(b0)); add(T(s0), WT(b0));
  add(W(s0), W(b0)); add(T(s0), T(b0)); add(X(s0), X(b0)); add(L(s0), L(b0)); add(L(s0), X(b0)); add(X(s0), L(b0));
  // ... and a RIGHT arc (s1 -> s0).
  add(WT(s1), WT(s0)); add(WT(s1), W(s0)); add(W(s1), WT(s0)); add(WT(s1), T(s0)); add(T(s1), WT(s0));
  add(W(s1), W(s0)); add(T(s1), T(s0)); add(X(s1), X(s0)); add(L(s1), L(s0)); add(L(s1), X(s0)); add(X(s1), L(s0));
  // Triples of tags.
  add(T(s0), T(b0), T(b1)); add(T(b0), T(b1), T(b2)); add(T(s1), T(s0), T(b0)); add(T(s2), T(s1), T(s0));
  add(X(s1), X(s0), X(b0)); add(X(s0), X(b0), X(b1)); add(T(s1), T(s0), T(b1)); add(W(s0), T(b0), T(b1));
  add(T(s0), W(b0), T(b1)); add(T(s1), W(s0), T(b0));
  // Distance.
  const auto d1 = distance_bucket(s1, s0), d0 = distance_bucket(s0, b0);
  add(d0, W(s0)); add(d0, T(s0)); add(d0, W(b0)); add(d0, T(b0)); add(d0, T(s0), T(b0)); add(d0, W(s0), W(b0));
  add(d1, W(s1)); add(d1, T(s1)); add(d1, W(s0)); add(d1, T(s0)); add(d1, T(s1), T(s0)); add(d1, W(s1), W(s0));
  // Valency.
  add(valency(st.n_left(s0)), WT(s0)); add(valency(st.n_left(s0)), T(s0));
  add(valency(st.n_right(s0)), WT(s0)); add(valency(st.n_right(s0)), T(s0));
  add(valency(st.n_left(s1)), WT(s1)); add(valency(st.n_left(s1)), T(s1));
  add(valency(st.n_right(s1)), WT(s1)); add(valency(st.n_right(s1)), T(s1));
  add(valency(st.n_left(b0)), WT(b0)); add(valency(st.n_left(b0)), T(b0));
  // Children built so far (second and third order).
  add(W(s0l)); add(T(s0l)); add(W(s0r)); add(T(s0r)); add(W(s1l)); add(T(s1l)); add(W(s1r)); add(T(s1r));
  add(W(b0l)); add(T(b0l)); add(T(s0l2)); add(T(s0r2)); add(T(s1l2)); add(T(s1r2)); add(T(b0l2));
  add(T(s0), T(s0l), T(s0l2)); add(T(s0), T(s0r), T(s0r2)); add(T(s1), T(s1l), T(s1l2));
  add(T(s1), T(s1r), T(s1r2)); add(T(b0), T(b0l), T(b0l2));
  add(T(s0), T(s0l), T(b0)); add(T(s0), T(s0r), T(b0)); add(T(s0), T(b0), T(b0l));
  add(T(s1), T(s0), T(s0l)); add(T(s1), T(s0), T(s0r)); add(T(s1), T(s0), T(s1l)); add(T(s1), T(s0), T(s1r));
  add(W(s0), T(s0l)); add(W(s0), T(s0r)); add(W(s1), T(s1l)); add(W(s1), T(s1r)); add(W(b0), T(b0l));
  add(X(s0), X(s0r)); add(X(s1), X(s1r)); add(X(b0), X(b0l));
  // Is the stack top the last word, or a sentence boundary near?
  add(static_cast<std::uint64_t>(b0 < 0) + 1, T(s0), T(s1));
}

std::vector<int> Parser::parse(const std::vector<AnnotatedWord>& words) const { return parse_with(model_, words); }

namespace {

// Sentences longer than this are parsed greedily: copying beam states is
// linear in the sentence length per step.
constexpr int kMaxBeamWords = 200;

// One gold transition sequence for the beam's early update: the first
// zero-cost transition, arcs before shifts.
Transition canonical_gold(const DynamicOracle& oracle, const ParserState& state) {
  for (const Transition t : {kLeft, kRight, kShift})
    if (state.valid(t) && oracle.cost(state, t) == 0) return t;
  for (const Transition t : {kLeft, kRight, kShift})
    if (state.valid(t)) return t;
  return kShift;
}

struct Candidate {
  float score;
  int item;
  int transition;
};

// Best first; ties go to the earlier item and transition so parses are deterministic.
bool better(const Candidate& a, const Candidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.transition < b.transition;
}

}  // namespace

std::vector<int> Parser::parse_with(const LinearModel& model, const std::vector<AnnotatedWord>& words) const {
  const int n = static_cast<int>(words.size());
  if (model.size() == 0) {  // untrained: a right-branching chain keeps callers working
    std::vector<int> heads(n + 1, 0);
    for (int i = 2; i <= n; ++i) heads[i] = i - 1;
    return heads;
  }
  const auto nodes = describe(words);
  return beam_ > 1 && n <= kMaxBeamWords ? parse_beam(model, nodes) : parse_greedy(model, nodes);
}

std::vector<int> Parser::parse_greedy(const LinearModel& model, const std::vector<Node>& nodes) const {
  ParserState state(static_cast<int>(nodes.size()) - 1);
  std::vector<std::uint64_t> feats;
  float scores[kNumTransitions];
  while (!state.terminal()) {
    features(nodes, state, feats);
    std::fill(scores, scores + kNumTransitions, 0.0f);
    model.add_scores(feats, scores);
    state.apply(static_cast<Transition>(best_valid(state, scores)));
  }
  return state.heads();
}

std::vector<int> Parser::parse_beam(const LinearModel& model, const std::vector<Node>& nodes) const {
  const int n = static_cast<int>(nodes.size()) - 1;
  std::vector<ParserState> beam = {ParserState(n)}, next;
  std::vector<float> score = {0.0f}, next_score;
  std::vector<Candidate> cands;
  std::vector<std::uint64_t> feats;
  while (!beam[0].terminal()) {  // every item takes 2n transitions: all finish together
    cands.clear();
    for (std::size_t i = 0; i < beam.size(); ++i) {
      features(nodes, beam[i], feats);
      float s[kNumTransitions] = {};
      model.add_scores(feats, s);
      for (int t = 0; t < kNumTransitions; ++t)
        if (beam[i].valid(static_cast<Transition>(t))) cands.push_back({score[i] + s[t], static_cast<int>(i), t});
    }
    const std::size_t keep = std::min<std::size_t>(beam_, cands.size());
    std::partial_sort(cands.begin(), cands.begin() + keep, cands.end(), better);
    next.clear();
    next_score.clear();
    for (std::size_t k = 0; k < keep; ++k) {
      next.push_back(beam[cands[k].item]);
      next.back().apply(static_cast<Transition>(cands[k].transition));
      next_score.push_back(cands[k].score);
    }
    std::swap(beam, next);
    std::swap(score, next_score);
  }
  return beam[0].heads();
}

namespace {

bool projective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (int d = 1; d <= n; ++d)
    for (int e = 1; e <= n; ++e) {
      if (d == e) continue;
      const int a = std::min(d, heads[d]), b = std::max(d, heads[d]);
      const int c = std::min(e, heads[e]), x = std::max(e, heads[e]);
      if ((a < c && c < b && b < x) || (c < a && a < x && x < b)) return false;
    }
  return true;
}

std::vector<int> gold_heads(const std::vector<AnnotatedWord>& words) {
  std::vector<int> heads(words.size() + 1, 0);
  for (std::size_t j = 0; j < words.size(); ++j) heads[j + 1] = words[j].head;
  return heads;
}

}  // namespace

void Parser::train_greedy_epoch(const std::vector<ParsedSentence>& train, const std::vector<std::size_t>& order,
                                int epoch, PerceptronTrainer& trainer, std::uint64_t seed, double& accuracy) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<std::uint64_t> feats;
  std::size_t correct = 0, total = 0;
  for (const auto idx : order) {
    const auto& words = train[idx].words;
    const DynamicOracle oracle(gold_heads(words));
    const auto nodes = describe(words);
    ParserState state(static_cast<int>(words.size()));
    float scores[kNumTransitions];
    while (!state.terminal()) {
      features(nodes, state, feats);
      std::fill(scores, scores + kNumTransitions, 0.0f);
      model_.add_scores(feats, scores);
      const int guess = best_valid(state, scores);
      int costs[kNumTransitions], min_cost = 1 << 30;
      for (int t = 0; t < kNumTransitions; ++t) {
        costs[t] = state.valid(static_cast<Transition>(t)) ? oracle.cost(state, static_cast<Transition>(t)) : 1 << 30;
        min_cost = std::min(min_cost, costs[t]);
      }
      int gold = -1;  // the best-scoring optimal transition
      for (int t = 0; t < kNumTransitions; ++t)
        if (costs[t] == min_cost && (gold < 0 || scores[t] > scores[gold])) gold = t;
      trainer.next_instance();
      const bool ok = costs[guess] == min_cost;
      if (!ok) trainer.update(feats, gold, guess);
      correct += ok;
      ++total;
      const bool explore = epoch >= kExploreFrom && coin(rng) < kExploreProb;
      state.apply(static_cast<Transition>(explore ? guess : gold));
    }
  }
  accuracy = 100.0 * correct / std::max<std::size_t>(total, 1);
}

void Parser::train_beam_epoch(const std::vector<ParsedSentence>& train, const std::vector<std::size_t>& order,
                              PerceptronTrainer& trainer, double& accuracy) {
  // Max-violation updates (Huang, Fayong & Guo 2012): the beam decodes the
  // whole sentence while the gold path is followed beside it, and the update
  // is made at the step where the best beam item outscores the gold prefix by
  // the most. Unlike early update it learns from the whole sentence, which
  // converges faster and to a better model. Each beam item remembers its path
  // as a chain of steps; a step keeps the features it was scored with, so an
  // update can replay both paths.
  struct Step {
    int parent;
    int transition;
    std::size_t begin, end;  // range in `pool`
  };
  struct Item {
    ParserState state;
    float score;
    int step;  // last step, -1 at the start
    bool gold;
  };
  std::vector<Step> steps;
  std::vector<std::uint64_t> pool, feats;
  std::vector<Item> beam, next;
  std::vector<Candidate> cands;
  std::vector<std::size_t> item_begin, item_end;  // each beam item's features in `pool`
  std::size_t full = 0, sentences = 0;
  auto replay = [&](int step, float delta) {
    for (; step >= 0; step = steps[step].parent) {
      const auto& st = steps[step];
      trainer.add(std::span<const std::uint64_t>(pool.data() + st.begin, st.end - st.begin), st.transition, delta);
    }
  };
  for (const auto idx : order) {
    const auto& words = train[idx].words;
    const int n = static_cast<int>(words.size());
    const DynamicOracle oracle(gold_heads(words));
    const auto nodes = describe(words);
    steps.clear();
    pool.clear();
    beam.clear();
    beam.push_back({ParserState(n), 0.0f, -1, true});
    Item gold{ParserState(n), 0.0f, -1, true};
    trainer.next_instance();
    ++sentences;
    float worst = 0.0f;  // largest violation so far and the two prefixes it was seen with
    int worst_gold = -1, worst_pred = -1;
    while (!beam[0].state.terminal()) {
      const Transition gold_t = canonical_gold(oracle, gold.state);
      cands.clear();
      float gold_scores[kNumTransitions] = {};
      std::size_t gold_begin = 0, gold_end = 0;
      bool gold_scored = false;
      item_begin.assign(beam.size(), 0);
      item_end.assign(beam.size(), 0);
      for (std::size_t i = 0; i < beam.size(); ++i) {
        features(nodes, beam[i].state, feats);
        item_begin[i] = pool.size();
        pool.insert(pool.end(), feats.begin(), feats.end());
        item_end[i] = pool.size();
        float s[kNumTransitions] = {};
        model_.add_scores(feats, s);
        for (int t = 0; t < kNumTransitions; ++t)
          if (beam[i].state.valid(static_cast<Transition>(t)))
            cands.push_back({beam[i].score + s[t], static_cast<int>(i), t});
        if (beam[i].gold) {
          std::copy(s, s + kNumTransitions, gold_scores);
          gold_begin = item_begin[i], gold_end = item_end[i];
          gold_scored = true;
        }
      }
      if (!gold_scored) {  // the gold path fell off the beam: score it on its own
        features(nodes, gold.state, feats);
        gold_begin = pool.size();
        pool.insert(pool.end(), feats.begin(), feats.end());
        gold_end = pool.size();
        model_.add_scores(feats, gold_scores);
      }
      const std::size_t keep = std::min<std::size_t>(beam_, cands.size());
      std::partial_sort(cands.begin(), cands.begin() + keep, cands.end(), better);
      next.clear();
      for (std::size_t k = 0; k < keep; ++k) {
        const auto& c = cands[k];
        const auto& from = beam[c.item];
        steps.push_back({from.step, c.transition, item_begin[c.item], item_end[c.item]});
        Item item{from.state, c.score, static_cast<int>(steps.size()) - 1, from.gold && c.transition == gold_t};
        item.state.apply(static_cast<Transition>(c.transition));
        next.push_back(std::move(item));
      }
      steps.push_back({gold.step, gold_t, gold_begin, gold_end});
      gold.step = static_cast<int>(steps.size()) - 1;
      gold.score += gold_scores[gold_t];
      gold.state.apply(gold_t);
      std::swap(beam, next);
      const float violation = beam[0].score - gold.score;
      if (!beam[0].gold && violation >= worst) worst = violation, worst_gold = gold.step, worst_pred = beam[0].step;
    }
    if (worst_pred >= 0) {
      replay(worst_gold, 1.0f);
      replay(worst_pred, -1.0f);
    }
    full += beam[0].gold;
  }
  accuracy = 100.0 * full / std::max<std::size_t>(sentences, 1);
}

void Parser::train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
                   const TrainOptions& options) {
  model_ = LinearModel(kNumTransitions, kLog2Size);
  beam_ = std::max(1, options.beam);
  PerceptronTrainer trainer(model_);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < train.size(); ++i) {
    const auto heads = gold_heads(train[i].words);
    if (!train[i].words.empty() && is_tree(heads) && projective(heads)) order.push_back(i);
  }
  options.log("parser: " + std::to_string(order.size()) + " of " + std::to_string(train.size()) +
              " training sentences are projective single-rooted trees; beam " + std::to_string(beam_));
  std::mt19937_64 rng(options.seed + 1);
  double best_uas = -1;
  LinearModel best;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    double accuracy = 0;
    std::string line = "parser epoch " + std::to_string(epoch);
    if (beam_ > 1) {
      train_beam_epoch(train, order, trainer, accuracy);
      line += ": train sentences without update " + std::to_string(accuracy);
    } else {
      train_greedy_epoch(train, order, epoch, trainer, rng(), accuracy);
      line += ": train transitions " + std::to_string(accuracy);
    }
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

void Parser::save(BinaryWriter& out) const {
  out.u32(static_cast<std::uint32_t>(beam_));
  model_.save(out);
}

bool Parser::load(BinaryReader& in) {
  beam_ = static_cast<int>(in.u32());
  return in.ok() && beam_ >= 1 && beam_ <= 64 && model_.load(in) && model_.n_classes() == kNumTransitions;
}

}  // namespace dyad::nlp
