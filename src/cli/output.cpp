#include "cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"

namespace dyad::cli {

StdoutBuffer::StdoutBuffer() : buffer_(1u << 16) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

bool StdoutBuffer::drain() {
  const char* at = pbase();
  const char* const end = pptr();
  while (error_ == 0 && at < end) {
    const ssize_t n = ::write(STDOUT_FILENO, at, static_cast<std::size_t>(end - at));
    if (n > 0) {
      at += n;
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      error_ = n < 0 ? errno : EIO;  // a write of nothing would repeat forever
    }
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return error_ == 0;
}

StdoutBuffer::int_type StdoutBuffer::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

int StdoutBuffer::sync() { return drain() ? 0 : -1; }

StdoutGuard::StdoutGuard() : previous_(std::cout.rdbuf(&buffer_)) {}

StdoutGuard::~StdoutGuard() {
  std::cout.flush();
  std::cout.rdbuf(previous_);
}

int finish_output(int rc, const StdoutBuffer& out) {
  std::cout.flush();
  errno = 0;
  const bool c_failed = std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  const int c_error = errno;
  if (out.error() == 0 && std::cout && !c_failed) return rc;
  const int err = out.error() != 0 ? out.error() : c_error;
  std::cerr << "dyad: cannot write output: " << (err != 0 ? std::strerror(err) : "write error") << "\n";
  return kFatal;
}

}  // namespace dyad::cli
