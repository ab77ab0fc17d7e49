// Model files with the checksum not checked, so the fuzzer reaches every
// section reader: a damaged model is refused with a message, never a crash
// or a huge allocation. A model that loads must annotate a sentence.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "nlp/annotator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  auto model = dyad::nlp::Annotator::from_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                                /*verify_checksum=*/false, &error);
  if (!model) {
    dyad::fuzz::check(!error.empty(), "a refused model says why");
    return 0;
  }
  std::vector<dyad::nlp::AnnotatedWord> words;
  for (const char* w : {"Kenya", "signed", "a", "treaty", "."}) words.push_back(dyad::nlp::AnnotatedWord{w});
  model->annotate(words);
  return 0;
}
