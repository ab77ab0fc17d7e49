// PostgreSQL URIs in messages: whatever the URI, its redacted form and a
// message echoing it hold no password (userinfo or password= parameter).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"
#include "store/postgres.h"
#include "store/store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using dyad::fuzz::check;
  const std::string tail(reinterpret_cast<const char*>(data), size);
  // A password the fuzzer cannot see: where it lands in the URI is the input.
  const std::string secret = "Pw7xQz";
  if (tail.find(secret) != std::string::npos) return 0;  // the fuzzer found it: nothing to tell apart
  // Where a password certainly is, whatever the rest: redacted in the
  // display name and in a message that echoes the URI.
  const bool plain_tail = tail.find('?') == std::string::npos && tail.find('&') == std::string::npos;
  const struct {
    std::string uri;
    bool holds_password;
  } cases[] = {{"postgresql://" + tail, false},
               {"postgresql://u:" + secret + "@" + tail, true},
               {"postgres://" + tail + "?password=" + secret, plain_tail},
               {"postgresql://u:" + secret + tail + "@h/db", plain_tail}};
  for (const auto& c : cases) {
    const std::string shown = dyad::store::display_name(c.uri);
    const std::string message = dyad::store::redacted(c.uri, "could not parse \"" + c.uri + "\"");
    check(dyad::store::is_postgres_uri(c.uri), "a postgres URI");
    if (c.holds_password) {
      check(shown.find(secret) == std::string::npos, "no password in the display name");
      check(message.find(secret) == std::string::npos, "no password in a message");
    }
  }
  return 0;
}
