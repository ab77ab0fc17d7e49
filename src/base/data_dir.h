// Where dyad finds its language data (lexicons and models).
#pragma once
#include <filesystem>

namespace dyad {

// $DYAD_DATA when set, else the data directory next to the executable's
// share/ install, else the source tree's data/ recorded at build time.
std::filesystem::path data_dir();

}  // namespace dyad
