#include "nlp/ud_eval.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad::nlp {
namespace {

constexpr std::array<std::string_view, 21> kUniversalFeatures = {
    "PronType", "NumType", "Poss",   "Reflex", "Foreign", "Abbr",     "Gender",
    "Animacy",  "Number",  "Case",   "Definite", "Degree", "VerbForm", "Mood",
    "Tense",    "Aspect",  "Voice",  "Evident", "Polarity", "Person",  "Polite"};

}  // namespace

std::string universal_feats(const std::string& feats) {
  std::vector<std::string_view> kept;
  std::string_view rest(feats);
  while (!rest.empty()) {
    const auto bar = rest.find('|');
    const auto feat = rest.substr(0, bar);
    const auto name = feat.substr(0, feat.find('='));
    if (std::find(kUniversalFeatures.begin(), kUniversalFeatures.end(), name) != kUniversalFeatures.end())
      kept.push_back(feat);
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (const auto f : kept) {
    if (!out.empty()) out += '|';
    out += f;
  }
  return out;
}

bool score_ud(const std::vector<ParsedSentence>& gold, const std::vector<ParsedSentence>& system,
              UdScores& s, std::string* error) {
  if (gold.size() != system.size()) {
    if (error)
      *error = "gold has " + std::to_string(gold.size()) + " sentences, system " + std::to_string(system.size());
    return false;
  }
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const auto& g = gold[i].words;
    const auto& y = system[i].words;
    if (g.size() != y.size()) {
      if (error) *error = "sentence " + std::to_string(i + 1) + ": word counts differ";
      return false;
    }
    for (std::size_t j = 0; j < g.size(); ++j) {
      if (g[j].form != y[j].form) {
        if (error) *error = "sentence " + std::to_string(i + 1) + ": word " + std::to_string(j + 1) + " differs";
        return false;
      }
      ++s.words;
      const bool upos = g[j].upos == y[j].upos;
      const bool xpos = g[j].xpos == y[j].xpos;
      const bool feats = universal_feats(g[j].feats) == universal_feats(y[j].feats);
      s.upos += upos;
      s.xpos += xpos;
      s.ufeats += feats;
      s.all_tags += upos && xpos && feats;
      s.lemma += g[j].lemma == "_" || g[j].lemma == y[j].lemma;
      if (g[j].head == y[j].head) {
        ++s.uas;
        s.las += universal_relation(g[j].deprel) == universal_relation(y[j].deprel);
        s.las_full += g[j].deprel == y[j].deprel;
      }
    }
  }
  return true;
}

}  // namespace dyad::nlp
