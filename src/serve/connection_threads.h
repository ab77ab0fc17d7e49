// One thread per open connection, up to a cap, instead of httplib's fixed
// pool: a pool of N threads is held by N idle clients until they time out,
// and every other client waits. Idle connections here cost a thread each
// (a small stack in use) and end at the read timeout; past the cap the
// accept loop waits for a thread to finish.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>

#include <httplib.h>

namespace dyad::serve {

class ConnectionThreads : public httplib::TaskQueue {
 public:
  explicit ConnectionThreads(std::size_t max_threads);
  void enqueue(std::function<void()> fn) override;
  // Waits for every connection thread to end.
  void shutdown() override;

 private:
  // Shared with the detached threads, which may outlive this object by
  // the instant between their last unlock and their end.
  struct State {
    std::mutex mu;
    std::condition_variable changed;
    std::size_t running = 0;
  };
  std::shared_ptr<State> state_;
  std::size_t max_;
};

}  // namespace dyad::serve
