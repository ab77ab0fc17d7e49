#include "nlp/ud_align.h"

#include <map>
#include <string_view>
#include <tuple>

#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

struct Flat {
  const AnnotatedWord* word;
  long head;  // global index of the head word, -1 for the root
};

std::vector<Flat> flatten(const std::vector<PlacedSentence>& sentences) {
  std::vector<Flat> out;
  for (const auto& s : sentences) {
    const long base = static_cast<long>(out.size());
    for (const auto& w : s.parsed.words) out.push_back({&w, w.head <= 0 ? -1 : base + w.head - 1});
  }
  return out;
}

using Key = std::tuple<std::size_t, std::size_t, int, std::string>;

Key key_of(const PlacedSentence& s, std::size_t i) {
  return {s.span[i].first, s.span[i].second, s.sub[i], lowercase(s.parsed.words[i].form)};
}

}  // namespace

AlignedScores score_ud_aligned(const std::vector<PlacedSentence>& gold, const std::vector<PlacedSentence>& system) {
  AlignedScores out;
  const auto g = flatten(gold), y = flatten(system);
  out.gold_words = g.size();
  out.system_words = y.size();
  std::map<Key, long> gold_at;
  {
    long k = 0;
    for (const auto& s : gold)
      for (std::size_t i = 0; i < s.parsed.words.size(); ++i) gold_at.emplace(key_of(s, i), k++);
  }
  std::vector<long> to_gold(y.size(), -1);
  {
    long k = 0;
    for (const auto& s : system)
      for (std::size_t i = 0; i < s.parsed.words.size(); ++i, ++k)
        if (const auto it = gold_at.find(key_of(s, i)); it != gold_at.end()) to_gold[k] = it->second;
  }
  auto& c = out.correct;
  for (std::size_t k = 0; k < y.size(); ++k) {
    if (to_gold[k] < 0) continue;
    const auto& gw = *g[to_gold[k]].word;
    const auto& yw = *y[k].word;
    ++c.words;
    const bool upos = gw.upos == yw.upos, xpos = gw.xpos == yw.xpos;
    const bool feats = universal_feats(gw.feats) == universal_feats(yw.feats);
    c.upos += upos;
    c.xpos += xpos;
    c.ufeats += feats;
    c.all_tags += upos && xpos && feats;
    c.lemma += gw.lemma == "_" || gw.lemma == yw.lemma;
    const long yh = y[k].head < 0 ? -1 : to_gold[y[k].head];
    const bool head = g[to_gold[k]].head < 0 ? y[k].head < 0 : yh == g[to_gold[k]].head;
    if (head) {
      ++c.uas;
      c.las += universal_relation(gw.deprel) == universal_relation(yw.deprel);
      c.las_full += gw.deprel == yw.deprel;
    }
  }
  return out;
}

}  // namespace dyad::nlp
