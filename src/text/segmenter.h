// Sentence segmentation and tokenisation following the UD conventions of a
// language (English EWT, Dutch Alpino/LassySmall). A language is data: its
// directory under data/lang/ holds the abbreviation list, clitic and hyphen
// rules and the sentence-boundary model; the code has no per-language branches.
#pragma once
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace dyad {

class Segmenter {
 public:
  virtual ~Segmenter() = default;

  // Splits valid UTF-8 text into sentences of tokens and hands them to
  // `on_sentence` one by one, in order. The Sentence passed is recycled for
  // the next call (its token buffers are reused, which keeps segmentation
  // free of per-token allocation): move it out or copy what you keep.
  // Spans index `text`. Linear in the text's length; never fails. Memory
  // beyond the text is a few bytes per token plus one sentence, so a huge
  // document does not cost a Token object per token.
  virtual void segment_each(std::string_view text, const std::function<void(Sentence&)>& on_sentence) const = 0;

  // All sentences at once (segment_each collected).
  std::vector<Sentence> segment(std::string_view text) const;

  // A sentence is cut after this many tokens: a text without punctuation or
  // line breaks (a 50 MB single line) must not become one sentence that no
  // later stage can hold. Far above any real sentence (UD's longest are a
  // few hundred tokens).
  static constexpr std::size_t kMaxSentenceTokens = 1000;
};

// Loads the segmenter for `lang` from `data_dir`/lang/<lang>/. Returns null
// and sets `error` (naming the file and line) when the data is missing or malformed.
std::unique_ptr<Segmenter> load_segmenter(const std::filesystem::path& data_dir, const std::string& lang,
                                          std::string* error);

}  // namespace dyad
