#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "nlp/annotator.h"
#include "nlp/ud_align.h"
#include "nlp/ud_eval.h"
#include "pipeline/annotate.h"
#include "text/segment_eval.h"
#include "text/segmenter.h"

namespace dyad::cli {
namespace {

struct EvalArgs {
  std::string gold, lang, model;
  bool raw = false;
};

// Gold words placed on the gold tokens' spans; false when the two disagree.
bool place_gold(const std::vector<nlp::ParsedSentence>& words, const std::vector<Sentence>& tokens,
                std::vector<nlp::PlacedSentence>& out, std::string* error) {
  if (words.size() != tokens.size()) {
    *error = "gold sentences and gold raw-text sentences differ in number";
    return false;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    nlp::PlacedSentence p;
    p.parsed = words[i];
    const std::size_t n = p.parsed.words.size();
    std::vector<std::size_t> range_end(n + 1, 0);  // 1-based word -> last word of its multi-word token
    for (const auto& e : p.parsed.extra) {
      std::size_t a = 0, b = 0;
      if (std::sscanf(e.line.c_str(), "%zu-%zu", &a, &b) == 2 && a >= 1 && a <= n && b <= n) range_end[a] = b;
    }
    std::size_t t = 0;
    for (std::size_t w = 1; w <= n; ++t) {
      if (t >= tokens[i].tokens.size()) {
        *error = "sentence " + std::to_string(i + 1) + ": more tokens in CoNLL-U than in its raw text";
        return false;
      }
      const auto span = tokens[i].tokens[t].span;
      const std::size_t last = range_end[w] ? range_end[w] : w;
      for (std::size_t k = w; k <= last; ++k) {
        p.span.emplace_back(span.begin, span.end);
        p.sub.push_back(static_cast<int>(k - w));
      }
      w = last + 1;
    }
    out.push_back(std::move(p));
  }
  return true;
}

int eval_raw(const EvalArgs& args, const nlp::Annotator& model) {
  std::string error, raw;
  std::vector<Sentence> gold_tokens;
  std::vector<nlp::ParsedSentence> gold_words;
  if (!read_gold_segmentation(args.gold, raw, gold_tokens, &error) ||
      !nlp::read_conllu_file(args.gold, gold_words, &error)) {
    std::cerr << "dyad: " << error << "\n";
    return kFatal;
  }
  std::vector<nlp::PlacedSentence> gold;
  if (!place_gold(gold_words, gold_tokens, gold, &error)) {
    std::cerr << "dyad: " << args.gold << ": " << error << "\n";
    return kFatal;
  }
  auto segmenter = load_segmenter(data_dir(), args.lang, &error);
  if (!segmenter) {
    std::cerr << "dyad: " << error << "\n";
    return kFatal;
  }
  const auto start = std::chrono::steady_clock::now();
  const auto sentences = segmenter->segment(raw);
  std::vector<nlp::PlacedSentence> system;
  std::size_t words = 0;
  for (const auto& sentence : sentences) {
    auto annotated = pipeline::to_words(sentence);
    nlp::PlacedSentence p;
    p.parsed = std::move(annotated.parsed);
    model.annotate(p.parsed);
    words += p.parsed.words.size();
    for (std::size_t w = 0; w < p.parsed.words.size(); ++w) {
      const auto t = annotated.word_token[w];
      const auto span = sentence.tokens[t].span;
      p.span.emplace_back(span.begin, span.end);
      p.sub.push_back(w > 0 && annotated.word_token[w - 1] == t ? p.sub.back() + 1 : 0);
    }
    system.push_back(std::move(p));
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto seg = score_segmentation(raw, gold_tokens, sentences);
  const auto sc = nlp::score_ud_aligned(gold, system);
  std::printf("%-9s %8s\n", "Metric", "F1");
  std::printf("%-9s %8.2f\n", "Tokens", 100 * seg.tokens.f1());
  std::printf("%-9s %8.2f\n", "Sentences", 100 * seg.sentences.f1());
  auto row = [&](const char* name, std::size_t n) { std::printf("%-9s %8.2f\n", name, sc.f1(n)); };
  const auto& c = sc.correct;
  row("Words", c.words);
  row("UPOS", c.upos);
  row("XPOS", c.xpos);
  row("UFeats", c.ufeats);
  row("AllTags", c.all_tags);
  row("Lemmas", c.lemma);
  row("UAS", c.uas);
  row("LAS", c.las);
  std::printf("%zu gold words, %zu system words, %.0f words/s (segment + annotate)\n", sc.gold_words,
              sc.system_words, words / std::max(secs, 1e-9));
  return kOk;
}

int eval_gold_tokens(const EvalArgs& args, const nlp::Annotator& model) {
  std::string error;
  std::vector<nlp::ParsedSentence> gold;
  if (!nlp::read_conllu_file(args.gold, gold, &error)) {
    std::cerr << "dyad: " << error << "\n";
    return kFatal;
  }
  auto system = gold;
  std::size_t tokens = 0;
  const auto start = std::chrono::steady_clock::now();
  for (auto& s : system) {
    for (auto& w : s.words) w = nlp::AnnotatedWord{w.form};
    model.annotate(s);
    tokens += s.words.size();
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  nlp::UdScores sc;
  if (!nlp::score_ud(gold, system, sc, &error)) {
    std::cerr << "dyad: " << error << "\n";
    return kFatal;
  }
  std::printf("%-8s %8s\n", "Metric", "F1");
  auto row = [&](const char* name, std::size_t n) { std::printf("%-8s %8.2f\n", name, nlp::UdScores::pct(n, sc.words)); };
  row("UPOS", sc.upos);
  row("XPOS", sc.xpos);
  row("UFeats", sc.ufeats);
  row("AllTags", sc.all_tags);
  row("Lemmas", sc.lemma);
  row("UAS", sc.uas);
  row("LAS", sc.las);
  row("LAS-sub", sc.las_full);
  std::printf("%zu words, %.0f words/s\n", sc.words, tokens / std::max(secs, 1e-9));
  return kOk;
}

}  // namespace

Command add_eval_ud(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "eval-ud", "Re-annotate a gold CoNLL-U file on its own tokens (or from its raw text) and score it (CoNLL 2018 definitions)");
  auto args = std::make_shared<EvalArgs>();
  cmd->add_option("gold", args->gold, "Gold CoNLL-U file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--lang,-l", args->lang, "Language (en, nl)")->required();
  cmd->add_option("--model,-m", args->model, "Model file (default: models/<lang>.dyadmodel)");
  cmd->add_flag("--raw", args->raw, "Segment the gold raw text with the front end first, align words by character spans");
  return {cmd, [args]() -> int {
    std::string error;
    const auto path = args->model.empty() ? nlp::default_model_path(args->lang) : std::filesystem::path(args->model);
    const auto model = nlp::Annotator::load(path, &error);
    if (!model) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    return args->raw ? eval_raw(*args, *model) : eval_gold_tokens(*args, *model);
  }};
}

}  // namespace dyad::cli
