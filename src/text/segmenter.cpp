#include "text/segmenter.h"
namespace dyad { std::unique_ptr<Segmenter> load_segmenter(const std::filesystem::path&, const std::string&, std::string* e) { if (e) *e = "todo"; return nullptr; } }  // PLACEHOLDER
