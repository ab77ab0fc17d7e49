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
                  data_->policy.unpunctuated_end_margin) {
    splitter_.set_max_tokens(kMaxSentenceTokens);
  }

  void segment_each(std::string_view text, const std::function<void(Sentence&)>& on_sentence) const override {
    const NormalizedText norm = normalize(text);
    std::vector<TokenSpan> spans;
    spans.reserve(norm.text.size() / 5 + 1);
    tokenizer_.tokenize(norm.text, spans);
    const std::vector<std::size_t> ends = splitter_.split(norm.text, spans);

    // Original span of token i; empty when the token lies inside one
    // expanded character ("..." from U+2026), which has no bytes of its own:
    // its text stays with its neighbour.
    NormalizedText::Cursor map(norm);
    auto original = [&](std::size_t i) { return trim_space(text, map.original_span(spans[i])); };
    Sentence sentence;
    std::size_t first = 0;
    for (const std::size_t end : ends) {
      std::size_t n = 0;  // tokens of `sentence` in use; the rest are recycled buffers
      // A no-op when recycling; after a sentence was moved out (segment())
      // it spares the vector's regrowth.
      sentence.tokens.reserve(end - first);
      for (std::size_t i = first; i < end; ++i) {
        const Span span = original(i);
        if (span.empty()) continue;
        if (n == sentence.tokens.size()) sentence.tokens.emplace_back();
        Token& token = sentence.tokens[n++];
        token.span = span;
        token.form.assign(text.data() + span.begin, span.size());
        token.norm.assign(norm.text.data() + spans[i].begin, spans[i].size());
        tokenizer_.split_contraction(token.norm, token.words);
        token.space_after = true;
        if (n > 1) sentence.tokens[n - 2].space_after = sentence.tokens[n - 2].span.end < span.begin;
      }
      first = end;
      if (n == 0) continue;
      sentence.tokens.resize(n);
      // The last token's space_after depends on the next sentence's first token.
      for (std::size_t i = end; i < spans.size(); ++i) {
        const Span next = original(i);
        if (next.empty()) continue;
        sentence.tokens.back().space_after = sentence.tokens.back().span.end < next.begin;
        break;
      }
      sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
      on_sentence(sentence);
    }
  }

 private:
  std::unique_ptr<SegmenterData> data_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

}  // namespace

std::vector<Sentence> Segmenter::segment(std::string_view text) const {
  std::vector<Sentence> sentences;
  segment_each(text, [&](Sentence& s) { sentences.push_back(std::move(s)); });
  return sentences;
}

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
