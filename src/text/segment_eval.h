// Scores segmentation against a gold CoNLL-U file the way the CoNLL 2018
// shared task does: the raw text is rebuilt from the gold file, segmented,
// and tokens and sentences are compared by their character spans (ignoring
// whitespace).
#pragma once
#include <filesystem>
#include <string>

#include "text/segmenter.h"

namespace dyad {

struct SpanScore {
  std::size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? double(correct) / system : 0.0; }
  double recall() const { return gold ? double(correct) / gold : 0.0; }
  double f1() const { const double p = precision(), r = recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
};

struct SegmentationScores {
  SpanScore tokens;
  SpanScore sentences;
};

// The raw text of a gold CoNLL-U file: sentence texts joined by a space,
// paragraphs and documents separated by a blank line. Paragraphs come from
// "# newpar" and "# newdoc" (and the ends of GUM's "# newpar_block" blocks,
// such as a caption before a paragraph's text), or, in treebanks without
// them (Alpino, LassySmall), from sentence ids "<doc>.p.<n>.s.<m>".
// Returns false and sets `error` when the file cannot be read or parsed.
bool read_gold_segmentation(const std::filesystem::path& conllu, std::string& raw_text,
                            std::vector<Sentence>& gold, std::string* error);

SegmentationScores score_segmentation(const std::string& raw_text, const std::vector<Sentence>& gold,
                                      const std::vector<Sentence>& system);

}  // namespace dyad
