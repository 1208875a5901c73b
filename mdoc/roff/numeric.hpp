// roff numerical expressions (mandoc_roff(7) "Numerical expressions"):
// left-to-right evaluation, parentheses, scaling units, C int arithmetic.
#pragma once

#include <cstddef>
#include <string_view>

namespace mdoc::roff {

// Evaluates the expression starting at s[pos]; on success advances pos past
// it and stores the value.  default_unit scales plain numbers ('u' = none).
bool evaluate_numeric(std::string_view s, std::size_t& pos, int& value, char default_unit = 'u');

}  // namespace mdoc::roff
