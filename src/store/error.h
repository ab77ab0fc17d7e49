// The one exception the store throws: a message fit for the user ("dyad.db:
// database is locked by another process"). Every write happens inside a
// transaction that is rolled back when it is thrown, so the file is unchanged.
#pragma once
#include <stdexcept>
#include <string>

namespace dyad::store {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace dyad::store
