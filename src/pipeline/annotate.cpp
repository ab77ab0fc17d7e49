#include "pipeline/annotate.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "nlp/word_shape.h"

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

namespace {

// After a colon, an opening quote or bracket or a dash a capital says nothing.
bool opens_anew(std::string_view prev) {
  return prev == ":" || prev == "\"" || prev == "'" || prev == "\u201C" || prev == "\u2018" || prev == "(" ||
         prev == "-" || prev == "\u2013" || prev == "\u2014" || prev == "\u00AB";
}

// How the document's running text writes its words, to truecase its
// title-case headlines: lower-cased form -> true when written in lower case
// somewhere, false when only capitalised inside a sentence (a name, a title).
// Sentence-initial words and headlines say nothing.
std::unordered_map<std::string, bool> running_case(const std::vector<Sentence>& sentences) {
  std::unordered_map<std::string, bool> out;
  for (const Sentence& s : sentences) {
    if (s.headline) continue;
    for (std::size_t t = 1; t < s.tokens.size(); ++t) {
      const std::string& form = s.tokens[t].form;
      const std::string lower = nlp::lowercase(form);
      if (lower == form) {
        out[lower] = true;
      } else if (lower.size() > 1 && !opens_anew(s.tokens[t - 1].form)) {
        out.emplace(lower, false);
      }
    }
  }
  return out;
}

// What the actor registry and the date words know of the sentence's words,
// for the tagger: a state's name is a proper noun; a role noun
// ("ambtgenoot") or a day ("dinsdagavond") a noun if the model has not seen
// it. Null when there is nothing (no copy to make).
std::optional<nlp::WordHints> word_hints(const AnnotatedSentence& sentence, const Registry& registry,
                                         const events::DateRules* dates) {
  std::optional<nlp::WordHints> out;
  const auto& words = sentence.parsed.words;
  for (std::size_t w = 0; w < words.size(); ++w) {
    nlp::WordHint hint = nlp::WordHint::kNone;
    if (registry.names_a_state(words[w].form)) hint = nlp::WordHint::kName;
    else if (registry.names_a_role(words[w].form)) hint = nlp::WordHint::kNoun;
    else if (dates) {
      const std::string lower = nlp::lowercase(words[w].form);
      if (dates->weekday(lower) && !dates->weekday_alone(lower)) hint = nlp::WordHint::kNoun;
      else if (dates->number_word(lower)) hint = nlp::WordHint::kNumber;
    }
    if (hint == nlp::WordHint::kNone) continue;
    if (!out) out.emplace(words.size(), nlp::WordHint::kNone);
    (*out)[w] = hint;
  }
  return out;
}

}  // namespace

AnnotatedDocument annotate(SegmentedDocument&& doc, const nlp::Annotator& annotator, const Recognizer& recognizer,
                           const events::DateRules* dates, const std::function<void()>& before_sentence) {
  AnnotatedDocument out;
  out.segmented = std::move(doc);
  const auto& sentences = out.segmented.sentences;
  std::optional<std::unordered_map<std::string, bool>> casing;  // made when the first headline needs it
  out.sentences.reserve(sentences.size());
  std::vector<std::vector<std::string>> upos(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    if (before_sentence) before_sentence();
    AnnotatedSentence annotated = to_words(sentences[s]);
    if (!annotated.parsed.words.empty()) {
      const auto known = word_hints(annotated, recognizer.registry(), dates);
      const nlp::WordHints* hints = known ? &*known : nullptr;
      if (sentences[s].headline) {
        if (!casing) casing = running_case(sentences);
        annotator.annotate_title_case(annotated.parsed.words, &*casing, hints);
      } else {
        annotator.annotate(annotated.parsed.words, hints);
      }
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
