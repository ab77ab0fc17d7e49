#include "text/segmenter.h"

#include <optional>

#include "text/normalize.h"
#include "text/segmenter_data.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

// Normalisation can fold a space into a composed character (space + U+0341
// becomes a chunk mapped to the space's offset); a token never starts or ends
// on whitespace of the original.
Span trim_space(std::string_view text, Span span) {
  auto space = [&](std::size_t i) { return text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r'; };
  while (span.begin < span.end && space(span.begin)) ++span.begin;
  while (span.end > span.begin && space(span.end - 1)) --span.end;
  return span;
}

class RuleSegmenter final : public Segmenter {
 public:
  RuleSegmenter(std::unique_ptr<SegmenterData> data, std::optional<SentenceModel> model)
      : data_(std::move(data)), tokenizer_(*data_), splitter_(std::move(model), data_->policy.unpunctuated_sentence_ends, data_->titles,
                  data_->policy.unpunctuated_end_margin) {}

  std::vector<Sentence> segment(std::string_view text) const override {
    const NormalizedText norm = normalize(text);
    std::vector<Span> spans;
    spans.reserve(norm.text.size() / 5 + 1);
    tokenizer_.tokenize(norm.text, spans);
    const std::vector<std::size_t> ends = splitter_.split(norm.text, spans);

    std::vector<Sentence> sentences;
    sentences.reserve(ends.size());
    std::size_t first = 0;
    for (const std::size_t end : ends) {
      Sentence sentence;
      sentence.tokens.reserve(end - first);
      for (std::size_t i = first; i < end; ++i) {
        const Span original = trim_space(text, norm.original_span(spans[i]));
        // A token inside one expanded character ("…" -> "...") has no
        // original bytes of its own; its text stays with its neighbour.
        if (original.empty()) continue;
        Token token;
        token.span = original;
        token.form = std::string(text.substr(original.begin, original.size()));
        token.norm = norm.text.substr(spans[i].begin, spans[i].size());
        token.words = tokenizer_.split_contraction(token.norm);
        if (!sentence.tokens.empty()) sentence.tokens.back().space_after = sentence.tokens.back().span.end < original.begin;
        else if (!sentences.empty()) sentences.back().tokens.back().space_after = sentences.back().tokens.back().span.end < original.begin;
        sentence.tokens.push_back(std::move(token));
      }
      first = end;
      if (sentence.tokens.empty()) continue;
      sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
      sentences.push_back(std::move(sentence));
    }
    return sentences;
  }

 private:
  std::unique_ptr<SegmenterData> data_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

}  // namespace

std::unique_ptr<Segmenter> load_segmenter(const std::filesystem::path& data_dir, const std::string& lang,
                                          std::string* error) {
  auto data = std::make_unique<SegmenterData>();
  if (lang.empty() || lang.find_first_of("/\\.") != std::string::npos) {
    if (error) *error = "invalid language code '" + lang + "'";
    return nullptr;
  }
  if (!load_segmenter_data(data_dir / "lang" / lang, *data, error)) return nullptr;
  std::optional<SentenceModel> model;
  if (!data->sentence_model.empty()) {
    model.emplace();
    if (!model->load(data->sentence_model, error)) return nullptr;
  }
  return std::make_unique<RuleSegmenter>(std::move(data), std::move(model));
}

}  // namespace dyad
