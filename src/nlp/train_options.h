// Settings shared by the trainers of every component.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

namespace dyad::nlp {

struct TrainOptions {
  int epochs = 10;
  std::uint64_t seed = 1;
  int jackknife_folds = 0;  // >1: the parser trains on tags predicted by held-out taggers
  int beam = 1;  // parser beam width: >1 trains globally (max-violation) and parses with a beam
  std::function<void(const std::string&)> log = [](const std::string&) {};
};

}  // namespace dyad::nlp
