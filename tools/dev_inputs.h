// Input reading shared by the developer tools (tools/lemma_dev, tools/tag_dev):
// a failure is reported on stderr and the tool exits.
#pragma once
#include <iostream>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/lemmatizer.h"

namespace dyad::tools {

// The sentences of a comma-separated list of CoNLL-U files.
inline bool read_all(const std::string& list, std::vector<nlp::ParsedSentence>& out) {
  std::string error;
  if (nlp::read_conllu_files(list, out, &error)) return true;
  std::cerr << error << "\n";
  return false;
}

// The lemma lexicon at `path`; an empty path leaves `lexicon` empty.
inline bool read_lexicon(const std::string& path, nlp::LemmaLexicon& lexicon) {
  std::string error;
  if (path.empty() || nlp::read_lemma_lexicon(path, lexicon, &error)) return true;
  std::cerr << error << "\n";
  return false;
}

}  // namespace dyad::tools
