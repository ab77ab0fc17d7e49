// Arc-hybrid transitions (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the
// dynamic oracle of Goldberg & Nivre (2013): every transition has a cost (the
// gold arcs it makes unreachable), so training can follow the parser's own
// mistakes and learn to recover from them. The system is projective;
// non-projective trees go through pseudo-projective lifting (projectivize.h).
#pragma once
#include <vector>

namespace dyad::nlp {

enum Transition : int { kShift = 0, kLeft = 1, kRight = 2, kNumTransitions = 3 };

// Nodes are 0 (the artificial root, bottom of the stack) and 1..n (words).
// The buffer is always the contiguous range next()..n.
class ParserState {
 public:
  explicit ParserState(int n_words);

  bool terminal() const { return next_ > n_ && stack_.size() == 1; }
  bool valid(Transition t) const;
  void apply(Transition t);

  // Stack item i from the top (0 = top) or -1; buffer item i from the front or -1.
  int stack(int i) const { return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1; }
  int buffer(int i) const { return next_ + i <= n_ ? next_ + i : -1; }
  std::size_t stack_size() const { return stack_.size(); }
  bool buffer_empty() const { return next_ > n_; }
  bool on_stack(int node) const { return on_stack_[node] != 0; }
  bool in_buffer(int node) const { return node >= next_; }

  int head(int node) const { return heads_[node]; }
  // Two outermost children on each side: left(node, 0) is the leftmost.
  int left(int node, int k) const { return node < 0 ? -1 : lc_[2 * node + k]; }
  int right(int node, int k) const { return node < 0 ? -1 : rc_[2 * node + k]; }
  int n_left(int node) const { return node < 0 ? 0 : nl_[node]; }
  int n_right(int node) const { return node < 0 ? 0 : nr_[node]; }
  const std::vector<int>& heads() const { return heads_; }

 private:
  void attach(int head, int dep);

  int n_;
  int next_ = 1;
  std::vector<int> stack_;
  std::vector<char> on_stack_;
  std::vector<int> heads_;
  std::vector<int> lc_, rc_, nl_, nr_;
};

// Costs of transitions against one projective gold tree (heads[0] unused).
class DynamicOracle {
 public:
  explicit DynamicOracle(const std::vector<int>& heads);
  // Gold arcs lost by applying `t` in `state` (t must be valid).
  int cost(const ParserState& state, Transition t) const;

 private:
  std::vector<int> heads_;
  std::vector<std::vector<int>> children_;
};

// True when `heads` form a tree rooted at 0 with exactly one root child.
bool is_tree(const std::vector<int>& heads);

}  // namespace dyad::nlp
