#include "text/dateline.h"
namespace dyad { std::optional<PartialDate> find_dateline(std::string_view) { return std::nullopt; } }  // PLACEHOLDER
