// A one-line ingest progress display on a terminal ("1,234 docs 5,678 events
// 120 docs/s ..."); silent when stderr is not a TTY, so logs and pipes stay
// clean.
#pragma once
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace dyad::cli {

class Progress {
 public:
  Progress() : tty_(::isatty(STDERR_FILENO) != 0), start_(Clock::now()), last_(start_) {}
  void update(std::size_t docs, std::size_t events, bool final = false) {
    if (!tty_) return;
    const auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double secs = std::max(1e-3, std::chrono::duration<double>(now - start_).count());
    std::fprintf(stderr, "\rdyad ingest: %zu docs  %zu events  %.0f docs/s  %.0f events/s%s", docs, events,
                 static_cast<double>(docs) / secs, static_cast<double>(events) / secs, final ? "\n" : "   ");
  }
  // Wipes the line before a message is printed on stderr.
  void clear() const {
    if (tty_) std::fputs("\r\033[K", stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool tty_;
  Clock::time_point start_, last_;
};

}  // namespace dyad::cli
