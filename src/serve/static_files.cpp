#include "serve/static_files.h"

#include <fstream>
#include <iterator>
#include <system_error>

namespace dyad::serve {
namespace {

constexpr std::uintmax_t kMaxFileBytes = 32u << 20;
constexpr std::uintmax_t kMaxTotalBytes = 128u << 20;

std::string content_type(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  return "application/octet-stream";
}

}  // namespace

StaticFiles::StaticFiles(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return;
  std::uintmax_t total = 0;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;
    const std::uintmax_t size = it->file_size(ec);
    if (ec || size > kMaxFileBytes || total + size > kMaxTotalBytes) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::string body{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    total += body.size();
    files_["/" + it->path().lexically_relative(dir).generic_string()] = {content_type(it->path()), std::move(body)};
  }
}

const StaticFile* StaticFiles::find(const std::string& path) const {
  const auto it = files_.find(path == "/" ? "/index.html" : path);
  return it == files_.end() ? nullptr : &it->second;
}

}  // namespace dyad::serve
