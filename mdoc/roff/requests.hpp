// The table of roff requests: how the roff layer treats each one.
#pragma once

#include <string_view>

namespace mdoc::roff {

enum class RequestClass : unsigned char {
  Define,       // executed by the roff layer (.ds .de .nr .if .so ...)
  Format,       // passed on to the mdoc parser, which makes a node (.br .sp .nf ...)
  Ignored,      // accepted and dropped without a message (.ad .na .hy ...)
  Unsupported,  // dropped with "unsupported roff request"
  Insecure,     // dropped with "skipping insecure request" (.sy .open .pso ...)
};

struct RequestInfo {
  std::string_view name;
  RequestClass cls;
};

// Returns null when name is not a roff request.  (Every request's name
// starts with a lower-case letter, as requests.cpp asserts: the mdoc macros
// most control lines call, capitalised, are answered inline.)
const RequestInfo* find_lower_case_request(std::string_view name);
inline const RequestInfo* find_request(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return nullptr;
  return find_lower_case_request(name);
}

}  // namespace mdoc::roff
