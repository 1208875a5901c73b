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

// Returns null when name is not a roff request.
const RequestInfo* find_request(std::string_view name);

}  // namespace mdoc::roff
