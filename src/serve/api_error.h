// A request the API refuses: the HTTP status and a message for the client.
#pragma once
#include <stdexcept>
#include <string>

namespace dyad::serve {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

}  // namespace dyad::serve
