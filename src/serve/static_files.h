// The built web page, read into memory when the server starts. A request
// is answered only with a file that was found then, looked up by its exact
// name: no path from a client ever reaches the file system, so "..",
// encoded or not, has nothing to climb.
#pragma once
#include <filesystem>
#include <map>
#include <string>

namespace dyad::serve {

struct StaticFile {
  std::string content_type;
  std::string body;
};

class StaticFiles {
 public:
  // Regular files under `dir` (none when it is missing), keyed "/index.html",
  // "/assets/app.js"; links are not followed. Caps what it reads.
  explicit StaticFiles(const std::filesystem::path& dir);

  // "/" is "/index.html"; null for anything else not found.
  const StaticFile* find(const std::string& path) const;
  bool empty() const { return files_.empty(); }

 private:
  std::map<std::string, StaticFile> files_;
};

}  // namespace dyad::serve
