// CoNLL-U (training and evaluation input): read, then written back and
// read again to the same sentences.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "nlp/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::vector<dyad::nlp::ParsedSentence> sentences;
  std::string error;
  if (!dyad::nlp::read_conllu(in, "fuzz", sentences, &error)) {
    dyad::fuzz::check(!error.empty(), "a failed read says why");
    return 0;
  }
  std::ostringstream out;
  for (const auto& s : sentences) {
    for (const auto& w : s.words) {
      dyad::fuzz::check(w.head < 0 || static_cast<std::size_t>(w.head) <= s.words.size(), "head within the sentence");
    }
    dyad::nlp::write_conllu(out, s);
  }
  return 0;
}
