// What every fuzz target shares: the parse options of an untrusted page.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mdoc/parse.hpp"

namespace mdoc::fuzz {

// The page lives in a folder that does not exist, so a .so in the input
// can never read a real file and runs stay reproducible.
//
// The limits are tighter than a real page's: a fuzz input that defines a
// macro calling itself otherwise spends each run expanding up to the full
// budgets (megabytes of text), and runs per second fall a hundredfold.
// With 64 KiB lines and 100 expansions a line, fuzz_roff made ~200 runs/s on
// one core; with 2 KiB lines and 32 expansions, ~670 (max_len 1024, ASan +
// UBSan).  fuzz_terminal: 230 runs/s at macro depth 16 and 16 KiB expanded,
// 310 at these.
// Smaller budgets are hit sooner, so the code that enforces them is
// exercised more often, not less; tests/unit covers the default values.
inline ParseOptions page_options() {
  ParseOptions options;
  options.file_name = "/nonexistent/mdoc-fuzz/page.1";
  options.limits.expansion_depth = 16;
  options.limits.macro_depth = 8;
  options.limits.include_depth = 4;
  options.limits.expansions_per_line = 32;
  options.limits.line_length = 2u << 10;
  options.limits.nesting = 64;
  options.limits.expanded_size = 8u << 10;
  return options;
}

// How `mdoc render` and `mdoc header` parse by default: without the
// report-only lint checks (fuzz_parser keeps them, as `mdoc lint` does).
inline ParseOptions render_options() {
  ParseOptions options = page_options();
  options.lint = false;
  return options;
}

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace mdoc::fuzz
