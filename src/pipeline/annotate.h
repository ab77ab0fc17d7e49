// From a segmented document to what the event coder reads: each sentence's
// tokens as syntactic words (UD multi-word tokens split), tagged and parsed,
// with the map back to tokens, and the actor mentions of the document.
#pragma once
#include <cstddef>
#include <functional>
#include <vector>

#include "actors/actor.h"
#include "actors/recognizer.h"
#include "events/dates.h"
#include "nlp/annotator.h"
#include "nlp/conllu.h"
#include "text/front_end.h"

namespace dyad::pipeline {

struct AnnotatedSentence {
  nlp::ParsedSentence parsed;
  std::vector<std::size_t> word_token;  // token index (in the text Sentence) of each word
};

struct AnnotatedDocument {
  SegmentedDocument segmented;
  std::vector<AnnotatedSentence> sentences;  // parallel to segmented.sentences
  std::vector<Mention> mentions;             // document order
};

// The words of a sentence, forms only: a token with `words` gives several.
AnnotatedSentence to_words(const Sentence& sentence);

// Tags and parses every sentence, then recognises actors with the UPOS of
// each token (a multi-word token takes its first word's tag).
// `dates`, when given, tell the tagger which words name a day
// ("dinsdagavond", which a model that has not seen it takes for a verb) or
// a number ("fourteen", taken for a preposition).
// `before_sentence`, when given, is called before each sentence is tagged;
// it may throw to stop a document that has run over its time.
AnnotatedDocument annotate(SegmentedDocument&& doc, const nlp::Annotator& annotator, const Recognizer& recognizer,
                           const events::DateRules* dates = nullptr, const std::function<void()>& before_sentence = {});

// Words [begin, end) of `sentence` whose tokens overlap `span`; empty when none.
std::pair<std::size_t, std::size_t> word_range(const AnnotatedSentence& annotated, const Sentence& sentence,
                                               const Span& span);

}  // namespace dyad::pipeline
