#include "text/train_sentence_model.h"

#include <cmath>
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

// Candidate gaps of one gold file, labelled. Gaps at blank lines are left out:
// the splitter ends sentences there by rule.
void collect_examples(const Tokenizer& tokenizer, bool unpunctuated, const std::string& raw,
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
    boundary_features(norm.text, tokens, i, contexts[i], e.features);
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
  std::vector<Example> examples;
  std::size_t missed = 0;
  for (const auto& file : gold_files) {
    std::string raw;
    std::vector<Sentence> gold;
    if (!read_gold_segmentation(file, raw, gold, error)) return false;
    collect_examples(tokenizer, data.policy.unpunctuated_sentence_ends, raw, gold, examples, missed);
  }
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
  SentenceModel model;
  model.set_weights(std::move(averaged));
  log << "features kept " << model.weights().size() << "\n";
  return model.save(out, error);
}

}  // namespace dyad
