// Sentence segmentation and tokenisation following the UD conventions of a
// language (English EWT, Dutch Alpino/LassySmall). A language is data: its
// directory under data/lang/ holds the abbreviation list, clitic and hyphen
// rules and the sentence-boundary model; the code has no per-language branches.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace dyad {

class Segmenter {
 public:
  virtual ~Segmenter() = default;

  // Splits valid UTF-8 text into sentences of tokens. Spans index `text`.
  // Linear in the text's length; never fails.
  virtual std::vector<Sentence> segment(std::string_view text) const = 0;
};

// Loads the segmenter for `lang` from `data_dir`/lang/<lang>/. Returns null
// and sets `error` (naming the file and line) when the data is missing or malformed.
std::unique_ptr<Segmenter> load_segmenter(const std::filesystem::path& data_dir, const std::string& lang,
                                          std::string* error);

}  // namespace dyad
