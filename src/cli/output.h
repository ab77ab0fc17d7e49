// Standard output that reports its own failure. A failed write (a full
// disk, `> /dev/full`, a closed descriptor) is an error of the command
// (exit status 3), never a silent loss, and is told with the cause of the
// write that failed, not whatever a later call (SQLite, the next read)
// left in errno.
#pragma once
#include <cstddef>
#include <streambuf>
#include <vector>

namespace dyad::cli {

// A buffer over file descriptor 1 that keeps the errno of its first failed
// write; after it, every write fails, so the stream it serves goes bad.
class StdoutBuffer : public std::streambuf {
 public:
  StdoutBuffer();
  StdoutBuffer(const StdoutBuffer&) = delete;
  StdoutBuffer& operator=(const StdoutBuffer&) = delete;

  int error() const { return error_; }  // 0: no write has failed

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  bool drain();
  std::vector<char> buffer_;
  int error_ = 0;
};

// Serves std::cout from a StdoutBuffer for its lifetime; gives the old
// buffer back (after a last flush) when it ends, so no stream outlives its
// buffer.
class StdoutGuard {
 public:
  StdoutGuard();
  ~StdoutGuard();
  StdoutGuard(const StdoutGuard&) = delete;
  StdoutGuard& operator=(const StdoutGuard&) = delete;

  const StdoutBuffer& buffer() const { return buffer_; }

 private:
  StdoutBuffer buffer_;
  std::streambuf* previous_;
};

// Flushes std::cout and C's stdout (the evaluation reports print with
// printf); when either has failed prints "dyad: cannot write output:
// <cause>" and returns kFatal, else `rc`. main() calls it after every
// command, with the buffer std::cout writes to.
int finish_output(int rc, const StdoutBuffer& out);

}  // namespace dyad::cli
