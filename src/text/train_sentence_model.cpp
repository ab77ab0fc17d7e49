#include "text/train_sentence_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <unordered_map>
#include <unordered_set>

#include "text/normalize.h"
#include "text/segment_eval.h"
#include "text/segmenter_data.h"
#include "text/sentence_features.h"
#include "text/sentence_model.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

struct Example {
  std::vector<std::uint64_t> features;
  bool boundary = false;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_plain_word(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80)) return false;
  return true;
}

// The word classes of WordClasses, counted over the gold sentences. A
// starter begins at least kMinStarts sentences, is capitalised elsewhere at
// most a third as often (names such as "Obama" or "President" are
// capitalised anywhere) and occurs in lower case too (Punkt's orthographic
// evidence that the capital is the sentence's, not the word's). A label
// begins at least two sentences right before a colon and occurs in lower
// case too (which leaves out most speakers' names, "Carol:"). Both lists
// come out sorted (std::map), so the model file is reproducible.
void learn_word_classes(const std::vector<std::vector<Sentence>>& golds, std::vector<std::string>& starters,
                        std::vector<std::string>& labels) {
  constexpr std::size_t kMinStarts = 5;
  struct Counts {
    std::size_t starts = 0, capital_inside = 0, lower = 0, label = 0;
  };
  std::map<std::string, Counts, std::less<>> counts;
  for (const auto& gold : golds)
    for (const Sentence& s : gold)
      for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        const std::string& form = s.tokens[i].form;
        if (!is_plain_word(form)) continue;
        Counts& c = counts[ascii_lower(form)];
        const bool capital = form[0] >= 'A' && form[0] <= 'Z';
        if (!capital) ++c.lower;
        else if (i > 0) ++c.capital_inside;
        else {
          ++c.starts;
          c.label += s.tokens.size() > 1 && s.tokens[1].form == ":";
        }
      }
  for (const auto& [word, c] : counts) {
    if (c.starts >= kMinStarts && c.capital_inside * 3 <= c.starts && c.lower > 0) starters.push_back(word);
    if (c.label >= 2 && c.lower > 0) labels.push_back(word);
  }
}

// Candidate gaps of one gold file, labelled. Gaps at blank lines are left out:
// the splitter ends sentences there by rule.
void collect_examples(const Tokenizer& tokenizer, bool unpunctuated, const WordClasses& classes, const std::string& raw,
                      const std::vector<Sentence>& gold, std::vector<Example>& examples, std::size_t& missed) {
  std::vector<std::uint32_t> prefix(raw.size() + 1, 0);
  for (std::size_t i = 0; i < raw.size(); ++i) prefix[i + 1] = prefix[i] + (is_space(raw[i]) ? 0 : 1);
  std::unordered_set<std::uint32_t> gold_ends;
  for (const Sentence& s : gold)
    if (!s.tokens.empty()) gold_ends.insert(prefix[s.span.end]);

  const NormalizedText norm = normalize(raw);
  std::vector<TokenSpan> tokens;
  tokenizer.tokenize(norm.text, tokens);
  const std::vector<GapContext> contexts = gap_contexts(norm.text, tokens);
  std::size_t found = 0;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const bool boundary = gold_ends.contains(prefix[norm.original_span(tokens[i]).end]);
    if (newlines_after(norm.text, tokens, i) >= 2) {
      found += boundary;
      continue;
    }
    if (!is_boundary_candidate(norm.text, tokens, i, unpunctuated)) continue;
    found += boundary;
    Example e;
    boundary_features(norm.text, tokens, i, contexts[i], classes, e.features);
    e.boundary = boundary;
    examples.push_back(std::move(e));
  }
  missed += gold_ends.size() - std::min(gold_ends.size(), found + 1);
}

}  // namespace

bool train_sentence_model(const std::filesystem::path& data_dir, const std::string& lang,
                          const std::vector<std::filesystem::path>& gold_files, const std::filesystem::path& out,
                          const SentenceTrainingOptions& options, std::ostream& log, std::string* error) {
  SegmenterData data;
  if (!load_segmenter_data(data_dir / "lang" / lang, data, error)) return false;
  const Tokenizer tokenizer(data);
  std::vector<std::string> raws(gold_files.size());
  std::vector<std::vector<Sentence>> golds(gold_files.size());
  for (std::size_t f = 0; f < gold_files.size(); ++f)
    if (!read_gold_segmentation(gold_files[f], raws[f], golds[f], error)) return false;
  SentenceModel model;
  {
    std::vector<std::string> starters, labels;
    learn_word_classes(golds, starters, labels);
    for (const std::string& word : data.labels)
      if (std::find(labels.begin(), labels.end(), word) == labels.end()) labels.push_back(word);
    log << "starters " << starters.size() << ", labels " << labels.size() << "\n";
    model.set_words(std::move(starters), std::move(labels));
  }
  std::vector<Example> examples;
  std::size_t missed = 0;
  for (std::size_t f = 0; f < gold_files.size(); ++f)
    collect_examples(tokenizer, data.policy.unpunctuated_sentence_ends, model.classes(), raws[f], golds[f], examples,
                     missed);
  std::size_t positives = 0;
  for (const Example& e : examples) positives += e.boundary;
  log << "examples " << examples.size() << ", boundaries " << positives
      << ", gold ends not at a candidate " << missed << "\n";

  // Averaged perceptron with the usual lazy-update trick: `total` holds
  // sum over steps of the weight, kept current through `stamp`.
  struct Weight {
    double w = 0, total = 0;
    std::size_t stamp = 0;
  };
  std::unordered_map<std::uint64_t, Weight> weights;
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  std::size_t step = 0;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    // Fisher-Yates with the raw generator: std::shuffle is not specified
    // exactly, so it could differ between standard libraries.
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    std::size_t errors = 0;
    for (const std::size_t index : order) {
      ++step;
      const Example& e = examples[index];
      double score = 0;
      for (const std::uint64_t f : e.features) {
        const auto it = weights.find(f);
        if (it != weights.end()) score += it->second.w;
      }
      if ((score > 0) == e.boundary) continue;
      ++errors;
      const double delta = e.boundary ? 1.0 : -1.0;
      for (const std::uint64_t f : e.features) {
        Weight& w = weights[f];
        w.total += w.w * static_cast<double>(step - w.stamp);
        w.stamp = step;
        w.w += delta;
      }
    }
    log << "epoch " << epoch + 1 << ": " << errors << " errors\n";
  }
  std::unordered_map<std::uint64_t, double> averaged;
  for (auto& [feature, w] : weights) {
    w.total += w.w * static_cast<double>(step - w.stamp);
    const double average = step ? w.total / static_cast<double>(step) : 0.0;
    if (std::fabs(average) >= options.min_weight) averaged[feature] = average;
  }
  model.set_weights(std::move(averaged));
  log << "features kept " << model.weights().size() << "\n";
  return model.save(out, error);
}

}  // namespace dyad
