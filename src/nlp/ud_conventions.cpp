#include "nlp/ud_conventions.h"

#include <string_view>
#include <utility>

#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

bool content_word(const std::string& upos) { return upos == "NOUN" || upos == "VERB" || upos == "ADJ"; }

std::string without_bars(std::string s) {
  std::string out;
  for (const char c : s)
    if (c != '_') out += c;
  return out;
}

// Person of the Dutch possessives, "" for other words.
std::string possessive_person(const std::string& lower) {
  static const std::map<std::string, std::string> table = {
      {"mijn", "1"}, {"m'n", "1"},  {"ons", "1"},  {"onze", "1"}, {"jouw", "2"}, {"je", "2"},
      {"uw", "2"},   {"jullie", "2"}, {"zijn", "3"}, {"z'n", "3"},  {"haar", "3"}, {"hun", "3"},
      {"d'r", "3"},
  };
  const auto it = table.find(lower);
  return it == table.end() ? std::string() : it->second;
}

std::string fix_feature_case(const std::string& feats, std::size_t& changed) {
  std::string out = feats;
  for (const std::string_view key : {"Abbr=yes", "Foreign=yes"})
    for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at + 1)) {
      out[at + key.size() - 3] = 'Y';
      ++changed;
    }
  return out;
}

}  // namespace

LemmaConventions learn_lemma_conventions(const std::vector<ParsedSentence>& current) {
  LemmaConventions c;
  std::map<std::string, std::map<std::string, int>> split_counts;
  for (const auto& s : current)
    for (const auto& w : s.words) {
      if (w.deprel == "compound:prt" && w.head >= 1 && w.head <= static_cast<int>(s.words.size())) {
        const auto particle = lowercase(w.form);
        const bool in_lemma = s.words[w.head - 1].lemma.compare(0, particle.size() + 1, particle + "_") == 0;
        (in_lemma ? c.particles[particle].first : c.particles[particle].second)++;
      }
      if (!content_word(w.upos) || w.lemma == "_" || w.lemma.empty()) continue;
      const auto lemma = lowercase(w.lemma);
      if (lemma.find('_') == std::string::npos) c.whole.insert(w.upos + '\t' + lemma);
      else ++split_counts[w.upos + '\t' + without_bars(lemma)][w.lemma];
    }
  for (const auto& [key, counts] : split_counts) {
    const std::string* best = nullptr;
    int n = 0;
    for (const auto& [lemma, count] : counts)
      if (count > n) best = &lemma, n = count;
    c.split[key] = *best;
  }
  return c;
}

void convert_dutch_2017(std::vector<ParsedSentence>& sentences, const LemmaConventions& conventions,
                        ConversionCounts* counts) {
  ConversionCounts local;
  auto& n = counts ? *counts : local;
  for (auto& s : sentences) {
    auto& words = s.words;
    const int size = static_cast<int>(words.size());
    auto head_of = [&](const AnnotatedWord& w) -> AnnotatedWord* {
      return w.head >= 1 && w.head <= size ? &words[w.head - 1] : nullptr;
    };
    auto has_child = [&](int index, auto&& pred) {
      for (const auto& d : words)
        if (d.head == index + 1 && pred(d)) return true;
      return false;
    };
    // Relations and features first: the lemma mapping reads compound:prt.
    for (int i = 0; i < size; ++i) {
      auto& w = words[i];
      ++n.words;
      if (w.deprel == "flat:name") {
        w.deprel = "flat";
        ++n.relations;
      }
      w.feats = fix_feature_case(w.feats, n.features);
      if (w.deprel == "det" && (w.upos == "DET" || w.upos == "PRON")) {
        if (const auto person = possessive_person(lowercase(w.form)); !person.empty()) {
          w.upos = "PRON";
          w.deprel = "nmod:poss";
          w.feats = "Person=" + person + "|Poss=Yes|PronType=Prs";
          ++n.possessives;
        }
      }
      if (w.deprel == "obl") {
        const auto* head = head_of(w);
        const bool passive = head && has_child(w.head - 1, [](const AnnotatedWord& d) { return d.deprel == "aux:pass"; });
        const bool door = has_child(i, [](const AnnotatedWord& d) {
          return d.deprel == "case" && lowercase(d.form) == "door";
        });
        if (passive && door) {
          w.deprel = "obl:agent";
          ++n.agents;
        }
      }
    }
    for (int i = 0; i < size; ++i) {
      auto& w = words[i];
      if (!content_word(w.upos) || w.lemma == "_" || w.lemma.empty()) continue;
      std::string lemma = w.lemma;
      std::string particle;
      if (w.upos == "VERB")
        for (const auto& d : words)
          if (d.head == i + 1 && d.deprel == "compound:prt") {
            const auto p = lowercase(d.form);
            const auto it = conventions.particles.find(p);
            if (it != conventions.particles.end() && it->second.first > it->second.second) particle = p;
          }
      const auto key = w.upos + '\t' + lowercase(without_bars(lemma));
      if (const auto it = conventions.split.find(key); it != conventions.split.end()) {
        lemma = it->second;
        ++n.lemmas_split;
      } else if (conventions.whole.count(key)) {
        ++n.lemmas_kept;
      } else if (particle.empty()) {
        lemma = "_";
        ++n.lemmas_unknown;
      }
      if (!particle.empty() && lemma != "_" && lemma.compare(0, particle.size() + 1, particle + "_") != 0) {
        lemma = particle + "_" + lemma;
        ++n.particles_joined;
      }
      w.lemma = lemma;
    }
  }
}

}  // namespace dyad::nlp
