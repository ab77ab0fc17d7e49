#include "serve/cursor.h"

#include <charconv>

#include "serve/api_error.h"

namespace dyad::serve {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int value_of(char c) {
  for (int i = 0; i < 64; ++i)
    if (kAlphabet[i] == c) return i;
  return -1;
}

std::string base64url(const std::string& in) {
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (unsigned char c : in) {
    bits = (bits << 8) | c;
    count += 8;
    while (count >= 6) {
      count -= 6;
      out += kAlphabet[(bits >> count) & 63];
    }
  }
  if (count > 0) out += kAlphabet[(bits << (6 - count)) & 63];
  return out;
}

std::string unbase64url(const std::string& in) {
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : in) {
    const int v = value_of(c);
    if (v < 0) throw ApiError(400, "parameter 'cursor': not a cursor this server gave");
    bits = (bits << 6) | static_cast<unsigned>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xff);
    }
  }
  return out;
}

bool parse_int(const std::string& s, std::int64_t& v) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::string encode_cursor(const store::EventCursor& c) {
  return base64url("v1:" + (c.day ? std::to_string(*c.day) : std::string("-")) + ":" + std::to_string(c.id));
}

store::EventCursor decode_cursor(const std::string& token) {
  const ApiError bad(400, "parameter 'cursor': not a cursor this server gave");
  if (token.size() > 64) throw bad;
  const std::string plain = unbase64url(token);
  if (!plain.starts_with("v1:")) throw bad;
  const auto colon = plain.find(':', 3);
  if (colon == std::string::npos) throw bad;
  const std::string day = plain.substr(3, colon - 3);
  store::EventCursor c;
  std::int64_t d = 0;
  if (day != "-") {
    if (!parse_int(day, d)) throw bad;
    c.day = d;
  }
  if (!parse_int(plain.substr(colon + 1), c.id) || c.id < 0) throw bad;
  return c;
}

}  // namespace dyad::serve
