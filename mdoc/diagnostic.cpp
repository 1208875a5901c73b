#include "mdoc/diagnostic.hpp"

namespace mdoc {

std::string_view level_name(Level level) {
  switch (level) {
    case Level::Base:
    case Level::Style: return "STYLE";
    case Level::Warning: return "WARNING";
    case Level::Error: return "ERROR";
    case Level::Unsupported: return "UNSUPP";
    case Level::BadArgument: return "BADARG";
    case Level::SystemError: return "SYSERR";
  }
  return "WARNING";
}

int exit_status_for(Level worst, Level minimum) {
  if (worst < minimum) return 0;
  switch (worst) {
    case Level::Base:
    case Level::Style: return 1;
    case Level::Warning: return 2;
    case Level::Error: return 3;
    case Level::Unsupported: return 4;
    case Level::BadArgument: return 5;
    case Level::SystemError: return 6;
  }
  return 0;
}

std::string format_diagnostic(std::string_view file, const Diagnostic& d) {
  std::string out(file);
  if (d.line > 0) {
    out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column);
  }
  out += ": ";
  out += level_name(d.level);
  out += ": ";
  out += d.message;
  if (!d.detail.empty()) {
    out += ": ";
    out += d.detail;
  }
  return out;
}

}  // namespace mdoc
