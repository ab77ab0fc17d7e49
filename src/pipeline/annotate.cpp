#include "pipeline/annotate.h"

namespace dyad::pipeline {

AnnotatedSentence to_words(const Sentence& sentence) {
  AnnotatedSentence out;
  out.parsed.words.reserve(sentence.tokens.size());
  out.word_token.reserve(sentence.tokens.size());
  for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
    const Token& token = sentence.tokens[t];
    if (token.words.empty()) {
      out.parsed.words.push_back(nlp::AnnotatedWord{token.norm.empty() ? token.form : token.norm});
      out.word_token.push_back(t);
      continue;
    }
    for (const std::string& w : token.words) {
      out.parsed.words.push_back(nlp::AnnotatedWord{w});
      out.word_token.push_back(t);
    }
  }
  return out;
}

AnnotatedDocument annotate(SegmentedDocument&& doc, const nlp::Annotator& annotator, const Recognizer& recognizer) {
  AnnotatedDocument out;
  out.segmented = std::move(doc);
  const auto& sentences = out.segmented.sentences;
  out.sentences.reserve(sentences.size());
  std::vector<std::vector<std::string>> upos(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    AnnotatedSentence annotated = to_words(sentences[s]);
    if (!annotated.parsed.words.empty()) {
      if (sentences[s].headline) annotator.annotate_title_case(annotated.parsed.words);
      else annotator.annotate(annotated.parsed);
    }
    upos[s].assign(sentences[s].tokens.size(), "X");
    for (std::size_t w = annotated.parsed.words.size(); w-- > 0;) {
      upos[s][annotated.word_token[w]] = annotated.parsed.words[w].upos;  // ends with the first word's tag
    }
    out.sentences.push_back(std::move(annotated));
  }
  out.mentions = recognizer.recognize(out.segmented.document, sentences, &upos);
  return out;
}

std::pair<std::size_t, std::size_t> word_range(const AnnotatedSentence& annotated, const Sentence& sentence,
                                               const Span& span) {
  std::size_t begin = 0, end = 0;
  bool found = false;
  for (std::size_t w = 0; w < annotated.word_token.size(); ++w) {
    const Span& ts = sentence.tokens[annotated.word_token[w]].span;
    if (ts.end <= span.begin || ts.begin >= span.end) continue;
    if (!found) begin = w;
    found = true;
    end = w + 1;
  }
  return found ? std::pair{begin, end} : std::pair<std::size_t, std::size_t>{0, 0};
}

}  // namespace dyad::pipeline
