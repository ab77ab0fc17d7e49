#include "nlp/transition_system.h"

#include <algorithm>
#include <functional>

namespace dyad::nlp {

ParserState::ParserState(int n)
    : heads_(n + 1, -1), lc_(2 * (n + 1), -1), rc_(2 * (n + 1), -1), nl_(n + 1, 0), nr_(n + 1, 0),
      swaps_left_(2 * n + 10) {
  heads_[0] = 0;
  stack_.reserve(n + 1);
  buffer_.reserve(n);
  stack_.push_back(0);
  for (int i = n; i >= 1; --i) buffer_.push_back(i);
}

bool ParserState::valid(Transition t) const {
  const std::size_t s = stack_.size();
  switch (t) {
    case kShift:
      return !buffer_.empty();
    case kLeft:
      return s >= 2 && stack_[s - 2] != 0;
    case kRight:
      // The root takes exactly one dependent, and only at the very end.
      return s >= 2 && (stack_[s - 2] != 0 || (buffer_.empty() && s == 2));
    case kSwap:
      return s >= 2 && swaps_left_ > 0 && stack_[s - 2] != 0 && stack_[s - 2] < stack_[s - 1];
    default:
      return false;
  }
}

void ParserState::attach(int head, int dep) {
  heads_[dep] = head;
  if (dep < head) {
    ++nl_[head];
    int* l = &lc_[2 * head];
    if (l[0] < 0 || dep < l[0]) l[1] = l[0], l[0] = dep;
    else if (l[1] < 0 || dep < l[1]) l[1] = dep;
  } else {
    ++nr_[head];
    int* r = &rc_[2 * head];
    if (r[0] < 0 || dep > r[0]) r[1] = r[0], r[0] = dep;
    else if (r[1] < 0 || dep > r[1]) r[1] = dep;
  }
}

void ParserState::apply(Transition t) {
  const std::size_t s = stack_.size();
  switch (t) {
    case kShift:
      stack_.push_back(buffer_.back());
      buffer_.pop_back();
      break;
    case kLeft:
      attach(stack_[s - 1], stack_[s - 2]);
      stack_.erase(stack_.end() - 2);
      break;
    case kRight:
      attach(stack_[s - 2], stack_[s - 1]);
      stack_.pop_back();
      break;
    case kSwap:
      buffer_.push_back(stack_[s - 2]);
      stack_.erase(stack_.end() - 2);
      --swaps_left_;
      break;
    default:
      break;
  }
}

bool is_tree(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  int roots = 0;
  for (int i = 1; i <= n; ++i) {
    if (heads[i] < 0 || heads[i] > n || heads[i] == i) return false;
    roots += heads[i] == 0;
  }
  if (roots != 1) return false;
  for (int i = 1; i <= n; ++i) {  // every word reaches the root within n steps
    int node = i, steps = 0;
    while (node != 0 && steps <= n) node = heads[node], ++steps;
    if (node != 0) return false;
  }
  return true;
}

StaticOracle::StaticOracle(const std::vector<int>& heads)
    : heads_(heads), n_children_(heads.size(), 0), order_(heads.size(), 0), mpc_(heads.size(), 0) {
  const int n = static_cast<int>(heads.size()) - 1;
  std::vector<std::vector<int>> children(n + 1);
  for (int i = 1; i <= n; ++i) {
    children[heads[i]].push_back(i);
    ++n_children_[heads[i]];
  }
  // Projective order: an in-order walk that puts each head among its dependents.
  int pos = 0;
  std::function<void(int)> walk = [&](int node) {
    for (const int c : children[node])
      if (c < node) walk(c);
    order_[node] = pos++;
    for (const int c : children[node])
      if (c > node) walk(c);
  };
  walk(0);
  // Maximal projective components: what arc-standard builds without swapping.
  ParserState state(n);
  std::vector<int> parent(n + 1);
  for (int i = 0; i <= n; ++i) parent[i] = i;
  auto done = [&](int node) { return state.n_left(node) + state.n_right(node) == n_children_[node]; };
  while (true) {
    const int s0 = state.stack(0), s1 = state.stack(1);
    if (s1 > 0 && heads_[s1] == s0 && done(s1)) {
      parent[s1] = s0;
      state.apply(kLeft);
    } else if (s1 >= 0 && s0 > 0 && heads_[s0] == s1 && done(s0) && state.valid(kRight)) {
      parent[s0] = s1;
      state.apply(kRight);
    } else if (!state.buffer_empty()) {
      state.apply(kShift);
    } else {
      break;
    }
  }
  for (int i = 0; i <= n; ++i) {
    int r = i;
    while (parent[r] != r) r = parent[r];
    mpc_[i] = r;
  }
}

Transition StaticOracle::next(const ParserState& state) const {
  const int s0 = state.stack(0), s1 = state.stack(1);
  if (s1 >= 0) {
    auto done = [&](int node) { return state.n_left(node) + state.n_right(node) == n_children_[node]; };
    if (s1 > 0 && heads_[s1] == s0 && done(s1)) return kLeft;
    if (heads_[s0] == s1 && done(s0) && state.valid(kRight)) return kRight;
    const int b0 = state.buffer(0);
    if (s1 > 0 && order_[s0] < order_[s1] && (b0 < 0 || mpc_[s0] != mpc_[b0])) return kSwap;
  }
  return kShift;
}

}  // namespace dyad::nlp
