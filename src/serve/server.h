// `dyad serve`: the API and the built web page over one store, with the
// security defaults (loopback unless a token is set, read-only unless
// ingest is allowed, CORS off unless asked) and the limits in ServeOptions.
#pragma once
#include <memory>
#include <string>

#include "serve/options.h"

namespace dyad::serve {

// What is wrong with the options as given ("" when nothing): binding
// beyond loopback without a token, a port out of range.
std::string check_options(const ServeOptions& options);

class Server {
 public:
  explicit Server(ServeOptions options);
  ~Server();

  // Opens the store and binds the address; false with a message.
  bool start(std::string* error);
  // The bound port (the one chosen when asked for 0).
  int port() const;
  // Serves until stop(); false when listening failed.
  bool run();
  // From any thread; run() returns once open connections are done.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::serve
