// PostgreSQL connection strings in messages: whatever the URI or key=value
// string, its redacted form and a message echoing it hold no password
// (userinfo, password= parameter, password= pair).
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
  // libpq's key=value form. A quote or backslash in the tail can swallow
  // the password pair after it, and so can a pair the tail leaves open
  // ("password=" reads the next word as its value): libpq then does not
  // read a password there either.
  const bool unquoted_tail = tail.find('\'') == std::string::npos && tail.find('\\') == std::string::npos;
  const bool no_pair_tail = unquoted_tail && tail.find('=') == std::string::npos;
  const struct {
    std::string conninfo;
    bool holds_password;
  } pairs[] = {{"host=h password=" + secret + " " + tail, true},
               {"dbname=x password='" + secret + " x\\'y' " + tail, true},
               {"dbname=" + tail + " password=" + secret, unquoted_tail},
               {tail + " password = '" + secret + "'", no_pair_tail},
               {tail, false}};
  for (const auto& c : pairs) {
    const std::string shown = dyad::store::display_name(c.conninfo);
    const std::string message = dyad::store::redacted(c.conninfo, "no such database \"" + c.conninfo + "\"");
    if (c.conninfo.starts_with("host=") || c.conninfo.starts_with("dbname=")) {
      check(dyad::store::is_postgres(c.conninfo), "a key=value connection string");
    }
    // A tail that starts "postgresql://" makes the whole a URI, read as one.
    if (c.holds_password && !dyad::store::is_postgres_uri(c.conninfo)) {
      check(shown.find(secret) == std::string::npos, "no key=value password in the display name");
      check(message.find(secret) == std::string::npos, "no key=value password in a message");
    }
  }
  return 0;
}
