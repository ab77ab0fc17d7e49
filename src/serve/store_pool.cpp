#include "serve/store_pool.h"

namespace dyad::serve {

std::unique_ptr<StorePool> StorePool::open(const std::string& db, std::size_t size, std::string* error) {
  std::unique_ptr<StorePool> pool(new StorePool());
  store::OpenOptions options;
  options.mode = store::OpenMode::kReadOnly;
  for (std::size_t i = 0; i < size; ++i) {
    auto s = store::Store::open(db, options, error);
    if (!s) return nullptr;
    pool->idle_.push_back(std::move(s));
  }
  return pool;
}

StorePool::Lease StorePool::acquire() {
  std::unique_lock lock(mu_);
  free_.wait(lock, [&] { return !idle_.empty(); });
  auto s = std::move(idle_.back());
  idle_.pop_back();
  return Lease(*this, std::move(s));
}

void StorePool::give_back(std::unique_ptr<store::Store> store) {
  {
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(store));
  }
  free_.notify_one();
}

}  // namespace dyad::serve
