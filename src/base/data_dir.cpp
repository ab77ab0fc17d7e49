#include "base/data_dir.h"

#include <cstdlib>
#include <system_error>

namespace dyad {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "dyad";
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return DYAD_DATA_DIR;
}

}  // namespace dyad
