// Diagnostics: what the parser and validator report about a document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mdoc {

// Levels after mandoc(1) DIAGNOSTICS, in increasing severity.
enum class Level : std::uint8_t { Base, Style, Warning, Error, Unsupported, BadArgument, SystemError };

std::string_view level_name(Level level);  // "style", "warning", ... (Base prints as "style")
// The exit status mandoc(1) documents for the worst level seen (0 when nothing at or above min).
int exit_status_for(Level worst, Level minimum);

struct Diagnostic {
  Level level = Level::Warning;
  std::uint32_t line = 0;    // 0: the file as a whole
  std::uint32_t column = 0;
  std::string message;       // "skipping unknown macro"
  std::string detail;        // the macro and its arguments, as mandoc prints them after ": "
};

// Formats "FILE:LINE:COL: LEVEL: message: detail".
std::string format_diagnostic(std::string_view file, const Diagnostic& d);

}  // namespace mdoc
