#include "nlp/projectivize.h"

#include <algorithm>

namespace dyad::nlp {
namespace {

// Heads 1-based in a 0..n array, from word heads.
std::vector<int> head_array(const std::vector<AnnotatedWord>& words) {
  std::vector<int> h(words.size() + 1, 0);
  for (std::size_t i = 0; i < words.size(); ++i) h[i + 1] = words[i].head;
  return h;
}

bool dominates(const std::vector<int>& h, int a, int d) {  // a is d or an ancestor of d
  for (std::size_t steps = 0; steps < h.size() && d != 0; ++steps) {
    if (d == a) return true;
    d = h[d];
  }
  return d == a;
}

bool projective_arc(const std::vector<int>& h, int d) {
  const int a = std::min(d, h[d]), b = std::max(d, h[d]);
  for (int k = a + 1; k < b; ++k)
    if (!dominates(h, h[d], k)) return false;
  return true;
}

}  // namespace

int projectivize(std::vector<AnnotatedWord>& words) {
  const int n = static_cast<int>(words.size());
  auto h = head_array(words);
  for (int i = 1; i <= n; ++i)
    if (h[i] < 0 || h[i] > n) return 0;
  std::vector<char> lifted(n + 1, 0);
  int lifts = 0;
  for (int guard = 0; guard < 4 * n; ++guard) {
    // Lift the shortest non-projective arc, as Nivre & Nilsson do.
    int best = -1, best_len = 0;
    for (int d = 1; d <= n; ++d) {
      if (h[d] == 0) continue;
      const int len = std::abs(h[d] - d);
      if ((best < 0 || len < best_len) && !projective_arc(h, d)) best = d, best_len = len;
    }
    if (best < 0) break;
    if (!lifted[best]) {
      const int old_head = h[best];
      const auto& head_rel = words[old_head - 1].deprel;
      words[best - 1].deprel += kLiftMark + head_rel.substr(0, head_rel.find(kLiftMark));
      lifted[best] = 1;
    }
    h[best] = h[h[best]];
    ++lifts;
  }
  for (int i = 1; i <= n; ++i) words[i - 1].head = h[i];
  return lifts;
}

void deprojectivize(std::vector<AnnotatedWord>& words) {
  const int n = static_cast<int>(words.size());
  std::vector<std::vector<int>> children(n + 1);
  for (int i = 1; i <= n; ++i) {
    const int h = words[i - 1].head;
    if (h >= 0 && h <= n) children[h].push_back(i);
  }
  // Top-down so a lifted word's new head has already been lowered itself.
  std::vector<int> order = {0};
  std::vector<char> seen(n + 1, 0);
  for (std::size_t q = 0; q < order.size(); ++q)
    for (const int c : children[order[q]])
      if (!seen[c]) seen[c] = 1, order.push_back(c);
  for (std::size_t q = 1; q < order.size(); ++q) {
    const int d = order[q];
    auto& w = words[d - 1];
    const auto mark = w.deprel.find(kLiftMark);
    if (mark == std::string::npos) continue;
    const std::string wanted = w.deprel.substr(mark + 1);
    w.deprel.resize(mark);
    // Breadth-first below the current head, skipping d's own subtree.
    std::vector<int> queue = {w.head};
    int found = -1;
    for (std::size_t k = 0; k < queue.size() && found < 0; ++k)
      for (const int c : children[queue[k]]) {
        if (c == d) continue;
        const auto& cr = words[c - 1].deprel;
        if (cr.compare(0, wanted.size(), wanted) == 0 && (cr.size() == wanted.size() || cr[wanted.size()] == kLiftMark)) {
          found = c;
          break;
        }
        queue.push_back(c);
      }
    if (found < 0) continue;
    auto& old = children[w.head];
    old.erase(std::find(old.begin(), old.end(), d));
    w.head = found;
    children[found].push_back(d);
  }
  for (auto& w : words)  // words outside the tree keep a mark: strip it too
    if (const auto mark = w.deprel.find(kLiftMark); mark != std::string::npos) w.deprel.resize(mark);
}

}  // namespace dyad::nlp
