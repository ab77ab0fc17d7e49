#include "nlp/transition_system.h"

namespace dyad::nlp {

ParserState::ParserState(int n)
    : n_(n), on_stack_(n + 1, 0), heads_(n + 1, -1), lc_(2 * (n + 1), -1), rc_(2 * (n + 1), -1), nl_(n + 1, 0),
      nr_(n + 1, 0) {
  heads_[0] = 0;
  stack_.reserve(n + 1);
  stack_.push_back(0);
  on_stack_[0] = 1;
}

bool ParserState::valid(Transition t) const {
  const std::size_t s = stack_.size();
  switch (t) {
    case kShift:
      return next_ <= n_;
    case kLeft:
      return s >= 2 && next_ <= n_;
    case kRight:
      // The root takes exactly one dependent, and only at the very end.
      return s >= 2 && (stack_[s - 2] != 0 || (next_ > n_ && s == 2));
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
      stack_.push_back(next_);
      on_stack_[next_++] = 1;
      break;
    case kLeft:
      attach(next_, stack_[s - 1]);
      on_stack_[stack_[s - 1]] = 0;
      stack_.pop_back();
      break;
    case kRight:
      attach(stack_[s - 2], stack_[s - 1]);
      on_stack_[stack_[s - 1]] = 0;
      stack_.pop_back();
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

DynamicOracle::DynamicOracle(const std::vector<int>& heads) : heads_(heads), children_(heads.size()) {
  for (std::size_t i = 1; i < heads.size(); ++i) children_[heads[i]].push_back(static_cast<int>(i));
}

int DynamicOracle::cost(const ParserState& st, Transition t) const {
  const int s0 = st.stack(0), s1 = st.stack(1), b0 = st.buffer(0);
  int c = 0;
  switch (t) {
    case kShift:
      // b0 can no longer take a head below s0 nor dependents still on the stack.
      if (heads_[b0] != s0 && st.on_stack(heads_[b0])) ++c;
      for (const int d : children_[b0]) c += st.on_stack(d) && st.head(d) < 0;
      break;
    case kLeft:
      // s0 leaves with head b0: its head s1 or further in the buffer, and its
      // dependents still in the buffer, are lost.
      if (heads_[s0] != b0 && (heads_[s0] == s1 || (heads_[s0] > b0 && st.in_buffer(heads_[s0])))) ++c;
      for (const int d : children_[s0]) c += st.in_buffer(d);
      break;
    case kRight:
      if (heads_[s0] != s1 && heads_[s0] > 0 && st.in_buffer(heads_[s0])) ++c;
      for (const int d : children_[s0]) c += st.in_buffer(d);
      break;
    default:
      break;
  }
  return c;
}

}  // namespace dyad::nlp
