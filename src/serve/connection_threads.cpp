#include "serve/connection_threads.h"

#include <system_error>
#include <thread>

namespace dyad::serve {

ConnectionThreads::ConnectionThreads(std::size_t max_threads)
    : state_(std::make_shared<State>()), max_(max_threads == 0 ? 1 : max_threads) {}

void ConnectionThreads::enqueue(std::function<void()> fn) {
  {
    std::unique_lock lock(state_->mu);
    state_->changed.wait(lock, [&] { return state_->running < max_; });
    ++state_->running;
  }
  auto done = [state = state_] {
    std::lock_guard lock(state->mu);
    --state->running;
    state->changed.notify_all();
  };
  try {
    std::thread([fn, done] {
      fn();
      done();
    }).detach();
  } catch (const std::system_error&) {
    // No thread to be had (a resource limit): serve it on the accept
    // thread rather than drop the socket unclosed.
    fn();
    done();
  }
}

void ConnectionThreads::shutdown() {
  std::unique_lock lock(state_->mu);
  state_->changed.wait(lock, [&] { return state_->running == 0; });
}

}  // namespace dyad::serve
