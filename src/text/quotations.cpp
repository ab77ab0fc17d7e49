#include "text/quotations.h"

#include <algorithm>

namespace dyad {
namespace {

enum class Mark { kNone, kOpen, kClose, kLowOpen, kStraight };

// The double quote mark at `i` and its length in bytes.
Mark mark_at(std::string_view t, std::size_t i, std::size_t* len) {
  *len = 1;
  if (t[i] == '"') return Mark::kStraight;
  if (i + 1 < t.size() && static_cast<unsigned char>(t[i]) == 0xC2) {
    *len = 2;
    if (static_cast<unsigned char>(t[i + 1]) == 0xAB) return Mark::kOpen;   // «
    if (static_cast<unsigned char>(t[i + 1]) == 0xBB) return Mark::kClose;  // »
  }
  if (i + 2 < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    *len = 3;
    switch (static_cast<unsigned char>(t[i + 2])) {
      case 0x9C: return Mark::kOpen;     // “
      case 0x9D: return Mark::kClose;    // ”
      case 0x9E: return Mark::kLowOpen;  // „
      default: break;
    }
  }
  return Mark::kNone;
}

bool blank_line_at(std::string_view t, std::size_t i) {
  if (t[i] != '\n') return false;
  for (std::size_t j = i + 1; j < t.size(); ++j) {
    if (t[j] == '\n') return true;
    if (t[j] != ' ' && t[j] != '\t' && t[j] != '\r') return false;
  }
  return true;
}

// An embedded post signs off after a dash with its author and handle
// ("… condoleances overgebracht. — Mark Rutte (@MinPres) February 6, 2023"):
// the line before the dash is the author's words, like a quote whose
// attribution follows. Lines holding a quotation of their own are left alone.
void add_signed_posts(std::string_view t, std::vector<Quotation>& out) {
  static constexpr std::string_view kDash = "\u2014";
  constexpr std::size_t kReach = 80;  // bytes from the dash to "(@": the author's name
  for (std::size_t d = t.find(kDash); d != std::string_view::npos; d = t.find(kDash, d + kDash.size())) {
    const std::size_t line_end = std::min(t.find('\n', d), t.size());
    // Only the dash's own line, so a page of dashes is read once.
    const std::size_t handle = t.substr(d, std::min(line_end - d, kReach + 2)).find("(@");
    if (handle == std::string_view::npos) continue;
    const std::size_t newline = t.rfind('\n', d);
    const std::size_t line_begin = newline == std::string_view::npos ? 0 : newline + 1;
    std::size_t end = d;
    while (end > line_begin && (t[end - 1] == ' ' || t[end - 1] == '\t')) --end;
    if (end == line_begin) continue;
    const bool quoted = std::any_of(out.begin(), out.end(), [&](const Quotation& q) {
      return q.inner.end > line_begin && q.inner.begin < line_end;
    });
    if (quoted) continue;
    const Quotation post{{line_begin, end}, true, d + kDash.size()};
    out.insert(std::upper_bound(out.begin(), out.end(), post,
                                [](const Quotation& a, const Quotation& b) { return a.inner.begin < b.inner.begin; }),
               post);
  }
}

}  // namespace

std::vector<Quotation> find_quotations(std::string_view t) {
  std::vector<Quotation> out;
  Mark opened = Mark::kNone;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (opened != Mark::kNone && blank_line_at(t, i)) {
      out.push_back({{begin, i}, false, i});
      opened = Mark::kNone;
    }
    std::size_t len = 1;
    const Mark m = mark_at(t, i, &len);
    if (m == Mark::kNone) {
      ++i;
      continue;
    }
    if (opened == Mark::kNone) {
      // A stray closing mark opens nothing.
      if (m != Mark::kClose) {
        opened = m;
        begin = i + len;
      }
    } else {
      // „…” and „…“ (Dutch, German); “…”; «…»; "…". An opening mark inside
      // an open quotation is a nested quote and stays part of it.
      const bool closes = (opened == Mark::kStraight && m == Mark::kStraight) ||
                          (opened == Mark::kLowOpen && (m == Mark::kClose || m == Mark::kOpen)) ||
                          (opened == Mark::kOpen && m == Mark::kClose);
      if (closes) {
        out.push_back({{begin, i}, true, i + len});
        opened = Mark::kNone;
      }
    }
    i += len;
  }
  if (opened != Mark::kNone) out.push_back({{begin, t.size()}, false, t.size()});
  add_signed_posts(t, out);
  return out;
}

std::optional<std::size_t> quotation_at(const std::vector<Quotation>& quotes, std::size_t at) {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), at,
                             [](std::size_t a, const Quotation& q) { return a < q.inner.begin; });
  if (it == quotes.begin()) return std::nullopt;
  --it;
  if (at >= it->inner.begin && at < it->inner.end) return static_cast<std::size_t>(it - quotes.begin());
  return std::nullopt;
}

}  // namespace dyad
