// Arc-standard transitions with SWAP (Nivre 2009): SWAP moves the second
// stack item back to the buffer so arcs between words that are not adjacent in
// the surface order can be built, which Dutch verb clusters need. With the
// lazy oracle (Nivre, Kuhlmann & Hall 2009) swaps stay few and parsing is
// linear in practice; a per-sentence swap budget makes it linear always.
#pragma once
#include <vector>

namespace dyad::nlp {

enum Transition : int { kShift = 0, kLeft = 1, kRight = 2, kSwap = 3, kNumTransitions = 4 };

// Nodes are 0 (the artificial root) and 1..n (words).
class ParserState {
 public:
  explicit ParserState(int n_words);

  bool terminal() const { return buffer_.empty() && stack_.size() == 1; }
  bool valid(Transition t) const;
  void apply(Transition t);

  // Stack item i from the top (0 = top) or -1; buffer item i from the front or -1.
  int stack(int i) const { return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1; }
  int buffer(int i) const { return i < static_cast<int>(buffer_.size()) ? buffer_[buffer_.size() - 1 - i] : -1; }
  std::size_t stack_size() const { return stack_.size(); }
  bool buffer_empty() const { return buffer_.empty(); }

  int head(int node) const { return heads_[node]; }
  // Two outermost children on each side: left(node, 0) is the leftmost.
  int left(int node, int k) const { return node < 0 ? -1 : lc_[2 * node + k]; }
  int right(int node, int k) const { return node < 0 ? -1 : rc_[2 * node + k]; }
  int n_left(int node) const { return node < 0 ? 0 : nl_[node]; }
  int n_right(int node) const { return node < 0 ? 0 : nr_[node]; }
  const std::vector<int>& heads() const { return heads_; }

 private:
  void attach(int head, int dep);

  std::vector<int> stack_;
  std::vector<int> buffer_;  // reversed: back() is the front of the buffer
  std::vector<int> heads_;
  std::vector<int> lc_, rc_, nl_, nr_;
  int swaps_left_;
};

// The lazy static oracle for one gold tree (heads[0] unused, heads[i] in 0..n).
class StaticOracle {
 public:
  explicit StaticOracle(const std::vector<int>& heads);
  Transition next(const ParserState& state) const;

 private:
  std::vector<int> heads_;
  std::vector<int> n_children_;
  std::vector<int> order_;  // position of each node in the projective order
  std::vector<int> mpc_;    // maximal projective component of each node
};

// True when `heads` form a tree rooted at 0 with exactly one root child.
bool is_tree(const std::vector<int>& heads);

}  // namespace dyad::nlp
