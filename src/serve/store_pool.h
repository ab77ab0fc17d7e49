// A fixed set of open read-only connections to the store, lent to one
// request at a time: a connection is not shared between threads, and the
// number bounds the queries running at once.
#pragma once
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace dyad::serve {

class StorePool {
 public:
  // Opens `size` connections; null with the message in `error`.
  static std::unique_ptr<StorePool> open(const std::string& db, std::size_t size, std::string* error);

  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<store::Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_.give_back(std::move(store_)); }
    store::Store& operator*() { return *store_; }
    store::Store* operator->() { return store_.get(); }

   private:
    StorePool& pool_;
    std::unique_ptr<store::Store> store_;
  };

  // Waits for a free connection.
  Lease acquire();

 private:
  StorePool() = default;
  void give_back(std::unique_ptr<store::Store> store);

  std::mutex mu_;
  std::condition_variable free_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace dyad::serve
