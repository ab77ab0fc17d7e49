// What GET /api answers: the endpoints, their parameters and errors.
#pragma once
#include <string>

namespace dyad::serve {

const std::string& api_doc_json();

}  // namespace dyad::serve
