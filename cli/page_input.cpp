#include "cli/page_input.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "mdoc/parse.hpp"

namespace mdoc::cli {

PageResult load_page(const std::string& file, const PageInputOptions& options) {
  PageResult result;
  std::string bytes;
  if (!read_file(file, bytes, result.error)) return result;
  ParseOptions po;
  po.file_name = file;
  po.os = options.os;
  po.so_anywhere = options.so_anywhere;
  po.lint = options.lint;
  result.doc = parse(bytes, po);
  result.ok = true;
  return result;
}

int report_diagnostics(const Document& doc, Level minimum) {
  Level worst = Level::Base;
  bool any = false;
  for (const auto& d : doc.diagnostics) {
    if (d.level < minimum) continue;
    std::cerr << "mdoc: " << format_diagnostic(doc.file, d) << '\n';
    if (!any || d.level > worst) worst = d.level;
    any = true;
  }
  return any ? exit_status_for(worst, minimum) : 0;
}

bool parse_level(std::string_view name, Level& out) {
  if (name == "all" || name == "base") out = Level::Base;
  else if (name == "style") out = Level::Style;
  else if (name == "warning") out = Level::Warning;
  else if (name == "error") out = Level::Error;
  else if (name == "unsupp") out = Level::Unsupported;
  else return false;
  return true;
}

bool write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno != EPIPE) std::cerr << "mdoc: write error: " << std::strerror(errno) << '\n';
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void terminal_page_separator(const TermOptions& options, std::string& out) {
  out += '\n';
  out.append(static_cast<std::size_t>(options.width), '-');
  out += "\n\n";
}

}  // namespace mdoc::cli
