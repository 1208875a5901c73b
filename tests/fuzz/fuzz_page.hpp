// What every fuzz target shares: the parse options of an untrusted page.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mdoc/parse.hpp"

namespace mdoc::fuzz {

// The page lives in a folder that does not exist, so a .so in the input
// can never read a real file and runs stay reproducible.
inline ParseOptions page_options() {
  ParseOptions options;
  options.file_name = "/nonexistent/mdoc-fuzz/page.1";
  return options;
}

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace mdoc::fuzz
